"""Is a text English? Dyadic's parser, lexicon and knowledge base read English only.

The language identifier py3langid (97 languages, its model shipped in the wheel) gives each text
a probability of being English. A text is set aside as another language only when that
probability is below :data:`MAX_ENGLISH_PROBABILITY`: on 4,899 English texts (news articles,
press releases, gold sentences) the lowest was 0.04 (a bilingual English/French transcript), on
German, Spanish, Russian and Chinese news paragraphs the highest was 1e-6. Texts with fewer than
:data:`MIN_LETTERS` letters are not judged.
"""

from __future__ import annotations

import functools

#: Texts with fewer letters than this are too short to judge.
MIN_LETTERS = 100
#: Below this probability of English (and over MIN_LETTERS letters) a text is another language.
MAX_ENGLISH_PROBABILITY = 1e-3
#: Characters of the text that are looked at.
SAMPLE_CHARS = 5000


@functools.lru_cache(maxsize=1)
def _identifier() -> object:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # noqa: PLC0415 (loads a model)

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_probabilities(text: str) -> dict[str, float]:
    """Each language's probability (ISO 639-1 code -> 0-1) for ``text``, by py3langid."""
    ranked = _identifier().rank(text)  # type: ignore[attr-defined]
    return {str(language): float(p) for language, p in ranked}


def not_english(text: str) -> str | None:
    """Why ``text`` is not coded as English (a reject reason), or None when it can be."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    probabilities = language_probabilities(sample)
    english = probabilities.get("en", 0.0)
    if english >= MAX_ENGLISH_PROBABILITY:
        return None
    language = max(probabilities, key=probabilities.__getitem__)
    return (
        f"not English: the text reads as language {language!r} (probability of English "
        f"{english:.0e}); Dyadic codes English news"
    )

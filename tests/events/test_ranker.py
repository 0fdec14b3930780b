"""The learned ranker: training, persistence, probabilities, and how it treats candidates."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language
from spacy.tokens import Span

from dyadic.events import ranker as ranker_module
from dyadic.events.component import EventsComponent
from dyadic.events.extract import Candidate
from dyadic.events.ranker import (
    NONE_CLASS,
    Ranker,
    rank_sentence,
    sentence_features,
    train,
)
from dyadic.events.training import (
    LabelledText,
    events_component,
    examples,
    false_events,
    parse,
    predict,
    project_sentences,
)


@pytest.fixture(scope="module")
def small_ranker(nlp: Language) -> Ranker:
    """A ranker trained on a slice of the project's own sentences (fast, deterministic)."""
    items = project_sentences()[::6]
    component = events_component(nlp)
    docs = parse(nlp, [item.text for item in items])
    return train(examples(component, docs, items), c=4.0)


def test_probabilities_are_distributions(small_ranker: Ranker) -> None:
    features = ["w:attack", "r:19", "top:19"]
    five = small_ranker.class_proba(features)
    roots = small_ranker.root_proba(features)
    assert five.shape == (6,) and roots.shape == (21,)
    assert np.isclose(five.sum(), 1.0) and np.isclose(roots.sum(), 1.0)
    assert five.argmax() == 4  # an attack with a 19x candidate is material conflict


def test_unknown_features_fall_back_to_the_prior(small_ranker: Ranker) -> None:
    empty = small_ranker.class_proba([])
    unknown = small_ranker.class_proba(["w:zzzz-never-seen"])
    assert np.allclose(empty, unknown)


def test_save_and_load_round_trip(small_ranker: Ranker, tmp_path: Path) -> None:
    path = tmp_path / "ranker.npz"
    tuned = replace(small_ranker, calibration=(0.7, -1.2), model_weight=5.0)
    tuned.save(path)
    loaded = Ranker.load(path)
    features = ["w:sanction", "r:16", "w:impose"]
    # weights are stored as float16: equal to about three decimals
    assert np.allclose(loaded.class_proba(features), tuned.class_proba(features), atol=2e-3)
    assert loaded.calibration == (0.7, -1.2)
    assert loaded.model_weight == 5.0
    assert loaded.trained_on == tuned.trained_on
    assert path.stat().st_size < 3_000_000


def test_confidence_is_monotone_in_the_combined_score(small_ranker: Ranker) -> None:
    ranker = replace(small_ranker, calibration=(0.5, -2.0))
    values = [ranker.confidence(x) for x in (-5.0, 0.0, 5.0, 10.0)]
    assert values == sorted(values)
    assert all(0.0 < v < 1.0 for v in values)


def test_eventless_sentence_is_rejected(nlp: Language, small_ranker: Ranker) -> None:
    component: EventsComponent = events_component(nlp)
    doc = parse(nlp, ["Shares in the carmaker rose three percent on Tuesday."])[0]
    assert predict(component, small_ranker, doc).event is None


def test_model_can_overrule_rule_order(nlp: Language, small_ranker: Ranker) -> None:
    component = events_component(nlp)
    doc = parse(nlp, ["Israeli jets bombed Hamas positions in Gaza."])[0]
    (_, sent, found), *_ = component.candidates(doc)
    ranked = rank_sentence(component.extractor, small_ranker, sent, found)
    assert ranked and ranked[0].code.startswith(("18", "19"))
    assert all(c.confidence <= ranked[0].confidence for c in ranked)


def test_fallback_event_when_rules_find_nothing(nlp: Language, small_ranker: Ranker) -> None:
    component = events_component(nlp)
    doc = parse(nlp, ["Germany pledged fresh help to Ukraine."])[0]
    sent = next(iter(doc.sents))
    eager = replace(small_ranker, min_event_probability=0.0)
    ranked = rank_sentence(component.extractor, eager, sent, [])
    # with no candidates, a confident model proposes the main clause as an event
    assert ranked
    assert ranked[0].rule.startswith("model:ranker:")
    assert ranked[0].sources[0] is not None
    assert ranked[0].sources[0].actor.code == "DEU"


def test_training_labels_include_no_event(small_ranker: Ranker) -> None:
    assert small_ranker.class_bias.shape == (6,)
    assert small_ranker.class_bias[NONE_CLASS] > -20  # the none class was seen in training


def test_features_name_rule_candidates(nlp: Language) -> None:
    component = events_component(nlp)
    doc = parse(nlp, ["Russia expelled ten Polish diplomats."])[0]
    (_, sent, found), *_ = component.candidates(doc)
    features = sentence_features(sent, found)
    assert "r:16" in features and "top:16" in features
    assert any(f.startswith("w:expel") for f in features)


def _fallback(nlp: Language, text: str, code: str) -> Candidate | None:
    """The model's fallback event for the first sentence of ``text`` with CAMEO ``code``."""
    doc = parse(nlp, [text])[0]
    sent = next(iter(doc.sents))
    return events_component(nlp).extractor.fallback(doc, sent, code, f"model:ranker:{code[:2]}")


def test_fallback_finds_the_target_on_the_object(nlp: Language) -> None:
    """ "channelled its payments to the Palestinians": the recipient hangs on the object."""
    fallback = _fallback(nlp, "Norway channelled its yearly payments to the Palestinians.", "070")
    assert fallback is not None
    assert fallback.targets[0] is not None
    assert fallback.targets[0].actor.country == "PSE"


@pytest.mark.parametrize(
    "text",
    [
        # a trend
        "Tourist arrivals from Russia to Turkey rose 20 percent in May.",
        "Consumer confidence in Italy slipped to a six-month low.",
        # a firm, or a doer who is no actor, acting only in a place
        "Honda built a second factory in Hanoi, Vietnam.",
        "Volkswagen opened a new assembly plant in Pune, India.",
    ],
)
def test_fallback_proposes_no_trend_and_no_business_in_a_place(nlp: Language, text: str) -> None:
    assert _fallback(nlp, text, "060") is None


def test_fallback_keeps_a_firm_acting_on_a_government(nlp: Language) -> None:
    fallback = _fallback(nlp, "Honda paid the Vietnamese government for the land.", "060")
    assert fallback is not None


def test_untargeted_fallback_on_a_thing_needs_a_sure_model(
    nlp: Language, small_ranker: Ranker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A model-only event whose verb acts on a thing and names no target needs the higher
    P(event) threshold; without an object ("protesters marched") the usual one applies. The
    thresholds are set around the small model's own probabilities, so the logic is tested
    whatever the exact numbers."""
    component = events_component(nlp)
    eager = replace(small_ranker, min_event_probability=0.0)

    def p_event(text: str) -> tuple[float, Span]:
        sent = next(iter(parse(nlp, [text])[0].sents))
        probabilities = eager.class_proba(sentence_features(sent, []))
        return 1.0 - float(probabilities[NONE_CLASS]), sent

    thing, thing_sent = p_event("The Kenyan government doubled its spending on rural roads.")
    rally, rally_sent = p_event("Thousands of Kenyan protesters marched through Nairobi.")
    usual = min(thing, rally) - 0.01
    monkeypatch.setattr(ranker_module, "FALLBACK_EVENT_PROBABILITY", usual)
    monkeypatch.setattr(ranker_module, "FALLBACK_UNTARGETED_PROBABILITY", thing + 0.01)
    assert rank_sentence(component.extractor, eager, rally_sent, [])
    assert not rank_sentence(component.extractor, eager, thing_sent, [])
    monkeypatch.setattr(ranker_module, "FALLBACK_UNTARGETED_PROBABILITY", usual)
    assert rank_sentence(component.extractor, eager, thing_sent, [])  # sure enough now


def test_false_event_rate_counts_only_no_event_sentences(nlp: Language) -> None:
    items = [
        LabelledText("Russia attacked Ukrainian positions near Kharkiv.", 4, "19"),
        LabelledText("China and Brazil signed a trade agreement.", 1, "05"),
        LabelledText("The storm hit the coast of Louisiana late on Sunday.", 5, "none"),
        LabelledText("France imposed sanctions on Iran.", 3, "16"),
        LabelledText("Argentina defeated France on penalties to win the World Cup.", 5, "none"),
        LabelledText("Germany sent tanks to Ukraine.", 2, "07"),
    ]
    component = events_component(nlp)
    docs = parse(nlp, [i.text for i in items])
    measured = false_events(component, docs, examples(component, docs, items), (), folds=2)
    assert measured.sentences == 2
    assert measured.rules == 0.0  # neither a storm nor a football match is an event
    assert 0.0 <= measured.ranker_cv <= 1.0


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        # the act under "is willing to": provide's recipient
        ("The United States is willing to provide a loan guarantee to Ukraine.", "030", "UKR"),
        # a dative the parser made a preposition: the recipient, not the thing offered
        ("Italy has offered to the US an armored regiment and fighter jets.", "030", "USA"),
        # where it happened comes after with whom
        ("Obama dined in Paris with President Macron on Friday.", "040", "FRA"),
    ],
)
def test_fallback_reads_the_acting_verb_and_the_recipient(
    nlp: Language, text: str, code: str, target: str
) -> None:
    fallback = _fallback(nlp, text, code)
    assert fallback is not None
    assert fallback.targets[0] is not None
    assert fallback.targets[0].actor.country == target
    if "Paris" in text:
        assert fallback.targets[0].kind not in ("country", "place")  # Macron, not Paris


@pytest.mark.parametrize(
    "text",
    [
        "A strong earthquake struck off the coast of Japan on Tuesday.",
        "The rocket blasted off from French Guiana carrying two satellites.",
    ],
)
def test_no_fallback_when_the_named_doer_is_no_political_actor(nlp: Language, text: str) -> None:
    """An event is an interaction between political actors: a clause whose subject names none
    gets no model-only event, even with a country after the verb."""
    assert _fallback(nlp, text, "190") is None


def test_a_fallback_without_a_named_doer_keeps_its_target(nlp: Language) -> None:
    """A passive with no agent names no doer: the target alone still makes the event."""
    fallback = _fallback(nlp, "About 2,000 soldiers were deployed to Armenia on Monday.", "070")
    assert fallback is not None


def test_a_fallback_on_a_thing_shows_no_target_evidence(nlp: Language) -> None:
    """The model guessed the code and the verb acts on a thing, no actor: no target, and no
    phrase offered as the target's evidence ("voiced surprise")."""
    fallback = _fallback(nlp, "The Polish president voiced surprise that the court ruled.", "010")
    assert fallback is not None
    assert not any(fallback.targets)
    assert fallback.target_args == []

"""The dyadic_actors spaCy component: annotations, dates, failure isolation."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyadic.actors import ActorsComponent
from dyadic.actors import component as component_module


def test_component_sets_sorted_mentions(actors_nlp: Language) -> None:
    doc = actors_nlp("The Kremlin said Russian troops would stay. NATO allies objected.")
    mentions = doc._.actor_mentions
    assert mentions and [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert {"RUSGOV", "RUSMIL", "IGOWSTNAT"} <= {m.actor.code for m in mentions}


def test_component_without_date_uses_latest_roles(actors_nlp: Language) -> None:
    doc = actors_nlp("Joe Biden spoke.")
    assert doc._.pub_date is None
    assert [m.actor.code for m in doc._.actor_mentions] == ["USAGOV"]


def test_component_accepts_datetime_pub_date(actors_nlp: Language) -> None:
    doc = actors_nlp.make_doc("Joe Biden spoke.")
    doc._.pub_date = dt.datetime(2019, 5, 1, 12, 0)
    doc = actors_nlp(doc)
    assert [m.actor.code for m in doc._.actor_mentions] == ["USAELI"]


def test_component_failure_is_recorded_not_raised(
    actors_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(component_module, "find_mentions", broken)
    doc = actors_nlp.make_doc("Putin spoke.")
    doc._.doc_id = "d1"
    component = ActorsComponent(actors_nlp)
    doc = component(actors_nlp.get_pipe("parser")(actors_nlp.get_pipe("ner")(doc)))
    assert doc._.actor_mentions == []
    assert doc._.errors == [("actors", "RuntimeError: boom")]


def test_component_registered_under_its_factory_name(actors_nlp: Language) -> None:
    assert "dyadic_actors" in actors_nlp.pipe_names
    assert isinstance(actors_nlp.get_pipe("dyadic_actors"), ActorsComponent)

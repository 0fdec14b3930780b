"""Span scoring: the main act's events give its spans, each side once, each gold span once."""

from __future__ import annotations

from types import SimpleNamespace

from dyadic.evaluate.gold import SpanItem
from dyadic.evaluate.metrics import span_report_from
from dyadic.events.training import Prediction


def _prediction(*pairs: tuple[tuple[int, int] | None, tuple[int, int] | None]) -> Prediction:
    events = tuple(
        SimpleNamespace(evidence=SimpleNamespace(source=source, target=target))
        for source, target in pairs
    )
    return Prediction(0, "01", 1.0, events[0], events)  # type: ignore[arg-type]


def test_each_actor_of_a_coordination_is_scored() -> None:
    text = "Britain and Germany condemned Iran."
    item = SpanItem(text, (("S", 0, 7), ("S", 12, 19), ("T", 30, 34)))
    report = span_report_from("t", [item], [_prediction(((0, 7), (30, 34)), ((12, 19), (30, 34)))])
    assert (report.exact["source"].tp, report.exact["source"].predicted) == (2, 2)
    assert (report.exact["target"].tp, report.exact["target"].predicted) == (1, 1)


def test_the_reverse_direction_of_a_symmetric_event_adds_no_span() -> None:
    text = "Russia and China met."
    item = SpanItem(text, (("R", 0, 16),))
    report = span_report_from("t", [item], [_prediction(((0, 6), (11, 16)), ((11, 16), (0, 6)))])
    for role in ("source", "target"):
        assert report.overlap[role].predicted == 1
        assert report.overlap[role].tp == 1
        assert report.exact[role].tp == 0  # the gold span is the whole coordination


def test_a_gold_span_is_matched_once() -> None:
    text = "Britain and Germany condemned Iran."
    item = SpanItem(text, (("S", 0, 19), ("T", 30, 34)))
    report = span_report_from("t", [item], [_prediction(((0, 7), (30, 34)), ((12, 19), (30, 34)))])
    assert (report.overlap["source"].tp, report.overlap["source"].predicted) == (1, 2)


def test_no_event_predicts_no_span() -> None:
    item = SpanItem("Nothing happened.", (("S", 0, 7),))
    report = span_report_from("t", [item], [Prediction(-1, None, 0.0)])
    assert report.overlap["source"].predicted == 0
    assert report.overlap["source"].gold == 1
    assert report.detected == 0


def test_both_directions_of_a_meeting_between_named_sides_count() -> None:
    """ "Russia met China": each side is source and target (the gold marks both R)."""
    text = "Russia met China."
    item = SpanItem(text, (("R", 0, 6), ("R", 11, 16)))
    report = span_report_from("t", [item], [_prediction(((0, 6), (11, 16)), ((11, 16), (0, 6)))])
    for role in ("source", "target"):
        assert (report.exact[role].tp, report.exact[role].predicted) == (2, 2)

"""The calibration table: the main event's confidence set against its class being right."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dyadic.evaluate.metrics import calibration_numbers
from dyadic.events.training import NOTHING, Prediction


def _prediction(five: int, confidence: float) -> Prediction:
    event = SimpleNamespace(confidence=confidence)
    return Prediction(five, "01", 1.0, event, (event,))  # type: ignore[arg-type]


def test_confidences_that_match_the_share_right_have_no_calibration_error() -> None:
    predictions = [_prediction(1, 0.9)] * 9 + [_prediction(2, 0.9)]
    numbers = calibration_numbers([1] * 10, predictions)
    assert numbers["events"] == 10
    assert numbers["confidence 0.8-1.0: share right"] == pytest.approx(0.9)
    assert numbers["expected calibration error"] == pytest.approx(0.0)
    assert numbers["Brier score"] == pytest.approx((9 * 0.1**2 + 0.9**2) / 10)


def test_overconfidence_is_the_gap_between_confidence_and_share_right() -> None:
    predictions = [_prediction(0, 0.95), _prediction(3, 0.95), _prediction(0, 0.3)]
    numbers = calibration_numbers([0, 0, 0], predictions)
    # top bin: 2 events at 0.95, half right (gap 0.45); 0.2-0.4 bin: one at 0.3, right (0.7)
    assert numbers["expected calibration error"] == pytest.approx((2 * 0.45 + 0.7) / 3, abs=1e-4)
    assert numbers["confidence 0.2-0.4: events"] == 1
    assert numbers["confidence 0.4-0.6: events"] == 0
    assert "confidence 0.4-0.6: share right" not in numbers


def test_bin_edges_belong_to_the_upper_bin_and_certainty_to_the_top_one() -> None:
    numbers = calibration_numbers([0, 0], [_prediction(0, 0.2), _prediction(0, 1.0)])
    assert numbers["confidence 0.0-0.2: events"] == 0
    assert numbers["confidence 0.2-0.4: events"] == 1
    assert numbers["confidence 0.8-1.0: events"] == 1


def test_sentences_given_no_event_are_left_out() -> None:
    numbers = calibration_numbers([0, 1], [NOTHING, _prediction(1, 0.5)])
    assert numbers["events"] == 1
    assert calibration_numbers([0], [NOTHING]) == {"events": 0}

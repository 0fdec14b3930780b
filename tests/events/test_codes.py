"""The CAMEO code table: Goldstein scores, quad classes, PLOVER types."""

from __future__ import annotations

import pytest

from dyadic.errors import UsageError
from dyadic.events.codes import cameo_codes, five_class, is_code, lookup, quad_class


@pytest.mark.parametrize(
    ("code", "goldstein", "quad", "five"),
    [
        ("044", 2.5, 1, 1),  # meet at a third location
        ("163", -8.0, 4, 3),  # sanctions: material conflict in GDELT's quads, verbal in Phoenix's
        ("173", -5.0, 4, 4),
        ("0841", 7.0, 2, 2),
        ("190", -10.0, 4, 4),
        ("012", -0.4, 1, 0),
        ("130", -4.4, 3, 3),
    ],
)
def test_lookup_goldstein_quad_five(code: str, goldstein: float, quad: int, five: int) -> None:
    entry = lookup(code)
    assert entry.goldstein == goldstein
    assert entry.quad_class == quad == quad_class(code)
    assert five_class(code) == five


@pytest.mark.parametrize("code", ["44", "999", "0445", "", "abc"])
def test_lookup_rejects_unknown_codes(code: str) -> None:
    assert not is_code(code)
    with pytest.raises(UsageError):
        lookup(code)


def test_every_code_has_a_plover_type_except_statements() -> None:
    for code, entry in cameo_codes().items():
        if entry.root == "01":
            assert entry.plover_type is None, code  # PLOVER drops public statements
        else:
            assert entry.plover_type, code


def test_quad_classes_follow_root_ranges() -> None:
    for entry in cameo_codes().values():
        root = int(entry.root)
        expected = 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
        assert entry.quad_class == expected

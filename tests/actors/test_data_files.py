"""The knowledge-base data files: every row parses, codes and dates are consistent."""

from __future__ import annotations

import re

import pytest

from dyadic.actors.kb import KB_DIR, get_kb, read_tsv

HAND_FILES = [
    "igos.tsv",
    "seats.tsv",
    "groups.tsv",
    "agents.tsv",
    "people.tsv",
    "roles.tsv",
    "country_aliases.tsv",
    "countries_extra.tsv",
]
CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")


@pytest.mark.parametrize("name", sorted(p.name for p in KB_DIR.glob("*.tsv")))
def test_every_kb_file_parses(name: str) -> None:
    rows = list(read_tsv(KB_DIR / name))
    assert rows, f"{name} is empty"


@pytest.mark.parametrize("name", HAND_FILES)
def test_hand_files_exist_with_a_header_comment(name: str) -> None:
    assert (KB_DIR / name).read_text(encoding="utf-8").startswith("#")


def test_hand_roles_have_valid_codes_known_actors_and_ordered_dates() -> None:
    kb = get_kb()
    countries = {a.code for a in kb.actors.values() if a.kind == "country"}
    for row in read_tsv(KB_DIR / "roles.tsv"):
        assert row["actor_id"] in kb.actors, row
        assert CODE.match(row["code"]), row
        assert row["code"].startswith(("IGO", "NGO")) or row["code"][:3] in countries, row
        assert row["start"], row
        assert not row["end"] or row["start"] < row["end"], row


def test_actor_ids_unique_in_hand_people() -> None:
    ids = [row["actor_id"] for row in read_tsv(KB_DIR / "people.tsv")]
    assert len(ids) == len(set(ids))


def test_people_current_to_2025_for_permanent_members_of_the_security_council() -> None:
    kb = get_kb()
    for country in ("USA", "RUS", "CHN", "GBR", "FRA"):
        heads = kb.list_actors(country=country, date="2025-06-01", kind="person")
        assert len([h for h in heads if h.code and h.code.endswith("GOV")]) >= 3, country


def test_agents_have_sector_codes() -> None:
    for agent in get_kb().agents.values():
        assert agent.sectors and all(len(s) == 3 for s in agent.sectors), agent

"""Unit tests of the knowledge base: loading, lookup by date, roles, listing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dyadic.actors import KnowledgeBase, KnowledgeBaseError, get_kb, list_actors, lookup
from dyadic.actors.kb import Role, alias_key, normalise, parse_date


def _code(name: str, date: str | None) -> str | None:
    results = lookup(name, date=date)
    assert results, f"{name} not in the KB"
    return results[0].code


@pytest.mark.parametrize(
    ("name", "date", "expected"),
    [
        # a president before, during and after office (and vice president in between)
        ("Joe Biden", "2005-06-01", "USALEG"),
        ("Joe Biden", "2012-06-01", "USAGOV"),
        ("Joe Biden", "2019-06-01", "USAELI"),
        ("Joe Biden", "2021-01-19", "USAELI"),
        ("Joe Biden", "2021-01-20", "USAGOV"),
        ("Biden", "2021-06-16", "USAGOV"),
        ("Biden", "2025-01-20", "USAELI"),
        ("Biden", "2025-06-16", "USAELI"),
        ("Donald Trump", "2018-05-01", "USAGOV"),
        ("Trump", "2022-05-01", "USAELI"),
        ("Trump", "2025-06-01", "USAGOV"),
        ("Vladimir Putin", "2010-01-01", "RUSGOV"),
        ("Putin", "2021-06-16", "RUSGOV"),
        ("Josep Borrell", "2019-01-01", "ESPGOV"),
        ("Josep Borrell", "2021-06-16", "IGOEUREEC"),
        ("Borrell", "2025-06-01", "ESPELI"),
        ("Kaja Kallas", "2022-03-01", "ESTGOV"),
        ("Kaja Kallas", "2025-03-01", "IGOEUREEC"),
        ("Angela Merkel", "2019-01-01", "DEUGOV"),
        ("Angela Merkel", "2023-01-01", "DEUELI"),
        ("Mark Rutte", "2023-01-01", "NLDGOV"),
        ("Mark Rutte", "2025-01-01", "IGOWSTNAT"),
        ("Lavrov", "2017-03-01", "RUSGOV"),
        ("Bashar al-Assad", "2020-01-01", "SYRGOV"),
        ("Bashar al-Assad", "2025-03-01", "SYRELI"),
        # groups whose code changes with the date
        ("Taliban", "2019-01-01", "AFGREBTAL"),
        ("Taliban", "2022-01-01", "AFGGOV"),
        # organisations, seats, countries
        ("the European Union", None, "IGOEUREEC"),
        ("NATO", None, "IGOWSTNAT"),
        ("the Kremlin", None, "RUSGOV"),
        ("White House", None, "USAGOV"),
        ("Russia", None, "RUS"),
        ("Russians", None, "RUS"),
        ("Kyiv", None, "UKR"),
        ("Kiev", None, "UKR"),
    ],
)
def test_lookup_code_by_date(name: str, date: str | None, expected: str) -> None:
    assert _code(name, date) == expected


def test_lookup_without_date_uses_most_recent_role() -> None:
    assert _code("Joe Biden", None) == "USAGOV"
    result = lookup("Joe Biden")[0]
    assert result.title == "president" and result.start == "2021-01-20"


def test_lookup_returns_role_title_and_dates() -> None:
    result = lookup("Putin", date=dt.date(2021, 6, 16))[0]
    assert (result.name, result.actor_id, result.country) == (
        "Vladimir Putin",
        "rus-vladimir-putin",
        "RUS",
    )
    assert result.title == "president" and result.start == "2012-05-07" and result.end is None


def test_lookup_agent_noun_gives_sector() -> None:
    result = lookup("troops")[0]
    assert (result.kind, result.code) == ("agent", "MIL")


def test_lookup_unknown_name_is_empty() -> None:
    assert lookup("Qwertzuiop Asdfgh") == []


@pytest.mark.parametrize("bad", ["2021-13-01", "yesterday", "16/06/2021"])
def test_lookup_bad_date_raises(bad: str) -> None:
    with pytest.raises(ValueError):
        lookup("Putin", date=bad)


def test_list_actors_country_on_date_lists_office_holders_only() -> None:
    people = {r.name for r in list_actors(country="USA", date="2021-06-16", kind="person")}
    assert {"Joe Biden", "Kamala Harris", "Antony Blinken", "Lloyd Austin"} <= people
    assert "Donald Trump" not in people and "Mike Pompeo" not in people


def test_list_actors_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        list_actors(kind="planet")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("U.S.", "us"),
        ("Kim Jong-un", "kim jong un"),
        ("Erdoğan", "erdogan"),
        ("the Kremlin", "kremlin"),
        ("Russia’s", "russia's"),
    ],
)
def test_alias_key_normalises_case_dots_hyphens_accents(text: str, key: str) -> None:
    assert alias_key(text) == key


def test_normalise_keeps_the_inside_a_name() -> None:
    assert normalise("Gulf of the Sea") == "gulf of the sea"


@pytest.mark.parametrize(
    ("value", "expected"), [("2021-06-16", dt.date(2021, 6, 16)), (None, None), ("", None)]
)
def test_parse_date_accepts_iso_and_none(value: str | None, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


def test_role_end_is_exclusive() -> None:
    role = Role("USAGOV", start=dt.date(2021, 1, 20), end=dt.date(2025, 1, 20))
    assert role.active(dt.date(2021, 1, 20)) and not role.active(dt.date(2025, 1, 20))


def test_get_kb_is_cached() -> None:
    assert get_kb() is get_kb()


def _write(path: Path, header: str, *rows: str) -> None:
    path.write_text("# test\n" + header + "\n" + "".join(r + "\n" for r in rows), encoding="utf-8")


def _tiny_kb(tmp_path: Path, *, role_rows: tuple[str, ...] = ()) -> Path:
    _write(
        tmp_path / "countries.tsv",
        "code\tiso2\tiso3\tname\taliases\tdemonyms\tcapitals\tsource",
        "RUS\tRU\tRUS\tRussia\tRussian Federation\tRussian\tMoscow\ttest",
    )
    _write(
        tmp_path / "seats.tsv",
        "actor_id\tcode\tname\taliases\tnotes",
        "seat-kremlin\tRUSGOV\tthe Kremlin\tKremlin\t",
    )
    _write(
        tmp_path / "people_reference.tsv",
        "actor_id\tname\taliases\tcountry\tsource",
        "rus-ivan-test\tIvan Test\tTest\tRUS\tconverted",
    )
    _write(
        tmp_path / "roles_reference.tsv",
        "actor_id\tcode\ttitle\tstart\tend\tsource\tnotes",
        "rus-ivan-test\tRUSGOV\tminister\t2000-01-01\t2014-01-30\tpetrarch2\t",
    )
    _write(tmp_path / "roles.tsv", "actor_id\tcode\ttitle\tstart\tend\tsource\tnotes", *role_rows)
    return tmp_path


def test_tiny_kb_hand_roles_replace_converted_ones_from_their_start(tmp_path: Path) -> None:
    kb = KnowledgeBase(
        _tiny_kb(tmp_path, role_rows=("rus-ivan-test\tRUSOPP\tdissident\t2010-01-01\t\thand\t",))
    )
    assert kb.lookup("Ivan Test", date="2005-01-01")[0].code == "RUSGOV"  # before the hand rows
    assert kb.lookup("Ivan Test", date="2012-01-01")[0].code == "RUSOPP"  # hand row wins
    assert kb.lookup("Test", date="2012-01-01")[0].actor_id == "rus-ivan-test"


def test_tiny_kb_person_without_role_on_date_is_eli_of_home_country(tmp_path: Path) -> None:
    kb = KnowledgeBase(_tiny_kb(tmp_path))
    assert kb.lookup("Ivan Test", date="2020-01-01")[0].code == "RUSELI"


def test_tiny_kb_bad_role_date_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="bad date for rus-ivan-test"):
        KnowledgeBase(
            _tiny_kb(tmp_path, role_rows=("rus-ivan-test\tRUSGOV\tx\t2010-99-01\t\thand\t",))
        )


def test_tiny_kb_row_with_missing_cells_is_a_clear_error(tmp_path: Path) -> None:
    kb_dir = _tiny_kb(tmp_path)
    _write(kb_dir / "seats.tsv", "actor_id\tcode\tname\taliases\tnotes", "seat-broken\tRUSGOV")
    with pytest.raises(KnowledgeBaseError, match="wrong number of cells"):
        KnowledgeBase(kb_dir)


@pytest.mark.parametrize(
    "copy",
    [
        # a converted copy whose name is a title plus the hand person's name
        "rus-president-ivan-test\tPresident Ivan Test\t\tRUS\tconverted",
        # a converted copy with no country under the very name, aliased with the title
        "igo-ivan-test\tIvan Test\tPresident Ivan Test\t\tconverted",
    ],
)
def test_tiny_kb_a_converted_copy_of_a_hand_person_is_that_person(
    tmp_path: Path, copy: str
) -> None:
    kb_dir = _tiny_kb(
        tmp_path, role_rows=("rus-ivan-test\tRUSGOV\tpresident\t2010-01-01\t\thand\t",)
    )
    _write(
        kb_dir / "people_reference.tsv",
        "actor_id\tname\taliases\tcountry\tsource",
        "rus-ivan-test\tIvan Test\tTest\tRUS\tconverted",
        copy,
    )
    _write(
        kb_dir / "people.tsv",
        "actor_id\tname\taliases\tcountry\tnotes",
        "rus-ivan-test\tIvan Test\t\tRUS\t",
    )
    kb = KnowledgeBase(kb_dir)
    found = kb.lookup("President Ivan Test", date="2020-01-01")
    assert [(r.actor_id, r.code) for r in found] == [("rus-ivan-test", "RUSGOV")]


def test_a_prime_minister_named_with_his_title_is_found_in_office() -> None:
    assert _code("Prime Minister David Cameron", "2010-06-15") == "GBRGOV"


def test_an_igo_head_named_with_a_converted_title_holds_the_igo_office() -> None:
    assert _code("UN Secretary-General Ban Ki-Moon", "2014-07-19") == "IGOUNO"


@pytest.mark.parametrize(
    ("name", "date", "expected"),
    [
        ("King Willem-Alexander", "2020-03-10", "NLDGOV"),
        ("King Felipe VI", "2015-01-01", "ESPGOV"),
        ("Queen Margrethe II", "2024-06-01", "DNKELI"),
        ("Omar Hassan Ahmad al Bashir", "2018-12-20", "SDNGOV"),
        ("Yoweri Museveni", "2016-02-18", "UGAGOV"),
    ],
)
def test_heads_of_state_after_2014_hold_office(name: str, date: str, expected: str) -> None:
    assert _code(name, date) == expected


def test_tiny_kb_a_converted_twin_of_a_hand_group_gives_it_its_names(tmp_path: Path) -> None:
    kb_dir = _tiny_kb(tmp_path)
    header = "actor_id\tcode\tname\taliases\tcountry\tnotes"
    _write(kb_dir / "groups.tsv", header, "grp-test-army\tRUSREB\tTest Army\t\tRUS\t")
    _write(
        kb_dir / "orgs_reference.tsv",
        "actor_id\tcode\tname\taliases\tsource",
        "org-test-army\tUKRREB\tTest Army\tPetro Leaderov|Test Brigades\tconverted",
    )
    kb = KnowledgeBase(kb_dir)
    for name in ("Test Army", "Petro Leaderov", "Test Brigades"):
        assert [(r.actor_id, r.code) for r in kb.lookup(name)] == [("grp-test-army", "RUSREB")]


def test_a_name_ending_in_of_a_country_gives_no_surname(tmp_path: Path) -> None:
    kb_dir = _tiny_kb(tmp_path, role_rows=("rus-ivan-test\tRUSGOV\tking\t2010-01-01\t\thand\t",))
    _write(
        kb_dir / "people.tsv",
        "actor_id\tname\taliases\tcountry\tnotes",
        "rus-ivan-test\tIvan Test\tIvan of Russia\tRUS\t",
    )
    kb = KnowledgeBase(kb_dir)
    assert [a.actor_id for a in kb.in_office_by_surname("Test", date="2020-01-01")] == [
        "rus-ivan-test"
    ]
    assert kb.in_office_by_surname("Russia", date="2020-01-01") == []

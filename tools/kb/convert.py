"""Build the reference part of Dyadic's actor knowledge base from ../shared (developers only).

The package never reads ../shared: this script converts facts (names, codes, dates) from the shared
reference tables into Dyadic's own TSV files under ``src/dyadic/data/kb/``:

- ``countries.tsv``        CAMEO country code, ISO codes, names, aliases, demonyms, capitals
  (GDELT/CAMEO country table, GeoNames ISO crosswalk, PyPI countryinfo demonyms, CountryInfo
  nationality forms).
- ``people_reference.tsv`` and ``roles_reference.tsv``: people and their date-limited codes from the
  PETRARCH-2 Phoenix dictionaries (dates to early 2014), extended with REIGN leader spells (to March
  2021) where a REIGN leader matches a Phoenix person by country and surname, or REIGN gives a
  full name.
- ``orgs_reference.tsv``   named institutions, IGOs, NGOs and armed groups from the Phoenix
  dictionaries (undated codes).
- ``agents_reference.tsv`` agent nouns -> sector codes from ``Phoenix.agents.txt``.

Hand-maintained files (``igos.tsv``, ``seats.tsv``, ``agents.tsv``, ``people.tsv``,
``roles.tsv``, ``groups.tsv``, ``country_aliases.tsv``, ``countries_extra.tsv``) are never written
here; they correct and extend this output.

Usage: python tools/kb/convert.py [SHARED_DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "dyadic" / "data" / "kb"

#: The Phoenix dictionaries were generated on 2014-01-30; open-ended spells stop there.
PHOENIX_DATE = "2014-01-30"
#: REIGN's last update; open spells stay open and are flagged for review.
REIGN_DATE = "2021-03"

#: Nationality forms in the CountryInfo list that are nicknames, regions or misleading.
#: Alternative spellings that are common English words ("Island", Iceland's own name, would
#: make "Rhode Island" and "Island" in a headline Iceland).
ALT_SPELLING_STOPLIST = {"island"}
#: Short names news agencies give one of two countries that share them: AP and Reuters write
#: "Congo" for the Democratic Republic ("eastern Congo", "Congo's M23 rebels") and "Republic
#: of Congo" for Brazzaville.
NEWS_NAMES = {"Congo": "COD"}
ALIAS_STOPLIST = {
    "THE QUEBEC OF EUROPE",
    "COCKPIT OF EUROPE",
    "BELGIUMLAND",
    "BELGIAN UBANGHI",
    "THE GRAVEYARD OF EMPIRES",
    "CELESTIAL EMPIRE",
    "SOVIET KOREA",
    "RED KOREA",
    "COMMUNIST KOREA",
    "KIM'S JOSEON DYNASTY",
    "SOVIET OCCUPIED AFGHANISTAN",
    "YANKEE LAND",
    "YANKEELAND",
    "AMERICALAND",
    "WESTERN GEORGIA",
    "GEORGIA PROPER",
    "SAKARTVELOBANTUSTAN",
    "SOUTH CONGO",
    "BIG CONGO",
    "ENGLISHMAN",
    "ENGLISHWOMAN",
}
#: CAMEO country codes that differ from ISO 3166 alpha-3.
CAMEO_TO_ISO = {"ROM": "ROU", "TMP": "TLS", "IMY": "IMN", "MTN": "MNE"}
#: CAMEO region codes that news treats as actors, with their adjectives.
REGIONS = {
    "EUR": "European",
    "AFR": "African",
    "ASA": "Asian",
    "MEA": "Middle Eastern",
    "WAF": "West African",
    "EAF": "East African",
    "SAF": "Southern African",
    "NAF": "North African",
    "LAM": "Latin American",
    "WST": "Western",
    "SAM": "South American",
    "CAS": "Central Asian",
    "SEA": "Southeast Asian",
    "SAS": "South Asian",
    "BLK": "Balkan",
    "CRB": "Caribbean",
    "EEU": "Eastern European",
    "SCN": "Scandinavian",
}
#: Who keeps a demonym several countries claim.
PREFERRED_DEMONYM = {
    "american": "USA",
    "chinese": "CHN",
    "french": "FRA",
    "norwegian": "NOR",
    "congolese": "COD",
    "dominican": "DOM",
    "british": "GBR",
    "danish": "DNK",
    "dutch": "NLD",
    "australian": "AUS",
    "indian": "IND",
    "korean": "KOR",
    "samoan": "WSM",
    "irish": "IRL",
    "virgin islander": "VIR",
}
#: Capitals named by an article and a common noun, which the resolver cannot tell from the noun.
COMMON_NOUN_CAPITALS = frozenset({"the valley", "the bottom", "the settlement"})

#: Short all-capital aliases kept although they are short (others of <= 3 letters are dropped).
SHORT_ALIASES = {
    "US",
    "U.S.",
    "USA",
    "U.S.A.",
    "UK",
    "U.K.",
    "UAE",
    "DRC",
    "DPRK",
    "ROK",
    "PRC",
    "KSA",
}

KEEP_UPPER = {
    "US",
    "UK",
    "USA",
    "UAE",
    "DRC",
    "DPRK",
    "ROK",
    "PRC",
    "UN",
    "EU",
    "NATO",
    "II",
    "III",
    "IV",
}

#: Single words the Phoenix dictionaries list as names of one group but that name many.
GENERIC_WORDS = {
    "organization",
    "organisation",
    "movement",
    "party",
    "front",
    "army",
    "council",
    "committee",
    "union",
    "group",
    "brigade",
    "brigades",
    "association",
    "alliance",
    "coalition",
    "federation",
    "league",
    "society",
    "institute",
    "foundation",
    "agency",
    "commission",
    "company",
    "corporation",
    "bank",
    "fund",
    "network",
    "forum",
    "assembly",
    "congress",
    "authority",
    "government",
    "ministry",
    "court",
    "police",
    "navy",
    "republic",
    "state",
    "revolution",
    "resistance",
    "opposition",
    "service",
    "services",
    "forces",
    "militia",
    "guard",
    "guards",
    "base",
    "center",
    "centre",
    "office",
    "board",
    "bureau",
    "department",
    "unit",
    "squad",
    "cell",
    "jihad",
    "mujahideen",
    "martyrs",
    "islamists",
    "rebels",
    "tigers",
    "panthers",
    "hawks",
    "eagles",
    "wolves",
    "lions",
    "legion",
    "battalion",
    "regiment",
    "division",
    "corps",
    "command",
    "cartel",
    "mafia",
    "ring",
}

DATE_RE = re.compile(r"\[(~?[A-Z]{3,})(?:\s+([<>]?)(\d{6,8})(?:\s*-\s*(\d{6,8}))?)?\s*\]")
NAME_OK = re.compile(r"^[A-Za-z0-9 .'\-]+$")


def fold(text: str) -> str:
    """ASCII-fold a name (Dačić -> Dacic)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def phrase(raw: str) -> str:
    """A PETRARCH phrase (``VLADIMIR_PUTIN_``) as words."""
    text = raw.strip().strip("+").strip()
    text = re.sub(r"\s*#.*$", "", text)
    text = re.sub(r"\[.*$", "", text).strip()
    text = text.replace("_", " ").strip()
    return re.sub(r"\s+", " ", text)


def titlecase(text: str) -> str:
    """Title-case an upper-case name, keeping short particles and Mc/O' prefixes sensible."""
    words = []
    for position, original in enumerate(text.split(" ")):
        word = original.lower()
        if original.replace(".", "") in KEEP_UPPER:
            words.append(original)
            continue
        if position and word in {"of", "and", "the"}:
            words.append(word)
            continue
        if word in {"al", "bin", "ibn", "de", "da", "di", "van", "von", "der", "du", "la", "el"}:
            words.append(word)
            continue
        parts = [p[:1].upper() + p[1:] for p in word.split("-")]
        word = "-".join(parts)
        if word.startswith("Mc") and len(word) > 2:
            word = "Mc" + word[2].upper() + word[3:]
        if word.startswith("O'") and len(word) > 2:
            word = "O'" + word[2].upper() + word[3:]
        words.append(word)
    out = " ".join(words)
    return out[:1].upper() + out[1:]


def _office_holders(
    candidates: list[str], roles: list[list[str]], code: str, start: str
) -> list[str]:
    """The candidates whose converted roles hold ``code`` within a year of ``start`` (one
    Museveni led Uganda; the other did not)."""
    day = dt.date.fromisoformat(start)
    before = (day - dt.timedelta(days=366)).isoformat()
    after = (day + dt.timedelta(days=366)).isoformat()
    return [
        c
        for c in candidates
        if any(
            r[0] == c and r[1] == code and r[3] <= after and (not r[4] or r[4] >= before)
            for r in roles
        )
    ]


def surname_key(name: str) -> str:
    """A loose key for a surname across transliterations: the last word without an Arabic
    article, its first letter and its consonants ("al-Bashir" and "Bashir", "Nazarbaev" and
    "Nazarbayev", "Afeworki" and "Afwerki", "Campaore" and "Compaore" meet)."""
    word = slug(name.rsplit(" ", maxsplit=1)[-1])
    word = re.sub(r"^(al|el|ul|ad|ash|as|an|ar|at|az)-", "", word).replace("-", "")
    if not word:
        return ""
    rest = re.sub(r"[aeiouyhw]", "", word[1:])
    return word[0] + re.sub(r"(.)\1+", r"\1", rest)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def phoenix_date(value: str) -> str:
    """YYMMDD (two-digit years: <= 14 is 20xx) or YYYYMMDD -> ISO date."""
    if len(value) == 8:
        year, rest = int(value[:4]), value[4:]
    else:
        yy = int(value[:2])
        year, rest = (2000 + yy if yy <= 14 else 1900 + yy), value[2:]
    month, day = int(rest[:2]) or 1, int(rest[2:]) or 1
    month = min(max(month, 1), 12)
    day = min(max(day, 1), 28 if month == 2 else 30 if month in {4, 6, 9, 11} else 31)
    return f"{year:04d}-{month:02d}-{day:02d}"


@dataclass
class Entry:
    name: str
    aliases: list[str] = field(default_factory=list)
    spells: list[tuple[str, str, str, str]] = field(default_factory=list)  # code, op, start, end
    person: bool = False
    source: str = ""


def parse_phoenix(path: Path) -> list[Entry]:
    """Entries of a PETRARCH-2 .actors file: primary phrase, + aliases, [CODE dates] spells."""
    entries: list[Entry] = []
    current: Entry | None = None
    for raw_line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw_line.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        spells = DATE_RE.findall(line)
        comment = line.split("#", 1)[1] if "#" in line else ""
        if line[0] not in " \t+[":
            current = Entry(name=phrase(line), source=path.name)
            current.person = "CountryInfo.txt" in comment or "IGOrulers" in comment
            entries.append(current)
        elif line.startswith("+") and current is not None:
            alias = phrase(line)
            if alias:
                current.aliases.append(alias)
        if current is not None:
            current.spells.extend(spells)
    for entry in entries:
        if any(start for _, _, start, _ in entry.spells):
            entry.person = True
    return entries


def good_alias(alias: str) -> bool:
    if not alias or NAME_OK.match(alias) is None or "  " in alias:
        return False
    return alias.lower().replace("the ", "").strip() not in GENERIC_WORDS


def read_tsv(path: Path, *, delimiter: str = "\t", encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, errors="replace") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def build_countries(ref: Path) -> tuple[list[list[str]], dict[str, str]]:
    """Rows of countries.tsv and a COW-alpha -> CAMEO code map (for REIGN)."""
    labels: dict[str, str] = {}
    for line in (
        (ref / "cameo" / "cameo_country_codes.txt").read_text(encoding="utf-8").splitlines()[1:]
    ):
        code, _, label = line.partition("\t")
        if len(code) == 3 and label:
            labels[code] = label.strip()
    iso2: dict[str, str] = {}
    for line in (ref / "cameo" / "country_iso_fips.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) > 2 and len(cells[1]) == 3:
            iso2[cells[1]] = cells[0]
    demonyms = {
        row["iso3"]: row for row in read_tsv(ref / "actors" / "demonyms_countryinfo_pypi.tsv")
    }
    nationality: dict[str, tuple[list[str], list[str]]] = {}
    for row in read_tsv(ref / "actors" / "nationality_capital.tsv"):
        forms = [f for f in row["nationality_forms"].split("|") if f]
        capitals = [c for c in row["capital_forms"].split("|") if c]
        if row["iso3"] in nationality:  # dependencies listed under the same code (Jersey -> GBR)
            continue
        nationality[row["iso3"]] = (forms, capitals)
    cow: dict[str, str] = {}
    text = (ref / "actors" / "CountryInfo.120116.txt").read_text(encoding="utf-8", errors="replace")
    for block in text.split("<Country>")[1:]:
        code = re.search(r"<CountryCode>(\w+)</CountryCode>", block)
        alpha = re.search(r"<COW-Alpha>(\w+)</COW-Alpha>", block)
        if code and alpha and alpha.group(1) != "---":
            cow[alpha.group(1)] = code.group(1)
    rows = []
    for code, label in sorted(labels.items()):
        iso3 = CAMEO_TO_ISO.get(code, code)
        if iso3 != code:  # CAMEO's own code (ROM for Romania): read the ISO-keyed tables by ISO
            demonyms.setdefault(code, demonyms.get(iso3, {}))
            if iso3 in nationality:
                nationality.setdefault(code, nationality[iso3])
        if not demonyms.get(code) and code not in nationality:
            if code in REGIONS:  # CAMEO region codes (EUR, MEA, WAF, ...) act in news too
                rows.append(
                    [code, "", "", label, "", REGIONS[code], "", "cameo_country_codes (region)"]
                )
            continue
        info = demonyms.get(code, {})
        name = info.get("country") or titlecase(label)
        demonym = info.get("demonym", "")
        forms, capitals = nationality.get(code, ([], []))
        aliases: list[str] = [label] if label != name else []
        dems: list[str] = [demonym] if demonym else []
        for form in forms:
            if form in ALIAS_STOPLIST or not good_alias(form) or form.startswith("THE "):
                continue
            if len(form.replace(".", "")) <= 3 and form not in SHORT_ALIASES:
                continue
            nice = form if form in SHORT_ALIASES else titlecase(form)
            is_demonym = re.search(r"(AN|ESE|ISH|I|IC|CH|ER)$", form) and " " not in form
            target = dems if is_demonym and nice.lower() != name.lower() else aliases
            if nice.lower() not in {a.lower() for a in [name, *aliases, *dems]}:
                target.append(nice)
        for raw_alt in (info.get("alt_spellings") or "").split("|"):
            alt = fold(raw_alt).strip()
            if alt.lower() in ALT_SPELLING_STOPLIST:
                continue
            if not good_alias(alt) or (len(alt) <= 3 and alt not in SHORT_ALIASES):
                continue
            if alt.lower() not in {a.lower() for a in [name, *aliases, *dems]}:
                aliases.append(alt)
        aliases = [a for a in aliases if NEWS_NAMES.get(a, code) == code]
        aliases += [a for a, owner in NEWS_NAMES.items() if owner == code and a not in aliases]
        caps = [titlecase(c) if c.isupper() else c for c in capitals]
        if info.get("capital") and fold(info["capital"]).lower() not in {c.lower() for c in caps}:
            caps.insert(0, fold(info["capital"]))
        # a capital that is "The" + a common noun ("The Valley", Anguilla) would match every
        # "Galwan Valley" once the resolver drops the article: leave it out
        caps = [c for c in caps if c.lower() not in COMMON_NOUN_CAPITALS]
        rows.append(
            [
                code,
                info.get("iso2") or iso2.get(iso3, ""),
                iso3,
                name,
                "|".join(dict.fromkeys(a for a in aliases if a)),
                "|".join(dict.fromkeys(d for d in dems if d)),
                "|".join(dict.fromkeys(c for c in caps if c)),
                "cameo_country_codes; demonyms_countryinfo_pypi; nationality_capital",
            ]
        )
    return rows, cow


def dedupe_demonyms(rows: list[list[str]]) -> None:
    """A demonym shared by several countries ("American": USA and the Northern Mariana Islands)
    stays with the country whose name it comes from (or the one named in PREFERRED_DEMONYM)."""
    owners: dict[str, list[list[str]]] = defaultdict(list)
    for row in rows:
        for dem in row[5].split("|"):
            if dem:
                owners[dem.lower()].append(row)
    for dem, claimants in owners.items():
        if len(claimants) < 2:
            continue
        keep = [r for r in claimants if PREFERRED_DEMONYM.get(dem) == r[0]]
        keep = keep or [r for r in claimants if r[3].lower()[:4] == dem[:4]]
        if not keep:
            continue
        for row in claimants:
            if row not in keep:
                row[5] = "|".join(d for d in row[5].split("|") if d.lower() != dem)


def person_country(entry: Entry, fallback: str | None) -> str | None:
    for code, _, _, _ in entry.spells:
        if not code.startswith(("IGO", "NGO", "IMG", "~")):
            return code[:3]
    return fallback


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"))
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args()
    ref = Path(args.shared) / "data" / "reference"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    countries, cow = build_countries(ref)
    dedupe_demonyms(countries)
    country_codes = {row[0] for row in countries}
    # names of countries, their demonyms and capitals: Phoenix lists some of them as actors again
    # (and of the hand-written states the CAMEO list lacks: Phoenix lists South Sudan as a person)
    extra_lines = (OUT / "countries_extra.tsv").read_text(encoding="utf-8").splitlines()
    extra = [line.split("\t") for line in extra_lines[1:] if not line.startswith("#")]
    place_names = {
        slug(form)
        for row in countries + extra
        for cell in (row[3], row[4], row[5], row[6])
        for form in cell.split("|")
        if form
    }
    write(
        out / "countries.tsv",
        ["code", "iso2", "iso3", "name", "aliases", "demonyms", "capitals", "source"],
        countries,
        "Countries: CAMEO code, ISO codes, names. Converted by tools/kb/convert.py.",
    )

    people: dict[str, list[str]] = {}
    roles: list[list[str]] = []
    orgs: list[list[str]] = []
    by_surname: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_loose_surname: dict[tuple[str, str], list[str]] = defaultdict(list)
    for file_name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        for entry in parse_phoenix(ref / "petrarch" / file_name):
            if not good_alias(entry.name) or slug(entry.name) in place_names:
                continue
            aliases = [
                a
                for a in entry.aliases
                if good_alias(a) and a != entry.name and slug(a) not in place_names
            ]
            if entry.person:
                country = person_country(entry, None)
                name = titlecase(entry.name)
                actor_id = f"{(country or 'igo').lower()}-{slug(name)}"
                if actor_id in people:
                    known = people[actor_id][2].split("|") if people[actor_id][2] else []
                    people[actor_id][2] = "|".join(
                        dict.fromkeys(known + [titlecase(a) for a in aliases])
                    )
                else:
                    people[actor_id] = [
                        actor_id,
                        name,
                        "|".join(dict.fromkeys(titlecase(a) for a in aliases)),
                        country or "",
                        f"petrarch2 {file_name}",
                    ]
                    if country:
                        by_surname[(country, slug(name.split(" ")[-1]))].append(actor_id)
                        by_loose_surname[(country, surname_key(name))].append(actor_id)
                for code, op, start, end in entry.spells:
                    if code.startswith("~") or not start:
                        continue
                    begin = phoenix_date(start)
                    note = ""
                    if op == ">":
                        stop = PHOENIX_DATE
                        note = "open-ended in Phoenix (2014-01-30); end capped there"
                    elif op == "<":
                        begin, stop = "", begin
                    else:
                        stop = phoenix_date(end) if end else ""
                    if stop and begin and stop < begin:
                        continue
                    roles.append([actor_id, code, "", begin, stop, "petrarch2", note])
            else:
                codes = [c for c, _, s, _ in entry.spells if not s and not c.startswith("~")]
                if not codes or codes[0] in country_codes:
                    continue  # a country entry listing its cities: countries.tsv covers it
                orgs.append(
                    [
                        f"org-{slug(entry.name)}",
                        codes[0],
                        titlecase(entry.name) if entry.name.isupper() else entry.name,
                        "|".join(dict.fromkeys(titlecase(a) for a in aliases)),
                        f"petrarch2 {file_name}",
                    ]
                )
    for entry in parse_phoenix(ref / "petrarch" / "Phoenix.MilNonState.actors.txt"):
        codes = [c for c, _, s, _ in entry.spells if not c.startswith("~")]
        if codes and good_alias(entry.name) and slug(entry.name) not in place_names:
            aliases = [titlecase(a) for a in entry.aliases if good_alias(a)]
            orgs.append(
                [
                    f"org-{slug(entry.name)}",
                    codes[0],
                    titlecase(entry.name),
                    "|".join(dict.fromkeys(aliases)),
                    "petrarch2 Phoenix.MilNonState.actors.txt",
                ]
            )

    unmatched: list[str] = []
    for row in read_tsv(
        ref / "actors" / "REIGN_leaderlist_3_21.csv", delimiter=",", encoding="cp1252"
    ):
        if not row.get("eyear") or int(row["eyear"] or 0) >= 2014 or not row["eyear"]:
            pass
        end_year = int(row["eyear"]) if row["eyear"] else None
        if end_year is not None and end_year < 2014:
            continue
        country = cow.get(row["stateabb"], row["stateabb"])
        if country not in country_codes:
            continue
        leader = re.sub(r"\(.*?\)", "", fold(row["leader"])).strip()
        if not leader or "&" in leader or " and " in leader:
            continue
        start = f"{int(row['syear']):04d}-{int(row['smonth']):02d}-{int(row['sdate']):02d}"
        end = ""
        note = ""
        if end_year is not None:
            # REIGN gives the month of leaving office only: in office to the end of that
            # month, as the news of the month still calls them by the office ("Mugabe
            # resigns as Zimbabwe president" in November 2017)
            month = dt.date(end_year, int(row["emonth"]), 1) + dt.timedelta(days=32)
            end = month.replace(day=1).isoformat()
            note = "REIGN gives the month of leaving office only; to the month's end"
        else:
            note = f"in office at REIGN's last update ({REIGN_DATE}); later not checked"
        # the surname as spelled, else as transliterated otherwise ("al-Bashir", "Nazarbaev")
        surname = slug(leader.split(" ")[-1])
        loose = [  # "Salman" is no "Sulayman": the first two letters are kept
            c
            for c in by_loose_surname.get((country, surname_key(leader)), [])
            if slug(people[c][1].split(" ")[-1]).removeprefix("al-")[:2]
            == surname.removeprefix("al-")[:2]
        ]
        # another spelling counts only for someone in the state's office about then
        candidates = by_surname.get((country, surname), []) or _office_holders(
            loose, roles, f"{country}GOV", start
        )
        whole = [c for c in candidates if slug(people[c][1]) == slug(leader)]
        candidates = whole or candidates  # "Aung San Suu Kyi", not "Aung Kyi"
        if " " in leader:  # "Joseph Kabila" is not Laurent-Desire Kabila; "G. Rajapakse" is a G.
            names = [slug(w) for w in leader.split(" ")[:-1] if slug(w)]
            candidates = [
                c
                for c in candidates
                if all(
                    any(
                        word == name or (len(name) == 1 and word.startswith(name))
                        for word in slug(f"{people[c][1]} {people[c][2]}").split("-")
                    )
                    for name in names
                )
            ]
        if len(candidates) > 1:  # "Museveni": the one in the state's office about then
            candidates = _office_holders(candidates, roles, f"{country}GOV", start) or candidates
        if len(candidates) == 1:
            actor_id = candidates[0]
        elif " " in leader and "." not in leader:
            name = leader
            actor_id = f"{country.lower()}-{slug(name)}"
            if actor_id not in people:
                people[actor_id] = [actor_id, name, "", country, "REIGN 2021-03"]
        else:
            unmatched.append(f"{country}\t{leader}\t{start}\t{end}")
            continue
        roles.append([actor_id, f"{country}GOV", "leader (REIGN)", start, end, "REIGN", note])

    write(
        out / "people_reference.tsv",
        ["actor_id", "name", "aliases", "country", "source"],
        sorted(people.values()),
        "People converted by tools/kb/convert.py from PETRARCH-2 Phoenix dictionaries and REIGN.",
    )
    write(
        out / "roles_reference.tsv",
        ["actor_id", "code", "title", "start", "end", "source", "notes"],
        sorted(roles),
        "Date-limited codes (start inclusive, end exclusive; empty = open). tools/kb/convert.py.",
    )
    seen: set[str] = set()
    unique_orgs = []
    for row in orgs:
        if row[0] not in seen:
            seen.add(row[0])
            unique_orgs.append(row)
    write(
        out / "orgs_reference.tsv",
        ["actor_id", "code", "name", "aliases", "source"],
        sorted(unique_orgs),
        "Named organisations and groups from PETRARCH-2 Phoenix dictionaries. tools/kb/convert.py.",
    )
    write(
        out / "agents_reference.tsv",
        ["phrase", "sectors", "source"],
        build_agents(ref),
        "Agent nouns -> sector codes from PETRARCH-2 Phoenix.agents.txt. tools/kb/convert.py.",
    )
    print(
        f"countries {len(countries)}, people {len(people)}, roles {len(roles)}, "
        f"orgs {len(unique_orgs)}"
    )
    print(
        f"REIGN leaders not matched (add by hand if they matter): {len(unmatched)}", file=sys.stderr
    )
    for line in unmatched:
        print("  " + line, file=sys.stderr)


def build_agents(ref: Path) -> list[list[str]]:
    macros: dict[str, list[str]] = {}
    rows: dict[str, str] = {}
    for raw_line in (
        (ref / "petrarch" / "Phoenix.agents.txt").read_text(encoding="utf-8").splitlines()
    ):
        line = raw_line.split("#", 1)[0].strip()
        if not line:
            continue
        macro = re.match(r"^(!\w+!)\s*=\s*(.+)$", line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",")]
            continue
        match = re.match(r"^(.+?)\s*\[~([A-Z]+)\]", line)
        if not match:
            continue
        pattern, code = match.group(1).strip(), match.group(2)
        variants = [pattern]
        for name, words in macros.items():
            if name in pattern:
                variants = [
                    v.replace(name, "_" + w if not v.endswith(name) else w)
                    for v in variants
                    for w in words
                ]
        for variant in variants:
            text = variant.replace("_", " ").strip().lower()
            text = re.sub(r"\s+", " ", text)
            if NAME_OK.match(text) and text not in rows:
                rows[text] = code
    return [[p, rows[p], "petrarch2 Phoenix.agents.txt"] for p in sorted(rows)]


def write(path: Path, header: list[str], rows: list[list[str]], comment: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(f"# {comment}\n")
        writer = csv.writer(
            handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\"
        )
        writer.writerow(header)
        for row in rows:
            writer.writerow([cell.replace("\t", " ") for cell in row])


if __name__ == "__main__":
    main()

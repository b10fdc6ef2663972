"""Where is it? Text and shared points to a Location in (or outside) the municipality.

Sources, most precise first: the CBS postcode-huisnummer table (optional, imported with
`wijkbot routing import-pc6`), street names (optional `streets.csv`), buurt and village names
(`buurten.csv`), wijk names (`wijken.geojson`), the 4-digit postcode table (`pc4_wijk.csv`),
and for shared points the wijk polygons (shapely, prepared for fast point-in-polygon) plus
optional named areas inside wijken (`areas.geojson`, e.g. a village) that set the buurt.
Places and postcodes of neighbouring municipalities (municipality.toml `[neighbours]`) give
`Location(outside=<name>)`; a point outside every wijk gives `outside=""` (municipality unknown).
"""

from __future__ import annotations

import csv
import gzip
import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from shapely import Point, prepare
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from core.config import MunicipalityConfig
from core.domain import GeoPoint, Location, Wijk
from nlp.locations import LocationExtractor, Mention, fold

log = logging.getLogger(__name__)

PC6_FILE = "pc6_huisnummer.csv.gz"
# A point this close (degrees, about 150 m) to a generalised wijk polygon still counts as inside.
NEAR_DEGREES = 0.0015
# Which mention decides when a message names several places: most precise first.
_PRIORITY = {
    "address": 0,
    "postcode": 1,
    "street": 2,
    "buurt": 3,
    "village": 3,
    "wijk": 4,
    "pc4": 5,
}

_MEMO_LIMIT = 100_000  # entries per locator memo; beyond, the memo starts afresh
_K = TypeVar("_K")
_A = TypeVar("_A")
_V = TypeVar("_V")


def _remembered(memo: dict[_K, _V], key: _K, compute: Callable[[_A], _V], argument: _A) -> _V:
    """memo[key], else compute(argument) remembered under key (bounded: `_MEMO_LIMIT`)."""
    try:
        return memo[key]
    except KeyError:
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        value = memo[key] = compute(argument)
        return value


@dataclass(frozen=True)
class Place:
    wijk: str
    buurt: str | None = None


@dataclass
class Pc6Table:
    """CBS postcode-huisnummer: PC6 -> house number -> (wijk, buurt), and PC6 -> most common wijk."""

    addresses: dict[str, dict[str, Place]] = field(default_factory=dict)

    def lookup(self, pc6: str, number: str | None) -> tuple[Place | None, bool]:
        """(place, exact): exact when the house number itself was found."""
        houses = self.addresses.get(pc6)
        if not houses:
            return None, False
        if number:
            digits = "".join(ch for ch in number if ch.isdigit())
            if number in houses or digits in houses:
                return houses.get(number) or houses[digits], True
        wijk, _ = Counter(p.wijk for p in houses.values()).most_common(1)[0]
        buurten = {p.buurt for p in houses.values() if p.wijk == wijk}
        return Place(wijk, buurten.pop() if len(buurten) == 1 else None), False

    @classmethod
    def read(cls, path: Path) -> Pc6Table:
        table = cls()
        with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                houses = table.addresses.setdefault(row["pc6"], {})
                houses[row["huisnummer"]] = Place(row["wijk"], row["buurt"] or None)
        return table


@dataclass
class GeoLocator:
    """core.ports.Locator over the municipality's polygons, tables and names."""

    config: MunicipalityConfig
    polygons: dict[str, BaseGeometry]
    pc4: dict[str, Place]
    names: dict[str, Place]  # buurt / village / wijk / street name -> place
    kinds: dict[str, str]  # name -> buurt | village | wijk | street
    pc6: Pc6Table | None = None
    areas: list[tuple[Place, BaseGeometry]] = field(default_factory=list)  # buurt/village shapes
    _extractor: LocationExtractor = field(init=False, repr=False)
    _named_places: dict[tuple[Any, ...], Location | None] = field(
        init=False, repr=False, compare=False
    )
    _coded_places: dict[tuple[Any, ...], Location | None] = field(
        init=False, repr=False, compare=False
    )
    _key_places: dict[tuple[str, ...], Place | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for geometry in [*self.polygons.values(), *(area for _, area in self.areas)]:
            prepare(geometry)
        outside = [(place, "place") for place in self.config.neighbours if not place.isdigit()]
        self._extractor = LocationExtractor(
            names=[*self.kinds.items(), *outside, (self.config.name, "municipality")],
            towns=[self.config.name],
        )
        self._named_places = {}  # `_named` per distinct wording (bounded, see there)
        self._coded_places = {}  # `_coded` per distinct postcode (bounded, see there)
        self._key_places = {}  # `_place_of` per tuple of canonical names (bounded)
        self._neighbour_places = {
            fold(place): name
            for place, name in self.config.neighbours.items()
            if not place.isdigit()
        }

    # -- construction

    @classmethod
    def from_folder(
        cls, folder: Path, config: MunicipalityConfig, data_dir: Path | None = None
    ) -> GeoLocator:
        """Read wijken.geojson, pc4_wijk.csv, buurten.csv, optional streets.csv and PC6 table.

        The PC6 table is looked for in `folder` and in `data_dir/<slug>/`.
        """
        folder = Path(folder)
        polygons = read_polygons(folder / "wijken.geojson")
        pc4, villages = read_pc4(folder / "pc4_wijk.csv", config.name)
        names: dict[str, Place] = {}
        kinds: dict[str, str] = {}
        for wijk in config.wijken:
            names[wijk.name], kinds[wijk.name] = Place(wijk.code), "wijk"
        for name, place in read_buurten(folder / "buurten.csv").items():
            names[name], kinds[name] = place, "village" if name in villages else "buurt"
        for name, place in villages.items():
            if name not in names:
                names[name], kinds[name] = place, "village"
        for name, place in read_streets(folder / "streets.csv").items():
            if name not in names:
                names[name], kinds[name] = place, "street"
        pc6 = None
        for candidate in (
            folder / PC6_FILE,
            (data_dir / config.slug / PC6_FILE) if data_dir else None,
        ):
            if candidate and candidate.exists():
                pc6 = Pc6Table.read(candidate)
                break
        return cls(config, polygons, pc4, names, kinds, pc6, read_areas(folder / "areas.geojson"))

    # -- core.ports.Locator

    def wijken(self) -> Sequence[Wijk]:
        return self.config.wijken

    def wijk_by_code(self, code: str) -> Wijk | None:
        return self.config.wijk(code)

    def from_point(self, point: GeoPoint) -> Location | None:
        here = Point(point.lon, point.lat)
        text = f"{point.lat:.5f},{point.lon:.5f}"
        for code, geometry in self.polygons.items():
            if geometry.contains(here):
                buurt = next(
                    (p.buurt for p, area in self.areas if p.wijk == code and area.contains(here)),
                    None,
                )
                return Location("point", text, wijk=code, buurt=buurt, point=point)
        nearest = min(self.polygons.items(), key=lambda item: item[1].distance(here), default=None)
        if nearest and nearest[1].distance(here) <= NEAR_DEGREES:
            return Location("point", text, wijk=nearest[0], point=point)
        return Location("point", text, point=point, outside="")

    def from_text(self, text: str) -> Location | None:
        """The most precise place mentioned inside the municipality, else a neighbour, else None."""
        mentions = self._extractor.extract(text)
        if len(mentions) == 1:  # the common case; what `locate` makes of a single mention
            return self._resolve(mentions[0])
        return self.locate(mentions) if mentions else None  # `locate([])` is None

    def mentions(self, text: str) -> list[Mention]:
        return self._extractor.extract(text)

    # -- resolution

    def locate(self, mentions: Iterable[Mention]) -> Location | None:
        inside: list[tuple[int, int, Location]] = []
        outside: list[Location] = []
        for mention in mentions:
            location = self._resolve(mention)
            if location is None:
                continue
            if location.outside is not None:
                outside.append(location)
            else:
                inside.append((_PRIORITY.get(location.kind, 9), mention.start, location))
        if inside:
            return min(inside, key=lambda item: (item[0], item[1]))[2]
        return outside[0] if outside else None

    def _resolve(self, mention: Mention) -> Location | None:
        if mention.kind in ("postcode", "pc4"):
            return self._coded(mention)
        if mention.kind == "place":
            name = self._neighbour_places.get(fold(mention.key))
            return Location("place", mention.text, outside=name) if name else None
        if mention.kind in ("buurt", "village", "wijk", "street"):
            return self._named(mention)
        return None

    def _named(self, mention: Mention) -> Location | None:
        """`_name_location`, remembered per wording (bounded; a new configuration builds a new
        locator): most messages name a place, and residents name the same places."""
        key = (
            mention.kind,
            mention.alternatives or (mention.key,),
            mention.house_number,
            mention.text,
        )
        return _remembered(self._named_places, key, self._name_location, mention)

    def _coded(self, mention: Mention) -> Location | None:
        """`_postcode` / `_pc4`, remembered per (kind, postcode, house number, explicit), all
        they look at (bounded; Location is immutable, so one can be shared): a postcode message
        otherwise builds two Locations, and a PC6 without house number counts its houses."""
        key = (mention.kind, mention.key, mention.house_number, mention.explicit)
        resolve = self._postcode if mention.kind == "postcode" else self._pc4
        return _remembered(self._coded_places, key, resolve, mention)

    def _name_location(self, mention: Mention) -> Location | None:
        place = self._place_of(mention.alternatives or (mention.key,))
        if place is None:
            return None  # unknown or ambiguous ("Zeist" could be any Zeist-* wijk)
        kind = "address" if mention.kind == "street" and mention.house_number else mention.kind
        text = f"{mention.text} {mention.house_number}" if kind == "address" else mention.text
        buurt = place.buurt if mention.kind != "wijk" else None
        return Location(kind, text, wijk=place.wijk, buurt=buurt)

    def _place_of(self, keys: tuple[str, ...]) -> Place | None:
        """The place those canonical names stand for: None if unknown or in several wijken, the
        wijk alone if in several buurten of one. Remembered per keys (bounded): many wordings
        share their keys."""
        return _remembered(self._key_places, keys, self._find_place, keys)

    def _find_place(self, keys: tuple[str, ...]) -> Place | None:
        places = {self.names[k] for k in keys if k in self.names}
        wijken = {p.wijk for p in places}
        if len(wijken) != 1:
            return None
        return places.pop() if len(places) == 1 else Place(wijken.pop())

    def _postcode(self, mention: Mention) -> Location | None:
        text = f"{mention.key} {mention.house_number}" if mention.house_number else mention.key
        if self.pc6 is not None:
            place, exact = self.pc6.lookup(mention.key, mention.house_number)
            if place:
                kind = "address" if exact else "postcode"
                return Location(kind, text, wijk=place.wijk, buurt=place.buurt)
        location = self._pc4(
            Mention("pc4", mention.key[:4], mention.text, mention.start, mention.end)
        )
        if location is None:
            return None
        return Location("postcode", text, location.wijk, location.buurt, outside=location.outside)

    def _pc4(self, mention: Mention) -> Location | None:
        place = self.pc4.get(mention.key)
        if place:
            return Location("postcode", mention.key, wijk=place.wijk, buurt=place.buurt)
        if not mention.explicit:
            return None  # a bare number we do not know is not a postcode
        for size in (4, 3, 2, 1):
            name = self.config.neighbours.get(mention.key[:size])
            if name:
                return Location("postcode", mention.key, outside=name)
        return None


def wijk_accuracy(
    locator: GeoLocator, rows: Iterable[dict[str, Any]]
) -> tuple[float, list[tuple[str, str | None, str | None]]]:
    """Share of rows whose `wijk` (None: no location given) the text locator gets right.

    A place outside the municipality counts as no wijk. Returns (accuracy, [(id, expected, got)])."""
    total, wrong = 0, []
    for row in rows:
        total += 1
        found = locator.from_text(str(row.get("text") or ""))
        got = found.wijk if found else None
        if got != row.get("wijk"):
            wrong.append((str(row.get("id", total)), row.get("wijk"), got))
    return (1 - len(wrong) / total if total else 0.0), wrong


# --- reading the folder's files -------------------------------------------------------------------


def read_polygons(path: Path) -> dict[str, BaseGeometry]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {f["properties"]["statcode"]: shape(f["geometry"]) for f in data["features"]}


def read_areas(path: Path) -> list[tuple[Place, BaseGeometry]]:
    """Optional `areas.geojson`: named parts of wijken (properties name, wijk) for shared points."""
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        (Place(f["properties"]["wijk"], f["properties"]["name"]), shape(f["geometry"]))
        for f in data["features"]
    ]


def read_pc4(path: Path, municipality: str) -> tuple[dict[str, Place], dict[str, Place]]:
    """pc4 -> place, and village name -> place (villages: `plaats` other than the municipality)."""
    pc4: dict[str, Place] = {}
    village_wijken: dict[str, set[str]] = {}
    if not path.exists():
        return pc4, {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        plaats = row.get("plaats", "").strip()
        if plaats and fold(plaats) != fold(municipality):
            village_wijken.setdefault(plaats, set()).add(row["wijk_code"])
    for row in rows:
        plaats = row.get("plaats", "").strip()
        is_village = plaats in village_wijken and len(village_wijken[plaats]) == 1
        pc4[row["pc4"].strip()] = Place(row["wijk_code"].strip(), plaats if is_village else None)
    villages = {name: Place(next(iter(codes)), name) for name, codes in village_wijken.items()
                if len(codes) == 1}  # fmt: skip
    return pc4, villages


def read_buurten(path: Path) -> dict[str, Place]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["buurt_naam"].strip(): Place(row["wijk_code"].strip(), row["buurt_naam"].strip())
            for row in csv.DictReader(handle)
        }


def read_streets(path: Path) -> dict[str, Place]:
    """Optional `streets.csv`: straat,wijk_code[,buurt]. A street in two wijken is left out."""
    if not path.exists():
        return {}
    seen: dict[str, set[Place]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = row["straat"].strip()
            place = Place(row["wijk_code"].strip(), (row.get("buurt") or "").strip() or None)
            seen.setdefault(name, set()).add(place)
    return {name: places.pop() for name, places in seen.items() if len(places) == 1}


# --- import of the CBS postcode-huisnummer file ---------------------------------------------------


def import_pc6(source: Path, config: MunicipalityConfig, target_folder: Path) -> int:
    """Import the CBS file `PC6;Huisnummer;Buurt<jaar>;Wijk<jaar>;Gemeente<jaar>` for this municipality.

    Keeps the rows of `config.cbs_code`, normalises codes to `WK......`/`BU........`, and writes
    `target_folder/pc6_huisnummer.csv.gz`. Returns the number of addresses written.
    """
    gemeente = config.cbs_code.removeprefix("GM").lstrip("0")
    rows = []
    for record in _read_cbs(source):
        if record["gemeente"].removeprefix("GM").lstrip("0") != gemeente:
            continue
        rows.append(
            (
                record["pc6"],
                record["huisnummer"],
                _code("WK", record["wijk"], 6),
                _code("BU", record["buurt"], 8),
            )
        )
    if not rows:
        raise ValueError(f"{source.name}: no addresses of {config.name} ({config.cbs_code}) found")
    target_folder.mkdir(parents=True, exist_ok=True)
    with gzip.open(target_folder / PC6_FILE, "wt", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["pc6", "huisnummer", "wijk", "buurt"])
        writer.writerows(rows)
    return len(rows)


def _read_cbs(source: Path) -> Iterable[dict[str, str]]:
    opener = gzip.open if source.suffix == ".gz" else open
    with opener(source, "rt", encoding="utf-8-sig", newline="") as handle:  # type: ignore[operator]
        reader = csv.reader(handle, delimiter=";")
        header = [h.strip().strip('"').lower() for h in next(reader)]
        columns = {}
        for wanted in ("pc6", "huisnummer", "buurt", "wijk", "gemeente"):
            matches = [i for i, h in enumerate(header) if h.startswith(wanted)]
            if not matches:
                raise ValueError(f"{source.name}: column {wanted} missing (header: {header})")
            columns[wanted] = matches[0]
        for line in reader:
            if len(line) < len(header):
                continue
            yield {
                k: line[i].strip().strip('"').replace(" ", "").upper() for k, i in columns.items()
            }


def _code(prefix: str, value: str, digits: int) -> str:
    value = value.upper().removeprefix(prefix)
    return f"{prefix}{value.zfill(digits)}" if value.isdigit() else value

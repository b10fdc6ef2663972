"""GeoLocator: points, postcodes, names and neighbours to a Location (both demo municipalities)."""

from __future__ import annotations

import csv
import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.domain import Channel, GeoPoint
from routing.geo import PC6_FILE, GeoLocator, import_pc6, read_polygons
from routing.municipality import load_municipality
from routing.rules import RuleRouter

ROOT = Path(__file__).resolve().parents[2] / "municipalities"


def _locator(slug: str) -> GeoLocator:
    return GeoLocator.from_folder(ROOT / slug, load_municipality(ROOT / slug))


@pytest.fixture(scope="module")
def utrecht() -> GeoLocator:
    return _locator("utrecht")


@pytest.fixture(scope="module")
def zeist() -> GeoLocator:
    return _locator("zeist")


@pytest.mark.parametrize("slug", ["utrecht", "zeist"])
def test_points_inside_each_wijk_polygon_resolve_to_that_wijk(slug: str) -> None:
    locator = _locator(slug)
    polygons = read_polygons(ROOT / slug / "wijken.geojson")
    assert len(polygons) == len(locator.wijken())
    for code, polygon in polygons.items():
        for point in (polygon.representative_point(), polygon.centroid):
            if not polygon.contains(point):
                continue
            location = locator.from_point(GeoPoint(lat=point.y, lon=point.x))
            assert location is not None and location.wijk == code, code
            assert location.kind == "point" and location.outside is None


@pytest.mark.parametrize("slug", ["utrecht", "zeist"])
def test_pc4_centroids_agree_with_polygons(slug: str) -> None:
    locator = _locator(slug)
    with (ROOT / slug / "pc4_wijk.csv").open() as handle:
        for row in csv.DictReader(handle):
            point = GeoPoint(float(row["centroid_lat"]), float(row["centroid_lon"]))
            assert locator.from_point(point).wijk == row["wijk_code"]  # type: ignore[union-attr]
            assert locator.from_text(f"postcode {row['pc4']}").wijk == row["wijk_code"]  # type: ignore[union-attr]


def test_point_far_outside_is_outside(utrecht: GeoLocator) -> None:
    location = utrecht.from_point(GeoPoint(lat=52.37, lon=4.89))  # Amsterdam
    assert location is not None and location.wijk is None and location.outside == ""


@pytest.mark.parametrize(
    ("text", "wijk", "kind"),
    [
        ("de straatverlichting in Overvecht is kapot", "WK034403", "wijk"),
        ("ik woon in lombok", "WK034401", "buurt"),
        ("in kanaleneilnd staat alles vol", "WK034408", "buurt"),
        ("afval op de Oudegracht 150", "WK034406", "address"),
        ("mijn postcode is 3561 AB", "WK034403", "postcode"),
        ("we zitten in De Meern", "WK034410", "village"),
        ("ik woon in Lombok, niet in Nieuwegein", "WK034401", "buurt"),
        ("in Hoograven wordt gedeald", "WK034407", "buurt"),  # Oud + Nieuw Hoograven
        ("fietsen gesloopt op de Uithof", "WK034405", "buurt"),
        ("verhuisd naar de Jan van Scorelstr. en nu?", "WK034405", "street"),  # "str." for straat
        ("nergens plasticcontainers in de hele binnenstad", "WK034406", "wijk"),
        ("Wie is de wijkregisseur voor Oost?", "WK034405", "wijk"),  # a compass name, named by its people
    ],
)
def test_text_inside_utrecht(utrecht: GeoLocator, text: str, wijk: str, kind: str) -> None:
    location = utrecht.from_text(text)
    assert location is not None
    assert (location.wijk, location.kind, location.outside) == (wijk, kind, None)


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        ("ik woon in Nieuwegein", "Nieuwegein"),
        ("mijn postcode is 3431 AB", "Nieuwegein"),
        ("wij wonen in Maarssen", "Stichtse Vecht"),
        ("postcode 3734", "Zeist"),  # Den Dolder: longest prefix wins over 373 (De Bilt)
        ("wij wonen in houten maar werken hier", "Houten"),
    ],
)
def test_text_outside_utrecht(utrecht: GeoLocator, text: str, outside: str) -> None:
    location = utrecht.from_text(text)
    assert location is not None and location.wijk is None and location.outside == outside


@pytest.mark.parametrize(
    "text",
    [
        "de lantaarnpaal is kapot",
        "ik woon in Utrecht",
        "sinds 2019 is het mis",
        "het kost 3450 euro",
    ],
)
def test_no_location(utrecht: GeoLocator, text: str) -> None:
    assert utrecht.from_text(text) is None


def test_zeist_villages_and_austerlitz(zeist: GeoLocator) -> None:
    dolder = next(w.code for w in zeist.wijken() if w.name.startswith("Den Dolder"))
    for text in ("in Huis ter Heide", "bosch en duin", "Den Dolder", "postcode 3734"):
        assert zeist.from_text(text).wijk == dolder, text  # type: ignore[union-attr]
    austerlitz = zeist.from_text("bij ons in Austerlitz")
    assert austerlitz is not None and austerlitz.buurt == "Austerlitz"
    by_postcode = zeist.from_text("postcode 3711")
    assert by_postcode is not None and by_postcode.buurt == "Austerlitz"
    assert zeist.from_text("wij wonen in Utrecht").outside == "Utrecht"  # type: ignore[union-attr]
    assert zeist.from_text("het gaat om Zeist") is None  # the town itself: no wijk


def test_zeist_names_lower_case_and_misspelt(zeist: GeoLocator) -> None:
    """A two-word name with a typo ("den doldr"), and a name made of ordinary words written
    in lower case after a place word ("in hoge dennen"; without one it stays words)."""
    dolder = zeist.from_text("bij het station in den doldr staat elke middag een auto")
    assert dolder is not None and dolder.buurt == "Den Dolder"
    dennen = zeist.from_text("de container bij de flat in hoge dennen staat vol")
    assert dennen is not None and dennen.buurt == "Hoge Dennen"
    assert zeist.from_text("ik zag hoge dennen in het bos") is None


def test_import_cbs_pc6_file_and_use_it(tmp_path: Path) -> None:
    config = load_municipality(ROOT / "utrecht")
    source = tmp_path / "pc6hnr20230801_gwb.csv"
    source.write_text(
        "PC6;Huisnummer;Buurt2023;Wijk2023;Gemeente2023\n"
        "3511AB;1;03440601;034406;0344\n"
        "3511AB;3;03440601;034406;0344\n"
        "3561XY;10;03440302;034403;0344\n"
        "3431AA;1;03560101;035601;0356\n",  # Nieuwegein: skipped
        encoding="utf-8",
    )
    folder = tmp_path / "utrecht"
    assert import_pc6(source, config, folder) == 3
    with gzip.open(folder / PC6_FILE, "rt") as handle:
        assert next(csv.reader(handle)) == ["pc6", "huisnummer", "wijk", "buurt"]
    for name in ("wijken.geojson", "pc4_wijk.csv", "buurten.csv"):
        (folder / name).write_bytes((ROOT / "utrecht" / name).read_bytes())
    locator = GeoLocator.from_folder(folder, config)
    exact = locator.from_text("3561 XY 10")
    assert exact is not None and (exact.kind, exact.wijk, exact.buurt) == (
        "address",
        "WK034403",
        "BU03440302",
    )
    nearby = locator.from_text("3561XY 12")  # unknown number: the postcode's wijk
    assert nearby is not None and (nearby.kind, nearby.wijk) == ("postcode", "WK034403")


def test_import_rejects_a_file_without_our_addresses(tmp_path: Path) -> None:
    source = tmp_path / "pc6.csv"
    source.write_text(
        "PC6;Huisnummer;Buurt2023;Wijk2023;Gemeente2023\n3431AA;1;03560101;035601;0356\n"
    )
    with pytest.raises(ValueError, match="no addresses"):
        import_pc6(source, load_municipality(ROOT / "utrecht"), tmp_path / "out")


def test_shared_point_in_austerlitz_sets_the_village(zeist: GeoLocator) -> None:
    village = zeist.from_point(GeoPoint(lat=52.0806, lon=5.3144))
    assert village is not None and (village.wijk, village.buurt) == ("WK035504", "Austerlitz")
    town = zeist.from_point(GeoPoint(lat=52.0776, lon=5.2619))  # Zeist-Oost, in town (pc4 3708)
    assert town is not None and (town.wijk, town.buurt) == ("WK035504", None)
    router = RuleRouter(zeist.config)
    now = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    assert router.route("overlast", village, False, Channel.WEB, now).coordinator_id == "wm-dorpen"
    assert router.route("overlast", town, False, Channel.WEB, now).coordinator_id == "wm-oost"


def test_streets_in_two_wijken_are_left_out(tmp_path: Path) -> None:
    from routing.geo import read_streets

    path = tmp_path / "streets.csv"
    path.write_text("straat,wijk_code,buurt\nLangeweg,WK1,\nLangeweg,WK2,\nKorteweg,WK1,Noord\n")
    streets = read_streets(path)
    assert set(streets) == {"Korteweg"} and streets["Korteweg"].buurt == "Noord"

"""The municipality folders load into a valid configuration; mistakes give clear errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from routing.municipality import MunicipalityConfigError, load_municipality

ROOT = Path(__file__).resolve().parents[2] / "municipalities"


@pytest.mark.parametrize(
    ("slug", "name", "code", "title", "wijken"),
    [
        ("utrecht", "Utrecht", "GM0344", "wijkregisseur", 10),
        ("zeist", "Zeist", "GM0355", "wijkmanager", 5),
    ],
)
def test_demo_municipalities_load(slug: str, name: str, code: str, title: str, wijken: int) -> None:
    config = load_municipality(ROOT / slug)
    assert (config.slug, config.name, config.cbs_code) == (slug, name, code)
    assert config.coordinator_title == title
    assert len(config.wijken) == wijken
    assert {t.slug for t in config.themes} == {
        "overlast", "verkeer", "initiatief", "afval", "openbare_ruimte", "zorg", "wonen", "overig",
    }  # fmt: skip
    assert {p.weekday for p in config.opening_hours if p.team is None} == {0, 1, 2, 3, 4}
    # every wijk has exactly one coordinator of its own
    covered = [w for codes in config.coordinator_wijken.values() for w in codes]
    assert sorted(covered) == sorted(w.code for w in config.wijken)
    assert any(t.lead_id for t in config.teams)
    assert all(c.substitute_id for c in config.coordinators if c.id in config.coordinator_wijken)
    assert {p.id for p in config.partners} >= {"woningcorporatie"}


def test_utrecht_traffic_coordinator_covers_two_wijken() -> None:
    config = load_municipality(ROOT / "utrecht")
    traffic = [r for r in config.rules if r.theme == "verkeer" and r.target_kind == "coordinator"]
    assert len({r.area for r in traffic}) == 2
    assert {r.target_id for r in traffic} == {"verkeerscoordinator"}


def test_zeist_villages_and_austerlitz_share_one_wijkmanager() -> None:
    config = load_municipality(ROOT / "zeist")
    dolder = next(w.code for w in config.wijken if w.name.startswith("Den Dolder"))
    targets = {(r.area_kind, r.area): r.target_id for r in config.rules if r.area}
    assert targets[("wijk", dolder)] == targets[("buurt", "Austerlitz")]


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    shutil.copytree(ROOT / "utrecht", folder)
    return folder


def test_unknown_rule_target_is_reported_with_its_position(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    rules = folder / "rules.toml"
    rules.write_text(rules.read_text() + '\n[[rule]]\ntarget = "coordinator:nobody"\n')
    with pytest.raises(MunicipalityConfigError, match=r"rule 16: unknown coordinator 'nobody'"):
        load_municipality(folder)


def test_bad_target_syntax_and_both_areas(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "rules.toml").write_text('[[rule]]\ntarget = "someone"\n')
    with pytest.raises(MunicipalityConfigError, match="target must look like"):
        load_municipality(folder)
    (folder / "rules.toml").write_text(
        '[[rule]]\nwijk = "WK034401"\nbuurt = "Lombok-Oost"\ntarget = "team:wijkregie"\n'
    )
    with pytest.raises(MunicipalityConfigError, match="either wijk or buurt"):
        load_municipality(folder)


def test_unknown_substitute_and_missing_file(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    people = folder / "coordinators.toml"
    people.write_text(
        people.read_text().replace('substitute = "wr-noordwest"', 'substitute = "x"', 1)
    )
    with pytest.raises(MunicipalityConfigError, match="unknown substitute 'x'"):
        load_municipality(folder)
    (folder / "partners.toml").unlink()
    with pytest.raises(MunicipalityConfigError, match=r"partners\.toml is missing"):
        load_municipality(folder)


def test_bad_opening_hours(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    base = folder / "municipality.toml"
    base.write_text(base.read_text().replace('closes = "17:00"', 'closes = "07:00"', 1))
    with pytest.raises(MunicipalityConfigError, match="must be after opens"):
        load_municipality(folder)


def test_faq_is_read_when_present(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "faq.toml").write_text(
        '[[faq]]\nslug = "afvalkalender"\ntheme = "afval"\nquestions = ["wanneer wordt afval opgehaald?"]\n'
        'answer_nl = "Kijk in de afvalkalender."\n'
    )
    config = load_municipality(folder)
    assert [f.slug for f in config.faq] == ["afvalkalender"]
    (folder / "faq.toml").write_text(
        '[[faq]]\nslug = "x"\ntheme = "nope"\nquestions = ["q"]\nanswer_nl = "a"\n'
    )
    with pytest.raises(MunicipalityConfigError, match="unknown theme 'nope'"):
        load_municipality(folder)

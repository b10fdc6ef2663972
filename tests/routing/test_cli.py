"""`wijkbot routing check`, `wijkbot routing import-pc6` and `wijkbot outbox run --once`."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from routing.cli import register


def main(argv: list[str]) -> int:
    """Only the routing package's commands, as `wijkbot` registers them."""
    parser = argparse.ArgumentParser(prog="wijkbot")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args))


ROOT = Path(__file__).resolve().parents[2] / "municipalities"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data dir and a copy of the municipality folders."""
    folders = tmp_path / "municipalities"
    for slug in ("utrecht", "zeist"):
        shutil.copytree(ROOT / slug, folders / slug)
    monkeypatch.setenv("WIJKBOT_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("WIJKBOT_MUNICIPALITIES_DIR", str(folders))
    monkeypatch.delenv("WIJKBOT_DATABASE_URL", raising=False)
    monkeypatch.delenv("WIJKBOT_TELEGRAM_TOKEN", raising=False)
    (tmp_path / "var").mkdir()
    return folders


def test_routing_check_prints_the_matrix(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["routing", "check", "--folder", "--municipality", "zeist"]) == 0
    out = capsys.readouterr().out
    assert "Den Dolder e.o." in out and "regel 3: alles in Austerlitz → wijkmanager dorpen" in out
    assert "Alle combinaties" in out


def test_routing_check_strict_fails_on_gaps(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = env / "utrecht" / "rules.toml"
    text = rules.read_text()
    rules.write_text(text[: text.index("# No wijk known")])  # drop the catch-all rule
    assert main(["routing", "check", "--folder", "--strict"]) == 1
    assert "geen regel voor thema 'afval' in een onbekende wijk" in capsys.readouterr().out
    (env / "utrecht" / "rules.toml").write_text('[[rule]]\ntarget = "team:nobody"\n')
    assert main(["routing", "check", "--folder"]) == 2


def test_import_pc6_command(env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "pc6.csv"
    source.write_text(
        "PC6;Huisnummer;Buurt2024;Wijk2024;Gemeente2024\n3511AB;1;03440601;034406;0344\n"
    )
    assert main(["routing", "import-pc6", str(source)]) == 0
    assert (env / "utrecht" / "pc6_huisnummer.csv.gz").exists()
    assert main(["routing", "import-pc6", str(source), "--data-dir"]) == 0
    assert (tmp_path / "var" / "utrecht" / "pc6_huisnummer.csv.gz").exists()
    assert main(["routing", "import-pc6", str(tmp_path / "missing.csv")]) == 1
    assert "1 adressen van Utrecht" in capsys.readouterr().out


def test_outbox_run_once(env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outbox", "run", "--once"]) == 1  # not migrated: a clear error, no crash
    from storage.migrate import upgrade

    upgrade(f"sqlite:///{tmp_path / 'var' / 'wijkbot.sqlite3'}")
    assert main(["outbox", "run", "--once", "--now", "2026-11-24T10:00:00+01:00"]) == 0
    assert "0 verstuurd, 0 mislukt" in capsys.readouterr().out


def test_routing_evaluate(env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = tmp_path / "sample.jsonl"
    sample.write_text(
        '{"id": "a", "text": "zwerfvuil bij de Zambesidreef", "wijk": "WK034403"}\n'
        '{"id": "b", "text": "kapotte bank in het park", "wijk": null}\n'
        '{"id": "c", "text": "ik woon in Houten", "wijk": null}\n'
        '{"id": "d", "text": "overlast in de wijk", "wijk": "WK034401"}\n'
    )
    assert main(["routing", "evaluate", str(sample), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "wijk accuracy 0.750 (3/4)" in out and "d: expected WK034401, got None" in out

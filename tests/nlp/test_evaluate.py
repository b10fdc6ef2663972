import argparse
import json
from pathlib import Path

from core.domain import FaqEntry
from nlp.analyzer import KeywordAnalyzer
from nlp.evaluate import evaluate_rows, read_jsonl, summary_lines, write_report
from nlp.metrics import binary_pr, fit_temperature, macro_f1, per_label_prf

ROWS = [
    {
        "id": "a",
        "text": "De container is vol",
        "theme": "afval",
        "urgent": False,
        "faq": None,
        "wijk": None,
        "lang": "nl",
    },
    {
        "id": "b",
        "text": "Er staat een auto in brand!",
        "theme": "verkeer",
        "urgent": True,
        "faq": None,
        "wijk": None,
        "lang": "nl",
    },
    {
        "id": "c",
        "text": "Hoe meld ik een kapotte lantaarnpaal?",
        "theme": "openbare_ruimte",
        "urgent": False,
        "faq": "straatverlichting-melden",
        "wijk": None,
        "lang": "nl",
    },
    {
        "id": "d",
        "text": "hello",
        "theme": "overig",
        "urgent": False,
        "faq": None,
        "wijk": None,
        "lang": "en",
    },
    {
        "id": "e",
        "text": "qwerty",
        "theme": "zorg",
        "urgent": False,
        "faq": None,
        "wijk": None,
        "lang": "nl",
    },
]


def test_metrics() -> None:
    per = per_label_prf(["a", "a", "b"], ["a", "b", "b"], ["a", "b"])
    assert per["a"] == {"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "support": 2}
    assert abs(macro_f1(per) - (2 / 3 + 2 / 3) / 2) < 1e-9
    assert binary_pr([True, False, True], [True, True, False])["recall"] == 0.5
    overconfident = [{"a": 0.99, "b": 0.01}, {"a": 0.99, "b": 0.01}]
    assert fit_temperature(overconfident, ["a", "b"]) > 1.0


def test_evaluate_and_report_folder(tmp_path: Path, utrecht_faq: list[FaqEntry]) -> None:
    report, results = evaluate_rows(KeywordAnalyzer(utrecht_faq), ROWS, None)
    assert report["n"] == 5
    assert report["urgent"]["recall"] == 1.0
    assert report["faq"]["accuracy"] == 1.0 and report["faq"]["with_faq"] == 1
    assert report["wijk"]["accuracy"] is None
    assert any("macro-F1" in line for line in summary_lines(report))
    write_report(tmp_path / "rep", report, ROWS, results)
    for name in ("report.json", "confusion.png", "confidence.png", "errors.jsonl"):
        assert (tmp_path / "rep" / name).stat().st_size > 0
    errors = [
        json.loads(line) for line in (tmp_path / "rep" / "errors.jsonl").read_text().splitlines()
    ]
    assert [e["id"] for e in errors] == ["e"] and errors[0]["errors"] == ["theme"]
    assert json.loads((tmp_path / "rep" / "report.json").read_text())["n"] == 5


def test_read_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n\n", encoding="utf-8")
    assert read_jsonl(path) == ROWS


def test_cli_registers_nlp_commands() -> None:
    from nlp.cli import register

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        ["nlp", "evaluate", "x.jsonl", "--report", "out", "--municipality", "zeist"]
    )
    assert args.file == Path("x.jsonl") and args.municipality == "zeist" and callable(args.func)
    assert callable(parser.parse_args(["nlp", "train", "--seed", "3"]).func)
    assert parser.parse_args(["nlp", "crossval", "--folds", "3"]).folds == 3

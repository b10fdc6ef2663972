"""Evaluate an analyzer on a JSONL file (the dev-set format) and write a report folder.

Each line: {"id", "text", "theme", "urgent", "faq", "wijk", "lang"}. Printed and written:
per-theme precision/recall/F1, macro-F1, urgent recall and precision, FAQ accuracy (an
abstention on a question that has an FAQ counts as wrong; an FAQ given to a message without
one counts as a false answer), wijk accuracy (when the routing package is importable) and
language accuracy. The report folder gets report.json, confusion.png, confidence.png and
errors.jsonl (message text included: evaluation sets are not resident data).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core.ports import Analysis, Analyzer
from nlp.analyzer import THEMES
from nlp.metrics import binary_pr, confusion, macro_f1, per_label_prf

log = logging.getLogger(__name__)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def faq_scores(rows: Sequence[dict[str, Any]], results: Sequence[Analysis]) -> dict[str, Any]:
    asked = [(r, a) for r, a in zip(rows, results, strict=True) if r.get("faq")]
    not_asked = [(r, a) for r, a in zip(rows, results, strict=True) if not r.get("faq")]
    correct = sum(1 for r, a in asked if a.faq == r["faq"])
    abstained = sum(1 for _, a in asked if a.faq is None)
    false_answers = sum(1 for _, a in not_asked if a.faq is not None)
    all_correct = correct + len(not_asked) - false_answers
    return {
        "accuracy": correct / len(asked) if asked else None,
        "accuracy_all": all_correct / len(rows) if rows else None,
        "with_faq": len(asked),
        "abstained": abstained,
        "false_answers": false_answers,
    }


def wijk_scores(rows: Sequence[dict[str, Any]], municipality_dir: Path | None) -> dict[str, Any]:
    """Wijk accuracy via routing's locator; n/a while routing is not importable."""
    labelled = [r for r in rows if r.get("wijk")]
    if municipality_dir is None or not labelled:
        return {"accuracy": None, "n": len(labelled), "note": "no municipality or no labels"}
    try:
        from routing.geo import GeoLocator
        from routing.municipality import load_municipality

        config = load_municipality(municipality_dir)
        locator = GeoLocator.from_folder(municipality_dir, config)
    except Exception as exc:  # routing is built in parallel; evaluation must still run
        return {"accuracy": None, "n": len(labelled), "note": f"n/a: {type(exc).__name__}: {exc}"}
    hits, errors = 0, []
    for row in labelled:
        location = locator.from_text(row["text"])
        found = location.wijk if location else None
        hits += found == row["wijk"]
        if found != row["wijk"]:
            errors.append({"id": row.get("id"), "gold": row["wijk"], "found": found})
    return {"accuracy": hits / len(labelled), "n": len(labelled), "errors": errors}


def corpus_overlap(rows: Sequence[dict[str, Any]]) -> int:
    """How many evaluated texts occur verbatim in the training corpus (should be 0)."""
    from nlp.text import normalize
    from nlp.train import CORPUS, load_rows

    seen = {normalize(r["text"]) for r in load_rows(CORPUS)} if CORPUS.is_file() else set()
    return sum(1 for r in rows if normalize(r["text"]) in seen)


def evaluate_rows(
    analyzer: Analyzer, rows: Sequence[dict[str, Any]], municipality_dir: Path | None = None
) -> tuple[dict[str, Any], list[Analysis]]:
    results = analyzer.analyze_many([r["text"] for r in rows])
    gold = [r["theme"] for r in rows]
    pred = [a.theme for a in results]
    per = per_label_prf(gold, pred, THEMES)
    report = {
        "n": len(rows),
        "analyzer": type(analyzer).__name__,
        "theme": {
            "macro_f1": macro_f1(per),
            "accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / max(1, len(rows)),
            "per_theme": per,
            "needs_confirmation": sum(a.needs_confirmation for a in results),
            "confusion": {"labels": list(THEMES), "matrix": confusion(gold, pred, THEMES)},
        },
        "urgent": binary_pr([bool(r.get("urgent")) for r in rows], [a.urgent for a in results]),
        "faq": faq_scores(rows, results),
        "wijk": wijk_scores(rows, municipality_dir),
        "seen_in_training_corpus": corpus_overlap(rows),
        "lang_accuracy": sum(
            r.get("lang", "nl") == a.lang for r, a in zip(rows, results, strict=True)
        )
        / max(1, len(rows)),
    }
    return report, results


def errors_of(rows: Sequence[dict[str, Any]], results: Sequence[Analysis]) -> list[dict[str, Any]]:
    out = []
    for row, a in zip(rows, results, strict=True):
        kinds = [
            kind
            for kind, wrong in (
                ("theme", row["theme"] != a.theme),
                ("urgent", bool(row.get("urgent")) != a.urgent),
                ("faq", (row.get("faq") or None) != a.faq),
            )
            if wrong
        ]
        if kinds:
            out.append(
                {
                    "id": row.get("id"),
                    "text": row["text"],
                    "errors": kinds,
                    "gold": {k: row.get(k) for k in ("theme", "urgent", "faq")},
                    "pred": {
                        "theme": a.theme,
                        "confidence": round(a.confidence, 3),
                        "urgent": a.urgent,
                        "urgent_reason": a.urgent_reason,
                        "faq": a.faq,
                        "faq_score": round(a.faq_score, 3),
                        "is_question": a.is_question,
                    },
                }
            )
    return out


def write_report(
    folder: Path,
    report: dict[str, Any],
    rows: Sequence[dict[str, Any]],
    results: Sequence[Analysis],
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.json").write_text(
        json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    with (folder / "errors.jsonl").open("w", encoding="utf-8") as fh:
        for item in errors_of(rows, results):
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    from nlp.plots import confidence_histogram, confusion_png

    confusion_png(folder / "confusion.png", report["theme"]["confusion"])
    right = [a.confidence for r, a in zip(rows, results, strict=True) if r["theme"] == a.theme]
    wrong = [a.confidence for r, a in zip(rows, results, strict=True) if r["theme"] != a.theme]
    confidence_histogram(folder / "confidence.png", right, wrong)


def summary_lines(report: dict[str, Any]) -> list[str]:
    theme, urgent, faq, wijk = report["theme"], report["urgent"], report["faq"], report["wijk"]
    lines = [f"{'theme':<16} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"]
    for label, s in theme["per_theme"].items():
        lines.append(
            f"{label:<16} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {int(s['support']):5d}"
        )
    fmt = lambda v: "n/a" if v is None else f"{v:.3f}"  # noqa: E731
    lines += [
        f"macro-F1 {theme['macro_f1']:.3f}  accuracy {theme['accuracy']:.3f}  (analyzer: {report['analyzer']}, n={report['n']})",
        f"urgent recall {urgent['recall']:.3f} precision {urgent['precision']:.3f} (n={urgent['support']})",
        f"FAQ accuracy {fmt(faq['accuracy'])} (n={faq['with_faq']}, abstained {faq['abstained']}, false answers {faq['false_answers']})",
        f"wijk accuracy {fmt(wijk['accuracy'])} (n={wijk['n']}) {wijk.get('note', '')}".rstrip(),
        f"language accuracy {report['lang_accuracy']:.3f}",
        f"texts also in the training corpus: {report['seen_in_training_corpus']}",
    ]
    return lines

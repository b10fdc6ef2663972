"""Grouped k-fold cross-validation on the training corpus.

Rows generated from the same template share a `group`, and a group never spans train and
test folds: otherwise near-duplicates would flatter the scores.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nlp.analyzer import THEMES, calibrate
from nlp.metrics import binary_pr, fit_temperature, macro_f1, per_label_prf
from nlp.train import (
    CONFIG,
    CORPUS,
    URGENT_THRESHOLDS,
    _load_config,
    fit,
    load_rows,
    predict,
    urgent_signals,
)


def folds_of(rows: Sequence[dict[str, Any]], k: int, seed: int) -> list[list[int]]:
    groups: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        groups.setdefault(str(row.get("group", i)), []).append(i)
    keys = sorted(groups)
    random.Random(seed).shuffle(keys)
    folds: list[list[int]] = [[] for _ in range(k)]
    for n, key in enumerate(keys):
        folds[n % k].extend(groups[key])
    return folds


def score_fold(nlp: Any, rows: Sequence[dict[str, Any]], urgent_threshold: float) -> dict[str, Any]:
    docs = predict(nlp, [r["text"] for r in rows])
    probs = [{k: v for k, v in d.cats.items() if k in THEMES} for d in docs]
    gold = [r["theme"] for r in rows]
    pred = [max(p.items(), key=lambda kv: kv[1])[0] for p in probs]
    rules, heads = urgent_signals(rows, docs)
    urgent_gold = [bool(r["urgent"]) for r in rows]
    urgent_pred = [r or h >= urgent_threshold for r, h in zip(rules, heads, strict=True)]
    return {
        "macro_f1": macro_f1(per_label_prf(gold, pred, THEMES)),
        "urgent": binary_pr(urgent_gold, urgent_pred),
        "temperature": fit_temperature(probs, gold),
        "probs": probs,
        "gold": gold,
        "urgent_out_of_fold": (urgent_gold, rules, heads),
    }


def urgent_by_threshold(results: Sequence[dict[str, Any]], thresholds: Sequence[float]) -> dict[str, Any]:
    """Urgent precision and recall of rules-or-head over all out-of-fold predictions, per
    threshold of the head."""
    gold, rules, heads = ([x for r in results for x in r["urgent_out_of_fold"][k]] for k in range(3))
    return {
        f"{t:.2f}": binary_pr(gold, [f or h >= t for f, h in zip(rules, heads, strict=True)])
        for t in thresholds
    }


def crossval(
    folds: int = 5,
    seed: int = 0,
    *,
    corpus: Path = CORPUS,
    config_path: Path = CONFIG,
    overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    config = _load_config(config_path, {"system.seed": seed, **(overrides or {})})
    rows = load_rows(corpus)
    threshold = config["training"]["urgent_threshold"]
    results = []
    started = time.perf_counter()
    for test_idx in folds_of(rows, folds, seed):
        test_set = set(test_idx)
        nlp = fit(config, [r for i, r in enumerate(rows) if i not in test_set], seed)
        results.append(score_fold(nlp, [rows[i] for i in test_idx], threshold))
    probs = [p for r in results for p in r["probs"]]
    gold = [g for r in results for g in r["gold"]]
    temperature = fit_temperature(probs, gold)
    confident = [max(calibrate(p, temperature).values()) for p in probs]
    summary = {
        "folds": folds,
        "macro_f1_mean": sum(r["macro_f1"] for r in results) / folds,
        "macro_f1_per_fold": [round(r["macro_f1"], 4) for r in results],
        "urgent_recall_mean": sum(r["urgent"]["recall"] for r in results) / folds,
        "urgent_precision_mean": sum(r["urgent"]["precision"] for r in results) / folds,
        "temperature": temperature,
        "mean_calibrated_confidence": sum(confident) / len(confident),
        "seconds": round(time.perf_counter() - started, 1),
        "urgent_threshold": threshold,
        "urgent_by_threshold": urgent_by_threshold(results, URGENT_THRESHOLDS),
    }
    hidden = ("probs", "gold", "urgent_out_of_fold")
    return {
        "summary": summary,
        "folds": [{k: v for k, v in r.items() if k not in hidden} for r in results],
    }

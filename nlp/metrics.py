"""Plain-Python evaluation metrics (no scikit-learn at run time)."""

from __future__ import annotations

import math
from collections.abc import Sequence


def per_label_prf(
    gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]
) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}
    return out


def macro_f1(per_label: dict[str, dict[str, float]]) -> float:
    present = [v["f1"] for v in per_label.values() if v["support"] > 0]
    return sum(present) / len(present) if present else 0.0


def binary_pr(gold: Sequence[bool], pred: Sequence[bool]) -> dict[str, float]:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g and not p)
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "support": tp + fn,
        "false_positives": fp,
        "false_negatives": fn,
    }


def recall_first_threshold(
    gold: Sequence[bool],
    fixed: Sequence[bool],
    scores: Sequence[float],
    min_precision: float,
    candidates: Sequence[float],
) -> float | None:
    """The lowest of `candidates` at which "`fixed` (e.g. a rule fired) or score >= threshold"
    keeps a precision of at least `min_precision` on these labelled examples (recall first);
    None if none does."""
    for threshold in sorted(candidates):
        pred = [f or s >= threshold for f, s in zip(fixed, scores, strict=True)]
        if binary_pr(gold, pred)["precision"] >= min_precision:
            return threshold
    return None


def fit_temperature(probs: Sequence[dict[str, float]], gold: Sequence[str]) -> float:
    """Temperature minimising the negative log-likelihood of held-out softmax outputs."""

    def nll(t: float) -> float:
        total = 0.0
        for p, g in zip(probs, gold, strict=True):
            logits = {k: math.log(max(v, 1e-9)) / t for k, v in p.items()}
            top = max(logits.values())
            log_z = top + math.log(sum(math.exp(v - top) for v in logits.values()))
            total -= logits.get(g, math.log(1e-9)) - log_z
        return total / max(1, len(gold))

    grid = [0.25 + 0.05 * i for i in range(76)]  # 0.25 .. 4.0
    return min(grid, key=nll)


def confusion(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> list[list[int]]:
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred, strict=True):
        if g in index and p in index:
            matrix[index[g]][index[p]] += 1
    return matrix

"""Report figures (matplotlib, Agg backend; imported only when a report is written)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def confusion_png(path: Path, confusion: dict[str, Any]) -> None:
    plt = _pyplot()
    labels, matrix = confusion["labels"], confusion["matrix"]
    fig, ax = plt.subplots(figsize=(7, 6))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    for i, row in enumerate(matrix):
        for j, value in enumerate(row):
            if value:
                ax.text(j, i, str(value), ha="center", va="center", fontsize=8)
    ax.set_title("Theme confusion matrix")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def confidence_histogram(path: Path, right: Sequence[float], wrong: Sequence[float]) -> None:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 4))
    bins = [i / 20 for i in range(21)]
    ax.hist(
        [list(right), list(wrong)],
        bins=bins,
        label=["right", "wrong"],
        color=["#4c9a2a", "#c0392b"],
    )
    ax.set_xlabel("theme confidence (calibrated)")
    ax.set_ylabel("messages")
    ax.legend()
    ax.set_title("Confidence of right vs wrong theme predictions")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)

"""Side by side on an evaluation file: Signalen's approach vs the Wijkbot pipeline (not a test).

    .venv/bin/python -m bench.nlp_baseline FILE.jsonl [--model var/model]

Signalen's classifier is TF-IDF + logistic regression (scikit-learn, a dev dependency). Both
are trained on the same corpus (nlp/corpus/train.jsonl); both are scored on FILE (theme
macro-F1 and accuracy; urgent recall/precision where the system has a notion of urgency)
and timed in messages per second.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from nlp.analyzer import THEMES
from nlp.evaluate import read_jsonl
from nlp.metrics import binary_pr, macro_f1, per_label_prf
from nlp.train import CORPUS, load_rows


def train_baseline(rows: list[dict[str, Any]], seed: int = 0) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(
        TfidfVectorizer(lowercase=True, ngram_range=(1, 2), min_df=1, sublinear_tf=True),
        LogisticRegression(max_iter=2000, C=10.0, random_state=seed),
    )
    model.fit([r["text"] for r in rows], [r["theme"] for r in rows])
    return model


def score(gold: list[str], pred: list[str]) -> dict[str, float]:
    per = per_label_prf(gold, pred, THEMES)
    return {
        "macro_f1": round(macro_f1(per), 4),
        "accuracy": round(sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold), 4),
    }


def timed(fn: Any, texts: list[str]) -> tuple[Any, float]:
    started = time.perf_counter()
    out = fn(texts)
    return out, len(texts) / (time.perf_counter() - started)


def main() -> None:
    from nlp.analyzer import load_analyzer
    from nlp.faq import load_faq_toml
    from wijkbot.settings import get_settings

    settings = get_settings()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path)
    parser.add_argument("--model", type=Path, default=settings.model_path)
    args = parser.parse_args()
    rows = read_jsonl(args.file)
    texts, gold = [r["text"] for r in rows], [r["theme"] for r in rows]
    baseline = train_baseline(load_rows(CORPUS))
    base_pred, base_rate = timed(lambda t: list(baseline.predict(t)), texts * 20)
    analyzer = load_analyzer(args.model, load_faq_toml(settings.municipality_dir / "faq.toml"))
    results, rate = timed(analyzer.analyze_many, texts * 20)
    ours = [a.theme for a in results[: len(texts)]]
    print(
        json.dumps(
            {
                "file": str(args.file),
                "n": len(rows),
                "tfidf_logreg": {
                    **score(gold, [str(p) for p in base_pred[: len(texts)]]),
                    "messages_per_s": round(base_rate),
                },
                "wijkbot": {
                    **score(gold, ours),
                    "analyzer": type(analyzer).__name__,
                    "urgent": binary_pr(
                        [bool(r.get("urgent")) for r in rows],
                        [a.urgent for a in results[: len(texts)]],
                    ),
                    "messages_per_s": round(rate),
                    "note": "includes urgency rules, FAQ retrieval, language detection",
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()

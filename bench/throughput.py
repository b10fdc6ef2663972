"""Throughput benchmark (not a test): the analyzer vs bare spacy.blank("nl") tokenisation.

    .venv/bin/python -m bench.throughput [--model var/model] [--n 10000]

Messages are drawn from the training corpus (repeated, with a counter appended so no two are
identical). Reports messages/s for both, their ratio (target >= 30%), and the pipeline's
load time (target < 3 s).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from nlp.train import CORPUS, load_rows


def messages(n: int) -> list[str]:
    texts = [r["text"] for r in load_rows(CORPUS)]
    return [f"{texts[i % len(texts)]} ({i})" for i in range(n)]


def bare_tokenisation(texts: list[str]) -> float:
    import spacy

    nlp = spacy.blank("nl")
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return len(texts) / (time.perf_counter() - started)


def analyzer_throughput(
    model: Path, texts: list[str], municipality: Path
) -> tuple[float, float, str]:
    from nlp.analyzer import load_analyzer
    from nlp.faq import load_faq_toml

    faq = load_faq_toml(municipality / "faq.toml")
    started = time.perf_counter()
    analyzer = load_analyzer(model, faq)
    load_seconds = time.perf_counter() - started
    analyzer.analyze_many(texts[:50])  # warm-up
    started = time.perf_counter()
    analyzer.analyze_many(texts)
    return len(texts) / (time.perf_counter() - started), load_seconds, type(analyzer).__name__


def main() -> None:
    from wijkbot.settings import get_settings

    settings = get_settings()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=settings.model_path)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--municipality", type=Path, default=settings.municipality_dir)
    args = parser.parse_args()
    texts = messages(args.n)
    bare = bare_tokenisation(texts)
    full, load_seconds, kind = analyzer_throughput(args.model, texts, args.municipality)
    print(
        json.dumps(
            {
                "messages": len(texts),
                "analyzer": kind,
                "bare_tokenisation_per_s": round(bare),
                "analyze_per_s": round(full),
                "ratio": round(full / bare, 3),
                "target_ratio": 0.30,
                "load_seconds": round(load_seconds, 2),
                "target_load_seconds": 3.0,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()

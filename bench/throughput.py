"""Throughput benchmark (not a test): `wijkbot analyze` vs bare spacy.blank("nl") tokenisation.

    .venv/bin/python -m bench.throughput [--n 10000] [--repeat 3] [--profile FILE]

Issue 3: `wijkbot analyze` over 10,000 messages at >= 30% of the throughput of bare
`spacy.blank("nl")` tokenisation of the same messages, measured in the same run; the pipeline
loads in under 3 s.

- Messages: 10,000 DISTINCT messages built from the training corpus texts, most with a place
  added the way residents write it (a buurt, wijk, village or street of the municipality, with
  or without a house number, a postcode, or a place elsewhere); no two messages are equal, so
  nothing is won from repeats.
- Bare: `spacy.blank("nl").pipe(texts, batch_size=256)` (a blank pipeline: tokenizer only).
- Analyze: `wijkbot.commands.analyze_output` over the same messages as JSON lines, exactly what
  `wijkbot analyze` runs between reading stdin and writing stdout: parsing each line, analysis
  in batches of 256, location, route and next pickup, and the JSON output lines.
- Pipeline only (for reference, the floor of the current design): the analyzer's spaCy part
  alone: tokenizer, the shared features and the three classifier heads.
- All are timed `--repeat` times in alternation, single process; the best run of each counts.
- All cores (for reference, not the issue's measure): `analyze_output(..., workers=cores)`, what
  `wijkbot analyze` does by default, against the same single-process bare tokenisation.
- Load: analyzer (spaCy model + FAQ index) plus locator/router/schedule, as `analyze` builds them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path
from typing import Any

from nlp.train import CORPUS, load_rows

NOW = "2026-11-25T10:00:00+01:00"
_PLACE_TEMPLATES = (
    " in {name}",
    " Dit is in {name}.",
    ", {name}",
    " (wijk {name})",
    " bij ons in {name}",
    " hier in {name}!",
)
_STREET_TEMPLATES = (" bij {name} {number}", " op de {name}", ", {name} {number}{letter}")
_POSTCODE_TEMPLATES = (" postcode {pc4} {letters}", " ({pc4}{letters} {number})", " in {pc4}")
_ELSEWHERE = ("Amersfoort", "Houten", "Nieuwegein", "Zeist", "Amsterdam", "Maarssen")


def _names(folder: Path) -> dict[str, list[str]]:
    import csv

    def column(file: str, name: str) -> list[str]:
        path = folder / file
        if not path.exists():
            return []
        with path.open(encoding="utf-8", newline="") as handle:
            return sorted({row[name].strip() for row in csv.DictReader(handle) if row[name].strip()})

    return {
        "buurt": column("buurten.csv", "buurt_naam"),
        "wijk": column("buurten.csv", "wijk_naam"),
        "street": column("streets.csv", "straat"),
        "pc4": column("pc4_wijk.csv", "pc4"),
    }


def _with_place(text: str, rng: random.Random, names: dict[str, list[str]]) -> str:
    roll = rng.random()
    number, letter = rng.randint(1, 250), rng.choice(["", "", "", "a", "b"])
    if roll < 0.25 or not any(names.values()):
        return text
    if roll < 0.55 and names["buurt"]:
        place = rng.choice(names["buurt"] + names["wijk"])
        return text.rstrip() + rng.choice(_PLACE_TEMPLATES).format(name=place)
    if roll < 0.75 and names["street"]:
        street = rng.choice(names["street"])
        return text.rstrip() + rng.choice(_STREET_TEMPLATES).format(
            name=street, number=number, letter=letter
        )
    if roll < 0.93 and names["pc4"]:
        letters = "".join(rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
        return text.rstrip() + rng.choice(_POSTCODE_TEMPLATES).format(
            pc4=rng.choice(names["pc4"]), letters=letters, number=number
        )
    return text.rstrip() + rng.choice(_PLACE_TEMPLATES).format(name=rng.choice(_ELSEWHERE))


def messages(n: int, municipality: Path, seed: int = 0) -> list[str]:
    """`n` distinct messages: corpus texts, most with a place mentioned."""
    texts = [r["text"] for r in load_rows(CORPUS)]
    rng = random.Random(seed)
    names = _names(municipality)
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        message = _with_place(rng.choice(texts), rng, names)
        if message not in seen:
            seen.add(message)
            out.append(message)
    return out


def bare_tokenisation(texts: list[str]) -> float:
    import spacy

    nlp = spacy.blank("nl")
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return len(texts) / (time.perf_counter() - started)


def build(settings: Any) -> tuple[Any, Any, Any, float]:
    """What `wijkbot analyze` builds: analyzer and policy; plus the load time in seconds."""
    from wijkbot.bootstrap import build_analyzer, build_policy, folder_config
    from wijkbot.commands import parse_now

    started = time.perf_counter()
    config = folder_config(settings)
    policy = build_policy(settings, config)
    analyzer = build_analyzer(settings, config)
    load_seconds = time.perf_counter() - started
    return analyzer, policy, parse_now(NOW, config.timezone), load_seconds


def pipeline_throughput(texts: list[str], analyzer: Any) -> float | None:
    """The floor: tokenizer, shared features and the three classifier heads only, without
    rules, FAQ retrieval, language, location or routing."""
    from nlp.features import features, tokens

    nlp = getattr(analyzer, "nlp", None)
    if nlp is None:
        return None
    heads = [analyzer._theme, analyzer._urgent, analyzer._faq_head]
    started = time.perf_counter()
    for start in range(0, len(texts), 256):
        docs = list(nlp.tokenizer.pipe(texts[start : start + 256]))
        feats = features(tokens(docs, analyzer._words))
        for head in heads:
            if head is not None:
                head.scores(feats)
    return len(texts) / (time.perf_counter() - started)


def analyze_throughput(
    lines: list[str], analyzer: Any, policy: Any, now: Any, workers: int = 1
) -> float:
    from wijkbot.commands import analyze_output

    started = time.perf_counter()
    output = b"".join(analyze_output(lines, analyzer, policy, now, workers))
    seconds = time.perf_counter() - started
    rows = output.splitlines()
    assert len(rows) == len(lines) and not any(b'"error"' in row for row in rows)
    return len(lines) / seconds


def main() -> None:
    from wijkbot.settings import get_settings

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=Path, help="write a cProfile of one analyze run here")
    args = parser.parse_args()
    settings = get_settings()
    texts = messages(args.n, settings.municipality_dir)
    lines = [json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
    analyzer, policy, now, load_seconds = build(settings)
    analyze_throughput(lines[:300], analyzer, policy, now)  # warm-up (lazy tables)
    bare_runs, analyze_runs, pipeline_runs, parallel_runs = [], [], [], []
    cores = os.cpu_count() or 1
    for _ in range(args.repeat):
        bare_runs.append(bare_tokenisation(texts))
        analyze_runs.append(analyze_throughput(lines, analyzer, policy, now))
        pipeline_runs.append(pipeline_throughput(texts, analyzer) or 0.0)
        parallel_runs.append(analyze_throughput(lines, analyzer, policy, now, cores))
    if args.profile:
        import cProfile

        cProfile.runctx("analyze_throughput(lines, analyzer, policy, now)", globals(),
                        {**locals(), "analyze_throughput": analyze_throughput}, str(args.profile))
    bare, full = max(bare_runs), max(analyze_runs)
    print(
        json.dumps(
            {
                "messages": len(texts),
                "distinct": len(set(texts)),
                "analyzer": type(analyzer).__name__,
                "bare_tokenisation_per_s": round(bare),
                "analyze_per_s": round(full),
                "runs_bare": [round(r) for r in bare_runs],
                "runs_analyze": [round(r) for r in analyze_runs],
                "ratio": round(full / bare, 3),
                "spacy_pipeline_only_per_s": round(max(pipeline_runs)),
                "spacy_pipeline_only_ratio": round(max(pipeline_runs) / bare, 3),
                "target_ratio": 0.30,
                "cores": cores,
                "analyze_all_cores_per_s": round(max(parallel_runs)),
                "all_cores_vs_single_core_bare_ratio": round(max(parallel_runs) / bare, 3),
                "load_seconds": round(load_seconds, 2),
                "target_load_seconds": 3.0,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()

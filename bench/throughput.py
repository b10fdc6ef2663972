"""Throughput benchmark (not a test): `wijkbot analyze` vs bare spacy.blank("nl") tokenisation.

    .venv/bin/python -m bench.throughput [--n 10000] [--repeat 3] [--profile FILE]

Issue 3: `wijkbot analyze` over 10,000 messages at >= 30% of the throughput of bare
`spacy.blank("nl")` tokenisation of the same messages, measured in the same run; the pipeline
loads in under 3 s.

- Messages: 10,000 DISTINCT messages built from the training corpus texts, most with a place
  added the way residents write it (a buurt, wijk, village or street of the municipality, with
  or without a house number, a postcode, or a place elsewhere); no two messages are equal, so
  nothing is won from repeats.
- Cold, like a real `wijkbot analyze` run: every measurement runs in a fresh process that sees
  the messages for the first time (no tokenizer cache, no word memo filled beforehand).
- Bare: a fresh `spacy.blank("nl")`, `nlp.pipe(texts, batch_size=256)` (tokenizer only).
- Analyze: load as `wijkbot analyze` does (timed separately: the load time), then
  `wijkbot.commands.analyze_output` over the messages as JSON lines: exactly what the command
  runs between reading stdin and writing stdout (parsing, analysis in batches of 256, location,
  route, next pickup, the JSON output lines), single process.
- Warm (for reference): the same analyzer over the same messages a second time, in the same
  process (tokenizer cache and word memos filled): what a long-running bot or web process sees.
- All cores: `analyze_output(..., workers=cores)`, what `wijkbot analyze` does by default, cold,
  against the same single-process bare tokenisation.
- Bare on all cores (once, for reference): spaCy's own `nlp.pipe(..., n_process=cores)`; for
  tokenisation alone its process start-up and the docs sent back cost more than they win.
- `--repeat` runs of each, alternating; the best of each counts.
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


def bare_tokenisation(texts: list[str], processes: int = 1) -> float:
    import spacy

    nlp = spacy.blank("nl")
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256, n_process=processes):
        pass
    return len(texts) / (time.perf_counter() - started)


def build(settings: Any) -> tuple[Any, Any, Any, float]:
    """What `wijkbot analyze` loads (`load_for_analysis`), its `now`, and the load time in s."""
    from wijkbot.commands import load_for_analysis, parse_now

    started = time.perf_counter()
    analyzer, policy, config = load_for_analysis(settings)
    load_seconds = time.perf_counter() - started
    return analyzer, policy, parse_now(NOW, config.timezone), load_seconds


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


def child(kind: str, path: Path, profile: Path | None) -> dict[str, float]:
    """One cold measurement in this (fresh) process."""
    from wijkbot.settings import get_settings

    lines = path.read_text(encoding="utf-8").splitlines()
    if kind in ("bare", "bare_all_cores"):
        texts = [json.loads(line)["text"] for line in lines]
        processes = (os.cpu_count() or 1) if kind == "bare_all_cores" else 1
        return {"per_s": bare_tokenisation(texts, processes)}
    analyzer, policy, now, load_seconds = build(get_settings())
    workers = (os.cpu_count() or 1) if kind == "all_cores" else 1
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.runcall(analyze_throughput, lines, analyzer, policy, now, workers)
        profiler.dump_stats(profile)
        return {"per_s": 0.0}
    cold = analyze_throughput(lines, analyzer, policy, now, workers)
    warm = analyze_throughput(lines, analyzer, policy, now, workers)
    return {"per_s": cold, "warm_per_s": warm, "load_seconds": load_seconds}


def measure(kind: str, path: Path, profile: Path | None = None) -> dict[str, float]:
    import subprocess
    import sys

    command = [sys.executable, "-m", "bench.throughput", "--child", kind, "--lines", str(path)]
    if profile:
        command += ["--profile", str(profile)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    import tempfile

    from wijkbot.settings import get_settings

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=Path, help="write a cProfile of one cold analyze run here")
    parser.add_argument(
        "--child", choices=["bare", "analyze", "all_cores", "bare_all_cores"], help=argparse.SUPPRESS
    )
    parser.add_argument("--lines", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.lines, args.profile)))
        return
    texts = messages(args.n, get_settings().municipality_dir)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "messages.jsonl"
        path.write_text(
            "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)),
            encoding="utf-8",
        )
        runs: dict[str, list[dict[str, float]]] = {"bare": [], "analyze": [], "all_cores": []}
        for _ in range(args.repeat):
            for kind in runs:
                runs[kind].append(measure(kind, path))
        runs["bare_all_cores"] = [measure("bare_all_cores", path)]
        if args.profile:
            measure("analyze", path, args.profile)
    report(texts, runs)


def report(texts: list[str], runs: dict[str, list[dict[str, float]]]) -> None:
    def best(kind: str, key: str = "per_s") -> float:
        return max(run[key] for run in runs[kind])

    bare, cold, cores = best("bare"), best("analyze"), os.cpu_count() or 1
    print(
        json.dumps(
            {
                "messages": len(texts),
                "distinct": len(set(texts)),
                "bare_tokenisation_per_s": round(bare),
                "analyze_per_s": round(cold),
                "ratio": round(cold / bare, 3),
                "target_ratio": 0.30,
                "runs_bare": [round(r["per_s"]) for r in runs["bare"]],
                "runs_analyze": [round(r["per_s"]) for r in runs["analyze"]],
                "analyze_warm_per_s": round(best("analyze", "warm_per_s")),
                "warm_ratio": round(best("analyze", "warm_per_s") / bare, 3),
                "cores": cores,
                "analyze_all_cores_per_s": round(best("all_cores")),
                "all_cores_vs_single_core_bare_ratio": round(best("all_cores") / bare, 3),
                "bare_all_cores_per_s": round(best("bare_all_cores")),
                "load_seconds": round(min(r["load_seconds"] for r in runs["analyze"]), 2),
                "target_load_seconds": 3.0,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()

"""Load time from a fresh interpreter (a benchmark, not a test).

    .venv/bin/python -m bench.load [--runs 3]

Issue 3: the pipeline loads in under 3 s. `bench.throughput` times `load_for_analysis` in a
process that has already imported the benchmark; this one starts a new interpreter per run
and times, from its first line, every import, the settings and `load_for_analysis` (model,
FAQ index, locator, holiday tables): what `wijkbot analyze` spends before its first message.
Prints the seconds of each run and the best.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

_CHILD = """
import time
started = time.perf_counter()
from wijkbot.commands import load_for_analysis
from wijkbot.settings import get_settings
load_for_analysis(get_settings())
print(time.perf_counter() - started)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = []
    for _ in range(args.runs):
        done = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True)
        runs.append(round(float(done.stdout.splitlines()[-1]), 2))
    print(json.dumps({"fresh_load_seconds": runs, "best": min(runs), "target_seconds": 3.0}))


if __name__ == "__main__":
    main()

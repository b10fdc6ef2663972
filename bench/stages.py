"""Where the time of a cold `wijkbot analyze` run goes (a benchmark, not a test).

    .venv/bin/python -m bench.stages [--n 10000]

The messages of bench/throughput.py, analysed once by `analyze_output` (single process) in
this fresh process, with the pipeline's own functions wrapped in CPU timers
(`time.process_time`). Each stage's time excludes the stages it calls, so the rows add up to
the timed total. Prints CPU µs per message per stage; the timers add ~1 µs per call.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

_STAGES: dict[str, tuple[str, str]] = {  # name: (module, attribute path in it)
    "parse input line": ("wijkbot.commands", "_parse_line"),
    "word table": ("nlp.features", "tokens"),
    "features": ("nlp.features", "features"),
    "classifier heads": ("nlp.textcat", "ClassifierHead.scores"),
    "FAQ (question test, head, retrieval)": ("nlp.analyzer", "SpacyAnalyzer._faq_matches"),
    "urgency rules": ("nlp.analyzer", "_verdict"),
    "Analysis objects": ("nlp.analyzer", "SpacyAnalyzer._analysis"),
    "location": ("routing.geo", "GeoLocator.from_text"),
    "rounding": ("wijkbot.commands", "_rounded"),
    "output row, route, pickup": ("wijkbot.commands", "_analysis_row"),
    "JSON out": ("wijkbot.commands", "_dump"),
}


class _Clock:
    """Exclusive CPU time per stage: a stage's time stops while a stage it calls runs."""

    def __init__(self) -> None:
        self.spent: Counter[str] = Counter()
        self._stack: list[str] = []
        self._mark = time.process_time()

    def _switch(self) -> None:
        now = time.process_time()
        self.spent[self._stack[-1] if self._stack else "rest"] += now - self._mark
        self._mark = now

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._switch()
            self._stack.append(name)
            try:
                return function(*args, **kwargs)
            finally:
                self._switch()
                self._stack.pop()

        return timed


class _TimedTokenizer:
    """The analyzer's tokenizer, its `pipe` consumed inside the "tokenizer" stage."""

    def __init__(self, tokenizer: Any, clock: _Clock) -> None:
        self._pipe = clock.wrap("tokenizer", lambda texts, **kw: list(tokenizer.pipe(texts, **kw)))

    def pipe(self, texts: Any, **kwargs: Any) -> Iterator[Any]:
        return iter(self._pipe(texts, **kwargs))


def _install(clock: _Clock) -> None:
    import importlib

    for name, (module, path) in _STAGES.items():
        *owners, attribute = path.split(".")
        owner: Any = importlib.import_module(module)
        for part in owners:
            owner = getattr(owner, part)
        setattr(owner, attribute, clock.wrap(name, getattr(owner, attribute)))


def main() -> None:
    from bench.throughput import NOW, build, messages
    from wijkbot.settings import get_settings

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000)
    args = parser.parse_args()
    settings = get_settings()
    texts = messages(args.n, settings.municipality_dir)
    lines = [json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
    analyzer, policy, now, _ = build(settings)
    clock = _Clock()
    _install(clock)
    analyzer.nlp.tokenizer = _TimedTokenizer(analyzer.nlp.tokenizer, clock)
    from wijkbot.commands import analyze_output

    started = clock._mark = time.process_time()
    output = b"".join(analyze_output(lines, analyzer, policy, now, workers=1))
    clock._switch()
    total = time.process_time() - started
    assert len(output.splitlines()) == len(lines)
    print(f"cold, single process, {len(lines)} messages ({NOW}); CPU µs per message:")
    for name, seconds in clock.spent.most_common():
        print(f"  {name:40s} {seconds / len(lines) * 1e6:6.1f}")
    print(f"  {'total':40s} {total / len(lines) * 1e6:6.1f}")


if __name__ == "__main__":
    main()

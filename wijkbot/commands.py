"""The lead sub-commands: terminal chat, batch analysis, seed."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from functools import partial
from itertools import chain, islice
from multiprocessing import get_all_start_methods
from typing import Any, TextIO
from zoneinfo import ZoneInfo

import orjson

from core.domain import Channel, GeoPoint
from core.messages import Button, Inbound, Reply
from wijkbot.settings import Settings, get_settings

BATCH = 256


def parse_now(value: str | None, timezone: str = "Europe/Amsterdam") -> datetime:
    zone = ZoneInfo(timezone)
    if value is None:
        return datetime.now(zone)
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def _settings(args: argparse.Namespace) -> Settings:
    municipality = getattr(args, "municipality", None)
    return get_settings(municipality=municipality) if municipality else get_settings()


# --- seed ------------------------------------------------------------------------------------


def seed(args: argparse.Namespace) -> int:
    from routing.municipality import load_municipality
    from storage.config import save_config
    from storage.db import make_engine, make_session_factory
    from storage.migrate import upgrade

    settings = _settings(args)
    upgrade(settings.sqlalchemy_url)
    config = load_municipality(settings.municipality_dir)
    session_factory = make_session_factory(make_engine(settings.sqlalchemy_url))
    with session_factory() as session:
        save_config(session, config)
        credentials = _demo_users(session, config)
        session.commit()
    print(f"Seeded {config.name}: {len(config.wijken)} wijken, {len(config.coordinators)} "
          f"coordinators, {len(config.rules)} routing rules, {len(config.faq)} FAQ entries.")
    if credentials:
        _print_credentials(credentials, args.credentials or str(settings.data_dir / "demo-logins.txt"))
    return 0


def _demo_users(session: Any, config: Any) -> list[tuple[str, str, str]]:
    try:
        from web.users import create_demo_users
    except ModuleNotFoundError:
        return []
    return create_demo_users(session, config)


def _print_credentials(credentials: list[tuple[str, str, str]], path: str) -> None:
    lines = [f"{role:<12} {user:<24} {password}" for user, password, role in credentials]
    print("Demo logins (role, username, password) — also written to", path)
    print("\n".join(lines))
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


# --- analyze ---------------------------------------------------------------------------------


def analyze(args: argparse.Namespace) -> int:
    analyzer, policy, config = load_for_analysis(_settings(args))
    now = parse_now(args.now, config.timezone)
    out = sys.stdout.buffer
    workers = args.workers if args.workers > 0 else os.cpu_count() or 1
    for block in analyze_output(sys.stdin, analyzer, policy, now, workers):
        out.write(block)
        out.flush()
    return 0


def load_for_analysis(settings: Settings) -> tuple[Any, Any, Any]:
    """What `wijkbot analyze` loads: (analyzer, policy, config). The objects loaded stay for
    the whole run, so they are frozen out of the garbage collector's scans (gc.freeze): the
    many small objects of a batch no longer make it walk the model's tables."""
    import gc

    from wijkbot.bootstrap import build_analyzer, build_policy, folder_config

    config = folder_config(settings)
    policy = build_policy(settings, config)
    analyzer = build_analyzer(settings, config)
    gc.collect()
    gc.freeze()
    return analyzer, policy, config


def analyze_output(
    lines: Iterable[str], analyzer: Any, policy: Any, now: datetime, workers: int = 1
) -> Iterator[bytes]:
    """What `wijkbot analyze` writes for these JSON lines: per batch, its output lines as UTF-8,
    in input order. With `workers` > 1 the batches are shared between this process and
    `workers - 1` forked ones (they share the loaded model; wijkbot/forked.py);
    single-process when there is only one batch."""
    chunks = _chunks(enumerate(lines, start=1), BATCH)
    head = list(islice(chunks, 2))  # one batch only: not worth forking
    state = (analyzer, policy, _Routes(policy, now))
    if len(head) < 2 or workers <= 1 or "fork" not in get_all_start_methods():
        for chunk in chain(head, chunks):
            yield _output(chunk, *state)
        return
    # the first batch here, before forking: the workers start with what it taught the word
    # memos (the most common words), instead of each learning them again
    yield _output(head[0], *state)
    yield from _parallel(chain(head[1:], chunks), workers, state)


def _output(chunk: Sequence[tuple[int, str]], analyzer: Any, policy: Any, routes: _Routes) -> bytes:
    return b"".join(_dump(row) + b"\n" for row in analyze_numbered(chunk, analyzer, policy, routes))


def _parallel(chunks: Iterator[list[Any]], workers: int, state: tuple[Any, Any, _Routes]) -> Iterator[bytes]:
    """Batches to `workers - 1` forked processes while they have fewer than `IN_HAND` in hand
    each, otherwise analysed here at once; results in input order. Near the end a worker gets
    a batch only if this process has enough left to do meanwhile (`_worth_sending`), so that
    this process does not sit waiting for a worker's queue at the end."""
    from wijkbot.forked import ForkedWorker

    pool: list[ForkedWorker] = []
    window: deque[ForkedWorker | bytes] = deque()
    try:
        for _ in range(workers - 1):
            pool.append(ForkedWorker(partial(_output_of, state), pool))
        for worker in pool:
            worker.start()
        for chunk, remaining in _with_remaining(chunks, IN_HAND + 2):
            idle = min(pool, key=ForkedWorker.busy)
            if _worth_sending(idle.busy(), remaining):
                idle.send(chunk)
                window.append(idle)
            else:
                window.append(_output(chunk, *state))
            while window and (isinstance(window[0], bytes) or len(window) > IN_HAND * workers):
                yield _collect(window.popleft())
        while window:
            yield _collect(window.popleft())
    finally:
        for worker in pool:
            worker.close()


IN_HAND = 3  # batches a worker may hold (sent, result not back yet)


def _worth_sending(in_hand: int, remaining: int) -> bool:
    """Whether a worker holding `in_hand` batches should get the next one, with `remaining`
    batches left from it on: it has room, and this process has at least as many batches left
    to do meanwhile as the worker would then hold (batches take about as long anywhere)."""
    return in_hand < IN_HAND and in_hand + 2 <= remaining


def _with_remaining(chunks: Iterator[list[Any]], ahead: int) -> Iterator[tuple[list[Any], int]]:
    """Each chunk with the number of chunks left from it on, itself included, counted up to
    `ahead` (reading that far ahead)."""
    buffer = deque(islice(chunks, ahead - 1))
    while buffer:
        chunk = buffer.popleft()
        buffer.extend(islice(chunks, 1))
        yield chunk, len(buffer) + 1


def _output_of(state: tuple[Any, Any, _Routes], chunk: Sequence[tuple[int, str]]) -> bytes:
    return _output(chunk, *state)


def _collect(work: Any) -> bytes:
    """This process's output, or a forked worker's oldest result (waited for)."""
    return work if isinstance(work, bytes) else work.result()  # type: ignore[no-any-return]


def analyze_lines(lines: Iterable[str], analyzer: Any, policy: Any, now: datetime) -> list[dict[str, Any]]:
    """What `wijkbot analyze` prints for these JSON lines, one dict per line (in-process, batched)."""
    results: list[dict[str, Any]] = []
    routes = _Routes(policy, now)
    for chunk in _chunks(enumerate(lines, start=1), BATCH):
        results.extend(analyze_numbered(chunk, analyzer, policy, routes))
    return results


def analyze_numbered(
    chunk: Sequence[tuple[int, str]], analyzer: Any, policy: Any, routes: _Routes
) -> list[dict[str, Any]]:
    """One batch of (line number, JSON line): analysis, location, route and pickup per good line;
    an `error` row per bad one; blank lines are skipped."""
    parsed = [_parse_line(number, line) for number, line in chunk if line.strip()]
    good = [p for p in parsed if "error" not in p]
    analyses = analyzer.analyze_many([p["text"] for p in good])
    done = iter(zip(analyses, _rounded(analyses), strict=True))
    return [item if "error" in item else _analysis_row(item, *next(done), policy.locator, routes)
            for item in parsed]


def _rounded(analyses: Sequence[Any]) -> list[tuple[dict[str, float], float, float]]:
    """Per analysis: its theme scores (keys sorted), confidence and FAQ score, rounded to 4
    decimals; in one numpy operation for the batch (Python's `round` costs ~0.3 µs a number)."""
    if not analyses:
        return []
    import numpy as np

    labels = sorted(analyses[0].scores)
    values = np.array(
        [[*map(a.scores.__getitem__, labels), a.confidence, a.faq_score] for a in analyses],
        dtype=np.float64,
    )
    rows = np.round(values, 4).tolist()
    width = len(labels)
    return [(dict(zip(labels, row[:width], strict=True)), row[width], row[width + 1]) for row in rows]


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _load(line: str) -> Any:
    """orjson, or json where orjson refuses (its error message; NaN, integers beyond 64 bits)."""
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return json.loads(line)


def _dump(row: dict[str, Any]) -> bytes:
    try:
        return orjson.dumps(row)
    except TypeError:  # orjson.JSONEncodeError: an input id beyond 64 bits
        return json.dumps(row, ensure_ascii=False).encode()


def _parse_line(number: int, line: str) -> dict[str, Any]:
    try:
        data = _load(line)
    except json.JSONDecodeError as error:
        return {"id": None, "line": number, "error": f"not valid JSON: {error.msg}"}
    if not isinstance(data, dict):
        return {"id": None, "line": number, "error": "each line must be a JSON object"}
    ident = data.get("id")
    text = data.get("text")
    if not isinstance(text, str):
        return {"id": ident, "line": number, "error": "field 'text' must be a string"}
    lat, lon = data.get("lat"), data.get("lon")
    if (lat is None) != (lon is None):
        return {"id": ident, "line": number, "error": "give both 'lat' and 'lon', or neither"}
    if lat is not None and not _valid_point(lat, lon):
        return {"id": ident, "line": number, "error": "'lat' and 'lon' must be numbers in range"}
    return {"id": ident, "text": text, "lat": lat, "lon": lon}


def _valid_point(lat: object, lon: object) -> bool:
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lat, lon))
    return numbers and -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180  # type: ignore[arg-type]


class _Routes:
    """Route and next pickup for one run: pure functions of (theme, wijk, buurt, urgent) and of
    the team at the run's `now`, so each distinct combination is computed once."""

    def __init__(self, policy: Any, now: datetime) -> None:
        self.router, self.schedule, self.now = policy.router, policy.schedule, now
        self._decisions: dict[tuple[str, str | None, str | None, bool], Any] = {}
        self._pickups: dict[str | None, str] = {}

    def decide(self, theme: str, inside: Any, urgent: bool) -> tuple[Any, str]:
        key = (theme, inside.wijk if inside else None, inside.buurt if inside else None, urgent)
        decision = self._decisions.get(key)
        if decision is None:
            decision = self.router.route(theme, inside, urgent, Channel.BATCH, self.now)
            self._decisions[key] = decision
        pickup = self._pickups.get(decision.team)
        if pickup is None:
            pickup = self.schedule.next_pickup(self.now, decision.team).isoformat()
            self._pickups[decision.team] = pickup
        return decision, pickup


def _analysis_row(
    item: dict[str, Any],
    analysis: Any,
    rounded: tuple[dict[str, float], float, float],
    locator: Any,
    routes: _Routes,
) -> dict[str, Any]:
    if item["lat"] is not None:
        location = locator.from_point(GeoPoint(float(item["lat"]), float(item["lon"])))
    else:
        location = locator.from_text(item["text"])
    inside = location if location is not None and location.outside is None else None
    decision, pickup = routes.decide(analysis.theme, inside, analysis.urgent)
    scores, confidence, faq_score = rounded
    return {
        "id": item["id"],
        "theme": analysis.theme,
        "confidence": confidence,
        "scores": scores,
        "needs_confirmation": analysis.needs_confirmation,
        "urgent": analysis.urgent,
        "acute": analysis.acute,
        "faq": analysis.faq,
        "faq_score": faq_score,
        "lang": analysis.lang,
        "wijk": inside.wijk if inside else None,
        "buurt": inside.buurt if inside else None,
        "location": {"kind": location.kind, "text": location.text} if location else None,
        "outside": location.outside if location else None,
        "coordinator": decision.coordinator_id,
        "route": decision.explanation,
        "next_pickup": pickup,
    }


# --- chat ------------------------------------------------------------------------------------


def chat(args: argparse.Namespace) -> int:
    from storage.migrate import upgrade
    from wijkbot.bootstrap import build_container

    settings = _settings(args)
    upgrade(settings.sqlalchemy_url)
    container = build_container(settings)
    zone = container.config.timezone
    print(f"Wijkbot — {container.config.name}. Typ uw bericht. Een nummer kiest een knop, "
          "'@52.09,5.12' deelt een locatie, Ctrl-D stopt.\n")
    run_terminal_chat(container.assistant, args.resident, lambda: parse_now(args.now, zone),
                      sys.stdin, sys.stdout)
    return 0


def run_terminal_chat(assistant: Any, resident: str, clock: Any, stdin: TextIO, stdout: TextIO) -> None:
    buttons: list[Button] = []
    _show(assistant.handle(Inbound(Channel.TERMINAL, resident, clock(), text="/start")), buttons, stdout)
    for line in stdin:
        inbound = _terminal_input(line.strip(), buttons, resident, clock())
        if inbound is None:
            stdout.write("(onbekende keuze)\n")
            continue
        _show(assistant.handle(inbound), buttons, stdout)


def _terminal_input(line: str, buttons: list[Button], resident: str, now: datetime) -> Inbound | None:
    if line.isdigit() and buttons:
        index = int(line) - 1
        if not 0 <= index < len(buttons):
            return None
        return Inbound(Channel.TERMINAL, resident, now, button=buttons[index].value)
    if line.startswith("@"):
        try:
            lat, lon = (float(part) for part in line[1:].split(","))
        except ValueError:
            return None
        return Inbound(Channel.TERMINAL, resident, now, point=GeoPoint(lat, lon))
    return Inbound(Channel.TERMINAL, resident, now, text=line)


def _show(replies: list[Reply], buttons: list[Button], stdout: TextIO) -> None:
    buttons.clear()
    for reply in replies:
        stdout.write(f"wijkbot> {reply.text}\n")
        for button in reply.buttons:
            buttons.append(button)
            stdout.write(f"   [{len(buttons)}] {button.label}\n")
        if reply.request_location:
            stdout.write("   (deel een locatie met @breedtegraad,lengtegraad)\n")
    stdout.write("\n")
    stdout.flush()

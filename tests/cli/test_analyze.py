"""`wijkbot analyze`: the batch contract integrations rely on (README, "Batch analysis")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REQUIRED = {"id", "theme", "confidence", "scores", "urgent", "faq", "faq_score", "lang", "wijk",
            "location", "coordinator", "next_pickup"}
THEMES = {"overlast", "verkeer", "initiatief", "afval", "openbare_ruimte", "zorg", "wonen", "overig"}


def run_analyze(lines: list[str], tmp_path: Path, *args: str) -> list[dict]:
    env = {**os.environ, "WIJKBOT_DATA_DIR": str(tmp_path)}
    model = os.environ.get("WIJKBOT_TEST_MODEL_DIR")
    if model:
        env["WIJKBOT_MODEL_DIR"] = model
    result = subprocess.run(
        [sys.executable, "-m", "wijkbot.cli", "analyze", *args],
        input="\n".join(lines) + "\n", capture_output=True, text=True, env=env, timeout=120, check=True,
    )
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    lines = [
        json.dumps({"id": 1, "text": "Er staat al weken een fietswrak tegen de lantaarnpaal in Lombok"}),
        "this is not json",
        json.dumps({"id": 3, "text": 42}),
        json.dumps({"id": 4, "text": "hondenpoep overal op de stoep", "lat": 52.1, "lon": 5.1}),
        json.dumps({"id": 5, "text": "brand! er komt rook uit de flat aan de Gaffeltanglaan, bel 112"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 7, "text": "lat zonder lon", "lat": 52.1}),
        json.dumps({"id": 8, "text": "Hoe vraag ik een parkeervergunning aan?"}),
        json.dumps({"id": 9, "text": "overlast bij postcode 3563 AB"}),
    ]
    return run_analyze(lines, tmp_path_factory.mktemp("analyze"), "--now", "2026-12-24T21:00:00+01:00")


def test_one_output_line_per_input_in_order(rows: list[dict]) -> None:
    assert len(rows) == 9
    assert [r.get("id") for r in rows] == [1, None, 3, 4, 5, None, 7, 8, 9]


def test_bad_lines_get_an_error_field(rows: list[dict]) -> None:
    errors = {i for i, r in enumerate(rows) if "error" in r}
    assert errors == {1, 2, 5, 6}
    assert all(isinstance(rows[i]["error"], str) and rows[i]["error"] for i in errors)


def test_good_lines_honour_the_contract(rows: list[dict]) -> None:
    for row in (r for r in rows if "error" not in r):
        assert row.keys() >= REQUIRED
        assert row["theme"] in THEMES and set(row["scores"]) == THEMES
        assert 0.0 <= row["confidence"] <= 1.0 and isinstance(row["urgent"], bool)
        assert row["lang"] in ("nl", "en")


def test_christmas_eve_is_picked_up_after_the_holidays(rows: list[dict]) -> None:
    assert rows[0]["next_pickup"] == "2026-12-28T08:30:00+01:00"


def test_locations_resolve_to_wijken(rows: list[dict]) -> None:
    assert rows[0]["wijk"] == "WK034401" and rows[0]["location"]["kind"] in ("buurt", "wijk", "village")
    assert rows[3]["location"]["kind"] == "point" and rows[3]["wijk"] is not None
    assert rows[8]["wijk"] == "WK034403" and rows[8]["coordinator"]


def test_emergency_and_faq(rows: list[dict]) -> None:
    assert rows[4]["urgent"] is True
    assert rows[7]["faq"] == "parkeervergunning" and rows[7]["faq_score"] > 0


def test_office_hours_report_now_itself(tmp_path: Path) -> None:
    now = "2026-11-24T10:15:00+01:00"
    [row] = run_analyze([json.dumps({"id": "x", "text": "de lantaarnpaal is kapot in Overvecht"})],
                        tmp_path, "--now", now)
    assert row["next_pickup"] == now


def test_other_municipality(tmp_path: Path) -> None:
    [row] = run_analyze([json.dumps({"id": "z", "text": "overlast van hangjongeren in Den Dolder"})],
                        tmp_path, "--municipality", "zeist", "--now", "2026-11-24T10:15:00+01:00")
    assert row["wijk"] == "WK035505"


def in_process(tmp_path: Path, now: str) -> tuple[Any, Any, Any]:
    """(keyword analyzer, policy, now) for the demo municipality: what `analyze` loads, fast."""
    from nlp.analyzer import KeywordAnalyzer
    from wijkbot.bootstrap import build_policy, folder_config
    from wijkbot.commands import parse_now
    from wijkbot.settings import get_settings

    settings = get_settings(data_dir=tmp_path)
    config = folder_config(settings)
    return KeywordAnalyzer(config.faq), build_policy(settings, config), parse_now(now, config.timezone)


def test_in_process_batches_route_like_the_router(tmp_path: Path) -> None:
    """analyze_lines (what the command runs, callable in-process): route and pickup cached per
    run must equal asking the router and schedule for every message."""
    from core.domain import Channel
    from wijkbot.commands import BATCH, analyze_lines

    analyzer, policy, now = in_process(tmp_path, "2026-12-24T21:00:00+01:00")
    texts = ["afval naast de container in Lombok", "brand! rook uit de flat in Overvecht",
             "kapotte lantaarnpaal bij postcode 3563 AB", "hondenpoep op de stoep", "hoi"]  # fmt: skip
    lines = [json.dumps({"id": i, "text": texts[i % len(texts)]}) for i in range(BATCH + 3)]
    rows = analyze_lines([*lines[:2], "", "{bad", *lines[2:]], analyzer, policy, now)
    assert len(rows) == len(lines) + 1 and "error" in rows[2]
    good = [r for r in rows if "error" not in r]
    assert [r["id"] for r in good] == list(range(len(lines)))
    for row in good[: len(texts)]:
        location = policy.locator.from_text(texts[row["id"]])
        inside = location if location is not None and location.outside is None else None
        decision = policy.router.route(row["theme"], inside, row["urgent"], Channel.BATCH, now)
        assert row["coordinator"] == decision.coordinator_id
        assert row["route"] == decision.explanation
        assert row["next_pickup"] == policy.schedule.next_pickup(now, decision.team).isoformat()
    assert {r["route"] for r in good[:len(texts)]} == {r["route"] for r in good[-len(texts):]}


def test_output_lines_are_utf8_json_whatever_the_input(tmp_path: Path) -> None:
    """orjson writes the rows; what it refuses (an id beyond 64 bits, NaN) still gets an answer."""
    from wijkbot.commands import analyze_output

    analyzer, policy, now = in_process(tmp_path, "2026-11-25T10:00:00+01:00")
    lines = [
        json.dumps({"id": 2**70, "text": "overlast op het Ledig Erf"}),
        '{"id": NaN, "text": "café met herrie"}',
        json.dumps({"id": "é", "text": "glas naast de glasbak"}, ensure_ascii=False),
        "[1, 2]",
    ]
    output = b"".join(analyze_output(lines, analyzer, policy, now))
    rows = [json.loads(line) for line in output.decode("utf-8").splitlines()]
    assert [row["id"] for row in rows[:1]] == [2**70] and rows[2]["id"] == "é"
    assert rows[1]["id"] is None  # NaN is not JSON: written as null, the row still analysed
    assert rows[1]["theme"] and rows[3]["error"] == "each line must be a JSON object"
    assert '"id":"é"'.encode() in output  # not escaped


def test_workers_give_the_same_lines_in_the_same_order(tmp_path: Path) -> None:
    """`--workers`: batches analysed by forked processes, written in input order."""
    from wijkbot.commands import BATCH, analyze_output

    analyzer, policy, now = in_process(tmp_path, "2026-11-25T22:00:00+01:00")
    texts = ["afval naast de container in Lombok", "brand! rook uit de flat in Overvecht",
             "kapotte lantaarnpaal bij postcode 3563 AB", "{kapot", "hoe vraag ik een parkeervergunning aan?"]  # fmt: skip
    lines = [t if t.startswith("{") else json.dumps({"id": i, "text": t})
             for i, t in ((i, texts[i % len(texts)]) for i in range(12 * BATCH + 7))]  # fmt: skip
    alone = b"".join(analyze_output(lines, analyzer, policy, now, workers=1))
    assert len(alone.splitlines()) == len(lines)
    for workers in (2, 3):  # this process takes batches too once the others have enough
        assert b"".join(analyze_output(lines, analyzer, policy, now, workers=workers)) == alone
    assert b"".join(analyze_output(lines[:3], analyzer, policy, now, workers=2)) == b"".join(
        analyze_output(lines[:3], analyzer, policy, now, workers=1)
    )


def test_workers_get_no_more_than_this_process_has_left_to_do() -> None:
    """Near the end a worker gets a batch only while this process keeps as many to do, so the
    run does not end with this process waiting for a worker's queue."""
    from wijkbot.commands import IN_HAND, _with_remaining, _worth_sending

    counted = list(_with_remaining(iter([[1], [2], [3], [4], [5], [6], [7]]), 5))
    assert [remaining for _, remaining in counted] == [5, 5, 5, 4, 3, 2, 1]
    assert [chunk for chunk, _ in counted] == [[n] for n in range(1, 8)]
    assert list(_with_remaining(iter([]), 5)) == []
    assert _worth_sending(0, 5) and _worth_sending(IN_HAND - 1, IN_HAND + 1)
    assert not _worth_sending(IN_HAND, 100)  # no room
    assert not _worth_sending(2, 3)  # it would hold 3 while this process does the last 2
    assert _worth_sending(0, 2) and not _worth_sending(0, 1)  # the very last batch stays here


def test_stopping_early_ends_the_workers(tmp_path: Path) -> None:
    """A reader that stops after the first batches leaves no worker process behind."""
    from wijkbot.commands import BATCH, analyze_output

    analyzer, policy, now = in_process(tmp_path, "2026-11-25T22:00:00+01:00")
    lines = [json.dumps({"id": i, "text": "afval naast de container"}) for i in range(8 * BATCH)]
    output = analyze_output(lines, analyzer, policy, now, workers=2)
    assert next(output) and next(output)  # the first batch, then the first from the pool
    output.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # no child left, not even a zombie

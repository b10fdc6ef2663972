"""Kill the process between receiving a message and replying; restart; nothing is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from storage.db import make_engine, make_session_factory
from storage.models import CaseRow, MessageRow

FIRST = "de lantaarnpaal voor ons huis in Overvecht is kapot"
SECOND = "de lantaarnpaal in Overvecht is nog steeds kapot, het is al een week heel donker op straat"


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=180)


def test_killed_between_receiving_and_replying(empty_db_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "WIJKBOT_DATABASE_URL": empty_db_url, "WIJKBOT_DATA_DIR": str(tmp_path)}
    if os.environ.get("WIJKBOT_TEST_MODEL_DIR"):
        env["WIJKBOT_MODEL_DIR"] = os.environ["WIJKBOT_TEST_MODEL_DIR"]
    seeded = run(["-m", "wijkbot.cli", "seed"], env)
    assert seeded.returncode == 0, seeded.stderr

    crashed = run(["-m", "tests.integration.driver", "crash", FIRST], env)
    assert crashed.returncode == -signal.SIGKILL and "not reached" not in crashed.stdout

    sessions = make_session_factory(make_engine(empty_db_url))
    with sessions() as session:
        kept = session.scalars(select(MessageRow).where(MessageRow.text == FIRST)).one()
        assert kept.handled_at is None and kept.direction == "in"

    restarted = run(["-m", "tests.integration.driver", "report", SECOND], env)
    assert restarted.returncode == 0, restarted.stderr
    assert "WB-" in restarted.stdout
    with sessions() as session:
        case = session.scalars(select(CaseRow)).one()
        texts = {m.text for m in session.scalars(select(MessageRow).where(MessageRow.case_id == case.id))}
    assert {FIRST, SECOND} <= texts

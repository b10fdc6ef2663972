from datetime import UTC, datetime

import pytest

from core.domain import (
    TRANSITIONS,
    Case,
    CaseStatus,
    Channel,
    DomainError,
    case_reference,
    parse_reference,
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def make_case(status: CaseStatus = CaseStatus.BOT) -> Case:
    return Case(None, "WB-2026-000001", "verkeer", False, status, Channel.WEB, 1, NOW, NOW)


def test_reference_format_and_parse() -> None:
    assert case_reference(2026, 123) == "WB-2026-000123"
    assert parse_reference(" wb-2026-000123 ") == (2026, 123)
    assert parse_reference("WB-26-1") is None


@pytest.mark.parametrize(
    "path",
    [
        ["waiting", "in_progress", "waiting_on_resident", "in_progress", "resolved"],
        ["waiting", "bot"],
        ["waiting", "in_progress", "bot", "waiting"],
        ["waiting", "referred"],
        ["referred"],
        ["waiting", "in_progress", "waiting_on_resident", "cancelled"],
    ],
)
def test_valid_paths(path: list[str]) -> None:
    case = make_case()
    for step in path:
        case.transition(CaseStatus(step), NOW)
    assert case.status == CaseStatus(path[-1])


@pytest.mark.parametrize(
    ("start", "target"),
    [
        ("bot", "in_progress"),
        ("bot", "resolved"),
        ("waiting", "waiting_on_resident"),
        ("waiting_on_resident", "bot"),
        ("resolved", "in_progress"),
        ("cancelled", "waiting"),
        ("referred", "bot"),
    ],
)
def test_invalid_transitions_raise(start: str, target: str) -> None:
    case = make_case(CaseStatus(start))
    with pytest.raises(DomainError):
        case.transition(CaseStatus(target), NOW)
    assert case.status == CaseStatus(start)


def test_closed_statuses_are_terminal_and_timestamps_set() -> None:
    for status in (CaseStatus.RESOLVED, CaseStatus.REFERRED, CaseStatus.CANCELLED):
        assert TRANSITIONS[status] == frozenset()
    case = make_case()
    case.transition(CaseStatus.WAITING, NOW)
    case.transition(CaseStatus.IN_PROGRESS, NOW)
    case.transition(CaseStatus.RESOLVED, NOW)
    assert case.handed_off_at == case.claimed_at == case.closed_at == NOW
    assert not case.is_open

"""Case references: WB-<year>-<6 digits>, gap-free per year, unique under concurrency."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from core.domain import parse_reference
from storage.uow import SqlUnitOfWorkFactory


def take(uow_factory: SqlUnitOfWorkFactory, year: int, commit: bool = True) -> str:
    with uow_factory() as uow:
        reference = uow.cases.next_reference(year)
        if commit:
            uow.commit()
    return reference


def test_references_are_formatted_and_sequential_per_year(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    assert [take(uow_factory, 2026) for _ in range(3)] == [
        "WB-2026-000001",
        "WB-2026-000002",
        "WB-2026-000003",
    ]
    assert take(uow_factory, 2027) == "WB-2027-000001"
    assert take(uow_factory, 2026) == "WB-2026-000004"
    assert parse_reference(take(uow_factory, 2026)) == (2026, 5)


def test_a_rolled_back_reference_is_given_out_again(uow_factory: SqlUnitOfWorkFactory) -> None:
    assert take(uow_factory, 2026) == "WB-2026-000001"
    assert take(uow_factory, 2026, commit=False) == "WB-2026-000002"
    assert take(uow_factory, 2026) == "WB-2026-000002"


def test_two_references_in_one_transaction(uow_factory: SqlUnitOfWorkFactory) -> None:
    with uow_factory() as uow:
        first, second = uow.cases.next_reference(2026), uow.cases.next_reference(2026)
        uow.commit()
    assert (first, second) == ("WB-2026-000001", "WB-2026-000002")


def test_concurrent_transactions_get_unique_gap_free_references(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    workers, per_worker = 6, 5
    start = threading.Barrier(workers)

    def work(_: int) -> list[str]:
        start.wait()
        return [take(uow_factory, 2026) for _ in range(per_worker)]

    with ThreadPoolExecutor(workers) as pool:
        references = [r for batch in pool.map(work, range(workers)) for r in batch]
    numbers = sorted(n for _, n in map(parse_reference, references))  # type: ignore[misc]
    assert numbers == list(range(1, workers * per_worker + 1))

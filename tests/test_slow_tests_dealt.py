"""Each parallel worker starts on its own share of the slow tests: the first run of the
collection work stealing hands each worker opens with every third slow test (three workers),
and every test is still run exactly once."""

from __future__ import annotations

from tests.conftest import dealt

SLOW = [f"slow-{number}" for number in range(7)]
QUICK = [f"quick-{number}" for number in range(20)]


def first_runs(order: list[str], workers: int) -> list[list[str]]:
    """The collection cut as work stealing first hands it out: each idle worker in turn gets
    an even share of what is left, in collection order."""
    runs = []
    left = list(order)
    for worker in range(workers):
        share = len(left) // (workers - worker)
        runs.append(left[:share])
        left = left[share:]
    return runs


def test_each_worker_opens_with_its_share_of_the_slow_tests() -> None:
    runs = first_runs(dealt(SLOW, QUICK, 3), 3)
    assert [run[:3] for run in runs] == [
        ["slow-0", "slow-3", "slow-6"],
        ["slow-1", "slow-4", "quick-6"],
        ["slow-2", "slow-5", "quick-13"],
    ]


def test_every_test_runs_once_in_collection_order_within_its_kind() -> None:
    for workers in (1, 2, 3, 5):
        order = dealt(SLOW, QUICK, workers)
        assert sorted(order) == sorted(SLOW + QUICK)
        assert [name for name in order if name.startswith("quick")] == QUICK


def test_one_process_runs_the_slow_tests_first() -> None:
    assert dealt(SLOW, QUICK, 1) == SLOW + QUICK

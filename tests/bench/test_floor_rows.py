"""The benchmark's floor and load rows: what they measure and how the table shows them.

Figures are not asserted (timings are not for tests); what is asserted is that the floor runs
the statement the service rests on, and that the report tells a path within its floor from
one that is not.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bench import report
from bench.floor import RANKED, floor, prefix_match, search_match
from bench.measure import Figure, Row
from bench.throughput import CONCURRENT, per_cpu_second, under_load
from bot.domain.records import ConferenceView
from bot.store.search_index import conference_rowids, paper_id_of
from bot.store.setup import Store


def _row(measured_p50: float, floor_p50: float) -> Row:
    return Row(
        "search",
        "rare terms",
        "seed",
        Figure(measured_p50, measured_p50 * 2, "ms", 100),
        floor=Figure(floor_p50, floor_p50 * 2, "ms", 100),
        floor_target=5.0,
    )


def _database(store: Store) -> Path:
    assert store.engine.url.database is not None
    return Path(store.engine.url.database)


def _found(path: Path, conf: ConferenceView, match: str) -> list[int]:
    with sqlite3.connect(path) as connection:
        found = connection.execute(
            RANKED, {**conference_rowids(conf.id), "match": match, "limit": 12}
        ).fetchall()
    return [paper_id_of(rowid) for rowid, _ in found]


@pytest.mark.sqlite_only("the floor is SQLite's own statement")
async def test_the_floor_runs_the_ranked_statement_of_the_typed_words(
    store: Store, conf: ConferenceView
) -> None:
    path = _database(store)
    lottery = await asyncio.to_thread(_found, path, conf, search_match("the lottery ticket"))
    prefix = await asyncio.to_thread(_found, path, conf, prefix_match("lottery tick"))
    figure = await asyncio.to_thread(floor, path, conf.id, [search_match("lottery")], 12, 3)

    assert lottery[0] == prefix[0]
    assert len(prefix) < len(lottery)  # autocomplete's floor looks at titles and aliases only
    assert figure.samples == 3


def test_a_path_within_five_times_its_floor_is_met_and_one_beyond_is_missed() -> None:
    within, beyond = _row(0.4, 0.1), _row(0.6, 0.1)

    table = report.table([within, beyond])
    verdicts = report.verdicts([within, beyond])

    assert "| 0.100 ms | 4× |" in table
    assert "| 0.100 ms | 6× |" in table
    assert verdicts[0].startswith("- met: search / rare terms / seed: p50 0.400 ms is 4×")
    assert verdicts[1].startswith("- MISSED: search / rare terms / seed: p50 0.600 ms is 6×")


def test_a_row_without_a_floor_shows_none() -> None:
    line = report.table([Row("command", "/schedule", "seed", Figure(1.0, 2.0, "ms", 10))])

    assert "| 1.00 ms | 2.00 ms | — | — |" in line
    assert report.verdicts([Row("command", "/schedule", "seed", Figure(1, 2, "ms", 1))]) == []


async def test_under_load_times_every_interaction_of_each_burst_from_a_common_start() -> None:
    async def slow() -> None:
        await asyncio.sleep(0.01)

    waits = await under_load([slow], rounds=2)

    assert waits.samples == 2 * CONCURRENT
    assert waits.p50 >= 10


async def test_the_rate_counts_interactions_per_cpu_second() -> None:
    async def busy() -> None:
        sum(range(20_000))

    async def idle() -> None:
        await asyncio.sleep(0.002)

    busy_rate = await per_cpu_second([busy], 50, "interactions/s")
    idle_rate = await per_cpu_second([idle], 50, "interactions/s")

    assert busy_rate.unit == "interactions/s"
    assert idle_rate.p50 > busy_rate.p50  # waiting costs no CPU

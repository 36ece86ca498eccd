"""The same search and reminder work on PostgreSQL beside SQLite, in one run on one machine.

A throwaway PostgreSQL cluster is started for the run (as the tests start theirs), seeded from
the same data/ files, and each PostgreSQL figure has the SQLite figure of the same work as its
baseline: the ratio says what the shared store costs per answer and per reminder.
"""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import update

from bench.measure import Figure, Row
from bench.reminders import LEAD_MINUTES, keynote_of, subscribe_crowd, timed_s
from bench.search import KINDS, make_queries, service_search, time_queries
from bench.stores import BenchStore, StoreCache, describe, sqlite_url
from bot.clock import ManualClock
from bot.imports.packaged import open_store
from bot.reminders.persistence import claims, deliveries, planning
from bot.store.models import Delivery
from bot.store.setup import Store
from tests.postgres import Cluster, postgres_binaries, start_cluster

HOLDER = "bench:live"
BASELINE = "same on SQLite"


async def _seeded(cluster: Cluster, name: str, seed: BenchStore) -> BenchStore:
    cluster.create_database(name)
    start = time.perf_counter()
    store = await open_store(cluster.url(name), seed.data_dir)
    seconds = time.perf_counter() - start
    return await describe(
        "seed on PostgreSQL", store, seed.path, seed.data_dir, seed.conference.slug, seconds
    )


async def _search_rows(
    seed: BenchStore, postgres: BenchStore, queries: int, rounds: int
) -> list[Row]:
    made = await make_queries(seed, queries)
    rows = []
    for kind in KINDS:
        on_postgres = await time_queries(postgres, service_search, made[kind], rounds)
        on_sqlite = await time_queries(seed, service_search, made[kind], rounds)
        rows.append(
            Row(
                "search",
                f"{kind} on PostgreSQL (e.g. `{made[kind][0]}`)",
                f"seed ({seed.papers:,} papers)",
                on_postgres,
                on_sqlite,
                BASELINE,
            )
        )
    return rows


async def _dispatch_seconds(store: Store, due: datetime) -> float:
    """Claim every due delivery in batches and mark each sent, as a dispatcher does around its
    sends: the store's part of delivering, Discord left out."""

    async def drain() -> None:
        wall = datetime.now(UTC)
        while True:
            async with store.sessions() as db:
                jobs = await claims.claim_due(db, HOLDER, due, wall, 64)
                for job in jobs:
                    await claims.finish(db, job.delivery_id, deliveries.SENT, None, due)
            if not jobs:
                return

    return await timed_s(drain)


async def _reminder_seconds(
    store: Store, seed: BenchStore, subscribers: int
) -> tuple[float, float]:
    """(fan-out of `subscribers` to one keynote, claiming and marking them all sent)."""
    conf = seed.conference
    keynote = await keynote_of(store, conf)
    assert keynote.starts_at is not None
    await subscribe_crowd(store, conf, [(keynote.slug, LEAD_MINUTES)] * subscribers)
    now = keynote.starts_at - timedelta(hours=2)

    async def fan_out() -> None:
        async with store.sessions() as db:
            await planning.plan(db, conf, ManualClock(now))

    planned = await timed_s(fan_out)
    async with store.sessions() as db, db.begin():
        await db.execute(update(Delivery).values(claimed_by=None))
    due = keynote.starts_at - timedelta(minutes=LEAD_MINUTES)
    return planned, await _dispatch_seconds(store, due)


async def _reminder_rows(
    cache: StoreCache, seed: BenchStore, cluster: Cluster, subscribers: int
) -> list[Row]:
    sqlite_store = await open_store(sqlite_url(await cache.copy(None, "backends")), seed.data_dir)
    postgres = await _seeded(cluster, "reminders", seed)
    measured = {}
    for name, store in (("sqlite", sqlite_store), ("postgresql", postgres.store)):
        measured[name] = await _reminder_seconds(store, seed, subscribers)
        await store.close()
    what = (
        f"fan-out on PostgreSQL: {subscribers:,} subscribers to one keynote -> deliveries",
        f"claim and mark sent on PostgreSQL, {subscribers:,} due at once (no Discord)",
    )
    return [
        Row(
            "reminders",
            what[index],
            "seed",
            Figure.single(measured["postgresql"][index], "s"),
            Figure.single(measured["sqlite"][index], "s"),
            BASELINE,
        )
        for index in range(2)
    ]


async def backend_rows(cache: StoreCache, queries: int, rounds: int, subscribers: int) -> list[Row]:
    """PostgreSQL beside SQLite; no rows (and a line saying why) without PostgreSQL."""
    if postgres_binaries() is None:
        print("bench: PostgreSQL is not installed; its rows are left out")
        return []
    seed = await cache.get(None)
    with tempfile.TemporaryDirectory(prefix="confbot-bench-pg-") as folder:
        cluster = start_cluster(Path(folder))
        try:
            postgres = await _seeded(cluster, "search", seed)
            rows = await _search_rows(seed, postgres, queries, rounds)
            await postgres.store.close()
            rows += await _reminder_rows(cache, seed, cluster, subscribers)
        finally:
            cluster.stop()
    return rows

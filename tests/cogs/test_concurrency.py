"""Fifty people at once while the database is busy: everyone is answered in time, nobody sees
"database is locked"."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from bot.offline import OfflineDiscord, OfflineUser
from tests.cogs.conftest import text_of
from tests.conftest import DB_NAME

LOCK_SECONDS = 2.0
QUERIES = (
    ("paper", {"query": "lottery ticket"}),
    ("schedule", {"day": "Wednesday"}),
    ("now", {}),
    ("topic", {"query": "reinforcement learning"}),
    ("posters", {}),
)


def hold_write_lock(database: Path, taken: threading.Event) -> None:
    """Another process-like writer: takes SQLite's write lock and keeps it for two seconds."""
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE conferences SET description = description")
        taken.set()
        time.sleep(LOCK_SECONDS)
        connection.execute("COMMIT")
    finally:
        connection.close()


@pytest.mark.sqlite_only(reason="SQLite's one write lock; PostgreSQL's writers lock rows")
async def test_fifty_interactions_during_a_held_write_lock(
    offline: OfflineDiscord, tmp_path: Path
) -> None:
    taken = threading.Event()
    locker = threading.Thread(target=hold_write_lock, args=(tmp_path / DB_NAME, taken))
    locker.start()
    assert await asyncio.to_thread(taken.wait, 5)
    started = time.monotonic()
    users = [OfflineUser(id=500_000_000_000_000_000 + n, name=f"user{n}") for n in range(50)]
    calls = []
    for number, user in enumerate(users):
        if number % 2:
            command, options = QUERIES[number % len(QUERIES)]
            calls.append(offline.slash(user, command, options))
        else:
            calls.append(offline.slash(user, "remind add", {"target": "keynotes", "minutes": 10}))
    results = await asyncio.gather(*calls)
    elapsed = time.monotonic() - started
    await asyncio.to_thread(locker.join)

    assert elapsed >= LOCK_SECONDS * 0.5, "the writers really waited for the lock"
    assert offline.violations == [], "every interaction got its first response within 3 s"
    assert all(sent for sent in results)
    everything = text_of(message for sent in results for message in sent)
    assert "locked" not in everything.lower()
    assert "went wrong" not in everything.lower()
    confirmations = [
        sent
        for number, sent in enumerate(results)
        if number % 2 == 0 and "Keynote" in text_of(sent)
    ]
    assert len(confirmations) == 25, "every /remind add was saved once the lock was released"

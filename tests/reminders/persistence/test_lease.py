"""Leases in the store: who may send, for how long, and whose claims are stale.

One crew at a time (a rehearsal never sends beside `confbot run`); on SQLite one holder at a
time, on PostgreSQL every holder of the crew side by side. Taken over only once expired.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.reminders.persistence import lease
from bot.store.models import Delivery, Session

TTL = timedelta(seconds=30)
T0 = datetime(2026, 5, 7, 12, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
LIVE, REHEARSAL = "live", "rehearsal"


async def test_a_free_store_gives_a_lease(db: AsyncSession) -> None:
    assert await lease.holders(db, T0) == []

    assert await lease.hold(db, "run-1", LIVE, T0, TTL)

    assert await lease.holders(db, T0) == ["run-1"]


async def test_another_crew_is_refused_while_a_lease_is_unexpired(db: AsyncSession) -> None:
    await lease.hold(db, "run-1", LIVE, T0, TTL)

    assert not await lease.hold(db, "console", REHEARSAL, T0 + TTL - SECOND, TTL)

    assert await lease.holders(db, T0 + TTL - SECOND) == ["run-1"]


async def test_renewing_keeps_the_other_crew_out(db: AsyncSession) -> None:
    await lease.hold(db, "run-1", LIVE, T0, TTL)

    assert await lease.hold(db, "run-1", LIVE, T0 + TTL / 2, TTL)

    assert not await lease.hold(db, "console", REHEARSAL, T0 + TTL + SECOND, TTL)
    assert await lease.holders(db, T0 + TTL + SECOND) == ["run-1"]


async def test_an_expired_lease_is_taken_over_and_its_holder_refused(db: AsyncSession) -> None:
    await lease.hold(db, "run-1", LIVE, T0, TTL)

    assert await lease.holders(db, T0 + TTL) == []
    assert await lease.hold(db, "console", REHEARSAL, T0 + TTL, TTL)

    assert not await lease.hold(db, "run-1", LIVE, T0 + TTL + SECOND, TTL)
    assert await lease.holders(db, T0 + TTL + SECOND) == ["console"]


async def test_releasing_frees_the_store_at_once(db: AsyncSession) -> None:
    await lease.hold(db, "run-1", LIVE, T0, TTL)

    await lease.release(db, "run-1")

    assert await lease.holders(db, T0) == []
    assert await lease.hold(db, "console", REHEARSAL, T0, TTL)


async def test_only_its_holder_releases_a_lease(db: AsyncSession) -> None:
    await lease.hold(db, "run-1", LIVE, T0, TTL)

    await lease.release(db, "console")

    assert await lease.holders(db, T0) == ["run-1"]


@pytest.mark.sqlite_only(reason="one SQLite file serves one sending process")
async def test_on_sqlite_a_second_process_of_the_crew_waits(db: AsyncSession) -> None:
    await lease.hold(db, "run-1", LIVE, T0, TTL)

    assert not await lease.hold(db, "run-2", LIVE, T0 + SECOND, TTL)

    assert await lease.holders(db, T0 + SECOND) == ["run-1"]


@pytest.mark.postgres_only
async def test_on_postgresql_processes_of_one_crew_send_side_by_side(db: AsyncSession) -> None:
    await lease.hold(db, "run-1", LIVE, T0, TTL)

    assert await lease.hold(db, "run-2", LIVE, T0 + SECOND, TTL)
    assert not await lease.hold(db, "console", REHEARSAL, T0 + SECOND, TTL)

    assert await lease.holders(db, T0 + SECOND) == ["run-1", "run-2"]


async def _claim(db: AsyncSession, holder: str | None) -> int:
    """A delivery claimed by `holder`; its id."""
    session_id = await db.scalar(select(Session.id).limit(1))
    assert session_id is not None
    delivery = Delivery(
        recipient=f"dm:{len(holder or '')}",
        user_id=1,
        session_id=session_id,
        lead_minutes=10,
        due_at=T0,
        state="claimed",
        claimed_at=T0,
        claimed_by=holder,
    )
    db.add(delivery)
    await db.commit()
    return delivery.id


async def _stale_ids(db: AsyncSession, holder: str, now: datetime, *, mine: bool) -> set[int]:
    rows = await db.scalars(
        select(Delivery.id).where(
            Delivery.state == "claimed",
            lease.stale_claims(Delivery.claimed_by, holder, now, mine=mine),
        )
    )
    return set(rows)


async def test_claims_of_a_lapsed_holder_are_stale_and_a_live_ones_are_not(
    db: AsyncSession,
) -> None:
    await lease.hold(db, "alive", REHEARSAL, T0, TTL * 10)
    await lease.hold(db, "dead", REHEARSAL, T0, TTL)
    alive, dead, nobody, mine = [
        await _claim(db, holder) for holder in ("alive", "dead", None, "me")
    ]
    later = T0 + TTL + SECOND

    assert await _stale_ids(db, "me", later, mine=False) == {dead, nobody}
    assert await _stale_ids(db, "me", later, mine=True) == {dead, nobody, mine}
    assert alive not in await _stale_ids(db, "me", later, mine=True)

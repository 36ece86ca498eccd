"""Leases in the store: one holder at a time, taken over only once it has expired."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.store import lease

NAME = "reminders"
TTL = timedelta(seconds=30)
T0 = datetime(2026, 5, 7, 12, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)


async def test_a_free_lease_is_taken(db: AsyncSession) -> None:
    assert await lease.holder_of(db, NAME, T0) is None

    assert await lease.acquire(db, NAME, "run", T0, TTL)

    assert await lease.holder_of(db, NAME, T0) == "run"


async def test_it_is_refused_while_another_holds_it_unexpired(db: AsyncSession) -> None:
    await lease.acquire(db, NAME, "run", T0, TTL)

    assert not await lease.acquire(db, NAME, "console", T0 + TTL - SECOND, TTL)

    assert await lease.holder_of(db, NAME, T0 + TTL - SECOND) == "run"


async def test_its_holder_takes_it_again_and_extends_it(db: AsyncSession) -> None:
    await lease.acquire(db, NAME, "run", T0, TTL)

    assert await lease.acquire(db, NAME, "run", T0 + TTL - SECOND, TTL)

    assert not await lease.acquire(db, NAME, "console", T0 + TTL + SECOND, TTL)


async def test_it_is_taken_over_once_expired(db: AsyncSession) -> None:
    await lease.acquire(db, NAME, "run", T0, TTL)

    assert await lease.holder_of(db, NAME, T0 + TTL) is None
    assert await lease.acquire(db, NAME, "console", T0 + TTL, TTL)

    assert await lease.holder_of(db, NAME, T0 + TTL) == "console"


async def test_renewing_keeps_it_from_expiring(db: AsyncSession) -> None:
    await lease.acquire(db, NAME, "run", T0, TTL)

    assert await lease.renew(db, NAME, "run", T0 + TTL / 2, TTL)

    assert not await lease.acquire(db, NAME, "console", T0 + TTL + SECOND, TTL)
    assert await lease.holder_of(db, NAME, T0 + TTL + SECOND) == "run"


async def test_renewing_fails_after_a_takeover(db: AsyncSession) -> None:
    await lease.acquire(db, NAME, "run", T0, TTL)
    await lease.acquire(db, NAME, "console", T0 + TTL, TTL)

    assert not await lease.renew(db, NAME, "run", T0 + TTL + SECOND, TTL)

    assert await lease.holder_of(db, NAME, T0 + TTL + SECOND) == "console"
    assert await lease.renew(db, NAME, "console", T0 + TTL + SECOND, TTL)


async def test_releasing_frees_it_at_once(db: AsyncSession) -> None:
    await lease.acquire(db, NAME, "run", T0, TTL)

    await lease.release(db, NAME, "run")

    assert await lease.holder_of(db, NAME, T0) is None
    assert await lease.acquire(db, NAME, "console", T0, TTL)


async def test_only_its_holder_can_release_it(db: AsyncSession) -> None:
    await lease.acquire(db, NAME, "run", T0, TTL)

    await lease.release(db, NAME, "console")

    assert await lease.holder_of(db, NAME, T0) == "run"


async def test_leases_of_other_names_are_independent(db: AsyncSession) -> None:
    await lease.acquire(db, NAME, "run", T0, TTL)

    assert await lease.acquire(db, "announcements", "console", T0, TTL)

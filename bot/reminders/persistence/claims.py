"""The dispatcher's side of deliveries: what is due, claiming it, and recording how it ended.

Every step is its own short write transaction, so the state in the store is always one a
restarted dispatcher can continue from: claimed rows left by a crash go back to pending and are
sent again with the same nonce (Discord drops the repeat if the first send went out). Each claim
names its holder: several dispatchers on one PostgreSQL store claim apart (FOR UPDATE SKIP
LOCKED: none waits for another's claim), and the claims of one whose lease lapsed are taken
over by the others.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import SessionView
from bot.domain.reminders import DM_RECIPIENTS, Job, Route, SubscriptionStatus, Via, route_of
from bot.domain.shards import Shards
from bot.reminders.persistence import lease
from bot.reminders.persistence.deliveries import (
    CANCELLED,
    CLAIMED,
    FAILED,
    PENDING,
    RETIRED_REASON,
    UNTIMED_REASON,
    cancelled_values,
    pending_values,
    sendable_from,
)
from bot.store.convert import SESSION_LOAD, session_view
from bot.store.dialect import commit_and_lock_for_write, on_postgres
from bot.store.models import Delivery, DmChannel, GuildSettings, Session, Subscription


def sendable(shards: Shards | None) -> ColumnElement[bool]:
    return sendable_from(shards, Delivery.recipient, Delivery.guild_id)


async def recover_stale(db: AsyncSession, holder: str, now: datetime, *, mine: bool) -> int:
    """Claims nobody alive is sending go back to pending (see `lease.stale_claims`; `mine`
    takes back our own too, when nothing of ours is in flight), and the lapsed leases are
    dropped. Sent again with the same nonce, Discord drops a repeat whose first send went out.
    Their claim time is kept: a re-send reads the channel back from then on first."""
    await commit_and_lock_for_write(db)
    result = await db.execute(
        update(Delivery)
        .where(
            Delivery.state == CLAIMED,
            lease.stale_claims(Delivery.claimed_by, holder, now, mine=mine),
        )
        .values(state=PENDING, claimed_by=None)
    )
    await lease.forget_lapsed(db, now)
    await db.commit()
    return int(getattr(result, "rowcount", 0) or 0)


async def release(db: AsyncSession, delivery_ids: list[int]) -> None:
    """Claims a stopping dispatcher did not finish go back to pending for the next holder,
    keeping their claim time (a send may have gone out as it stopped)."""
    if not delivery_ids:
        return
    await commit_and_lock_for_write(db)
    await db.execute(
        update(Delivery)
        .where(Delivery.id.in_(delivery_ids), Delivery.state == CLAIMED)
        .values(state=PENDING, claimed_by=None)
    )
    await db.commit()


async def next_due_at(db: AsyncSession, shards: Shards | None = None) -> datetime | None:
    """When the earliest pending delivery this process may send falls due (None: nothing
    pending). A plain read, so an idle dispatcher never takes the write lock."""
    return await db.scalar(
        select(func.min(Delivery.due_at)).where(Delivery.state == PENDING, sendable(shards))
    )


async def due_load(
    db: AsyncSession, until: datetime, shards: Shards | None = None
) -> list[tuple[datetime, int]]:
    """Requests to send per due time, earliest first, for deliveries due by `until`: one per
    delivery, two for a DM whose channel is not known yet. The dispatcher starts a large
    fan-out early from this."""
    unknown_dm = case(
        (and_(Delivery.recipient.like(DM_RECIPIENTS), DmChannel.channel_id.is_(None)), 2), else_=1
    )
    rows = await db.execute(
        select(Delivery.due_at, func.sum(unknown_dm))
        .outerjoin(DmChannel, DmChannel.user_id == Delivery.user_id)
        .where(Delivery.state == PENDING, Delivery.due_at <= until, sendable(shards))
        .group_by(Delivery.due_at)
        .order_by(Delivery.due_at)
    )
    return [(due_at, int(requests)) for due_at, requests in rows]


async def claim_due(
    db: AsyncSession,
    holder: str,
    now: datetime,
    wall_now: datetime,
    limit: int = 50,
    *,
    until: datetime | None = None,
    shards: Shards | None = None,
) -> list[Job]:
    """Mark deliveries due by `until` (default: `now`) claimed by `holder`, in one transaction,
    and return them ready to send, earliest first. `until` is later than `now` for a fan-out
    that starts early; a retry is never claimed before its own due time, so its wait is kept
    however early a fan-out starts. `wall_now` is kept as the claim time of a first try (from
    then on, a re-send reads the channel back).

    Programme changes since planning are checked here too: a retired session cancels the
    delivery, a session moved later re-times it instead of sending early.
    """
    until = until or now
    await _begin_claim(db)
    result = await db.execute(
        select(
            Delivery.id,
            Delivery.recipient,
            Delivery.user_id,
            Delivery.guild_id,
            Delivery.channel_id,
            Delivery.subscription_id,
            Delivery.lead_minutes,
            Delivery.due_at,
            Delivery.session_id,
            Session.starts_at,
            Session.retired,
            Session.conference_id,
            Delivery.attempts,
            Delivery.claimed_at,
        )
        .join(Session, Session.id == Delivery.session_id)
        .where(Delivery.state == PENDING, Delivery.due_at <= until, sendable(shards))
        .where(or_(Delivery.attempts == 0, Delivery.due_at <= now))
        .order_by(Delivery.due_at, Delivery.id)
        .limit(limit)
        .with_for_update(of=Delivery, skip_locked=True)
    )
    rows: list[Any] = list(result)
    guild_ids = {row[3] for row in rows if route_of(row[1]) == Route.GUILD}
    roles = await _enabled_roles(db, guild_ids)
    changes: list[dict[str, Any]] = []
    claimed = []
    for row in rows:
        delivery_id, recipient, _, guild_id, _, _, lead, _, _, starts_at, retired = row[:11]
        if retired or starts_at is None:
            reason = RETIRED_REASON if retired else UNTIMED_REASON
            changes.append(cancelled_values(delivery_id, reason, now))
        elif route_of(recipient) == Route.GUILD and guild_id not in roles:
            changes.append(cancelled_values(delivery_id, "announcements were turned off", now))
        elif starts_at - timedelta(minutes=lead) > until:
            changes.append(pending_values(delivery_id, starts_at - timedelta(minutes=lead)))
        else:
            claim = {"state": CLAIMED, "claimed_at": row[13] or wall_now, "claimed_by": holder}
            changes.append({"id": delivery_id, **claim})
            claimed.append(row)
    if changes:
        await db.execute(update(Delivery), changes)
    await db.commit()
    sessions = await _session_views(db, {row[8] for row in claimed})
    return [_job(row, roles, sessions) for row in claimed]


async def _begin_claim(db: AsyncSession) -> None:
    """Start a claim's transaction. On PostgreSQL the rows are locked as they are read (FOR
    UPDATE SKIP LOCKED), so dispatchers claim side by side, each skipping what another is
    claiming, and none waits for the store's write lock; SQLite has one writer anyway."""
    if not on_postgres(db):
        await commit_and_lock_for_write(db)
    elif db.in_transaction():
        await db.commit()


def _job(row: Any, roles: dict[int | None, int | None], sessions: dict[int, SessionView]) -> Job:
    route = route_of(row[1])
    return Job(
        delivery_id=row[0],
        route=route,
        user_id=row[2],
        guild_id=row[3],
        channel_id=row[4],
        role_id=roles.get(row[3]) if route == Route.GUILD else None,
        subscription_id=row[5],
        lead_minutes=row[6],
        due_at=row[7],
        session=sessions[row[8]],
        conference_id=row[11],
        attempts=row[12],
        first_claimed_at=row[13],
    )


async def _enabled_roles(
    db: AsyncSession, guild_ids: set[int | None]
) -> dict[int | None, int | None]:
    """Role to ping per server whose announcements are on (None: no role)."""
    if not guild_ids:
        return {}
    rows = await db.execute(
        select(GuildSettings.guild_id, GuildSettings.role_id).where(
            GuildSettings.guild_id.in_([gid for gid in guild_ids if gid is not None]),
            GuildSettings.enabled.is_(True),
        )
    )
    return {guild_id: role_id for guild_id, role_id in rows}


async def _session_views(db: AsyncSession, ids: set[int]) -> dict[int, SessionView]:
    if not ids:
        return {}
    rows = await db.scalars(select(Session).where(Session.id.in_(ids)).options(*SESSION_LOAD))
    return {row.id: session_view(row) for row in rows}


async def finish(
    db: AsyncSession, delivery_id: int, state: str, reason: str | None, now: datetime
) -> None:
    """Record how a claimed delivery ended: sent, late, missed or failed (with why)."""
    await commit_and_lock_for_write(db)
    await db.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id, Delivery.state == CLAIMED)
        .values(state=state, reason=reason, finished_at=now)
    )
    await db.commit()


async def retry_later(
    db: AsyncSession, delivery_id: int, reason: str, due_at: datetime, claimed_at: datetime | None
) -> None:
    """A send that failed on Discord's side or on the way: back to pending, due again at
    `due_at`. Never given up here: the grace rule decides, when it is next claimed, whether it
    is still worth sending. `claimed_at` is the first try that may have been delivered (None:
    none may have been, as after a 429), from which the channel is read back."""
    await commit_and_lock_for_write(db)
    await db.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id, Delivery.state == CLAIMED)
        .values(
            attempts=Delivery.attempts + 1,
            state=PENDING,
            due_at=due_at,
            reason=reason,
            claimed_at=claimed_at,
        )
    )
    await db.commit()


async def _stop_recipient(
    db: AsyncSession,
    job: Job,
    reason: str,
    now: datetime,
    subscriptions: ColumnElement[bool] | None = None,
    subscription_status: str = "",
) -> None:
    """The recipient cannot be reached: fail this delivery, cancel the recipient's other
    pending ones with the reason, and mark the subscriptions so nothing more is attempted
    until the user acts. The caller commits."""
    await commit_and_lock_for_write(db)
    await db.execute(
        update(Delivery)
        .where(Delivery.id == job.delivery_id)
        .values(state=FAILED, reason=reason, finished_at=now)
    )
    recipient = await db.scalar(select(Delivery.recipient).where(Delivery.id == job.delivery_id))
    await db.execute(
        update(Delivery)
        .where(Delivery.recipient == recipient, Delivery.state == PENDING)
        .values(state=CANCELLED, reason=reason, finished_at=now)
    )
    if subscriptions is not None:
        await db.execute(
            update(Subscription)
            .where(subscriptions, Subscription.status == SubscriptionStatus.ACTIVE)
            .values(status=subscription_status)
        )


async def stop_dms(db: AsyncSession, job: Job, reason: str, now: datetime) -> None:
    """DMs closed (Discord 50007): tried once; every DM subscription of the user is paused,
    since they all go to the same closed DM."""
    mine = and_(Subscription.user_id == job.user_id, Subscription.via == Via.DM)
    await _stop_recipient(db, job, reason, now, mine, "dms_closed")
    await db.commit()


async def stop_channel_reminders(db: AsyncSession, job: Job, reason: str, now: datetime) -> None:
    """The channel of a 'here' reminder is gone or closed to the bot: pause those reminders."""
    mine = and_(
        Subscription.user_id == job.user_id,
        Subscription.via == Via.HERE,
        Subscription.channel_id == job.channel_id,
    )
    await _stop_recipient(db, job, reason, now, mine, "channel_gone")
    await db.commit()


async def disable_announcements(db: AsyncSession, job: Job, reason: str, now: datetime) -> None:
    """The announcement channel is gone or closed to the bot: turn the server's setting off,
    with the reason /announce status will show."""
    await _stop_recipient(db, job, reason, now)
    await db.execute(
        update(GuildSettings)
        .where(GuildSettings.guild_id == job.guild_id)
        .values(enabled=False, disabled_reason=reason, updated_at=now)
    )
    await db.commit()

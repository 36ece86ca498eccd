"""The dispatcher's side of deliveries: what is due, claiming it, and recording how it ended.

Every step is its own short BEGIN IMMEDIATE transaction, so the state in the store is always
one a restarted dispatcher can continue from: claimed rows left by a crash go back to pending
and are sent again with the same nonce (Discord drops the repeat if the first send went out).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import ConferenceView, SessionView
from bot.domain.reminders import Job
from bot.store.convert import SESSION_LOAD, session_view
from bot.store.deliveries import (
    CANCELLED,
    CLAIMED,
    FAILED,
    PENDING,
    RETIRED_REASON,
    UNTIMED_REASON,
    begin_write,
    cancelled_values,
    pending_values,
    route_of,
)
from bot.store.models import Delivery, GuildSettings, Session, Subscription

MAX_ATTEMPTS = 5
"""Sends that Discord answered with a server error (after discord.py's own retries)."""
RETRY_BASE = timedelta(seconds=15)
"""First wait before trying such a send again; doubled each time, so never a retry storm.

All retries (15 + 30 + 60 + 120 s) fit inside the few minutes in which Discord drops a repeated
nonce: a message Discord created despite answering with an error is never shown twice."""


async def recover_stale(db: AsyncSession) -> int:
    """Claimed deliveries left by a crash go back to pending; sent again with the same nonce,
    Discord drops them if the crash came after the send. Only one dispatcher runs per store."""
    await begin_write(db)
    result = await db.execute(
        update(Delivery).where(Delivery.state == CLAIMED).values(state=PENDING, claimed_at=None)
    )
    await db.commit()
    return int(getattr(result, "rowcount", 0) or 0)


async def next_due_at(db: AsyncSession, conf: ConferenceView) -> datetime | None:
    """When the dispatcher must next wake up by itself (None: nothing pending). A plain read,
    so an idle dispatcher never takes the write lock."""
    return await db.scalar(
        select(func.min(Delivery.due_at))
        .join(Session, Session.id == Delivery.session_id)
        .where(Delivery.state == PENDING, Session.conference_id == conf.id)
    )


async def claim_due(
    db: AsyncSession, conf: ConferenceView, now: datetime, limit: int = 50
) -> list[Job]:
    """Mark due deliveries claimed, in one write transaction, and return them ready to send.

    Programme changes since planning are checked here too: a retired session cancels the
    delivery, a session moved later re-times it instead of sending early.
    """
    await begin_write(db)
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
        )
        .join(Session, Session.id == Delivery.session_id)
        .where(
            Delivery.state == PENDING,
            Delivery.due_at <= now,
            Session.conference_id == conf.id,
        )
        .order_by(Delivery.due_at, Delivery.id)
        .limit(limit)
    )
    rows = list(result)
    guild_ids = {row[3] for row in rows if route_of(row[1]) == "guild"}
    roles = await _enabled_roles(db, guild_ids)
    changes: list[dict[str, Any]] = []
    claimed = []
    for row in rows:
        delivery_id, recipient, _, guild_id, _, _, lead, _, _, starts_at, retired = row
        if retired or starts_at is None:
            changes.append(
                cancelled_values(delivery_id, RETIRED_REASON if retired else UNTIMED_REASON, now)
            )
        elif route_of(recipient) == "guild" and guild_id not in roles:
            changes.append(cancelled_values(delivery_id, "announcements were turned off", now))
        elif starts_at - timedelta(minutes=lead) > now:
            changes.append(pending_values(delivery_id, starts_at - timedelta(minutes=lead)))
        else:
            changes.append({"id": delivery_id, "state": CLAIMED, "claimed_at": now})
            claimed.append(row)
    if changes:
        await db.execute(update(Delivery), changes)
    await db.commit()
    sessions = await _session_views(db, {row[8] for row in claimed})
    return [
        Job(
            delivery_id=row[0],
            route=route_of(row[1]),
            user_id=row[2],
            guild_id=row[3],
            channel_id=row[4],
            role_id=roles.get(row[3]) if route_of(row[1]) == "guild" else None,
            subscription_id=row[5],
            lead_minutes=row[6],
            due_at=row[7],
            session=sessions[row[8]],
        )
        for row in claimed
    ]


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
    await begin_write(db)
    await db.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id, Delivery.state == CLAIMED)
        .values(state=state, reason=reason, finished_at=now)
    )
    await db.commit()


async def retry_later(db: AsyncSession, delivery_id: int, reason: str, now: datetime) -> str:
    """A send Discord failed on its side: back to pending with a growing wait, failed after
    MAX_ATTEMPTS. Returns the new state."""
    await begin_write(db)
    attempts = int(
        await db.scalar(select(Delivery.attempts).where(Delivery.id == delivery_id)) or 0
    )
    attempts += 1
    if attempts >= MAX_ATTEMPTS:
        values: dict[str, Any] = {
            "state": FAILED,
            "reason": f"{reason} (gave up after {attempts} tries)",
            "finished_at": now,
        }
    else:
        wait = RETRY_BASE * 2 ** (attempts - 1)
        values = {"state": PENDING, "due_at": now + wait, "reason": reason, "claimed_at": None}
    await db.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id, Delivery.state == CLAIMED)
        .values(attempts=attempts, **values)
    )
    await db.commit()
    return str(values["state"])


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
    await begin_write(db)
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
            .where(subscriptions, Subscription.status == "active")
            .values(status=subscription_status)
        )


async def stop_dms(db: AsyncSession, job: Job, reason: str, now: datetime) -> None:
    """DMs closed (Discord 50007): tried once; every DM subscription of the user is paused,
    since they all go to the same closed DM."""
    mine = and_(Subscription.user_id == job.user_id, Subscription.via == "dm")
    await _stop_recipient(db, job, reason, now, mine, "dms_closed")
    await db.commit()


async def stop_channel_reminders(db: AsyncSession, job: Job, reason: str, now: datetime) -> None:
    """The channel of a 'here' reminder is gone or closed to the bot: pause those reminders."""
    mine = and_(
        Subscription.user_id == job.user_id,
        Subscription.via == "here",
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

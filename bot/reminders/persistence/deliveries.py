"""Deliveries: the durable to-do list of reminders and announcements, and its state machine.

One row per (recipient, session, lead time), so overlapping subscriptions can never produce two
reminders for the same session and lead, and a restart neither forgets nor repeats: pending ->
claimed -> sent | late | missed | failed, or cancelled when the session left the programme or
the recipient cannot be reached. Finished rows are history, shown in /remind list when they went
wrong. This module holds what planning (`planning.py`) and claiming (`claims.py`) share; when a
reminder is due and what a late one becomes is `bot.reminders.policy`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    delete,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute, QueryableAttribute

from bot.domain.reminders import (
    GUILD_RECIPIENTS,
    RECIPIENT_SEPARATOR,
    DeliveryProblem,
    DeliveryState,
    Route,
)
from bot.domain.shards import SHARD_ID_SHIFT, Shards
from bot.store.models import Delivery, Session, Subscription

PENDING, CLAIMED, SENT, LATE, MISSED, FAILED, CANCELLED = DeliveryState
PROBLEM_STATES = (LATE, MISSED, FAILED, CANCELLED)
RETIRED_REASON = "the session was removed from the programme"
UNTIMED_REASON = "the session no longer has a known time"


def sendable_from(
    shards: Shards | None,
    recipient: InstrumentedAttribute[str],
    guild_id: InstrumentedAttribute[int | None],
) -> ColumnElement[bool]:
    """Rows (deliveries, notices) a process holding `shards` may send: all of them, except
    those to servers on shards another process holds (DMs and channel reminders go over REST,
    from any process)."""
    if shards is None or shards.all:
        return true()
    # A literal shift: a bound parameter would be typed bigint, and PostgreSQL has no
    # bigint >> bigint.
    shard = guild_id.op(">>")(literal_column(str(SHARD_ID_SHIFT))) % shards.count
    return or_(recipient.not_like(GUILD_RECIPIENTS), shard.in_(sorted(shards.ids)))


def cancelled_values(delivery_id: int, reason: str, now: datetime) -> dict[str, Any]:
    """Values for a bulk UPDATE by primary key: cancel one delivery, saying why."""
    return {"id": delivery_id, "state": CANCELLED, "reason": reason, "finished_at": now}


def pending_values(delivery_id: int, due_at: datetime) -> dict[str, Any]:
    """Values for a bulk UPDATE by primary key: (re)schedule one delivery."""
    return {"id": delivery_id, "state": PENDING, "due_at": due_at, "reason": None}


async def drop_pending(db: AsyncSession, *conditions: ColumnElement[bool]) -> None:
    """Forget pending deliveries that are to be re-planned (a new lead time, a removal).

    Deleted rather than cancelled: they were never due, and the (recipient, session, lead) key
    must be free for the re-planned row.
    """
    await db.execute(delete(Delivery).where(Delivery.state == PENDING, *conditions))


async def drop_unsent(db: AsyncSession, recipient: str, now: datetime) -> None:
    """Forget what a recipient was never sent for sessions still to come: pending rows, and
    rows cancelled or failed because the recipient could not be reached. Used when the user or
    admin sets things up again (DMs reopened, a new channel), so re-planning can fill them."""
    upcoming = select(Session.id).where(Session.starts_at > now)
    await db.execute(
        delete(Delivery).where(
            Delivery.recipient == recipient,
            or_(
                Delivery.state == PENDING,
                and_(
                    Delivery.state.in_((CANCELLED, FAILED)),
                    Delivery.reason != RETIRED_REASON,
                    Delivery.session_id.in_(upcoming),
                ),
            ),
        )
    )


async def problems(
    db: AsyncSession, *conditions: ColumnElement[bool], limit: int = 10
) -> tuple[DeliveryProblem, ...]:
    """Recent deliveries that went wrong (late, missed, failed, cancelled), newest first."""
    rows = await db.execute(
        select(
            Session.title, Session.starts_at, Delivery.state, Delivery.reason, Delivery.finished_at
        )
        .join(Session, Session.id == Delivery.session_id)
        .where(Delivery.state.in_(PROBLEM_STATES), *conditions)
        .order_by(Delivery.finished_at.desc(), Delivery.id.desc())
        .limit(limit)
    )
    return tuple(DeliveryProblem(*row) for row in rows)


def recipient_sql(
    route: Route, *ids: ColumnElement[Any] | QueryableAttribute[Any]
) -> ColumnElement[str]:
    """The recipient `bot.domain.reminders.recipient` encodes, built by the database from
    columns, so planning never brings a row per subscriber into Python."""
    built: ColumnElement[str] = literal(str(route))
    for part in ids:
        built = built + RECIPIENT_SEPARATOR + sql_cast(part, String)
    return built


def recipients_of_user(user_id: int) -> ColumnElement[bool]:
    """Every personal delivery of a user, by DM or in a channel (not server announcements)."""
    return and_(Delivery.user_id == user_id, Delivery.recipient.not_like(GUILD_RECIPIENTS))


async def held_for(db: AsyncSession, user_id: int) -> tuple[int, int]:
    """How many subscriptions and deliveries name the user."""
    subscriptions = await db.scalar(
        select(func.count()).select_from(Subscription).where(Subscription.user_id == user_id)
    )
    sent = await db.scalar(
        select(func.count()).select_from(Delivery).where(Delivery.user_id == user_id)
    )
    return subscriptions or 0, sent or 0


async def forget_user(db: AsyncSession, user_id: int) -> None:
    """Delete the user's deliveries and subscriptions, in the caller's transaction."""
    await db.execute(delete(Delivery).where(Delivery.user_id == user_id))
    await db.execute(delete(Subscription).where(Subscription.user_id == user_id))

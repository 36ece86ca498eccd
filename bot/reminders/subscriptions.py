"""Personal reminders: subscribe, list, remove, clear. Only ever the caller's own.

Every change re-plans the caller's deliveries in the same write transaction, so what the
confirmation promises is exactly what the dispatcher will send.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.domain.errors import N_, DomainError
from bot.domain.records import Choice, ConferenceView
from bot.domain.reminders import (
    DEFAULT_LEAD_MINUTES,
    PlannedReminder,
    ReminderList,
    Saved,
    Subscribed,
    SubscriptionInfo,
    SubscriptionStatus,
    Target,
    TargetType,
    Via,
    check_lead,
    subscription_recipient,
)
from bot.i18n import readers
from bot.reminders.persistence import deliveries, planning
from bot.reminders.targets import (
    find_target,
    resolve_target,
    started_sessions,
    target_sessions_query,
)
from bot.store.convert import SESSION_LOAD, session_view
from bot.store.dialect import commit_and_lock_for_write
from bot.store.models import Delivery, Session, Subscription

LIST_LIMIT = 25
PLANNED_SHOWN = 20
"""More reminders than fit in a reply's field are counted, never loaded: 'everything' at a
large conference is a hundred thousand of them."""


class NoSuchReminder(DomainError):
    """Also the answer for someone else's reminder: ids of other users reveal nothing."""

    def __init__(self, reminder_id: int) -> None:
        super().__init__(
            N_("You have no reminder #{number}. /remind list shows yours with their numbers."),
            number=reminder_id,
        )


def _same_channel(channel_id: int | None) -> ColumnElement[bool]:
    if channel_id is None:
        return Subscription.channel_id.is_(None)
    return Subscription.channel_id == channel_id


async def subscribe(
    db: AsyncSession,
    conf: ConferenceView,
    clock: Clock,
    *,
    user_id: int,
    guild_id: int | None,
    channel_id: int | None,
    target_text: str,
    minutes: int = DEFAULT_LEAD_MINUTES,
    via: Via = Via.DM,
    locale: str | None = None,
) -> Subscribed:
    """Save (or merge into) a subscription and plan its deliveries.

    The same target, route and channel twice is one subscription; a new lead time replaces the
    old one and re-plans what is still pending. Sessions already started are never reminded.
    In a DM there is no channel to post in, so 'here' is a DM as well.
    """
    check_lead(minutes, "Reminders")
    if via not in list(Via):
        raise DomainError(
            N_("Choose how to be reminded: dm (a direct message) or here (this channel).")
        )
    if channel_id is None or guild_id is None:
        via = Via.DM
    channel = channel_id if via == Via.HERE else None
    recipient = subscription_recipient(via, user_id, channel)
    now = clock.now()
    await commit_and_lock_for_write(db)
    target = await resolve_target(db, conf, target_text, now)
    started = await started_sessions(db, conf, target, now)
    if locale is not None:  # the language its DMs will be written in
        await readers.remember(db, user_id, locale, now)
    row = await db.scalar(
        select(Subscription).where(
            Subscription.conference_id == conf.id,
            Subscription.user_id == user_id,
            Subscription.target_type == target.type,
            Subscription.target_ref == target.ref,
            Subscription.via == via,
            _same_channel(channel),
        )
    )
    previous = None
    if row is None:
        row = Subscription(
            conference_id=conf.id,
            user_id=user_id,
            guild_id=guild_id,
            channel_id=channel,
            target_type=target.type,
            target_ref=target.ref,
            lead_minutes=minutes,
            via=via,
            status=SubscriptionStatus.ACTIVE,
            created_at=now,
        )
        db.add(row)
        outcome = Saved.CREATED
    else:
        outcome = Saved.UNCHANGED
        if row.lead_minutes != minutes:
            previous, outcome = row.lead_minutes, Saved.UPDATED
            await deliveries.drop_pending(db, Delivery.subscription_id == row.id)
        if row.status != SubscriptionStatus.ACTIVE:
            outcome = Saved.REACTIVATED
            # Paused (DMs closed, channel lost): the user acted, so try everything to come.
            await deliveries.drop_unsent(db, recipient, now)
        row.lead_minutes, row.status = minutes, SubscriptionStatus.ACTIVE
    await db.flush()
    await planning.plan_subscriptions(db, conf, now, user_id=user_id)
    await db.commit()
    planned = await _pending_for(db, conf, now, recipient, minutes, target, PLANNED_SHOWN)
    planned_count = await _pending_count(db, conf, now, recipient, minutes, target)
    return Subscribed(
        id=row.id,
        target=target,
        lead_minutes=minutes,
        via=via,
        channel_id=channel,
        outcome=outcome,
        previous_lead=previous,
        planned=planned,
        planned_count=planned_count,
        already_started=started,
    )


async def _pending_for(
    db: AsyncSession,
    conf: ConferenceView,
    now: datetime,
    recipient: str,
    lead: int,
    target: Target,
    limit: int | None = None,
) -> tuple[PlannedReminder, ...]:
    """The reminders still to come for one subscription (sessions not yet started), soonest
    first.

    Read from the deliveries themselves (not recomputed), because a reminder already sent for
    the same session and lead by an overlapping subscription is not sent again.
    """
    query = (
        select(Delivery.due_at, Session)
        .join(Session, Session.id == Delivery.session_id)
        .where(*_pending_of(conf, now, recipient, lead, target))
        .order_by(Delivery.due_at, Session.starts_at)
        .options(*SESSION_LOAD)
    )
    if limit is not None:
        query = query.limit(limit)
    rows = await db.execute(query)
    return tuple(PlannedReminder(session_view(session), due_at) for due_at, session in rows)


def _pending_of(
    conf: ConferenceView, now: datetime, recipient: str, lead: int, target: Target
) -> tuple[ColumnElement[bool], ...]:
    session_ids = target_sessions_query(conf, target).with_only_columns(Session.id)
    return (
        Delivery.recipient == recipient,
        Delivery.lead_minutes == lead,
        Delivery.state == deliveries.PENDING,
        Delivery.session_id.in_(session_ids),
        Session.starts_at > now,
    )


async def _pending_count(
    db: AsyncSession,
    conf: ConferenceView,
    now: datetime,
    recipient: str,
    lead: int,
    target: Target,
) -> int:
    query = (
        select(func.count())
        .select_from(Delivery)
        .join(Session, Session.id == Delivery.session_id)
        .where(*_pending_of(conf, now, recipient, lead, target))
    )
    return int(await db.scalar(query) or 0)


async def _mine(db: AsyncSession, conf: ConferenceView, user_id: int) -> list[Subscription]:
    rows = await db.scalars(
        select(Subscription)
        .where(Subscription.conference_id == conf.id, Subscription.user_id == user_id)
        .order_by(Subscription.id)
    )
    return list(rows)


async def _target_of(db: AsyncSession, conf: ConferenceView, row: Subscription) -> Target:
    found = await find_target(db, conf, row.target_type, row.target_ref, live=False)
    return found or Target(
        TargetType(row.target_type), row.target_ref, f"{row.target_ref} (removed)"
    )


async def list_reminders(
    db: AsyncSession, conf: ConferenceView, clock: Clock, user_id: int
) -> ReminderList:
    """The caller's subscriptions with their next reminder, and what recently went wrong."""
    infos = []
    for row in (await _mine(db, conf, user_id))[:LIST_LIMIT]:
        target = await _target_of(db, conf, row)
        recipient = subscription_recipient(row.via, row.user_id, row.channel_id)
        upcoming = await _pending_for(
            db, conf, clock.now(), recipient, row.lead_minutes, target, limit=1
        )
        infos.append(
            SubscriptionInfo(
                id=row.id,
                target=target,
                lead_minutes=row.lead_minutes,
                via=Via(row.via),
                channel_id=row.channel_id,
                status=SubscriptionStatus(row.status),
                next_reminder=upcoming[0] if upcoming else None,
            )
        )
    found = await deliveries.problems(db, deliveries.recipients_of_user(user_id))
    return ReminderList(tuple(infos), found)


async def remove(
    db: AsyncSession, conf: ConferenceView, clock: Clock, user_id: int, reminder_id: int
) -> Target:
    """Delete one of the caller's subscriptions; its pending reminders go with it, except
    those another of the caller's subscriptions also asks for."""
    await commit_and_lock_for_write(db)
    row = await db.scalar(
        select(Subscription).where(
            Subscription.id == reminder_id,
            Subscription.user_id == user_id,
            Subscription.conference_id == conf.id,
        )
    )
    if row is None:
        raise NoSuchReminder(reminder_id)
    target = await _target_of(db, conf, row)
    await deliveries.drop_pending(db, Delivery.subscription_id == row.id)
    await db.delete(row)
    await db.flush()
    await planning.plan_subscriptions(db, conf, clock.now(), user_id=user_id)
    await db.commit()
    return target


async def clear(db: AsyncSession, conf: ConferenceView, user_id: int) -> int:
    """Delete all the caller's subscriptions and their pending reminders; returns how many.

    Deliveries already made stay as history (their subscription link is cleared).
    """
    await commit_and_lock_for_write(db)
    ids = [row.id for row in await _mine(db, conf, user_id)]
    if ids:
        await deliveries.drop_pending(db, Delivery.subscription_id.in_(ids))
        await db.execute(delete(Subscription).where(Subscription.id.in_(ids)))
    await db.commit()
    return len(ids)


async def reminder_choices(
    db: AsyncSession, conf: ConferenceView, user_id: int, typed: str
) -> list[Choice[int]]:
    """Autocomplete for /remind remove: the caller's own subscriptions."""
    wanted = typed.strip().lstrip("#").casefold()
    found = []
    for row in await _mine(db, conf, user_id):
        target = await _target_of(db, conf, row)
        how = "DM" if row.via == Via.DM else "in a channel"
        name = f"#{row.id} · {target.label} · {row.lead_minutes} min before · {how}"
        if not wanted or wanted in name.casefold():
            found.append(Choice(name, row.id))
    return found

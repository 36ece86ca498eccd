"""Planning: the deliveries that subscriptions and server settings call for, made in bulk.

Idempotent (INSERT ... ON CONFLICT DO NOTHING on the (recipient, session, lead) key) and done
by SQLite itself, so that 10,000 subscribers to one keynote are planned without a row per
subscriber passing through Python. Re-planning also follows the programme: moved sessions are
re-timed, retired ones cancelled (and revived if they come back).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Result,
    Select,
    Table,
    and_,
    case,
    func,
    literal,
    null,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import QueryableAttribute

from bot.clock import Clock
from bot.domain.kinds import REMINDABLE, Group, kinds_of
from bot.domain.records import ConferenceView
from bot.domain.reminders import Route, SubscriptionStatus, TargetType, Via, guild_recipient
from bot.reminders.persistence.deliveries import (
    CANCELLED,
    PENDING,
    RETIRED_REASON,
    UNTIMED_REASON,
    cancelled_values,
    pending_values,
    recipient_sql,
)
from bot.reminders.policy import due_time
from bot.store.dialect import commit_and_lock_for_write, later_of, minutes_before, upsert
from bot.store.models import (
    AgendaItem,
    AgendaReminder,
    Delivery,
    GuildSettings,
    Paper,
    Session,
    Subscription,
    Topic,
    paper_sessions,
    session_topics,
)
from bot.store.types import UTCDateTime

DELIVERIES = cast(Table, Delivery.__table__)
"""The Core table, for bulk statements that must not build an ORM object per row."""
UNIQUE_DELIVERY = ["recipient", "session_id", "lead_minutes"]


@dataclass(frozen=True)
class PlanReport:
    """What a planning pass changed, for the log."""

    created: int
    retimed: int
    cancelled: int


_Planned = Select[*tuple[Any, ...]]
PLANNED_COLUMNS = (
    "recipient",
    "subscription_id",
    "guild_id",
    "user_id",
    "channel_id",
    "session_id",
    "lead_minutes",
    "due_at",
    "state",
    "attempts",
)


def _planned_columns(now: datetime) -> list[ColumnElement[Any] | QueryableAttribute[Any]]:
    """A subscription joined to a session, as the values of its delivery row, computed by
    SQLite itself so that planning never brings a row per subscriber into Python.

    The due time is `start - lead`, kept in the store's own text format (the microseconds of
    the start are carried over), or `now` if that has passed; the fixed-width format makes the
    text comparison of max() a time comparison.
    """
    here = and_(Subscription.via == Via.HERE, Subscription.channel_id.is_not(None))
    recipient = case(
        (here, recipient_sql(Route.HERE, Subscription.channel_id, Subscription.user_id)),
        else_=recipient_sql(Route.DM, Subscription.user_id),
    )
    return [
        recipient,
        Subscription.id,
        Subscription.guild_id,
        Subscription.user_id,
        case((here, Subscription.channel_id), else_=null()),
        Session.id,
        Subscription.lead_minutes,
        _due(Subscription.lead_minutes, now),
        literal(PENDING),
        literal(0),
    ]


def _due(lead: QueryableAttribute[int], now: datetime) -> ColumnElement[Any]:
    return later_of(minutes_before(Session.starts_at, lead), literal(now, UTCDateTime()))


def _agenda_matches(conf: ConferenceView, now: datetime) -> _Planned:
    """The DMs agenda reminders call for: each session on an agenda whose owner turned the
    agenda reminder on. No subscription asked for them, so they carry none."""
    return (
        select(
            recipient_sql(Route.DM, AgendaItem.user_id),
            null(),
            null(),
            AgendaItem.user_id,
            null(),
            Session.id,
            AgendaReminder.lead_minutes,
            _due(AgendaReminder.lead_minutes, now),
            literal(PENDING),
            literal(0),
        )
        .select_from(AgendaItem)
        .join(
            AgendaReminder,
            and_(
                AgendaReminder.conference_id == AgendaItem.conference_id,
                AgendaReminder.user_id == AgendaItem.user_id,
            ),
        )
        .join(
            Session,
            and_(
                Session.conference_id == AgendaItem.conference_id,
                Session.slug == AgendaItem.session_slug,
            ),
        )
        .where(
            AgendaItem.conference_id == conf.id,
            Session.retired.is_(False),
            Session.starts_at > now,
        )
    )


def _subscription_matches(conf: ConferenceView, now: datetime) -> list[_Planned]:
    """The deliveries every target type calls for, one query per type so each join uses an
    index: 10,000 subscribers to one keynote is one indexed join, inside SQLite."""
    columns = _planned_columns(now)
    same_conf = Session.conference_id == Subscription.conference_id
    common = (
        Subscription.conference_id == conf.id,
        Subscription.status == SubscriptionStatus.ACTIVE,
        Session.retired.is_(False),
        Session.starts_at > now,
    )
    queries: list[_Planned] = [
        select(*columns)
        .select_from(Subscription)
        .join(Session, and_(same_conf, Session.slug == Subscription.target_ref))
        .where(Subscription.target_type == TargetType.SESSION, *common),
        select(*columns)
        .select_from(Subscription)
        .join(
            Paper,
            and_(
                Paper.conference_id == Subscription.conference_id,
                Paper.slug == Subscription.target_ref,
                Paper.retired.is_(False),
            ),
        )
        .join(paper_sessions, paper_sessions.c.paper_id == Paper.id)
        .join(Session, Session.id == paper_sessions.c.session_id)
        .where(Subscription.target_type == TargetType.PAPER, *common),
        select(*columns)
        .select_from(Subscription)
        .join(
            Topic,
            and_(
                Topic.conference_id == Subscription.conference_id,
                Topic.slug == Subscription.target_ref,
            ),
        )
        .join(session_topics, session_topics.c.topic_id == Topic.id)
        .join(Session, Session.id == session_topics.c.session_id)
        .where(Subscription.target_type == TargetType.TOPIC, *common),
    ]
    for group in REMINDABLE:
        queries.append(
            select(*columns)
            .select_from(Subscription)
            .join(Session, and_(same_conf, Session.kind.in_(kinds_of(group))))
            .where(
                Subscription.target_type == TargetType.KIND,
                Subscription.target_ref == group,
                *common,
            )
        )
    return queries


async def _insert(db: AsyncSession, rows: list[dict[str, Any]]) -> int:
    """Bulk INSERT ... ON CONFLICT DO NOTHING: an existing (recipient, session, lead) wins."""
    if not rows:
        return 0
    statement = upsert(db, DELIVERIES).on_conflict_do_nothing(index_elements=UNIQUE_DELIVERY)
    before = await db.scalar(select(func.max(Delivery.id))) or 0
    await db.execute(statement, rows)
    return int(await db.scalar(select(func.count()).where(Delivery.id > before)) or 0)


def _row(
    recipient: str,
    *,
    subscription_id: int | None,
    guild_id: int | None,
    user_id: int | None,
    channel_id: int | None,
    session_id: int,
    lead_minutes: int,
    due_at: datetime,
) -> dict[str, Any]:
    return {
        "recipient": recipient,
        "subscription_id": subscription_id,
        "guild_id": guild_id,
        "user_id": user_id,
        "channel_id": channel_id,
        "session_id": session_id,
        "lead_minutes": lead_minutes,
        "due_at": due_at,
        "state": PENDING,
        "claimed_at": None,
        "finished_at": None,
        "reason": None,
        "attempts": 0,
    }


async def plan_subscriptions(
    db: AsyncSession,
    conf: ConferenceView,
    now: datetime,
    *,
    user_id: int | None = None,
) -> int:
    """Create the missing deliveries of active subscriptions and agenda reminders (all, or
    one user's), in bulk: INSERT ... SELECT ... ON CONFLICT DO NOTHING, so an existing
    (recipient, session, lead) wins and overlapping wishes never make two. Returns how many
    were created."""
    created = 0
    queries = _subscription_matches(conf, now)
    agenda = _agenda_matches(conf, now)
    if user_id is not None:
        queries = [query.where(Subscription.user_id == user_id) for query in queries]
        agenda = agenda.where(AgendaItem.user_id == user_id)
    for query in [*queries, agenda]:
        statement = (
            upsert(db, DELIVERIES)
            .from_select(PLANNED_COLUMNS, query)
            .on_conflict_do_nothing(index_elements=UNIQUE_DELIVERY)
        )
        created += _rowcount(await db.execute(statement))
    return created


def _rowcount(result: Result[Any]) -> int:
    return max(0, int(cast(CursorResult[Any], result).rowcount))


def announced_sessions(conf: ConferenceView, kinds: Iterable[str]) -> ColumnElement[bool]:
    """The sessions a server's announcement kinds cover."""
    return and_(
        Session.conference_id == conf.id,
        Session.retired.is_(False),
        or_(*(Session.kind.in_(kinds_of(Group(kind))) for kind in kinds)),
    )


async def plan_announcements(
    db: AsyncSession, conf: ConferenceView, now: datetime, *, guild_id: int | None = None
) -> int:
    """Create the missing announcement deliveries of enabled servers (all, or one)."""
    query = select(GuildSettings).where(
        GuildSettings.conference_id == conf.id, GuildSettings.enabled.is_(True)
    )
    if guild_id is not None:
        query = query.where(GuildSettings.guild_id == guild_id)
    rows: list[dict[str, Any]] = []
    for settings in (await db.scalars(query)).all():
        if not settings.kinds:
            continue
        sessions = await db.execute(
            select(Session.id, Session.starts_at).where(
                announced_sessions(conf, settings.kinds), Session.starts_at > now
            )
        )
        for session_id, starts_at in sessions:
            assert starts_at is not None  # the query keeps timed sessions only
            rows.append(
                _row(
                    guild_recipient(settings.guild_id),
                    subscription_id=None,
                    guild_id=settings.guild_id,
                    user_id=None,
                    channel_id=settings.channel_id,
                    session_id=session_id,
                    lead_minutes=settings.lead_minutes,
                    due_at=due_time(starts_at, settings.lead_minutes, now),
                )
            )
    return await _insert(db, rows)


async def _retime(db: AsyncSession, conf: ConferenceView, now: datetime) -> tuple[int, int]:
    """Follow the programme: move pending deliveries whose session moved, cancel those whose
    session was retired (or lost its time), and revive those cancelled by a retirement when the
    session came back. Returns (retimed or revived, cancelled)."""
    result = await db.execute(
        select(
            Delivery.id,
            Delivery.state,
            Delivery.due_at,
            Delivery.lead_minutes,
            Session.starts_at,
            Session.retired,
        )
        .join(Session, Session.id == Delivery.session_id)
        .where(
            Session.conference_id == conf.id,
            or_(
                Delivery.state == PENDING,
                and_(Delivery.state == CANCELLED, Delivery.reason == RETIRED_REASON),
            ),
        )
    )
    changes: list[dict[str, Any]] = []
    cancelled = 0
    for delivery_id, state, due_at, lead, starts_at, retired in result:
        if retired or starts_at is None:
            if state == PENDING:
                reason = RETIRED_REASON if retired else UNTIMED_REASON
                changes.append(cancelled_values(delivery_id, reason, now))
                cancelled += 1
            continue
        right = starts_at - timedelta(minutes=lead)
        if state == CANCELLED:
            if starts_at > now:
                changes.append(pending_values(delivery_id, max(right, now)))
        elif right > due_at or (right < due_at and due_at > now):
            changes.append(pending_values(delivery_id, max(right, now)))
    if changes:
        await db.execute(update(Delivery), changes)
    return len(changes) - cancelled, cancelled


async def _sync_subscription_status(db: AsyncSession, conf: ConferenceView) -> None:
    """Subscriptions to a session or paper that left the programme are kept, marked 'retired'
    (so /remind list can say so), and become active again if it comes back. Done by SQLite in
    place: there may be thousands of subscriptions to one session."""
    live = {
        "session": select(Session.slug).where(
            Session.conference_id == conf.id, Session.retired.is_(False)
        ),
        "paper": select(Paper.slug).where(Paper.conference_id == conf.id, Paper.retired.is_(False)),
        "topic": select(Topic.slug).where(Topic.conference_id == conf.id),
    }
    for target_type, slugs in live.items():
        mine = and_(Subscription.conference_id == conf.id, Subscription.target_type == target_type)
        gone = and_(mine, Subscription.target_ref.not_in(slugs))
        back = and_(mine, Subscription.target_ref.in_(slugs))
        await _move(db, gone, SubscriptionStatus.ACTIVE, SubscriptionStatus.RETIRED)
        await _move(db, back, SubscriptionStatus.RETIRED, SubscriptionStatus.ACTIVE)


async def _move(
    db: AsyncSession,
    which: ColumnElement[bool],
    was: SubscriptionStatus,
    becomes: SubscriptionStatus,
) -> None:
    await db.execute(
        update(Subscription).where(which, Subscription.status == was).values(status=becomes)
    )


async def plan(db: AsyncSession, conf: ConferenceView, clock: Clock) -> PlanReport:
    """Bring deliveries in line with subscriptions, server settings and the programme.

    Idempotent and in bulk; run when the dispatcher starts, so that re-seeding (moved, new or
    retired sessions) and anything missed while the bot was down are honoured.
    """
    now = clock.now()
    await commit_and_lock_for_write(db)
    await _sync_subscription_status(db, conf)
    retimed, cancelled = await _retime(db, conf, now)
    created = await plan_subscriptions(db, conf, now)
    created += await plan_announcements(db, conf, now)
    await db.commit()
    return PlanReport(created, retimed, cancelled)

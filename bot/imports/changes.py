"""Schedule changes: recorded when a re-import moves, retitles, adds or cancels a session (the
seed finds them, see `bot.store.seed.FoundChange`), with one notice per person or server that
would have been reminded of it.

Who is told comes from the deliveries already planned for the session (sent or not): those are
exactly the people whose subscriptions (by session, paper, topic or kind) and the servers whose
announcements cover it, with their routes, deduplicated by recipient. People who have the
session on their agenda are told too, by DM, unless a reminder route already reaches them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.domain.changes import NOTIFIED, ChangeKind, ChangeView, SessionFacts
from bot.domain.imported import ConferenceData
from bot.domain.reminders import DeliveryState, dm_recipient
from bot.store import seed as store_seed
from bot.store.dialect import upsert
from bot.store.models import AgendaItem, ChangeNotice, Delivery, ScheduleChange, Session
from bot.store.seed import FoundChange, SeedReport

TOLD_ABOUT = (
    DeliveryState.PENDING,
    DeliveryState.CLAIMED,
    DeliveryState.SENT,
    DeliveryState.LATE,
)
"""Deliveries whose recipients hear of a change: those still to come and those already sent
(a reminder that went out for the old time is exactly what must be corrected)."""
RECENT = 15


async def seed(
    session_factory: async_sessionmaker[AsyncSession],
    parsed: Iterable[ConferenceData],
    now: datetime | None = None,
) -> SeedReport:
    """Apply parsed conferences in one transaction, keeping what a re-import changed and
    planning who is told: `confbot seed` and a store's first seed."""
    return await store_seed.seed(session_factory, parsed, record, now)


async def record(
    db: AsyncSession, conference_id: int, found: list[FoundChange], now: datetime
) -> int:
    """Store the changes and plan their notices; the number of notices planned."""
    notices = 0
    for item in found:
        change = ScheduleChange(
            conference_id=conference_id,
            session_id=item.session.id,
            change=item.kind,
            before=item.before.as_json(),
            after=item.after.as_json(),
            detected_at=now,
        )
        db.add(change)
        await db.flush()
        if item.kind in NOTIFIED:
            notices += await _plan_notices(db, change.id, item.session.id)
    return notices


async def _plan_notices(db: AsyncSession, change_id: int, session_id: int) -> int:
    told = (
        select(
            Delivery.recipient,
            Delivery.guild_id,
            Delivery.user_id,
            Delivery.channel_id,
        )
        .where(Delivery.session_id == session_id, Delivery.state.in_(TOLD_ABOUT))
        .distinct()
    )
    rows: list[tuple[str, int | None, int | None, int | None]] = [
        (recipient, guild_id, user_id, channel_id)
        for recipient, guild_id, user_id, channel_id in await db.execute(told)
    ]
    reached = {user_id for _, _, user_id, _ in rows if user_id is not None}
    holders = await db.scalars(
        select(AgendaItem.user_id)
        .join(
            Session,
            (Session.slug == AgendaItem.session_slug)
            & (Session.conference_id == AgendaItem.conference_id),
        )
        .where(Session.id == session_id)
    )
    rows += [(dm_recipient(user), None, user, None) for user in holders if user not in reached]
    if not rows:
        return 0
    values = [
        {
            "change_id": change_id,
            "recipient": recipient,
            "guild_id": guild_id,
            "user_id": user_id,
            "channel_id": channel_id,
            "state": DeliveryState.PENDING,
        }
        for recipient, guild_id, user_id, channel_id in rows
    ]
    statement = upsert(db, ChangeNotice).values(values).on_conflict_do_nothing()
    result = await db.execute(statement)
    return int(getattr(result, "rowcount", 0) or 0)


def change_view(row: ScheduleChange, session_slug: str) -> ChangeView:
    return ChangeView(
        id=row.id,
        conference_id=row.conference_id,
        session_slug=session_slug,
        kind=ChangeKind(row.change),
        before=SessionFacts.from_json(row.before),
        after=SessionFacts.from_json(row.after),
        detected_at=row.detected_at,
    )


async def recent(db: AsyncSession, conference_id: int, limit: int = RECENT) -> list[ChangeView]:
    """The latest changes of a conference, newest first."""
    rows = await db.execute(
        select(ScheduleChange, Session.slug)
        .join(Session, Session.id == ScheduleChange.session_id)
        .where(ScheduleChange.conference_id == conference_id)
        .order_by(ScheduleChange.detected_at.desc(), ScheduleChange.id.desc())
        .limit(limit)
    )
    return [change_view(change, slug) for change, slug in rows]

"""The agenda's tables: the sessions each person picked and their agenda reminder setting, and
the reads of the programme an agenda needs. The reminders that setting plans are the reminders'
(`bot.reminders.planner`).

Items are kept by session slug, like subscriptions, so a re-import that moves a session keeps
it on every agenda; a retired session stays stored (and comes back if the session does) but is
never shown, exported or reminded.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import SessionView
from bot.store.convert import SESSION_LOAD, session_view
from bot.store.models import AgendaItem, AgendaReminder, Session


def _mine(conference_id: int, user_id: int) -> tuple[ColumnElement[bool], ...]:
    return (AgendaItem.conference_id == conference_id, AgendaItem.user_id == user_id)


async def item_sessions(db: AsyncSession, conference_id: int, user_id: int) -> list[SessionView]:
    """The live sessions on someone's agenda, in programme order (untimed ones last)."""
    rows = await db.scalars(
        select(Session)
        .join(
            AgendaItem,
            (AgendaItem.session_slug == Session.slug)
            & (AgendaItem.conference_id == Session.conference_id),
        )
        .where(*_mine(conference_id, user_id), Session.retired.is_(False))
        .options(*SESSION_LOAD)
    )
    views = [session_view(row) for row in rows.unique()]
    views.sort(key=lambda s: (s.starts_at is None, s.starts_at, s.ends_at, s.title))
    return views


async def live_session(db: AsyncSession, conference_id: int, slug: str) -> SessionView | None:
    row = await db.scalar(
        select(Session)
        .where(
            Session.conference_id == conference_id,
            Session.slug == slug,
            Session.retired.is_(False),
        )
        .options(*SESSION_LOAD)
    )
    return None if row is None else session_view(row)


async def session_times(
    db: AsyncSession, conference_id: int, slugs: Iterable[str]
) -> dict[str, tuple[datetime | None, datetime | None]]:
    """Start and end by slug, for lists that only need to place sessions in time."""
    rows = await db.execute(
        select(Session.slug, Session.starts_at, Session.ends_at).where(
            Session.conference_id == conference_id, Session.slug.in_(list(slugs))
        )
    )
    return {slug: (start, end) for slug, start, end in rows}


async def add_items(
    db: AsyncSession, conference_id: int, user_id: int, slugs: Iterable[str], now: datetime
) -> set[str]:
    """Put sessions on an agenda; returns the slugs that were not on it yet."""
    wanted = set(slugs)
    present = set(
        await db.scalars(
            select(AgendaItem.session_slug).where(
                *_mine(conference_id, user_id), AgendaItem.session_slug.in_(wanted)
            )
        )
    )
    new = wanted - present
    for slug in sorted(new):
        db.add(
            AgendaItem(
                conference_id=conference_id, user_id=user_id, session_slug=slug, added_at=now
            )
        )
    await db.flush()
    return new


async def remove_items(
    db: AsyncSession, conference_id: int, user_id: int, slugs: Iterable[str]
) -> set[str]:
    """Take sessions off an agenda; returns the slugs that were on it."""
    wanted = set(slugs)
    present = set(
        await db.scalars(
            select(AgendaItem.session_slug).where(
                *_mine(conference_id, user_id), AgendaItem.session_slug.in_(wanted)
            )
        )
    )
    if present:
        await db.execute(
            delete(AgendaItem).where(
                *_mine(conference_id, user_id), AgendaItem.session_slug.in_(present)
            )
        )
    return present


async def clear_items(db: AsyncSession, conference_id: int, user_id: int) -> int:
    """Empty an agenda; returns how many items it had (retired sessions included)."""
    count = await db.scalar(
        select(func.count()).select_from(AgendaItem).where(*_mine(conference_id, user_id))
    )
    await db.execute(delete(AgendaItem).where(*_mine(conference_id, user_id)))
    return int(count or 0)


async def reminder_minutes(db: AsyncSession, conference_id: int, user_id: int) -> int | None:
    """The agenda reminder's lead time, or None when it is off."""
    return await db.scalar(
        select(AgendaReminder.lead_minutes).where(
            AgendaReminder.conference_id == conference_id, AgendaReminder.user_id == user_id
        )
    )


async def save_reminder(
    db: AsyncSession, conference_id: int, user_id: int, minutes: int | None, now: datetime
) -> None:
    """Turn the agenda reminder on with a lead time, change it, or (None) turn it off."""
    row = await db.get(AgendaReminder, (conference_id, user_id))
    if minutes is None:
        if row is not None:
            await db.delete(row)
    elif row is None:
        db.add(
            AgendaReminder(
                conference_id=conference_id, user_id=user_id, lead_minutes=minutes, updated_at=now
            )
        )
    else:
        row.lead_minutes, row.updated_at = minutes, now
    await db.flush()


async def stored_counts(db: AsyncSession, user_id: int) -> tuple[int, int]:
    """(agenda items, agenda reminder settings) naming a user, across conferences."""
    items = await db.scalar(
        select(func.count()).select_from(AgendaItem).where(AgendaItem.user_id == user_id)
    )
    settings = await db.scalar(
        select(func.count()).select_from(AgendaReminder).where(AgendaReminder.user_id == user_id)
    )
    return int(items or 0), int(settings or 0)


async def forget(db: AsyncSession, user_id: int) -> None:
    """Delete a user's agendas and agenda reminder settings; the caller commits."""
    await db.execute(delete(AgendaItem).where(AgendaItem.user_id == user_id))
    await db.execute(delete(AgendaReminder).where(AgendaReminder.user_id == user_id))

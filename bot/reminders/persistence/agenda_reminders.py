"""The deliveries an agenda reminder plans: DMs to the agenda's owner that no subscription
asked for. Planning them is `planning.py`; this drops and counts them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.reminders import dm_recipient
from bot.reminders.persistence.deliveries import PENDING, drop_pending
from bot.store.models import AgendaItem, Delivery, Session


def _agenda_deliveries(user_id: int) -> ColumnElement[bool]:
    """The deliveries an agenda reminder plans: DMs that no subscription asked for."""
    return (Delivery.recipient == dm_recipient(user_id)) & Delivery.subscription_id.is_(None)


async def drop_planned(
    db: AsyncSession, user_id: int, session_ids: Iterable[int] | None = None
) -> None:
    """Forget pending agenda reminders (of some sessions, or all) so re-planning decides
    again; those a subscription also asked for are that subscription's and stay."""
    conditions = [_agenda_deliveries(user_id)]
    if session_ids is not None:
        conditions.append(Delivery.session_id.in_(list(session_ids)))
    await drop_pending(db, *conditions)


async def planned(
    db: AsyncSession, conference_id: int, user_id: int, minutes: int, now: datetime
) -> tuple[int, datetime | None]:
    """How many reminders by DM wait for the sessions on an agenda at this lead time, and
    when the first is due (counting those a subscription had already planned)."""
    agenda_sessions = (
        select(Session.id)
        .join(
            AgendaItem,
            (AgendaItem.session_slug == Session.slug)
            & (AgendaItem.conference_id == Session.conference_id),
        )
        .where(
            AgendaItem.conference_id == conference_id,
            AgendaItem.user_id == user_id,
            Session.starts_at > now,
        )
    )
    count, first = (
        await db.execute(
            select(func.count(), func.min(Delivery.due_at)).where(
                Delivery.recipient == dm_recipient(user_id),
                Delivery.lead_minutes == minutes,
                Delivery.state == PENDING,
                Delivery.session_id.in_(agenda_sessions),
            )
        )
    ).one()
    return int(count or 0), first

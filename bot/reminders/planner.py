"""What other features call when a change of theirs alters what is reminded (an agenda gained
or lost a session, its reminder setting changed): re-plan one person, try their DMs again, drop
or count the reminders an agenda planned. The reminders' tables stay behind this module.

The caller holds the write lock and commits; the commit itself wakes a running dispatcher
(`bot.reminders.dispatcher.PLANNED_FROM`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import ConferenceView
from bot.domain.reminders import dm_recipient
from bot.reminders.persistence import agenda_reminders, deliveries, planning


async def replan_user(db: AsyncSession, conf: ConferenceView, now: datetime, user_id: int) -> None:
    """Plan again the deliveries of one person's subscriptions and agenda."""
    await planning.plan_subscriptions(db, conf, now, user_id=user_id)


async def retry_dms(db: AsyncSession, user_id: int, now: datetime) -> None:
    """Forget what could not be sent to a person by DM (DMs were closed), so re-planning can
    try again: they acted on their reminders."""
    await deliveries.drop_unsent(db, dm_recipient(user_id), now)


async def drop_agenda_reminders(
    db: AsyncSession, user_id: int, session_ids: Iterable[int] | None = None
) -> None:
    """Forget pending agenda reminders (of some sessions, or all) before re-planning."""
    await agenda_reminders.drop_planned(db, user_id, session_ids)


async def agenda_reminders_planned(
    db: AsyncSession, conference_id: int, user_id: int, minutes: int, now: datetime
) -> tuple[int, datetime | None]:
    """How many agenda reminders wait at this lead time, and when the first is due."""
    return await agenda_reminders.planned(db, conference_id, user_id, minutes, now)


async def stored_counts(db: AsyncSession, user_id: int) -> tuple[int, int]:
    """What reminders keep about a user (their subscriptions, the record of sending them),
    for the privacy feature."""
    return await deliveries.held_for(db, user_id)


async def forget(db: AsyncSession, user_id: int) -> None:
    """Forget a user's reminders and their record, in the caller's transaction."""
    await deliveries.forget_user(db, user_id)

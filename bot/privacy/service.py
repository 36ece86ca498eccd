"""What the bot keeps about one person, and forgetting it on request."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.agenda import service as agenda
from bot.i18n import readers
from bot.reminders import planner
from bot.store.dialect import lock_for_write


@dataclass(frozen=True)
class PersonalData:
    """Counts of the rows that name a user: their reminders, the record of sending them, the
    items on their agendas and their agenda reminder settings."""

    subscriptions: int
    deliveries: int
    agenda_items: int = 0
    agenda_reminders: int = 0
    locale: str | None = None
    """The Discord language their DM reminders are written in, if one is kept."""

    @property
    def empty(self) -> bool:
        return not (
            self.subscriptions
            or self.deliveries
            or self.agenda_items
            or self.agenda_reminders
            or self.locale
        )


async def personal_data(db: AsyncSession, user_id: int) -> PersonalData:
    subscriptions, deliveries = await planner.stored_counts(db, user_id)
    items, reminders = await agenda.stored_counts(db, user_id)
    locale = await readers.locale_of(db, user_id)
    return PersonalData(subscriptions or 0, deliveries or 0, items, reminders, locale)


async def forget(db: AsyncSession, user_id: int) -> PersonalData:
    """Delete every row naming the user, in one transaction; returns what was deleted."""
    await lock_for_write(db)
    found = await personal_data(db, user_id)
    await planner.forget(db, user_id)
    await agenda.forget(db, user_id)
    await readers.forget(db, user_id)
    await db.commit()
    return found

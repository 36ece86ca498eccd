"""What the bot keeps about one person, and forgetting it on request."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.engine import IMMEDIATE
from bot.store.models import Delivery, Subscription


@dataclass(frozen=True)
class PersonalData:
    """Counts of the rows that name a user: their reminders and the record of sending them."""

    subscriptions: int
    deliveries: int

    @property
    def empty(self) -> bool:
        return not (self.subscriptions or self.deliveries)


async def personal_data(db: AsyncSession, user_id: int) -> PersonalData:
    subscriptions = await db.scalar(
        select(func.count()).select_from(Subscription).where(Subscription.user_id == user_id)
    )
    deliveries = await db.scalar(
        select(func.count()).select_from(Delivery).where(Delivery.user_id == user_id)
    )
    return PersonalData(subscriptions or 0, deliveries or 0)


async def forget(db: AsyncSession, user_id: int) -> PersonalData:
    """Delete every row naming the user, in one transaction; returns what was deleted."""
    await db.connection(execution_options=IMMEDIATE)
    found = await personal_data(db, user_id)
    await db.execute(delete(Delivery).where(Delivery.user_id == user_id))
    await db.execute(delete(Subscription).where(Subscription.user_id == user_id))
    await db.commit()
    return found

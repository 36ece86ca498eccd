"""/privacy tells a user what is stored about them and deletes it, touching nobody else's."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from bot.offline import OfflineDiscord
from bot.store.dialect import lock_for_write
from bot.store.models import Delivery, Session, Subscription
from bot.store.setup import Store
from tests.cogs.conftest import ATTENDEE, OTHER_ATTENDEE, only_reply, text_of


async def subscribe_directly(store: Store, user_id: int) -> None:
    """Rows as the reminders feature writes them: a subscription and one delivery."""
    async with store.sessions() as db:
        await lock_for_write(db)  # the bot's own writers run beside this read-then-write
        keynote = await db.scalar(select(Session).where(Session.slug == "thu-keynote-morning"))
        assert keynote is not None
        assert keynote.starts_at is not None
        subscription = Subscription(
            conference_id=keynote.conference_id,
            user_id=user_id,
            target_type="kind",
            target_ref="keynote",
            lead_minutes=10,
            via="dm",
            status="active",
            created_at=datetime(2019, 5, 1, tzinfo=UTC),
        )
        db.add(subscription)
        await db.flush()
        db.add(
            Delivery(
                recipient=f"dm:{user_id}",
                subscription_id=subscription.id,
                user_id=user_id,
                session_id=keynote.id,
                lead_minutes=10,
                due_at=keynote.starts_at,
                state="pending",
                attempts=0,
            )
        )
        await db.commit()


async def rows_of(store: Store, user_id: int) -> tuple[int, int]:
    async with store.sessions() as db:
        subs = await db.scalar(
            select(func.count()).select_from(Subscription).where(Subscription.user_id == user_id)
        )
        deliveries = await db.scalar(
            select(func.count()).select_from(Delivery).where(Delivery.user_id == user_id)
        )
    return subs or 0, deliveries or 0


async def test_show_explains_what_is_stored_privately(
    offline: OfflineDiscord, store: Store
) -> None:
    await subscribe_directly(store, ATTENDEE.id)
    reply = only_reply(await offline.slash(ATTENDEE, "privacy show"))
    assert reply.ephemeral
    text = text_of([reply])
    assert "reminder subscriptions" in text.lower()
    assert "/privacy delete" in text
    assert [field["value"] for field in reply.embeds[0]["fields"][:2]] == ["1", "1"]


async def test_delete_needs_confirmation(offline: OfflineDiscord, store: Store) -> None:
    await subscribe_directly(store, ATTENDEE.id)
    reply = only_reply(await offline.slash(ATTENDEE, "privacy delete", {"confirm": False}))
    assert "Nothing was deleted" in text_of([reply])
    assert await rows_of(store, ATTENDEE.id) == (1, 1)


async def test_delete_removes_only_your_own_data(offline: OfflineDiscord, store: Store) -> None:
    await subscribe_directly(store, ATTENDEE.id)
    await subscribe_directly(store, OTHER_ATTENDEE.id)
    sent = await offline.slash(ATTENDEE, "privacy delete", {"confirm": True})
    reply = only_reply(sent)
    assert reply.ephemeral
    assert "Removed 1 reminder subscription and 1 delivery record." in text_of([reply])
    assert await rows_of(store, ATTENDEE.id) == (0, 0)
    assert await rows_of(store, OTHER_ATTENDEE.id) == (1, 1)
    assert str(OTHER_ATTENDEE.id) not in text_of(offline.transcript)


async def test_delete_with_nothing_stored_says_so(offline: OfflineDiscord) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "privacy delete", {"confirm": True}))
    assert "stored nothing about you" in text_of([reply])

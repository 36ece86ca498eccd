"""Personal reminders as a user sees them: what a target means, when each reminder goes out,
merging, lead changes, overlaps, and that nobody can see or touch another user's reminders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.discord.choices import app_choices
from bot.domain.errors import DomainError, EmptyQuery, NotFound
from bot.domain.records import ConferenceView
from bot.reminders import subscriptions, targets
from bot.reminders.subscriptions import NoSuchReminder, subscribe
from bot.store.models import Delivery, Session, Subscription
from bot.store.setup import Store

Venue = Callable[[str], datetime]
ADA, GRACE = 41, 42
GUILD, CHANNEL = 500, 600


async def add(
    store: Store,
    conf: ConferenceView,
    clock: ManualClock,
    target: str,
    *,
    user: int = ADA,
    minutes: int = 10,
    via: str = "dm",
) -> subscriptions.Subscribed:
    async with store.sessions() as db:
        return await subscribe(
            db,
            conf,
            clock,
            user_id=user,
            guild_id=GUILD,
            channel_id=CHANNEL,
            target_text=target,
            minutes=minutes,
            via=via,
        )


async def pending(store: Store, user: int = ADA) -> list[tuple[str, str, int, datetime]]:
    """(recipient, session slug, lead, due) of a user's pending deliveries, soonest first."""
    async with store.sessions() as db:
        rows = await db.execute(
            select(Delivery.recipient, Session.slug, Delivery.lead_minutes, Delivery.due_at)
            .join(Session, Session.id == Delivery.session_id)
            .where(Delivery.user_id == user, Delivery.state == "pending")
            .order_by(Delivery.due_at, Session.slug)
        )
        return [(r, slug, lead, due) for r, slug, lead, due in rows]


# --- What a target means -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("keynotes", ("kind", "keynote")),
        ("Keynote", ("kind", "keynote")),
        ("all posters", ("kind", "poster")),
        ("orals", ("kind", "oral")),
        ("everything", ("kind", "everything")),
        ("kind:keynote", ("kind", "keynote")),
        ("session:tue-keynote-morning", ("session", "tue-keynote-morning")),
        ("Poster session: GANs", ("session", "tue-posters-morning")),
        ("GANs", ("topic", "generative-adversarial-networks")),
        ("reinforcement learning", ("topic", "reinforcement-learning")),
        ("topic:reinforcement-learning", ("topic", "reinforcement-learning")),
        ("lottery ticket", ("paper", "lottery-ticket-hypothesis")),
        ("paper:biggan", ("paper", "biggan")),
    ],
)
async def test_targets_are_understood_typed_or_picked(
    db: AsyncSession, conf: ConferenceView, venue: Venue, typed: str, expected: tuple[str, str]
) -> None:
    target = await targets.resolve_target(db, conf, typed, venue(BEFORE_THE_CONFERENCE))
    assert (target.type, target.ref) == expected


async def test_an_unknown_target_suggests_what_exists(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    with pytest.raises(NotFound) as caught:
        await targets.resolve_target(db, conf, "zxqv wvut", venue(BEFORE_THE_CONFERENCE))
    assert "Did you mean" in str(caught.value)
    with pytest.raises(EmptyQuery):
        await targets.resolve_target(db, conf, "   ", venue(BEFORE_THE_CONFERENCE))


BEFORE_THE_CONFERENCE = "2019-05-01T09:00"


@pytest.mark.parametrize("typed", ["", "gan", "keynote", "tuesday", "x" * 300])
async def test_target_autocomplete_fits_discord(
    db: AsyncSession, conf: ConferenceView, venue: Venue, typed: str
) -> None:
    now = venue(BEFORE_THE_CONFERENCE)
    choices = app_choices(await targets.target_choices(db, conf, typed, now))
    assert len(choices) <= 25
    assert all(len(c.name) <= 100 and len(c.value) <= 100 for c in choices)
    for choice in choices:
        kind, _, ref = choice.value.partition(":")
        assert await targets.find_target(db, conf, kind, ref) is not None


async def test_target_autocomplete_mixes_kinds(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    now = venue(BEFORE_THE_CONFERENCE)
    kinds = {c.value.split(":")[0] for c in await targets.target_choices(db, conf, "", now)}
    assert kinds == {"kind", "session", "topic", "paper"}
    gan = {c.value.split(":")[0] for c in await targets.target_choices(db, conf, "gan", now)}
    assert {"session", "topic", "paper"} <= gan


async def test_target_autocomplete_leaves_out_what_has_started_and_puts_the_soonest_first(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    during_the_gan_posters = venue("2019-05-07T11:30")
    offered = [
        choice.value
        for choice in await targets.target_choices(db, conf, "poster", during_the_gan_posters)
        if choice.value.startswith("session:")
    ]
    assert "session:tue-posters-morning" not in offered
    assert "session:mon-orals-morning" not in offered
    assert offered[0] == "session:tue-posters-afternoon"


async def test_target_autocomplete_offers_no_paper_whose_sessions_are_over(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    on_wednesday = venue("2019-05-08T09:00")
    offered = [c.value for c in await targets.target_choices(db, conf, "BigGAN", on_wednesday)]
    assert "paper:biggan" not in offered
    before = [
        c.value
        for c in await targets.target_choices(db, conf, "BigGAN", venue(BEFORE_THE_CONFERENCE))
    ]
    assert "paper:biggan" in before


# --- When reminders go out ----------------------------------------------------------------------


async def test_keynotes_are_reminded_lead_minutes_before_and_started_ones_not(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    result = await add(store, conf, clock, "keynotes")
    assert result.outcome == "created"
    first = result.planned[0]
    assert first.session.slug == "tue-keynote-morning"
    assert first.due_at == venue("2019-05-07T08:50")
    slugs = [p.session.slug for p in result.planned]
    assert "mon-keynote-morning" not in slugs
    assert "debate" not in slugs
    assert len(slugs) == 6
    assert result.already_started == 2
    assert [due for *_, due in await pending(store)] == [p.due_at for p in result.planned]


async def test_a_lead_that_has_passed_means_due_now(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    clock.set(venue("2019-05-07T08:55"))
    result = await add(store, conf, clock, "session:tue-keynote-morning", minutes=10)
    assert [p.due_at for p in result.planned] == [clock.now()]


async def test_a_single_session_that_started_is_refused_not_saved(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    clock.set(venue("2019-05-07T09:01"))
    with pytest.raises(DomainError, match="already started"):
        await add(store, conf, clock, "session:tue-keynote-morning")
    async with store.sessions() as db:
        assert await db.scalar(select(func.count()).select_from(Subscription)) == 0


async def test_a_kind_with_nothing_left_is_kept_for_later_sessions(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    clock.set(venue("2019-05-10T09:00"))
    result = await add(store, conf, clock, "keynotes")
    assert result.planned == ()
    assert result.outcome == "created"


async def test_everything_leaves_out_breaks_and_meals(
    store: Store, conf: ConferenceView, clock: ManualClock
) -> None:
    result = await add(store, conf, clock, "everything")
    kinds = {p.session.kind for p in result.planned}
    assert "break" not in kinds
    assert "meal" not in kinds
    assert {"keynote", "oral", "poster", "social"} <= kinds


async def test_a_paper_reminds_of_its_sessions(
    store: Store, conf: ConferenceView, clock: ManualClock
) -> None:
    result = await add(store, conf, clock, "Deep InfoMax")
    assert (result.target.type, result.target.ref) == ("paper", "deep-infomax")
    slugs = [p.session.slug for p in result.planned]
    assert slugs == ["wed-orals-morning", "wed-posters-morning"]


async def test_a_paper_without_a_known_session_is_refused(
    store: Store, conf: ConferenceView, clock: ManualClock
) -> None:
    with pytest.raises(DomainError, match="no known time"):
        await add(store, conf, clock, "paper:rethinking-network-pruning")


# --- Merging and overlaps ------------------------------------------------------------------------


async def test_the_same_subscription_twice_is_merged(
    store: Store, conf: ConferenceView, clock: ManualClock
) -> None:
    first = await add(store, conf, clock, "keynotes")
    again = await add(store, conf, clock, "kind:keynote")
    assert again.id == first.id
    assert again.outcome == "unchanged"
    async with store.sessions() as db:
        assert await db.scalar(select(func.count()).select_from(Subscription)) == 1
    assert len(await pending(store)) == 6


async def test_a_new_lead_replaces_the_old_one(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    await add(store, conf, clock, "keynotes", minutes=10)
    updated = await add(store, conf, clock, "keynotes", minutes=20)
    assert (updated.outcome, updated.previous_lead) == ("updated", 10)
    rows = await pending(store)
    assert {lead for _, _, lead, _ in rows} == {20}
    assert rows[0][3] == venue("2019-05-07T08:40")


async def test_overlapping_subscriptions_never_remind_twice(
    store: Store, conf: ConferenceView, clock: ManualClock
) -> None:
    await add(store, conf, clock, "keynotes")
    await add(store, conf, clock, "session:tue-keynote-morning")
    await add(store, conf, clock, "topic:climate")
    rows = [row for row in await pending(store) if row[1] == "tue-keynote-morning"]
    assert len(rows) == 1


async def test_dm_and_here_are_separate_subscriptions(
    store: Store, conf: ConferenceView, clock: ManualClock
) -> None:
    await add(store, conf, clock, "session:tue-keynote-morning")
    here = await add(store, conf, clock, "session:tue-keynote-morning", via="here")
    assert here.via == "here"
    assert here.channel_id == CHANNEL
    recipients = {r for r, *_ in await pending(store)}
    assert recipients == {f"dm:{ADA}", f"here:{CHANNEL}:{ADA}"}


async def test_here_in_a_direct_message_is_a_dm(
    store: Store, conf: ConferenceView, clock: ManualClock
) -> None:
    async with store.sessions() as db:
        result = await subscribe(
            db,
            conf,
            clock,
            user_id=ADA,
            guild_id=None,
            channel_id=None,
            target_text="keynotes",
            via="here",
        )
    assert result.via == "dm"


@pytest.mark.parametrize(("minutes", "via"), [(0, "dm"), (121, "dm"), (10, "pigeon")])
async def test_out_of_range_options_are_refused(
    store: Store, conf: ConferenceView, clock: ManualClock, minutes: int, via: str
) -> None:
    with pytest.raises(DomainError):
        await add(store, conf, clock, "keynotes", minutes=minutes, via=via)


# --- Only ever your own --------------------------------------------------------------------------


async def test_list_shows_the_next_reminder_of_each(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    await add(store, conf, clock, "keynotes")
    await add(store, conf, clock, "posters", minutes=30)
    await add(store, conf, clock, "keynotes", user=GRACE)
    async with store.sessions() as db:
        listing = await subscriptions.list_reminders(db, conf, clock, ADA)
    assert [info.target.ref for info in listing.subscriptions] == ["keynote", "poster"]
    keynote, poster = listing.subscriptions
    assert keynote.next_reminder is not None
    assert poster.next_reminder is not None
    assert keynote.next_reminder.due_at == venue("2019-05-07T08:50")
    assert poster.next_reminder.due_at == venue("2019-05-07T10:30")


async def test_remove_and_clear_touch_only_your_own(
    store: Store, conf: ConferenceView, clock: ManualClock
) -> None:
    mine = await add(store, conf, clock, "keynotes")
    theirs = await add(store, conf, clock, "keynotes", user=GRACE)
    async with store.sessions() as db:
        with pytest.raises(NoSuchReminder) as other:
            await subscriptions.remove(db, conf, clock, ADA, theirs.id)
    async with store.sessions() as db:
        with pytest.raises(NoSuchReminder) as missing:
            await subscriptions.remove(db, conf, clock, ADA, 999_999)
    # Another user's reminder and one that does not exist read the same: nothing is revealed.
    assert str(other.value).replace(str(theirs.id), "N") == str(missing.value).replace(
        "999999", "N"
    )
    async with store.sessions() as db:
        removed = await subscriptions.remove(db, conf, clock, ADA, mine.id)
    assert removed.ref == "keynote"
    assert await pending(store) == []
    assert len(await pending(store, GRACE)) == 6
    await add(store, conf, clock, "posters")
    async with store.sessions() as db:
        assert await subscriptions.clear(db, conf, ADA) == 1
        assert await subscriptions.clear(db, conf, ADA) == 0
    assert await pending(store) == []
    assert len(await pending(store, GRACE)) == 6


async def test_removing_one_of_two_overlapping_keeps_the_other_reminder(
    store: Store, conf: ConferenceView, clock: ManualClock
) -> None:
    broad = await add(store, conf, clock, "keynotes")
    await add(store, conf, clock, "session:tue-keynote-morning")
    async with store.sessions() as db:
        await subscriptions.remove(db, conf, clock, ADA, broad.id)
    assert [slug for _, slug, _, _ in await pending(store)] == ["tue-keynote-morning"]


async def test_remove_autocomplete_offers_only_your_own(
    store: Store, conf: ConferenceView, clock: ManualClock
) -> None:
    mine = await add(store, conf, clock, "keynotes")
    await add(store, conf, clock, "posters", user=GRACE)
    async with store.sessions() as db:
        found = await subscriptions.reminder_choices(db, conf, ADA, "")
    assert [choice.value for choice in found] == [mine.id]
    assert all(len(choice.name) <= 100 for choice in app_choices(found))


async def test_time_moving_on_changes_the_next_reminder(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    await add(store, conf, clock, "keynotes")
    clock.advance(timedelta(hours=3))
    again = await add(store, conf, clock, "keynotes")
    assert again.outcome == "unchanged"
    assert again.planned[0].session.slug == "tue-keynote-afternoon"
    assert again.already_started == 3

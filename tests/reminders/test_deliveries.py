"""Deliveries, the durable to-do list behind reminders: planning in bulk and idempotently,
following programme changes, claiming, recovering after a crash, the catch-up rule, retries,
and server announcement settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import ColumnElement, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.domain.errors import DomainError
from bot.domain.records import ConferenceView
from bot.domain.shards import Shards
from bot.reminders import announcements, subscriptions
from bot.reminders.persistence import claims as dispatch
from bot.reminders.persistence import deliveries, lease, planning
from bot.reminders.policy import catch_up
from bot.store.models import Delivery, GuildSettings, Session, Subscription
from bot.store.setup import Store
from tests.reminders.conftest import change_session

Venue = Callable[[str], datetime]
ADA = 41
GUILD, CHANNEL, ROLE = 500, 600, 700
WALL = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
"""Wall-clock time of a claim: the store keeps it apart from the programme clock."""
HOLDER, OTHER = "host:1:live:abc", "host:2:live:def"


async def subscribe(
    store: Store, conf: ConferenceView, clock: ManualClock, target: str, user: int = ADA
) -> None:
    async with store.sessions() as db:
        await subscriptions.subscribe(
            db, conf, clock, user_id=user, guild_id=GUILD, channel_id=CHANNEL, target_text=target
        )


async def count(store: Store, *conditions: ColumnElement[bool]) -> int:
    async with store.sessions() as db:
        query = select(func.count()).select_from(Delivery).where(*conditions)
        return int(await db.scalar(query) or 0)


async def session_id(db: AsyncSession, slug: str) -> int:
    found = await db.scalar(select(Session.id).where(Session.slug == slug))
    assert found is not None
    return found


# --- The catch-up rule -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes_after_start", "expected"),
    [(-10, "sent"), (-1, "sent"), (0, "late"), (14, "late"), (15, "missed"), (120, "missed")],
)
def test_catch_up_sends_before_the_start_then_late_within_grace_then_missed(
    venue: Venue, minutes_after_start: int, expected: str
) -> None:
    start = venue("2019-05-07T09:00")
    now = start + timedelta(minutes=minutes_after_start)
    assert catch_up(start, now, grace_minutes=15) == expected


# --- Planning ------------------------------------------------------------------------------------


async def test_plan_is_idempotent(store: Store, conf: ConferenceView, clock: ManualClock) -> None:
    await subscribe(store, conf, clock, "keynotes")
    before = await count(store)
    async with store.sessions() as db:
        report = await planning.plan(db, conf, clock)
    assert (report.created, report.retimed, report.cancelled) == (0, 0, 0)
    assert await count(store) == before == 6


async def test_plan_fills_in_deliveries_for_10000_subscribers_to_one_keynote(
    store: Store, conf: ConferenceView, clock: ManualClock
) -> None:
    """Bulk: one indexed join and one executemany, never an ORM object per row (the timing
    lives in bench/reminders.py; here the result must be exact)."""
    async with store.sessions() as db:
        await db.execute(
            insert(Subscription),
            [
                {
                    "conference_id": conf.id,
                    "user_id": 1_000 + n,
                    "guild_id": GUILD,
                    "channel_id": None,
                    "target_type": "session",
                    "target_ref": "tue-keynote-morning",
                    "lead_minutes": 10,
                    "via": "dm",
                    "status": "active",
                    "created_at": clock.now(),
                }
                for n in range(10_000)
            ],
        )
        await db.commit()
        report = await planning.plan(db, conf, clock)
        again = await planning.plan(db, conf, clock)
    assert report.created == 10_000
    assert again.created == 0
    assert await count(store, Delivery.state == "pending") == 10_000


async def test_plan_follows_a_session_that_moved(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    await subscribe(store, conf, clock, "session:tue-keynote-morning")
    async with store.sessions() as db:
        await change_session(db, "tue-keynote-morning", starts_at=venue("2019-05-07T10:00"))
        report = await planning.plan(db, conf, clock)
        due = await db.scalar(select(Delivery.due_at))
    assert report.retimed == 1
    assert due == venue("2019-05-07T09:50")


async def test_a_retired_session_cancels_its_reminders_and_marks_the_subscription(
    store: Store, conf: ConferenceView, clock: ManualClock
) -> None:
    await subscribe(store, conf, clock, "session:tue-keynote-morning")
    await subscribe(store, conf, clock, "keynotes")
    async with store.sessions() as db:
        await change_session(db, "tue-keynote-morning", retired=True)
        report = await planning.plan(db, conf, clock)
        listing = await subscriptions.list_reminders(db, conf, clock, ADA)
    assert report.cancelled == 1
    statuses = {info.target.ref: info.status for info in listing.subscriptions}
    assert statuses == {"tue-keynote-morning": "retired", "keynote": "active"}
    assert [(p.state, p.reason) for p in listing.problems] == [
        ("cancelled", deliveries.RETIRED_REASON)
    ]
    # The rows are kept, not deleted: history says what happened.
    assert await count(store, Delivery.state == "cancelled") == 1


async def test_a_session_that_comes_back_is_reminded_again(
    store: Store, conf: ConferenceView, clock: ManualClock
) -> None:
    await subscribe(store, conf, clock, "session:tue-keynote-morning")
    async with store.sessions() as db:
        await change_session(db, "tue-keynote-morning", retired=True)
        await planning.plan(db, conf, clock)
        await change_session(db, "tue-keynote-morning", retired=False)
        await planning.plan(db, conf, clock)
        status = await db.scalar(select(Subscription.status))
    assert status == "active"
    assert await count(store, Delivery.state == "pending") == 1


# --- Claiming and recovering ---------------------------------------------------------------------


async def test_claim_takes_only_what_is_due_once(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    await subscribe(store, conf, clock, "keynotes")
    async with store.sessions() as db:
        assert await dispatch.claim_due(db, HOLDER, clock.now(), WALL) == []
        assert await dispatch.next_due_at(db) == venue("2019-05-07T08:50")
        clock.set(venue("2019-05-07T08:50"))
        jobs = await dispatch.claim_due(db, HOLDER, clock.now(), WALL)
        assert [job.session.slug for job in jobs] == ["tue-keynote-morning"]
        assert await dispatch.claim_due(db, HOLDER, clock.now(), WALL) == []
    job = jobs[0]
    assert (job.route, job.user_id, job.nonce) == ("dm", ADA, f"confbot-{job.delivery_id}")
    assert len(job.nonce) <= 25


async def test_a_crash_after_claiming_is_recovered_with_the_same_delivery(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    await subscribe(store, conf, clock, "keynotes")
    clock.set(venue("2019-05-07T08:50"))
    async with store.sessions() as db:
        (claimed,) = await dispatch.claim_due(db, HOLDER, clock.now(), WALL)
        assert await dispatch.recover_stale(db, HOLDER, WALL, mine=True) == 1
        (again,) = await dispatch.claim_due(db, HOLDER, clock.now(), WALL)
    assert again.delivery_id == claimed.delivery_id
    assert again.nonce == claimed.nonce


async def test_claim_does_not_send_early_for_a_session_moved_later(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    await subscribe(store, conf, clock, "session:tue-keynote-morning")
    clock.set(venue("2019-05-07T08:50"))
    async with store.sessions() as db:
        await change_session(db, "tue-keynote-morning", starts_at=venue("2019-05-07T11:00"))
        assert await dispatch.claim_due(db, HOLDER, clock.now(), WALL) == []
        assert await dispatch.next_due_at(db) == venue("2019-05-07T10:50")


async def test_a_retried_delivery_keeps_its_first_claim_time_and_counts_its_tries(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    """What the nonce window is measured from: the first try that may have been delivered,
    kept across retries and across a crash's recovery; never given up on by the store."""
    await subscribe(store, conf, clock, "session:tue-keynote-morning")
    clock.set(venue("2019-05-07T08:50"))
    async with store.sessions() as db:
        (first,) = await dispatch.claim_due(db, HOLDER, clock.now(), WALL)
        assert (first.attempts, first.first_claimed_at) == (0, None)
        for tries in range(1, 8):
            await dispatch.retry_later(
                db, first.delivery_id, "boom", clock.now() + timedelta(seconds=2), WALL
            )
            clock.advance(timedelta(seconds=2))
            later = WALL + timedelta(minutes=tries)
            (job,) = await dispatch.claim_due(db, HOLDER, clock.now(), later)
            assert (job.attempts, job.first_claimed_at) == (tries, WALL)
        assert await dispatch.recover_stale(db, HOLDER, WALL, mine=True) == 1
        (recovered,) = await dispatch.claim_due(db, HOLDER, clock.now(), WALL + timedelta(hours=1))
    assert recovered.first_claimed_at == WALL
    assert recovered.nonce == first.nonce


async def test_a_fan_out_can_be_claimed_before_it_is_due(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    await subscribe(store, conf, clock, "session:tue-keynote-morning")
    async with store.sessions() as db:
        assert await dispatch.due_load(db, venue("2019-05-07T08:49")) == []
        load = await dispatch.due_load(db, venue("2019-05-07T09:00"))
        assert load == [(venue("2019-05-07T08:50"), 2)], "a DM with no known channel costs two"
        early = await dispatch.claim_due(
            db, HOLDER, clock.now(), WALL, until=venue("2019-05-07T08:50")
        )
    assert [job.session.slug for job in early] == ["tue-keynote-morning"]


async def test_a_claim_names_its_holder_and_a_second_holder_finds_nothing_left(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    await subscribe(store, conf, clock, "keynotes")
    clock.set(venue("2019-05-07T08:50"))
    async with store.sessions() as db:
        (job,) = await dispatch.claim_due(db, HOLDER, clock.now(), WALL)
        assert await dispatch.claim_due(db, OTHER, clock.now(), WALL) == []
        holder = select(Delivery.claimed_by).where(Delivery.id == job.delivery_id)
        assert await db.scalar(holder) == HOLDER


async def test_the_claims_of_a_live_holder_are_left_alone_and_a_lapsed_ones_taken_over(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    await subscribe(store, conf, clock, "keynotes")
    clock.set(venue("2019-05-07T08:50"))
    ttl = timedelta(seconds=30)
    async with store.sessions() as db:
        assert await lease.hold(db, OTHER, "live", WALL, ttl)
        (job,) = await dispatch.claim_due(db, OTHER, clock.now(), WALL)
        assert await dispatch.recover_stale(db, HOLDER, WALL + ttl / 2, mine=True) == 0
        assert await dispatch.recover_stale(db, HOLDER, WALL + ttl, mine=False) == 1
        assert await lease.holders(db, WALL + ttl) == []
        (again,) = await dispatch.claim_due(db, HOLDER, clock.now(), WALL + ttl)
    assert (again.delivery_id, again.nonce) == (job.delivery_id, job.nonce)
    assert again.first_claimed_at == WALL, "the first try may have gone out: nonce window"


async def test_a_server_on_another_process_shard_is_neither_awaited_nor_claimed(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    two_shards = (Shards(2, frozenset({0})), Shards(2, frozenset({1})))
    guild = 1 << 22  # shard 1 of 2
    assert [shards.hold(guild) for shards in two_shards] == [False, True]
    async with store.sessions() as db:
        await announcements.setup(db, conf, clock, guild_id=guild, channel_id=CHANNEL, role_id=None)
    clock.set(venue("2019-05-07T08:55"))
    async with store.sessions() as db:
        assert await dispatch.next_due_at(db, two_shards[0]) is None
        assert await dispatch.due_load(db, clock.now(), two_shards[0]) == []
        assert await dispatch.claim_due(db, HOLDER, clock.now(), WALL, shards=two_shards[0]) == []
        assert await dispatch.next_due_at(db, two_shards[1]) is not None
        (job,) = await dispatch.claim_due(db, OTHER, clock.now(), WALL, shards=two_shards[1])
    assert (job.route, job.guild_id) == ("guild", guild)


# --- Announcements -------------------------------------------------------------------------------


async def test_announcements_default_to_keynotes_and_posters(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    async with store.sessions() as db:
        info = await announcements.setup(
            db, conf, clock, guild_id=GUILD, channel_id=CHANNEL, role_id=ROLE
        )
    assert info.enabled
    assert info.kinds == ("keynote", "poster")
    assert [p.session.slug for p in info.upcoming][:2] == [
        "tue-keynote-morning",
        "tue-posters-morning",
    ]
    assert info.upcoming[0].due_at == venue("2019-05-07T08:50")
    assert await count(store, Delivery.recipient == f"guild:{GUILD}") == 12


async def test_announcement_setup_again_replans_and_off_stops(
    store: Store, conf: ConferenceView, clock: ManualClock
) -> None:
    async with store.sessions() as db:
        await announcements.setup(db, conf, clock, guild_id=GUILD, channel_id=CHANNEL, role_id=None)
        info = await announcements.setup(
            db, conf, clock, guild_id=GUILD, channel_id=CHANNEL + 1, role_id=None, kinds=["oral"]
        )
    assert {p.session.kind for p in info.upcoming} == {"oral"}
    assert await count(store, Delivery.channel_id == CHANNEL) == 0
    async with store.sessions() as db:
        off = await announcements.turn_off(db, clock, GUILD)
        assert not off.enabled
        assert off.disabled_reason == announcements.TURNED_OFF
        with pytest.raises(DomainError, match="already off"):
            await announcements.turn_off(db, clock, GUILD)
    assert await count(store, Delivery.state == "pending") == 0


async def test_announcements_refuse_everyone_and_bad_values(
    store: Store, conf: ConferenceView, clock: ManualClock
) -> None:
    async with store.sessions() as db:
        with pytest.raises(DomainError, match="everyone"):
            await announcements.setup(
                db, conf, clock, guild_id=GUILD, channel_id=CHANNEL, role_id=GUILD
            )
        with pytest.raises(DomainError):
            await announcements.setup(
                db, conf, clock, guild_id=GUILD, channel_id=CHANNEL, role_id=None, kinds=["x"]
            )
        with pytest.raises(announcements.NotSetUp):
            await announcements.status(db, GUILD)
        assert await db.scalar(select(func.count()).select_from(GuildSettings)) == 0


async def test_reopened_dms_bring_the_paused_reminders_back(
    store: Store, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    await subscribe(store, conf, clock, "keynotes")
    clock.set(venue("2019-05-07T08:50"))
    async with store.sessions() as db:
        (job,) = await dispatch.claim_due(db, HOLDER, clock.now(), WALL)
        await dispatch.stop_dms(db, job, "your DMs are closed", clock.now())
    assert await count(store, Delivery.state == "pending") == 0
    assert await count(store, Delivery.state == "cancelled") == 5
    async with store.sessions() as db:
        again = await subscriptions.subscribe(
            db, conf, clock, user_id=ADA, guild_id=GUILD, channel_id=CHANNEL, target_text="keynotes"
        )
    assert again.outcome == "reactivated"
    # All six, the failed one too: its keynote has not started, so it is still worth sending.
    assert len(again.planned) == 6
    assert await count(store, Delivery.state == "pending") == 6

"""The reminder dispatcher end to end: the real bot, its real /remind and /announce commands,
and the offline Discord capturing every DM and channel post. A manual clock moves time.

What a user would notice: a reminder at the right minute, exactly once, pinging nobody but
them (or the configured role); closed DMs and lost channels handled once and explained;
downtime caught up with the grace rule; server errors retried without doubles."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from bot.clock import ManualClock, RehearsalClock, SystemClock
from bot.conferences import get_conference
from bot.offline import MANAGER_ROLE_ID, OfflineDiscord, Sent
from bot.reminders import subscriptions
from bot.reminders.dispatcher import Dispatcher
from bot.reminders.persistence import claims, lease
from bot.store.models import Delivery, GuildSettings, Session, Subscription
from bot.store.setup import Store
from tests.cogs.conftest import ATTENDEE, ORGANISER, assert_pings_nobody, text_of
from tests.reminders.conftest import StartBot, Venue, at, change_session, dms, remind


@pytest.fixture
async def offline(start_bot: StartBot, clock: ManualClock) -> OfflineDiscord:
    return await start_bot(clock)


def posts(offline: OfflineDiscord) -> list[Sent]:
    return [sent for sent in offline.transcript if sent.route == "channel"]


async def run_until(offline: OfflineDiscord, clock: ManualClock, end: datetime) -> None:
    """Let time pass up to `end`, stopping at every due time as a live clock would."""
    while (due := await offline.bot.next_due()) is not None and due <= end:
        await at(offline, clock, max(due, clock.now()))
    await at(offline, clock, end)


async def states(store: Store) -> dict[str, str]:
    """Delivery state by session slug."""
    async with store.sessions() as db:
        rows = await db.execute(
            select(Session.slug, Delivery.state).join(Session, Session.id == Delivery.session_id)
        )
        return {slug: state for slug, state in rows}


# --- On time, once, to the right person ---------------------------------------------------------


async def test_a_reminder_goes_out_at_its_due_time_once_with_a_nonce(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue, store: Store
) -> None:
    await remind(offline, "keynotes", minutes=10)
    await at(offline, clock, venue("2019-05-07T08:49"))
    assert dms(offline) == []
    await at(offline, clock, venue("2019-05-07T08:50"))
    (sent,) = dms(offline)
    assert sent.recipient_id == ATTENDEE.id
    assert sent.content is not None
    assert "Invited talk: Emily Shuckburgh** starts in 10 minutes" in sent.content
    assert sent.nonce is not None
    assert sent.nonce.startswith("confbot-")
    assert len(sent.nonce) <= 25
    assert_pings_nobody(sent)
    assert "Great Hall AD" in text_of([sent])
    await at(offline, clock, venue("2019-05-07T08:55"))
    assert len(dms(offline)) == 1
    assert (await states(store))["tue-keynote-morning"] == "sent"


async def test_every_send_carries_a_distinct_nonce(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue
) -> None:
    await remind(offline, "everything", minutes=5)
    await run_until(offline, clock, venue("2019-05-07T23:00"))
    nonces = [sent.nonce for sent in dms(offline)]
    assert len(nonces) > 5
    assert None not in nonces
    assert len(set(nonces)) == len(nonces)


async def test_a_here_reminder_mentions_only_its_user(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue
) -> None:
    await remind(offline, "session:tue-keynote-morning", via="here")
    await at(offline, clock, venue("2019-05-07T08:50"))
    (sent,) = posts(offline)
    assert sent.channel_id == offline.channel_id
    assert sent.content is not None
    assert sent.content.startswith(f"<@{ATTENDEE.id}>")
    mentions = sent.allowed_mentions or {}
    assert mentions.get("parse") == []
    assert [int(user) for user in mentions.get("users", [])] == [ATTENDEE.id]
    assert not mentions.get("roles")


async def test_an_announcement_pings_only_the_configured_role(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue
) -> None:
    channel = offline.add_text_channel("announcements")
    await offline.slash(ORGANISER, "announce setup", {"channel": channel, "role": MANAGER_ROLE_ID})
    await at(offline, clock, venue("2019-05-07T08:50"))
    (sent,) = posts(offline)
    assert sent.channel_id == channel
    assert sent.content is not None
    assert sent.content.startswith(f"<@&{MANAGER_ROLE_ID}>")
    mentions = sent.allowed_mentions or {}
    assert mentions.get("parse") == []
    assert [int(role) for role in mentions.get("roles", [])] == [MANAGER_ROLE_ID]
    assert not mentions.get("users")


async def test_an_announcement_without_a_role_pings_nobody(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue
) -> None:
    await offline.slash(ORGANISER, "announce setup", {"channel": offline.channel_id})
    await run_until(offline, clock, venue("2019-05-07T11:00"))
    for sent in posts(offline):
        assert_pings_nobody(sent)
    assert len(posts(offline)) == 2  # the 09:00 keynote and the 11:00 posters


# --- People and channels that cannot be reached ------------------------------------------------


async def test_closed_dms_are_tried_once_and_that_delivery_stops(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue, store: Store
) -> None:
    await remind(offline, "keynotes")
    offline.close_dms(ATTENDEE.id)
    await at(offline, clock, venue("2019-05-07T08:50"))
    assert dms(offline) == []
    attempts = offline.requests["dm"]
    assert attempts == 1
    await at(offline, clock, venue("2019-05-09T23:00"))
    assert offline.requests["dm"] == attempts
    async with store.sessions() as db:
        status = await db.scalar(select(Subscription.status))
    assert status == "dms_closed"
    listing = await offline.slash(ATTENDEE, "remind list")
    text = text_of(listing)
    assert "DMs were closed" in text
    assert "failed: your DMs are closed" in text


async def test_a_deleted_channel_turns_announcements_off_with_a_warning(
    offline: OfflineDiscord,
    clock: ManualClock,
    venue: Venue,
    store: Store,
    caplog: pytest.LogCaptureFixture,
) -> None:
    channel = offline.add_text_channel("announcements")
    await offline.slash(ORGANISER, "announce setup", {"channel": channel})
    offline.delete_channel(channel)
    with caplog.at_level(logging.WARNING, logger="bot.reminders"):
        await at(offline, clock, venue("2019-05-07T08:50"))
    assert "announcements turned off" in caplog.text
    assert posts(offline) == []
    async with store.sessions() as db:
        settings = await db.scalar(select(GuildSettings))
    assert settings is not None
    assert not settings.enabled
    assert settings.disabled_reason == "the channel was deleted"
    tries = offline.requests["channel"]
    await at(offline, clock, venue("2019-05-07T23:00"))
    assert offline.requests["channel"] == tries
    status = text_of(await offline.slash(ORGANISER, "announce status"))
    assert "Announcements are off" in status
    assert "the channel was deleted" in status


async def test_setting_up_again_after_a_lost_channel_announces_in_the_new_one(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue
) -> None:
    lost = offline.add_text_channel("announcements")
    await offline.slash(ORGANISER, "announce setup", {"channel": lost})
    offline.delete_channel(lost)
    await at(offline, clock, venue("2019-05-07T08:50"))
    await offline.slash(ORGANISER, "announce setup", {"channel": offline.channel_id})
    await at(offline, clock, venue("2019-05-07T10:50"))
    (sent,) = posts(offline)
    assert sent.channel_id == offline.channel_id
    assert "Poster session: GANs" in (sent.content or "")


async def test_a_lost_permission_turns_announcements_off(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue, store: Store
) -> None:
    await offline.slash(ORGANISER, "announce setup", {"channel": offline.channel_id})
    offline.faults.inject(route="channel", status=403, code=50013, message="Missing Permissions")
    await at(offline, clock, venue("2019-05-07T08:50"))
    async with store.sessions() as db:
        settings = await db.scalar(select(GuildSettings))
    assert settings is not None
    assert not settings.enabled
    assert "not allowed to post" in (settings.disabled_reason or "")


# --- Catch-up after downtime --------------------------------------------------------------------


async def back_up_at(
    start_bot: StartBot, store: Store, clock: ManualClock, when: datetime
) -> OfflineDiscord:
    """The bot started at `when` after downtime, holding a reminder for the 09:00 keynote that
    was subscribed to (and planned) before it went down, and never sent."""
    async with store.sessions() as db:
        conf = await get_conference(db, "iclr2019")
        await subscriptions.subscribe(
            db,
            conf,
            clock,
            user_id=ATTENDEE.id,
            guild_id=None,
            channel_id=None,
            target_text="session:tue-keynote-morning",
        )
    clock.set(when)
    offline = await start_bot(clock)
    await offline.bot.settle()
    return offline


async def test_within_the_grace_period_it_is_sent_late_saying_so(
    start_bot: StartBot, store: Store, clock: ManualClock, venue: Venue
) -> None:
    offline = await back_up_at(start_bot, store, clock, venue("2019-05-07T09:05"))
    (sent,) = dms(offline)
    assert "started 5 minutes ago" in (sent.content or "")
    assert (await states(store))["tue-keynote-morning"] == "late"
    listing = text_of(await offline.slash(ATTENDEE, "remind list"))
    assert "sent late: sent 5 minutes after the session started" in listing


async def test_after_the_grace_period_it_is_missed_and_listed_not_deleted(
    start_bot: StartBot, store: Store, clock: ManualClock, venue: Venue
) -> None:
    offline = await back_up_at(start_bot, store, clock, venue("2019-05-07T09:15"))
    assert dms(offline) == []
    assert (await states(store))["tue-keynote-morning"] == "missed"
    listing = text_of(await offline.slash(ATTENDEE, "remind list"))
    assert "missed: the session had started 15 minutes before it could go" in listing


async def test_still_before_the_session_it_is_simply_sent(
    start_bot: StartBot, store: Store, clock: ManualClock, venue: Venue
) -> None:
    offline = await back_up_at(start_bot, store, clock, venue("2019-05-07T08:58"))
    (sent,) = dms(offline)
    assert "starts in 2 minutes" in (sent.content or "")
    assert (await states(store))["tue-keynote-morning"] == "sent"


async def test_a_retired_session_is_not_reminded_and_the_list_says_why(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue, store: Store
) -> None:
    await remind(offline, "session:tue-keynote-morning")
    async with store.sessions() as db:
        await change_session(db, "tue-keynote-morning", retired=True)
    await at(offline, clock, venue("2019-05-07T08:50"))
    assert dms(offline) == []
    assert (await states(store))["tue-keynote-morning"] == "cancelled"
    listing = text_of(await offline.slash(ATTENDEE, "remind list"))
    assert "cancelled: the session was removed from the programme" in listing


# --- Discord failing on its side -----------------------------------------------------------------


async def test_server_errors_leave_it_pending_for_a_later_try(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue, store: Store
) -> None:
    await remind(offline, "session:tue-keynote-morning")
    offline.faults.inject(route="dm", status=500, times=5)  # more than discord.py retries
    await at(offline, clock, venue("2019-05-07T08:50"))
    assert dms(offline) == []
    assert (await states(store))["tue-keynote-morning"] == "pending"
    await at(offline, clock, venue("2019-05-07T08:51"))
    (sent,) = dms(offline)
    assert "starts in 9 minutes" in (sent.content or "")


async def test_a_server_error_after_the_message_was_created_does_not_double_it(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue, store: Store
) -> None:
    await remind(offline, "session:tue-keynote-morning")
    offline.faults.inject(route="dm", status=500, after_create=True)
    await at(offline, clock, venue("2019-05-07T08:50"))
    assert offline.requests["dm"] == 2  # discord.py retried; Discord dropped the repeat
    assert len(dms(offline)) == 1
    assert (await states(store))["tue-keynote-morning"] == "sent"


async def test_a_crash_between_send_and_mark_is_not_sent_twice(
    start_bot: StartBot, store: Store, clock: ManualClock, venue: Venue, tmp_path: Path
) -> None:
    record = tmp_path / "discord.jsonl"
    first = await start_bot(clock, record)
    await remind(first, "session:tue-keynote-morning")
    await at(first, clock, venue("2019-05-07T08:50"))
    assert len(OfflineDiscord.read_record(record)) == 1
    await first.close()
    async with store.sessions() as db:  # as if killed after the send, before marking it
        await db.execute(update(Delivery).values(state="claimed"))
        await db.commit()
    second = await start_bot(clock, record)
    await second.bot.settle()
    assert len(OfflineDiscord.read_record(record)) == 1
    assert second.requests["dm"] == 0, "read back and found, so not sent again"
    assert (await states(store))["tue-keynote-morning"] == "sent"


async def test_deliveries_deleted_between_its_two_reads_leave_the_dispatcher_well(
    offline: OfflineDiscord, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/privacy delete may remove the pending deliveries after the dispatcher saw the earliest
    due time and before it read their load (each statement is a new snapshot on PostgreSQL)."""
    await remind(offline, "keynotes", minutes=10)
    seen = await offline.bot.next_due()
    real_due_load = claims.due_load

    async def deleted_meanwhile(*args: Any, **kwargs: Any) -> list[tuple[datetime, int]]:
        async with store.sessions() as other:
            await other.execute(Delivery.__table__.delete())
            await other.commit()
        return await real_due_load(*args, **kwargs)

    monkeypatch.setattr(claims, "due_load", deleted_meanwhile)
    assert await offline.bot.next_due() == seen
    monkeypatch.setattr(claims, "due_load", real_due_load)
    assert await offline.bot.next_due() is None


# --- The task itself ---------------------------------------------------------------------------


async def test_a_sooner_reminder_wakes_the_sleeping_dispatcher(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue
) -> None:
    """No settle here: the background task, asleep until woken (a manual clock never moves by
    itself), must send a reminder that falls due right away."""
    clock.set(venue("2019-05-07T08:55"))
    await remind(offline, "session:tue-keynote-morning", minutes=10)

    async def until_sent() -> None:
        while not dms(offline):  # noqa: ASYNC110 - polling what a background task produces
            await asyncio.sleep(0.005)

    await asyncio.wait_for(until_sent(), timeout=5)
    assert "starts in 5 minutes" in (dms(offline)[0].content or "")


async def test_rehearsal_time_drives_the_dispatcher(start_bot: StartBot, venue: Venue) -> None:
    """Replaying a past conference at speed 60 (a venue minute per real second), a reminder
    due shortly goes out when due, by the background task alone (a fraction of a second)."""
    clock = RehearsalClock(venue("2019-05-07T08:49:30"), speed=60)
    offline = await start_bot(clock)
    await remind(offline, "session:tue-keynote-morning", minutes=10)

    async def until_sent() -> None:
        while not dms(offline):  # noqa: ASYNC110 - polling what a background task produces
            await asyncio.sleep(0.005)

    await asyncio.wait_for(until_sent(), timeout=5)
    assert "starts in 10 minutes" in (dms(offline)[0].content or "")


async def test_the_dispatcher_starts_once_and_stops_when_the_bot_closes(
    offline: OfflineDiscord, store: Store
) -> None:
    dispatcher = offline.bot.dispatcher
    assert isinstance(dispatcher, Dispatcher)
    assert dispatcher.running
    assert dispatcher.delivering
    task = dispatcher._task
    dispatcher.start()
    assert dispatcher._task is task
    await offline.close()
    assert not dispatcher.running
    assert not dispatcher.delivering
    assert await offline.bot.next_due() is None  # nothing left to wait for
    async with store.sessions() as db:  # released: another process may take over at once
        assert await lease.holders(db, SystemClock().now()) == []


async def test_closing_the_bot_mid_claim_lets_the_claim_finish_and_the_reminder_go_out(
    offline: OfflineDiscord,
    clock: ManualClock,
    venue: Venue,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Stopping waits for the step in hand instead of cancelling it inside the store, where a
    cut-short rollback logs a traceback and the claim would be lost until the next start."""
    await remind(offline, "keynotes", minutes=10)
    entered, gate = asyncio.Event(), asyncio.Event()
    claim_due = claims.claim_due

    async def slow_claim(*args: Any, **kwargs: Any) -> Any:
        entered.set()
        await gate.wait()
        return await claim_due(*args, **kwargs)

    monkeypatch.setattr(claims, "claim_due", slow_claim)
    clock.set(venue("2019-05-07T08:50"))
    assert offline.bot.dispatcher is not None
    offline.bot.dispatcher.wake()
    await asyncio.wait_for(entered.wait(), timeout=5)
    closing = asyncio.create_task(offline.close())
    await asyncio.sleep(0.05)
    assert not closing.done()  # waiting for the claim, not cutting it off
    gate.set()
    await asyncio.wait_for(closing, timeout=10)
    assert len(dms(offline)) == 1
    assert (await states(store))["tue-keynote-morning"] == "sent"
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_moving_a_session_later_delays_its_reminder(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue, store: Store
) -> None:
    await remind(offline, "session:tue-keynote-morning")
    async with store.sessions() as db:
        await change_session(db, "tue-keynote-morning", starts_at=venue("2019-05-07T09:30"))
    await at(offline, clock, venue("2019-05-07T08:50"))
    assert dms(offline) == []
    await at(offline, clock, venue("2019-05-07T09:20") + timedelta(seconds=1))
    assert len(dms(offline)) == 1


# --- Every transport fault, counted: no loss, no visible double, no retry storm ------------------

FAULTS = {
    "429 with retry_after": (
        lambda o: o.faults.inject(route="dm", status=429, retry_after=2.0),
        ("sent", 1),
    ),
    "502 after the message was created": (
        lambda o: o.faults.inject(route="dm", status=502, after_create=True),
        ("sent", 1),
    ),
    "503 twice, after creation": (
        lambda o: o.faults.inject(route="dm", status=503, after_create=True, times=2),
        ("sent", 1),
    ),
    # Discord created it but kept answering 503: the next try reads the DM back first, finds
    # it and counts it sent; the user sees it once.
    "503 on every try, after creation": (
        lambda o: o.faults.inject(route="dm", status=503, after_create=True, times=999),
        ("sent", 1),
    ),
    "503 on every try, nothing created": (
        lambda o: o.faults.inject(route="dm", status=503, times=999),
        ("missed", 0),
    ),
    "429 more times than discord.py retries": (
        lambda o: o.faults.inject(route="dm", status=429, retry_after=0.5, times=7),
        ("sent", 1),
    ),
    "a timeout before Discord saw it": (lambda o: o.faults.inject_timeout(route="dm"), ("sent", 1)),
    "a timeout after Discord created it": (
        lambda o: o.faults.inject_timeout(route="dm", after_create=True),
        ("sent", 1),
    ),
    "403 DMs closed (50007)": (
        lambda o: o.faults.inject(route="dm", status=403, code=50007),
        ("failed", 0),
    ),
}


@pytest.mark.parametrize("fault", FAULTS, ids=list(FAULTS))
async def test_a_transport_fault_on_a_reminder(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue, store: Store, fault: str
) -> None:
    inject, (final_state, visible) = FAULTS[fault]
    await remind(offline, "session:tue-keynote-morning")
    inject(offline)
    await run_until(offline, clock, venue("2019-05-07T12:00"))
    assert (await states(store))["tue-keynote-morning"] == final_state
    assert len(dms(offline)) == visible, "no loss, and never a visible double"
    tries = offline.requests["dm"] / 5  # discord.py makes up to five requests a try
    assert tries <= 25 + 6, f"at most a try a minute until missed, not a storm: {fault}"


async def test_an_announcement_to_a_vanished_channel_is_tried_once(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue, store: Store
) -> None:
    channel = offline.add_text_channel("announcements")
    await offline.slash(ORGANISER, "announce setup", {"channel": channel})
    offline.delete_channel(channel)
    await run_until(offline, clock, venue("2019-05-08T23:00"))
    assert posts(offline) == []
    assert offline.requests["channel"] == 1, "the first 404 switches announcements off"

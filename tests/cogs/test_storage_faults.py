"""The store failing under a running bot: every command still answers in time, and says the
storage failed (for a write: that nothing was saved) instead of "try again in a moment";
nothing is confirmed that was not written; the operator's log says so once per outage, with
the cause, and once more when the store works again; the bot goes on, and recovers."""

from __future__ import annotations

import asyncio
import itertools
import logging

import pytest

from bot.clock import ManualClock
from bot.offline import OfflineDiscord
from bot.reminders import dispatcher
from bot.store.setup import Store
from tests.cogs.conftest import ATTENDEE, only_reply, text_of
from tests.damage import (
    DISK_FULL,
    READ_ONLY,
    database_file,
    failing_writes,
    kept,
    scribble,
    truncate,
)

pytestmark = pytest.mark.sqlite_only(reason="damages a SQLite file, or fails its driver")

NOT_SAVED = "The bot's storage is failing; nothing you asked was saved."
CANNOT_READ = "The bot cannot read its data right now"
VAGUE = "try again in a moment"
PAUSE = 0.04
"""The dispatcher's first pause after a failure, shortened so the test sees several."""
ATTEMPTS = 5


async def add_keynotes(offline: OfflineDiscord) -> str:
    sent = await offline.slash(ATTENDEE, "remind add", {"target": "keynotes", "minutes": 10})
    return text_of([only_reply(sent)])


async def listed(offline: OfflineDiscord) -> str:
    return text_of([only_reply(await offline.slash(ATTENDEE, "remind list"))])


@pytest.mark.parametrize("fault", [READ_ONLY, DISK_FULL], ids=["read-only", "disk full"])
async def test_a_write_that_fails_says_nothing_was_saved_and_saves_nothing(
    offline: OfflineDiscord, store: Store, fault: tuple[int, str, str]
) -> None:
    with failing_writes(store.engine, fault):
        answer = await add_keynotes(offline)
        schedule = text_of([only_reply(await offline.slash(ATTENDEE, "schedule"))])
    assert NOT_SAVED in answer
    assert VAGUE not in answer
    assert "Reminder set" not in answer
    assert "Keynote" in schedule, "reads still work"
    assert "all keynotes" not in await listed(offline), "nothing was saved"
    # The fault clears: the same command works.
    assert "Reminder set" in await add_keynotes(offline)
    assert "all keynotes" in await listed(offline)


@pytest.mark.parametrize("damage", [truncate, scribble], ids=["truncated", "garbage"])
async def test_a_damaged_file_is_said_plainly_and_the_bot_recovers_when_it_is_back(
    offline: OfflineDiscord, store: Store, damage: object
) -> None:
    path = database_file(store)
    with kept(path):
        damage(path)  # type: ignore[operator]
        answers = [
            text_of([only_reply(await offline.slash(ATTENDEE, name, options))])
            for name, options in (
                ("schedule", {"day": "Wednesday"}),
                ("paper", {"query": "lottery ticket"}),
                ("conference", {}),
                ("remind add", {"target": "keynotes", "minutes": 10}),
            )
        ]
    failed = [answer for answer in answers if NOT_SAVED in answer or CANNOT_READ in answer]
    assert failed, f"some command met the damage: {answers}"
    assert not any(VAGUE in answer for answer in answers)
    assert not any("Reminder set" in answer for answer in answers if NOT_SAVED in answer)
    after = text_of([only_reply(await offline.slash(ATTENDEE, "paper", {"query": "lottery"}))])
    assert "The Lottery Ticket Hypothesis" in after


async def test_the_operator_reads_one_error_line_per_outage_and_one_when_it_ends(
    offline: OfflineDiscord, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    seconds = [1000.0]
    store.health.clock = lambda: seconds[0]
    caplog.set_level(logging.INFO, logger="bot.store.failures")
    with failing_writes(store.engine, DISK_FULL):
        for _ in range(3):
            await add_keynotes(offline)
            seconds[0] += 1
    await add_keynotes(offline)  # works at once, but a damaged file can answer some queries
    seconds[0] += 60
    await offline.slash(ATTENDEE, "remind list")
    lines = [(record.levelname, record.getMessage()) for record in caplog.records]
    errors = [message for level, message in lines if level == "ERROR"]
    assert len(errors) == 1, lines
    assert "the disk is full (database or disk is full)" in errors[0]
    assert [level for level, _ in lines] == ["ERROR", "INFO"]
    assert not any(record.exc_info for record in caplog.records), "no traceback"


async def test_while_the_disk_is_full_reminders_wait_and_the_dispatcher_backs_off_quietly(
    offline: OfflineDiscord,
    store: Store,
    clock: ManualClock,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dispatcher, "ERROR_PAUSE", PAUSE)
    await add_keynotes(offline)
    due = await offline.bot.next_due()
    assert due is not None
    caplog.set_level(logging.INFO)
    caplog.set_level(logging.INFO, logger="bot.store.failures")  # a quiet CLI run raises it
    attempts: list[float] = []
    enough = asyncio.Event()

    def refused(when: float) -> None:
        attempts.append(when)
        if len(attempts) >= ATTEMPTS:
            enough.set()

    with failing_writes(store.engine, DISK_FULL, refused):
        clock.set(due)
        assert offline.bot.dispatcher is not None
        offline.bot.dispatcher.wake()
        async with asyncio.timeout(10):
            await enough.wait()
    assert not [sent for sent in offline.transcript if sent.route == "dm"], "nothing sent"
    gaps = [later - earlier for earlier, later in itertools.pairwise(attempts[:ATTEMPTS])]
    assert gaps[-1] > 3 * gaps[0], f"each retry waits longer: {gaps}"
    errors = [record for record in caplog.records if record.levelname == "ERROR"]
    assert len(errors) == 1, [record.getMessage() for record in errors]
    assert errors[0].exc_info is None, "a line, not a traceback"
    await offline.bot.settle()
    dms = [sent for sent in offline.transcript if sent.route == "dm"]
    assert len(dms) == 1, "sent once the disk has room again"

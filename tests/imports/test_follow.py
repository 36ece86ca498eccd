"""Following a schedule URL: a poll applies a moved talk within one interval and its
subscribers hear of it once; a 304, a broken body, an error status or an empty or shrunk
programme change nothing, and the operator is told once, not at every poll."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import ConfBot
from bot.background import Stopping
from bot.clock import ManualClock
from bot.conferences import get_conference
from bot.imports.apart import poll_apart
from bot.imports.follow import (
    FollowedView,
    Poll,
    PollResult,
    backoff,
    follow_loop,
    followed,
    parse_interval,
    poll_due,
    record_follow,
)
from bot.imports.packaged import open_store
from bot.imports.problems import DataError
from bot.imports.service import import_source
from bot.offline import OfflineDiscord
from bot.settings import Settings
from bot.store.models import Session
from bot.store.setup import Store
from tests.cogs.conftest import ATTENDEE, embed_text
from tests.imports.programme_server import ProgrammeServer
from tests.imports.schedules import SBOM, pretalx

INTERVAL = timedelta(minutes=5)
START = datetime(2031, 3, 1, 9, 0, tzinfo=UTC)


class Wall:
    """The follower's real-time clock, moved by the test."""

    def __init__(self) -> None:
        self.at = START

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def wall() -> Wall:
    return Wall()


@pytest.fixture
async def url(store: Store, programme_server: ProgrammeServer, wall: Wall) -> str:
    """The pretalx schedule, imported from its URL and followed every five minutes."""
    served = programme_server.put("schedule.json", pretalx())
    outcome = await import_source(store, served, None, wall())
    async with store.sessions() as db:
        await record_follow(
            db, served, outcome.slug, None, INTERVAL, wall(), outcome.validators or _missing()
        )
    return served


def _missing() -> object:
    raise AssertionError("a URL import keeps the server's validators")


@pytest.fixture
async def offline(url: str, database_url: str, data_dir: Path) -> AsyncIterator[OfflineDiscord]:
    """A bot on its own store, on the followed conference (`url`), before it starts."""
    own = await open_store(database_url, data_dir)
    async with own.sessions() as db:
        conf = await get_conference(db, "tosd2031")
    bot = ConfBot(Settings(database_url=database_url), own, ManualClock(START), conf)
    harness = OfflineDiscord(bot)
    await harness.start()
    try:
        yield harness
    finally:
        await harness.close()
    assert harness.violations == []


async def _one(store: Store) -> FollowedView:
    async with store.sessions() as db:
        (found,) = await followed(db)
    return found


async def _start_of(store: Store, slug: str) -> datetime | None:
    async with store.sessions() as db:
        return await db.scalar(select(Session.starts_at).where(Session.slug == slug))


async def _run_once(store: Store, wall: Wall, applied: list[Poll], bot: ConfBot | None) -> None:
    """The follow loop for one round of polls, as the running bot's cog runs it."""
    stopping = Stopping()

    async def on_applied(poll: Poll) -> None:
        applied.append(poll)
        if bot is not None:
            await bot.refresh_conferences()
        stopping.request()

    loop = asyncio.create_task(follow_loop(store, stopping, on_applied, wall, settle=0))
    await asyncio.sleep(0.5)
    stopping.request()
    await loop


async def test_a_moved_talk_is_applied_within_one_interval_and_told_once(
    store: Store,
    url: str,
    wall: Wall,
    programme_server: ProgrammeServer,
    offline: OfflineDiscord,
) -> None:
    await offline.slash(ATTENDEE, "remind add", {"target": SBOM, "minutes": 10})
    bot = offline.bot
    assert isinstance(bot, ConfBot)
    before = await _start_of(store, SBOM)
    programme_server.put("schedule.json", pretalx(move={SBOM: timedelta(hours=1)}))
    applied: list[Poll] = []

    wall.at = START + INTERVAL
    await _run_once(store, wall, applied, bot)
    await bot.settle()

    assert [poll.result for poll in applied] == [PollResult.APPLIED]
    assert before is not None
    assert await _start_of(store, SBOM) == before + timedelta(hours=1)
    notices = [sent for sent in offline.transcript if sent.route == "dm"]
    assert len(notices) == 1
    assert "moved from 10:30 to 11:30" in embed_text(notices[0].embeds[0])

    wall.at += INTERVAL
    await _run_once(store, wall, applied, bot)
    await bot.settle()
    assert len([sent for sent in offline.transcript if sent.route == "dm"]) == 1
    assert programme_server.statuses("/files/schedule.json")[-1] == 304
    assert (await _one(store)).changed_at == START + INTERVAL


async def test_nothing_is_polled_before_its_time(
    store: Store, url: str, wall: Wall, programme_server: ProgrammeServer
) -> None:
    wall.at = START + INTERVAL / 2
    assert await poll_due(store, wall) == []
    assert programme_server.statuses("/files/schedule.json") == [200]


@pytest.mark.parametrize(
    ("body", "result", "told"),
    [
        (b"", PollResult.FAILED, "not a format confbot reads"),
        (b'{"schedule": {"conference": ', PollResult.FAILED, "is not JSON"),
        (b"[" * 100_000, PollResult.FAILED, "nests deeper than 64 levels"),
        (pretalx(cancel=4), PollResult.HELD, "held, not applied: "),
        (pretalx(title="Another Conference"), PollResult.HELD, "describes 'Another Conference'"),
    ],
    ids=["empty", "broken", "deep", "shrunk", "another-conference"],
)
async def test_a_bad_version_changes_nothing_and_the_operator_sees_why(
    store: Store,
    url: str,
    wall: Wall,
    programme_server: ProgrammeServer,
    body: bytes,
    result: PollResult,
    told: str,
) -> None:
    before = await _start_of(store, SBOM)
    programme_server.put("schedule.json", body)

    wall.at = START + INTERVAL
    (poll,) = await poll_due(store, wall)

    assert poll.result is result
    assert await _start_of(store, SBOM) == before
    listed = await _one(store)
    assert listed.error is not None
    assert told in listed.error
    assert listed.checked_at == wall.at
    assert listed.changed_at == START


async def test_a_held_change_is_polled_again_and_cleared_when_the_source_is_fixed(
    store: Store, url: str, wall: Wall, programme_server: ProgrammeServer
) -> None:
    programme_server.put("schedule.json", pretalx(cancel=10))
    wall.at = START + INTERVAL
    (held,) = await poll_due(store, wall)
    programme_server.put("schedule.json", pretalx())

    wall.at += INTERVAL
    (fixed,) = await poll_due(store, wall)

    # Back to the version applied last: the server's 304 says so, and nothing is held.
    assert (held.result, fixed.result) == (PollResult.HELD, PollResult.NOT_MODIFIED)
    assert (await _one(store)).error is None


async def test_failures_back_off_and_are_logged_once_per_outage(
    store: Store,
    url: str,
    wall: Wall,
    programme_server: ProgrammeServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    programme_server.files.clear()  # the organiser's site answers 404 for a while
    caplog.set_level(logging.INFO, logger="bot.imports.follow")
    polled_at = []
    wall.at = START + INTERVAL
    for _ in range(4):
        polls = await poll_due(store, wall)
        if polls:
            polled_at.append(wall.at)
        wall.at += INTERVAL
    programme_server.put("schedule.json", pretalx())
    wall.at += backoff(INTERVAL, 4)
    (back,) = await poll_due(store, wall)

    assert polled_at == [START + INTERVAL, START + 3 * INTERVAL]  # 5, then 10 minutes
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "HTTP 404" in warnings[0].getMessage()
    assert back.result is PollResult.NOT_MODIFIED
    assert any("answering again after 2 failed polls" in r.getMessage() for r in caplog.records)


def test_backoff_doubles_up_to_an_hour() -> None:
    waits = [backoff(INTERVAL, failures) for failures in range(1, 7)]
    assert waits == [timedelta(minutes=m) for m in (10, 20, 40, 60, 60, 60)]


@pytest.mark.parametrize(
    ("raw", "seconds"), [("90", 90), ("45s", 45), ("5m", 300), ("1h", 3600), ("1d", 86400)]
)
def test_intervals(raw: str, seconds: int) -> None:
    assert parse_interval(raw) == timedelta(seconds=seconds)


@pytest.mark.parametrize("raw", ["5", "often", "1w", "-5m", ""])
def test_an_interval_too_short_or_unreadable_is_refused(raw: str) -> None:
    with pytest.raises(DataError, match="--follow"):
        parse_interval(raw)


async def test_the_running_bot_polls_from_its_follow_cog(offline: OfflineDiscord) -> None:
    names = {task.get_name() for task in asyncio.all_tasks()}
    assert "confbot-follow" in names
    assert "Follow" in offline.bot.cogs


@pytest.mark.slow
async def test_a_running_bots_polls_import_in_a_child_process_with_the_same_outcomes(
    store: Store, url: str, wall: Wall, programme_server: ProgrammeServer
) -> None:
    before = await _start_of(store, SBOM)
    programme_server.put("schedule.json", b"")
    wall.at = START + INTERVAL
    (failed,) = await poll_due(store, wall, importer=poll_apart)
    programme_server.put("schedule.json", pretalx(cancel=10))
    wall.at += backoff(INTERVAL, 1)
    (held,) = await poll_due(store, wall, importer=poll_apart)
    programme_server.put("schedule.json", pretalx(move={SBOM: timedelta(hours=1)}))
    wall.at += INTERVAL
    (moved,) = await poll_due(store, wall, importer=poll_apart)
    wall.at += INTERVAL
    (same,) = await poll_due(store, wall, importer=poll_apart)

    assert failed.result is PollResult.FAILED
    assert "is not a format confbot reads" in failed.line
    assert "\n" not in failed.line
    assert held.result is PollResult.HELD
    assert held.line.startswith("held, not applied: ")
    assert "add --replace to apply it anyway" in held.line
    assert moved.result is PollResult.APPLIED
    assert "1 moved" in moved.line
    assert before is not None
    assert await _start_of(store, SBOM) == before + timedelta(hours=1)
    assert same.result is PollResult.NOT_MODIFIED
    assert programme_server.statuses("/files/schedule.json")[-1] == 304

"""Following an organiser's schedule URL: `confbot run` and `confbot follow` poll it.

Each poll is a conditional request (the server's ETag and Last-Modified from the last answer
that was applied), so an unchanged programme costs the organiser's server a 304. A new body
goes through the same import as `confbot import` and its guard: a change that would cancel
more than a quarter of the programme, or a file about another conference, is held, never
applied by a poll; the operator sees why in `confbot conferences` and in the log, once.
Failures back off exponentially up to MAX_BACKOFF and are logged once per outage; every
wait has some jitter, so bots started together do not poll together.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.background import Stopping
from bot.domain.errors import StorageFailure
from bot.health.metrics import record_poll
from bot.imports.child import Done, done_of
from bot.imports.preview import Mode, Refused
from bot.imports.problems import DataError
from bot.imports.service import ImportRequest, import_text
from bot.imports.sources import Validators, fetch, is_url
from bot.store.dialect import commit_and_lock_for_write, lock_for_write
from bot.store.models import FollowedSource
from bot.store.setup import Store

log = logging.getLogger(__name__)

MIN_INTERVAL = timedelta(seconds=30)
"""The shortest interval an operator may ask for: a schedule is not a chat."""
MAX_BACKOFF = timedelta(hours=1)
JITTER = 0.1
"""Each wait is the interval less up to this share of it: never longer, so a change is seen
within one interval."""
RESCAN = 30.0
"""How often (real seconds) a running loop looks for sources followed since it started."""
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class PollResult(StrEnum):
    """What one poll of a followed source came to."""

    NOT_MODIFIED = "not modified"
    UNCHANGED = "unchanged"
    APPLIED = "applied"
    HELD = "held"
    FAILED = "failed"


@dataclass(frozen=True)
class Poll:
    """One poll's result, with the line the operator reads about it."""

    url: str
    result: PollResult
    line: str


@dataclass(frozen=True)
class FollowedView:
    """A followed source as `confbot conferences` shows it."""

    url: str
    slug: str | None
    interval: timedelta
    checked_at: datetime | None
    changed_at: datetime | None
    error: str | None


def parse_interval(raw: str) -> timedelta:
    """`--follow` intervals: 90, 90s, 5m, 1h, 1d; at least MIN_INTERVAL."""
    text = raw.strip().lower()
    unit = _UNITS.get(text[-1:], 0)
    number = text[:-1] if unit else text
    if not number.isdigit():
        raise DataError(
            "--follow", "argument", "interval", f"{raw!r} is not an interval such as 5m or 1h"
        )
    interval = timedelta(seconds=int(number) * (unit or 1))
    if interval < MIN_INTERVAL:
        raise DataError(
            "--follow",
            "argument",
            "interval",
            f"{raw!r} is shorter than {int(MIN_INTERVAL.total_seconds())} seconds",
        )
    return interval


def jittered(interval: timedelta) -> timedelta:
    """The interval less a random share of up to JITTER of it."""
    return interval * random.uniform(1 - JITTER, 1)


def backoff(interval: timedelta, failures: int) -> timedelta:
    """The wait after `failures` failed polls in a row: doubling, up to MAX_BACKOFF (or the
    interval, when that is longer)."""
    longest = max(MAX_BACKOFF, interval)
    return min(interval * (1 << min(failures, 16)), longest)


async def record_follow(
    db: AsyncSession,
    url: str,
    slug: str,
    timezone: str | None,
    interval: timedelta,
    now: datetime,
    validators: Validators,
) -> None:
    """Follow `url` from now on (or with a new interval), as imported into `slug`: read and
    written under the write lock, and committed."""
    if not is_url(url):
        raise DataError(url, "file", "--follow", "only an http(s) URL can be followed")
    await commit_and_lock_for_write(db)
    row = await db.scalar(select(FollowedSource).where(FollowedSource.url == url))
    if row is None:
        row = FollowedSource(url=url, failures=0)
        db.add(row)
    row.slug = slug
    row.timezone = timezone
    row.interval_seconds = int(interval.total_seconds())
    row.etag, row.last_modified = validators.etag, validators.last_modified
    row.checked_at = row.changed_at = now
    row.error = None
    row.failures = 0
    row.next_check_at = now + jittered(interval)
    await db.commit()


async def followed(db: AsyncSession) -> list[FollowedView]:
    """Every followed source, for the operator's listing."""
    rows = await db.scalars(select(FollowedSource).order_by(FollowedSource.url))
    return [
        FollowedView(
            row.url,
            row.slug,
            timedelta(seconds=row.interval_seconds),
            row.checked_at,
            row.changed_at,
            row.error,
        )
        for row in rows
    ]


async def _sources(store: Store, now: datetime | None) -> list[FollowedSource]:
    """Followed sources due at `now` (every one when None), detached from their session."""
    async with store.sessions() as db:
        query = select(FollowedSource).order_by(FollowedSource.id)
        if now is not None:
            query = query.where(
                (FollowedSource.next_check_at.is_(None)) | (FollowedSource.next_check_at <= now)
            )
        rows = list(await db.scalars(query))
        db.expunge_all()
    return rows


def poll_of(url: str, done: Done) -> Poll:
    """A poll's result and line from what its import did (no validators: not modified)."""
    if done.validators is None:
        return Poll(url, PollResult.NOT_MODIFIED, f"{url}: not modified")
    result = PollResult.APPLIED if done.changed else PollResult.UNCHANGED
    return Poll(url, result, "\n".join([*done.lines, *done.previewed]))


async def fetch_and_import(store: Store, source: FollowedSource, now: datetime) -> Done:
    """A followed source's conditional fetch and, when it changed, its import, here."""
    fetched = await fetch(source.url, Validators(source.etag, source.last_modified))
    if fetched.text is None:
        return Done((), (), False, source.slug, None)
    request = ImportRequest(slug=source.slug, timezone=source.timezone, mode=Mode.APPLY)
    outcome = await import_text(store, source.url, fetched.text, now, request)
    return done_of(outcome, fetched.validators)


Importer = Callable[[Store, FollowedSource, datetime], Awaitable[Done]]
"""How a poll fetches and imports: here, or (a running bot) in a child process."""


async def poll_one(
    store: Store, source: FollowedSource, now: datetime, importer: Importer = fetch_and_import
) -> Poll:
    """Poll one followed source and record what happened. A held or failed poll writes
    nothing but its own row, and keeps the old validators, so the next poll asks again."""
    validators: Validators | None = None
    try:
        done = await importer(store, source, now)
        poll, validators = poll_of(source.url, done), done.validators
    except Refused as exc:
        poll = Poll(source.url, PollResult.HELD, f"held, not applied: {exc}")
    except DataError as exc:
        poll = Poll(source.url, PollResult.FAILED, str(exc))
    await _record(store, source, poll, validators, now)
    return poll


def _tell(source: FollowedSource, poll: Poll) -> None:
    """The log, once per state: the first failure of an outage and its end, a change held
    (again only when the reason changes), and every change applied with its preview."""
    if poll.result is PollResult.FAILED:
        if not source.failures:
            log.warning("a followed source fails: %s (retrying with back-off)", poll.line)
    elif poll.result is PollResult.HELD:
        if source.error != poll.line:
            log.warning("a followed source's change is %s", poll.line)
    elif source.failures:
        log.info("following %s: answering again after %d failed polls", source.url, source.failures)
    if poll.result is PollResult.APPLIED:
        log.info("following %s: applied\n%s", source.url, poll.line)


async def _record(
    store: Store, source: FollowedSource, poll: Poll, validators: Validators | None, now: datetime
) -> None:
    _tell(source, poll)
    record_poll(source.url, poll.result)
    interval = timedelta(seconds=source.interval_seconds)
    async with store.sessions() as db, db.begin():
        await lock_for_write(db)
        row = await db.get(FollowedSource, source.id)
        if row is None:  # no longer followed: nothing to record
            return
        row.checked_at = now
        if poll.result is PollResult.FAILED:
            row.failures = (row.failures or 0) + 1
            row.error = poll.line
            row.next_check_at = now + jittered(backoff(interval, row.failures))
            return
        row.failures = 0
        row.error = poll.line if poll.result is PollResult.HELD else None
        if validators is not None:
            row.etag, row.last_modified = validators.etag, validators.last_modified
        if poll.result is PollResult.APPLIED:
            row.changed_at = now
        row.next_check_at = now + jittered(interval)


async def poll_due(
    store: Store,
    now: Callable[[], datetime],
    *,
    every: bool = False,
    importer: Importer = fetch_and_import,
) -> list[Poll]:
    """Poll the followed sources that are due (all of them with `every`), one after another."""
    return [
        await poll_one(store, source, now(), importer)
        for source in await _sources(store, None if every else now())
    ]


async def _next_due(store: Store) -> datetime | None:
    async with store.sessions() as db:
        rows = await db.scalars(select(FollowedSource.next_check_at))
        times = [when for when in rows if when is not None]
    return min(times, default=None)


def utc_now() -> datetime:
    return datetime.now(UTC)


async def follow_loop(
    store: Store,
    stopping: Stopping,
    applied: Callable[[Poll], Awaitable[None]] | None = None,
    now: Callable[[], datetime] = utc_now,
    settle: float = RESCAN,
    importer: Importer = fetch_and_import,
) -> None:
    """Poll every followed source when it is due until `stopping` is requested; `applied` is
    awaited after each change applied (a running bot reloads and tells people). Polls are
    scheduled and stamped in real time, whatever a rehearsal's clock says: they are about
    the organiser's server, not the programme. The first poll waits `settle` seconds: a bot
    that is starting plans its reminders first, and every source was polled at its import or
    by the last run, so nothing is late for it. `importer` fetches and imports (a running
    bot's does it in a child process, bot.imports.apart)."""
    if await stopping.pause(settle):
        return
    while not stopping.requested:
        try:
            for poll in await poll_due(store, now, importer=importer):
                if poll.result is PollResult.APPLIED and applied is not None:
                    await applied(poll)
            due = await _next_due(store)
        except StorageFailure:
            due = None  # the store's health has logged the outage, once
        except Exception:
            log.exception("could not poll the followed sources; trying again")
            due = None
        wait = RESCAN if due is None else (due - now()).total_seconds()
        if await stopping.pause(min(max(wait, 0.0), RESCAN)):
            return

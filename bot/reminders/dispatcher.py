"""The reminder dispatcher: one task that sends deliveries when they fall due.

Adapted from RoboDanny's timer cog: sleep until the next due delivery, or until woken because a
sooner one appeared; claim what is due, send it, mark it. Sends run side by side, one lane per
destination (`lanes.py`), paced under Discord's global limit (`pacing.py`); a large fan-out is
claimed early enough that its last message still goes out before its due time. What makes it
safe to kill at any moment is the store, not this task: claims are durable, every send carries
a nonce derived from the delivery id so Discord drops a repeat, claims left behind by a crash
are sent again (with the same nonce) when the next dispatcher starts, and each of them is first
looked for in its channel, however long ago it was claimed (`sending.py`).

Who sends is decided by leases (`persistence/lease.py`), renewed on a heartbeat: on SQLite one
dispatcher per database, on PostgreSQL every `confbot run` process side by side, each claiming
its own deliveries and, with shards, only the server announcements of the servers it holds.
The heartbeat also takes over the claims of a process whose lease lapsed. A dispatcher that may
not send (a console next to `confbot run`) sends nothing, says so once, and takes over when the
senders stop or their leases expire.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import secrets
import socket
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.background import Stopping, finish
from bot.clock import Clock, SystemClock
from bot.domain.errors import StorageFailure
from bot.domain.reminders import Route
from bot.reminders.lanes import Lanes
from bot.reminders.notices import NoticeSender
from bot.reminders.pacing import LOOKAHEAD, QUEUED, RateBudget, head_start, programme_span
from bot.reminders.persistence import claims, dm_channels, lease, notices, planning
from bot.reminders.sending import Sender

if TYPE_CHECKING:
    from bot.app import ConfBot

log = logging.getLogger(__name__)

BATCH = QUEUED
"""Deliveries claimed and not finished at most: few enough that a crash leaves little to
re-send, enough to keep every lane busy."""
MAX_SLEEP = 300.0
"""Re-check at least this often (real seconds): a suspended machine or a clock that was set
does not leave reminders waiting."""
ERROR_PAUSE = 5.0
STORAGE_PAUSE_MAX = 60.0
"""While the store fails, the pause after each failed attempt doubles from ERROR_PAUSE up to
this: a damaged disk is not hammered, and the first attempt after it heals is soon enough."""
POLL = 0.5
"""While sends are in flight, re-check what is due at least this often (real seconds), so a
reminder falling due meanwhile never waits for a slow one."""
PLANNED_FROM = frozenset(
    {"subscriptions", "guild_settings", "guild_conferences", "agenda_items", "agenda_reminders"}
)
"""Subscriptions, announcement settings, the conference a server follows, agendas and their
reminder settings: a commit writing one may change what is due, so the dispatcher looks again
(the tables it writes itself, deliveries and claims, are not among them)."""
STOP_GRACE = 5.0
"""On stop, how long sends in flight may finish before they are cut off and released."""
HEARTBEATS_PER_TTL = 3
"""Renew every TTL/3 real seconds: two heartbeats in a row can fail before the lease lapses."""


def _holder_id(crew: str, instance: str | None) -> str:
    """Who holds a lease, readable in a warning: the operator's name for the process, else
    host, process and a random suffix that tells apart two bots in one process."""
    if instance is not None:
        return f"{instance}:{crew}"
    return f"{socket.gethostname()}:{os.getpid()}:{crew}:{secrets.token_hex(3)}"


def _crew(clock: Clock) -> str:
    return "live" if isinstance(clock, SystemClock) else "rehearsal"


class Dispatcher:
    """Sends the bot's due deliveries; `start` once, `wake` after changes, `settle` in tests.

    Lease times come from `wall_clock`, real time by default, never from the bot's clock: a
    rehearsal runs its own time, and every process must agree on when a lease expires.
    `holder` defaults to the CONFBOT_INSTANCE name, else a fresh id; a process restarted with
    the same one takes its own claims back at once instead of waiting for its lease to expire.
    """

    def __init__(
        self,
        bot: ConfBot,
        *,
        batch: int = BATCH,
        lease_ttl: timedelta | None = None,
        wall_clock: Clock | None = None,
        holder: str | None = None,
    ) -> None:
        self.bot = bot
        self.batch = batch
        self.lease_ttl = lease_ttl or timedelta(seconds=bot.settings.lease_seconds)
        self.wall_clock = wall_clock or SystemClock()
        self.crew = _crew(bot.clock)
        self.holder = holder or _holder_id(self.crew, bot.settings.instance)
        self.shards = bot.settings.shards
        self._wake = asyncio.Event()
        self._stopping = Stopping()
        self.wakes = 0
        """How often something asked for a re-check (wake, replan): a front end that settles
        by itself skips a settle while this has not moved and nothing is due."""
        self._lock = asyncio.Lock()
        self._lease_lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._heartbeat: asyncio.Task[None] | None = None
        self._prepared = False
        self._recovered = False
        self._holding = False
        self._other: str | None = None
        self._warned = False
        self._begun: datetime | None = None
        self._failures = 0
        self._sender = Sender(bot, self.wall_clock, RateBudget())
        self._lanes = Lanes(self._sender.deliver)
        self._notices = NoticeSender(bot, self.holder, self.shards)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def delivering(self) -> bool:
        """Whether this dispatcher held the lease at its last check, and so sends reminders."""
        return self._holding

    @property
    def other_holder(self) -> str | None:
        """Who sends the reminders while this one does not (None: this one does, or nobody
        was found holding a lease), for front ends to tell their user."""
        return self._other

    def start(self) -> None:
        """Start the background task and the heartbeat; a second call while they run does
        nothing."""
        if self._stopping.requested:
            self._stopping = Stopping()
        if not self.running:
            self._task = asyncio.create_task(self._run(), name="confbot-reminders")
        if self._heartbeat is None or self._heartbeat.done():
            self._heartbeat = asyncio.create_task(self._beat(), name="confbot-reminders-lease")

    async def stop(self) -> None:
        """Stop claiming once the step in hand is done, give sends in flight STOP_GRACE
        seconds to finish, put the claims of those cut off back to pending, then release the
        lease so another process can take over at once. A send cut off mid-way is re-sent with
        the same nonce by the next holder (or found by its read-back)."""
        self._stopping.request()
        self._wake.set()
        self._lanes.poke()
        await finish(self._task)
        await finish(self._heartbeat)
        self._task = self._heartbeat = None
        unfinished = await self._lanes.drain(STOP_GRACE)
        if unfinished:
            log.warning("stopping: %d reminders in flight go back to the queue", len(unfinished))
            with contextlib.suppress(Exception):
                async with self.bot.store.sessions() as db:
                    await claims.release(db, unfinished)
        await self._release()

    async def planned_from_changed(self, _tables: frozenset[str]) -> None:
        """A commit wrote what reminders are planned from (PLANNED_FROM), whoever wrote it."""
        self.wake()

    def wake(self) -> None:
        """Something changed (a new subscription, new settings): re-check what is due next."""
        self.wakes += 1
        self._wake.set()
        self._lanes.poke()

    def replan(self) -> None:
        """The programme changed (an import): plan every delivery again, then re-check."""
        self.wakes += 1
        self._prepared = False
        self._wake.set()

    async def settle(self) -> None:
        """Send everything due at the clock's current time, then return; send nothing when
        another process holds the lease (unless it has expired or been released: then take
        it over first).

        For the console (after `:advance`) and for tests with a manual clock. Shares the lock
        with the background task, so it also waits for a batch that task is sending.
        """
        async with self._lock:
            await self._work()
        self.wake()

    async def next_due(self) -> datetime | None:
        """When sending must next begin (None: nothing pending, or another process sends
        them, so there is nothing to wait for here): the earliest due time, or earlier for a
        fan-out too large to send in a second."""
        if not self._holding:
            return None
        async with self.bot.store.sessions() as db:
            due = await claims.next_due_at(db, self.shards)
            if due is None:
                return None
            until = due + programme_span(self.bot.clock, LOOKAHEAD)
            load = await claims.due_load(db, until, self.shards)
        # The two reads may see different snapshots (PostgreSQL reads each statement afresh):
        # deliveries deleted or claimed in between leave no load, so look again at `due`.
        return min((start for start, _ in self._starts(load)), default=due)

    def _starts(self, load: list[tuple[datetime, int]]) -> list[tuple[datetime, datetime]]:
        """(when to start, due time) per due time: everything due by then, at the fan-out
        rate, must fit before it. A load that fits in a second starts when due, so a single
        reminder is not sent a moment early."""
        clock = self.bot.clock
        starts: list[tuple[datetime, datetime]] = []
        requests = 0
        for due, count in load:
            requests += count
            ahead = head_start(requests)
            starts.append((due - programme_span(clock, ahead) if ahead > 1.0 else due, due))
        return starts

    async def prepare(self) -> None:
        """Take the lease, recover and plan now (the bot awaits this while setting up), so the
        work that writes the most is done before the bot takes its first command."""
        async with self._lock:
            if await self._hold():
                await self._prepare()

    async def _run(self) -> None:
        # Not waiting for the gateway's READY: sends are REST calls, possible once logged in,
        # and READY can come seconds later (discord.py waits for every server to arrive).
        while True:
            self._wake.clear()
            if self._stopping.requested:
                return
            try:
                async with self._lock:
                    await self._work()
                due = await self.next_due()
            except Exception as error:
                await self._stopping.pause(await self._fail(error))
                continue
            self._failures = 0
            delay = math.inf if due is None else self.bot.clock.real_seconds_until(due)
            await self._sleep(delay)

    async def _fail(self, error: Exception) -> float:
        """Start over as after a crash (claims of the failed batch are re-queued, what was
        due stays pending); how long to pause first. The store's own failures are logged once
        per outage by the store, and waited out longer each time."""
        self._failures += 1
        if isinstance(error, StorageFailure):
            pause = min(ERROR_PAUSE * 2.0 ** (self._failures - 1), STORAGE_PAUSE_MAX)
        else:
            pause = ERROR_PAUSE
            log.exception("the reminder dispatcher failed; retrying in %s s", pause, exc_info=error)
        await self._lanes.drain(STOP_GRACE)
        self._prepared = self._recovered = False
        return pause

    async def _sleep(self, delay: float) -> None:
        """Wait `delay` real seconds (inf: until woken), or less if woken."""
        if delay <= 0:
            return
        timeout = None if math.isinf(delay) else min(delay, MAX_SLEEP)
        # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow a cancellation
        # that arrives as the event is set, and stop() would then wait for ever.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                await self._wake.wait()

    async def _beat(self) -> None:
        """Every TTL/3 real seconds: renew the lease, or try to take one, and take over the
        claims of senders whose lease lapsed."""
        while not await self._stopping.pause(self.lease_ttl.total_seconds() / HEARTBEATS_PER_TTL):
            try:
                if await self._hold():
                    await self._take_over()
            except StorageFailure:
                pass  # logged once per outage by the store; the lease lapses if it lasts
            except Exception:
                log.exception("the reminders lease could not be renewed; trying again")

    async def _hold(self) -> bool:
        """Renew our lease, or take one; True when this dispatcher may send now."""
        async with self._lease_lock:
            now = self.wall_clock.now()
            async with self.bot.store.sessions() as db:
                held = await lease.hold(db, self.holder, self.crew, now, self.lease_ttl)
                others = [name for name in await lease.holders(db, now) if name != self.holder]
            self._note(held, None if held else next(iter(others), None))
            return held

    async def _take_over(self) -> None:
        """Put the claims of senders that died (their lease lapsed) back in the queue, for
        whichever live sender claims them first, and look at once."""
        now = self.wall_clock.now()
        async with self.bot.store.sessions() as db:
            taken = await claims.recover_stale(db, self.holder, now, mine=False)
            taken += await notices.recover(db, self.holder, now, mine=False)
        if taken:
            log.warning("taking over %d reminders claimed by a process that stopped", taken)
            self.wake()

    def _note(self, held: bool, other: str | None) -> None:
        """Log a change of holder once, and start afresh on taking over: the previous holder
        may have left claims behind and subscriptions unplanned."""
        if held and not self._holding:
            log.info("this confbot process (%s) now sends the reminders", self.holder)
            self._prepared = self._recovered = False
            self._warned = False
            self.wake()
        elif not held and not self._warned:
            log.warning(
                "reminders are sent by another confbot process (%s); "
                "this one will take over if that one stops",
                other or "unknown",
            )
            self._warned = True
        self._holding, self._other = held, other

    async def _release(self) -> None:
        """Give the lease up; if the store fails, it simply expires after the TTL."""
        if not self._holding:
            return
        self._holding = False
        try:
            async with self.bot.store.sessions() as db:
                await lease.release(db, self.holder)
        except StorageFailure as failure:
            log.warning(
                "the reminders lease could not be released (%s); another process takes over "
                "when it expires",
                failure,
            )
        except Exception:
            log.exception(
                "the reminders lease could not be released; another process takes over when "
                "it expires in %d s",
                self.lease_ttl.total_seconds(),
            )

    async def _prepare(self) -> None:
        """After a start, a takeover or a failure, re-queue claims left behind (by a crash, or
        by the failure); and whenever asked, plan every conference from scratch, so that
        re-seeding, imports, new sessions and subscriptions made while down are all honoured.
        Never re-queues while this dispatcher has sends in flight: they are its own claims."""
        if not self._recovered and self._lanes.count == 0:
            async with self.bot.store.sessions() as db:
                now = self.wall_clock.now()
                stale = await claims.recover_stale(db, self.holder, now, mine=True)
                await notices.recover(db, self.holder, now, mine=True)
            if stale:
                log.warning("re-sending %d reminders claimed before a crash (same nonce)", stale)
            self._recovered = True
        if self._prepared:
            return
        async with self.bot.store.sessions() as db:
            for conference in self.bot.all_conferences():
                report = await planning.plan(db, conference, self.bot.clock)
                log.info(
                    "reminders planned for %s: %d new, %d re-timed, %d cancelled",
                    conference.slug,
                    report.created,
                    report.retimed,
                    report.cancelled,
                )
        self._prepared = True

    async def _work(self) -> None:
        """Recover, plan, then keep the lanes fed with what is due, while the lease is ours;
        return once nothing is due and nothing is in flight."""
        while not self._stopping.requested and await self._hold():
            await self._prepare()
            if self._lanes.count <= self.batch // 2 and await self._claim():
                continue
            if self._lanes.count == 0:
                await self._notices.send_pending()
                return
            await self._lanes.wait(POLL)
            self._lanes.raise_failure()
        if not self._stopping.requested:
            await self._lanes.drain(math.inf)  # the lease was lost: let what is in flight finish

    async def _claim(self) -> bool:
        """Claim what is due (or due soon, for a fan-out that must start early) into the free
        room of the lanes; False when nothing was."""
        now = self.bot.clock.now()
        horizon = await self._horizon(now)
        if horizon is None:
            return False
        room = self.batch - self._lanes.count
        async with self.bot.store.sessions() as db:
            jobs = await claims.claim_due(
                db,
                self.holder,
                now,
                self.wall_clock.now(),
                room,
                until=horizon,
                shards=self.shards,
            )
            users = [job.user_id for job in jobs if job.route == Route.DM and job.user_id]
            self._sender.know_dm_channels(await dm_channels.channels_of(db, users))
        for job in jobs:
            self._lanes.submit(job)
        return bool(jobs)

    async def _horizon(self, now: datetime) -> datetime | None:
        """The latest due time whose sending must have begun by `now` (None: none yet)."""
        async with self.bot.store.sessions() as db:
            until = now + programme_span(self.bot.clock, LOOKAHEAD)
            load = await claims.due_load(db, until, self.shards)
        begun = [due for start, due in self._starts(load) if start <= now]
        if self._begun is not None and self._begun > now:
            # Once begun, a fan-out goes at full speed: planned again on what is left, it would
            # be paced to end exactly at its due time, and any hiccup would make it late.
            begun.append(self._begun)
        self._begun = max(begun, default=None)
        return self._begun

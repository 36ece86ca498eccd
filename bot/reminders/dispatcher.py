"""The reminder dispatcher: one task that sends deliveries when they fall due.

Adapted from RoboDanny's timer cog: sleep until the next due delivery, or until woken because a
sooner one appeared; claim what is due, send it, mark it. What makes it safe to kill at any
moment is the store, not this task: claims are durable, every send carries a nonce derived from
the delivery id so Discord drops a repeat, and claims left behind by a crash are sent again (with
the same nonce) when the next dispatcher starts.

Only one dispatcher per database sends: the one holding the reminders lease (`bot.store.lease`),
renewed on a heartbeat. Any other (a console next to `confbot run`) sends nothing, says so once,
and takes over when the holder stops or its lease expires.
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

import aiohttp
import discord

from bot.clock import Clock, SystemClock
from bot.domain.reminders import Job
from bot.reminders import render
from bot.store import claims, deliveries, lease, planning

if TYPE_CHECKING:
    from bot.app import ConfBot

log = logging.getLogger(__name__)

BATCH = 50
"""Deliveries claimed per transaction: few enough that a crash leaves little to re-send."""
MAX_SLEEP = 300.0
"""Re-check at least this often (real seconds): a suspended machine or a clock that was set
does not leave reminders waiting."""
ERROR_PAUSE = 5.0
DMS_CLOSED = 50007
UNKNOWN_CHANNEL = 10003
NO_ACCESS = 50001
NO_PERMISSION = 50013
LEASE_NAME = "reminders"
LEASE_TTL = timedelta(seconds=30)
"""How long the lease outlives its last heartbeat: after a crash another process takes over
within this long, yet a live holder whose event loop or disk is slow for a moment keeps it."""
HEARTBEATS_PER_TTL = 3
"""Renew every TTL/3 real seconds: two heartbeats in a row can fail before the lease lapses."""


def _holder_id(role: str) -> str:
    """Who holds the lease, readable in a warning: host, process and role. The random suffix
    tells apart two bots in one process, which must not both send."""
    return f"{socket.gethostname()}:{os.getpid()}:{role}:{secrets.token_hex(3)}"


def _role(clock: Clock) -> str:
    return "live" if isinstance(clock, SystemClock) else "rehearsal"


class Dispatcher:
    """Sends the bot's due deliveries; `start` once, `wake` after changes, `settle` in tests.

    Lease times come from `wall_clock`, real time by default, never from the bot's clock: a
    rehearsal runs its own time, and every process must agree on when a lease expires.
    `holder` defaults to a fresh id; a process restarted with the same one takes its own lease
    back at once instead of waiting for it to expire.
    """

    def __init__(
        self,
        bot: ConfBot,
        *,
        batch: int = BATCH,
        lease_ttl: timedelta = LEASE_TTL,
        wall_clock: Clock | None = None,
        holder: str | None = None,
    ) -> None:
        self.bot = bot
        self.batch = batch
        self.lease_ttl = lease_ttl
        self.wall_clock = wall_clock or SystemClock()
        self.holder = holder or _holder_id(_role(bot.clock))
        self._wake = asyncio.Event()
        self._lock = asyncio.Lock()
        self._lease_lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._heartbeat: asyncio.Task[None] | None = None
        self._prepared = False
        self._holding = False
        self._other: str | None = None
        self._warned = False

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
        was found holding the lease), for front ends to tell their user."""
        return self._other

    def start(self) -> None:
        """Start the background task and the heartbeat; a second call while they run does
        nothing."""
        if not self.running:
            self._task = asyncio.create_task(self._run(), name="confbot-reminders")
        if self._heartbeat is None or self._heartbeat.done():
            self._heartbeat = asyncio.create_task(self._beat(), name="confbot-reminders-lease")

    async def stop(self) -> None:
        """Cancel the tasks and wait for them, then release the lease so another process can
        take over at once; a claim made stays claimed and is re-sent (same nonce) by the next
        holder."""
        for task in (self._task, self._heartbeat):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._task = self._heartbeat = None
        await self._release()

    def wake(self) -> None:
        """Something changed (a new subscription, new settings): re-check what is due next."""
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
        """When the next pending delivery falls due (None: nothing pending, or another process
        sends them, so there is nothing to wait for here)."""
        if not self._holding:
            return None
        async with self.bot.store.sessions() as db:
            return await claims.next_due_at(db, self.bot.conference)

    async def prepare(self) -> None:
        """Take the lease, recover and plan now (the bot awaits this while setting up), so the
        work that writes the most is done before the bot takes its first command."""
        async with self._lock:
            if await self._hold():
                await self._prepare()

    async def _run(self) -> None:
        await self.bot.wait_until_ready()
        while True:
            self._wake.clear()
            try:
                async with self._lock:
                    await self._work()
                due = await self.next_due()
            except Exception:
                log.exception("the reminder dispatcher failed; retrying in %s s", ERROR_PAUSE)
                # Start over as after a crash: claims of the failed batch are re-queued.
                self._prepared = False
                await asyncio.sleep(ERROR_PAUSE)
                continue
            delay = math.inf if due is None else self.bot.clock.real_seconds_until(due)
            await self._sleep(delay)

    async def _sleep(self, delay: float) -> None:
        """Wait `delay` real seconds (inf: until woken), or less if woken."""
        if delay <= 0:
            return
        timeout = None if math.isinf(delay) else min(delay, MAX_SLEEP)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout)

    async def _beat(self) -> None:
        """Renew the lease, or try to take it over, every TTL/3 real seconds."""
        while True:
            await asyncio.sleep(self.lease_ttl.total_seconds() / HEARTBEATS_PER_TTL)
            try:
                await self._hold()
            except Exception:
                log.exception("the reminders lease could not be renewed; trying again")

    async def _hold(self) -> bool:
        """Keep the lease if it is ours, else try to take it; True when it is ours now."""
        async with self._lease_lock:
            now = self.wall_clock.now()
            async with self.bot.store.sessions() as db:
                if self._holding:
                    held = await lease.renew(db, LEASE_NAME, self.holder, now, self.lease_ttl)
                else:
                    held = await lease.acquire(db, LEASE_NAME, self.holder, now, self.lease_ttl)
                other = None if held else await lease.holder_of(db, LEASE_NAME, now)
            self._note(held, other)
            return held

    def _note(self, held: bool, other: str | None) -> None:
        """Log a change of holder once, and start afresh on taking over: the previous holder
        may have left claims behind and subscriptions unplanned."""
        if held and not self._holding:
            log.info("this confbot process (%s) now sends the reminders", self.holder)
            self._prepared = False
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
                await lease.release(db, LEASE_NAME, self.holder)
        except Exception:
            log.exception(
                "the reminders lease could not be released; another process takes over when "
                "it expires in %d s",
                self.lease_ttl.total_seconds(),
            )

    async def _work(self) -> None:
        """Recover, plan, then send what is due batch by batch, while the lease is ours."""
        while await self._hold():
            await self._prepare()
            if not await self._send_batch():
                return

    async def _prepare(self) -> None:
        """Once per start or takeover: re-queue claims left by a crash, then plan from scratch,
        so that re-seeding, new sessions and subscriptions made while down are all honoured."""
        if self._prepared:
            return
        async with self.bot.store.sessions() as db:
            stale = await claims.recover_stale(db)
            report = await planning.plan(db, self.bot.conference, self.bot.clock)
        if stale:
            log.warning("re-sending %d reminders claimed before a crash (same nonce)", stale)
        log.info(
            "reminders planned: %d new, %d re-timed, %d cancelled",
            report.created,
            report.retimed,
            report.cancelled,
        )
        self._prepared = True

    async def _send_batch(self) -> bool:
        """Claim and send one batch; False when nothing is due at the clock's current time."""
        now = self.bot.clock.now()
        due = await self.next_due()
        if due is None or due > now:
            return False
        async with self.bot.store.sessions() as db:
            jobs = await claims.claim_due(db, self.bot.conference, now, self.batch)
        for job in jobs:
            await self._deliver(job)
        return True

    async def _deliver(self, job: Job) -> None:
        """Apply the catch-up rule, send, and record the outcome. Whatever Discord answers, the
        delivery ends in a recorded state; only a failing store makes this raise."""
        now = self.bot.clock.now()
        start = job.session.starts_at
        assert start is not None  # claim_due cancels deliveries of untimed sessions
        outcome = deliveries.catch_up(start, now, self.bot.settings.reminder_grace_minutes)
        if outcome == deliveries.MISSED:
            missed = f"the session had started {_minutes(now - start)} minutes before it could go"
            await self._finish(job, deliveries.MISSED, missed)
            return
        try:
            await self._send(job, render.reminder_message(self.bot.conference, job, now))
        except discord.HTTPException as error:
            await self._refused(job, error)
        except (aiohttp.ClientError, OSError, TimeoutError, discord.RateLimited) as error:
            await self._retry(job, f"Discord could not be reached ({type(error).__name__})")
        except Exception:
            log.exception("delivery %d failed unexpectedly", job.delivery_id)
            await self._finish(job, deliveries.FAILED, "an internal error (it has been logged)")
        else:
            late = f"sent {_minutes(now - start)} minutes after the session started"
            await self._finish(job, outcome, late if outcome == deliveries.LATE else None)

    async def _send(self, job: Job, outgoing: render.Outgoing) -> None:
        channel: discord.abc.Messageable
        if job.route == "dm":
            assert job.user_id is not None
            channel = await self.bot.create_dm(discord.Object(job.user_id))
        else:
            assert job.channel_id is not None
            channel = self.bot.get_partial_messageable(job.channel_id, guild_id=job.guild_id)
        await channel.send(
            outgoing.content,
            embed=outgoing.embed,
            allowed_mentions=outgoing.allowed_mentions,
            nonce=job.nonce,
        )

    async def _refused(self, job: Job, error: discord.HTTPException) -> None:
        """Discord answered with an error (after discord.py's own retries of 429 and 5xx)."""
        if error.status >= 500:
            await self._retry(job, f"Discord had a server error ({error.status})")
            return
        lost_channel = error.code in (UNKNOWN_CHANNEL, NO_ACCESS, NO_PERMISSION)
        now = self.bot.clock.now()
        async with self.bot.store.sessions() as db:
            if job.route == "dm" and error.code == DMS_CLOSED:
                await claims.stop_dms(db, job, "your DMs are closed to server members", now)
            elif job.route == "here" and lost_channel:
                await claims.stop_channel_reminders(db, job, _channel_problem(error.code), now)
            elif job.route == "guild" and lost_channel:
                reason = _channel_problem(error.code)
                log.warning(
                    "announcements turned off in guild %s: %s (channel %s)",
                    job.guild_id,
                    reason,
                    job.channel_id,
                )
                await claims.disable_announcements(db, job, reason, now)
            else:
                log.error("delivery %d refused by Discord: %s", job.delivery_id, error)
                reason = f"Discord refused it ({error.status}, code {error.code})"
                await claims.finish(db, job.delivery_id, deliveries.FAILED, reason, now)

    async def _retry(self, job: Job, reason: str) -> None:
        async with self.bot.store.sessions() as db:
            state = await claims.retry_later(db, job.delivery_id, reason, self.bot.clock.now())
        log.warning("delivery %d: %s; now %s", job.delivery_id, reason, state)

    async def _finish(self, job: Job, state: str, reason: str | None) -> None:
        async with self.bot.store.sessions() as db:
            await claims.finish(db, job.delivery_id, state, reason, self.bot.clock.now())


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)


def _channel_problem(code: int) -> str:
    if code == UNKNOWN_CHANNEL:
        return "the channel was deleted"
    return "I am not allowed to post in that channel any more"

"""One delivery: the catch-up rule, the send, and what each answer of Discord means for it.

Whatever Discord answers, the delivery ends in a recorded state; only a failing store makes
`Sender.deliver` raise. Transient trouble (429, 5xx, a timeout, a dropped connection) is
never fatal: the delivery goes back to pending with a growing wait, and the grace rule decides
when it is next claimed whether it is still worth sending.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import aiohttp
import discord
from sqlalchemy.exc import OperationalError

from bot.clock import Clock
from bot.discord.reader import server_language
from bot.domain.errors import N_, StorageFailure
from bot.domain.reminders import Job, Route
from bot.health.metrics import record_delivery
from bot.i18n import readers
from bot.i18n.languages import Language, language_of
from bot.reminders import render
from bot.reminders.pacing import (
    IN_FLIGHT,
    RateBudget,
    programme_span,
    retry_wait,
)
from bot.reminders.persistence import claims, deliveries, dm_channels
from bot.reminders.policy import catch_up

if TYPE_CHECKING:
    from bot.app import ConfBot

log = logging.getLogger(__name__)

DMS_CLOSED = 50007
UNKNOWN_CHANNEL = 10003
NO_ACCESS = 50001
NO_PERMISSION = 50013
READ_BACK = 50
"""Recent messages read to find a send whose outcome is unknown: a reminder channel rarely
has more than this since the first try."""


class Sender:
    """Sends deliveries for one dispatcher: at most IN_FLIGHT at once, every request paid for
    from the shared RateBudget, DM channels looked up in the store before opening new ones."""

    def __init__(self, bot: ConfBot, wall_clock: Clock, budget: RateBudget) -> None:
        self.bot = bot
        self.wall_clock = wall_clock
        self.budget = budget
        self._flight = asyncio.Semaphore(IN_FLIGHT)
        self._dm_channels: dict[int, int] = {}

    def know_dm_channels(self, channels: dict[int, int]) -> None:
        """DM channels the store remembers, loaded with each claimed batch."""
        self._dm_channels.update(channels)

    async def deliver(self, job: Job) -> None:
        """Apply the catch-up rule, send, and record the outcome."""
        now = self.bot.clock.now()
        start = job.session.starts_at
        assert start is not None  # claim_due cancels deliveries of untimed sessions
        outcome = catch_up(start, now, self.bot.settings.reminder_grace_minutes)
        if outcome == deliveries.MISSED:
            missed = f"the session had started {_minutes(now - start)} minutes before it could go"
            await self._finish(job, deliveries.MISSED, _after_failures(job, missed))
            return
        claimed = job.first_claimed_at or self.wall_clock.now()
        try:
            async with self._flight:
                if not await self._already_sent(job):
                    await self._send(job, now)
        except discord.RateLimited as error:
            await self._retry(job, "Discord asked to slow down (429)", None, error.retry_after)
        except discord.HTTPException as error:
            await self._refused(job, error, claimed)
        except (aiohttp.ClientError, OSError, TimeoutError) as error:
            reason = f"Discord could not be reached ({type(error).__name__})"
            await self._retry(job, reason, claimed)
        except (OperationalError, StorageFailure):
            # The store, not the delivery: the dispatcher starts over and sends it again.
            raise
        except Exception:
            log.exception("delivery %d failed unexpectedly", job.delivery_id)
            await self._finish(job, deliveries.FAILED, "an internal error (it has been logged)")
        else:
            late = f"sent {_minutes(now - start)} minutes after the session started"
            await self._finish(job, outcome, late if outcome == deliveries.LATE else None)

    async def _send(self, job: Job, now: datetime) -> None:
        conference = self.bot.conference_of(job.conference_id)
        outgoing = render.reminder_message(
            conference,
            job,
            now,
            await delivery_language(self.bot, job.route, job.guild_id, job.user_id),
        )
        embed = marked(outgoing.embed, job)
        try:
            await self._post(await self._channel_id(job), job, outgoing, embed)
        except discord.NotFound:
            if job.route != Route.DM or job.user_id is None:
                raise
            # Discord no longer knows the DM channel it gave out: open the DM again, once.
            await self._forget_dm(job.user_id)
            await self._post(await self._channel_id(job), job, outgoing, embed)

    async def _post(
        self, channel_id: int, job: Job, outgoing: render.Outgoing, embed: discord.Embed
    ) -> None:
        channel = self.bot.get_partial_messageable(channel_id, guild_id=job.guild_id)
        await self.budget.take()
        await channel.send(
            outgoing.content,
            embed=embed,
            allowed_mentions=outgoing.allowed_mentions,
            nonce=job.nonce,
        )

    async def _channel_id(self, job: Job) -> int:
        """The channel to post in; a DM channel is opened (and remembered) on first use."""
        if job.route != Route.DM:
            assert job.channel_id is not None
            return job.channel_id
        known = self._known_dm(job)
        if known is not None:
            return known
        assert job.user_id is not None
        await self.budget.take()
        # Straight to Discord, not discord.py's cache, which may hold the channel just lost.
        opened = int((await self.bot.http.start_private_message(job.user_id))["id"])
        async with self.bot.store.sessions() as db:
            await dm_channels.remember(db, job.user_id, opened, self.wall_clock.now())
        self._dm_channels[job.user_id] = opened
        return opened

    async def _already_sent(self, job: Job) -> bool:
        """If an earlier try may have been delivered, look for it in the channel and count it
        sent if it is there. Whatever the try's age: Discord promises to drop a repeated nonce
        only for "a few minutes", so the nonce is the second guard, never the only one."""
        first = job.first_claimed_at
        if first is None:
            return False
        channel_id = job.channel_id if job.route != Route.DM else self._known_dm(job)
        if channel_id is None:
            return False  # no DM channel was opened, so nothing can have been sent
        await self.budget.take()
        channel = self.bot.get_partial_messageable(channel_id, guild_id=job.guild_id)
        after = discord.Object(discord.utils.time_snowflake(first - timedelta(seconds=5)))
        try:
            async for message in channel.history(limit=READ_BACK, after=after):
                if is_marked(message, job):
                    log.info("delivery %d was already delivered; not sending it", job.delivery_id)
                    return True
        except discord.NotFound:
            if job.route != Route.DM:
                raise
            # A DM channel Discord no longer knows holds nothing: the send opens the DM again.
        return False

    def _known_dm(self, job: Job) -> int | None:
        return None if job.user_id is None else self._dm_channels.get(job.user_id)

    async def _refused(self, job: Job, error: discord.HTTPException, claimed: datetime) -> None:
        """Discord answered with an error (after discord.py's own retries of 429 and 5xx)."""
        if error.status == 429:
            await self._retry(job, "Discord asked to slow down (429)", None, _retry_after(error))
            return
        if error.status >= 500:
            await self._retry(job, f"Discord had a server error ({error.status})", claimed)
            return
        await self._stop(job, error)

    async def _stop(self, job: Job, error: discord.HTTPException) -> None:
        """A refusal that will not change by retrying: record it, and stop what would fail the
        same way (closed DMs, a channel the bot lost)."""
        lost_channel = error.code in (UNKNOWN_CHANNEL, NO_ACCESS, NO_PERMISSION)
        now = self.bot.clock.now()
        async with self.bot.store.sessions() as db:
            if job.route == Route.DM and error.code == DMS_CLOSED:
                await claims.stop_dms(db, job, "your DMs are closed to server members", now)
            elif job.route == Route.HERE and lost_channel:
                await claims.stop_channel_reminders(db, job, _channel_problem(error.code), now)
            elif job.route == Route.GUILD and lost_channel:
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

    async def _forget_dm(self, user_id: int) -> None:
        self._dm_channels.pop(user_id, None)
        async with self.bot.store.sessions() as db:
            await dm_channels.forget(db, user_id)

    async def _retry(
        self,
        job: Job,
        reason: str,
        claimed: datetime | None,
        retry_after: float | None = None,
    ) -> None:
        """Back to pending, due again after `retry_wait` real seconds. `claimed` is when a try
        that may have been delivered began (None: Discord certainly did not post it)."""
        wait = retry_wait(job.attempts + 1, retry_after)
        due = self.bot.clock.now() + programme_span(self.bot.clock, wait)
        async with self.bot.store.sessions() as db:
            await claims.retry_later(
                db, job.delivery_id, reason, due, claimed or job.first_claimed_at
            )
        record_delivery("retried")
        log.warning("delivery %d: %s; trying again in %.1f s", job.delivery_id, reason, wait)

    async def _finish(self, job: Job, state: str, reason: str | None) -> None:
        now = self.bot.clock.now()
        async with self.bot.store.sessions() as db:
            await claims.finish(db, job.delivery_id, state, reason, now)
        sent = state in (deliveries.SENT, deliveries.LATE)
        record_delivery(state, (now - job.due_at).total_seconds() if sent else None)


async def delivery_language(
    bot: ConfBot, route: str, guild_id: int | None, user_id: int | None
) -> Language:
    """A channel's readers get the server's language; a DM the one its person last used with
    the bot (English if they never said). Reminders and change notices both go by it."""
    if route != Route.DM:
        return server_language(bot.get_guild(guild_id) if guild_id else None)
    if user_id is None:
        return Language.ENGLISH
    async with bot.store.sessions() as db:
        return language_of(await readers.locale_of(db, user_id))


def marked(embed: discord.Embed, job: Job) -> discord.Embed:
    """The embed with the delivery's reference at the end of its footer: what a read-back
    looks for, since Discord does not keep nonces in the channel's history."""
    footer = embed.footer.text or ""
    return embed.set_footer(text=f"{footer} · ref {job.nonce}".strip(" ·"))


def is_marked(message: discord.Message, job: Job) -> bool:
    """Whether `message` is this delivery, by its nonce or by the reference in its footer."""
    if message.nonce is not None and str(message.nonce) == job.nonce:
        return True
    return any((embed.footer.text or "").endswith(f"ref {job.nonce}") for embed in message.embeds)


def _retry_after(error: discord.HTTPException) -> float | None:
    """The wait a 429 asked for, when discord.py gave up after its own retries."""
    header = error.response.headers.get("Retry-After") if error.response is not None else None
    try:
        return float(header) if header is not None else None
    except ValueError:
        return None


def _after_failures(job: Job, reason: str) -> str:
    if job.attempts == 0:
        return reason
    return f"{reason} (Discord failed {job.attempts} tries)"


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)


def _channel_problem(code: int) -> str:
    if code == UNKNOWN_CHANNEL:
        return N_("the channel was deleted")
    return N_("I am not allowed to post in that channel any more")

"""Sends change notices: one message per person or server that would have been reminded of a
session that moved, was retitled or was cancelled (planned by the import, bot.imports.changes).

Notices are rare and never urgent to the second, so they go one at a time after the due
reminders, through the same routes. A transient failure leaves a notice pending for the next
pass; Discord refusing it for good records it failed, with the reason.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import aiohttp
import discord

from bot.domain.changes import NoticeJob
from bot.domain.reminders import DeliveryState, Route
from bot.domain.shards import Shards
from bot.reminders.persistence import notices
from bot.reminders.render import notice_content, notice_embed, notice_mentions
from bot.reminders.sending import delivery_language

if TYPE_CHECKING:
    from bot.app import ConfBot

log = logging.getLogger(__name__)


class NoticeSender:
    """Sends the notices of one dispatcher: claimed in its name, for the servers it holds."""

    def __init__(self, bot: ConfBot, holder: str, shards: Shards | None) -> None:
        self.bot = bot
        self.holder = holder
        self.shards = shards

    async def send_pending(self) -> int:
        """Send every pending notice once; the number sent."""
        async with self.bot.store.sessions() as db:
            if not await notices.any_pending(db, self.shards):
                return 0
            jobs = await notices.claim(db, self.holder, self.bot.clock.now(), shards=self.shards)
        sent = 0
        for job in jobs:
            sent += await self._send(job)
        return sent

    async def _send(self, job: NoticeJob) -> int:
        conference = self.bot.conference_of(job.change.conference_id)
        language = await delivery_language(self.bot, job.route, job.guild_id, job.user_id)
        try:
            channel = await self._channel(job)
            await channel.send(
                notice_content(job) or None,
                embed=notice_embed(conference, job, language),
                allowed_mentions=notice_mentions(job),
                nonce=job.nonce,
            )
        except discord.HTTPException as error:
            if error.status >= 500 or error.status == 429:
                await self._finish(
                    job, DeliveryState.PENDING, f"Discord had trouble ({error.status})"
                )
                return 0
            log.warning("notice %d refused by Discord: %s", job.notice_id, error)
            await self._finish(job, DeliveryState.FAILED, f"Discord refused it ({error.status})")
            return 0
        except (aiohttp.ClientError, OSError, TimeoutError, discord.RateLimited):
            await self._finish(job, DeliveryState.PENDING, "Discord could not be reached")
            return 0
        await self._finish(job, DeliveryState.SENT, None)
        return 1

    async def _channel(self, job: NoticeJob) -> discord.abc.Messageable:
        if job.route == Route.DM:
            assert job.user_id is not None
            return await self.bot.create_dm(discord.Object(job.user_id))
        assert job.channel_id is not None
        return self.bot.get_partial_messageable(job.channel_id, guild_id=job.guild_id)

    async def _finish(self, job: NoticeJob, state: DeliveryState, reason: str | None) -> None:
        async with self.bot.store.sessions() as db:
            await notices.finish(db, job.notice_id, state, reason, self.bot.clock.now())

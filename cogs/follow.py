"""Following the organisers' schedule URLs while the bot runs (`confbot import URL --follow`).

No commands: the cog only starts the poller when it loads and stops it when it unloads, so
the bot polls exactly while the imports feature is loaded.
"""

from __future__ import annotations

import asyncio

from discord.ext import commands

from bot.app import ConfBot
from bot.background import Stopping, finish
from bot.imports.apart import poll_apart
from bot.imports.follow import Poll, follow_loop


class Follow(commands.Cog):
    """Polls followed sources; an applied change reloads the conferences, which replans the
    reminders and sends the change notices."""

    def __init__(self, bot: ConfBot) -> None:
        self.bot = bot
        self._stopping = Stopping()
        self._task: asyncio.Task[None] | None = None

    async def _applied(self, poll: Poll) -> None:
        await self.bot.refresh_conferences()

    async def cog_load(self) -> None:
        self._task = asyncio.create_task(
            follow_loop(self.bot.store, self._stopping, self._applied, importer=poll_apart),
            name="confbot-follow",
        )

    async def cog_unload(self) -> None:
        self._stopping.request()
        await finish(self._task)


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Follow(bot))

"""ConfBot: wiring only. Settings, store, clock and conference in; cogs loaded; nothing synced."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

import discord
from discord import app_commands
from discord.ext import commands

from bot.clock import Clock, RehearsalClock, SystemClock
from bot.services.conference import get_conference
from bot.services.views import ConferenceView
from bot.settings import Settings
from bot.store.setup import Store, open_store
from bot.tree import ConfTree

log = logging.getLogger(__name__)

COGS = (
    "cogs.programme",
    "cogs.papers",
    "cogs.chat",
    "cogs.help",
    "cogs.privacy",
    "cogs.reminders",
    "cogs.announce",
)

Due = datetime | None
"""When background work next has something to do; None when nothing is scheduled."""

SAFE_MENTIONS = discord.AllowedMentions(
    everyone=False, users=False, roles=False, replied_user=False
)
"""Nothing the bot says pings anyone unless a send opts in for one user or one role."""


class ConfBot(commands.Bot):
    """The bot, holding what every cog needs. Built the same way online and offline."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        clock: Clock,
        conference: ConferenceView,
        *,
        cogs: tuple[str, ...] = COGS,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            allowed_mentions=SAFE_MENTIONS,
            help_command=None,
            tree_cls=ConfTree,
            owner_ids=set(settings.owner_ids) or None,
        )
        self.settings = settings
        self.store = store
        self.clock = clock
        self.conference = conference
        self._cog_names = cogs
        self._settlers: list[Callable[[], Awaitable[None]]] = []
        self._timers: dict[Callable[[], Awaitable[None]], Callable[[], Awaitable[Due]]] = {}

    def add_settler(
        self,
        settle: Callable[[], Awaitable[None]],
        next_due: Callable[[], Awaitable[Due]] | None = None,
    ) -> None:
        """Register background work that can be asked to finish whatever is due now, and
        optionally say when it next has something due (so the console can step time)."""
        self._settlers.append(settle)
        if next_due is not None:
            self._timers[settle] = next_due

    def remove_settler(self, settle: Callable[[], Awaitable[None]]) -> None:
        self._settlers.remove(settle)
        self._timers.pop(settle, None)

    async def settle(self) -> None:
        """Let background work (reminders) catch up with the clock: for the console and tests."""
        for settle in list(self._settlers):
            await settle()

    async def next_due(self) -> Due:
        """The earliest time any background work has something due (None: nothing)."""
        found = [due for timer in list(self._timers.values()) if (due := await timer())]
        return min(found, default=None)

    async def setup_hook(self) -> None:
        for name in self._cog_names:
            await self.load_extension(name)
        log.info("loaded %d cogs; %d slash commands", len(self.cogs), len(self.tree.get_commands()))

    async def close(self) -> None:
        await super().close()
        await self.store.close()

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: mentions are answered by the chat cog, commands are slash-only."""

    async def on_ready(self) -> None:
        log.info("connected as %s to %d servers", self.user, len(self.guilds))


def confbot(interaction: discord.Interaction) -> ConfBot:
    """The bot behind an interaction, typed."""
    client = interaction.client
    assert isinstance(client, ConfBot)
    return client


async def sync_commands(bot: ConfBot, guild_id: int | None) -> list[app_commands.AppCommand]:
    """Publish the slash commands, to one server (instant) or globally (may take an hour)."""
    if guild_id is None:
        return await bot.tree.sync()
    guild = discord.Object(id=guild_id)
    bot.tree.copy_global_to(guild=guild)
    return await bot.tree.sync(guild=guild)


def make_clock(settings: Settings) -> Clock:
    """Rehearsal time when a start or a speed is configured, the wall clock otherwise."""
    if settings.now is None and settings.speed == 1.0:
        return SystemClock()
    start = settings.now or SystemClock().now()
    return RehearsalClock(start, settings.speed)


async def create_bot(settings: Settings, clock: Clock | None = None) -> ConfBot:
    """Open (create, migrate, seed) the store and build the bot around it."""
    store = await open_store(settings.database_url, settings.data_dir)
    try:
        async with store.sessions() as db:
            conference = await get_conference(db, settings.conference)
    except BaseException:
        await store.close()
        raise
    return ConfBot(settings, store, clock or make_clock(settings), conference)

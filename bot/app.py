"""ConfBot: wiring only. Settings, store, clock and conferences in; cogs loaded; nothing synced.

No feature is imported here: each cog wires its own feature when it loads (the reminders cog
starts the dispatcher and registers its button, the agenda cog its button), and features tell
each other of changes with `announce` (names in `bot.signals`), answered by cog listeners.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime
from typing import Any, Protocol

import discord
from discord import app_commands
from discord.ext import commands
from sqlalchemy.ext.asyncio import AsyncSession

from bot.background import Stopping, finish
from bot.clock import Clock, RehearsalClock, SystemClock
from bot.conferences import ConferenceBook
from bot.discord.choices import app_choices
from bot.discord.replies import send
from bot.discord.translator import CommandTranslator
from bot.discord.tree import ConfTree, command_ended
from bot.domain.errors import StorageFailure
from bot.domain.records import Choice, ChoiceValue, ConferenceView
from bot.health import metrics
from bot.health.loop import LoopWatch, freeze_heap
from bot.settings import Settings
from bot.signals import CONFERENCES_CHANGED
from bot.store.setup import Store

log = logging.getLogger(__name__)

COGS = (
    "cogs.programme",
    "cogs.conference",
    "cogs.papers",
    "cogs.chat",
    "cogs.help",
    "cogs.privacy",
    "cogs.reminders",
    "cogs.announce",
    "cogs.agenda",
    "cogs.events",
    "cogs.follow",
)

METRICS_TICK = 0.01
"""How finely a bot serving metrics watches its event loop: a hundred wake-ups a second."""
WATCH_SECONDS = 10.0
"""How often a running bot looks for an import made by another process (real seconds)."""

SAFE_MENTIONS = discord.AllowedMentions(
    everyone=False, users=False, roles=False, replied_user=False
)
"""Nothing the bot says pings anyone unless a send opts in for one user or one role."""
MAX_RATELIMIT_WAIT = 30.0
"""A 429 asking for a longer wait raises RateLimited instead of sleeping inside discord.py:
the dispatcher re-queues that reminder and keeps sending the others (30 is discord.py's least)."""


class Dispatching(Protocol):
    """What the bot knows of the reminders' dispatcher, which the reminders cog sets on
    `ConfBot.dispatcher` when it loads: enough for the console and tests to step time."""

    wakes: int

    @property
    def delivering(self) -> bool: ...

    @property
    def other_holder(self) -> str | None: ...

    async def settle(self) -> None: ...

    async def next_due(self) -> datetime | None: ...


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
        deliver: bool = True,
    ) -> None:
        """`deliver=False` builds a bot that never sends reminders (`confbot sync`): the
        reminders cog then starts no dispatcher."""
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            allowed_mentions=SAFE_MENTIONS,
            help_command=None,
            tree_cls=ConfTree,
            max_ratelimit_timeout=MAX_RATELIMIT_WAIT,
            **self._gateway_options(settings),
        )
        self.settings = settings
        self.store = store
        self.clock = clock
        self.conferences = ConferenceBook(conference)
        self._cog_names = cogs
        self._watcher: asyncio.Task[None] | None = None
        self._stopping = Stopping()
        self.delivers = deliver
        self.dispatcher: Dispatching | None = None
        """Set by the reminders cog as it loads (a test may set its own before start)."""
        self._metrics: metrics.Endpoint | None = None
        self._loop_watch: LoopWatch | None = None

    def _gateway_options(self, settings: Settings) -> dict[str, Any]:
        """What discord.py's client needs to know of shards: nothing, with one connection."""
        return {}

    async def reply_with_embed(
        self,
        interaction: discord.Interaction,
        ask: Callable[[AsyncSession], Awaitable[discord.Embed]],
        *,
        ephemeral: bool = False,
    ) -> None:
        """Answer a command with an embed built on one database session, closed before the
        reply goes out: the shape of almost every command."""
        async with self.store.sessions() as db:
            embed = await ask(db)
        await send(interaction, embed=embed, ephemeral=ephemeral)

    async def choices_from(
        self, ask: Callable[[AsyncSession], Awaitable[Iterable[Choice[ChoiceValue]]]]
    ) -> list[app_commands.Choice[ChoiceValue]]:
        """Autocomplete answered from one database session, closed before the choices go out,
        as `reply_with_embed` answers a command."""
        async with self.store.sessions() as db:
            found = await ask(db)
        return app_choices(found)

    @property
    def conference(self) -> ConferenceView:
        """The default conference: the one DMs, the console and servers that chose none see."""
        return self.conferences.default

    def conference_for(self, interaction: discord.Interaction) -> ConferenceView:
        """The conference an interaction is about: its server's choice, else the default."""
        return self.conferences.for_guild(interaction.guild_id)

    def all_conferences(self) -> list[ConferenceView]:
        """Every conference the store holds: the dispatcher plans and sends for all of them."""
        return self.conferences.all()

    def conference_of(self, conference_id: int) -> ConferenceView:
        """A stored conference by id (a delivery or a subscription names its conference)."""
        return self.conferences.by_id(conference_id)

    async def announce(self, event_name: str, *args: Any) -> None:
        """Tell the cogs listening for `event_name` (see `bot.signals`), and wait until each
        has answered: whoever announces a change can then report what followed from it. A
        listener that fails is logged; the others still run."""
        for listener in list(self.extra_events.get(f"on_{event_name}", [])):
            try:
                await listener(*args)
            except StorageFailure:
                pass  # the store's health has logged the outage, once
            except Exception:
                log.exception("a listener of %s failed", event_name)

    async def refresh_conferences(self) -> bool:
        """Reload the conferences if an import (here or in another process) changed them, and
        announce it (reminders plan again, published events follow); True when anything
        changed."""
        async with self.store.sessions() as db:
            changed = await self.conferences.reload(db)
        if changed:
            await self.announce(CONFERENCES_CHANGED)
        return changed

    async def _watch_conferences(self) -> None:
        while not await self._stopping.pause(WATCH_SECONDS):
            try:
                await self.refresh_conferences()
            except StorageFailure:
                pass  # the store's health has logged the outage, once
            except Exception:
                log.exception("could not check the store for imported changes; trying again")

    async def settle(self) -> None:
        """Send whatever reminders are due at the clock's time now: for the console and tests."""
        if self.dispatcher is not None:
            await self.dispatcher.settle()

    async def next_due(self) -> datetime | None:
        """When the next reminder falls due (None: nothing), so the console can step time."""
        return await self.dispatcher.next_due() if self.dispatcher is not None else None

    async def setup_hook(self) -> None:
        await self.tree.set_translator(CommandTranslator())
        async with self.store.sessions() as db:
            await self.conferences.reload(db)
        for name in self._cog_names:
            await self.load_extension(name)
        log.info("loaded %d cogs; %d slash commands", len(self.cogs), len(self.tree.get_commands()))
        self._watcher = asyncio.create_task(self._watch_conferences(), name="confbot-imports")
        self._serve_metrics()
        freeze_heap()

    def _serve_metrics(self) -> None:
        """The metrics endpoint, and the loop watch whose blocks it counts, when asked for."""
        port = self.settings.metrics_port
        if port is None:
            return
        self._metrics = metrics.serve(self.settings.metrics_host, port)
        self._loop_watch = LoopWatch(METRICS_TICK, metrics.LOOP_BLOCKS.observe)
        self._loop_watch.start()

    def dispatch(self, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        """A finished command is counted where discord.py announces it, not in a task of its
        own that a listener would cost every command."""
        if event_name == "app_command_completion":
            command_ended(args[0], metrics.Outcome.OK)
        super().dispatch(event_name, *args, **kwargs)

    async def close(self) -> None:
        """The watcher stops, then every cog unloads (the reminders cog stops the dispatcher
        there), then the gateway and the store close."""
        self._stopping.request()
        await finish(self._watcher)
        if self._loop_watch is not None:
            await self._loop_watch.stop()
        if self._metrics is not None:
            self._metrics.close()
        await super().close()
        await self.store.close()

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: mentions are answered by the chat cog, commands are slash-only."""

    async def on_ready(self) -> None:
        log.info("connected as %s to %d servers", self.user, len(self.guilds))


async def sync_commands(bot: ConfBot, guild_id: int | None) -> list[app_commands.AppCommand]:
    """Publish the slash commands, to one server (instant) or globally (may take an hour)."""
    if guild_id is None:
        return await bot.tree.sync()
    guild = discord.Object(id=guild_id)
    bot.tree.copy_global_to(guild=guild)
    return await bot.tree.sync(guild=guild)


async def command_payload(bot: ConfBot) -> list[dict[str, Any]]:
    """The global commands as `sync` registers them, every localisation included."""
    translator = bot.tree.translator
    commands = bot.tree.get_commands()
    if translator is None:
        return [command.to_dict(bot.tree) for command in commands]
    return [await command.get_translated_payload(bot.tree, translator) for command in commands]


def make_clock(settings: Settings) -> Clock:
    """Rehearsal time when a start or a speed is configured, the wall clock otherwise."""
    if settings.now is None and settings.speed == 1.0:
        return SystemClock()
    start = settings.now or SystemClock().now()
    return RehearsalClock(start, settings.speed)


class ShardedConfBot(ConfBot, commands.AutoShardedBot):
    """ConfBot on the gateway shards CONFBOT_SHARD_IDS names out of CONFBOT_SHARDS: one
    connection per shard, each bringing the servers Discord assigns to it
    ((guild_id >> 22) % shards), so that several processes can share a bot too big for one."""

    def _gateway_options(self, settings: Settings) -> dict[str, Any]:
        assert settings.shards is not None
        return {"shard_count": settings.shards.count, "shard_ids": sorted(settings.shards.ids)}

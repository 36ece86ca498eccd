"""An offline stand-in for Discord that drives a bot's real discord.py machinery.

Discord is unreachable from where this project is developed and tested, yet the parts of a bot
that break in production are exactly the ones a unit test of a plain function never reaches:
the ``CommandTree`` with its checks, transformers and error handlers, the interaction response
protocol, and the limits Discord enforces on what it accepts. So instead of mocking the bot,
the harness feeds real gateway payloads into the bot's own ``ConnectionState`` and answers its
real HTTP calls the way Discord would, refusing what Discord would refuse.
"""

from __future__ import annotations

import asyncio
import collections
import contextvars
from collections.abc import Callable, Coroutine
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar, cast

import discord
from discord.ext import commands
from discord.webhook import async_ as webhook_async

from bot.offline import components, payloads
from bot.offline.canary import internals_problems, is_dispatch_task
from bot.offline.error_capture import ErrorCapture
from bot.offline.faults import Faults
from bot.offline.interactions import InteractionRoutes
from bot.offline.messages import MessageRoutes
from bot.offline.options import interaction
from bot.offline.payloads import BOT_USER_ID, DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID, OfflineUser
from bot.offline.record_file import RecordFile
from bot.offline.routes import rest_routes, webhook_routes
from bot.offline.scheduled_events import ScheduledEventRoutes
from bot.offline.state import InteractionRecord, OfflineState, Sent
from bot.offline.transport import CapturingWebhookAdapter, Transport

_T = TypeVar("_T")
_SLASH = 2
_AUTOCOMPLETE = 4


class OfflineDiscord:
    """Plays Discord for one bot: one guild, its text channels, its members, DMs.

    Everything Discord accepted lands in :attr:`transcript`; everything it would have refused
    because of a bot mistake lands in :attr:`violations` and is raised to the bot as the
    :class:`~bot.offline.transport.DiscordRejected` error Discord would return, so the bot's
    error paths run too. Exceptions the bot only logged or answered politely land in
    :attr:`unexpected`.
    """

    def __init__(
        self,
        bot: commands.Bot,
        *,
        guild_id: int = DEFAULT_GUILD_ID,
        guild_name: str = "Conference (offline)",
        channel_id: int = DEFAULT_CHANNEL_ID,
        channel_name: str = "general",
        response_deadline: float = 3.0,
        settle_timeout: float = 5.0,
        record_path: Path | None = None,
        now: Callable[[], datetime] | None = None,
        guild_locale: str = "en-US",
    ) -> None:
        """``now`` is the bot's time, against which Discord refuses an event in the past;
        ``guild_locale`` the server's language (its Community settings), which channel posts
        follow."""
        self.bot = bot
        self.guild_id = guild_id
        self.channel_id = channel_id
        self.settle_timeout = settle_timeout
        self._state = state = OfflineState(
            bot,
            guild_id=guild_id,
            guild_name=guild_name,
            channel_id=channel_id,
            channel_name=channel_name,
            response_deadline=response_deadline,
            guild_locale=guild_locale,
        )
        self.owner = state.owner
        self._capture = ErrorCapture(state.violations)
        # The lists the routes and the capture fill, under the names tests read them by.
        self.transcript: list[Sent] = state.transcript
        self.violations: list[str] = state.violations
        self.requests: collections.Counter[str] = state.requests
        self.errors: list[tuple[str, BaseException]] = self._capture.errors
        self.unexpected: list[BaseException] = self._capture.unexpected
        self.faults: Faults = state.faults
        """Failures a test injects on a route, as Discord or the network would cause them."""
        record = RecordFile(record_path) if record_path is not None else None
        self._messages = MessageRoutes(state, record)
        self.scheduled_events = ScheduledEventRoutes(state, now)
        self._transport = Transport(
            rest_routes(state, self._messages, self.scheduled_events),
            webhook_routes(InteractionRoutes(state)),
            clock=state.clock,
            requests=state.requests,
            violations=state.violations,
            rate_limit_cap=bot.http.max_ratelimit_timeout,
        )
        self._context = contextvars.copy_context()
        self._started = False
        self._closed = False

    @property
    def bot_id(self) -> int:
        return self._state.bot_id

    @property
    def application_id(self) -> int:
        return self._state.application_id

    async def __aenter__(self) -> OfflineDiscord:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def start(self) -> None:
        """Does what ``login`` and the gateway handshake would, minus the network.

        The order mirrors production (user known, then ``setup_hook``, then guilds and
        ``on_ready``) because cogs commonly depend on it, e.g. loops that wait until ready.
        """
        if self._started:
            return
        self._messages.restore()
        problems = internals_problems()
        if problems:
            raise RuntimeError("discord.py internals moved: " + "; ".join(problems))
        bot = self.bot
        state = bot._connection
        await bot._async_setup_hook()
        adapter = CapturingWebhookAdapter(self._transport)
        self._context.run(webhook_async.async_context.set, adapter)
        bot.http.request = self._transport.http_request  # type: ignore[method-assign]
        bot_user = cast(Any, payloads.bot_user(BOT_USER_ID))
        state.user = discord.ClientUser(state=state, data=bot_user)
        if state.application_id is None:
            state.application_id = BOT_USER_ID
        self._capture.install(bot)
        self._started = True
        await self._run(bot.setup_hook())
        before = asyncio.all_tasks()
        self._context.copy().run(self._connect)
        await self._settle(before)

    def _connect(self) -> None:
        state = self.bot._connection
        self.bot.dispatch("connect")
        guild = payloads.guild(
            self.guild_id,
            self._state.guild_name,
            self.owner.id,
            self.bot_id,
            self._state.channels,
            self._state.guild_locale,
        )
        state.parse_guild_create(cast(Any, guild))
        state.call_handlers("ready")
        self.bot.dispatch("ready")

    async def close(self) -> None:
        """Closes the bot while capture is still installed, so goodbye sends are recorded."""
        if not self._started or self._closed:
            return
        self._closed = True
        try:
            await self._run(self.bot.close())
        finally:
            self._capture.remove()
            delattr(self.bot.http, "request")

    async def _run(self, coro: Coroutine[Any, Any, _T]) -> _T:
        """Runs bot code where ``async_context`` holds the capturing adapter.

        A private context (rather than setting the ContextVar in the caller's) survives pytest
        running fixtures and tests in different contexts and never leaks past :meth:`close`.
        """
        return await asyncio.create_task(coro, context=self._context.copy())

    async def _settle(self, before: set[asyncio.Task[Any]]) -> None:
        """Waits for the event handlers and tree invocations discord.py spawned since ``before``.

        Only tasks discord.py itself names are awaited: a bot's own background loops never end,
        so waiting for every new task would hang on them.
        """
        loop = asyncio.get_running_loop()
        give_up = loop.time() + self.settle_timeout
        while True:
            pending = {
                task
                for task in asyncio.all_tasks()
                if task not in before and not task.done() and is_dispatch_task(task)
            }
            remaining = give_up - loop.time()
            if not pending or remaining <= 0:
                return
            await asyncio.wait(pending, timeout=remaining)

    def _require_started(self) -> None:
        if not self._started or self._closed:
            raise RuntimeError("OfflineDiscord.start() must be awaited first (and not closed)")

    # ------------------------------------------------------------------ the guild

    def add_user(self, user: OfflineUser) -> None:
        """Makes a member known without them doing anything (e.g. rows seeded into storage)."""
        self._state.add_user(user)

    def add_text_channel(self, name: str, bot_denied: discord.Permissions | None = None) -> int:
        """Creates another text channel (announcements, schedules...) through CHANNEL_CREATE;
        `bot_denied` is what an admin denied the bot there (Discord refuses its posts when that
        includes viewing the channel or sending messages)."""
        self._require_started()
        state = self._state
        channel_id = state.next_id()
        state.channels[channel_id] = name
        if bot_denied is not None:
            state.bot_denied[channel_id] = bot_denied
        payload = state.text_channel(channel_id, len(state.channels))
        self._context.copy().run(self.bot._connection.parse_channel_create, cast(Any, payload))
        return channel_id

    def keep_messages_of(self, earlier: OfflineDiscord) -> None:
        """Discord keeps a server's messages when the bot restarts: the messages ``earlier``
        saw the bot send are here too, with their buttons, for a click after the restart."""
        self._state.messages.update(earlier._state.messages)

    def channel_name(self, channel_id: int) -> str:
        return self._state.channel_name(channel_id)

    def user_name(self, user_id: int) -> str:
        return self._state.user_name(user_id)

    def delete_channel(self, channel_id: int) -> None:
        """Deletes a channel on Discord's side only, like a stale id kept in the bot's storage."""
        self._state.deleted_channels.add(channel_id)

    def grant_to_everyone(self, command: str) -> None:
        """A server admin allowed a command for everyone (Server Settings > Integrations),
        overriding its default_member_permissions: only the bot's own check is left."""
        self._state.granted_to_everyone.add(command)

    def close_dms(self, user_id: int) -> None:
        """The member turned off DMs from server members."""
        self._state.closed_dms.add(user_id)

    @staticmethod
    def read_record(path: Path) -> list[dict[str, Any]]:
        """The messages a record file holds, in creation order, for tests to count."""
        return RecordFile(path).messages()

    @staticmethod
    def dropped_repeats(path: Path) -> list[str]:
        """Nonces of sends Discord answered with an existing message instead of a new one."""
        return RecordFile(path).dropped_repeats()

    # ------------------------------------------------------------------ driving the bot

    async def slash(
        self,
        user: OfflineUser,
        command: str,
        options: dict[str, Any] | None = None,
        *,
        channel_id: int | None = None,
        in_dm: bool = False,
    ) -> list[Sent]:
        """Runs a slash command through the bot's real tree and returns what it sent meanwhile;
        ``in_dm`` runs it in the user's DM with the bot, if Discord offers it there.

        That includes channel posts and DMs made while handling it, not just the replies,
        because the user-visible effect of a command is all of them.
        """
        self._require_started()
        where = channel_id or self.channel_id
        record, payload = interaction(
            self._state, _SLASH, user, command, options or {}, None, where, in_dm=in_dm
        )
        mark = len(self.transcript)
        await self._deliver(self.bot._connection.parse_interaction_create, payload)
        self._check_answered(record, "The application did not respond")
        return self.transcript[mark:]

    async def click(self, user: OfflineUser, on: Sent, button: str | int = 1) -> list[Sent]:
        """``user`` presses a button of the message ``on`` (by label, or by place from 1) and
        the bot's view store handles it; returns what the bot sent meanwhile. A button the bot
        no longer knows is answered by nobody, and Discord shows "This interaction failed"."""
        self._require_started()
        record, payload = components.click(self._state, user, on, button)
        mark = len(self.transcript)
        await self._deliver(self.bot._connection.parse_interaction_create, payload)
        self._check_answered(record, "This interaction failed")
        return self.transcript[mark:]

    def _check_answered(self, record: InteractionRecord, unanswered: str) -> None:
        if not record.acknowledged and not record.refused:
            self.violations.append(
                f"{record.label}: no initial response within "
                f"{self._state.response_deadline:g} s; the user sees '{unanswered}'"
            )
        elif record.defer_pending:
            self.violations.append(
                f"{record.label}: deferred with thinking but never followed up or edited; the "
                "user sees 'is thinking...' until the interaction expires"
            )

    async def autocomplete(
        self,
        user: OfflineUser,
        command: str,
        options: dict[str, Any],
        focused: str,
        *,
        channel_id: int | None = None,
    ) -> list[dict[str, Any]]:
        """Returns the choices the user would see while typing into ``focused``."""
        self._require_started()
        record, payload = interaction(
            self._state,
            _AUTOCOMPLETE,
            user,
            command,
            options,
            focused,
            channel_id or self.channel_id,
        )
        await self._deliver(self.bot._connection.parse_interaction_create, payload)
        if record.choices is None and not record.refused:
            self.violations.append(
                f"{record.label}: autocomplete never answered; the user sees no options"
            )
        return record.choices or []

    async def mention(
        self, user: OfflineUser, text: str, *, channel_id: int | None = None
    ) -> list[Sent]:
        """Posts ``@bot text`` as ``user``; Discord delivers content for mentions even without
        the message_content intent, which is why this is the only text the bot can read."""
        return await self.message(user, f"<@{self.bot_id}> {text}", channel_id=channel_id)

    async def message(
        self, user: OfflineUser, content: str, *, channel_id: int | None = None
    ) -> list[Sent]:
        """Posts ``content`` as ``user`` and returns what the bot sent meanwhile.

        As on Discord, a bot without the message_content intent receives the content of a
        guild message only if the message mentions it, so a bot relying on more fails here.
        """
        self._require_started()
        self.add_user(user)
        mentioned = f"<@{self.bot_id}>" in content or f"<@!{self.bot_id}>" in content
        mentions = [payloads.bot_mention(self.bot_id)] if mentioned else []
        readable = mentioned or self.bot.intents.message_content
        payload = payloads.posted_message(
            self._state.next_id(),
            channel_id or self.channel_id,
            self.guild_id,
            user,
            self.owner.id,
            content if readable else "",
            mentions,
        )
        mark = len(self.transcript)
        await self._deliver(self.bot._connection.parse_message_create, payload)
        return self.transcript[mark:]

    async def direct_message(self, user: OfflineUser, content: str) -> list[Sent]:
        """``user`` writes ``content`` to the bot in their DM. Discord delivers a DM's content
        to a bot without the message_content intent, and no mention is needed there."""
        self._require_started()
        self.add_user(user)
        state = self._state
        channel_id = state.dm_by_user.get(user.id)
        if channel_id is None:
            channel_id = state.next_id()
            state.dm_by_user[user.id] = channel_id
            state.dm_recipient[channel_id] = user.id
        payload = payloads.direct_message(state.next_id(), channel_id, user, content)
        mark = len(self.transcript)
        await self._deliver(self.bot._connection.parse_message_create, payload)
        return self.transcript[mark:]

    async def reply(
        self, user: OfflineUser, to: Sent, content: str, *, ping: bool = True
    ) -> list[Sent]:
        """``user`` replies to the bot's message ``to``. Discord's reply pings the replied-to
        author by default, which lists the bot among the mentions (and so lets it read the
        content) although the text holds no mention; with ``ping=False`` the bot reads
        nothing."""
        self._require_started()
        self.add_user(user)
        assert to.message_id is not None
        assert to.channel_id is not None
        mentions = [payloads.bot_mention(self.bot_id)] if ping else []
        readable = ping or self.bot.intents.message_content
        posted = payloads.posted_message(
            self._state.next_id(),
            to.channel_id,
            self.guild_id,
            user,
            self.owner.id,
            content if readable else "",
            mentions,
        )
        referenced = self._state.messages.get(to.message_id)
        payload = payloads.as_reply(posted, to.message_id, self.guild_id, referenced)
        mark = len(self.transcript)
        await self._deliver(self.bot._connection.parse_message_create, payload)
        return self.transcript[mark:]

    async def _deliver(self, parse: Callable[[Any], None], payload: dict[str, Any]) -> None:
        """Feeds a gateway event to the bot's ConnectionState as the websocket would."""
        before = asyncio.all_tasks()
        self._context.copy().run(parse, payload)
        await self._settle(before)

"""An offline stand-in for Discord that drives a bot's real discord.py machinery.

Discord is unreachable from where this project is developed and tested, yet the parts of a bot
that break in production are exactly the ones a unit test of a plain function never reaches:
the ``CommandTree`` with its checks, transformers and error handlers, the interaction response
protocol, and the limits Discord enforces on what it accepts. So instead of mocking the bot,
this module feeds real gateway payloads into the bot's own ``ConnectionState`` and answers its
real HTTP calls the way Discord would, refusing what Discord would refuse.

This is the only module of the project allowed to touch discord.py internals; every one it
relies on is checked by :func:`internals_problems`, so an upgrade that moves one fails loudly,
by name, instead of silently testing nothing.
"""

from __future__ import annotations

import asyncio
import collections
import contextvars
import http
import inspect
import itertools
import json
import math
import os
import re
import sys
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any, Final, TypeVar, cast
from urllib.parse import urlsplit

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands
from discord.http import Route
from discord.state import ConnectionState
from discord.webhook import async_ as webhook_async
from discord.webhook.async_ import AsyncWebhookAdapter

__all__ = [
    "BOT_USER_ID",
    "DEFAULT_CHANNEL_ID",
    "DEFAULT_GUILD_ID",
    "MANAGER_ROLE_ID",
    "OWNER_USER_ID",
    "DiscordRejected",
    "OfflineDiscord",
    "OfflineUser",
    "OptionError",
    "Sent",
    "internals_problems",
]

_T = TypeVar("_T")

DEFAULT_GUILD_ID: Final = 900_000_000_000_000_001
DEFAULT_CHANNEL_ID: Final = 900_000_000_000_000_002
BOT_USER_ID: Final = 900_000_000_000_000_010
OWNER_USER_ID: Final = 900_000_000_000_000_011
MANAGER_ROLE_ID: Final = 900_000_000_000_000_020

# Discord's documented limits (https://discord.com/developers/docs/resources/message).
MAX_CONTENT: Final = 2000
MAX_EMBEDS: Final = 10
MAX_EMBED_TITLE: Final = 256
MAX_EMBED_DESCRIPTION: Final = 4096
MAX_EMBED_FIELDS: Final = 25
MAX_FIELD_NAME: Final = 256
MAX_FIELD_VALUE: Final = 1024
MAX_FOOTER: Final = 2048
MAX_AUTHOR_NAME: Final = 256
MAX_EMBED_TOTAL: Final = 6000
MAX_NONCE: Final = 25
NONCE_WINDOW: Final = 300.0
"""Seconds during which Discord refuses to create a second message with an enforced nonce
("checked for uniqueness in the past few minutes") and returns the first one instead."""
MAX_CHOICES: Final = 25
MAX_CHOICE_TEXT: Final = 100
MAX_SAFE_INTEGER: Final = 2**53

TIMEOUT: Final = 0
"""The status of a fault that gets no answer at all."""
EPHEMERAL: Final = 1 << 6
LOADING: Final = 1 << 7

_OPTION_TYPES: Final = {
    3: "a string",
    4: "an integer",
    5: "a boolean",
    6: "a user",
    7: "a channel",
    8: "a role",
    10: "a number",
}
_FAULT_ROUTES: Final = frozenset(
    {"response", "followup", "edit", "autocomplete", "channel", "dm", "create_dm"}
)
# HTTPClient.request retries only these; the webhook adapter retries every 5xx.
_HTTP_RETRIED: Final = frozenset({500, 502, 504, 524})
_EVERYONE_PERMISSIONS: Final = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    read_message_history=True,
    embed_links=True,
    attach_files=True,
    add_reactions=True,
    use_external_emojis=True,
    use_application_commands=True,
)
_MANAGER_PERMISSIONS: Final = discord.Permissions(manage_guild=True)
_DISPATCH_TASK_PREFIX: Final = "discord.py: "
_TREE_TASK_NAME: Final = "CommandTree-invoker"


@dataclass(frozen=True)
class OfflineUser:
    """A guild member as the harness presents them to the bot."""

    id: int
    name: str
    manage_guild: bool = False


@dataclass
class Sent:
    """One thing Discord accepted from the bot, as the user would see it."""

    route: str
    channel_id: int | None
    content: str | None
    embeds: list[dict[str, Any]]
    ephemeral: bool
    allowed_mentions: dict[str, Any] | None
    nonce: str | None
    choices: list[dict[str, Any]] | None
    deferred: bool = False
    recipient_id: int | None = None
    message_id: int | None = None
    attachments: list[str] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)


class OptionError(ValueError):
    """The Discord client would not have let the user send this command at all."""


class DiscordRejected(discord.HTTPException):
    """Discord refused a request because the bot got something wrong.

    It is a real :class:`discord.HTTPException` (or Forbidden/NotFound, see ``_REJECTED``) so the
    bot's own error handling runs exactly as it would in production, while tests can still tell
    a rejection by the simulator from an injected fault with ``isinstance``.
    """

    def __init__(
        self, response: aiohttp.ClientResponse, body: dict[str, Any], violation: str
    ) -> None:
        super().__init__(response, body)
        self.violation = violation


class _RejectedForbidden(DiscordRejected, discord.Forbidden):
    pass


class _RejectedNotFound(DiscordRejected, discord.NotFound):
    pass


_REJECTED: Final[dict[int, type[DiscordRejected]]] = {
    403: _RejectedForbidden,
    404: _RejectedNotFound,
}


# --------------------------------------------------------------------------- internals canary

_WEBHOOK_REQUEST_PARAMS: Final = (
    "self",
    "route",
    "session",
    "payload",
    "multipart",
    "proxy",
    "proxy_auth",
    "files",
    "reason",
    "auth_token",
    "params",
)


def internals_problems() -> list[str]:
    """Names every discord.py internal this module relies on that is missing or has changed.

    Called by :meth:`OfflineDiscord.start` and by the canary test, because a silently moved
    internal would make the simulator capture nothing while tests still pass.
    """
    tree = app_commands.CommandTree
    context_var = getattr(webhook_async, "async_context", None)
    webhook_params = tuple(inspect.signature(AsyncWebhookAdapter.request).parameters)
    http_params = inspect.signature(discord.http.HTTPClient.request).parameters
    route = Route("GET", "/channels/{channel_id}", channel_id=1)
    checks = [
        (
            "discord.webhook.async_.async_context",
            isinstance(context_var, ContextVar)
            and isinstance(contextvars.Context().run(context_var.get), AsyncWebhookAdapter),
            "is no longer a ContextVar holding an AsyncWebhookAdapter",
        ),
        (
            "discord.webhook.async_.AsyncWebhookAdapter.request",
            webhook_params == _WEBHOOK_REQUEST_PARAMS,
            f"signature is now {webhook_params}",
        ),
        (
            "discord.http.HTTPClient.request",
            list(http_params)[:2] == ["self", "route"]
            and {"files", "form"} <= set(http_params)
            and any(p.kind is inspect.Parameter.VAR_KEYWORD for p in http_params.values()),
            f"signature is now {tuple(http_params)}",
        ),
        (
            "discord.http.Route.path",
            getattr(route, "path", None) == "/channels/{channel_id}",
            "no longer holds the route template",
        ),
        (
            "discord.Guild._member_count",
            "_member_count" in getattr(discord.Guild, "__slots__", ()),
            "is no longer a slot of Guild",
        ),
        (
            "discord.Client._schedule_event",
            _DISPATCH_TASK_PREFIX in _source(getattr(discord.Client, "_schedule_event", None)),
            f"event tasks are no longer named {_DISPATCH_TASK_PREFIX!r}...",
        ),
        (
            "discord.app_commands.CommandTree._from_interaction",
            _TREE_TASK_NAME in _source(getattr(tree, "_from_interaction", None)),
            f"the tree task is no longer named {_TREE_TASK_NAME!r}",
        ),
    ]
    for owner, names in (
        (
            ConnectionState,
            (
                "parse_interaction_create",
                "parse_message_create",
                "parse_guild_create",
                "parse_channel_create",
                "call_handlers",
            ),
        ),
        (discord.Client, ("_async_setup_hook",)),
        (tree, ("_call",)),
        (discord.Guild, ("_add_member",)),
    ):
        for name in names:
            where = f"{owner.__module__}.{owner.__qualname__}.{name}"
            checks.append((where, callable(getattr(owner, name, None)), "is missing"))
    return [f"{name} {detail}" for name, ok, detail in checks if not ok]


def _source(obj: object) -> str:
    try:
        return inspect.getsource(cast(Callable[..., Any], obj))
    except (OSError, TypeError):
        return ""


# --------------------------------------------------------------------------- HTTP plumbing


@dataclass
class _Reply:
    """One simulated HTTP answer; ``violation`` marks answers caused by a bot mistake."""

    status: int
    body: Any = None
    violation: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


@dataclass
class _Fault:
    status: int
    code: int
    message: str
    retry_after: float | None
    remaining: int
    after_create: bool

    def reply(self) -> _Reply:
        if self.status == TIMEOUT:
            return _Reply(TIMEOUT, {})
        if self.status == 429:
            retry_after = 1.0 if self.retry_after is None else self.retry_after
            body = {
                "message": self.message or "You are being rate limited.",
                "retry_after": retry_after,
                "global": False,
                "code": self.code,
            }
            # discord.py only honours retry_after when Cloudflare's Via header is present.
            headers = {"Via": "1.1 google", "Retry-After": str(retry_after)}
            return _Reply(429, body, headers=headers)
        return _Reply(self.status, {"code": self.code, "message": self.message or _reason(self)})


def _reason(fault: _Fault | _Reply) -> str:
    try:
        return http.HTTPStatus(fault.status).phrase
    except ValueError:
        return "Unknown"


class _FakeResponse:
    """The few aiohttp.ClientResponse attributes discord.HTTPException and callers read."""

    def __init__(self, reply: _Reply, method: str, url: str) -> None:
        self.status = reply.status
        self.reason = _reason(reply)
        self.headers = reply.headers
        self.method = method
        self.url = url


def _error(code: int, message: str, errors: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message}
    if errors:
        body["errors"] = errors
    return body


def _nest(problems: list[tuple[str, str, str]]) -> dict[str, Any]:
    """Builds Discord's nested ``errors`` object, which discord.py flattens into its message."""
    root: dict[str, Any] = {}
    for path, code, message in problems:
        node = root
        for part in path.split("."):
            node = node.setdefault(part, {})
        node.setdefault("_errors", []).append({"code": code, "message": message})
    return root


def _length_problem(path: str, value: Any, limit: int) -> list[tuple[str, str, str]]:
    if isinstance(value, str) and len(value) > limit:
        return [(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")]
    return []


def _embed_problems(embeds: list[dict[str, Any]], prefix: str) -> list[tuple[str, str, str]]:
    problems: list[tuple[str, str, str]] = []
    if len(embeds) > MAX_EMBEDS:
        problems.append((f"{prefix}embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer."))
    total = 0
    for index, embed in enumerate(embeds):
        path = f"{prefix}embeds.{index}"
        texts = [
            (f"{path}.title", embed.get("title"), MAX_EMBED_TITLE),
            (f"{path}.description", embed.get("description"), MAX_EMBED_DESCRIPTION),
            (f"{path}.footer.text", (embed.get("footer") or {}).get("text"), MAX_FOOTER),
            (f"{path}.author.name", (embed.get("author") or {}).get("name"), MAX_AUTHOR_NAME),
        ]
        fields = embed.get("fields") or []
        if len(fields) > MAX_EMBED_FIELDS:
            problems.append((f"{path}.fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer."))
        for number, embed_field in enumerate(fields):
            for key, limit in (("name", MAX_FIELD_NAME), ("value", MAX_FIELD_VALUE)):
                text = embed_field.get(key)
                if not isinstance(text, str) or not text.strip():
                    problems.append(
                        (
                            f"{path}.fields.{number}.{key}",
                            "BASE_TYPE_REQUIRED",
                            "This field is required",
                        )
                    )
                texts.append((f"{path}.fields.{number}.{key}", text, limit))
        for text_path, text, limit in texts:
            problems += _length_problem(text_path, text, limit)
            total += len(text) if isinstance(text, str) else 0
    if total > MAX_EMBED_TOTAL:
        problems.append(
            (
                f"{prefix}embeds",
                "MAX_EMBED_SIZE_EXCEEDED",
                "Embed size exceeds maximum size of 6000",
            )
        )
    return problems


def _message_problems(body: dict[str, Any], prefix: str = "") -> list[tuple[str, str, str]]:
    problems = _length_problem(f"{prefix}content", body.get("content"), MAX_CONTENT)
    problems += _length_problem(f"{prefix}nonce", body.get("nonce"), MAX_NONCE)
    return problems + _embed_problems(body.get("embeds") or [], prefix)


def _is_empty(message: dict[str, Any]) -> bool:
    content = message.get("content") or ""
    return not (
        content.strip()
        or message.get("embeds")
        or message.get("attachments")
        or message.get("components")
        or message.get("sticker_ids")
        or message.get("poll")
    )


def _unpack(payload: Any, parts: Iterable[dict[str, Any]] | None) -> tuple[Any, list[str]]:
    """Recovers the JSON body and file names from either request shape discord.py uses."""
    if payload is not None:
        return payload, []
    body: dict[str, Any] = {}
    files: list[str] = []
    for part in parts or ():
        if part.get("name") == "payload_json":
            body = json.loads(part["value"])
        elif "filename" in part:
            files.append(str(part["filename"]))
    return body, files


@cache
def _template(template: str) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
    return re.compile(f"^{pattern}$")


def _route_params(route: Route) -> dict[str, str]:
    path = urlsplit(route.url).path
    match = _template(route.path).match(path.removeprefix(urlsplit(Route.BASE).path))
    return match.groupdict() if match else {}


# --------------------------------------------------------------------------- the simulator


@dataclass
class _InteractionRecord:
    """Per-interaction protocol state: Discord enforces ordering rules on these requests."""

    id: int
    label: str
    channel_id: int
    started: float
    type: int
    acknowledged: bool = False
    refused: bool = False
    defer_pending: bool = False
    ephemeral: bool = False
    original_id: int | None = None
    choices: list[dict[str, Any]] | None = None


_Handler = Callable[[dict[str, str], dict[str, Any], list[str]], _Reply]


class _CapturingWebhookAdapter(AsyncWebhookAdapter):
    """Receives every interaction callback and follow-up instead of aiohttp."""

    def __init__(self, offline: OfflineDiscord) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._offline = offline

    async def request(
        self,
        route: Route,
        session: aiohttp.ClientSession,
        *,
        payload: dict[str, Any] | None = None,
        multipart: list[dict[str, Any]] | None = None,
        proxy: str | None = None,
        proxy_auth: aiohttp.BasicAuth | None = None,
        files: Sequence[discord.File] | None = None,
        reason: str | None = None,
        auth_token: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> Any:
        return await self._offline._webhook_request(route, payload, multipart)


class OfflineDiscord:
    """Plays Discord for one bot: one guild, its text channels, its members, DMs.

    Everything Discord accepted lands in :attr:`transcript`; everything it would have refused
    because of a bot mistake lands in :attr:`violations` and is raised to the bot as the
    :class:`DiscordRejected` error Discord would return, so the bot's error paths run too.
    """

    def __init__(
        self,
        bot: commands.Bot,
        *,
        guild_id: int = DEFAULT_GUILD_ID,
        guild_name: str = "ICLR 2019 (offline)",
        channel_id: int = DEFAULT_CHANNEL_ID,
        channel_name: str = "general",
        response_deadline: float = 3.0,
        settle_timeout: float = 5.0,
        record_path: Path | None = None,
    ) -> None:
        self.bot = bot
        self.record_path = record_path
        self.guild_id = guild_id
        self.guild_name = guild_name
        self.channel_id = channel_id
        self.response_deadline = response_deadline
        self.settle_timeout = settle_timeout
        self.owner = OfflineUser(OWNER_USER_ID, "owner", manage_guild=True)
        # Everything Discord accepted, in order, including sends from background tasks.
        self.transcript: list[Sent] = []
        # What Discord (or its client) would have refused, and routes the simulator lacks.
        self.violations: list[str] = []
        # Exceptions discord.py would only have logged: ("/command", e) or ("on_event", e).
        self.errors: list[tuple[str, BaseException]] = []
        # Every attempt, by simulator route ("channel", "dm"...) and by REST route template.
        self.requests: collections.Counter[str] = collections.Counter()
        self._channels: dict[int, str] = {channel_id: channel_name}
        self._deleted_channels: set[int] = set()
        self._users: dict[int, OfflineUser] = {self.owner.id: self.owner}
        self._dm_by_user: dict[int, int] = {}
        self._dm_recipient: dict[int, int] = {}
        self._closed_dms: set[int] = set()
        self._granted_to_everyone: set[str] = set()
        self._faults: dict[str, collections.deque[_Fault]] = collections.defaultdict(
            collections.deque
        )
        self._messages: dict[int, dict[str, Any]] = {}
        self._nonces: dict[tuple[int, str], tuple[float, dict[str, Any]]] = {}
        self._interactions: dict[str, _InteractionRecord] = {}
        self._command_ids: dict[tuple[str, int | None], int] = {}
        self._counter = itertools.count(1)
        self._last_id = 0
        self._clock_offset = 0.0
        self._context = contextvars.copy_context()
        self._started = False
        self._closed = False
        self._restore: list[Callable[[], None]] = []
        self._http_routes: dict[str, _Handler] = {
            "POST /channels/{channel_id}/messages": self._create_message,
            "PATCH /channels/{channel_id}/messages/{message_id}": self._edit_channel_message,
            "DELETE /channels/{channel_id}/messages/{message_id}": self._delete_message,
            "GET /channels/{channel_id}/messages/{message_id}": self._get_message,
            "GET /channels/{channel_id}": self._get_channel,
            "POST /channels/{channel_id}/typing": lambda params, body, files: _Reply(204),
            "POST /users/@me/channels": self._create_dm,
            "GET /users/{user_id}": self._get_user,
            "GET /guilds/{guild_id}/members/{member_id}": self._get_member,
            "GET /oauth2/applications/@me": self._application_info,
            "PUT /applications/{application_id}/commands": self._sync_commands,
            "PUT /applications/{application_id}/guilds/{guild_id}/commands": self._sync_commands,
        }
        hook = "/webhooks/{webhook_id}/{webhook_token}"
        self._webhook_routes: dict[str, _Handler] = {
            "POST /interactions/{webhook_id}/{webhook_token}/callback": self._callback,
            f"POST {hook}": self._followup,
            f"GET {hook}/messages/@original": self._get_original,
            f"PATCH {hook}/messages/@original": self._edit_original,
            f"DELETE {hook}/messages/@original": self._delete_original,
            f"GET {hook}/messages/{{message_id}}": self._get_message,
            f"PATCH {hook}/messages/{{message_id}}": self._edit_followup,
            f"DELETE {hook}/messages/{{message_id}}": self._delete_message,
        }

    # ------------------------------------------------------------------ lifecycle

    @property
    def bot_id(self) -> int:
        return self.bot.user.id if self.bot.user else BOT_USER_ID

    @property
    def application_id(self) -> int:
        return self.bot.application_id or BOT_USER_ID

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
        self._load_record()
        problems = internals_problems()
        if problems:
            raise RuntimeError("discord.py internals moved: " + "; ".join(problems))
        bot = self.bot
        state = bot._connection
        await bot._async_setup_hook()
        self._context.run(webhook_async.async_context.set, _CapturingWebhookAdapter(self))
        bot.http.request = self._http_request  # type: ignore[method-assign]
        self._restore.append(lambda: delattr(bot.http, "request"))
        state.user = discord.ClientUser(state=state, data=cast(Any, self._bot_user_payload()))
        if state.application_id is None:
            state.application_id = BOT_USER_ID
        self._started = True
        await self._run(bot.setup_hook())
        self._hook_error_handlers()
        before = asyncio.all_tasks()
        self._context.copy().run(self._connect)
        await self._settle(before)

    def _connect(self) -> None:
        state = self.bot._connection
        self.bot.dispatch("connect")
        state.parse_guild_create(cast(Any, self._guild_payload()))
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
            for undo in reversed(self._restore):
                undo()
            self._restore.clear()

    def _hook_error_handlers(self) -> None:
        """Keeps the exceptions that discord.py would only log, so tests can assert on them."""
        bot, tree = self.bot, self.bot.tree
        tree_handler = tree.on_error
        bot_handler = bot.on_error

        async def on_app_command_error(
            interaction: discord.Interaction[Any], error: app_commands.AppCommandError
        ) -> None:
            name = interaction.command.qualified_name if interaction.command else "?"
            self.errors.append((f"/{name}", error))
            if isinstance(getattr(error, "original", None), discord.InteractionResponded):
                self.violations.append(
                    f"/{name}: responded twice to one interaction; Discord answers "
                    "400 (code 40060) Interaction has already been acknowledged "
                    "(discord.py refused it locally with InteractionResponded)"
                )
            await tree_handler(interaction, error)

        async def on_event_error(event: str, /, *args: Any, **kwargs: Any) -> None:
            error = sys.exc_info()[1]
            if error is not None:
                self.errors.append((event, error))
            await bot_handler(event, *args, **kwargs)

        tree.on_error = on_app_command_error  # type: ignore[method-assign]
        bot.on_error = on_event_error  # type: ignore[method-assign]
        self._restore.append(lambda: _restore_attribute(tree, "on_error", tree_handler))
        self._restore.append(lambda: _restore_attribute(bot, "on_error", bot_handler))

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
                if task not in before and not task.done() and _is_dispatch_task(task)
            }
            remaining = give_up - loop.time()
            if not pending or remaining <= 0:
                return
            await asyncio.wait(pending, timeout=remaining)

    def _require_started(self) -> None:
        if not self._started or self._closed:
            raise RuntimeError("OfflineDiscord.start() must be awaited first (and not closed)")

    # ------------------------------------------------------------------ public helpers

    def add_user(self, user: OfflineUser) -> None:
        """Makes a member known without them doing anything (e.g. rows seeded into storage).

        The guild's member cache is filled only when the bot's intents would have let
        discord.py cache members, so a bot relying on ``get_member`` without the members
        intent fails here as it would in production.
        """
        self._users[user.id] = user
        guild = self.bot.get_guild(self.guild_id)
        if (
            guild is not None
            and self.bot._connection.member_cache_flags.joined
            and guild.get_member(user.id) is None
        ):
            state = self.bot._connection
            member = discord.Member(
                data=cast(Any, self._member_payload(user)), guild=guild, state=state
            )
            guild._add_member(member)
            guild._member_count = (guild._member_count or 0) + 1

    def add_text_channel(self, name: str) -> int:
        """Creates another text channel (announcements, schedules...) through CHANNEL_CREATE."""
        self._require_started()
        channel_id = self._next_id()
        self._channels[channel_id] = name
        payload = self._channel_payload(channel_id, name, position=len(self._channels))
        self._context.copy().run(self.bot._connection.parse_channel_create, cast(Any, payload))
        return channel_id

    def channel_name(self, channel_id: int) -> str:
        if channel_id in self._dm_recipient:
            return f"DM with {self.user_name(self._dm_recipient[channel_id])}"
        return self._channels.get(channel_id, f"unknown channel {channel_id}")

    def user_name(self, user_id: int) -> str:
        if user_id == self.bot_id:
            return self.bot.user.name if self.bot.user else "bot"
        user = self._users.get(user_id)
        return user.name if user else f"unknown user {user_id}"

    def inject_fault(
        self,
        *,
        route: str,
        status: int,
        code: int = 0,
        message: str = "",
        retry_after: float | None = None,
        times: int = 1,
        after_create: bool = False,
    ) -> None:
        """Makes the next ``times`` requests (attempts, not sends) on ``route`` fail.

        Attempts, because discord.py itself retries: 500/502/504/524 on channel and DM sends
        (any 5xx on interaction routes) are retried up to 5 times, and a 429 is waited out.
        So a single 5xx with ``after_create=True`` shows what really happens, a duplicate
        message (unless the bot sent a nonce), and ``times=5`` makes the error reach the bot.
        Waits are not slept; they advance the clock the 3-second response deadline uses.
        """
        if route not in _FAULT_ROUTES:
            raise ValueError(f"unknown route {route!r}; expected one of {sorted(_FAULT_ROUTES)}")
        if not 400 <= status <= 599 or times < 1:
            raise ValueError("status must be an HTTP error (400-599) and times at least 1")
        self._faults[route].append(_Fault(status, code, message, retry_after, times, after_create))

    def inject_timeout(self, *, route: str, times: int = 1, after_create: bool = False) -> None:
        """Makes the next ``times`` requests on ``route`` time out, as a network stall would;
        with ``after_create`` Discord did create the message, the answer was what got lost."""
        if route not in _FAULT_ROUTES:
            raise ValueError(f"unknown route {route!r}; expected one of {sorted(_FAULT_ROUTES)}")
        if times < 1:
            raise ValueError("times must be at least 1")
        self._faults[route].append(_Fault(TIMEOUT, 0, "", None, times, after_create))

    def delete_channel(self, channel_id: int) -> None:
        """Deletes a channel on Discord's side only, like a stale id kept in the bot's storage."""
        self._deleted_channels.add(channel_id)

    def grant_to_everyone(self, command: str) -> None:
        """A server admin allowed a command for everyone (Server Settings > Integrations),
        overriding its default_member_permissions: only the bot's own check is left."""
        self._granted_to_everyone.add(command)

    def close_dms(self, user_id: int) -> None:
        """The member turned off DMs from server members."""
        self._closed_dms.add(user_id)

    # ------------------------------------------------------------------ driving the bot

    async def slash(
        self,
        user: OfflineUser,
        command: str,
        options: dict[str, Any] | None = None,
        *,
        channel_id: int | None = None,
    ) -> list[Sent]:
        """Runs a slash command through the bot's real tree and returns what it sent meanwhile.

        That includes channel posts and DMs made while handling it, not just the replies,
        because the user-visible effect of a command is all of them.
        """
        self._require_started()
        record, payload = self._interaction(2, user, command, options or {}, None, channel_id)
        mark = len(self.transcript)
        await self._deliver(self.bot._connection.parse_interaction_create, payload)
        if not record.acknowledged and not record.refused:
            self.violations.append(
                f"{record.label}: no initial response within {self.response_deadline:g} s; "
                "the user sees 'The application did not respond'"
            )
        elif record.defer_pending:
            self.violations.append(
                f"{record.label}: deferred with thinking but never followed up or edited; the "
                "user sees 'is thinking...' until the interaction expires"
            )
        return self.transcript[mark:]

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
        record, payload = self._interaction(4, user, command, options, focused, channel_id)
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
        self._require_started()
        self.add_user(user)
        channel = channel_id or self.channel_id
        message_id = self._next_id()
        bot_user = self._bot_user_payload() | {"member": self._bot_member_payload(with_user=False)}
        payload = {
            "id": str(message_id),
            "channel_id": str(channel),
            "guild_id": str(self.guild_id),
            "author": self._user_payload(user),
            "member": self._member_payload(user, with_user=False),
            "content": f"<@{self.bot_id}> {text}",
            "timestamp": discord.utils.snowflake_time(message_id).isoformat(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [bot_user],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "components": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
        }
        self._messages[message_id] = payload
        mark = len(self.transcript)
        await self._deliver(self.bot._connection.parse_message_create, payload)
        return self.transcript[mark:]

    async def _deliver(self, parse: Callable[[Any], None], payload: dict[str, Any]) -> None:
        """Feeds a gateway event to the bot's ConnectionState as the websocket would."""
        before = asyncio.all_tasks()
        self._context.copy().run(parse, payload)
        await self._settle(before)

    # ------------------------------------------------------------------ building interactions

    def _interaction(
        self,
        kind: int,
        user: OfflineUser,
        command: str,
        options: dict[str, Any],
        focused: str | None,
        channel_id: int | None,
    ) -> tuple[_InteractionRecord, dict[str, Any]]:
        """Builds the INTERACTION_CREATE payload, refusing what the Discord client would."""
        self.add_user(user)
        channel = channel_id or self.channel_id
        parts = command.strip().lstrip("/").split()
        label = f"/{' '.join(parts)} by {user.name}"
        root, guild_id, leaf, path = self._resolve_command(parts, user, label)
        resolved: dict[str, dict[str, Any]] = {}
        built = self._options(leaf, options, focused, resolved, label)
        for name, option_type in reversed(path):
            built = [{"type": option_type, "name": name, "options": built}]
        data: dict[str, Any] = {
            "id": str(self._command_id(root["name"], guild_id)),
            "name": root["name"],
            "type": 1,
            "options": built,
        }
        if guild_id is not None:
            data["guild_id"] = str(guild_id)
        if resolved and kind == 2:
            data["resolved"] = resolved
        interaction_id = self._next_id()
        token = f"offline-{interaction_id}"
        record = _InteractionRecord(interaction_id, label, channel, self._now(), kind)
        self._interactions[token] = record
        payload = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": kind,
            "token": token,
            "version": 1,
            "data": data,
            "guild_id": str(self.guild_id),
            "guild": {"id": str(self.guild_id), "locale": "en-US", "features": []},
            "channel_id": str(channel),
            "channel": self._channel_payload(channel, self.channel_name(channel)),
            "member": self._member_payload(user),
            "app_permissions": str(_EVERYONE_PERMISSIONS.value),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(self.guild_id)},
            "context": 0,
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        return record, payload

    def _resolve_command(
        self, parts: list[str], user: OfflineUser, label: str
    ) -> tuple[dict[str, Any], int | None, dict[str, Any], list[tuple[str, int]]]:
        """Finds the command in the schema the bot would sync, i.e. what Discord offers users."""
        tree = self.bot.tree
        if not parts:
            raise OptionError("empty command name")
        chat_input = discord.AppCommandType.chat_input
        candidates = [
            (cmd, self.guild_id)
            for cmd in tree.get_commands(guild=discord.Object(self.guild_id), type=chat_input)
        ] + [(cmd, None) for cmd in tree.get_commands(type=chat_input)]
        found = next(((cmd, gid) for cmd, gid in candidates if cmd.name == parts[0]), None)
        if found is None:
            known = sorted({cmd.name for cmd, _ in candidates})
            raise OptionError(f"{label}: unknown command /{parts[0]}; known: {', '.join(known)}")
        root = found[0].to_dict(tree)
        self._check_visible(root, user, label)
        node, path = root, []
        for part in parts[1:]:
            subcommands = {o["name"]: o for o in node.get("options", []) if o["type"] in (1, 2)}
            if part not in subcommands:
                raise OptionError(
                    f"{label}: /{node['name']} has no subcommand {part!r}; "
                    f"choose one of: {', '.join(sorted(subcommands)) or 'none'}"
                )
            node = subcommands[part]
            path.append((part, int(node["type"])))
        nested = [o["name"] for o in node.get("options", []) if o["type"] in (1, 2)]
        if nested:
            raise OptionError(
                f"{label}: /{node['name']} is a group; choose one of: {', '.join(nested)}"
            )
        return root, found[1], node, path

    def _check_visible(self, root: dict[str, Any], user: OfflineUser, label: str) -> None:
        required = root.get("default_member_permissions")
        if root["name"] in self._granted_to_everyone:
            required = None
        have = self._permissions(user)
        if required is not None and not have.administrator and int(required) & ~have.value:
            needed = [name for name, on in discord.Permissions(int(required)) if on]
            raise OptionError(
                f"{label}: Discord hides /{root['name']} from members without "
                f"{', '.join(needed)} (default_member_permissions)"
            )
        contexts = root.get("contexts")
        if contexts is not None and 0 not in contexts:
            raise OptionError(f"{label}: /{root['name']} is not available in servers")

    def _options(
        self,
        leaf: dict[str, Any],
        given: dict[str, Any],
        focused: str | None,
        resolved: dict[str, dict[str, Any]],
        label: str,
    ) -> list[dict[str, Any]]:
        specs = {o["name"]: o for o in leaf.get("options", [])}
        unknown = sorted(set(given) - set(specs))
        if unknown:
            raise OptionError(
                f"{label}: unknown option(s) {', '.join(unknown)}; "
                f"options are: {', '.join(specs) or 'none'}"
            )
        if focused is not None:
            if focused not in specs or not specs[focused].get("autocomplete"):
                raise OptionError(f"{label}: option {focused!r} has no autocomplete")
        else:
            missing = [n for n, s in specs.items() if s.get("required") and n not in given]
            if missing:
                raise OptionError(f"{label}: missing required option(s) {', '.join(missing)}")
        built: list[dict[str, Any]] = []
        for name, spec in specs.items():
            if name == focused:
                value = given.get(name, "")
                built.append({"type": spec["type"], "name": name, "value": value, "focused": True})
            elif name in given:
                value = self._option_value(spec, given[name], resolved, f"{label}: option {name!r}")
                built.append({"type": spec["type"], "name": name, "value": value})
        return built

    def _option_value(
        self, spec: dict[str, Any], value: Any, resolved: dict[str, dict[str, Any]], where: str
    ) -> Any:
        """Checks one value as the Discord client's option picker would, then encodes it."""
        kind = int(spec["type"])
        if kind not in _OPTION_TYPES:
            raise OptionError(f"{where}: option type {kind} is not simulated offline")
        expected = f"{where} expects {_OPTION_TYPES[kind]}, got {value!r}"
        if kind == 3:
            if not isinstance(value, str):
                raise OptionError(expected)
            low, high = spec.get("min_length"), spec.get("max_length")
            if low is not None and len(value) < low:
                raise OptionError(f"{where} must be at least {low} characters (got {len(value)})")
            if high is not None and len(value) > high:
                raise OptionError(f"{where} must be at most {high} characters (got {len(value)})")
        elif kind in (4, 10):
            is_number = isinstance(value, int) or (kind == 10 and isinstance(value, float))
            if isinstance(value, bool) or not is_number or not math.isfinite(value):
                raise OptionError(expected)
            low = spec.get("min_value", -MAX_SAFE_INTEGER)
            high = spec.get("max_value", MAX_SAFE_INTEGER)
            if value < low:
                raise OptionError(f"{where} must be at least {low} (got {value})")
            if value > high:
                raise OptionError(f"{where} must be at most {high} (got {value})")
        elif kind == 5:
            if not isinstance(value, bool):
                raise OptionError(expected)
        else:
            return self._resolve_snowflake(kind, spec, value, resolved, expected)
        choices = spec.get("choices")
        if choices and not any(c["value"] == value for c in choices):
            listed = ", ".join(f"{c['value']!r} ({c['name']})" for c in choices)
            raise OptionError(f"{where} must be one of: {listed}; got {value!r}")
        return value

    def _resolve_snowflake(
        self,
        kind: int,
        spec: dict[str, Any],
        value: Any,
        resolved: dict[str, dict[str, Any]],
        expected: str,
    ) -> str:
        """Users, channels and roles travel as ids plus a ``resolved`` section, like Discord's."""
        if kind == 6:
            user = value if isinstance(value, OfflineUser) else self._users.get(value)
            if user is None:
                raise OptionError(f"{expected} (pass an OfflineUser or a known user id)")
            self.add_user(user)
            resolved.setdefault("users", {})[str(user.id)] = self._user_payload(user)
            member = self._member_payload(user, with_user=False)
            resolved.setdefault("members", {})[str(user.id)] = member
            return str(user.id)
        if kind == 7:
            known = isinstance(value, int) and value in self._channels
            if not known or value in self._deleted_channels:
                raise OptionError(f"{expected} (pass the id of an existing text channel)")
            allowed = spec.get("channel_types")
            if allowed is not None and 0 not in allowed:
                raise OptionError(f"{expected}: only channel types {allowed} are offered")
            payload = self._channel_payload(value, self._channels[value])
            payload["permissions"] = str(_EVERYONE_PERMISSIONS.value)
            resolved.setdefault("channels", {})[str(value)] = payload
            return str(value)
        roles = {role["id"]: role for role in self._role_payloads()}
        if str(value) not in roles or isinstance(value, bool):
            raise OptionError(f"{expected} (known role ids: {', '.join(roles)})")
        resolved.setdefault("roles", {})[str(value)] = roles[str(value)]
        return str(value)

    def _command_id(self, name: str, guild_id: int | None) -> int:
        key = (name, guild_id)
        if key not in self._command_ids:
            self._command_ids[key] = self._next_id()
        return self._command_ids[key]

    # ------------------------------------------------------------------ transports

    async def _http_request(
        self,
        route: Route,
        *,
        files: Sequence[discord.File] | None = None,
        form: Iterable[dict[str, Any]] | None = None,
        **kwargs: Any,
    ) -> Any:
        """Replaces ``HTTPClient.request``: the bot-token REST API."""
        body, names = _unpack(kwargs.get("json"), form)
        return await self._exchange(route, self._http_routes, body, names, webhook=False)

    async def _webhook_request(
        self,
        route: Route,
        payload: dict[str, Any] | None,
        multipart: list[dict[str, Any]] | None,
    ) -> Any:
        body, names = _unpack(payload, multipart)
        return await self._exchange(route, self._webhook_routes, body, names, webhook=True)

    async def _exchange(
        self,
        route: Route,
        handlers: dict[str, _Handler],
        body: dict[str, Any],
        files: list[str],
        *,
        webhook: bool,
    ) -> Any:
        """Reproduces the retry and error-mapping loop of the discord.py transport in use.

        Reproduced rather than run for real because the real one sleeps for seconds; here the
        waits advance a virtual clock instead, which still counts against response deadlines.
        """
        key = f"{route.method} {route.path}"
        handler = handlers.get(key)
        if handler is None:
            reply = self._unsimulated(key)
            raise self._exception(reply, route)
        params = _route_params(route)
        reply = _Reply(500)
        for attempt in range(5):
            await asyncio.sleep(0)
            self.requests[key] += 1
            reply = handler(params, body, files)
            if reply.ok:
                return reply.body
            if reply.status == TIMEOUT:
                # What aiohttp raises when Discord does not answer in time; discord.py passes
                # it on without retrying, and the request may or may not have taken effect.
                raise aiohttp.ServerTimeoutError(f"offline: {key} timed out")
            if reply.status == 429:
                retry_after = float(reply.body["retry_after"])
                limit = self.bot.http.max_ratelimit_timeout
                if not webhook and limit and retry_after > limit:
                    raise discord.RateLimited(retry_after)
                self._clock_offset += retry_after
                continue
            if reply.status >= 500 and (webhook or reply.status in _HTTP_RETRIED):
                self._clock_offset += 1 + attempt * 2
                continue
            raise self._exception(reply, route)
        raise self._exception(reply, route)

    def _exception(self, reply: _Reply, route: Route) -> discord.HTTPException:
        response = cast(aiohttp.ClientResponse, _FakeResponse(reply, route.method, route.url))
        if reply.violation is not None:
            rejected = _REJECTED.get(reply.status, DiscordRejected)
            return rejected(response, reply.body, reply.violation)
        if reply.status == 403:
            return discord.Forbidden(response, reply.body)
        if reply.status == 404:
            return discord.NotFound(response, reply.body)
        if reply.status >= 500:
            return discord.DiscordServerError(response, reply.body)
        return discord.HTTPException(response, reply.body)

    def _unsimulated(self, key: str) -> _Reply:
        """An unknown route is a gap in the simulator; it is loud so nobody trusts a pass."""
        text = f"not simulated offline: {key} (extend bot/offline.py)"
        self.violations.append(text)
        return _Reply(404, _error(0, text))

    def _reject(
        self, status: int, code: int, message: str, where: str, problems: list[tuple[str, str, str]]
    ) -> _Reply:
        details = "; ".join(f"{path}: {text}" for path, _, text in problems)
        violation = f"{where}: {status} (code {code}) {message}" + (
            f": {details}" if details else ""
        )
        self.violations.append(violation)
        return _Reply(status, _error(code, message, _nest(problems)), violation)

    def _validate(self, message: dict[str, Any], where: str, prefix: str = "") -> _Reply | None:
        problems = _message_problems(message, prefix)
        if problems:
            return self._reject(400, 50035, "Invalid Form Body", where, problems)
        if _is_empty(message):
            return self._reject(400, 50006, "Cannot send an empty message", where, [])
        return None

    def _take_fault(self, route: str) -> _Fault | None:
        self.requests[route] += 1
        queue = self._faults.get(route)
        if not queue:
            return None
        fault = queue[0]
        fault.remaining -= 1
        if fault.remaining == 0:
            queue.popleft()
        return fault

    # ------------------------------------------------------------------ REST handlers

    def _create_message(
        self, params: dict[str, str], body: dict[str, Any], files: list[str]
    ) -> _Reply:
        channel_id = int(params["channel_id"])
        recipient = self._dm_recipient.get(channel_id)
        route = "channel" if recipient is None else "dm"
        where = (
            f"#{self.channel_name(channel_id)}"
            if recipient is None
            else f"DM to {self.user_name(recipient)}"
        )
        fault = self._take_fault(route)
        if fault is not None and not fault.after_create:
            return fault.reply()
        if channel_id in self._deleted_channels or (
            recipient is None and channel_id not in self._channels
        ):
            return _Reply(404, _error(10003, "Unknown Channel"))
        if recipient in self._closed_dms:
            return _Reply(403, _error(50007, "Cannot send messages to this user"))
        message = self._message_body(channel_id, body, files)
        rejected = self._validate(message, where)
        if rejected is not None:
            return rejected
        nonce = body.get("nonce")
        duplicate = self._recent_nonce(channel_id, nonce) if body.get("enforce_nonce") else None
        if duplicate is None:
            self._store(message, route, body, recipient=recipient)
            if nonce is not None:
                self._nonces[(channel_id, str(nonce))] = (self._wall(), message)
            self._append_record({"route": route, "recipient_id": recipient, "message": message})
        else:
            self._append_record({"dropped_nonce": str(nonce)})
        if fault is not None:
            return fault.reply()
        return _Reply(200, duplicate or message)

    def _recent_nonce(self, channel_id: int, nonce: Any) -> dict[str, Any] | None:
        """The message already created in this channel with this nonce, if within the window."""
        if nonce is None:
            return None
        found = self._nonces.get((channel_id, str(nonce)))
        if found is None or self._wall() - found[0] > NONCE_WINDOW:
            return None
        return found[1]

    def _wall(self) -> float:
        """Wall-clock seconds (comparable across processes, unlike monotonic time)."""
        return time.time() + self._clock_offset

    # ------------------------------------------------------------------ persistent capture

    def _append_record(self, entry: dict[str, Any]) -> None:
        """Appends a created message (or a repeat dropped by its nonce) to ``record_path`` and
        makes it durable before the HTTP call returns, as Discord's own storage would be: a
        process killed right after can neither lose it nor, thanks to the nonce, see it
        created twice after a restart."""
        if self.record_path is None:
            return
        line = {"at": self._wall(), **entry}
        with self.record_path.open("ab+") as file:
            # A process killed mid-write may have left a partial line: never glue onto it.
            end = file.seek(0, os.SEEK_END)
            start = b""
            if end:
                file.seek(end - 1)
                start = b"" if file.read(1) == b"\n" else b"\n"
            file.write(start + json.dumps(line).encode() + b"\n")
            file.flush()
            os.fsync(file.fileno())

    def _load_record(self) -> None:
        """Restores what earlier processes recorded: nonces (so de-duplication works across a
        restart) and DM channels (a user's DM channel keeps its id on Discord)."""
        if self.record_path is None:
            return
        for line in _record_lines(self.record_path):
            message = line.get("message")
            if message is None:
                continue
            channel_id = int(message["channel_id"])
            recipient = line.get("recipient_id")
            if recipient is not None:
                self._dm_by_user[int(recipient)] = channel_id
                self._dm_recipient[channel_id] = int(recipient)
            if message.get("nonce") is not None:
                self._nonces[(channel_id, str(message["nonce"]))] = (float(line["at"]), message)

    @staticmethod
    def read_record(path: Path) -> list[dict[str, Any]]:
        """The messages a record file holds, in creation order, for tests to count."""
        return [line["message"] for line in _record_lines(path) if "message" in line]

    @staticmethod
    def dropped_repeats(path: Path) -> list[str]:
        """Nonces of sends Discord answered with an existing message instead of a new one."""
        return [line["dropped_nonce"] for line in _record_lines(path) if "dropped_nonce" in line]

    def _edit_channel_message(
        self, params: dict[str, str], body: dict[str, Any], files: list[str]
    ) -> _Reply:
        return self._edit(int(params["message_id"]), body, files, "edit", ephemeral=False)

    def _delete_message(
        self, params: dict[str, str], body: dict[str, Any], files: list[str]
    ) -> _Reply:
        if self._messages.pop(int(params["message_id"]), None) is None:
            return _Reply(404, _error(10008, "Unknown Message"))
        return _Reply(204)

    def _get_message(
        self, params: dict[str, str], body: dict[str, Any], files: list[str]
    ) -> _Reply:
        message = self._messages.get(int(params["message_id"]))
        return _Reply(200, message) if message else _Reply(404, _error(10008, "Unknown Message"))

    def _get_channel(
        self, params: dict[str, str], body: dict[str, Any], files: list[str]
    ) -> _Reply:
        channel_id = int(params["channel_id"])
        if channel_id in self._dm_recipient:
            return _Reply(200, self._dm_payload(channel_id, self._dm_recipient[channel_id]))
        if channel_id not in self._channels or channel_id in self._deleted_channels:
            return _Reply(404, _error(10003, "Unknown Channel"))
        return _Reply(200, self._channel_payload(channel_id, self._channels[channel_id]))

    def _create_dm(self, params: dict[str, str], body: dict[str, Any], files: list[str]) -> _Reply:
        fault = self._take_fault("create_dm")
        if fault is not None:
            return fault.reply()
        user_id = int(body["recipient_id"])
        if user_id not in self._dm_by_user:
            channel_id = self._next_id()
            self._dm_by_user[user_id] = channel_id
            self._dm_recipient[channel_id] = user_id
        return _Reply(200, self._dm_payload(self._dm_by_user[user_id], user_id))

    def _get_user(self, params: dict[str, str], body: dict[str, Any], files: list[str]) -> _Reply:
        user = self._users.get(int(params["user_id"]))
        return (
            _Reply(200, self._user_payload(user))
            if user
            else _Reply(404, _error(10013, "Unknown User"))
        )

    def _get_member(self, params: dict[str, str], body: dict[str, Any], files: list[str]) -> _Reply:
        user = self._users.get(int(params["member_id"]))
        if user is None or int(params["guild_id"]) != self.guild_id:
            return _Reply(404, _error(10007, "Unknown Member"))
        return _Reply(200, self._member_payload(user))

    def _application_info(
        self, params: dict[str, str], body: dict[str, Any], files: list[str]
    ) -> _Reply:
        return _Reply(
            200,
            {
                "id": str(self.application_id),
                "name": self.user_name(self.bot_id),
                "description": "",
                "icon": None,
                "rpc_origins": [],
                "bot_public": False,
                "bot_require_code_grant": False,
                "owner": self._user_payload(self.owner),
                "summary": "",
                "verify_key": "",
                "flags": 0,
            },
        )

    def _sync_commands(self, params: dict[str, str], body: Any, files: list[str]) -> _Reply:
        guild_id = int(params["guild_id"]) if "guild_id" in params else None
        synced = []
        for command in cast(list[dict[str, Any]], body):
            permissions = command.get("default_member_permissions")
            synced.append(
                command
                | {
                    "id": str(self._command_id(command["name"], guild_id)),
                    "application_id": str(self.application_id),
                    "version": "1",
                    "default_member_permissions": None if permissions is None else str(permissions),
                }
                | ({"guild_id": str(guild_id)} if guild_id is not None else {})
            )
        return _Reply(200, synced)

    # ------------------------------------------------------------------ interaction handlers

    def _record_for(self, params: dict[str, str]) -> _InteractionRecord:
        return self._interactions[params["webhook_token"]]

    def _callback(self, params: dict[str, str], body: dict[str, Any], files: list[str]) -> _Reply:
        record = self._record_for(params)
        response_type = int(body["type"])
        data = dict(body.get("data") or {})
        route = "autocomplete" if response_type == 8 else "response"
        fault = self._take_fault(route)
        if fault is not None and not fault.after_create:
            return fault.reply()
        where = f"{record.label} ({route})"
        if record.acknowledged:
            return self._reject(400, 40060, "Interaction has already been acknowledged", where, [])
        late = self._now() - record.started
        if late > self.response_deadline:
            record.refused = True
            return self._reject(
                404,
                10062,
                f"Unknown interaction (answered after {late:.2f} s, "
                f"limit {self.response_deadline:g} s)",
                where,
                [],
            )
        if response_type == 8:
            reply = self._autocomplete_result(record, data, where)
        else:
            reply = self._initial_response(record, response_type, data, files, where)
        if fault is not None and reply.ok:
            return fault.reply()
        return reply

    def _autocomplete_result(
        self, record: _InteractionRecord, data: dict[str, Any], where: str
    ) -> _Reply:
        choices = list(data.get("choices") or [])
        problems: list[tuple[str, str, str]] = []
        if len(choices) > MAX_CHOICES:
            problems.append(
                ("data.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
            )
        for index, choice in enumerate(choices):
            for key in ("name", "value"):
                problems += _length_problem(
                    f"data.choices.{index}.{key}", choice.get(key), MAX_CHOICE_TEXT
                )
        if problems:
            record.refused = True
            return self._reject(400, 50035, "Invalid Form Body", where, problems)
        record.acknowledged = True
        record.choices = choices
        self.transcript.append(
            Sent("autocomplete", record.channel_id, None, [], True, None, None, choices)
        )
        return _Reply(204)

    def _initial_response(
        self,
        record: _InteractionRecord,
        response_type: int,
        data: dict[str, Any],
        files: list[str],
        where: str,
    ) -> _Reply:
        ephemeral = bool(int(data.get("flags") or 0) & EPHEMERAL)
        deferred = response_type in (5, 6)
        message: dict[str, Any] | None = None
        if response_type in (4, 5):
            message = self._message_body(record.channel_id, data, files, interaction=True)
            if response_type == 5:
                message["flags"] = int(message["flags"]) | LOADING
            else:
                rejected = self._validate(message, where, prefix="data.")
                if rejected is not None:
                    record.refused = True
                    return rejected
            self._messages[int(message["id"])] = message
            record.original_id = int(message["id"])
        record.acknowledged = True
        record.ephemeral = ephemeral
        record.defer_pending = response_type == 5
        self.transcript.append(
            Sent(
                "response",
                record.channel_id,
                None if deferred else (data.get("content") or None),
                [] if deferred else list(data.get("embeds") or []),
                ephemeral,
                data.get("allowed_mentions"),
                None,
                None,
                deferred=deferred,
                message_id=record.original_id,
                attachments=files,
                components=list(data.get("components") or []),
            )
        )
        interaction: dict[str, Any] = {
            "id": str(record.id),
            "type": record.type,
            "response_message_loading": response_type == 5,
            "response_message_ephemeral": ephemeral,
        }
        answer: dict[str, Any] = {"interaction": interaction}
        if message is not None:
            interaction["response_message_id"] = message["id"]
            answer["resource"] = {"type": response_type, "message": message}
        return _Reply(200, answer)

    def _followup(self, params: dict[str, str], body: dict[str, Any], files: list[str]) -> _Reply:
        record = self._record_for(params)
        fault = self._take_fault("followup")
        if fault is not None and not fault.after_create:
            return fault.reply()
        where = f"{record.label} (followup)"
        if not record.acknowledged:
            return self._reject(
                404,
                10015,
                "Unknown Webhook (follow-up sent before any initial response)",
                where,
                [],
            )
        message = self._message_body(record.channel_id, body, files, interaction=True)
        rejected = self._validate(message, where)
        if rejected is not None:
            return rejected
        if record.defer_pending:
            # The first follow-up replaces the "thinking..." message and keeps its visibility.
            record.defer_pending = False
            ephemeral = record.ephemeral
            if record.original_id is not None:
                self._messages.pop(record.original_id, None)
            record.original_id = int(message["id"])
        else:
            ephemeral = bool(int(body.get("flags") or 0) & EPHEMERAL)
        message["flags"] = (int(message["flags"]) & ~EPHEMERAL) | (EPHEMERAL if ephemeral else 0)
        self._store(message, "followup", body, ephemeral=ephemeral)
        if fault is not None:
            return fault.reply()
        return _Reply(200, message)

    def _get_original(
        self, params: dict[str, str], body: dict[str, Any], files: list[str]
    ) -> _Reply:
        record = self._record_for(params)
        message = self._messages.get(record.original_id or 0)
        return _Reply(200, message) if message else _Reply(404, _error(10008, "Unknown Message"))

    def _edit_original(
        self, params: dict[str, str], body: dict[str, Any], files: list[str]
    ) -> _Reply:
        record = self._record_for(params)
        if not record.acknowledged:
            return self._reject(
                404,
                10015,
                "Unknown Webhook (original response edited before any initial response)",
                f"{record.label} (edit)",
                [],
            )
        reply = self._edit(record.original_id or 0, body, files, "edit", ephemeral=record.ephemeral)
        if reply.ok:
            record.defer_pending = False
        return reply

    def _delete_original(
        self, params: dict[str, str], body: dict[str, Any], files: list[str]
    ) -> _Reply:
        record = self._record_for(params)
        if self._messages.pop(record.original_id or 0, None) is None:
            return _Reply(404, _error(10008, "Unknown Message"))
        return _Reply(204)

    def _edit_followup(
        self, params: dict[str, str], body: dict[str, Any], files: list[str]
    ) -> _Reply:
        message_id = int(params["message_id"])
        stored = self._messages.get(message_id) or {}
        ephemeral = bool(int(stored.get("flags") or 0) & EPHEMERAL)
        return self._edit(message_id, body, files, "edit", ephemeral=ephemeral)

    def _edit(
        self,
        message_id: int,
        body: dict[str, Any],
        files: list[str],
        route: str,
        *,
        ephemeral: bool,
    ) -> _Reply:
        fault = self._take_fault(route)
        if fault is not None and not fault.after_create:
            return fault.reply()
        current = self._messages.get(message_id)
        if current is None:
            return _Reply(404, _error(10008, "Unknown Message"))
        edited = dict(current)
        for key in ("content", "embeds", "components"):
            if key in body:
                edited[key] = body[key] or ([] if key != "content" else "")
        if "attachments" in body:
            # The bot lists the attachments to keep by id; new files come after them.
            kept = {str(a.get("id")) for a in body["attachments"] or []}
            old = [a for a in current.get("attachments") or [] if a["id"] in kept]
            edited["attachments"] = old + self._attachments(files)
        edited["flags"] = int(current.get("flags") or 0) & ~LOADING
        edited["edited_timestamp"] = discord.utils.utcnow().isoformat()
        where = f"edit of message {message_id} in {self.channel_name(int(current['channel_id']))}"
        rejected = self._validate(edited, where)
        if rejected is not None:
            return rejected
        self._messages[message_id] = edited
        self._record(edited, route, body, ephemeral=ephemeral)
        if fault is not None:
            return fault.reply()
        return _Reply(200, edited)

    # ------------------------------------------------------------------ messages

    def _message_body(
        self, channel_id: int, body: dict[str, Any], files: list[str], *, interaction: bool = False
    ) -> dict[str, Any]:
        """A message payload as Discord returns it, so discord.py can build real Message objects."""
        message_id = self._next_id()
        message: dict[str, Any] = {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "author": self._bot_user_payload(),
            "content": body.get("content") or "",
            "embeds": list(body.get("embeds") or []),
            "attachments": self._attachments(files),
            "components": list(body.get("components") or []),
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": bool(body.get("tts")),
            "timestamp": discord.utils.snowflake_time(message_id).isoformat(),
            "edited_timestamp": None,
            "flags": int(body.get("flags") or 0),
            "type": 20 if interaction else (19 if body.get("message_reference") else 0),
        }
        for key in ("nonce", "message_reference", "sticker_ids", "poll"):
            if body.get(key) is not None:
                message[key] = body[key]
        if channel_id in self._channels:
            message["guild_id"] = str(self.guild_id)
        if interaction:
            message["webhook_id"] = str(self.application_id)
            message["application_id"] = str(self.application_id)
        return message

    def _attachments(self, files: list[str]) -> list[dict[str, Any]]:
        attachments = []
        for name in files:
            attachment_id = self._next_id()
            url = f"https://cdn.discordapp.com/attachments/offline/{attachment_id}/{name}"
            attachments.append(
                {
                    "id": str(attachment_id),
                    "filename": name,
                    "size": 0,
                    "url": url,
                    "proxy_url": url,
                }
            )
        return attachments

    def _store(
        self,
        message: dict[str, Any],
        route: str,
        body: dict[str, Any],
        *,
        ephemeral: bool = False,
        recipient: int | None = None,
    ) -> None:
        self._messages[int(message["id"])] = message
        self._record(message, route, body, ephemeral=ephemeral, recipient=recipient)

    def _record(
        self,
        message: dict[str, Any],
        route: str,
        body: dict[str, Any],
        *,
        ephemeral: bool,
        recipient: int | None = None,
    ) -> None:
        nonce = message.get("nonce")
        self.transcript.append(
            Sent(
                route,
                int(message["channel_id"]),
                message.get("content") or None,
                list(message.get("embeds") or []),
                ephemeral,
                body.get("allowed_mentions"),
                None if nonce is None else str(nonce),
                None,
                recipient_id=recipient,
                message_id=int(message["id"]),
                attachments=[a["filename"] for a in message.get("attachments") or []],
                components=list(message.get("components") or []),
            )
        )

    # ------------------------------------------------------------------ payloads

    def _next_id(self) -> int:
        """Snowflakes with the current time, because discord.py derives created_at from them."""
        candidate = (
            discord.utils.time_snowflake(discord.utils.utcnow()) + next(self._counter) % 4096
        )
        self._last_id = max(candidate, self._last_id + 1)
        return self._last_id

    def _now(self) -> float:
        return time.monotonic() + self._clock_offset

    def _permissions(self, user: OfflineUser) -> discord.Permissions:
        if user.id == self.owner.id:
            return discord.Permissions.all()
        value = _EVERYONE_PERMISSIONS.value
        if user.manage_guild:
            value |= _MANAGER_PERMISSIONS.value
        return discord.Permissions(value)

    def _bot_user_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.bot_id),
            "username": "confbot",
            "global_name": "Conference Bot",
            "discriminator": "0",
            "avatar": None,
            "bot": True,
            "verified": True,
            "mfa_enabled": False,
            "flags": 0,
        }

    def _user_payload(self, user: OfflineUser) -> dict[str, Any]:
        return {
            "id": str(user.id),
            "username": user.name,
            "global_name": user.name,
            "discriminator": "0",
            "avatar": None,
        }

    def _member_payload(self, user: OfflineUser, *, with_user: bool = True) -> dict[str, Any]:
        member: dict[str, Any] = {
            "roles": [str(MANAGER_ROLE_ID)] if user.manage_guild else [],
            "joined_at": "2019-05-06T09:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "nick": None,
            "avatar": None,
            "premium_since": None,
            "communication_disabled_until": None,
            "permissions": str(self._permissions(user).value),
        }
        if with_user:
            member["user"] = self._user_payload(user)
        return member

    def _bot_member_payload(self, *, with_user: bool = True) -> dict[str, Any]:
        member: dict[str, Any] = {
            "roles": [],
            "joined_at": "2019-05-01T09:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
        }
        if with_user:
            member["user"] = self._bot_user_payload()
        return member

    def _role_payloads(self) -> list[dict[str, Any]]:
        def role(role_id: int, name: str, permissions: int, position: int) -> dict[str, Any]:
            return {
                "id": str(role_id),
                "name": name,
                "color": 0,
                "hoist": False,
                "icon": None,
                "unicode_emoji": None,
                "position": position,
                "permissions": str(permissions),
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }

        return [
            role(self.guild_id, "@everyone", _EVERYONE_PERMISSIONS.value, 0),
            role(MANAGER_ROLE_ID, "Organisers", _MANAGER_PERMISSIONS.value, 1),
        ]

    def _channel_payload(self, channel_id: int, name: str, position: int = 0) -> dict[str, Any]:
        return {
            "id": str(channel_id),
            "type": 0,
            "guild_id": str(self.guild_id),
            "name": name,
            "position": position,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "flags": 0,
        }

    def _dm_payload(self, channel_id: int, user_id: int) -> dict[str, Any]:
        user = self._users.get(user_id) or OfflineUser(user_id, f"user {user_id}")
        return {
            "id": str(channel_id),
            "type": 1,
            "recipients": [self._user_payload(user)],
            "last_message_id": None,
            "flags": 0,
        }

    def _guild_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.guild_id),
            "name": self.guild_name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner.id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "vanity_url_code": None,
            "premium_progress_bar_enabled": False,
            "features": [],
            "roles": self._role_payloads(),
            "emojis": [],
            "stickers": [],
            "channels": [
                self._channel_payload(channel_id, name, position)
                for position, (channel_id, name) in enumerate(self._channels.items())
            ],
            "members": [self._bot_member_payload()],
            "member_count": 1,
            "large": False,
            "unavailable": False,
            "joined_at": "2019-05-01T09:00:00+00:00",
            "threads": [],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }


def _record_lines(path: Path) -> list[dict[str, Any]]:
    """The complete lines of a record file (a write cut short by a kill is skipped)."""
    if not path.exists():
        return []
    found = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        try:
            found.append(json.loads(raw))
        except json.JSONDecodeError:
            continue
    return found


def _is_dispatch_task(task: asyncio.Task[Any]) -> bool:
    name = task.get_name()
    return name == _TREE_TASK_NAME or name.startswith(_DISPATCH_TASK_PREFIX)


def _restore_attribute(obj: object, name: str, previous: Callable[..., Awaitable[None]]) -> None:
    """Drops our instance-level wrapper, keeping any handler the bot had set on the instance."""
    if getattr(previous, "__self__", None) is obj:
        delattr(obj, name)
    else:
        setattr(obj, name, previous)

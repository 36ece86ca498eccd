"""What Discord knows while it plays one guild, shared by the routes and the harness.

Channels, members, DM channels and interactions in flight on Discord's side, plus everything
the bot sent (the transcript) or was refused for (the violations). Keeping it in one object
lets each route module hold only its own protocol and the harness only drive the bot.
"""

from __future__ import annotations

import collections
import itertools
from dataclasses import dataclass, field
from typing import Any, cast

import discord
from discord.ext import commands

from bot.discord import limits
from bot.offline import payloads
from bot.offline.checks import Problem, error_body, is_empty, message_problems, too_large
from bot.offline.faults import Faults
from bot.offline.payloads import BOT_USER_ID, OWNER_USER_ID, OfflineUser
from bot.offline.transport import Reply, Upload, VirtualClock


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
    files: list[Upload] = field(default_factory=list)
    """The attached files with their bytes, as a reader would download them."""


@dataclass
class InteractionRecord:
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
    original: dict[str, Any] | None = None
    choices: list[dict[str, Any]] | None = None


class OfflineState:
    """Discord's side of one guild."""

    def __init__(
        self,
        bot: commands.Bot,
        *,
        guild_id: int,
        guild_name: str,
        channel_id: int,
        channel_name: str,
        response_deadline: float,
        guild_locale: str = "en-US",
    ) -> None:
        self.bot = bot
        self.guild_id = guild_id
        self.guild_name = guild_name
        self.guild_locale = guild_locale
        self.channel_id = channel_id
        self.response_deadline = response_deadline
        self.owner = OfflineUser(OWNER_USER_ID, "owner", manage_guild=True)
        # Everything Discord accepted, in order, including sends from background tasks.
        self.transcript: list[Sent] = []
        # What Discord (or its client) would have refused, and routes not simulated.
        self.violations: list[str] = []
        # Every attempt, by what the bot did ("channel", "dm"...) and by REST route template.
        self.requests: collections.Counter[str] = collections.Counter()
        self.clock = VirtualClock()
        self.faults = Faults(self.requests)
        self.channels: dict[int, str] = {channel_id: channel_name}
        self.deleted_channels: set[int] = set()
        self.bot_denied: dict[int, discord.Permissions] = {}
        """What a server admin denied the bot in a channel (a member overwrite)."""
        self.users: dict[int, OfflineUser] = {self.owner.id: self.owner}
        self.dm_by_user: dict[int, int] = {}
        self.dm_recipient: dict[int, int] = {}
        self.closed_dms: set[int] = set()
        self.granted_to_everyone: set[str] = set()
        self.interactions: dict[str, InteractionRecord] = {}
        # Every message the bot made, by id, as Discord holds it: what a click is made on.
        self.messages: dict[int, dict[str, Any]] = {}
        self._command_ids: dict[tuple[str, int | None], int] = {}
        self._counter = itertools.count(1)
        self._last_id = 0

    @property
    def bot_id(self) -> int:
        return self.bot.user.id if self.bot.user else BOT_USER_ID

    @property
    def application_id(self) -> int:
        return self.bot.application_id or BOT_USER_ID

    def next_id(self) -> int:
        """Snowflakes with the current time, because discord.py derives created_at from them."""
        candidate = (
            discord.utils.time_snowflake(discord.utils.utcnow()) + next(self._counter) % 4096
        )
        self._last_id = max(candidate, self._last_id + 1)
        return self._last_id

    def command_id(self, name: str, guild_id: int | None) -> int:
        """The same id for a command whether the bot syncs it or a user invokes it."""
        key = (name, guild_id)
        if key not in self._command_ids:
            self._command_ids[key] = self.next_id()
        return self._command_ids[key]

    def text_channel(self, channel_id: int, position: int = 0) -> dict[str, Any]:
        """A channel's payload, with the overwrite that denies the bot what it may not do."""
        denied = self.bot_denied.get(channel_id)
        return payloads.text_channel(
            self.guild_id,
            channel_id,
            self.channels[channel_id],
            position,
            None if denied is None else (self.bot_id, denied),
        )

    def dm_channel_with(self, user_id: int) -> int:
        """The DM channel between the bot and a user, opened on first use (it keeps its id)."""
        if user_id not in self.dm_by_user:
            channel_id = self.next_id()
            self.dm_by_user[user_id] = channel_id
            self.dm_recipient[channel_id] = user_id
        return self.dm_by_user[user_id]

    def bot_may_post(self, channel_id: int) -> bool:
        """Whether Discord lets the bot post in a guild channel (view it and send there)."""
        denied = self.bot_denied.get(channel_id, discord.Permissions.none())
        return not (denied.view_channel or denied.send_messages)

    def permissions(self, user: OfflineUser) -> discord.Permissions:
        return payloads.permissions(user, self.owner.id)

    def member(self, user: OfflineUser, *, with_user: bool = True) -> dict[str, Any]:
        return payloads.member(user, self.owner.id, with_user=with_user)

    def channel_name(self, channel_id: int) -> str:
        if channel_id in self.dm_recipient:
            return f"DM with {self.user_name(self.dm_recipient[channel_id])}"
        return self.channels.get(channel_id, f"unknown channel {channel_id}")

    def user_name(self, user_id: int) -> str:
        if user_id == self.bot_id:
            return self.bot.user.name if self.bot.user else "bot"
        user = self.users.get(user_id)
        return user.name if user else f"unknown user {user_id}"

    def add_user(self, user: OfflineUser) -> None:
        """Makes a member known; the bot's member cache gets them only if its intents would
        have let discord.py cache members, so relying on ``get_member`` without the members
        intent fails here as it would in production."""
        self.users[user.id] = user
        guild = self.bot.get_guild(self.guild_id)
        state = self.bot._connection
        if guild is None or not state.member_cache_flags.joined:
            return
        if guild.get_member(user.id) is not None:
            return
        member = discord.Member(data=cast(Any, self.member(user)), guild=guild, state=state)
        guild._add_member(member)
        guild._member_count = (guild._member_count or 0) + 1

    def reject(
        self, status: int, code: int, message: str, where: str, problems: list[Problem]
    ) -> Reply:
        """Discord's answer to a bot mistake, kept as a violation."""
        details = "; ".join(f"{path}: {text}" for path, _, text in problems)
        violation = f"{where}: {status} (code {code}) {message}" + (
            f": {details}" if details else ""
        )
        self.violations.append(violation)
        return Reply(status, error_body(code, message, problems), violation)

    def validate(self, message: dict[str, Any], where: str, prefix: str = "") -> Reply | None:
        """The refusal Discord answers this message with, or None when it would accept it."""
        if too_large(message):
            limit = f"{limits.ATTACHMENT_BYTES // (1024 * 1024)} MiB"
            return self.reject(413, 40005, f"Request entity too large (over {limit})", where, [])
        problems = message_problems(message, prefix)
        if problems:
            return self.reject(400, 50035, "Invalid Form Body", where, problems)
        if is_empty(message):
            return self.reject(400, 50006, "Cannot send an empty message", where, [])
        return None

    def bot_message(
        self,
        channel_id: int,
        body: dict[str, Any],
        files: list[Upload],
        *,
        interaction: bool = False,
    ) -> dict[str, Any]:
        """The message Discord would create from what the bot sent."""
        message_id = self.next_id()
        attachments = [payloads.attachment(self.next_id(), f.name, len(f.data)) for f in files]
        author = payloads.bot_user(self.bot_id)
        message = payloads.created_message(message_id, channel_id, author, body, attachments)
        if channel_id in self.channels:
            message["guild_id"] = str(self.guild_id)
        if interaction:
            message["type"] = 20
            message["webhook_id"] = str(self.application_id)
            message["application_id"] = str(self.application_id)
        return message

    def record_sent(
        self,
        message: dict[str, Any],
        route: str,
        body: dict[str, Any],
        *,
        ephemeral: bool,
        recipient: int | None = None,
        files: list[Upload] | None = None,
    ) -> None:
        nonce = message.get("nonce")
        self.messages[int(message["id"])] = message
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
                files=list(files or []),
            )
        )

"""Messages the bot posts with its token: in guild channels and in DM channels it opens.

Besides the limits every message has, these routes carry the rules background sends depend
on: a deleted channel answers Unknown Channel, closed DMs answer 50007, and a repeated
enforced nonce is not created twice within Discord's window but answered with the first
message, which is what makes a retried send safe.
"""

from __future__ import annotations

from typing import Any

from bot.discord import limits
from bot.offline import payloads
from bot.offline.checks import error_body
from bot.offline.payloads import OfflineUser
from bot.offline.record_file import RecordFile
from bot.offline.state import OfflineState
from bot.offline.transport import Reply, Upload


class MessageRoutes:
    """``POST`` and ``GET /channels/{channel_id}/messages`` and ``POST /users/@me/channels``."""

    def __init__(self, state: OfflineState, record: RecordFile | None) -> None:
        self._state = state
        self._record = record
        self._nonces: dict[tuple[int, str], tuple[float, dict[str, Any]]] = {}

    def create_message(
        self, params: dict[str, str], body: dict[str, Any], files: list[Upload]
    ) -> Reply:
        state = self._state
        channel_id = int(params["channel_id"])
        recipient = state.dm_recipient.get(channel_id)
        route = "channel" if recipient is None else "dm"
        fault = state.faults.take(route)
        if fault is not None and not fault.after_create:
            return fault.reply()
        refused = self._unreachable(channel_id, recipient)
        if refused is not None:
            return refused
        message = state.bot_message(channel_id, body, files)
        where = (
            f"#{state.channel_name(channel_id)}"
            if recipient is None
            else f"DM to {state.user_name(recipient)}"
        )
        rejected = state.validate(message, where)
        if rejected is not None:
            return rejected
        nonce = body.get("nonce")
        duplicate = self._recent_nonce(channel_id, nonce) if body.get("enforce_nonce") else None
        if duplicate is None:
            state.record_sent(
                message, route, body, ephemeral=False, recipient=recipient, files=files
            )
            if nonce is not None:
                self._nonces[(channel_id, str(nonce))] = (state.clock.wall(), message)
            self._append({"route": route, "recipient_id": recipient, "message": message})
        else:
            self._append({"dropped_nonce": str(nonce)})
        if fault is not None:
            return fault.reply()
        return Reply(200, duplicate or message)

    def history(self, params: dict[str, str], body: Any, files: list[Upload]) -> Reply:
        """A channel's messages, newest first, after the snowflake ``after`` and at most
        ``limit`` (Discord's default 50, its cap 100). Like Discord, without their nonces: a
        read-back finds a message by what it shows."""
        state = self._state
        channel_id = int(params["channel_id"])
        refused = self._unreachable(channel_id, state.dm_recipient.get(channel_id))
        if refused is not None:
            return refused
        after = int(params.get("after", 0))
        limit = min(int(params.get("limit", 50)), 100)
        found = [
            {**message, "nonce": None}
            for message_id, message in sorted(state.messages.items(), reverse=True)
            if int(message["channel_id"]) == channel_id and message_id > after
        ]
        return Reply(200, found[:limit])

    def create_dm(self, params: dict[str, str], body: dict[str, Any], files: list[Upload]) -> Reply:
        """Opens (or finds again: it keeps its id on Discord) the DM channel with a user."""
        state = self._state
        fault = state.faults.take("create_dm")
        if fault is not None:
            return fault.reply()
        user_id = int(body["recipient_id"])
        if user_id not in state.dm_by_user:
            channel_id = state.next_id()
            self._open_dm(user_id, channel_id)
            self._append({"dm_channel": str(channel_id), "recipient_id": user_id})
        user = state.users.get(user_id) or OfflineUser(user_id, f"user {user_id}")
        return Reply(200, payloads.dm_channel(state.dm_by_user[user_id], user))

    def restore(self) -> None:
        """Takes back what earlier processes recorded: nonces, so de-duplication holds across
        a restart, and DM channels, which keep their ids."""
        if self._record is None:
            return
        for line in self._record.lines():
            if "dm_channel" in line:
                self._open_dm(int(line["recipient_id"]), int(line["dm_channel"]))
            message = line.get("message")
            if message is None:
                continue
            channel_id = int(message["channel_id"])
            self._state.messages[int(message["id"])] = message
            recipient = line.get("recipient_id")
            if recipient is not None:
                self._open_dm(int(recipient), channel_id)
            if message.get("nonce") is not None:
                self._nonces[(channel_id, str(message["nonce"]))] = (float(line["at"]), message)

    def _open_dm(self, user_id: int, channel_id: int) -> None:
        self._state.dm_by_user[user_id] = channel_id
        self._state.dm_recipient[channel_id] = user_id

    def _unreachable(self, channel_id: int, recipient: int | None) -> Reply | None:
        state = self._state
        if channel_id in state.deleted_channels or (
            recipient is None and channel_id not in state.channels
        ):
            return Reply(404, error_body(10003, "Unknown Channel"))
        if recipient in state.closed_dms:
            return Reply(403, error_body(50007, "Cannot send messages to this user"))
        if recipient is None and not state.bot_may_post(channel_id):
            return Reply(403, error_body(50013, "Missing Permissions"))
        return None

    def _recent_nonce(self, channel_id: int, nonce: Any) -> dict[str, Any] | None:
        """The message already created in this channel with this nonce, if within the window."""
        if nonce is None:
            return None
        found = self._nonces.get((channel_id, str(nonce)))
        if found is None or self._state.clock.wall() - found[0] > limits.NONCE_WINDOW_SECONDS:
            return None
        return found[1]

    def _append(self, entry: dict[str, Any]) -> None:
        if self._record is not None:
            self._record.append(entry, self._state.clock.wall())

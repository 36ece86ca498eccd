"""Discord-shaped payloads for the one guild the offline Discord plays.

discord.py builds its real objects (Guild, Member, Message, Interaction) from these dicts, so
each carries every key discord.py's parsers read; the values are plausible rather than random
so that a failing test prints something a person can read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

import discord

DEFAULT_GUILD_ID: Final = 900_000_000_000_000_001
DEFAULT_CHANNEL_ID: Final = 900_000_000_000_000_002
BOT_USER_ID: Final = 900_000_000_000_000_010
OWNER_USER_ID: Final = 900_000_000_000_000_011
MANAGER_ROLE_ID: Final = 900_000_000_000_000_020
QUIET_ROLE_ID: Final = 900_000_000_000_000_021
"""A role nobody may mention without the Mention All Roles permission (the bot has not)."""

EPHEMERAL: Final = 1 << 6
LOADING: Final = 1 << 7
"""Message flags: only the user can see it; it is the "is thinking..." of a deferral."""

EVERYONE_PERMISSIONS: Final = discord.Permissions(
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
MANAGER_PERMISSIONS: Final = discord.Permissions(manage_guild=True)


@dataclass(frozen=True)
class OfflineUser:
    """A guild member as the harness presents them to the bot."""

    id: int
    name: str
    manage_guild: bool = False
    locale: str = "en-US"
    """The language the person set in their Discord client, sent with each interaction."""


def permissions(person: OfflineUser, owner_id: int) -> discord.Permissions:
    """What a member may do in every channel: the owner anything, organisers manage the guild."""
    if person.id == owner_id:
        return discord.Permissions.all()
    value = EVERYONE_PERMISSIONS.value
    if person.manage_guild:
        value |= MANAGER_PERMISSIONS.value
    return discord.Permissions(value)


def bot_user(bot_id: int) -> dict[str, Any]:
    return {
        "id": str(bot_id),
        "username": "confbot",
        "global_name": "Conference Bot",
        "discriminator": "0",
        "avatar": None,
        "bot": True,
        "verified": True,
        "mfa_enabled": False,
        "flags": 0,
    }


def user(person: OfflineUser) -> dict[str, Any]:
    return {
        "id": str(person.id),
        "username": person.name,
        "global_name": person.name,
        "discriminator": "0",
        "avatar": None,
    }


def member(person: OfflineUser, owner_id: int, *, with_user: bool = True) -> dict[str, Any]:
    """A member with the permissions Discord computes into interaction payloads."""
    payload: dict[str, Any] = {
        "roles": [str(MANAGER_ROLE_ID)] if person.manage_guild else [],
        "joined_at": "2019-05-06T09:00:00+00:00",
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "nick": None,
        "avatar": None,
        "premium_since": None,
        "communication_disabled_until": None,
        "permissions": str(permissions(person, owner_id).value),
    }
    if with_user:
        payload["user"] = user(person)
    return payload


def bot_mention(bot_id: int) -> dict[str, Any]:
    """The bot as it appears in the ``mentions`` of a guild message."""
    return bot_user(bot_id) | {"member": bot_member(bot_id, with_user=False)}


def bot_member(bot_id: int, *, with_user: bool = True) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "roles": [],
        "joined_at": "2019-05-01T09:00:00+00:00",
        "deaf": False,
        "mute": False,
        "flags": 0,
    }
    if with_user:
        payload["user"] = bot_user(bot_id)
    return payload


def roles(guild_id: int) -> list[dict[str, Any]]:
    """@everyone (whose id is the guild's, as on Discord) and an organisers' role."""

    def role(
        role_id: int, name: str, permissions: int, position: int, mentionable: bool = True
    ) -> dict[str, Any]:
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
            "mentionable": mentionable,
            "flags": 0,
        }

    return [
        role(guild_id, "@everyone", EVERYONE_PERMISSIONS.value, 0),
        role(MANAGER_ROLE_ID, "Organisers", MANAGER_PERMISSIONS.value, 1),
        role(QUIET_ROLE_ID, "Volunteers", 0, 2, mentionable=False),
    ]


def text_channel(
    guild_id: int,
    channel_id: int,
    name: str,
    position: int = 0,
    bot_denied: tuple[int, discord.Permissions] | None = None,
) -> dict[str, Any]:
    """A text channel; `bot_denied` (the bot's id, what it may not do there) becomes the
    member overwrite a server admin would set."""
    overwrites = []
    if bot_denied is not None:
        bot_id, denied = bot_denied
        overwrites.append({"id": str(bot_id), "type": 1, "allow": "0", "deny": str(denied.value)})
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(guild_id),
        "name": name,
        "position": position,
        "permission_overwrites": overwrites,
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "flags": 0,
    }


def dm_channel(channel_id: int, recipient: OfflineUser) -> dict[str, Any]:
    return {
        "id": str(channel_id),
        "type": 1,
        "recipients": [user(recipient)],
        "last_message_id": None,
        "flags": 0,
    }


def guild(
    guild_id: int,
    name: str,
    owner_id: int,
    bot_id: int,
    channels: dict[int, str],
    locale: str = "en-US",
) -> dict[str, Any]:
    """GUILD_CREATE as the gateway sends it to a bot without the members intent."""
    return {
        "id": str(guild_id),
        "name": name,
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "banner": None,
        "description": None,
        "owner_id": str(owner_id),
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 1,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "premium_tier": 0,
        "preferred_locale": locale,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "public_updates_channel_id": None,
        "vanity_url_code": None,
        "premium_progress_bar_enabled": False,
        "features": [],
        "roles": roles(guild_id),
        "emojis": [],
        "stickers": [],
        "channels": [
            text_channel(guild_id, channel_id, channel_name, position)
            for position, (channel_id, channel_name) in enumerate(channels.items())
        ],
        "members": [bot_member(bot_id)],
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


def application(application_id: int, name: str, owner: OfflineUser) -> dict[str, Any]:
    return {
        "id": str(application_id),
        "name": name,
        "description": "",
        "icon": None,
        "rpc_origins": [],
        "bot_public": False,
        "bot_require_code_grant": False,
        "owner": user(owner),
        "summary": "",
        "verify_key": "",
        "flags": 0,
    }


def posted_message(
    message_id: int,
    channel_id: int,
    guild_id: int,
    author: OfflineUser,
    owner_id: int,
    content: str,
    mentions: list[dict[str, Any]],
) -> dict[str, Any]:
    """MESSAGE_CREATE for a message a member posted in a guild channel."""
    return _message(message_id, channel_id, author, content, mentions) | {
        "guild_id": str(guild_id),
        "member": member(author, owner_id, with_user=False),
    }


def direct_message(
    message_id: int, channel_id: int, author: OfflineUser, content: str
) -> dict[str, Any]:
    """MESSAGE_CREATE for a message a user wrote to the bot in their DM: no guild, no member."""
    return _message(message_id, channel_id, author, content, [])


def _message(
    message_id: int,
    channel_id: int,
    author: OfflineUser,
    content: str,
    mentions: list[dict[str, Any]],
) -> dict[str, Any]:
    """A plain text message as Discord sends it, wherever it was written."""
    return {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "author": user(author),
        "content": content,
        "timestamp": discord.utils.snowflake_time(message_id).isoformat(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": mentions,
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "components": [],
        "pinned": False,
        "type": 0,
        "flags": 0,
    }


def as_reply(
    message: dict[str, Any],
    to_message_id: int,
    guild_id: int,
    referenced: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The same message posted as a reply (type 19) to an earlier one in its channel; Discord
    sends the replied-to message along (`referenced`) when it still exists."""
    reference = {
        "message_id": str(to_message_id),
        "channel_id": message["channel_id"],
        "guild_id": str(guild_id),
    }
    replied = {"referenced_message": referenced} if referenced is not None else {}
    return message | {"type": 19, "message_reference": reference} | replied


def created_message(
    message_id: int,
    channel_id: int,
    author: dict[str, Any],
    body: dict[str, Any],
    attachments: list[dict[str, Any]],
) -> dict[str, Any]:
    """The message Discord returns for what the bot sent, so discord.py can build a Message."""
    message: dict[str, Any] = {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "author": author,
        "content": body.get("content") or "",
        "embeds": list(body.get("embeds") or []),
        "attachments": attachments,
        "components": list(body.get("components") or []),
        "mentions": [],
        "mention_roles": [],
        "mention_everyone": False,
        "pinned": False,
        "tts": bool(body.get("tts")),
        "timestamp": discord.utils.snowflake_time(message_id).isoformat(),
        "edited_timestamp": None,
        "flags": int(body.get("flags") or 0),
        "type": 19 if body.get("message_reference") else 0,
    }
    for key in ("nonce", "message_reference", "sticker_ids", "poll"):
        if body.get(key) is not None:
            message[key] = body[key]
    return message


def attachment(attachment_id: int, filename: str, size: int) -> dict[str, Any]:
    url = f"https://cdn.discordapp.com/attachments/offline/{attachment_id}/{filename}"
    return {
        "id": str(attachment_id),
        "filename": filename,
        "size": size,
        "url": url,
        "proxy_url": url,
    }


def interaction(
    interaction_id: int,
    application_id: int,
    kind: int,
    data: dict[str, Any],
    guild_id: int,
    channel: dict[str, Any],
    invoker: dict[str, Any],
    *,
    locale: str = "en-US",
    guild_locale: str = "en-US",
) -> dict[str, Any]:
    """INTERACTION_CREATE for a slash command (kind 2) or an autocomplete request (kind 4),
    carrying the invoker's client language and the server's, as Discord sends both."""
    return _interaction(interaction_id, application_id, kind, data, channel, locale) | {
        "guild_id": str(guild_id),
        "guild": {"id": str(guild_id), "locale": guild_locale, "features": []},
        "member": invoker,
        "guild_locale": guild_locale,
        "authorizing_integration_owners": {"0": str(guild_id)},
        "context": 0,
    }


def dm_interaction(
    interaction_id: int,
    application_id: int,
    kind: int,
    data: dict[str, Any],
    channel: dict[str, Any],
    invoker: OfflineUser,
) -> dict[str, Any]:
    """INTERACTION_CREATE for a command run in a DM with the bot (context 1): no guild, and
    the invoker as a user rather than a member."""
    return _interaction(interaction_id, application_id, kind, data, channel, "en-US") | {
        "user": user(invoker),
        "authorizing_integration_owners": {"0": "0"},
        "context": 1,
    }


def _interaction(
    interaction_id: int,
    application_id: int,
    kind: int,
    data: dict[str, Any],
    channel: dict[str, Any],
    locale: str,
) -> dict[str, Any]:
    """What every interaction carries, in a server or in a DM."""
    return {
        "id": str(interaction_id),
        "application_id": str(application_id),
        "type": kind,
        "token": interaction_token(interaction_id),
        "version": 1,
        "data": data,
        "channel_id": channel["id"],
        "channel": channel,
        "app_permissions": str(EVERYONE_PERMISSIONS.value),
        "locale": locale,
        "entitlements": [],
        "attachment_size_limit": 10 * 1024 * 1024,
    }


def interaction_token(interaction_id: int) -> str:
    """The token the bot answers with, by which the routes find the interaction again."""
    return f"offline-{interaction_id}"

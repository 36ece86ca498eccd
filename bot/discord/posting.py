"""Whether the bot can post in a channel, named the way Discord's settings name permissions.

Asked before a setting that makes the bot post later (announcements): an admin is told at once
what to grant, rather than finding out from the first announcement that never arrived.
"""

from __future__ import annotations

import discord

from bot.domain.errors import N_

NEEDED_TO_POST = (
    ("view_channel", N_("View Channel")),
    ("send_messages", N_("Send Messages")),
    ("embed_links", N_("Embed Links")),
)
MENTION_ROLES = N_("Mention @everyone, @here and All Roles")


def missing_to_post(
    channel: discord.abc.GuildChannel, me: discord.Member, role: discord.Role | None = None
) -> list[str]:
    """The permissions `me` lacks in `channel` to post embeds there and, when `role` is given,
    to ping it (a role not open to mentions needs the Mention All Roles permission)."""
    allowed = channel.permissions_for(me)
    missing = [label for name, label in NEEDED_TO_POST if not getattr(allowed, name)]
    if role is not None and not role.mentionable and not allowed.mention_everyone:
        missing.append(MENTION_ROLES)
    return missing

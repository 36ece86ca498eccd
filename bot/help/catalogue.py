"""The slash commands a member can use, read from the live command tree so help never goes
stale and never lists a command the member would not see in Discord's picker; and, for help
asked in chat, the ones only a server's moderators see, by the permission that shows them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

import discord
from discord import app_commands

from bot.i18n.catalogues import N_

MODERATORS: Final = {
    "manage_guild": N_("For members with the Manage Server permission"),
    "manage_events": N_("For members with the Manage Events permission"),
}
"""Each permission a command may need, as the title of the commands it shows: a member asking
in chat how to publish events or switch the server's conference learns the command, and that a
moderator runs it."""

Withheld = list[tuple[str, list[tuple[str, str]]]]
"""A permission's title, and the (qualified name, description) of each command it shows."""


def _root(
    command: app_commands.Command[Any, Any, Any],
) -> app_commands.Command[Any, Any, Any] | app_commands.Group:
    parent = command.root_parent
    return parent if parent is not None else command


def usable_commands(
    tree: app_commands.CommandTree[Any], permissions: discord.Permissions, *, in_guild: bool
) -> list[tuple[str, str]]:
    """(qualified name, description) of every command and subcommand the member may run.

    Discord hides a command whose default permissions the member lacks, and a server-only one
    in DMs; help does the same.
    """
    return sorted(
        (command.qualified_name, command.description)
        for command, needed in _walk(tree, in_guild=in_guild)
        if _allowed(permissions, needed)
    )


def withheld_commands(
    tree: app_commands.CommandTree[Any], permissions: discord.Permissions, *, in_guild: bool
) -> Withheld:
    """The commands the member's permissions hide, under the title of the permission each
    needs (in `MODERATORS`' order), sorted within it."""
    found: dict[str, list[tuple[str, str]]] = {title: [] for title in MODERATORS.values()}
    for command, needed in _walk(tree, in_guild=in_guild):
        if needed is None or _allowed(permissions, needed):
            continue
        title = next((MODERATORS[flag] for flag, on in needed if on and flag in MODERATORS), None)
        if title is not None:
            found[title].append((command.qualified_name, command.description))
    return [(title, sorted(listed)) for title, listed in found.items() if listed]


def _walk(
    tree: app_commands.CommandTree[Any], *, in_guild: bool
) -> Iterator[tuple[app_commands.Command[Any, Any, Any], discord.Permissions | None]]:
    """Every command and subcommand that can be run here, with the permissions its root needs
    by default."""
    for command in tree.walk_commands():
        if not isinstance(command, app_commands.Command):
            continue
        root = _root(command)
        if root.guild_only and not in_guild:
            continue
        yield command, root.default_permissions


def _allowed(permissions: discord.Permissions, needed: discord.Permissions | None) -> bool:
    return needed is None or permissions >= needed or permissions.administrator


def member_commands(
    tree: app_commands.CommandTree[Any], interaction: discord.Interaction
) -> list[tuple[str, str]]:
    return usable_commands(tree, interaction.permissions, in_guild=interaction.guild_id is not None)

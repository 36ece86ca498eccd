"""The slash commands a member can use, read from the live command tree so help never goes
stale and never lists a command the member would not see in Discord's picker."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands


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
    found: list[tuple[str, str]] = []
    for command in tree.walk_commands():
        if not isinstance(command, app_commands.Command):
            continue
        root = _root(command)
        needed = root.default_permissions
        if needed is not None and not permissions >= needed and not permissions.administrator:
            continue
        if root.guild_only and not in_guild:
            continue
        found.append((command.qualified_name, command.description))
    return sorted(found)


def member_commands(
    tree: app_commands.CommandTree[Any], interaction: discord.Interaction
) -> list[tuple[str, str]]:
    return usable_commands(tree, interaction.permissions, in_guild=interaction.guild_id is not None)

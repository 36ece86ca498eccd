"""The command tree with the one error handler every slash command shares."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from bot.discord.replies import reply_error
from bot.domain.errors import DomainError, StorageFailure

log = logging.getLogger(__name__)

UNEXPECTED = "Something went wrong on our side. It has been logged; please try again in a moment."


class NeedsManageServer(app_commands.CheckFailure):
    """Refused at run time: hiding a command by default permissions is not enough, since server
    admins can re-grant any command to anyone in Discord's Integrations settings."""

    def __init__(self, action: str) -> None:
        super().__init__(f"Only members with the Manage Server permission can {action}.")


def _options(interaction: discord.Interaction) -> dict[str, Any]:
    return {key: value for key, value in interaction.namespace}


def user_message(error: app_commands.AppCommandError) -> str | None:
    """A short, specific message for errors a user can cause or must hear about (the
    store failing: the operator's log has it once); None for our own faults."""
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if isinstance(original, DomainError):
        return str(original)
    if isinstance(original, StorageFailure):
        return original.user_message
    if isinstance(error, app_commands.MissingPermissions):
        needed = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return f"You need the {needed} permission in this server to do that."
    if isinstance(error, app_commands.BotMissingPermissions):
        needed = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return f"I am missing the {needed} permission here."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "That only works in a server, not in direct messages."
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little: try again in {error.retry_after:.0f} s."
    if isinstance(error, app_commands.TransformerError):
        return f"I could not understand “{str(error.value)[:80]}” for that option."
    if isinstance(error, app_commands.CheckFailure):
        return str(error) or "You cannot use that command here."
    return None


class ConfTree(app_commands.CommandTree[Any]):
    """Answers every failure: users see why, operators see the traceback and the options."""

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        message = user_message(error)
        if message is None:
            name = interaction.command.qualified_name if interaction.command else "?"
            log.error(
                "command /%s failed for user %s in guild %s with options %r",
                name,
                interaction.user.id,
                interaction.guild_id,
                _options(interaction),
                exc_info=error,
            )
            message = UNEXPECTED
        await reply_error(interaction, message)

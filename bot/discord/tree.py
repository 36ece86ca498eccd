"""The command tree with the one error handler every slash command shares."""

from __future__ import annotations

import logging
import time
from typing import Any

import discord
from discord import app_commands

from bot.discord.replies import reply_error
from bot.domain.errors import DomainError
from bot.health.metrics import Outcome, record_interaction

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
    """A short, specific message for errors a user can cause; None for our own faults."""
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if isinstance(original, DomainError):
        return str(original)
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


STARTED = "confbot_started"
"""Where an interaction's extras keep when its command began, for its latency."""


def command_ended(interaction: discord.Interaction, outcome: Outcome) -> None:
    """Count a slash command with its outcome and how long it took."""
    started = interaction.extras.get(STARTED)
    seconds = time.perf_counter() - started if isinstance(started, float) else None
    name = interaction.command.qualified_name if interaction.command else "?"
    record_interaction(name, outcome, seconds)


class ConfTree(app_commands.CommandTree[Any]):
    """Answers every failure: users see why, operators see the traceback and the options."""

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        """Never refuses: notes when a command began (the bot counts its end)."""
        interaction.extras[STARTED] = time.perf_counter()
        return True

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        message = user_message(error)
        command_ended(interaction, Outcome.FAILED if message is None else Outcome.REFUSED)
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

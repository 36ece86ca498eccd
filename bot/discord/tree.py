"""The command tree with the one error handler every slash command shares."""

from __future__ import annotations

import logging
import time
from typing import Any

import discord
from discord import app_commands

from bot.discord.reader import error_text, reader_language
from bot.discord.replies import reply_error
from bot.domain.errors import DomainError, StorageFailure
from bot.health.metrics import Kind, Outcome, record_interaction
from bot.i18n.catalogues import N_, translate
from bot.i18n.languages import Language

log = logging.getLogger(__name__)

UNEXPECTED = N_(
    "Something went wrong on our side. It has been logged; please try again in a moment."
)

_MANAGE_SERVER = {
    "change announcements": N_(
        "Only members with the Manage Server permission can change announcements."
    ),
    "choose the server's conference": N_(
        "Only members with the Manage Server permission can choose the server's conference."
    ),
    "send the programme as a calendar file": N_(
        "Only members with the Manage Server permission can send the programme as a calendar file."
    ),
}


class NeedsManageServer(app_commands.CheckFailure):
    """Refused at run time: hiding a command by default permissions is not enough, since server
    admins can re-grant any command to anyone in Discord's Integrations settings."""

    def __init__(self, action: str) -> None:
        self.message = _MANAGE_SERVER[action]
        super().__init__(self.message)


def _options(interaction: discord.Interaction) -> dict[str, Any]:
    return {key: value for key, value in interaction.namespace}


def user_message(
    error: app_commands.AppCommandError, language: Language = Language.ENGLISH
) -> str | None:
    """A short, specific message for errors a user can cause or must hear about (the store
    failing: the operator's log has it once), in the reader's language; None for our own
    faults. Permission names stay as Discord's settings spell them in English."""
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if isinstance(original, DomainError):
        return error_text(original, language)
    if isinstance(original, StorageFailure):
        return translate(language, original.user_message)
    if isinstance(error, app_commands.MissingPermissions):
        needed = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return translate(
            language, "You need the {needed} permission in this server to do that.", needed=needed
        )
    if isinstance(error, app_commands.BotMissingPermissions):
        needed = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return translate(language, "I am missing the {needed} permission here.", needed=needed)
    if isinstance(error, app_commands.NoPrivateMessage):
        return translate(language, "That only works in a server, not in direct messages.")
    if isinstance(error, app_commands.CommandOnCooldown):
        return translate(
            language,
            "Slow down a little: try again in {seconds} s.",
            seconds=f"{error.retry_after:.0f}",
        )
    if isinstance(error, app_commands.TransformerError):
        return translate(
            language,
            "I could not understand “{value}” for that option.",
            value=str(error.value)[:80],
        )
    if isinstance(error, NeedsManageServer):
        return translate(language, error.message)
    if isinstance(error, app_commands.CheckFailure):
        # A check's own sentence is a catalogue message when the bot wrote it.
        return translate(language, str(error) or "You cannot use that command here.")
    return None


STARTED = "confbot_started"
"""Where an interaction's extras keep when its command began, for its latency."""


def command_ended(interaction: discord.Interaction, outcome: Outcome) -> None:
    """Count a slash command with its outcome and how long it took."""
    started = interaction.extras.get(STARTED)
    seconds = time.perf_counter() - started if isinstance(started, float) else None
    name = interaction.command.qualified_name if interaction.command else "?"
    record_interaction(Kind.COMMAND, name, outcome, seconds)


class ConfTree(app_commands.CommandTree[Any]):
    """Answers every failure: users see why, operators see the traceback and the options."""

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        """Never refuses: notes when a command began (the bot counts its end)."""
        interaction.extras[STARTED] = time.perf_counter()
        return True

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        language = reader_language(interaction)
        message = user_message(error, language)
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
            message = translate(language, UNEXPECTED)
        await reply_error(interaction, message)

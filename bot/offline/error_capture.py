"""The exceptions a bot hides from its tests, kept where a test can assert on them.

discord.py only logs what escapes an event handler or a command, and a well-behaved bot
catches its own faults, logs them and answers politely ("Something went wrong..."). From the
outside both look like a pass. So the error handlers are wrapped, and a logging handler
watches the bot's own loggers, to collect every such exception while the harness runs.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Awaitable, Callable
from typing import Any, Final

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.tree import user_message

BOT_LOGGERS: Final = ("bot", "cogs")
"""Loggers of the product's own code; what they log at ERROR with a traceback is a fault."""


class ErrorCapture(logging.Handler):
    """Collects ``errors`` (all that discord.py would only log) and ``unexpected`` (all that
    is the bot's own fault rather than the user's)."""

    def __init__(self, violations: list[str]) -> None:
        super().__init__(logging.ERROR)
        self._violations = violations
        # Exceptions discord.py would only have logged: ("/command", e) or ("on_event", e).
        self.errors: list[tuple[str, BaseException]] = []
        # Faults of the bot: not a user error, or logged with a traceback by bot./cogs. code.
        self.unexpected: list[BaseException] = []
        self._undo: list[Callable[[], None]] = []

    def install(self, bot: commands.Bot) -> None:
        self._wrap_tree_handler(bot.tree)
        self._wrap_event_handler(bot)
        for name in BOT_LOGGERS:
            logger = logging.getLogger(name)
            logger.addHandler(self)
            self._undo.append(functools.partial(logger.removeHandler, self))

    def remove(self) -> None:
        for undo in reversed(self._undo):
            undo()
        self._undo.clear()

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info is not None and record.exc_info[1] is not None:
            self._unexpected(record.exc_info[1])

    def _unexpected(self, error: BaseException) -> None:
        # The tree's handler usually logs what it was handed: keep each exception once.
        if not any(seen is error for seen in self.unexpected):
            self.unexpected.append(error)

    def _wrap_tree_handler(self, tree: app_commands.CommandTree[Any]) -> None:
        handler = tree.on_error

        async def on_app_command_error(
            interaction: discord.Interaction[Any], error: app_commands.AppCommandError
        ) -> None:
            name = interaction.command.qualified_name if interaction.command else "?"
            self.errors.append((f"/{name}", error))
            if user_message(error) is None:
                self._unexpected(error)
            if isinstance(getattr(error, "original", None), discord.InteractionResponded):
                self._violations.append(
                    f"/{name}: responded twice to one interaction; Discord answers "
                    "400 (code 40060) Interaction has already been acknowledged "
                    "(discord.py refused it locally with InteractionResponded)"
                )
            await handler(interaction, error)

        tree.on_error = on_app_command_error  # type: ignore[method-assign]
        self._undo.append(lambda: _restore_attribute(tree, "on_error", handler))

    def _wrap_event_handler(self, bot: commands.Bot) -> None:
        handler = bot.on_error

        async def on_event_error(event: str, /, *args: Any, **kwargs: Any) -> None:
            error = sys.exc_info()[1]
            if error is not None:
                self.errors.append((event, error))
                self._unexpected(error)
            await handler(event, *args, **kwargs)

        bot.on_error = on_event_error  # type: ignore[method-assign]
        self._undo.append(lambda: _restore_attribute(bot, "on_error", handler))


def _restore_attribute(obj: object, name: str, previous: Callable[..., Awaitable[None]]) -> None:
    """Drops the instance-level wrapper, keeping any handler the bot had set on the instance."""
    if getattr(previous, "__self__", None) is obj:
        delattr(obj, name)
    else:
        setattr(obj, name, previous)

"""Buttons under answers about a session or a paper, shared by the features whose clicks they
carry ("Add to agenda", "Remind me").

A button's custom_id says everything its click needs: the action, the conference, and the
session or paper, by slug. So a click works for any process on the same store, after any
number of restarts, with nothing kept in memory: discord.py's dynamic items find the action
again from the id alone. The template is the one place that knows how the id is spelt.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Final

import discord

from bot.discord import limits
from bot.discord.reader import error_text, reader_language
from bot.discord.replies import reply_error
from bot.discord.tree import UNEXPECTED
from bot.domain.errors import DomainError, StorageFailure
from bot.health.metrics import Kind, Outcome, record_interaction
from bot.i18n.catalogues import translate

log = logging.getLogger(__name__)

SESSION: Final = "s"
PAPER: Final = "p"


def template(action: str) -> str:
    """The custom_id pattern of one action: confbot:ACTION:CONFERENCE:s|p:SLUG."""
    return rf"confbot:{action}:(?P<conference>[^:]+):(?P<kind>[{SESSION}{PAPER}]):(?P<slug>.+)"


@dataclass(frozen=True)
class ButtonTarget:
    """What a button acts on: a session, or a paper (its sessions), of one conference."""

    conference: str
    kind: str
    slug: str

    @classmethod
    def from_match(cls, match: re.Match[str]) -> ButtonTarget:
        return cls(match["conference"], match["kind"], match["slug"])

    def custom_id(self, action: str) -> str:
        return f"confbot:{action}:{self.conference}:{self.kind}:{self.slug}"

    def fits(self, action: str) -> bool:
        """Discord refuses a custom_id past its limit; a slug that long gets no button."""
        return len(self.custom_id(action)) <= limits.CUSTOM_ID


def button_row(*items: discord.ui.Item[Any]) -> discord.ui.View | None:
    """One row of persistent buttons (no timeout: they work as long as the message exists),
    or None when there is nothing to press."""
    if not items:
        return None
    view = discord.ui.View(timeout=None)
    for item in items:
        view.add_item(item)
    return view


async def answer_click(
    interaction: discord.Interaction, action: str, act: Callable[[], Awaitable[None]]
) -> None:
    """Run a click's work and answer whatever happens. discord.py only logs what a dynamic
    item's callback raises, which would leave the user with "This interaction failed"; so a
    user's mistake gets its own message and a fault of ours the usual apology. Each click is
    counted in the metrics with its outcome and how long it took, as commands are."""
    started = time.perf_counter()
    outcome = Outcome.REFUSED
    try:
        await act()
        outcome = Outcome.OK
    except DomainError as error:
        await reply_error(interaction, error_text(error, reader_language(interaction)))
    except StorageFailure as failure:
        await reply_error(
            interaction, translate(reader_language(interaction), failure.user_message)
        )
    except Exception:
        outcome = Outcome.FAILED
        log.exception("button %s failed for user %s", action, interaction.user.id)
        await reply_error(interaction, translate(reader_language(interaction), UNEXPECTED))
    finally:
        record_interaction(Kind.BUTTON, action, outcome, time.perf_counter() - started)

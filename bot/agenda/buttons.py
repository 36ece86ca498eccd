"""The "Add to agenda" button under answers about a session or a paper.

A paper stands for its sessions, as in /agenda add: each goes on the agenda, and the answer
says which were there already and what now clashes. The click answers privately.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

import discord
from sqlalchemy.ext.asyncio import AsyncSession

from bot.agenda import service
from bot.agenda.render import added_embed
from bot.clock import Clock
from bot.discord.buttons import PAPER, SESSION, ButtonTarget, answer_click, button_row, template
from bot.discord.reader import reader_language
from bot.discord.replies import send
from bot.domain.agenda import Added
from bot.domain.errors import N_, DomainError
from bot.domain.records import ConferenceView, PaperView, SessionView
from bot.domain.reminders import TargetType
from bot.i18n.catalogues import translate
from bot.i18n.languages import Language
from bot.reminders.buttons import ACTION as REMIND
from bot.reminders.buttons import RemindButton
from bot.reminders.targets import find_target, target_sessions

if TYPE_CHECKING:
    from bot.app import ConfBot

ACTION = "agenda"
LABEL = N_("Add to agenda")


class AgendaButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=template(ACTION)):
    """Puts the session (or the paper's sessions) on the clicker's agenda."""

    def __init__(self, target: ButtonTarget, language: Language = Language.ENGLISH) -> None:
        super().__init__(
            discord.ui.Button(
                label=translate(language, LABEL),
                emoji="⭐",
                style=discord.ButtonStyle.primary,
                custom_id=target.custom_id(ACTION),
            )
        )
        self.target = target

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> AgendaButton:
        return cls(ButtonTarget.from_match(match))

    async def callback(self, interaction: discord.Interaction) -> None:
        await answer_click(interaction, ACTION, lambda: self._add(interaction))

    async def _add(self, interaction: discord.Interaction) -> None:
        bot = cast("ConfBot", interaction.client)
        conf = bot.conferences.by_slug(self.target.conference)
        if conf is None:
            raise DomainError(N_("That conference is no longer in the bot's programme."))
        await interaction.response.defer(ephemeral=True, thinking=True)
        async with bot.store.sessions() as db:
            result = await add_target(db, conf, bot.clock, interaction.user.id, self.target)
        embed = added_embed(conf, result, reader_language(interaction))
        await send(interaction, embed=embed, ephemeral=True)


def session_buttons(
    conf: ConferenceView, session: SessionView, language: Language = Language.ENGLISH
) -> discord.ui.View | None:
    """The row under an answer about a session; none for a session with no known time."""
    if session.starts_at is None or session.retired:
        return None
    return _row(ButtonTarget(conf.slug, SESSION, session.slug), language)


def paper_buttons(
    conf: ConferenceView, paper: PaperView, language: Language = Language.ENGLISH
) -> discord.ui.View | None:
    """The row under an answer about a paper; none while it is in no timed session."""
    if not any(session.starts_at is not None for session in paper.sessions):
        return None
    return _row(ButtonTarget(conf.slug, PAPER, paper.slug), language)


def _row(target: ButtonTarget, language: Language) -> discord.ui.View | None:
    if not (target.fits(ACTION) and target.fits(REMIND)):
        return None
    return button_row(AgendaButton(target, language), RemindButton(target, language))


async def add_target(
    db: AsyncSession, conf: ConferenceView, clock: Clock, user_id: int, target: ButtonTarget
) -> Added:
    """Add what a button names: a session by its slug, or every live session of a paper."""
    if target.kind != PAPER:
        return await service.add(db, conf, clock, user_id, f"{service.SESSION}:{target.slug}")
    paper = await find_target(db, conf, TargetType.PAPER, target.slug)
    if paper is None:
        raise DomainError(N_("That paper is no longer in the programme."))
    slugs = [session.slug for session in await target_sessions(db, conf, paper)]
    if not slugs:
        raise DomainError(N_("{label} is not in any session with a known time."), label=paper.label)
    parts = [await service.add(db, conf, clock, user_id, f"{service.SESSION}:{s}") for s in slugs]
    return Added(
        label=paper.label,
        added=tuple(s for part in parts for s in part.added),
        already=tuple(s for part in parts for s in part.already),
        clashes=tuple(c for part in parts for c in part.clashes),
    )

"""/paper and "summarise the ... paper": the best match in full, and the next few."""

from __future__ import annotations

import discord
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import ConferenceView
from bot.i18n.languages import Language
from bot.papers import render, service
from bot.papers.service import Found, Held

SHOWN = 6
"""The best match in full and up to five more by title."""


async def paper(
    db: AsyncSession,
    conf: ConferenceView,
    query: str,
    language: Language = Language.ENGLISH,
    held: Held | None = None,
) -> discord.Embed:
    """The card of the paper `query` names; `held`: the conference's papers, if the caller
    holds them in memory."""
    return paper_embed(conf, await service.best_matches(db, conf, query, SHOWN, held), language)


def paper_embed(
    conf: ConferenceView, found: Found, language: Language = Language.ENGLISH
) -> discord.Embed:
    """The first paper in full, the rest as 'also matching', saying which words were read
    under another spelling."""
    return render.paper_embed(
        conf, found.papers[0], found.papers[1:], found.readings, found.related, language
    )


async def papers_like(
    db: AsyncSession, conf: ConferenceView, query: str, language: Language = Language.ENGLISH
) -> discord.Embed:
    """'Papers like the ... one': the paper the words name, and the papers related to it."""
    found = await service.best_matches(db, conf, query, limit=1)
    return render.related_embed(conf, found.papers[0], found.related, language)

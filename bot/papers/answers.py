"""/paper and "summarise the ... paper": the best match in full, and the next few."""

from __future__ import annotations

import discord
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import ConferenceView, PaperView
from bot.papers import render, service

SHOWN = 6
"""The best match in full and up to five more by title."""


async def paper(db: AsyncSession, conf: ConferenceView, query: str) -> discord.Embed:
    return paper_embed(conf, await service.best_matches(db, conf, query, limit=SHOWN))


def paper_embed(conf: ConferenceView, found: list[PaperView]) -> discord.Embed:
    """The first paper in full, the rest as 'also matching'."""
    return render.paper_embed(conf, found[0], found[1:])

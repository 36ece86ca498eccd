"""A chat mention answered: the question routed (see `intent`), then the same answers the
slash commands give."""

from __future__ import annotations

import discord
from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat.intent import Action, parse
from bot.clock import Clock
from bot.domain.errors import NotFound
from bot.domain.records import ConferenceView
from bot.papers import answers as papers
from bot.programme import answers as programme


async def answer(
    db: AsyncSession, conf: ConferenceView, clock: Clock, text: str
) -> discord.Embed | None:
    """The answer to a chat question; None means 'show the help'."""
    asked = parse(text, conf)
    match asked.action:
        case Action.HELP:
            return None
        case Action.NOW:
            return await programme.now_and_next(db, conf, clock, asked.group)
        case Action.KEYNOTES:
            return await programme.keynotes(db, conf)
        case Action.POSTERS:
            return await programme.posters(db, conf, clock, asked.day)
        case Action.SCHEDULE:
            return await programme.schedule(db, conf, clock, asked.day)
        case Action.CONFERENCE:
            return await programme.conference(db, conf, [])
        case Action.PAPER:
            return await papers.paper(db, conf, asked.query)
        case Action.TOPIC:
            return await programme.topic(db, conf, asked.query, asked.group)
    try:
        return await programme.topic(db, conf, asked.query, asked.group)
    except NotFound:
        return await papers.paper(db, conf, asked.query)

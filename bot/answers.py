"""Questions answered as embeds: a service call plus its rendering.

Slash commands and chat mentions ask the same questions; both come here so the two can never
drift apart.
"""

from __future__ import annotations

from dataclasses import replace

import discord
from sqlalchemy.ext.asyncio import AsyncSession

from bot import render
from bot.clock import Clock
from bot.services import conference as conference_service
from bot.services import intent, papers, programme
from bot.services.errors import NotFound
from bot.services.views import ConferenceView


async def schedule(
    db: AsyncSession, conf: ConferenceView, clock: Clock, day: str | None
) -> discord.Embed:
    which = conference_service.resolve_day(conf, day, clock)
    return render.schedule_embed(conf, which, await programme.day_programme(db, conf, which))


async def now(
    db: AsyncSession, conf: ConferenceView, clock: Clock, kind: str | None = None
) -> discord.Embed:
    state = await programme.now_and_next(db, conf, clock, kind)
    return render.now_next_embed(conf, state, kind)


async def next_up(
    db: AsyncSession, conf: ConferenceView, clock: Clock, kind: str | None = None
) -> discord.Embed:
    state = await programme.now_and_next(db, conf, clock, kind)
    return render.now_next_embed(conf, replace(state, current=()), kind)


async def keynotes(db: AsyncSession, conf: ConferenceView) -> discord.Embed:
    return render.keynotes_embed(conf, await programme.keynotes(db, conf))


async def posters(
    db: AsyncSession, conf: ConferenceView, clock: Clock, day: str | None
) -> discord.Embed:
    which = conference_service.resolve_day(conf, day, clock) if day else None
    return render.posters_embed(conf, which, await programme.poster_sessions(db, conf, which))


async def session(db: AsyncSession, conf: ConferenceView, name: str) -> discord.Embed:
    return render.session_embed(conf, await programme.session_detail(db, conf, name))


async def topic(
    db: AsyncSession, conf: ConferenceView, query: str, kind: str | None = None
) -> discord.Embed:
    match = await programme.topic_match(db, conf, query)
    if kind:
        match = replace(match, sessions=tuple(s for s in match.sessions if s.kind == kind))
    return render.topic_embed(conf, match)


async def paper(db: AsyncSession, conf: ConferenceView, query: str) -> discord.Embed:
    found = await papers.search_papers(db, conf, query, limit=6)
    if not found:
        raise NotFound("paper", query.strip())
    return render.paper_embed(conf, found[0], found[1:])


def conference(conf: ConferenceView) -> discord.Embed:
    return render.conference_embed(conf)


async def chat(
    db: AsyncSession, conf: ConferenceView, clock: Clock, text: str
) -> discord.Embed | None:
    """Answer a chat mention; None means 'show the help'."""
    asked = intent.parse(text)
    if asked.action == "help":
        return None
    if asked.action == "now":
        return await now(db, conf, clock, asked.kind)
    if asked.action == "next":
        return await next_up(db, conf, clock, asked.kind)
    if asked.action == "keynotes":
        return await keynotes(db, conf)
    if asked.action == "posters":
        return await posters(db, conf, clock, asked.day)
    if asked.action == "schedule":
        return await schedule(db, conf, clock, asked.day)
    if asked.action == "conference":
        return conference(conf)
    if asked.action == "paper":
        return await paper(db, conf, asked.query)
    if asked.action == "topic":
        return await topic(db, conf, asked.query, asked.kind)
    try:
        return await topic(db, conf, asked.query, asked.kind)
    except NotFound:
        return await paper(db, conf, asked.query)

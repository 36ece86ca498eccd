"""Programme questions answered as embeds: the service call and its rendering in one place,
so a slash command and a chat question asking the same thing can never drift apart."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import discord
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.domain.days import resolve_day
from bot.domain.kinds import Group
from bot.domain.records import ConferenceView, SessionView
from bot.i18n.days import weekday_names
from bot.i18n.languages import Language
from bot.imports.changes import recent
from bot.programme import render, service
from bot.programme.conference import counts


async def schedule(
    db: AsyncSession,
    conf: ConferenceView,
    clock: Clock,
    day: str | None,
    language: Language = Language.ENGLISH,
) -> discord.Embed:
    which = resolve_day(conf, day, clock, weekday_names())
    sessions = await service.day_programme(db, conf, which)
    return render.schedule_embed(conf, which, sessions, language)


async def now_and_next(
    db: AsyncSession,
    conf: ConferenceView,
    clock: Clock,
    group: Group | None = None,
    language: Language = Language.ENGLISH,
) -> discord.Embed:
    """/now, /next and "what's next?": what runs now is always shown as running, beside what
    starts next, so nobody walks past a session that is on."""
    state = await service.now_and_next(db, conf, clock, group)
    return render.now_next_embed(conf, state, group, language)


def now_and_next_among(
    conf: ConferenceView,
    sessions: Sequence[SessionView],
    when: datetime,
    group: Group | None,
    language: Language = Language.ENGLISH,
) -> discord.Embed:
    """The same answer from sessions already in memory (chat keeps the programme there)."""
    state = service.at_instant(conf, sessions, when, group)
    return render.now_next_embed(conf, state, group, language)


async def keynotes(
    db: AsyncSession, conf: ConferenceView, language: Language = Language.ENGLISH
) -> discord.Embed:
    return render.keynotes_embed(conf, await service.keynotes(db, conf), language)


async def posters(
    db: AsyncSession,
    conf: ConferenceView,
    clock: Clock,
    day: str | None,
    language: Language = Language.ENGLISH,
) -> discord.Embed:
    which = resolve_day(conf, day, clock, weekday_names()) if day else None
    sessions = await service.poster_sessions(db, conf, which)
    return render.posters_embed(conf, which, sessions, language)


async def session(
    db: AsyncSession, conf: ConferenceView, name: str, language: Language = Language.ENGLISH
) -> discord.Embed:
    return render.session_embed(conf, await service.session_detail(db, conf, name), language)


async def session_listing(
    db: AsyncSession, conf: ConferenceView, name: str, language: Language = Language.ENGLISH
) -> tuple[discord.Embed, tuple[str, ...]]:
    """A session's card and the papers it lists: a reply to it may ask about one of them."""
    detail = await service.session_detail(db, conf, name)
    return render.session_embed(conf, detail, language), tuple(p.slug for p in detail.papers)


async def session_summary(
    db: AsyncSession, conf: ConferenceView, name: str, language: Language = Language.ENGLISH
) -> discord.Embed:
    """A session's "summarise X": a short version of its description, not all of it."""
    detail = await service.session_detail(db, conf, name)
    return render.session_summary_embed(conf, detail, language)


async def topic(
    db: AsyncSession,
    conf: ConferenceView,
    query: str,
    group: Group | None = None,
    language: Language = Language.ENGLISH,
) -> discord.Embed:
    match = await service.topic_match(db, conf, query, group)
    return render.topic_embed(conf, match, language)


async def conference(
    db: AsyncSession,
    conf: ConferenceView,
    others: list[ConferenceView],
    language: Language = Language.ENGLISH,
) -> discord.Embed:
    sessions, papers = await counts(db, conf)
    return render.conference_embed(conf, sessions, papers, others, language)


async def changes(db: AsyncSession, conf: ConferenceView, language: Language) -> discord.Embed:
    return render.changes_embed(conf, await recent(db, conf.id), language)

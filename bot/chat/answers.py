"""A chat question answered: read (`reading`), decided (`intent`), then answered with the same
answers the slash commands give, or with the answers only chat has (`render`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import discord
from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat import render
from bot.chat.intent import Action, Intent, decide
from bot.chat.reading import Asks, read
from bot.chat.service import Known, Memory, narrowed
from bot.chat.when import Named, day_of
from bot.clock import Clock
from bot.domain.days import day_label
from bot.domain.kinds import GROUPS
from bot.domain.records import ConferenceView, SessionView
from bot.domain.text import words
from bot.papers import answers as papers
from bot.papers import service as paper_service
from bot.programme import answers as programme


WHOLE = 0.99
"""A talk answers outright only when it has every word the question left (by its start,
at least, for a longer word): measured on the blind question set."""
GUESS = 0.5
"""Half the question's weight makes a talk worth offering as a guess, never as the answer."""


@dataclass(frozen=True)
class Reply:
    """What the bot says: an embed, a short line, or nothing (then the help is shown)."""

    embed: discord.Embed | None = None
    content: str | None = None

    @property
    def is_help(self) -> bool:
        return self.embed is None and self.content is None


async def answer(
    db: AsyncSession,
    conf: ConferenceView,
    clock: Clock,
    memory: Memory,
    text: str,
    revision: int | None = None,
) -> Reply:
    """The reply to a chat question; `revision` is the conference's, if the caller knows it."""
    known = await memory.known(db, conf, revision)
    reading = read(text, known.vocabulary, conf)
    asked = decide(reading)
    match asked.action:
        case Action.HELP:
            return Reply()
        case Action.SMALL_TALK:
            return Reply(content=render.small_talk(reading.folded, conf))
        case Action.UNCLEAR:
            return Reply(await _statement(db, conf, known, asked.query))
    return Reply(await _answer(db, conf, clock, known, asked))


async def _answer(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> discord.Embed:
    match asked.action:
        case Action.NOW:
            return programme.now_and_next_among(conf, known.sessions, clock.now(), asked.group)
        case Action.AT:
            assert asked.offset is not None
            later = clock.now() + asked.offset
            return programme.now_and_next_among(conf, known.sessions, later, asked.group)
        case Action.KEYNOTES:
            return await programme.keynotes(db, conf)
        case Action.POSTERS:
            return await programme.posters(db, conf, clock, asked.day)
        case Action.SCHEDULE:
            return await programme.schedule(db, conf, clock, asked.day)
        case Action.CONFERENCE:
            return await programme.conference(db, conf, [])
        case Action.NEXT_EDITION:
            return render.next_edition_embed(conf)
        case Action.WINDOW:
            return _window(conf, clock, known, asked)
        case Action.PERSON:
            return await _person(db, conf, clock, known, asked)
        case Action.AUTHOR:
            return await _author(db, conf, known, asked.query)
        case Action.ROOM:
            return _room(conf, clock, known, asked)
        case Action.AWARD:
            found = await paper_service.with_award(db, conf, asked.keys[0])
            return render.award_embed(conf, asked.keys[0], found)
        case Action.SESSION:
            return await _session(db, conf, clock, known, asked)
        case Action.PAPER:
            return await papers.paper(db, conf, asked.keys[0])
        case Action.TOPIC:
            return await programme.topic(db, conf, asked.keys[0], asked.group)
    return await _search(db, conf, clock, known, asked)


async def _statement(
    db: AsyncSession, conf: ConferenceView, known: Known, said: str
) -> discord.Embed:
    """A remark that asks nothing: answered only if a talk or paper has all its words
    ('lotery tiket' is a paper's name misspelt; 'free pizza in the hall' is not)."""
    named = [hit for hit in known.index.search(words(said)) if hit.coverage >= WHOLE]
    if named:
        return await _sessions(db, conf, [hit.session for hit in named])
    if known.has_papers:
        found = await paper_service.find_papers(db, conf, said, limit=papers.SHOWN)
        if found.papers:
            return papers.paper_embed(conf, found)
    return render.unclear_embed(conf, said)


async def _search(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> discord.Embed:
    """Whatever the words name: the talks and sessions they name outright, else the papers
    that have them, else the talks that mention them all; a weaker match is offered as a
    guess, and a conference without papers never says that no paper matches."""
    hits = known.index.search(words(asked.query))
    day = _day(conf, clock, asked)
    whole = [hit.session for hit in hits if hit.coverage >= WHOLE]
    whole = narrowed(whole, conf, day=day, part=asked.part, group=asked.group) or (
        [] if day or asked.group else whole
    )
    named = [s for s in whole if any(h.session is s and h.named for h in hits)]
    if named:
        return await _sessions(db, conf, named)
    if known.has_papers:
        found = await paper_service.find_papers(db, conf, asked.query, limit=papers.SHOWN)
        if found.papers:
            return papers.paper_embed(conf, found)
    if whole:
        return await _sessions(db, conf, whole)
    guesses = [hit.session.title for hit in hits if hit.coverage >= GUESS][:3]
    if known.has_papers and not guesses:
        return await papers.paper(db, conf, asked.query)
    return render.nothing_embed(conf, asked.query, guesses)


async def _sessions(
    db: AsyncSession, conf: ConferenceView, sessions: list[SessionView]
) -> discord.Embed:
    """One session in full, several as a list."""
    if len(sessions) == 1:
        return await programme.session(db, conf, sessions[0].slug)
    return render.sessions_embed(conf, "sessions", sessions, "")


def _day(conf: ConferenceView, clock: Clock, asked: Intent) -> date | None:
    if asked.day is None and asked.part is None:
        return None
    return day_of(conf, Named(asked.day, asked.part), clock)


def _scope(asked: Intent, day: date | None) -> str:
    kind = GROUPS[asked.group].choice if asked.group else ""
    when = f"{day_label(day)}{f', {asked.part.value}' if asked.part else ''}" if day else ""
    return ", ".join(part for part in (kind, when) if part) or "the programme"


def _window(conf: ConferenceView, clock: Clock, known: Known, asked: Intent) -> discord.Embed:
    """A part of a day, or every session of a kind when no day was asked ('the workshops')."""
    day = _day(conf, clock, asked)
    if day is None and asked.group is None:
        day = day_of(conf, Named(), clock)
    found = narrowed(list(known.sessions), conf, day=day, part=asked.part, group=asked.group)
    scope = _scope(asked, day)
    return render.sessions_embed(conf, scope, found, f"Nothing is scheduled for {scope}.")


async def _person(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> discord.Embed:
    name = asked.keys[0]
    theirs = known.with_person(name)
    day = _day(conf, clock, asked)
    # "Dwork's talk" says talk, but hers is a keynote: the kind narrows only when it can.
    sessions = narrowed(theirs, conf, day=day, part=asked.part, group=asked.group) or narrowed(
        theirs, conf, day=day, part=asked.part
    )
    written = [] if asked.group and sessions else await paper_service.by_author(db, conf, name)
    return render.person_embed(conf, name, sessions, written)


async def _author(
    db: AsyncSession, conf: ConferenceView, known: Known, typed: str
) -> discord.Embed:
    """An author the vocabulary does not hold (a very large conference keeps no author names
    in memory), looked up by name; else the close names, said out loud."""
    written = await paper_service.by_author(db, conf, typed)
    if not written:
        return render.no_author_embed(conf, typed, known.vocabulary.close_names(typed))
    wanted = words(typed)
    names = {a for paper in written for a in paper.authors if words(a)[-len(wanted) :] == wanted}
    if len(names) > 1:
        return render.person_embed(conf, typed.title() if typed.islower() else typed, [], written)
    (name,) = names
    return render.person_embed(conf, name, known.with_person(name), written)


def _room(conf: ConferenceView, clock: Clock, known: Known, asked: Intent) -> discord.Embed:
    day = _day(conf, clock, asked)
    found = narrowed(known.in_rooms(asked.keys), conf, day=day, part=asked.part, group=asked.group)
    heading = f"{' and '.join(asked.keys)}" + (f", {_scope(asked, day)}" if day else "")
    return render.sessions_embed(conf, heading, found, f"Nothing is scheduled in {heading}.")


async def _session(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> discord.Embed:
    """One named session in full; several (every lunch) narrowed by the day asked, if any."""
    sessions = [s for slug in asked.keys if (s := known.session(slug)) is not None]
    day = _day(conf, clock, asked)
    if len(sessions) > 1 and day is not None:
        sessions = narrowed(sessions, conf, day=day, part=asked.part) or sessions
    if len(sessions) == 1 or (Asks.WHERE in asked.asks and len({s.room for s in sessions}) == 1):
        return await programme.session(db, conf, sessions[0].slug)
    title = sessions[0].title if len({s.title for s in sessions}) == 1 else "sessions"
    return render.sessions_embed(conf, title, sessions, "")

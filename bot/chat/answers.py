"""A chat question answered: read (`reading`), decided (`intent`, or `follow` for a reply to an
earlier answer), then answered with the same answers the slash commands give, or with the
answers only chat has (`render`). Each answer says what it was about (`Subject`), so a reply
to it can be read in its context."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

import discord
from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat import render
from bot.chat.affiliations import Affiliated
from bot.chat.context import Subject
from bot.chat.follow import in_context
from bot.chat.intent import Action, Intent, decide
from bot.chat.reading import Asks, clean, read
from bot.chat.service import Known, Memory, narrowed
from bot.chat.when import Named, day_of
from bot.clock import Clock
from bot.domain.days import day_label
from bot.domain.errors import NotFound
from bot.domain.kinds import GROUPS, Group, kinds_of
from bot.domain.records import ConferenceView, PaperRef, SessionView
from bot.domain.text import words
from bot.domain.vocabulary import phrase_key
from bot.papers import answers as papers
from bot.papers import service as paper_service
from bot.papers.like import asked_like
from bot.programme import answers as programme
from bot.programme import render as programme_render
from bot.programme import service as topic_service

WHOLE = 0.99
"""A talk answers outright only when it has every word the question left (by its start,
at least, for a longer word): measured on the blind question set."""
TOPIC_PAPERS = 10
"""Papers that have the words of a topic nobody tagged a paper with, listed under it."""
GUESS = 0.5
"""Half the question's weight makes a talk worth offering as a guess, never as the answer."""


@dataclass(frozen=True)
class Reply:
    """What the bot says: an embed, a short line, or nothing (then the help is shown), and
    what it was about."""

    embed: discord.Embed | None = None
    content: str | None = None
    subject: Subject = field(default_factory=Subject)

    @property
    def is_help(self) -> bool:
        return self.embed is None and self.content is None


async def answer_question(
    db: AsyncSession,
    conf: ConferenceView,
    clock: Clock,
    memory: Memory,
    text: str,
    revision: int | None = None,
    context: Subject | None = None,
    *,
    replied: bool = False,
) -> Reply:
    """The reply to a chat question; `revision` is the conference's, if the caller knows it;
    `context` what the answer it replies to (`replied`) or follows right after was about."""
    like = asked_like(clean(text))
    if like is not None:
        return await _like(db, conf, like, context)
    known = await memory.known(db, conf, revision)
    reading = read(text, known.vocabulary, conf)
    followed = in_context(reading, context, known, replied=replied) if context else None
    asked = _last_day_held(conf, known, followed or decide(reading))
    match asked.action:
        case Action.HELP:
            return Reply()
        case Action.SMALL_TALK:
            return Reply(content=render.small_talk(reading.folded, conf))
        case Action.UNCLEAR:
            embed, subject = await _statement(db, conf, known, asked.query)
            return Reply(embed, subject=subject)
    embed, subject = await _answer(db, conf, clock, known, asked)
    return Reply(embed, subject=subject)


Shown = tuple[discord.Embed, Subject]
LAST_DAY = "last day"
EARLY_HOURS = 6
"""Sessions before this hour belong to the night before: a day of only those is no day."""


def _last_day_held(conf: ConferenceView, known: Known, asked: Intent) -> Intent:
    """'The last day' is the last with a programme: a schedule whose nights run past
    midnight ends, by its dates, on a day that only holds the last night's end."""
    if asked.day != LAST_DAY:
        return asked
    held = [
        local.date()
        for s in known.sessions
        if s.starts_at and (local := s.starts_at.astimezone(conf.zone)).hour >= EARLY_HOURS
    ]
    return replace(asked, day=max(held).isoformat()) if held else asked


async def _answer(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
    match asked.action:
        case Action.NOW:
            shown = programme.now_and_next_among(conf, known.sessions, clock.now(), asked.group)
            return shown, Subject(group=asked.group)
        case Action.AT:
            later = _moment(conf, clock, asked)
            shown = programme.now_and_next_among(conf, known.sessions, later, asked.group)
            return shown, Subject(group=asked.group)
        case Action.KEYNOTES:
            shown = await programme.keynotes(db, conf)
            keynotes = narrowed(list(known.sessions), conf, group=Group.KEYNOTE)
            return shown, Subject(sessions=tuple(s.slug for s in keynotes), group=asked.group)
        case Action.POSTERS:
            shown = await programme.posters(db, conf, clock, asked.day)
            return shown, Subject(day=_day_key(conf, clock, asked), group=asked.group)
        case Action.SCHEDULE:
            shown = await programme.schedule(db, conf, clock, asked.day)
            return shown, Subject(day=_day_key(conf, clock, asked))
        case Action.CONFERENCE:
            shown = programme_render.conference_embed(conf, len(known.sessions), known.papers, [])
            return shown, Subject()
        case Action.NEXT_EDITION:
            return render.next_edition_embed(conf), Subject()
        case Action.WINDOW:
            return await _window(db, conf, clock, known, asked)
        case Action.PERSON:
            return await _person(db, conf, clock, known, asked)
        case Action.AUTHOR:
            return await _author(db, conf, clock, known, asked)
        case Action.ROOM:
            return _room(conf, clock, known, asked)
        case Action.AWARD:
            found = await paper_service.with_award(db, conf, asked.keys[0])
            shown = render.award_embed(conf, asked.keys[0], found)
            return shown, Subject(papers=tuple(paper.slug for paper in found))
        case Action.SESSION:
            return await _session(db, conf, clock, known, asked)
        case Action.PAPER:
            return await papers.paper(db, conf, asked.keys[0]), Subject(papers=asked.keys[:1])
        case Action.TOPIC:
            return await _topic(db, conf, known, asked)
        case Action.ROOMS:
            rooms = list(dict.fromkeys(s.room for s in known.sessions if s.room))
            return render.rooms_embed(conf, rooms), Subject()
    return await _search(db, conf, clock, known, asked)


async def _like(
    db: AsyncSession, conf: ConferenceView, named: str, context: Subject | None
) -> Reply:
    """Papers like the one named, or like the paper the answer replied to showed ('more like
    this' under a paper card): taken from the bot's own answer, never from user text."""
    shown = context.papers[0] if context and context.papers else None
    if not named and shown is None:
        return Reply(content=LIKE_WHAT)
    embed = await papers.papers_like(db, conf, named or shown or "")
    return Reply(embed, subject=Subject(papers=(shown,) if shown and not named else ()))


LIKE_WHAT = (
    "Like which paper? Name it (“papers like the … one”), or reply to a paper card with "
    "“more like this”."
)


async def _topic(db: AsyncSession, conf: ConferenceView, known: Known, asked: Intent) -> Shown:
    """Sessions and papers on a topic, of the kind asked when there are any ('the climate
    talk' is a keynote)."""
    found = await topic_service.topic_match(db, conf, asked.keys[0], asked.group)
    if asked.group and not found.sessions:
        found = await topic_service.topic_match(db, conf, asked.keys[0])
    if not found.papers and asked.query and asked.group is None:
        written = await paper_service.search_papers(
            db, conf, asked.query, TOPIC_PAPERS, known.spelling
        )
        refs = tuple(PaperRef(p.slug, p.title, p.kind, p.award) for p in written)
        found = replace(found, papers=refs)
    if not found.sessions and len(found.papers) == 1:
        return await papers.paper(db, conf, found.papers[0].slug), Subject(
            papers=(found.papers[0].slug,)
        )
    subject = Subject(sessions=tuple(s.slug for s in found.sessions), topics=asked.keys[:1])
    return programme_render.topic_embed(conf, found), replace(subject, group=asked.group)


async def _statement(db: AsyncSession, conf: ConferenceView, known: Known, said: str) -> Shown:
    """A remark that asks nothing: answered only if a talk or paper has all its words
    ('lotery tiket' is a paper's name misspelt; 'free pizza in the hall' is not)."""
    hits = known.index.search(words(said))
    named = [hit.session for hit in hits if hit.coverage >= WHOLE]
    if named:
        return await _sessions(db, conf, named)
    if known.has_papers:
        found = await paper_service.find_papers(db, conf, said, papers.SHOWN, known.spelling)
        if found.papers:
            return papers.paper_embed(conf, found), Subject(papers=(found.papers[0].slug,))
    guessed = [hit.session for hit in hits if hit.coverage >= GUESS and hit.named][:3]
    if guessed:
        return _guesses(conf, said, guessed)
    return render.unclear_embed(conf, said), Subject()


def _guesses(conf: ConferenceView, said: str, guessed: list[SessionView]) -> Shown:
    """Talks that have some of the words, offered, never shown as the answer; a reply to
    the offer is about what was offered."""
    subject = Subject(sessions=tuple(session.slug for session in guessed))
    return render.nothing_embed(conf, said, [s.title for s in guessed]), subject


async def _search(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
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
    if asked.now:  # 'what's on now? (in the main hall)': the moment outranks loose words
        shown = programme.now_and_next_among(conf, known.sessions, clock.now(), asked.group)
        return shown, Subject(group=asked.group)
    listed = known.affiliations.named(asked.query)
    if listed is not None:  # 'papers from google brain'
        return await _affiliated(db, conf, listed)
    near: list[str] = []
    if known.has_papers:
        found = await paper_service.find_papers(db, conf, asked.query, papers.SHOWN, known.spelling)
        if found.papers:
            return papers.paper_embed(conf, found), Subject(papers=(found.papers[0].slug,))
        near = [paper.title for paper in found.near]
    if whole:
        return await _sessions(db, conf, whole)
    guessed = [hit.session for hit in hits if hit.coverage >= GUESS][:3]
    if known.has_papers and not guessed:
        raise NotFound("paper", asked.query.strip(), near)
    return _guesses(conf, asked.query, guessed)


async def _affiliated(db: AsyncSession, conf: ConferenceView, listed: Affiliated) -> Shown:
    """The papers whose authors list an affiliation, under its name."""
    written = await paper_service.in_full(db, conf, list(listed.paper_ids))
    shown = render.person_embed(conf, listed.name, [], written)
    return shown, Subject(papers=tuple(paper.slug for paper in written[:1]))


async def _sessions(db: AsyncSession, conf: ConferenceView, sessions: list[SessionView]) -> Shown:
    """One session in full, several as a list."""
    subject = Subject(sessions=tuple(session.slug for session in sessions))
    if len(sessions) == 1:
        return await programme.session(db, conf, sessions[0].slug), subject
    return render.sessions_embed(conf, "sessions", sessions, ""), subject


def _day(conf: ConferenceView, clock: Clock, asked: Intent) -> date | None:
    if asked.day is None and asked.part is None:
        return None
    return day_of(conf, Named(asked.day, asked.part), clock)


def _moment(conf: ConferenceView, clock: Clock, asked: Intent) -> datetime:
    """The instant a question asks about: a time of day on the day it names (today if
    none), a while from now, or now."""
    if asked.at is not None:
        day = day_of(conf, Named(asked.day or "today"), clock)
        return datetime.combine(day, asked.at, tzinfo=conf.zone)
    return clock.now() + (asked.offset or timedelta())


def _day_key(conf: ConferenceView, clock: Clock, asked: Intent) -> str | None:
    """The day an answer was about, as a later reply can name it again."""
    day = _day(conf, clock, asked)
    return day.isoformat() if day else None


def _scope(asked: Intent, day: date | None) -> str:
    kind = GROUPS[asked.group].choice if asked.group else ""
    when = f"{day_label(day)}{f', {asked.part.value}' if asked.part else ''}" if day else ""
    return ", ".join(part for part in (kind, when) if part) or "the programme"


async def _window(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
    """A part of a day, or every session of a kind when no day was asked ('the workshops')."""
    day = _day(conf, clock, asked)
    if day is None and asked.group is None:
        day = day_of(conf, Named(), clock)
    found = narrowed(list(known.sessions), conf, day=day, part=asked.part, group=asked.group)
    if asked.without is not None:
        found = [s for s in found if s.kind not in kinds_of(asked.without)]
    scope = _scope(asked, day)
    if len(found) == 1 and Asks.PAPERS in asked.asks:  # 'tuesday afternoon orals: papers?'
        return await _sessions(db, conf, found)
    shown = render.sessions_embed(conf, scope, found, f"Nothing is scheduled for {scope}.")
    return shown, _listed(found, day, asked)


def _listed(found: list[SessionView], day: date | None, asked: Intent) -> Subject:
    """What a listed part of the programme was about, for a reply to it ('and in the
    afternoon?' keeps the day and kind, changes the part)."""
    return Subject(
        sessions=tuple(s.slug for s in found),
        day=day.isoformat() if day else None,
        part=asked.part,
        group=asked.group,
    )


async def _person(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
    name = asked.keys[0]
    theirs = known.with_person(name)
    day = _day(conf, clock, asked)
    # "Dwork's talk" says talk, but hers is a keynote: the kind narrows only when it can.
    sessions = narrowed(theirs, conf, day=day, part=asked.part, group=asked.group) or narrowed(
        theirs, conf, day=day, part=asked.part
    )
    written = [] if asked.group and sessions else await paper_service.by_author(db, conf, name)
    subject = Subject(
        sessions=tuple(s.slug for s in sessions),
        papers=tuple(paper.slug for paper in written[:1]),
        people=(name,),
    )
    return render.person_embed(conf, name, sessions, written), subject


async def _author(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
    """An author the vocabulary does not hold (a very large conference keeps no author names
    in memory), looked up by name; else the close names, said out loud; words after 'by'
    that are nobody's name ('by trial and error') are searched for like any others."""
    typed = asked.query
    written = await paper_service.by_author(db, conf, typed)
    typed_words = words(typed)
    for start in range(len(typed_words)):  # 'by google brain', 'by people at stanford'
        listed = None if written else known.affiliations.named(" ".join(typed_words[start:]))
        if listed is not None:
            return await _affiliated(db, conf, listed)
    close = [] if written else known.vocabulary.close_names(typed)
    if close and phrase_key(close[0])[-1:] == phrase_key(typed)[-1:]:
        typed = close[0]  # 'pfuelb' is how 'Pfülb' is typed without umlauts, not a typo
        written = await paper_service.by_author(db, conf, typed)
    if not written and not close:
        return await _search(db, conf, clock, known, replace(asked, query=typed))
    if not written:
        return render.no_author_embed(conf, typed, close), Subject()
    wanted = words(typed)
    names = {a for paper in written for a in paper.authors if words(a)[-len(wanted) :] == wanted}
    subject = Subject(papers=tuple(paper.slug for paper in written[:1]))
    if len(names) > 1:
        name = typed.title() if typed.islower() else typed
        return render.person_embed(conf, name, [], written), subject
    (name,) = names
    subject = Subject(papers=subject.papers, people=(name,))
    return render.person_embed(conf, name, known.with_person(name), written), subject


def _room(conf: ConferenceView, clock: Clock, known: Known, asked: Intent) -> Shown:
    if asked.now or asked.at or asked.offset:
        inside = known.in_rooms(asked.keys)
        moment = _moment(conf, clock, asked)
        shown = programme.now_and_next_among(conf, inside, moment, asked.group)
        return shown, Subject(group=asked.group)
    day = _day(conf, clock, asked)
    found = narrowed(known.in_rooms(asked.keys), conf, day=day, part=asked.part, group=asked.group)
    heading = f"{' and '.join(asked.keys)}" + (f", {_scope(asked, day)}" if day else "")
    shown = render.sessions_embed(conf, heading, found, f"Nothing is scheduled in {heading}.")
    return shown, _listed(found, day, asked)


async def _session(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
    """One named session in full; several (every lunch) narrowed by the day asked, if any."""
    sessions = [s for slug in asked.keys if (s := known.session(slug)) is not None]
    day = _day(conf, clock, asked)
    if len(sessions) > 1 and day is not None:
        sessions = narrowed(sessions, conf, day=day, part=asked.part) or sessions
    subject = Subject(sessions=tuple(s.slug for s in sessions))
    if len(sessions) == 1 and Asks.SUMMARY in asked.asks:
        return await programme.session_summary(db, conf, sessions[0].slug), subject
    if len(sessions) == 1 or (Asks.WHERE in asked.asks and len({s.room for s in sessions}) == 1):
        return await programme.session(db, conf, sessions[0].slug), subject
    title = sessions[0].title if len({s.title for s in sessions}) == 1 else "sessions"
    return render.sessions_embed(conf, title, sessions, ""), subject

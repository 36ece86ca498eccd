"""Answers about the programme at a time: what runs now or at a moment and what starts next,
a part of a day or a kind of session, every keynote. Kept apart from `answers`, which decides
between these and the answers about things named (people, rooms, papers, words)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat import absent, moments, render
from bot.chat.context import Subject
from bot.chat.intent import Action, Intent
from bot.chat.presenting import presenting
from bot.chat.reading import Asks
from bot.chat.render import Shown
from bot.chat.retrieval import SessionIndex
from bot.chat.scope import counted, listed, scope_of
from bot.chat.service import Known, narrowed
from bot.chat.shown import sessions_shown
from bot.chat.when import Named, Part, day_of
from bot.clock import Clock
from bot.domain.days import ENGLISH_WEEKDAYS
from bot.domain.kinds import Group, Kind, kinds_of
from bot.domain.records import ConferenceView, SessionView
from bot.domain.text import words
from bot.i18n.catalogues import N_, Domain, translate
from bot.i18n.formats import time_label
from bot.programme import answers as programme
from bot.programme import render as programme_render
from bot.programme import service as topic_service


def unplanned(conf: ConferenceView, clock: Clock, known: Known, asked: Intent, empty: bool) -> bool:
    """Whether an invitation to the channel ('falafel once this ends, anyone?') names nothing
    the programme holds: nothing its words find (`empty`), or no session by the name it is
    to follow, so the moment it would follow is no answer to it."""
    if asked.action == Action.SEARCH:
        return empty
    start = moments.start(conf, clock, asked)
    named = moments.followed_session(conf, known.index, start, asked.after)
    return asked.action == Action.NOW and bool(asked.after) and named is None


async def now_held(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
    """What runs now; asked which papers a kind of session presents now ('which papers are
    in the orals right now'), the one such session running, in full with its papers, since
    its name alone does not say what is presented."""
    asked = moments.past_the_kind_running(conf, known.sessions, clock.now(), asked)
    if Asks.PAPERS in asked.asks and asked.group is not None and not asked.after:
        kind = narrowed(list(known.sessions), conf, group=asked.group)
        running = moments.on_now(kind, clock.now())
        if len(running) == 1:
            slug = running[0].slug
            shown, held = await programme.session_listing(db, conf, slug, asked.language)
            if held:
                return shown, Subject(sessions=(slug,), papers=held, group=asked.group)
    moment = moments.after(conf, known.index, moments.start(conf, clock, asked), asked.after)
    if Asks.PAPERS in asked.asks and asked.after:
        presented = await _presented_next(db, conf, known, asked, moment)
        if presented is not None:  # 'the paper talks right after goodfellow, which ones'
            return presented
    then = now(conf, clock, known, asked)
    return await presenting(db, conf, known, then, moment, asked.language)


async def _presented_next(
    db: AsyncSession, conf: ConferenceView, known: Known, asked: Intent, moment: datetime
) -> Shown | None:
    """The one session starting as the one followed ends that presents papers, in full with
    them: asked which papers come after a talk, its name alone does not say."""
    group = None if asked.group is Group.EVERYTHING else asked.group
    listed: list[Shown] = []
    for session in topic_service.at_instant(conf, known.sessions, moment, group).upcoming:
        shown, held = await programme.session_listing(db, conf, session.slug, asked.language)
        if held:
            listed.append((shown, Subject(sessions=(session.slug,), papers=held)))
    return listed[0] if len(listed) == 1 else None


def running_named(
    named: list[SessionView], clock: Clock, asked: Intent, index: SessionIndex
) -> list[SessionView]:
    """Asked at this moment ('which crypto talk is on right now'), the talks named that run
    now, when any does, not every one whenever it runs; else all of them, to say when. Among
    those running, a title spelling a word of the question another language's way counts as
    named ('Krypto für die Zukunft'): the moment keeps the spelling from reaching talks the
    question does not mean."""
    if not asked.now:
        return named
    sounding = [s for s in index.titled_sounding(words(asked.query)) if s not in named]
    return moments.on_now([*named, *sounding], clock.now()) or named


def now(conf: ConferenceView, clock: Clock, known: Known, asked: Intent) -> Shown:
    """What runs and what starts next, now or as the session asked to follow ends."""
    moment = moments.after(conf, known.index, moments.start(conf, clock, asked), asked.after)
    topics = set(asked.keys)
    on = [s for s in known.sessions if topics & set(s.topics)] if topics else known.sessions
    start = moments.start(conf, clock, asked)
    on = moments.once_over(conf, known.index, start, asked.after, on)
    if asked.same_room:  # "what's after las vegas lady on that stage": in its room
        followed = moments.followed_session(conf, known.index, start, asked.after)
        on = [s for s in on if followed is None or s.room == followed.room]
    return on_at(conf, on, moment, asked)


RELATIVE_DAYS = frozenset(
    {"today", "tomorrow", "yesterday", "day after tomorrow", "last night"}
    | {"next week", "next month", "next year"}
)
"""Days said from today, in the reader's terms: asked before or after the conference, they
name no day of it."""


def outside(conf: ConferenceView, clock: Clock, asked: Intent) -> bool:
    """Whether a day asked from today ('this morning', 'tomorrow') falls outside the
    conference because today does: then the moment answers, saying when it starts or that
    it is over, not a list of its days."""
    today = clock.now().astimezone(conf.zone).date()
    running = conf.start_date <= today <= conf.end_date
    said = asked.day is None or asked.day in RELATIVE_DAYS
    # "we're on friday now, anything left?" the day after: today's weekday names today
    return not running and (said or today.weekday() in ENGLISH_WEEKDAYS.named(asked.day or ""))


def at_time(conf: ConferenceView, clock: Clock, known: Known, asked: Intent) -> Shown:
    """A time of day asked: what runs then and starts next; a stretch from it ('wednesday
    after 4pm', 'between 2 and 4pm'), every session starting in it, up to its end or that
    night's, since what runs at its first minute is only the start of what was asked."""
    moment = moments.moment(conf, clock, asked)
    if not asked.onward:
        return on_at(conf, known.sessions, moment, asked)
    found = moments.onward(conf, known.sessions, moment, asked.group, asked.until)
    day = moment.astimezone(conf.zone).date()
    scope = f"{scope_of(asked, day)}, {_stretch(moment.astimezone(conf.zone), asked)}"
    empty = translate(
        asked.language, "Nothing is scheduled for {scope}.", domain=Domain.CHAT, scope=scope
    )
    shown = render.sessions_embed(conf, counted(scope, found, asked), found, empty, asked.language)
    return shown, listed(found, day, asked)


def _stretch(start: datetime, asked: Intent) -> str:
    """The hours a stretch asked covers, as its heading says them ('14:00–16:00', 'from
    16:00'): the list holds only what starts in them, which the heading must tell."""
    if asked.until is not None:
        return f"{time_label(start)}–{asked.until:%H:%M}"
    return translate(asked.language, "from {time}", domain=Domain.CHAT, time=time_label(start))


def on_at(
    conf: ConferenceView,
    sessions: Sequence[SessionView],
    moment: datetime,
    asked: Intent,
    rooms: tuple[str, ...] = (),
) -> Shown:
    """What runs at a moment and starts next, remembered so a reply can ask a fact of it:
    of a moment named ('in 10 min', 'at 4'), what runs then comes first; of now, what comes
    next ('anything on next?' then 'who's giving it'). The rooms asked about are kept: 'and
    after her, same place?' asks what follows there."""
    state = topic_service.at_instant(conf, sessions, moment, asked.group)
    shown = programme_render.now_next_embed(conf, state, asked.group, asked.language)
    named = asked.offset is not None or asked.at is not None
    first, then = (state.current, state.upcoming) if named else (state.upcoming, state.current)
    on = tuple(s.slug for s in (*first, *then))
    return shown, Subject(group=asked.group, now_next=on, rooms=rooms)


async def keynotes(db: AsyncSession, conf: ConferenceView, known: Known, asked: Intent) -> Shown:
    """Every keynote with its speaker and abstract; a conference's only keynote in full, with
    its room; none said so in the question's language."""
    keynotes = narrowed(list(known.sessions), conf, group=Group.KEYNOTE)
    subject = Subject(sessions=tuple(s.slug for s in keynotes), group=asked.group)
    if len(keynotes) == 1:
        return (await sessions_shown(db, conf, keynotes, asked.language))[0], subject
    if not keynotes:
        scope = scope_of(asked, None)
        empty = translate(
            asked.language, "Nothing is scheduled for {scope}.", domain=Domain.CHAT, scope=scope
        )
        return render.sessions_embed(conf, scope, [], empty, asked.language), subject
    shown = await programme.keynotes(db, conf, asked.language)
    # 'how many keynote slots': the keynotes themselves, not the debate listed beside them
    talks = [s for s in keynotes if s.kind == Kind.KEYNOTE] or keynotes
    shown.title = counted(shown.title or "", talks, asked)
    return shown, subject


async def posters(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
    """The poster sessions of a day, or of every day; asked how many, the card opens with the
    number, since counting the fields of a long card is the asker's work otherwise."""
    if asked.day and not narrowed(
        list(known.sessions), conf, day=moments.day(conf, clock, asked), group=Group.POSTER
    ):  # 'is there a poster session on monday': there is nothing, said so
        return await window(db, conf, clock, known, asked)
    shown = await programme.posters(db, conf, clock, asked.day, asked.language)
    if Asks.COUNT in asked.asks and shown.fields:
        shown.description = render.count_lead(len(shown.fields), asked.language)
    return shown, Subject(day=moments.day_key(conf, clock, asked), group=asked.group)


async def first(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
    """What opens (or closes) a day, with who opens it; a day with nothing of the kind asked
    at its edge is shown whole."""
    opening = moments.first(conf, clock, known.sessions, asked)
    if opening:
        return await sessions_shown(db, conf, opening, asked.language, people=True)
    return await window(db, conf, clock, known, asked)


async def window(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
    """A part of a day, or every session of a kind when no day was asked ('the workshops')."""
    day = moments.day(conf, clock, asked)
    lacking = absent.days_lacking(conf, known.sessions, asked)
    if len(lacking) == 1:  # 'which day has no posters': that day's programme
        day = lacking[0]
    if day is None and asked.group is None and not lacking:
        day = day_of(conf, Named(), clock)
    found = narrowed(list(known.sessions), conf, day=day, part=asked.part, group=asked.group)
    if lacking:
        found = [
            s for s in found if s.starts_at and s.starts_at.astimezone(conf.zone).date() in lacking
        ]
    if asked.after:  # 'anything this evening once the posters wrap up': what runs after them
        start = moments.start(conf, clock, asked)
        found = moments.once_over(conf, known.index, start, asked.after, found)
    if not found and asked.day is None and asked.part and asked.group:
        # 'when do the afternoon posters usually begin': none today, so on every day
        day, found = None, moments.on_every_day(conf, known.sessions, asked)
    if asked.without is not None:
        found = [s for s in found if s.kind not in kinds_of(asked.without)]
    if asked.until is not None and asked.at is None:  # 'before 10am': what starts by then
        found = [
            s
            for s in found
            if s.starts_at and s.starts_at.astimezone(conf.zone).time() < asked.until
        ]
    if asked.remaining and day == clock.now().astimezone(conf.zone).date():
        found = [s for s in found if s.starts_at is None or s.starts_at >= clock.now()]
        if not found:  # 'anything else on tonight?' once the day's last session is over
            return nothing_more(conf, clock, known, asked, day)
    if not found and asked.group is not None and day == clock.now().astimezone(conf.zone).date():
        return nothing_more(conf, clock, known, asked, day, held=False)  # the next of the kind
    scope = scope_of(asked, day)
    one = Asks.PAPERS in asked.asks or asked.group is not None or asked.without is not None
    if len(found) == 1 and one:
        # 'tuesday afternoon orals: papers?', "yesterday's keynote, what was it called",
        # 'anything over lunch besides food': the one session asked for, in full
        shown, one_shown = await sessions_shown(db, conf, found, asked.language)
        return shown, replace(listed(found, day, asked), papers=one_shown.papers)
    empty = translate(
        asked.language, "Nothing is scheduled for {scope}.", domain=Domain.CHAT, scope=scope
    )
    heading = counted(scope, found, asked)
    # 'what time is lunch': a break's or a meal's end is as much its time as its start
    pause = asked.part is Part.LUNCH or asked.group in (Group.MEAL, Group.BREAK)
    until, lead = Asks.END in asked.asks or pause, Asks.COUNT not in asked.asks
    shown = render.sessions_embed(
        conf, heading, found, empty, asked.language, until=until, lead=lead
    )
    return shown, listed(found, day, asked)


def nothing_more(
    conf: ConferenceView, clock: Clock, known: Known, asked: Intent, day: date, *, held: bool = True
) -> Shown:
    """Nothing of what is asked still starts in that part of today: said so, with what starts
    next (of the kind asked), rather than listing what has already run as though it were
    still to come. When that part of today `held` none of the kind at all ('any posters
    before lunch today?' on a day without any), the answer says so, then when they come."""
    later = [
        s
        for s in known.sessions
        if s.starts_at
        and s.starts_at > clock.now()
        and (asked.group is None or s.kind in kinds_of(asked.group))
    ]
    first = min((s.starts_at for s in later if s.starts_at), default=None)
    following = [s for s in later if s.starts_at == first]
    scope = scope_of(asked, day)
    said = SAID[held, bool(following)]
    line = translate(asked.language, said, domain=Domain.CHAT, scope=scope)
    shown = render.sessions_embed(conf, scope, following, line, asked.language, lead=False)
    if following:
        shown.description = f"{line}\n{shown.description}"
    return shown, Subject(sessions=tuple(s.slug for s in following))


SAID = {
    (True, True): N_("Nothing more starts {scope}. Next:", domain=Domain.CHAT),
    (True, False): N_("Nothing more starts {scope}.", domain=Domain.CHAT),
    (False, True): N_("Nothing is scheduled for {scope}. Next:", domain=Domain.CHAT),
    (False, False): N_("Nothing is scheduled for {scope}.", domain=Domain.CHAT),
}
"""What a part of today with nothing (more) of the kind asked is told, by whether it held
any and whether any follows."""

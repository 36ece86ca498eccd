"""The moment and the day a question asks about: a time of day, a while from now, now, or the
end of the session it asks to follow ('what comes after the coffee break').

A session to follow is looked for among those still to end that day, by its title's words or
by its kind, so 'after lunch', 'after the keynote' and 'after the Dwork talk' all work at any
conference without a word list of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from bot.chat.catalogue import reader
from bot.chat.intent import Intent
from bot.chat.reading import Asks, kind_named
from bot.chat.retrieval import SessionIndex
from bot.chat.service import narrowed
from bot.chat.when import HOURS, NIGHT_ENDS, Named, Part, day_of
from bot.clock import Clock
from bot.domain.kinds import Group, Kind, kinds_of
from bot.domain.records import ConferenceView, SessionView
from bot.domain.text import words

WHOLE = 0.99
"""The session to follow must have every word the question gave for it."""
JUST_BEFORE = timedelta(seconds=1)
"""The moment asked about is just before the followed session ends: it is still 'on now' and
what starts as it ends is 'next'."""


LAST_DAY = "last day"
HALF_DAY = timedelta(hours=12)
JUST_BEGUN = timedelta(hours=1)
"""A bare hour gone by less than this is the one just begun, asked by someone arriving late
('who gives the 9 o'clock talk' at 9:20), not the same hour twelve hours on."""
LATE_PARTS = frozenset({Part.AFTERNOON, Part.AFTER_LUNCH, Part.EVENING})
"""Parts of a day in which an hour said without am or pm is after noon."""
EARLY_HOURS = 6
"""Sessions before this hour belong to the night before: a day of only those is no day."""


def last_day_held(conf: ConferenceView, sessions: Sequence[SessionView], asked: Intent) -> Intent:
    """'The last day' is the last with a programme: a schedule whose nights run past
    midnight ends, by its dates, on a day that only holds the last night's end."""
    if asked.day != LAST_DAY:
        return asked
    held = [
        local.date()
        for s in sessions
        if s.starts_at and (local := s.starts_at.astimezone(conf.zone)).hour >= EARLY_HOURS
    ]
    return replace(asked, day=max(held).isoformat()) if held else asked


def day(conf: ConferenceView, clock: Clock, asked: Intent) -> date | None:
    if asked.day is None and asked.part is None:
        return None
    return day_of(conf, Named(asked.day, asked.part), clock)


def day_key(conf: ConferenceView, clock: Clock, asked: Intent) -> str | None:
    """The day an answer was about, as a later reply can name it again."""
    found = day(conf, clock, asked)
    return found.isoformat() if found else None


def moment(conf: ConferenceView, clock: Clock, asked: Intent) -> datetime:
    """The instant a question asks about: a time of day on the day it names (today if
    none), a while from now, or now."""
    if asked.at is not None:
        on = day_of(conf, Named(asked.day or "today"), clock)
        if asked.at < NIGHT_ENDS and (asked.part == Part.EVENING or _tonight(conf, clock, asked)):
            on += timedelta(days=1)  # '1am tonight'; 'around midnight' asked at 23:20
        then = datetime.combine(on, asked.at, tzinfo=conf.zone)
        later = then + HALF_DAY
        if not asked.either_half or asked.at < NIGHT_ENDS:
            return then
        if asked.part in LATE_PARTS:  # '9:30 tonight'
            return later
        if asked.day is None and asked.part is None:
            now = clock.now()
            if then <= now < then + JUST_BEGUN:
                return then
            return later if then < now < later else then  # 'at 8' asked at 19:35
        return then
    return clock.now() + (asked.offset or timedelta())


def _tonight(conf: ConferenceView, clock: Clock, asked: Intent) -> bool:
    """Whether a small hour said with no day or part of one ('what starts around midnight')
    is asked in the evening: then it is the coming night's, not the one gone."""
    evening = HOURS[Part.EVENING][0]
    return asked.day is None and clock.now().astimezone(conf.zone).time() >= evening


def onward(
    conf: ConferenceView,
    sessions: Sequence[SessionView],
    moment: datetime,
    group: Group | None,
    until: time | None = None,
) -> list[SessionView]:
    """The sessions (of a kind) that start from `moment` until `until` (the hour a stretch
    asked about ends; past midnight, the next day's) or that night's end, in order."""
    ends = datetime.combine(moment.date() + timedelta(days=1), NIGHT_ENDS, tzinfo=conf.zone)
    if until is not None:
        bound = datetime.combine(moment.date(), until, tzinfo=conf.zone)
        ends = bound if bound > moment else bound + timedelta(days=1)
    kinds = kinds_of(group or Group.EVERYTHING)
    found = [s for s in sessions if s.starts_at and moment <= s.starts_at < ends]
    return sorted((s for s in found if s.kind in kinds), key=_start)


def start(conf: ConferenceView, clock: Clock, asked: Intent) -> datetime:
    """Where to look for a session to follow: now, or the start of the day asked about
    ("what's after the closing remarks on thursday"); today's from now on ('this evening
    once the posters wrap up' follows the posters still up, not the morning's)."""
    on = day(conf, clock, asked) if asked.after and asked.day else None
    if on is None or on == clock.now().astimezone(conf.zone).date():
        return clock.now()
    return datetime.combine(on, NIGHT_ENDS, tzinfo=conf.zone)


def after(
    conf: ConferenceView, index: SessionIndex, when: datetime, followed: str | None
) -> datetime:
    """The end of the first session that day, not yet over at `when`, that the words
    `followed` name (by every word of its title, or as a kind: 'the keynote'); `when` if
    none does."""
    first = followed_session(conf, index, when, followed)
    return first.ends_at - JUST_BEFORE if first and first.ends_at else when


def once_over(
    conf: ConferenceView,
    index: SessionIndex,
    when: datetime,
    followed: str | None,
    sessions: Sequence[SessionView],
) -> list[SessionView]:
    """Of `sessions`, those still to run once the session `followed` names has ended: asked
    'once the posters wrap up', the posters themselves and whatever ends with them are past,
    so an evening holding nothing else says so instead of showing them."""
    first = followed_session(conf, index, when, followed)
    if first is None or first.ends_at is None or _later_day(conf, first, when):
        return list(sessions)  # 'done with the posters': over already, so from now on
    ends = first.ends_at
    return [s for s in sessions if (s.ends_at or s.starts_at or ends) > ends and s != first]


def _later_day(conf: ConferenceView, session: SessionView, when: datetime) -> bool:
    local = when.astimezone(conf.zone).date()
    return _start(session).astimezone(conf.zone).date() > local


def followed_session(
    conf: ConferenceView, index: SessionIndex, when: datetime, followed: str | None
) -> SessionView | None:
    """The first session that day, not yet over at `when`, that the words `followed` name; a
    title named that day does not hold is its next showing ('once the review wraps up' asked
    the day before). A block and its first item start together: the block is followed
    ('once the lightning talks finish')."""
    if not followed:
        return None
    local_day = when.astimezone(conf.zone).date()
    open_ = [
        s
        for s in index.sessions
        if s.starts_at
        and s.ends_at
        and s.ends_at > when
        and s.starts_at.astimezone(conf.zone).date() == local_day
    ]
    latest = reader().ordinals[-1]
    filler = reader().filler - latest  # 'the freebox one' is named by 'freebox'
    named_by = [word for word in words(followed) if word not in filler]
    said = [word for word in named_by if word not in latest] or named_by or words(followed)
    named = _wholly(index, said)
    placed = reader().place | reader().main  # 'goodfellow's talk in the big hall'
    if not named and (unplaced := [word for word in named_by if word not in placed]):
        named_by = unplaced
        said = [word for word in named_by if word not in latest] or named_by
        named = _wholly(index, said)
    kind = kind_named(" ".join(said))
    kinds = kinds_of(kind) if kind else _kinds_said(followed) if not named else frozenset()
    if not named and kinds:
        own = _of_kind(index, [word for word in said if kind_named(word) is None], kinds)
        if own:  # "goodfellow's keynote": that one, on whichever day it is
            return min((s for s in own if s.ends_at and s.ends_at > when), key=_start, default=None)
    fits = [s for s in open_ if s.slug in named or s.kind in kinds] or [
        s for s in index.sessions if s.slug in named and s.ends_at and s.ends_at > when
    ]
    if len(said) < len(named_by):  # 'once the last posters end'
        # the last of the kind named, not the closing after it whose text mentions orals
        fits = [s for s in fits if s.kind in kinds] or fits
        return max(fits, key=lambda s: (_start(s), _length(s)), default=None)
    return min(fits, key=lambda s: (_start(s), -_length(s)), default=None)


def _wholly(index: SessionIndex, said: list[str]) -> set[str]:
    """The sessions whose text holds every word said; when none does, a word naming no
    session (in no title, subtitle or people) is the asker's own description of it: 'the
    infocalypse rant' is the talk titled 'Infocalypse now'."""
    named = _holding(index, said)
    if named:
        return named
    naming = [word for word in said if any(hit.named for hit in index.search([word]))]
    return _holding(index, naming) if naming and len(naming) < len(said) else named


def _holding(index: SessionIndex, said: list[str]) -> set[str]:
    return {hit.session.slug for hit in index.search(said) if hit.coverage >= WHOLE}


def _of_kind(index: SessionIndex, named_by: list[str], kinds: frozenset[Kind]) -> list[SessionView]:
    """The sessions of a kind that the other words of a question name wholly (a speaker's
    name beside 'keynote'), each with a start."""
    if not named_by:
        return []
    named = _wholly(index, named_by)
    return [s for s in index.sessions if s.slug in named and s.kind in kinds and s.starts_at]


def _kinds_said(followed: str) -> frozenset[Kind]:
    """The kinds of session a data file would name that the words say ('the closing
    remarks' follows the session of kind closing, whatever its title)."""
    said = set(words(followed))
    return frozenset(kind for kind in Kind if kind.value in said)


def _start(session: SessionView) -> datetime:
    assert session.starts_at is not None
    return session.starts_at


def _length(session: SessionView) -> timedelta:
    return (session.ends_at or _start(session)) - _start(session)


def _local_start(session: SessionView, conf: ConferenceView) -> time:
    return _start(session).astimezone(conf.zone).time()


def first(
    conf: ConferenceView, clock: Clock, sessions: Sequence[SessionView], asked: Intent
) -> list[SessionView]:
    """What opens the day asked about (today while the conference runs, else its first
    day), or closes it when `asked.last`: the sessions of the kind asked, in the rooms
    asked, that start first (last); breaks and meals left out unless asked for. A day's
    night runs on past midnight."""
    over = clock.now().astimezone(conf.zone).date() > conf.end_date
    if asked.last and asked.day is None and over:  # 'camp is done, what was the last thing'
        asked = last_day_held(conf, sessions, replace(asked, day=LAST_DAY))
    on = day_of(conf, Named(asked.day, asked.part), clock)
    where = [s for s in _before_closing(conf, sessions, on, asked) if _where_on(s, asked)]
    kind = asked.group or Group.EVERYTHING
    part = Part.EVENING if asked.last else asked.part
    held = narrowed(where, conf, day=on, part=part, group=kind)
    if asked.last and not held:  # a hall whose day ends before the evening: its last is earlier
        held = narrowed(where, conf, day=on, group=kind)
    if not asked.last:  # a set at 01:00 closes the night before; it opens nothing
        held = [s for s in held if _local_start(s, conf) >= NIGHT_ENDS] or held
    if asked.ceremony:  # 'who wraps up the conference': its closing, at whatever hour
        whole = narrowed(where, conf, day=on)
        held = _ceremonial(whole, last=asked.last) or held
    pick = max if asked.last else min
    opening = pick((_start(s) for s in held), default=None)
    return [s for s in held if _start(s) == opening]


def _before_closing(
    conf: ConferenceView, sessions: Sequence[SessionView], on: date, asked: Intent
) -> list[SessionView]:
    """The sessions starting before the conference's own closing on `on`, when the last
    asked is bound by it ('the last talk in saal one before they close'): the closing is
    the end of the day, not its last talk."""
    said = " ".join(words(asked.in_english or asked.question))
    if not (asked.last and reader().before_closing.search(said)):
        return list(sessions)
    closing = _ceremonial(narrowed(list(sessions), conf, day=on), last=True)
    bound = min((_start(s) for s in closing), default=None)
    return [s for s in sessions if bound is None or (s.starts_at and s.starts_at < bound)]


def _where_on(session: SessionView, asked: Intent) -> bool:
    """Whether a session is in the rooms and of the topics asked, if any."""
    roomed = not asked.keys or session.room in asked.keys
    return roomed and (not asked.topics or bool(set(asked.topics) & set(session.topics)))


def _ceremonial(held: list[SessionView], *, last: bool) -> list[SessionView]:
    """The conference's own opening (closing) among a day's sessions: of that kind, else
    titled so ("Closing ceremony" filed as a talk); a "Closing reception" that evening is
    no closing when the programme has one of that kind."""
    kind = Kind.CLOSING if last else Kind.OPENING
    said = reader().closing if last else reader().opening
    return [s for s in held if s.kind == kind] or [s for s in held if set(words(s.title)) & said]


def on_every_day(
    conf: ConferenceView, sessions: Sequence[SessionView], asked: Intent
) -> list[SessionView]:
    """The sessions of the kind and part of day asked, on whichever day they are."""
    days = sorted({s.starts_at.astimezone(conf.zone).date() for s in sessions if s.starts_at})
    return [
        s
        for on in days
        for s in narrowed(list(sessions), conf, day=on, part=asked.part, group=asked.group)
    ]


def still_to_end(sessions: list[SessionView], now: datetime) -> SessionView:
    """The first of several showings (every coffee break) that has not ended yet, else the
    first: 'the next coffee, where?' late on Monday is not Monday morning's."""
    return next((s for s in sessions if s.ends_at is not None and s.ends_at > now), sessions[0])


def on_now(sessions: list[SessionView], now: datetime) -> list[SessionView]:
    """The showings running at `now`."""
    return [s for s in sessions if s.starts_at and s.ends_at and s.starts_at <= now < s.ends_at]


def now_there(asked: Intent, sessions: list[SessionView], clock: Clock) -> bool:
    """Whether the moment is asked of these sessions: said, or implied by asking who is on
    in a room where something runs now."""
    return asked.now or (asked.now_if_on and bool(on_now(sessions, clock.now())))


def past_the_kind_running(
    conf: ConferenceView, sessions: Sequence[SessionView], now: datetime, asked: Intent
) -> Intent:
    """Asked now how long a kind of session running goes on ('how long do the posters last,
    and then?'), the kind names what runs, not what follows it: next is whatever comes after,
    not the next session of that kind a day later."""
    if not asked.now or Asks.END not in asked.asks or asked.after:
        return asked
    if asked.group in (None, Group.EVERYTHING):
        return asked
    if not on_now(narrowed(list(sessions), conf, group=asked.group), now):
        return asked
    return replace(asked, group=None)

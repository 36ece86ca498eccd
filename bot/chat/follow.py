"""A reply to an earlier answer, read in that answer's context: "when is it?", "who's the
speaker?", "which stage?" ask about what it showed; "and in the afternoon?", "and the RL
ones?" ask the same again with one constraint changed; "what else is that guy doing" asks
about its speaker. A reply that names something of its own is a new question.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import tzinfo
from itertools import pairwise

from bot.chat.aliases import searched
from bot.chat.catalogue import reader
from bot.chat.context import Subject
from bot.chat.facets import (
    ANOTHER,
    AWAY,
    MAKERS,
    SHORT,
    WRITING,
    asks_a_writer_by_subject,
    asks_their_others,
)
from bot.chat.intent import Action, Intent
from bot.chat.language import english_words
from bot.chat.reading import OTHER, Asks, Reading
from bot.chat.service import Known
from bot.chat.theirs import PRESENTED
from bot.domain.kinds import GROUPS, Group
from bot.domain.records import SessionView
from bot.domain.text import fold, words
from bot.domain.vocabulary import Sense, singular
from bot.i18n.languages import Language

WHOLE_MATCH = 0.99
"""A reply's own words pick one of the sessions shown only if that session has them all."""
PERSONAL = frozenset({"he", "she", "him", "her", "his", "guy", "speaker", "person"})
WHERE_AFTER = frozenset({"in", "at", "on", "there"})
"""Words after 'after' that say where, not what is followed ('right after in that room')."""
"""Words pointing at whoever gave the session shown: 'is she in any other sessions' asks
of its speaker, 'any other dancing stuff' of its topic."""
CHOICE = frozenset({"or", "either"})
"""Words offering a choice: a reply naming rooms with one asks which of them it is in."""
STANDALONE = (Sense.PERSON, Sense.AUTHOR, Sense.PAPER, Sense.ROOM, Sense.SESSION, Sense.AWARD)
"""Whatever names one of these asks a new question, whatever came before."""


def in_context(
    reading: Reading, subject: Subject, known: Known, zone: tzinfo, *, replied: bool
) -> Intent | None:
    """The question a reply asks about `subject`, or None when it stands on its own. A
    message that is not a Discord reply continues the answer only if it points back at it
    ('when is it?'); either continues with a change only if it says so ('and ...')."""
    meanwhile = _meanwhile(reading, subject, known, zone)
    if meanwhile is not None:
        return meanwhile
    if reading.small_talk or reading.help:
        return None
    which_room = _which_room(reading, subject, known, replied=replied)
    if which_room is not None:
        return which_room
    the_other = _the_other(reading, subject, known)
    if the_other is not None:  # 'the other heartbleed talk': not the one shown
        return the_other
    its_session = _its_session(reading, subject)
    if its_session is not None:  # 'what else is in that session?' of one paper shown
        return its_session
    if asks_a_writer_by_subject(reading, subject):
        return None
    shown = [key for key in reading.keys(Sense.SESSION) if key in subject.sessions]
    if len(shown) == 1 and reading.asks:  # "the sources one, who's on?" of a list shown
        return Intent(Action.SESSION, keys=tuple(shown), asks=reading.asks)
    if _names_something(reading):
        return None
    if reading.after and not _after_it(reading):  # 'what's on after las vegas lady': its own
        return None
    if reading.alongside and len(subject.sessions) == 1:  # 'and in the other halls meanwhile?'
        rooms = tuple(reading.keys(Sense.ROOM))
        return Intent(Action.ALONGSIDE, keys=subject.sessions, rooms=rooms, asks=reading.asks)
    others = _their_others(reading, subject, known)
    if others is not None:
        return others
    said = reading.folded.split()
    places = reader().ordinals
    ordinal = reading.day is not None and any(reading.day in place for place in places)
    written = set(said) & WRITING and reading.day is None
    # 'when is the second one' of papers listed alone (an award's winners): one of them
    listed = not subject.sessions and (reading.day is None or ordinal)
    paper = _picked(said, subject.papers, least=1 if written else 2) if written or listed else None
    if paper is not None:  # 'who wrote the first one?' of the papers listed
        return Intent(Action.PAPER, keys=(paper,), asks=reading.asks)
    picked = _picked(said, subject.sessions) if reading.day is None or ordinal else None
    if picked is not None:
        return Intent(Action.SESSION, keys=(picked,), asks=reading.asks)
    if ordinal and subject.day and subject.group:  # 'and the 2nd one that day?': all of them
        return Intent(Action.WINDOW, day=subject.day, group=subject.group, asks=reading.asks)
    if not replied and not set(said) & reader().referring and not _continues(said):
        return None
    later = _later(reading, subject, known, zone) or _theirs(reading, subject, known)
    if later is not None:
        return later
    if len(subject.papers) > 1 and reading.group in PRESENTED:  # 'any of those an oral?'
        return Intent(Action.PAPER, keys=subject.papers, group=reading.group, asks=reading.asks)
    rest = [word for word in reading.leftover if word not in reader().referring]
    kind = reading.group if not set(said) & reader().referring else None
    refines = bool(reading.day or reading.part or kind or reading.names(Sense.TOPIC))
    now = reading.now and bool(set(said) & {"now", "next"})
    if refines or now or reading.offset or reading.at:
        if (
            rest
            or not _continues(said)
            or not (subject.day or subject.group or subject.topics or subject.rooms)
        ):
            return None
        return _refined(reading, subject)
    if subject.sessions:
        return _about_sessions(reading, subject, known, rest)
    on_stage = _on_stage(subject, known)
    if on_stage and Asks.SUMMARY in reading.asks:  # 'gimme the gist of it' of the next talk
        return _about_sessions(reading, replace(subject, sessions=on_stage), known, rest)
    if on_stage and Asks.PAPERS in reading.asks:  # 'any paper names from that block?'
        return Intent(Action.SESSION, keys=(_begun_first(on_stage, known),), asks=reading.asks)
    if rest or refines:
        return None
    if subject.people and reading.group in PRESENTED:  # 'any of those an oral?': theirs so
        return Intent(Action.PERSON, keys=subject.people[:1], group=reading.group)
    if subject.papers:
        return Intent(Action.PAPER, keys=subject.papers[:1], asks=reading.asks)
    if subject.people:
        return Intent(Action.PERSON, keys=subject.people[:1], asks=reading.asks)
    return None


def _the_other(reading: Reading, subject: Subject, known: Known) -> Intent | None:
    """'And the other heartbleed talk?', 'any other dancing stuff?': the talks holding every
    word the reply says of them, past those the answer showed, which hold them too; those
    whose titles hold them when there are any (a third only mentions heartbleed)."""
    terms = reader()
    pointing = OTHER | terms.referring
    rest = [w for w in reading.content if w not in pointing and singular(w) not in terms.place]
    said = set(reading.folded.split())
    if reading.alongside or not rest or not subject.sessions or not said & OTHER:
        return None  # 'the other halls at the same time' asks what runs alongside
    hits = searched(known.index, " ".join(rest))
    whole = [hit for hit in hits if hit.coverage >= WHOLE_MATCH]
    others = [hit for hit in whole if hit.session.slug not in subject.sessions]
    titled = tuple(hit.session.slug for hit in others if hit.named)
    keys = titled or tuple(hit.session.slug for hit in others)
    return Intent(Action.SESSION, keys=keys, asks=reading.asks) if keys else None


def _its_session(reading: Reading, subject: Subject) -> Intent | None:
    """The session the one paper shown is presented in: the paper's card names it, and a
    reply asking what else that session holds asks for the session, not for other work of
    the paper's authors."""
    if len(subject.papers) != 1 or subject.sessions:
        return None
    if not reader().its_session.search(reading.folded):
        return None
    return Intent(Action.ITS_SESSION, keys=subject.papers, asks=reading.asks)


def _meanwhile(reading: Reading, subject: Subject, known: Known, zone: tzinfo) -> Intent | None:
    """'What's in saal g at the same time?': what the rooms the reply names hold while the
    sessions shown run: at the start of the one shown, or from the first of several on."""
    rooms = tuple(reading.keys(Sense.ROOM))
    said = reader().alongside.search(reading.folded)
    if not rooms or not said:
        return None
    cue = set(said.group(0).split())  # 'same' of a title ("the same coin") names nothing here
    if any(
        not found.keys(Sense.ROOM) and not set(reading.tokens[found.start : found.end]) <= cue
        for found in reading.found
    ):
        return None
    shown = [s for slug in subject.sessions or subject.now_next if (s := known.session(slug))]
    starts = sorted(s.starts_at for s in shown if s.starts_at)
    if not starts:
        return None
    first = starts[0].astimezone(zone)
    return Intent(
        Action.ROOM,
        keys=rooms,
        day=first.date().isoformat(),
        at=first.time().replace(tzinfo=None),
        onward=len(starts) > 1,
        asks=reading.asks,
    )


def _which_room(
    reading: Reading, subject: Subject, known: Known, *, replied: bool
) -> Intent | None:
    """'AD or BC?', 'is it in hall AD?': a reply to a session that names rooms as a choice or
    of 'it', and asks nothing else of them (no time, no kind, no 'and ...' changing the
    question), asks which room that session is in, whichever room it turns out to be. A
    message that is not a reply ('what's in room R09?') must point back at the session."""
    if len(subject.sessions) != 1 or reading.asks - {Asks.WHERE, Asks.WHICH}:
        return None
    said = reading.folded.split()
    pointing = set(said) & reader().pronouns
    if not pointing and not (replied and set(said) & CHOICE):
        return None
    timed = reading.day or reading.part or reading.at or reading.offset or reading.now
    if timed or reading.group or reading.after or reading.alongside or _continues(said):
        return None
    if any(not found.keys(Sense.ROOM) for found in reading.found):
        return None
    spread = known.room_words()
    terms = reader()
    rooms = spread.keys() | terms.place | terms.main | terms.referring
    if set(reading.leftover) - rooms:
        return None
    if not reading.found and not any(spread[word] == 1 for word in reading.leftover):
        return None
    return Intent(Action.SESSION, keys=subject.sessions, asks=reading.asks | {Asks.WHERE})


_CLAUSE = re.compile(r"\s*[,;?!]\s*(?:and\s+|also\s+|plus\s+)?|\s+and\s+")
"""Where a question's second clause may begin: after a comma or a question mark, or 'and'."""
SPEAKERS = frozenset({"speaker", "speakers", "presenter", "presenters", "author", "authors"})
"""Who a second clause asks more of by name: 'them' may be anyone the first one names ('my
kids loved that concert, another one for them?')."""


def asked_of_itself(text: str) -> tuple[str, str] | None:
    """A question and a follow-up on its answer in one message: 'the usb armory talk, and
    does that speaker have another one?' asks for the talk, then for whatever else whoever
    gives it gives; None when no clause asks for their other work."""
    for found in reversed(list(_CLAUSE.finditer(text))):  # the last clause: 'chip and pin'
        head, tail = text[: found.start()], text[found.end() :]
        said = words(fold(tail))
        if words(head) and asks_their_others(said) and SPEAKERS & set(said):
            return (head, tail) if not asks_their_others(words(fold(head))) else None
    return None


def _their_others(reading: Reading, subject: Subject, known: Known) -> Intent | None:
    """'Did the same people have another paper on curiosity?', 'does he have papers too?':
    what else the authors of the paper shown wrote, of a kind or on a subject if it says
    so; or everything of the person shown, or of whoever gave the one talk shown ('does she
    give another talk?')."""
    said = reading.folded.split()
    if not asks_their_others(said):
        return None
    pointing = reader().referring | reader().filler | MAKERS
    rest = " ".join(word for word in reading.content if word not in pointing)
    if subject.papers:
        return Intent(
            Action.ALSO_WRITTEN,
            keys=subject.papers[:1],
            query=rest,
            group=reading.group,
            asks=reading.asks,
        )
    people = subject.people or _speakers(subject, known)
    if people:
        return Intent(Action.PERSON, keys=people[:1], asks=reading.asks)
    return None


def _speakers(subject: Subject, known: Known) -> tuple[str, ...]:
    """Who gave the one session an answer showed; of several, whose is meant is not known."""
    session = known.session(subject.sessions[0]) if len(subject.sessions) == 1 else None
    return tuple(name for name, _ in session.people) if session else ()


def _on_stage(subject: Subject, known: Known) -> tuple[str, ...]:
    """What an answer about a moment showed on now and next, breaks and meals aside, when it
    showed a few: what a reply asking what 'it' is about means."""
    shown = [known.session(slug) for slug in subject.now_next]
    slugs = [s.slug for s in shown if s is not None and s.kind not in AWAY]
    return tuple(slugs) if len(slugs) <= SHORT else ()


def _begun_first(slugs: tuple[str, ...], known: Known) -> str:
    """Of the sessions an answer about a moment showed, the one begun first: what runs then,
    not what starts next, is the block a reply asking for its papers points at."""
    shown = [known.session(slug) for slug in slugs]
    begun = [(s.starts_at, s.slug) for s in shown if s is not None and s.starts_at is not None]
    return min(begun)[1] if begun else slugs[0]


def _later(reading: Reading, subject: Subject, known: Known, zone: tzinfo) -> Intent | None:
    """'And later that day?': what runs and comes next as the last session shown ends, in the
    room shown if it was a room's, on that session's day whatever day it is now."""
    said = set(reading.folded.split())
    slugs = subject.sessions or subject.now_next
    shown = [s for slug in slugs if (s := known.session(slug)) and s.ends_at]
    asks_later = bool(said & reader().later) or _after_it(reading)
    if not asks_later or not shown or reading.day or reading.part:
        return None
    last = max(shown, key=lambda s: (s.ends_at, s.slug))
    here = _same_room(reading, shown)  # 'after that one, same place?': that room's, any kind
    if not subject.sessions:  # the room named again points at what runs in it now
        there = "there" in said and bool(subject.rooms)
        pointed = bool(said & reader().pronouns) or _after_it(reading) or bool(here) or there
        last = _ending(shown, pointed=pointed)
    group = subject.group or _group_of(last)
    if group and said & KIND_AGAIN and not here:  # 'and the one later in the day?': the kind's
        began = last.starts_at or last.ends_at
        day = subject.day or (began.astimezone(zone).date().isoformat() if began else None)
        return Intent(Action.WINDOW, day=day, group=group, after=last.title, asks=reading.asks)
    rooms = subject.rooms or here
    if rooms:  # the rest of that day in the room shown
        began = last.starts_at or last.ends_at
        day = subject.day or (began.astimezone(zone).date().isoformat() if began else None)
        return Intent(Action.ROOM, keys=rooms, day=day, after=last.title)
    return Intent(Action.NOW, day=subject.day, after=last.title, now=True, asks=reading.asks)


KIND_AGAIN = frozenset({"one", "ones"})
"""Words standing for the kind of session an answer showed ('the one later in the day' is a
later poster session, after posters were shown)."""


def _group_of(session: SessionView) -> Group | None:
    """The group of a session's kind, as a question names it ('posters')."""
    return next(
        (
            group
            for group, info in GROUPS.items()
            if group is not Group.EVERYTHING and session.kind in info.kinds
        ),
        None,
    )


def _same_room(reading: Reading, shown: list[SessionView]) -> tuple[str, ...]:
    """The one room everything shown was in, when a reply names a place ('same tent?')."""
    rooms = {s.room for s in shown if s.room}
    named = {singular(word) for word in reading.folded.split()} & reader().place
    return tuple(rooms) if len(rooms) == 1 and (named or reading.same_room) else ()


def _after_it(reading: Reading) -> bool:
    """'And after that, same tent?': 'after' before a word pointing back at the answer asks
    what follows it, as 'later' does; so does 'after' ending a reply ('the one right
    after?') or said before where ('what came right after in that room?'), naming nothing
    else to follow."""
    said = reading.folded.split()
    pointing = reader().pronouns | WHERE_AFTER
    ending = said[-1:] == ["after"]
    return ending or any(word == "after" and then in pointing for word, then in pairwise(said))


def _ending(shown: list[SessionView], *, pointed: bool) -> SessionView:
    """Of what an answer showed on now and next, the one a reply asks what follows: the
    first to end of those on now when it points at them ('after those?', 'once she is
    done?') or at their room ('und danach dort?': that room's day from then, the one next
    there included), else of those next ('und danach?')."""
    start = min if pointed else max
    begun = start((s.starts_at for s in shown if s.starts_at), default=None)
    those = [s for s in shown if s.starts_at == begun] or shown
    return min(those, key=lambda s: (s.ends_at, s.slug))


def _theirs(reading: Reading, subject: Subject, known: Known) -> Intent | None:
    """'Is she in any other sessions': the other sessions of whoever gave the session shown;
    of several shown, which one 'she' gave is not known."""
    said = set(reading.folded.split())
    if len(subject.sessions) != 1 or not said & {"other", "else"} or not said & PERSONAL:
        return None
    people = subject.people or _speakers(subject, known)
    return Intent(Action.PERSON, keys=people[:1], asks=reading.asks) if people else None


def _names_something(reading: Reading) -> bool:
    """Whether a reply names something of its own: words that only point back at the answer
    ('speaker name?') or ask for more of it ('another one?') name nothing, even when a title
    has them ("Name Badge Workshop", "The Machine To Be Another")."""
    referring = reader().referring | ANOTHER
    return any(
        found.keys(sense)
        for found in reading.found
        for sense in STANDALONE
        if not set(reading.tokens[found.start : found.end]) <= referring
    )


def _picked(said: list[str], shown: tuple[str, ...], least: int = 2) -> str | None:
    """The item a reply picks by its place in the list shown ('the second one'), of a list
    of at least `least`."""
    ordinals = reader().ordinals
    for word in said:
        place = next((n for n, words in enumerate(ordinals) if word in words), None)
        if place is None or len(shown) < least:
            continue
        last = place == len(ordinals) - 1
        if last or place < len(shown):
            return shown[-1 if last else place]
    return None


def _continues(said: list[str]) -> bool:
    """Whether a message starts as a continuation does ('and ...', 'what about ...')."""
    return any(tuple(said[: len(start)]) == start for start in reader().continuing)


def _refined(reading: Reading, subject: Subject) -> Intent:
    """The earlier question with what this one changes: its topic, day, part or kind."""
    topics = tuple(reading.keys(Sense.TOPIC)) or subject.topics
    group = reading.group or subject.group
    day = reading.day or subject.day
    part = reading.part if reading.part or reading.day else subject.part
    if topics and not (reading.day or reading.part):
        return Intent(Action.TOPIC, keys=topics[:1], group=group, asks=reading.asks)
    if subject.rooms:  # 'sendezentrum sunday evening?' ... 'and on monday?': the same room
        part = reading.part or subject.part
        return Intent(
            Action.ROOM, keys=subject.rooms, day=day, part=part, group=group, asks=reading.asks
        )
    return Intent(Action.WINDOW, day=day, part=part, group=group, asks=reading.asks)


def _about_sessions(
    reading: Reading, subject: Subject, known: Known, rest: list[str]
) -> Intent | None:
    """One of the sessions shown (the one the words pick, 'the headphone one'), or its
    speaker's other sessions ('what else is that guy doing')."""
    slugs = subject.sessions
    if rest:
        shown = set(slugs)
        picked = tuple(
            hit.session.slug
            for hit in known.index.search(rest)
            if hit.session.slug in shown and hit.coverage >= WHOLE_MATCH
        )
        if not picked:
            return None
        slugs = picked
    if "else" in reading.folded.split():
        session = known.session(slugs[0])
        speakers = tuple(name for name, _ in session.people) if session else ()
        people = subject.people or speakers
        if people:
            return Intent(Action.PERSON, keys=people[:1], asks=reading.asks)
    return Intent(Action.SESSION, keys=slugs, asks=reading.asks)


def continued(reading: Reading, context: Subject) -> Language:
    """The language a reply to the last answer (or a message right after it) is answered
    in: the answer's, unless it says something in English's own words."""
    english = set(reading.folded.split()) & english_words()
    return Language.ENGLISH if english else context.language

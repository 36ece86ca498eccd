"""A conference's vocabulary read from its rows: what chat recognises in a question.

Three statements whatever the conference's size (sessions with their rooms and topics; rooms
and topics; papers' names, authors and awards), plus one to ask the search dictionary how
common a session's words are among the papers.
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from itertools import pairwise

from sqlalchemy import bindparam, func, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat.catalogue import reader
from bot.domain.kinds import GROUPS, Group, Kind
from bot.domain.records import SessionView
from bot.domain.text import COINED, shortened, stem, words
from bot.domain.vocabulary import Sense, Term, Vocabulary, singular
from bot.store.convert import SESSION_LOAD, session_view
from bot.store.dialect import json_length
from bot.store.models import Conference, Paper, Room, Session, Topic

RARE_IN_PAPERS = 2
"""A word of a session's title names that session on its own ('SPiRL', 'reception') only if
at most this many papers use it: 'machine' in an expo's title must not capture every
question about machine learning."""
RARE_KIND = 2
"""A kind of session held at most this often is named by its kind's word ('the closing')."""
MIN_NAMING_WORD = 4
WORDS_ASKED = 900
"""Words asked about in one statement: SQLite takes a bounded number of parameters."""
AUTHORS_IN_MEMORY = 20_000
"""Up to this many papers, every author's name is in the vocabulary (some 80,000 names, a
second to read); a conference of 100,000 papers would take ten seconds and hundreds of MB."""
ACRONYM = re.compile(r"\(([^()]{2,20})\)")
SYMBOLS = re.compile(r"[^\w\s.'’-]")
"""Marks a question's words drop ('+' of 'Baseline++'), unlike those joining words."""
GROUP_WORDS = frozenset(
    singular(word)
    for group, info in GROUPS.items()
    for phrase in (group.value, *info.words)
    for word in words(phrase)
)
ROOM_WORDS = GROUP_WORDS | frozenset(
    {"room", "rooms", "hall", "halls", "saal", "stage", "lounge", "booth", "area", "tent"}
)
"""Words of a room's name that say what it is, not which one it is."""
COMMON_WORDS = frozenset(
    {
        *("about", "after", "and", "before", "for", "from", "into", "the", "with", "what"),
        *("session", "sessions", "room", "rooms", "including", "invited", "break", "day"),
    }
)


async def revision(db: AsyncSession, conference_id: int) -> int:
    """The conference's revision: a vocabulary built at another one is out of date."""
    found = await db.scalar(select(Conference.revision).where(Conference.id == conference_id))
    return int(found or 0)


async def paper_count(db: AsyncSession, conference_id: int) -> int:
    """How many live papers the conference lists: one without them is never told that no
    paper matches, and its card counts them."""
    live = (Paper.conference_id == conference_id, Paper.retired.is_(False))
    return int(await db.scalar(select(func.count()).select_from(Paper).where(*live)) or 0)


async def paper_affiliations(db: AsyncSession, conference_id: int) -> list[tuple[int, list[str]]]:
    """Each live paper that lists affiliations, with them."""
    rows = await db.execute(
        select(Paper.id, Paper.affiliations).where(
            Paper.conference_id == conference_id,
            Paper.retired.is_(False),
            json_length(Paper.affiliations) > 0,
        )
    )
    return [(paper_id, list(names or ())) for paper_id, names in rows]


async def room_notes(db: AsyncSession, conference_id: int, names: Sequence[str]) -> list[str]:
    """What the programme says of each room named (how far it is, what it is for): asked
    where a room is, the note answers before its sessions do."""
    rows = await db.scalars(
        select(Room.purpose).where(
            Room.conference_id == conference_id, Room.name.in_(names), Room.purpose != ""
        )
    )
    return list(rows)


async def live_sessions(db: AsyncSession, conference_id: int) -> list[SessionView]:
    rows = await db.scalars(
        select(Session)
        .where(Session.conference_id == conference_id, Session.retired.is_(False))
        .options(*SESSION_LOAD)
    )
    views = [session_view(row) for row in rows]
    views.sort(key=lambda s: (s.starts_at is None, s.starts_at, s.title))
    return views


async def load_vocabulary(
    db: AsyncSession,
    conference_id: int,
    sessions: list[SessionView],
    own_words: frozenset[str],
    affiliated: frozenset[str] = frozenset(),
) -> Vocabulary:
    """Every phrase of the conference that names something a question can ask about.
    `own_words` (the conference's name) name the conference, never one of its sessions, and
    neither do `affiliated` words, where many papers' authors work ('google')."""
    rooms = list(await db.scalars(select(Room).where(Room.conference_id == conference_id)))
    topics = list(await db.scalars(select(Topic).where(Topic.conference_id == conference_id)))
    live = (Paper.conference_id == conference_id, Paper.retired.is_(False))
    named = await db.execute(
        select(Paper.slug, Paper.aliases, Paper.award).where(
            *live, or_(json_length(Paper.aliases) > 0, Paper.award.is_not(None))
        )
    )
    entries: list[tuple[str, Term]] = []
    for slug, aliases, award in named:
        entries += [(alias, Term(Sense.PAPER, slug)) for alias in aliases or () if not _lost(alias)]
        if award:
            said = (award, *reader().awards)  # 'any award' names each award won
            entries += [(word, Term(Sense.AWARD, award)) for word in said]
    entries += await _author_phrases(db, conference_id)
    entries += await _title_phrases(db, conference_id)
    for topic in topics:
        entries += [
            (label, Term(Sense.TOPIC, topic.name)) for label in (topic.name, *topic.aliases)
        ]
    entries += list(_room_phrases([(room.name, room.slug) for room in rooms]))
    entries += list(_people_phrases(sessions))
    entries += await _session_phrases(db, conference_id, sessions, own_words | affiliated)
    entries += list(_kind_phrases(sessions))
    entries += list(_ceremony_phrases(sessions))
    entries += list(_hall_phrases(sessions))
    # Some 100,000 phrases take a second of CPU: not on the event loop's thread.
    return await asyncio.to_thread(Vocabulary, entries)


def _lost(alias: str) -> bool:
    """Whether an alias is a name only with its marks: 'Baseline++' read as words is
    'baseline', which a question about any baseline says, not this paper's name."""
    return SYMBOLS.search(alias) is not None


async def _author_phrases(db: AsyncSession, conference_id: int) -> list[tuple[str, Term]]:
    """Every author by full name, up to AUTHORS_IN_MEMORY papers; beyond, authors are found
    only when asked for by name ('papers by ...'), through the search index."""
    live = (Paper.conference_id == conference_id, Paper.retired.is_(False))
    papers = await db.scalar(
        select(func.count()).select_from(
            select(Paper.id).where(*live).limit(AUTHORS_IN_MEMORY + 1).subquery()
        )
    )
    if (papers or 0) > AUTHORS_IN_MEMORY:
        return []
    listed = [authors or () for (authors,) in await db.execute(select(Paper.authors).where(*live))]
    names = sorted({name for authors in listed for name in authors})
    entries = [(name, Term(Sense.AUTHOR, name)) for name in names]
    return entries + await _author_surnames(db, conference_id, listed)


async def _author_surnames(
    db: AsyncSession, conference_id: int, listed: Sequence[Sequence[str]]
) -> list[tuple[str, Term]]:
    """Authors by surname alone ('vetrov'), where the papers use that word for nothing but
    their names: a surname that is also a word of titles and abstracts ('Long', 'Song') or
    a word questions are made of ('Anonymous authors') names a person only in full."""
    theirs: Counter[str] = Counter()
    by_surname: dict[str, set[str]] = defaultdict(set)
    for authors in listed:
        for surname in {words(name)[-1] for name in authors if words(name)}:
            theirs[surname] += 1
        for name in authors:
            if words(name) and len(words(name)[-1]) >= MIN_NAMING_WORD:
                by_surname[words(name)[-1]].add(name)
    docs = await _docs_in_papers(db, conference_id, list(by_surname))
    return [
        (surname, Term(Sense.AUTHOR, name))
        for surname, named in by_surname.items()
        if docs.get(surname, 0) <= theirs[surname] and surname not in reader().known
        for name in sorted(named)
    ]


async def _title_phrases(db: AsyncSession, conference_id: int) -> list[tuple[str, Term]]:
    """Every paper by its title and by the name before its colon ('Music Transformer'), up
    to AUTHORS_IN_MEMORY papers: an exact title beats any topic or session it shares words
    with."""
    live = (Paper.conference_id == conference_id, Paper.retired.is_(False))
    rows = list(
        await db.execute(select(Paper.slug, Paper.title).where(*live).limit(AUTHORS_IN_MEMORY + 1))
    )
    if len(rows) > AUTHORS_IN_MEMORY:
        return []
    entries: list[tuple[str, Term]] = []
    for slug, title in rows:
        entries.append((title, Term(Sense.PAPER, slug)))
        name = title.split(":", 1)[0] if ":" in title else ""
        if len(words(name)) >= 2 or COINED.match(name.strip()):
            entries.append((name, Term(Sense.PAPER, slug)))
    return entries


def _room_phrases(rooms: list[tuple[str, str]]) -> Iterator[tuple[str, Term]]:
    """A room by its name, its slug, its name without 'Room', a word of its name no other
    room has ('sendezentrum'), and a shared start of names ('Great Hall' names both Great
    Hall AD and Great Hall BC)."""
    proper = [name for name, _ in rooms]
    for name, slug in rooms:
        term = Term(Sense.ROOM, name)
        yield name, term
        yield slug.replace("-", " "), term
        parts = name.split()
        if len(parts) > 1 and parts[0].lower() == "room":
            yield " ".join(parts[1:]), term
    spread = Counter(word for name in proper for word in set(words(name)))
    for name in proper:
        for word in words(name):
            if spread[word] == 1 and len(word) >= MIN_NAMING_WORD and word not in ROOM_WORDS:
                yield word, Term(Sense.ROOM, name)
    yield from _room_word_phrases(proper, spread)
    for name in proper:
        parts = name.split()
        for length in range(2, len(parts)):
            start = " ".join(parts[:length])
            for other in proper:
                if other.split()[:length] == parts[:length]:
                    yield start, Term(Sense.ROOM, other)


def _room_word_phrases(proper: list[str], spread: Counter[str]) -> Iterator[tuple[str, Term]]:
    """A word only one room's name has, however short, beside the word its name says what it
    is with, in either order: 'AD hall' and 'hall AD' name Great Hall AD ('AD' alone is too
    short to name anything)."""
    for name in proper:
        said = [word for word in words(name) if word in ROOM_WORDS]
        for word in words(name):
            if spread[word] != 1 or word in ROOM_WORDS:
                continue
            for kind in said:
                yield f"{word} {kind}", Term(Sense.ROOM, name)
                yield f"{kind} {word}", Term(Sense.ROOM, name)


def _people_phrases(sessions: list[SessionView]) -> Iterator[tuple[str, Term]]:
    """Speakers, panelists and moderators, by full name and by surname."""
    for session in sessions:
        for name, _ in session.people:
            term = Term(Sense.PERSON, name)
            yield name, term
            surname = name.split()[-1]
            if len(surname) >= MIN_NAMING_WORD:
                yield surname, term


async def _session_phrases(
    db: AsyncSession, conference_id: int, sessions: list[SessionView], own_words: frozenset[str]
) -> list[tuple[str, Term]]:
    """A session by its title, the part of it after a colon, an acronym in brackets, and any
    word of its title no other title and almost no paper uses."""
    entries: list[tuple[str, Term]] = []
    by_title: dict[str, list[str]] = defaultdict(list)
    for session in sessions:
        by_title[session.title].append(session.slug)
        for phrase in (session.title, session.talk_title or "", *_title_parts(session.title)):
            if phrase:
                entries.append((phrase, Term(Sense.SESSION, session.slug)))
    # Counted by stem: 'computers' names no talk when other titles say 'computer'.
    spread = Counter(
        stem_
        for title in by_title
        for stem_ in {stem(word) for word in _naming_words(title) if word not in own_words}
    )
    candidates = {
        word
        for title in by_title
        for word in _naming_words(title)
        if word not in own_words and spread[stem(word)] == 1
    }
    naming = candidates - await _common_in_papers(db, conference_id, sorted(candidates))
    for title, slugs in by_title.items():
        for word in _naming_words(title):
            if word in naming:
                # 'opens' names the opening as 'opening' does: both reduce to 'open'.
                forms = {word, stem(word)}
                entries += [(form, Term(Sense.SESSION, slug)) for form in forms for slug in slugs]
    return entries


def _kind_phrases(sessions: list[SessionView]) -> Iterator[tuple[str, Term]]:
    """A session of a kind held once or twice ('opening', 'closing') by its kind's word,
    alone or before a word for such an event ('the closing remarks'): its title need not say
    it, and no other session's title word ('remarks' of the opening) stands in for it."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for session in sessions:
        by_kind[session.kind].append(session.slug)
    for kind, slugs in by_kind.items():
        if len(slugs) > RARE_KIND or kind in GROUP_WORDS:
            continue
        said = (kind, *_other_words(kind))  # 'the welcome words' are the opening's
        nouns = reader().event_nouns
        for phrase in (kind, *(f"{name} {noun}" for name in said for noun in nouns)):
            entries = ((phrase, Term(Sense.SESSION, slug)) for slug in slugs)
            yield from entries


def _ceremony_phrases(sessions: list[SessionView]) -> Iterator[tuple[str, Term]]:
    """The conference's own opening or closing filed as a talk, titled as one ("31C3 Closing
    Event", "Opening Ceremony"): named by its act before any word for such an event ('the
    closing ceremony', 'the farewell remarks'), as a session of that kind is, though its title
    says another of those words. A title where the act's word is no event ("Opening the box")
    names none."""
    nouns = set(reader().event_nouns)
    acts = {Kind.OPENING.value: reader().opening, Kind.CLOSING.value: reader().closing}
    by_act: dict[str, list[str]] = defaultdict(list)
    for session in sessions:
        said = words(session.title)
        for act, named in acts.items():
            pairs = pairwise(said)
            if session.kind != act and any(a in named and b in nouns for a, b in pairs):
                by_act[act].append(session.slug)
    for act, slugs in by_act.items():
        if len(slugs) > RARE_KIND:
            continue
        phrases = (f"{name} {noun}" for name in {act, *acts[act]} for noun in nouns)
        yield from ((phrase, Term(Sense.SESSION, slug)) for phrase in phrases for slug in slugs)


def _hall_phrases(sessions: list[SessionView]) -> Iterator[tuple[str, Term]]:
    """The room most of a kind's sessions are held in, by that kind's word before a word for a
    place ('the keynote hall', 'the big talk hall', 'the poster room'): asked what runs there,
    the answer is that room's, whatever kind it holds then. A kind spread over rooms, with no
    room holding at least half of it, has no hall of its own."""
    places = reader().place - reader().conference
    for group, info in GROUPS.items():
        held = Counter(s.room for s in sessions if s.room and s.kind in info.kinds)
        if not held or group is Group.EVERYTHING:
            continue
        room, count = held.most_common(1)[0]
        if count * 2 < held.total():
            continue
        for word in (group.value, *info.words):
            yield from ((f"{word} {place}", Term(Sense.ROOM, room)) for place in places)


def _other_words(kind: str) -> frozenset[str]:
    """Other words for the conference's own opening or closing ('welcome', 'farewell'): before
    a word for such an event they name it too."""
    terms = reader()
    other = {Kind.OPENING.value: terms.opening, Kind.CLOSING.value: terms.closing}
    return other.get(kind, frozenset()) - {kind}


def _title_parts(title: str) -> list[str]:
    after = title.split(":", 1)[1] if ":" in title else ""
    parts = [after] if len(words(after)) > 1 else []
    return parts + ACRONYM.findall(title) + shortened(title)


def _naming_words(title: str) -> list[str]:
    return [
        word
        for word in words(title)
        if len(word) >= MIN_NAMING_WORD
        and not word.isdigit()
        and singular(word) not in GROUP_WORDS
        and word not in COMMON_WORDS
        and word not in reader().filler
    ]


async def _common_in_papers(
    db: AsyncSession, conference_id: int, candidates: list[str]
) -> set[str]:
    docs = await _docs_in_papers(db, conference_id, candidates)
    return {word for word, count in docs.items() if count > RARE_IN_PAPERS}


async def _docs_in_papers(
    db: AsyncSession, conference_id: int, candidates: list[str]
) -> dict[str, int]:
    """How many papers use each of these words (those no paper uses are left out)."""
    statement = text(
        "SELECT word, docs FROM search_words WHERE conference_id = :conference AND word IN :words"
    ).bindparams(bindparam("words", expanding=True))
    found: dict[str, int] = {}
    for start in range(0, len(candidates), WORDS_ASKED):
        batch = candidates[start : start + WORDS_ASKED]
        rows = await db.execute(statement, {"conference": conference_id, "words": batch})
        found.update((word, int(docs)) for word, docs in rows)
    return found

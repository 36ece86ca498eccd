"""What chat answers need from the store: the conference's vocabulary and its sessions, kept
in memory per revision, and the sessions of a person, a room or a part of a day.

The vocabulary is read once per conference and revision (an import bumps the revision), so a
question costs one small statement to check the revision, not a read of every name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat.affiliations import Affiliations
from bot.chat.noted import read_notes
from bot.chat.persistence import (
    RARE_IN_PAPERS,
    live_sessions,
    load_vocabulary,
    paper_affiliations,
    paper_count,
    revision,
)
from bot.chat.retrieval import SessionIndex
from bot.chat.when import HOURS, Part, in_part
from bot.domain.kinds import Group, kinds_of
from bot.domain.records import ConferenceView, SessionView, TopicMatch, TopicView
from bot.domain.text import words
from bot.domain.topics import label_words
from bot.domain.vocabulary import Vocabulary
from bot.health.loop import keep_frozen
from bot.i18n.days import weekday_names
from bot.papers import service as paper_service
from bot.papers.spelling import Spelling
from bot.programme import service as topic_service

TYPO_LENGTH = 5
"""Shorter words are a typo from too many others ('eth' of 'the') to be read as misspelt."""
WORDS_REMEMBERED = 4096
"""Words whose `Known.near` answer is kept for the revision: questions repeat their words."""
TOPICS_REMEMBERED = 1024
"""Topic listings kept for the revision: attendees ask about the same few topics all day."""


@dataclass(frozen=True)
class Known:
    """A conference's vocabulary and live sessions at one revision."""

    revision: int
    vocabulary: Vocabulary
    sessions: tuple[SessionView, ...]
    index: SessionIndex
    papers: int
    """How many live papers: the conference's card counts them from here."""
    spelling: Spelling | None
    """The papers' typo dictionary, when there are papers."""
    affiliations: Affiliations
    topics: tuple[TopicView, ...]
    """The conference's glossary: every question naming a topic matches it."""
    _near: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    """Each word `near` has told of: a word the text lacks is measured against its
    dictionary (a few tenths of a millisecond), and one question asks of it up to four times."""
    _listed: dict[tuple[str, Group | None], TopicMatch] = field(
        default_factory=dict, compare=False, repr=False
    )
    """Each topic listing read: its sessions and papers change only with the revision, and
    reading them costs the store several statements (more than a millisecond) per answer.
    Every topic's listing by its own name is read with the memory (`list_topics`)."""

    @property
    def has_papers(self) -> bool:
        return self.papers > 0

    def holds(self, word: str) -> bool:
        """Whether a session's or a paper's text has the word (folded), in any ending."""
        papers = self.spelling is not None and bool(self.spelling.known([word]))
        return papers or self.index.holds(word)

    def near(self, word: str) -> bool:
        """Whether the conference's text has the word or, for a word long enough to tell, one
        a typo from it ('lotery' of "Lottery"): a misspelt word of a title is no stranger, nor
        is a word of a place where authors work ('tubingen' of "University of Tübingen"),
        which the papers' text leaves out."""
        told = self._near.get(word)
        if told is None:
            told = self._measured_near(word)
            if len(self._near) < WORDS_REMEMBERED:
                self._near[word] = told
        return told

    def _measured_near(self, word: str) -> bool:
        if self.holds(word) or self.affiliations.mentions(word):
            return True
        if len(word) < TYPO_LENGTH:
            return False
        papers = self.spelling is not None and bool(self.spelling.corrections(word))
        return papers or self.index.near(word)

    async def on_topic(
        self, db: AsyncSession, conf: ConferenceView, name: str, group: Group | None
    ) -> TopicMatch:
        """The sessions (of `group` if it has any there, else of every kind) and papers on the
        topic `name`, read from the store once per revision."""
        key = (name, group)
        listed = self._listed.get(key)
        if listed is None:
            listed = self._of_group(name, group) or await self._read_topic(db, conf, name, group)
            if len(self._listed) < TOPICS_REMEMBERED:
                self._listed[key] = listed
        return listed

    def _of_group(self, name: str, group: Group | None) -> TopicMatch | None:
        """A topic's listing for `group`, made from its listing of every kind when that is
        held: the sessions of the group's kinds, or all of them when it has none of those,
        and the same papers, just as the store reads them (`topic_match_of_kind_or_any`). The
        first question asking for a topic's posters or talks waited a millisecond or more
        for that read."""
        every = self._listed.get((name, None))
        if every is None or group is None:
            return None
        kinds = kinds_of(group)
        sessions = tuple(s for s in every.sessions if s.kind in kinds)
        return replace(every, sessions=sessions or every.sessions)

    async def list_topics(self, db: AsyncSession, conf: ConferenceView) -> None:
        """Every topic's listing by its own name, read with the memory in one read: the first
        question on a topic would otherwise read its listing while the asker waits."""
        read = await topic_service.topic_listings(db, conf, self.topics, TOPICS_REMEMBERED)
        self._listed.update(((name, None), listing) for name, listing in read.items())

    async def _read_topic(
        self, db: AsyncSession, conf: ConferenceView, name: str, group: Group | None
    ) -> TopicMatch:
        if group is None:
            return await topic_service.topic_match(db, conf, name, None, self.topics)
        return await topic_service.topic_match_of_kind_or_any(db, conf, name, group, self.topics)

    def session(self, slug: str) -> SessionView | None:
        return next((s for s in self.sessions if s.slug == slug), None)

    def with_person(self, name: str) -> list[SessionView]:
        return [s for s in self.sessions if any(person == name for person, _ in s.people)]

    def in_rooms(self, rooms: tuple[str, ...]) -> list[SessionView]:
        return [s for s in self.sessions if s.room in rooms]

    def rooms(self) -> list[str]:
        """Every room the programme uses, in the order its sessions first name them."""
        return list(dict.fromkeys(s.room for s in self.sessions if s.room))

    def room_words(self) -> Counter[str]:
        """Each word of the rooms' names, by how many rooms have it: 'bc' is Great Hall BC's
        alone, so said by itself it names that room, however short it is."""
        rooms = {s.room for s in self.sessions if s.room}
        return Counter(word for room in rooms for word in set(words(room)))


class Memory:
    """The vocabularies one bot has read, by conference; each is read again only when its
    conference's revision moved. One per bot, since each bot has its own store."""

    def __init__(self) -> None:
        self._known: dict[int, Known] = {}

    async def known(
        self, db: AsyncSession, conf: ConferenceView, current: int | None = None
    ) -> Known:
        """The conference's vocabulary at revision `current` (asked of the store if None).

        Once read, it lives till the next revision, so the bot leaves it out of the garbage
        collector's full collections (`keep_frozen`): walking it held an answer for about
        10 ms at the seed's 502 papers, and longer the more a conference holds."""
        if current is None:
            current = await revision(db, conf.id)
        cached = self._known.get(conf.id)
        if cached is not None and cached.revision == current:
            return cached
        _read_once()
        read_notes(conf)
        sessions = await live_sessions(db, conf.id)
        own = frozenset(words(f"{conf.name} {conf.slug} {conf.full_name}"))
        listed = Affiliations(await paper_affiliations(db, conf.id))
        affiliated = listed.common_words(RARE_IN_PAPERS)
        vocabulary = await load_vocabulary(db, conf.id, sessions, own, affiliated)
        index = SessionIndex(sessions)
        papers = await paper_count(db, conf.id)
        spelling = await paper_service.spelling(db, conf) if papers else None
        if spelling is not None:  # its words by stem, read now rather than by a question
            spelling.papers_with("")
            spelling.keep(listed.words)
        topics = tuple(await topic_service.conference_topics(db, conf))
        _cut_labels(topics)
        fresh = Known(current, vocabulary, tuple(sessions), index, papers, spelling, listed, topics)
        await fresh.list_topics(db, conf)
        self._known[conf.id] = fresh
        keep_frozen()
        return fresh


def _cut_labels(topics: tuple[TopicView, ...]) -> None:
    """Every topic label cut into words now, with the memory: the first question naming a
    topic would otherwise cut all of them (a few hundred) while the asker waits."""
    for found in topics:
        for label in found.labels:
            label_words(label)


def _read_once() -> None:
    """What a process reads on first use and any answer with a day may need: every language's
    weekday names from Babel's data (about 100 ms, the slowest answer of a fresh process when
    left to it). Read with the first memory, which is slow anyway; later calls are free."""
    weekday_names()


def narrowed(
    sessions: list[SessionView],
    conf: ConferenceView,
    *,
    day: date | None = None,
    part: Part | None = None,
    group: Group | None = None,
) -> list[SessionView]:
    """Sessions on a venue-local day (and part of it, bounded by that day's own lunch; its
    evening runs into the night and holds what still runs as it begins, which someone free
    from six can still catch), of a kind, in programme order."""
    found = sessions
    if day is not None:
        night = {day + timedelta(days=1)} if part == Part.EVENING else set()
        dates = {day} | night
        on_day = tuple(
            s for s in found if s.starts_at and s.starts_at.astimezone(conf.zone).date() in dates
        )
        found = in_part(on_day, part, day, conf)
        if part == Part.EVENING:
            found = [*running_into(list(on_day), conf, day, part, None), *found]
    if group is not None:
        found = [s for s in found if s.kind in kinds_of(group)]
    if not found and part is not None and day is not None:
        # 'the evening posters' of a day whose posters start at 16:30 and run into it
        found = running_into(sessions, conf, day, part, group)
    return found


def running_into(
    sessions: list[SessionView], conf: ConferenceView, day: date, part: Part, group: Group | None
) -> list[SessionView]:
    """The day's sessions (of a kind) that started earlier and still run as `part` begins."""
    begins = datetime.combine(day, HOURS[part][0], tzinfo=conf.zone)
    return [
        s
        for s in sessions
        if s.starts_at
        and s.ends_at
        and s.starts_at < begins < s.ends_at
        and s.starts_at.astimezone(conf.zone).date() == day
        and (group is None or s.kind in kinds_of(group))
    ]

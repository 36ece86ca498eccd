"""What is on: a day's programme, now and next, keynotes, poster sessions, one session, topics.

The reads behind /schedule, /now, /keynotes, /posters, /session and /topic, and their
autocompletes, are plans (see `bot.store.asks`): on SQLite each answer is one hop to the
store's reader.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.domain.errors import DomainError, EmptyQuery, NotFound
from bot.domain.kinds import Group, Kind, kinds_of
from bot.domain.records import ConferenceView, NowAndNext, SessionView, TopicMatch, TopicView
from bot.domain.text import MAX_QUERY_CHARS, checked_text, fold, words
from bot.domain.topics import close_names, completes, match_topics
from bot.programme.persistence.keywords import PapersWithKeyword
from bot.programme.persistence.sessions import LiveSessions, SessionBySlug
from bot.programme.persistence.topics import (
    ConferenceTopics,
    PapersOnTopics,
    PapersOnTopicsCount,
)
from bot.store.asks import Plan, ask
from bot.store.reader import run_plan

TOPIC_PAPERS_LISTED = 100
"""More papers than a topic's field of 1,024 characters can list; the rest are counted."""
SESSION_PAPERS_LISTED = 1024 // 8 + 1
"""More papers than a session's field of 1,024 characters can list, since no line is shorter
than 8 ("• a (p)" and its line break); the rest are counted."""

PAGE = 500
"""Sessions a page of a long programme holds: tens of milliseconds to read and convert."""

NEVER = datetime.min.replace(tzinfo=UTC)
"""Where an untimed session sorts among timed ones: before all of them."""
NIGHT_RUNS_ON = timedelta(hours=6)
"""A start this long after midnight is still the night before's programme."""


def _kinds(group: Group) -> tuple[str, ...]:
    return tuple(sorted(kinds_of(group)))


async def _sessions(db: AsyncSession, asked: LiveSessions) -> tuple[SessionView, ...]:
    found = await run_plan(db, ask(asked))
    if len(found) <= PAGE:
        return _in_order(found)
    # Sorting a crowded day (25,000 sessions) would hold the event loop for tens of ms.
    return await asyncio.to_thread(_in_order, found)


def _day_bounds(conf: ConferenceView, day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=conf.zone)
    return start, start + timedelta(days=1)


async def day_programme(
    db: AsyncSession, conf: ConferenceView, day: date, kind: str | None = None
) -> tuple[SessionView, ...]:
    """Every timed session starting on that venue-local day, in order."""
    start, end = _day_bounds(conf, day)
    kinds = (kind,) if kind else None
    return await _sessions(db, LiveSessions(conf.id, kinds, starts_from=start, starts_before=end))


async def timed_programme(
    db: AsyncSession, conference_id: int, kinds: Iterable[str] | None
) -> list[SessionView]:
    """Every live session with a start and an end, of these kinds (all with None), in
    programme order: what scheduled events are made of."""
    return [session async for page in timed_pages(db, conference_id, kinds) for session in page]


async def timed_pages(
    db: AsyncSession, conference_id: int, kinds: Iterable[str] | None, size: int = PAGE
) -> AsyncIterator[list[SessionView]]:
    """The same, a page at a time: a calendar of a hundred thousand sessions is written page
    by page, so neither the event loop nor the garbage collector ever holds them all. Each
    page is read by the store's reader, off the event loop."""
    asked = LiveSessions(conference_id, None if kinds is None else tuple(sorted(kinds)), timed=True)
    while True:
        page = await run_plan(db, ask(replace(asked, limit=size)))
        timed = [s for s in page if s.ends_at is not None]
        if timed:
            yield timed
        if len(page) < size:
            return
        last = page[-1]
        assert last.starts_at is not None
        asked = replace(asked, following=(last.starts_at, last.id))


async def now_and_next(
    db: AsyncSession, conf: ConferenceView, clock: Clock, group: Group | None = None
) -> NowAndNext:
    """Sessions running now and the next ones to start (all that start at that same time):
    one read of the timed programme, a few dozen rows, then `at_instant`."""
    timed = await run_plan(db, ask(LiveSessions(conf.id, timed=True)))
    return at_instant(conf, timed, clock.now(), group)


def at_instant(
    conf: ConferenceView, sessions: Sequence[SessionView], now: datetime, group: Group | None
) -> NowAndNext:
    """What runs at `now` and what starts next among `sessions`, of one group if given. Over
    means nothing of any kind is still on or to come, not just nothing of the asked kind."""
    timed = [(s.starts_at, s.ends_at, s) for s in sessions if s.starts_at and s.ends_at]
    asked = [item for item in timed if group is None or item[2].kind in kinds_of(group)]
    current = [s for start, end, s in asked if start <= now < end]
    first_next = min((start for start, _, _ in asked if start > now), default=None)
    upcoming = [s for start, _, s in asked if start == first_next]
    last_end = max((end for _, end, _ in timed), default=None)
    local_today = now.astimezone(conf.zone).date()
    return NowAndNext(
        at=now,
        current=_in_order(current),
        upcoming=_in_order(upcoming),
        before_start=local_today < conf.start_date,
        after_end=(last_end is None or last_end <= now) and local_today >= conf.end_date,
        last_day=_last_day(conf, timed),
    )


def _last_day(
    conf: ConferenceView, timed: list[tuple[datetime, datetime, SessionView]]
) -> date | None:
    starts = [start.astimezone(conf.zone) for start, _, _ in timed]
    return max((start - NIGHT_RUNS_ON).date() for start in starts) if starts else None


def _in_order(views: list[SessionView]) -> tuple[SessionView, ...]:
    views.sort(key=lambda s: (s.starts_at is None, s.starts_at, s.ends_at, s.title))
    return tuple(views)


async def keynotes(db: AsyncSession, conf: ConferenceView) -> tuple[SessionView, ...]:
    """Invited talks and the debate, in programme order (undated ones last)."""
    return await _sessions(db, LiveSessions(conf.id, _kinds(Group.KEYNOTE)))


async def poster_sessions(
    db: AsyncSession, conf: ConferenceView, day: date | None
) -> tuple[SessionView, ...]:
    """Poster sessions with their topics, of one day or of the whole conference."""
    if day is not None:
        return await day_programme(db, conf, day, kind=Kind.POSTER)
    return await _sessions(db, LiveSessions(conf.id, (Kind.POSTER,)))


async def session_detail(db: AsyncSession, conf: ConferenceView, name: str) -> SessionView:
    """One session by slug or by (part of) its title, with the papers it can list."""
    return await run_plan(db, _detail(conf, checked_text(name, "a session name")))


def _detail(conf: ConferenceView, text: str) -> Plan[SessionView]:
    found = yield from ask(SessionBySlug(conf.id, text, SESSION_PAPERS_LISTED))
    if found is not None:
        return found
    # A name without words (only "*", emoji...) would match every session: suggest none.
    matches = (yield from _choices(conf, text, 5, None)) if words(text) else []
    exact = [slug for slug, title in matches if fold(title) == fold(text)]
    pick = exact[0] if exact else matches[0][0] if len(matches) == 1 else None
    listed = None if pick is None else SessionBySlug(conf.id, pick, SESSION_PAPERS_LISTED)
    picked = None if listed is None else (yield from ask(listed))
    if picked is None:
        raise NotFound("session", text, [title for _, title in matches])
    return picked


async def session_choices(
    db: AsyncSession,
    conf: ConferenceView,
    typed: str,
    limit: int = 25,
    after: datetime | None = None,
) -> list[tuple[str, str]]:
    """(slug, title) of live sessions whose title, room, people or topics have all typed
    words, in programme order; with `after`, only those starting later than that."""
    return await run_plan(db, _choices(conf, typed, limit, after))


def _choices(
    conf: ConferenceView, typed: str, limit: int, after: datetime | None
) -> Plan[list[tuple[str, str]]]:
    wanted = words(typed[:MAX_QUERY_CHARS])
    sessions = yield from ask(LiveSessions(conf.id, after=after))
    found: list[tuple[str, str]] = []
    for view in sessions:
        haystack = fold(
            " ".join([view.title, view.slug, view.room or "", *view.topics])
            + " "
            + " ".join(name for name, _ in view.people)
        )
        if all(word in haystack for word in wanted):
            found.append((view.slug, view.title))
            if len(found) >= limit:
                break
    return found


async def next_titled(
    db: AsyncSession, conf: ConferenceView, typed: str, now: datetime
) -> tuple[str, str] | None:
    """(slug, title) of the live session titled exactly `typed` (case and accents aside): when
    several share the title, as breaks do, the next one to start among all of them, else the
    one that started last, since a title names one session to whoever types it."""
    return await run_plan(db, _titled(conf, typed, now))


def _titled(conf: ConferenceView, typed: str, now: datetime) -> Plan[tuple[str, str] | None]:
    wanted = fold(typed[:MAX_QUERY_CHARS])
    sessions = yield from ask(LiveSessions(conf.id))
    titled = [view for view in sessions if fold(view.title) == wanted]
    ahead = [view for view in titled if view.starts_at is not None and view.starts_at > now]
    if ahead:
        chosen = min(ahead, key=_start_or_never)
    elif titled:
        chosen = max(titled, key=_start_or_never)
    else:
        return None
    return chosen.slug, chosen.title


def _start_or_never(view: SessionView) -> datetime:
    return view.starts_at or NEVER


async def conference_topics(db: AsyncSession, conf: ConferenceView) -> list[TopicView]:
    """The conference's whole topic glossary, with every name each topic answers to."""
    return await run_plan(db, ask(ConferenceTopics(conf.id)))


async def named_topics(db: AsyncSession, conf: ConferenceView, typed: str) -> list[TopicView]:
    """The topics a phrase names, by the one rule of `bot.domain.topics`."""
    return await run_plan(db, _named(conf, typed))


def _named(conf: ConferenceView, typed: str) -> Plan[list[TopicView]]:
    topics = yield from ask(ConferenceTopics(conf.id))
    return match_topics(typed, [(topic, topic.labels) for topic in topics])


async def topic_match(
    db: AsyncSession,
    conf: ConferenceView,
    query: str,
    group: Group | None = None,
    topics: Sequence[TopicView] | None = None,
) -> TopicMatch:
    """Sessions (of a group, if given) and papers on the topics a phrase names; `topics`, the
    conference's glossary if the caller holds it in memory (chat, per revision)."""
    text = checked_text(query, "a topic")
    if not words(text):
        raise EmptyQuery("a topic")
    return await run_plan(db, _on_topic(conf, text, group, topics))


async def topic_match_of_kind_or_any(
    db: AsyncSession,
    conf: ConferenceView,
    query: str,
    group: Group,
    topics: Sequence[TopicView] | None = None,
) -> TopicMatch:
    """As `topic_match`, with the sessions of the group when the topics have any, else the
    sessions of every kind ('the climate talk' when it was a keynote, or a poster session):
    one read, where asking twice cost two hops."""
    text = checked_text(query, "a topic")
    if not words(text):
        raise EmptyQuery("a topic")
    return await run_plan(db, _on_topic(conf, text, group, topics, any_kind_after=True))


async def topic_listings(
    db: AsyncSession, conf: ConferenceView, topics: Sequence[TopicView], most: int
) -> dict[str, TopicMatch]:
    """What `topic_match` answers for the own name of each of the first `most` topics, all
    in one read: chat keeps them for the conference's revision, so the first attendee asking
    about a topic is answered from memory rather than paying a read of its own (more than a
    millisecond). A name `topic_match` would refuse or find nothing for is left out, for it
    to say so."""
    return await run_plan(db, _listings(conf, topics, most))


def _listings(
    conf: ConferenceView, topics: Sequence[TopicView], most: int
) -> Plan[dict[str, TopicMatch]]:
    found: dict[str, TopicMatch] = {}
    for named in topics[:most]:
        try:
            text = checked_text(named.name, "a topic")
            if words(text):
                found[named.name] = yield from _on_topic(conf, text, None, topics)
        except DomainError:
            continue
    return found


def _on_topic(
    conf: ConferenceView,
    text: str,
    group: Group | None,
    held: Sequence[TopicView] | None,
    *,
    any_kind_after: bool = False,
) -> Plan[TopicMatch]:
    topics = list(held) if held is not None else (yield from ask(ConferenceTopics(conf.id)))
    matched = match_topics(text, [(topic, topic.labels) for topic in topics])
    if not matched:
        return (yield from _keyword_match(conf, text, topics))
    ids = tuple(topic.id for topic in matched)
    kinds = None if group is None else _kinds(group)
    sessions = yield from ask(LiveSessions(conf.id, kinds, topic_ids=ids))
    if not sessions and kinds is not None and any_kind_after:
        sessions = yield from ask(LiveSessions(conf.id, None, topic_ids=ids))
    papers = yield from ask(PapersOnTopics(conf.id, ids, TOPIC_PAPERS_LISTED + 1))
    total = len(papers)
    if total > TOPIC_PAPERS_LISTED:
        total = yield from ask(PapersOnTopicsCount(conf.id, ids))
    listed = tuple(papers[:TOPIC_PAPERS_LISTED])
    return TopicMatch(
        query=text,
        topics=tuple(topic.name for topic in matched),
        sessions=_in_order(sessions),
        papers=listed,
        more_papers=max(0, total - len(listed)),
    )


def _keyword_match(conf: ConferenceView, text: str, topics: list[TopicView]) -> Plan[TopicMatch]:
    """Papers whose authors gave this phrase as a keyword; NotFound with the nearest topic
    names when none did either."""
    papers = yield from ask(PapersWithKeyword(conf.id, text))
    if not papers:
        raise NotFound("topic", text, close_names(text, [topic.name for topic in topics]))
    return TopicMatch(query=text, topics=(text,), sessions=(), papers=tuple(papers))


async def topic_choices(
    db: AsyncSession, conf: ConferenceView, typed: str
) -> list[tuple[str, str]]:
    """Autocomplete for topics: (slug, name) of those whose name or an alias contains what
    was typed."""
    text = typed[:MAX_QUERY_CHARS]
    topics = await run_plan(db, ask(ConferenceTopics(conf.id)))
    return [(topic.slug, topic.name) for topic in topics if completes(text, topic.labels)]

"""What is on: a day's programme, now and next, keynotes, poster sessions, one session, topics."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.services.convert import (
    PAPER_LOAD,
    SESSION_LOAD,
    SESSION_WITH_PAPERS,
    paper_view,
    session_view,
)
from bot.services.errors import EmptyQuery, NotFound, QueryTooLong
from bot.services.search import MAX_QUERY_CHARS, checked_text
from bot.services.views import Choice, ConferenceView, NowAndNext, SessionView, TopicMatch
from bot.store.models import Paper, Session, Topic, paper_topics, session_topics
from bot.store.text import fold, words

KEYNOTE_KINDS = ("keynote", "debate")


def _live(conf: ConferenceView) -> Select[Session]:
    return (
        select(Session)
        .where(Session.conference_id == conf.id, Session.retired.is_(False))
        .options(*SESSION_LOAD)
    )


def _by_time(rows: list[Session]) -> tuple[SessionView, ...]:
    views = [session_view(row) for row in rows]
    views.sort(key=lambda s: (s.starts_at is None, s.starts_at, s.ends_at, s.title))
    return tuple(views)


def _day_bounds(conf: ConferenceView, day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=conf.zone)
    return start, start + timedelta(days=1)


async def day_programme(
    db: AsyncSession, conf: ConferenceView, day: date, kind: str | None = None
) -> tuple[SessionView, ...]:
    """Every timed session starting on that venue-local day, in order."""
    start, end = _day_bounds(conf, day)
    query = _live(conf).where(Session.starts_at >= start, Session.starts_at < end)
    if kind:
        query = query.where(Session.kind == kind)
    return _by_time(list(await db.scalars(query)))


async def now_and_next(
    db: AsyncSession, conf: ConferenceView, clock: Clock, kind: str | None = None
) -> NowAndNext:
    """Sessions running now and the next ones to start (all that start at that same time)."""
    now = clock.now()
    query = _live(conf).where(Session.starts_at.is_not(None))
    if kind:
        query = query.where(Session.kind.in_(_kinds(kind)))
    current = await db.scalars(query.where(Session.starts_at <= now, Session.ends_at > now))
    first_next = await db.scalar(
        select(Session.starts_at)
        .where(
            Session.conference_id == conf.id,
            Session.retired.is_(False),
            Session.starts_at > now,
            *([Session.kind.in_(_kinds(kind))] if kind else []),
        )
        .order_by(Session.starts_at)
        .limit(1)
    )
    upcoming: list[Session] = []
    if first_next is not None:
        upcoming = list(await db.scalars(query.where(Session.starts_at == first_next)))
    local_today = now.astimezone(conf.zone).date()
    # Over means nothing of any kind is still on or to come, not just nothing of the asked kind.
    last_end = await db.scalar(
        select(func.max(Session.ends_at)).where(
            Session.conference_id == conf.id, Session.retired.is_(False)
        )
    )
    return NowAndNext(
        at=now,
        current=_by_time(list(current)),
        upcoming=_by_time(upcoming),
        before_start=local_today < conf.start_date,
        after_end=(last_end is None or last_end <= now) and local_today >= conf.end_date,
    )


def _kinds(kind: str) -> tuple[str, ...]:
    return KEYNOTE_KINDS if kind == "keynote" else (kind,)


async def keynotes(db: AsyncSession, conf: ConferenceView) -> tuple[SessionView, ...]:
    """Invited talks and the debate, in programme order (undated ones last)."""
    return _by_time(list(await db.scalars(_live(conf).where(Session.kind.in_(KEYNOTE_KINDS)))))


async def poster_sessions(
    db: AsyncSession, conf: ConferenceView, day: date | None
) -> tuple[SessionView, ...]:
    """Poster sessions with their topics, of one day or of the whole conference."""
    if day is not None:
        return await day_programme(db, conf, day, kind="poster")
    return _by_time(list(await db.scalars(_live(conf).where(Session.kind == "poster"))))


async def session_detail(db: AsyncSession, conf: ConferenceView, name: str) -> SessionView:
    """One session by slug or by (part of) its title, with its papers."""
    text = checked_text(name, "a session name")
    base = select(Session).where(Session.conference_id == conf.id).options(*SESSION_WITH_PAPERS)
    row = await db.scalar(base.where(Session.slug == text))
    if row is None:
        # A name without words (only "*", emoji...) would match every session: suggest none.
        matches = await session_choices(db, conf, text, limit=5) if words(text) else []
        exact = [slug for slug, title in matches if fold(title) == fold(text)]
        pick = exact[0] if exact else matches[0][0] if len(matches) == 1 else None
        if pick is None:
            raise NotFound("session", text, [title for _, title in matches])
        row = await db.scalar(base.where(Session.slug == pick))
    assert row is not None
    return session_view(row, with_papers=True)


async def session_choices(
    db: AsyncSession, conf: ConferenceView, typed: str, limit: int = 25
) -> list[tuple[str, str]]:
    """(slug, title) of live sessions whose title, room, people or topics have all typed words."""
    wanted = words(typed[:MAX_QUERY_CHARS])
    rows = await db.scalars(_live(conf).order_by(Session.starts_at))
    found = []
    for row in rows:
        view = session_view(row)
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


async def topic_match(db: AsyncSession, conf: ConferenceView, query: str) -> TopicMatch:
    """Sessions and papers on a topic, matched by topic name or alias ('RL', 'GANs')."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooLong(MAX_QUERY_CHARS)
    wanted = words(query)
    if not wanted:
        raise EmptyQuery("a topic")
    topics = list(await db.scalars(select(Topic).where(Topic.conference_id == conf.id)))
    matched = [topic for topic in topics if _topic_matches(topic, wanted)]
    if not matched:
        suggestions = sorted(
            (t.name for t in topics if any(w in fold(t.name) for w in wanted if len(w) > 2)),
            key=len,
        )
        raise NotFound("topic", query, suggestions)
    ids = [topic.id for topic in matched]
    sessions = await db.scalars(
        _live(conf)
        .join(session_topics, session_topics.c.session_id == Session.id)
        .where(session_topics.c.topic_id.in_(ids))
        .distinct()
    )
    papers = await db.scalars(
        select(Paper)
        .join(paper_topics, paper_topics.c.paper_id == Paper.id)
        .where(
            Paper.conference_id == conf.id,
            Paper.retired.is_(False),
            paper_topics.c.topic_id.in_(ids),
        )
        .distinct()
        .order_by(Paper.title)
        .options(*PAPER_LOAD)
    )
    return TopicMatch(
        query=query,
        topics=tuple(topic.name for topic in matched),
        sessions=_by_time(list(sessions)),
        papers=tuple(paper_view(paper) for paper in papers),
    )


def _topic_matches(topic: Topic, wanted: list[str]) -> bool:
    """A topic matches when the query names it or one of its aliases, or is part of its name."""
    typed = {_stem(word) for word in wanted}
    for label in (topic.name, *topic.aliases):
        label_words = {_stem(word) for word in words(label)}
        if label_words and (label_words <= typed or typed <= label_words):
            return True
    return False


def _stem(word: str) -> str:
    """Plural and singular alike: 'GANs' names the topic 'GAN'."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


async def topic_choices(db: AsyncSession, conf: ConferenceView, typed: str) -> list[Choice]:
    """Autocomplete for topics: names (or aliases) containing what was typed, 25 at most."""
    wanted = fold(typed.strip()[:MAX_QUERY_CHARS])
    rows = await db.scalars(
        select(Topic).where(Topic.conference_id == conf.id).order_by(Topic.name)
    )
    found = [
        Choice(name=topic.name[:100], value=topic.name[:100])
        for topic in rows
        if wanted in fold(" ".join([topic.name, *topic.aliases]))
    ]
    return found[:25]

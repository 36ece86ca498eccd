"""What a reminder can follow: a session, a paper (its sessions), a topic, or a group of kinds.

Targets are stored as (type, slug) so they survive re-seeding, and travel through autocomplete
encoded as 'type:slug'. People also type free text ("keynotes", "GANs", a paper's title), so
free text is resolved in a fixed order: group words, a session's exact title, a topic (by the
same rule /topic uses), the one session whose words match, then a paper. A topic beats a partial
session match because "GANs" means every GAN session, not the one whose title has the word.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.errors import N_, DomainError, NotFound
from bot.domain.kinds import GROUPS, REMINDABLE, Group, group_named, kinds_of
from bot.domain.records import Choice, ConferenceView, SessionView
from bot.domain.reminders import Target, TargetType
from bot.domain.text import MAX_QUERY_CHARS, checked_text, fold, words
from bot.papers import service as papers
from bot.programme import service as programme
from bot.store.convert import SESSION_LOAD, session_view
from bot.store.models import Paper, Session, Topic, paper_sessions, session_topics

CHOICE_LIMIT = 25


def group_target(group: Group) -> Target:
    return Target(TargetType.KIND, group, GROUPS[group].label)


def _group_from_words(text: str) -> Group | None:
    found = group_named(" ".join(words(text)))
    return found if found in REMINDABLE else None


async def find_target(
    db: AsyncSession, conf: ConferenceView, kind: str, ref: str, *, live: bool = True
) -> Target | None:
    """A target by type and key, as autocomplete sends it and subscriptions store it.

    None when it is unknown or, with `live`, has left the programme (a retired session or
    paper); `live=False` still names a retired one, for lists of what a user subscribed to.
    """
    if kind == TargetType.KIND:
        return group_target(Group(ref)) if ref in REMINDABLE else None
    if kind == TargetType.SESSION:
        title = await db.scalar(
            select(Session.title).where(
                Session.conference_id == conf.id,
                Session.slug == ref,
                *([Session.retired.is_(False)] if live else []),
            )
        )
    elif kind == TargetType.PAPER:
        title = await db.scalar(
            select(Paper.title).where(
                Paper.conference_id == conf.id,
                Paper.slug == ref,
                *([Paper.retired.is_(False)] if live else []),
            )
        )
    elif kind == TargetType.TOPIC:
        title = await db.scalar(
            select(Topic.name).where(Topic.conference_id == conf.id, Topic.slug == ref)
        )
    else:
        return None
    return None if title is None else Target(TargetType(kind), ref, _label(kind, title))


def _label(kind: str, name: str) -> str:
    return N_("topic “{name}”").format(name=name) if kind == TargetType.TOPIC else name


async def resolve_target(
    db: AsyncSession, conf: ConferenceView, text: str, now: datetime
) -> Target:
    """Understand an autocomplete value or free text; NotFound (with suggestions) otherwise.
    A title several sessions share names the next of them to start (`next_titled`)."""
    typed = checked_text(text, "a reminder")
    kind, _, ref = typed.partition(":")
    if kind in list(TargetType) and ref.strip():
        found = await find_target(db, conf, kind, ref.strip())
        if found is not None:
            return found
        typed = ref.strip()
    named_group = _group_from_words(typed)
    if named_group is not None:
        return group_target(named_group)
    titled = await programme.next_titled(db, conf, typed, now)
    if titled is not None:
        return Target(TargetType.SESSION, *titled)
    sessions = await programme.session_choices(db, conf, typed, limit=5)
    topics = await programme.named_topics(db, conf, typed)
    if len(topics) == 1:
        return Target(TargetType.TOPIC, topics[0].slug, _label(TargetType.TOPIC, topics[0].name))
    if len(sessions) == 1 and not topics:
        return Target(TargetType.SESSION, sessions[0][0], sessions[0][1])
    guesses: list[str] = []
    if not topics:
        answered = await papers.find_papers(db, conf, typed, limit=1)
        if answered.papers and not answered.readings:
            return Target(TargetType.PAPER, answered.papers[0].slug, answered.papers[0].title)
        # Found only under another spelling: a guess is offered, never subscribed to.
        guesses = [view.title for view in answered.papers + answered.near]
    suggestions = [f"topic {topic.name}" for topic in topics] + [title for _, title in sessions]
    suggestions += guesses
    raise NotFound(
        "session, topic or paper",
        typed,
        suggestions or [GROUPS[group].choice for group in REMINDABLE[:3]],
    )


def target_sessions_query(conf: ConferenceView, target: Target) -> Select[Session]:
    """Live, timed sessions a target covers, as a query (retired sessions are never reminded)."""
    query = select(Session).where(
        Session.conference_id == conf.id,
        Session.retired.is_(False),
        Session.starts_at.is_not(None),
    )
    if target.type == TargetType.SESSION:
        return query.where(Session.slug == target.ref)
    if target.type == TargetType.PAPER:
        return (
            query.join(paper_sessions, paper_sessions.c.session_id == Session.id)
            .join(Paper, Paper.id == paper_sessions.c.paper_id)
            .where(Paper.slug == target.ref, Paper.conference_id == conf.id)
        )
    if target.type == TargetType.TOPIC:
        return (
            query.join(session_topics, session_topics.c.session_id == Session.id)
            .join(Topic, Topic.id == session_topics.c.topic_id)
            .where(Topic.slug == target.ref, Topic.conference_id == conf.id)
        )
    return query.where(Session.kind.in_(kinds_of(target.ref)))


async def target_sessions(
    db: AsyncSession, conf: ConferenceView, target: Target
) -> list[SessionView]:
    """The sessions a target covers, in programme order."""
    rows = await db.scalars(
        target_sessions_query(conf, target).options(*SESSION_LOAD).order_by(Session.starts_at)
    )
    return [session_view(row) for row in rows.unique()]


async def started_sessions(
    db: AsyncSession, conf: ConferenceView, target: Target, now: datetime
) -> int:
    """How many of the target's timed sessions have started by `now`. Counted by the
    database, not from loaded sessions: 'everything' may be a hundred thousand of them. A
    single session or paper with nothing left to remind is refused rather than saved."""
    started = case((Session.starts_at <= now, 1), else_=0)
    query = target_sessions_query(conf, target).with_only_columns(
        func.count(), func.coalesce(func.sum(started), 0)
    )
    row = (await db.execute(query)).one()
    total, begun = int(row[0]), int(row[1])
    if target.type in (TargetType.SESSION, TargetType.PAPER):
        if not total:
            raise DomainError(
                N_("{label} has no known time, so there is nothing to remind."), label=target.label
            )
        if begun == total:
            raise DomainError(
                N_("{label} has already started: there is nothing to remind."), label=target.label
            )
    return begun


async def target_choices(
    db: AsyncSession, conf: ConferenceView, typed: str, now: datetime
) -> list[Choice[str]]:
    """Autocomplete mixing groups, sessions, topics and papers, taking turns. Only what can
    still be reminded is offered: a session that has started, or a paper whose sessions all
    have, would only be refused once picked; the soonest sessions come first."""
    text = typed.strip()[:MAX_QUERY_CHARS]
    folded = fold(text)
    groups = [
        Choice(f"Kind · {GROUPS[group].label}", group_target(group).value)
        for group in REMINDABLE
        if not folded
        or folded in fold(GROUPS[group].label)
        or folded in group
        or _group_from_words(text) == group
    ]
    sessions = await _session_choices(db, conf, text, now)
    topics = [
        Choice(f"Topic · {name}", f"{TargetType.TOPIC}:{slug}")
        for slug, name in await programme.topic_choices(db, conf, text)
    ]
    offered = await papers.paper_choices(db, conf, text)
    ahead = await _papers_still_ahead(db, conf, [choice.value for choice in offered], now)
    found_papers = [
        Choice(f"Paper · {choice.name}", f"{TargetType.PAPER}:{choice.value}")
        for choice in offered
        if choice.value in ahead
    ]
    mixed = list(groups)
    queues = [sessions, topics, found_papers]
    while len(mixed) < CHOICE_LIMIT and any(queues):
        for queue in queues:
            if queue and len(mixed) < CHOICE_LIMIT:
                mixed.append(queue.pop(0))
    return mixed


async def _papers_still_ahead(
    db: AsyncSession, conf: ConferenceView, slugs: list[str], now: datetime
) -> set[str]:
    """Which of these papers have a session that has not started yet."""
    if not slugs:
        return set()
    rows = await db.scalars(
        select(Paper.slug)
        .join(paper_sessions, paper_sessions.c.paper_id == Paper.id)
        .join(Session, Session.id == paper_sessions.c.session_id)
        .where(
            Paper.conference_id == conf.id,
            Paper.slug.in_(slugs),
            Session.retired.is_(False),
            Session.starts_at > now,
        )
    )
    return set(rows)


async def _session_choices(
    db: AsyncSession, conf: ConferenceView, text: str, now: datetime
) -> list[Choice[str]]:
    found = await programme.session_choices(db, conf, text, limit=CHOICE_LIMIT, after=now)
    if not found:
        return []
    rows = await db.execute(
        select(Session.slug, Session.starts_at).where(
            Session.conference_id == conf.id, Session.slug.in_([slug for slug, _ in found])
        )
    )
    starts = {slug: start for slug, start in rows}
    choices = []
    for slug, title in found:
        start = starts.get(slug)
        when = f"{start.astimezone(conf.zone):%a %H:%M} · " if start else ""
        choices.append(Choice(f"Session · {when}{title}", f"{TargetType.SESSION}:{slug}"))
    return choices

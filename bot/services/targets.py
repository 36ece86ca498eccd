"""What a reminder can follow: a session, a paper (its sessions), a topic, or a kind of session.

Targets are stored as (type, slug) so they survive re-seeding, and travel through autocomplete
encoded as 'type:slug'. People also type free text ("keynotes", "GANs", "lottery ticket"), so
free text is resolved in a fixed order: kind words, a session's exact title, a topic, the one
session whose words match, then a paper. A topic beats a partial session match because "GANs"
means every GAN session, not the one whose title happens to contain the word.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services import papers, programme
from bot.services.convert import SESSION_LOAD, session_view
from bot.services.errors import DomainError, NotFound
from bot.services.reminder_views import KIND_TARGET_LABELS, Target
from bot.services.search import MAX_QUERY_CHARS, checked_text
from bot.services.views import Choice, ConferenceView, SessionView
from bot.store.models import Paper, Session, Topic, paper_sessions, session_topics
from bot.store.text import fold, words

TARGET_TYPES = ("session", "paper", "topic", "kind")
KINDS = ("keynote", "poster", "oral", "everything")
NOT_EVERYTHING = ("break", "meal")
"""Breaks and meals are left out of 'everything': nobody wants a reminder for coffee."""
KIND_WORDS = {
    "keynote": "keynote",
    "keynotes": "keynote",
    "invited talk": "keynote",
    "invited talks": "keynote",
    "poster": "poster",
    "posters": "poster",
    "poster session": "poster",
    "poster sessions": "poster",
    "oral": "oral",
    "orals": "oral",
    "oral session": "oral",
    "oral sessions": "oral",
    "contributed talks": "oral",
    "everything": "everything",
    "all": "everything",
    "all sessions": "everything",
    "every session": "everything",
    "the whole programme": "everything",
    "the whole program": "everything",
}
CHOICE_LIMIT = 25
CHOICE_TEXT = 100


def kind_filter(kind: str) -> ColumnElement[bool]:
    """The sessions a kind target covers, as a condition on Session."""
    if kind == "keynote":
        return Session.kind.in_(programme.KEYNOTE_KINDS)
    if kind == "everything":
        return Session.kind.not_in(NOT_EVERYTHING)
    return Session.kind == kind


def kind_target(kind: str) -> Target:
    return Target("kind", kind, KIND_TARGET_LABELS[kind])


def _kind_from_words(text: str) -> str | None:
    phrase = " ".join(words(text))
    for prefix in ("all the ", "all ", "every ", "the "):
        if phrase.startswith(prefix) and phrase[len(prefix) :] in KIND_WORDS:
            phrase = phrase[len(prefix) :]
            break
    return KIND_WORDS.get(phrase)


async def find_target(
    db: AsyncSession, conf: ConferenceView, kind: str, ref: str, *, live: bool = True
) -> Target | None:
    """A target by type and key, as autocomplete sends it and subscriptions store it.

    None when it is unknown or, with `live`, has left the programme (a retired session or
    paper); `live=False` still names a retired one, for lists of what a user subscribed to.
    """
    if kind == "kind":
        return kind_target(ref) if ref in KINDS else None
    if kind == "session":
        title = await db.scalar(
            select(Session.title).where(
                Session.conference_id == conf.id,
                Session.slug == ref,
                *([Session.retired.is_(False)] if live else []),
            )
        )
    elif kind == "paper":
        title = await db.scalar(
            select(Paper.title).where(
                Paper.conference_id == conf.id,
                Paper.slug == ref,
                *([Paper.retired.is_(False)] if live else []),
            )
        )
    else:
        title = await db.scalar(
            select(Topic.name).where(Topic.conference_id == conf.id, Topic.slug == ref)
        )
    return None if title is None else Target(kind, ref, _label(kind, title))


def _label(kind: str, name: str) -> str:
    return f"topic “{name}”" if kind == "topic" else name


async def resolve_target(db: AsyncSession, conf: ConferenceView, text: str) -> Target:
    """Understand an autocomplete value or free text; NotFound (with suggestions) otherwise."""
    typed = checked_text(text, "a reminder")
    kind, _, ref = typed.partition(":")
    if kind in TARGET_TYPES and ref.strip():
        found = await find_target(db, conf, kind, ref.strip())
        if found is not None:
            return found
        typed = ref.strip()
    named_kind = _kind_from_words(typed)
    if named_kind is not None:
        return kind_target(named_kind)
    sessions = await programme.session_choices(db, conf, typed, limit=5)
    titles = dict(sessions)
    exact = [slug for slug, title in sessions if fold(title) == fold(typed)]
    if exact:
        return Target("session", exact[0], titles[exact[0]])
    topic = await _topic(db, conf, typed)
    if topic is not None:
        return topic
    if len(sessions) == 1:
        return Target("session", sessions[0][0], sessions[0][1])
    found_papers = await papers.search_papers(db, conf, typed, limit=1)
    if found_papers:
        return Target("paper", found_papers[0].slug, found_papers[0].title)
    suggestions = [title for _, title in sessions] or ["keynotes", "posters", "orals"]
    raise NotFound("session, topic or paper", typed, suggestions)


async def _topic(db: AsyncSession, conf: ConferenceView, typed: str) -> Target | None:
    """The topic the text names: by its name or an alias ('GANs'), else the only topic whose
    name holds every typed word. None otherwise: 'Deep InfoMax' is a paper, even though the
    topic 'mutual information' has the alias 'InfoMax'."""
    wanted = _singular(typed)
    typed_words = set(wanted.split())
    named: list[Topic] = []
    partial: list[Topic] = []
    for topic in await db.scalars(select(Topic).where(Topic.conference_id == conf.id)):
        labels = [_singular(label) for label in (topic.name, *topic.aliases)]
        if wanted in labels:
            named.append(topic)
        elif any(typed_words <= {_singular(w) for w in label.split()} for label in labels):
            partial.append(topic)
    chosen = named or partial
    if len(chosen) != 1:
        return None
    return Target("topic", chosen[0].slug, _label("topic", chosen[0].name))


def _singular(text: str) -> str:
    """'GANs' and 'GAN' name the same topic."""
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words(text))


def target_sessions_query(conf: ConferenceView, target: Target) -> Select[Session]:
    """Live, timed sessions a target covers, as a query (retired sessions are never reminded)."""
    query = select(Session).where(
        Session.conference_id == conf.id,
        Session.retired.is_(False),
        Session.starts_at.is_not(None),
    )
    if target.type == "session":
        return query.where(Session.slug == target.ref)
    if target.type == "paper":
        return (
            query.join(paper_sessions, paper_sessions.c.session_id == Session.id)
            .join(Paper, Paper.id == paper_sessions.c.paper_id)
            .where(Paper.slug == target.ref, Paper.conference_id == conf.id)
        )
    if target.type == "topic":
        return (
            query.join(session_topics, session_topics.c.session_id == Session.id)
            .join(Topic, Topic.id == session_topics.c.topic_id)
            .where(Topic.slug == target.ref, Topic.conference_id == conf.id)
        )
    return query.where(kind_filter(target.ref))


async def target_sessions(
    db: AsyncSession, conf: ConferenceView, target: Target
) -> list[SessionView]:
    """The sessions a target covers, in programme order."""
    rows = await db.scalars(
        target_sessions_query(conf, target).options(*SESSION_LOAD).order_by(Session.starts_at)
    )
    return [session_view(row) for row in rows.unique()]


def require_sessions(target: Target, sessions: list[SessionView], now: datetime) -> None:
    """A single session or paper with nothing left to remind is refused rather than saved."""
    if target.type not in ("session", "paper"):
        return
    if not sessions:
        raise DomainError(f"{target.label} has no known time, so there is nothing to remind.")
    if all(session.starts_at is not None and session.starts_at <= now for session in sessions):
        raise DomainError(f"{target.label} has already started: there is nothing to remind.")


async def target_choices(db: AsyncSession, conf: ConferenceView, typed: str) -> list[Choice]:
    """Autocomplete mixing kinds, sessions, topics and papers; 25 at most, names <= 100."""
    text = typed.strip()[:MAX_QUERY_CHARS]
    folded = fold(text)
    kinds = [
        Choice(_clip(f"Kind · {label}"), f"kind:{kind}")
        for kind, label in KIND_TARGET_LABELS.items()
        if not folded or folded in fold(label) or folded in kind or _kind_from_words(text) == kind
    ]
    sessions = await _session_choices(db, conf, text)
    topics = await _topic_choices(db, conf, folded)
    found_papers = [
        Choice(_clip(f"Paper · {choice.name}"), f"paper:{choice.value}")
        for choice in await papers.paper_choices(db, conf, text)
    ]
    mixed = list(kinds)
    groups = [sessions, topics, found_papers]
    while len(mixed) < CHOICE_LIMIT and any(groups):
        for group in groups:
            if group and len(mixed) < CHOICE_LIMIT:
                mixed.append(group.pop(0))
    return [choice for choice in mixed if len(choice.value) <= CHOICE_TEXT]


async def _session_choices(db: AsyncSession, conf: ConferenceView, text: str) -> list[Choice]:
    found = await programme.session_choices(db, conf, text, limit=CHOICE_LIMIT)
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
        choices.append(Choice(_clip(f"Session · {when}{title}"), f"session:{slug}"))
    return choices


async def _topic_choices(db: AsyncSession, conf: ConferenceView, folded: str) -> list[Choice]:
    rows = await db.scalars(
        select(Topic).where(Topic.conference_id == conf.id).order_by(Topic.name)
    )
    return [
        Choice(_clip(f"Topic · {topic.name}"), f"topic:{topic.slug}")
        for topic in rows
        if folded in fold(" ".join([topic.name, *topic.aliases]))
    ]


def _clip(name: str) -> str:
    return name if len(name) <= CHOICE_TEXT else name[: CHOICE_TEXT - 1] + "…"

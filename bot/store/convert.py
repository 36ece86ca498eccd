"""ORM rows, or rows as SQLite stores them, to view records; and the loader options that make
the ORM conversions safe in async.

The stored form is what the SQLite reader (see `reader`) gets from a plain connection: times
as UTC text, JSON columns as text, booleans as 0 or 1. Both forms end in the same records,
sorted by the same rules.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from bot.domain.records import (
    ConferenceView,
    Examples,
    PaperRef,
    PaperView,
    SessionView,
    Voice,
)
from bot.store.models import Conference, Paper, Session

# A room is one row per session: joined into the same query instead of a separate round trip.
SESSION_LOAD: tuple[LoaderOption, ...] = (
    joinedload(Session.room),
    selectinload(Session.topics),
)
PAPER_LOAD: tuple[LoaderOption, ...] = (
    selectinload(Paper.topics),
    selectinload(Paper.sessions).options(joinedload(Session.room), selectinload(Session.topics)),
)


def conference_view(row: Conference) -> ConferenceView:
    details = row.details or {}
    return ConferenceView(
        id=row.id,
        slug=row.slug,
        name=row.name,
        full_name=row.full_name,
        edition=row.edition,
        start_date=row.start_date,
        end_date=row.end_date,
        city=row.city,
        venue=row.venue,
        timezone=row.timezone,
        website=row.website,
        description=row.description,
        figures=tuple((item["label"], item["value"]) for item in details.get("figures", [])),
        links=tuple((item["label"], item["url"]) for item in details.get("links", [])),
        next_edition=dict(details.get("next_edition", {})),
        day_notes={
            date.fromisoformat(note["day"]): note["note"] for note in details.get("day_notes", [])
        },
        examples=_examples(details.get("examples", {})),
        descriptions=Voice(details.get("descriptions", Voice.OURS)),
    )


def _examples(raw: dict[str, Any]) -> Examples:
    chat = tuple(raw.get("chat", ())) or Examples().chat
    fields = {key: raw[key] for key in ("paper", "topic", "session", "day") if key in raw}
    return Examples(chat=chat, **fields)


def paper_ref(row: Paper) -> PaperRef:
    return PaperRef(slug=row.slug, title=row.title, kind=row.kind, award=row.award)


def _by_start(sessions: Iterable[SessionView]) -> tuple[SessionView, ...]:
    """A paper's live sessions, earliest first (undated last)."""
    live = [session for session in sessions if not session.retired]
    return tuple(sorted(live, key=lambda s: (s.starts_at is None, s.starts_at)))


def session_view(row: Session) -> SessionView:
    return SessionView(
        id=row.id,
        slug=row.slug,
        kind=row.kind,
        title=row.title,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        timing=row.timing,
        room=row.room.name if row.room else None,
        topics=tuple(topic.name for topic in row.topics),
        people=tuple((person["name"], person["role"]) for person in row.people),
        talk_title=row.talk_title,
        description=row.description,
        url=row.url,
        retired=row.retired,
        links=tuple((found["label"], found["url"]) for found in row.links or ()),
        language=row.language,
    )


def paper_view(row: Paper) -> PaperView:
    return PaperView(
        id=row.id,
        slug=row.slug,
        title=row.title,
        authors=tuple(row.authors),
        kind=row.kind,
        award=row.award,
        openreview_id=row.openreview_id,
        arxiv_id=row.arxiv_id,
        code_url=row.code_url,
        aliases=tuple(row.aliases),
        topics=tuple(topic.name for topic in row.topics),
        summary=row.summary,
        day=row.day,
        placement=row.placement,
        poster_board=row.poster_board,
        sessions=_by_start(session_view(session) for session in row.sessions),
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        affiliations=tuple(row.affiliations or ()),
        keywords=tuple(row.keywords or ()),
        site_url=row.site_url,
        summary_source=row.summary_source,
        abstract=row.abstract,
        tldr=row.tldr,
        abstract_source=row.abstract_source,
    )


SESSION_COLUMNS = (
    "s.id, s.slug, s.kind, s.title, s.starts_at, s.ends_at, s.timing, r.name, s.talk_title, "
    "s.description, s.url, s.people, s.retired, s.links, "
    "s.language"
)
"""What `stored_session` reads, in its order: `s` a session, `r` its room (LEFT JOIN)."""
PAPER_REF_COLUMNS = "p.slug, p.title, p.kind, p.award"
"""A paper as a line in a list (`PaperRef(*row)`), `p` the paper."""
PAPER_COLUMNS = (
    "p.id, p.slug, p.title, p.authors, p.kind, p.award, p.openreview_id, p.arxiv_id, "
    "p.code_url, p.aliases, p.summary, p.day, p.placement, p.poster_board, p.starts_at, "
    "p.ends_at, p.affiliations, p.keywords, p.site_url, p.summary_source, p.abstract, p.tldr, "
    "p.abstract_source"
)
"""What `stored_paper` reads, in its order: `p` a paper."""


def stored_time(value: str | None) -> datetime | None:
    """A UTC time as SQLite keeps it (text), aware again, as UTCDateTime gives it back."""
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def time_param(value: datetime) -> str:
    """An aware time as SQLite keeps it, to compare with stored times as text."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


_JSON = json.JSONDecoder()


def stored_list(value: str | None) -> tuple[Any, ...]:
    """A JSON array as SQLite keeps it (as `json.dumps` and `json_group_array` write it, with
    nothing around it). Most lists read (aliases, people, topics) are empty and need no
    parsing; the others go straight to the decoder, since `json.loads`' checks for text
    around the value cost more than parsing a short list."""
    return tuple(_JSON.raw_decode(value)[0]) if value and value != "[]" else ()


def stored_session(row: Sequence[Any], topics: Sequence[str]) -> SessionView:
    """A session from its SESSION_COLUMNS, with its topics' names."""
    (id_, slug, kind, title, starts, ends, timing, room, talk, description, url, people) = row[:12]
    return SessionView(
        id=id_,
        slug=slug,
        kind=kind,
        title=title,
        starts_at=stored_time(starts),
        ends_at=stored_time(ends),
        timing=timing,
        room=room,
        topics=tuple(topics),
        people=tuple((person["name"], person["role"]) for person in stored_list(people)),
        talk_title=talk,
        description=description,
        url=url,
        retired=bool(row[12]),
        links=tuple((found["label"], found["url"]) for found in stored_list(row[13])),
        language=row[14],
    )


def stored_paper(
    row: Sequence[Any], topics: Sequence[str], sessions: Iterable[SessionView]
) -> PaperView:
    """A paper from its PAPER_COLUMNS, with its topics' names and its sessions."""
    (id_, slug, title, authors, kind, award, openreview, arxiv, code, aliases, summary) = row[:11]
    (day, placement, board, starts, ends, affiliations, keywords, site, source) = row[11:20]
    (abstract, tldr, abstract_source) = row[20:]
    return PaperView(
        id=id_,
        slug=slug,
        title=title,
        authors=stored_list(authors),
        kind=kind,
        award=award,
        openreview_id=openreview,
        arxiv_id=arxiv,
        code_url=code,
        aliases=stored_list(aliases),
        topics=tuple(topics),
        summary=summary,
        day=None if day is None else date.fromisoformat(day),
        placement=placement,
        poster_board=board,
        sessions=_by_start(sessions),
        starts_at=stored_time(starts),
        ends_at=stored_time(ends),
        affiliations=stored_list(affiliations),
        keywords=stored_list(keywords),
        site_url=site,
        summary_source=source,
        abstract=abstract,
        tldr=tldr,
        abstract_source=abstract_source,
    )

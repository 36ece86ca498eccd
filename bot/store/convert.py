"""ORM rows to view records, and the loader options that make those conversions safe in async."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from bot.domain.records import ConferenceView, Examples, PaperRef, PaperView, SessionView
from bot.store.models import Conference, Paper, Session

# A room is one row per session: joined into the same query instead of a separate round trip.
SESSION_LOAD: tuple[LoaderOption, ...] = (
    joinedload(Session.room),
    selectinload(Session.topics),
)
SESSION_WITH_PAPERS: tuple[LoaderOption, ...] = (*SESSION_LOAD, selectinload(Session.papers))
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
    )


def _examples(raw: dict[str, Any]) -> Examples:
    chat = tuple(raw.get("chat", ())) or Examples().chat
    fields = {key: raw[key] for key in ("paper", "topic", "session", "day") if key in raw}
    return Examples(chat=chat, **fields)


def paper_ref(row: Paper) -> PaperRef:
    return PaperRef(slug=row.slug, title=row.title, kind=row.kind, award=row.award)


def session_view(row: Session, *, with_papers: bool = False) -> SessionView:
    papers: tuple[PaperRef, ...] = ()
    if with_papers:
        live = [paper for paper in row.papers if not paper.retired]
        papers = tuple(paper_ref(paper) for paper in sorted(live, key=lambda p: (p.kind, p.title)))
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
        papers=papers,
    )


def paper_view(row: Paper) -> PaperView:
    sessions = sorted(
        (session_view(session) for session in row.sessions if not session.retired),
        key=lambda s: (s.starts_at is None, s.starts_at),
    )
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
        sessions=tuple(sessions),
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        affiliations=tuple(row.affiliations or ()),
        keywords=tuple(row.keywords or ()),
        site_url=row.site_url,
    )

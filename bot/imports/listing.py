"""`confbot conferences`: what the store holds, one line per conference, for the operator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ScalarSelect, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models import Conference, Paper, Session


@dataclass(frozen=True)
class Listed:
    slug: str
    name: str
    start_date: date
    end_date: date
    sessions: int
    papers: int
    source: str
    imported_at: datetime | None


def _live_count(model: type[Session] | type[Paper]) -> ScalarSelect[int]:
    return (
        select(func.count())
        .where(model.conference_id == Conference.id, model.retired.is_(False))
        .scalar_subquery()
    )


async def listing(db: AsyncSession) -> list[Listed]:
    """Every conference with its live session and paper counts, in one query."""
    rows = await db.execute(
        select(Conference, _live_count(Session), _live_count(Paper)).order_by(Conference.slug)
    )
    return [
        Listed(
            conf.slug,
            conf.name,
            conf.start_date,
            conf.end_date,
            int(sessions),
            int(papers),
            conf.source or "data/ (shipped with confbot)",
            conf.imported_at,
        )
        for conf, sessions, papers in rows
    ]


def listing_lines(listed: list[Listed], default: str) -> list[str]:
    """A table an operator can read in a terminal; the default conference is starred."""
    if not listed:
        return ["No conferences yet: `confbot import FILE` adds one."]
    lines = []
    for item in listed:
        star = "*" if item.slug == default else " "
        when = item.imported_at.strftime("%Y-%m-%d %H:%M UTC") if item.imported_at else "never"
        lines.append(
            f"{star} {item.slug}  {item.name}  {item.start_date}..{item.end_date}  "
            f"{item.sessions} sessions, {item.papers} papers  from {item.source}  "
            f"(last import {when})"
        )
    lines.append("* the default (CONFBOT_CONFERENCE, or --conference for the console)")
    return lines

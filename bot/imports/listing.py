"""`confbot conferences`: what the store holds, one line per conference, for the operator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ScalarSelect, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.imports.follow import FollowedView
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


def _stamp(when: datetime | None) -> str:
    return when.strftime("%Y-%m-%d %H:%M UTC") if when else "never"


def followed_lines(sources: list[FollowedView]) -> list[str]:
    """Each followed URL with its last check, last change and last error (or held change):
    what an operator needs to see that following works, or why it does not."""
    if not sources:
        return []
    lines = ["Followed sources:"]
    for item in sources:
        every = int(item.interval.total_seconds())
        lines.append(
            f"  {item.url} -> {item.slug or '?'}  every {every}s  "
            f"last check {_stamp(item.checked_at)}, last change {_stamp(item.changed_at)}"
        )
        lines.append(f"    last error: {item.error}" if item.error else "    last error: none")
    return lines


def listing_lines(
    listed: list[Listed], default: str, sources: list[FollowedView] | None = None
) -> list[str]:
    """A table an operator can read in a terminal; the default conference is starred, and the
    followed sources follow."""
    if not listed:
        return ["No conferences yet: `confbot import FILE` adds one."]
    lines = []
    for item in listed:
        star = "*" if item.slug == default else " "
        when = _stamp(item.imported_at)
        lines.append(
            f"{star} {item.slug}  {item.name}  {item.start_date}..{item.end_date}  "
            f"{item.sessions} sessions, {item.papers} papers  from {item.source}  "
            f"(last import {when})"
        )
    lines.append("* the default (CONFBOT_CONFERENCE, or --conference for the console)")
    return lines + followed_lines(sources or [])

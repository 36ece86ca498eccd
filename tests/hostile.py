"""Inputs people (or their keyboards) send that must never reach SQL as syntax."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.errors import DomainError, EmptyQuery, NotFound, QueryTooLong
from bot.store.models import Paper
from tests.fulltext import indexed_papers

T = TypeVar("T")

HOSTILE_INPUTS = {
    "double quote": '"',
    "operators": "AND OR NOT (",
    "star": "*",
    "column filter": "col:x",
    "minus": "-x",
    "real column filter": "title:lottery",
    "near": "NEAR(a b)",
    "sql injection": "'; DROP TABLE papers; --",
    "emoji": "🎟️🎉",
    "zero-width": "\u200b\u200c\u200d\ufeff",
    "right-to-left": "\u202e\u200fgninrael\u202c",
    "empty": "",
    "5000 characters": "lottery " * 625,
}
HOSTILE = list(HOSTILE_INPUTS.values())
HOSTILE_IDS = list(HOSTILE_INPUTS)


async def assert_papers_intact(db: AsyncSession) -> None:
    """The papers and their index are all still there and still searchable."""
    assert await db.scalar(select(func.count()).select_from(Paper)) == 502
    assert await db.scalar(text("SELECT count(*) FROM paper_search")) == 502
    assert await indexed_papers(db, ["lottery"])


async def outcome(call: Awaitable[T]) -> T | DomainError:
    """The result of a service call, or the domain error it raised (anything else propagates)."""
    try:
        return await call
    except DomainError as error:
        return error


async def assert_found_or_refused(db: AsyncSession, lookup: Awaitable[object], found: type) -> None:
    """A lookup gives what it looks for or says why not (no words, too long, no match), never
    a database error, and leaves the papers as they were."""
    result = await outcome(lookup)

    assert isinstance(result, found | EmptyQuery | QueryTooLong | NotFound), result

    await assert_papers_intact(db)

"""Papers by the number of their poster board, on both backends: a board is named by the
number on it, whatever the hall written before it."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import ConferenceView
from bot.papers.service import on_board


async def test_the_paper_at_a_board_is_found_by_its_number(
    db: AsyncSession, conf: ConferenceView
) -> None:
    found = await on_board(db, conf, 55)

    assert [paper.title for paper in found] == ["Three Mechanisms of Weight Decay Regularization"]
    assert found[0].poster_board == "Great Hall BC #55"


async def test_a_number_no_board_has_finds_no_paper(db: AsyncSession, conf: ConferenceView) -> None:
    """Nor does a board whose number only begins or ends with it (#55 is not 5 or 555)."""
    assert await on_board(db, conf, 5) == []
    assert await on_board(db, conf, 555) == []

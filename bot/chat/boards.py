"""A poster board asked for by its number ('which paper is at board 55 in hall BC'): the paper
shown there, found by the number the conference gives its boards, not by searching the words
of the question, which name no subject."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat.catalogue import reader
from bot.chat.context import Subject
from bot.chat.reading import Reading
from bot.chat.render import Shown
from bot.domain.records import ConferenceView, PaperView
from bot.domain.text import fold, words
from bot.papers import answers as papers
from bot.papers import service as paper_service


def board_asked(folded: str) -> int | None:
    """The number of the poster board a question names, if it names one."""
    found = reader().board.search(folded)
    if found is None:
        return None
    return int(next(number for number in found.groups() if number))


def _in_hall(found: list[PaperView], said: set[str]) -> list[PaperView]:
    """The papers whose board's hall the question names ('bc'), when halls share numbers."""
    placed = [p for p in found if p.poster_board and said & set(words(fold(p.poster_board)))]
    return placed or found


async def on_board(db: AsyncSession, conf: ConferenceView, reading: Reading) -> Shown | None:
    """The paper at the board a question names, in full; none when no board is named, or
    when no paper, or more than one, is shown at that number."""
    number = board_asked(reading.folded)
    if number is None:
        return None
    found = await paper_service.on_board(db, conf, number)
    found = _in_hall(found, set(words(reading.folded)))
    if len(found) != 1:
        return None
    shown = await papers.paper(db, conf, found[0].slug, reading.language)
    return shown, Subject(papers=(found[0].slug,))

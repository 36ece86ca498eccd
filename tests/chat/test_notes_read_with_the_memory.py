"""A conference's own figures and links are read once, with its memory: the first attendee
asking for one (an acceptance rate, a registration count) is answered from what was read,
not made to wait while every note is cut into words."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat import noted
from bot.chat.service import Memory
from bot.domain.records import ConferenceView

pytestmark = pytest.mark.sqlite_only(
    reason="the notes come with the conference's record, read alike from either store"
)


class _Unread:
    """A note read after the memory was built: the test fails if a question reads one."""

    def __init__(self, text: str, line: str) -> None:
        raise AssertionError(f"a question read the note {line!r}")


async def test_the_first_question_on_a_figure_reads_no_note(
    db: AsyncSession, conf: ConferenceView, monkeypatch: pytest.MonkeyPatch
) -> None:
    for kept in (noted._read_notes, noted._labels, noted._named_terms):
        kept.cache_clear()  # as in a process that has not answered for the conference yet
    await Memory().known(db, conf)
    monkeypatch.setattr(noted, "_Note", _Unread)
    rate = noted.noted(conf, "how high was the acceptance rate")
    assert any("32%" in line for line in rate)
    assert noted._labels.cache_info().misses == 1, "each note's label was cut once"
    assert noted._named_terms.cache_info().misses == 1, "the conference's own words likewise"

"""A poster board asked for by its number: the paper shown at it, in full, whatever the
language; a number no board has is no paper's, so nothing is shown as the answer."""

from __future__ import annotations

from typing import Any

import pytest

from bot.store.setup import Store
from tests.chat.blind import SHOWN_AS_ANSWER, Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
NOTHING = ("No paper matches", "Nothing matches", "did you mean")


def _asked(name: str, locale: str, text: str, **expected: Any) -> Blind:
    return Blind(name, ICLR, text, locale=locale, **expected)


async def test_the_paper_at_a_numbered_board_is_shown(store: Store, database_url: str) -> None:
    """Before, the number and the word 'board' were searched for in the papers' text, which
    holds neither, and nothing matched."""
    await asked(
        store,
        database_url,
        _asked(
            "board-en",
            "en-US",
            "what's hanging on poster board 44?",
            expect=("Slalom", "Great Hall BC #44"),
            forbid=NOTHING,
        ),
        _asked(
            "board-de",
            "de",
            "welches paper ist an stellwand 27 in halle bc",
            expect=("There Are Many Consistent Explanations",),
            forbid=NOTHING,
        ),
        _asked(
            "board-zh",
            "zh-CN",
            "72号展板上是什么论文",
            expect=("Pay Less Attention",),
            forbid=NOTHING,
        ),
    )


async def test_a_board_number_no_paper_has_shows_no_paper(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        _asked("no-board", "en-US", "which paper is on board 999?", forbid=SHOWN_AS_ANSWER),
    )

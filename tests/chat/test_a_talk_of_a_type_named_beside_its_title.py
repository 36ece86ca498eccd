"""A talk's type said beside words of its title is a talk of that type: when the type's words
also title a block of the programme (a block called "Lightning Talks"), the one talk of that
type the other words name is meant, not the block."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_lightning_talk_named_by_its_title_is_that_talk_not_the_block(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "typed",
            "camp2019",
            "that lightning talk where everybody draws the internet?",
            expect=("Draw the internet!", "Roeckoe"),
            forbid=("bigalex",),
        ),
        Blind(
            "typed-who",
            "camp2019",
            "who's doing the lightning talk where all of you draw the internet",
            expect=("Roeckoe",),
        ),
    )

"""A greeting typed the way people type in a channel ('evenin all', 'heyyy everyone', 'gm
folks', "g'morning team"): answered with a hello, never searched for, never a paper's card;
a greeting before a question leaves the question answered."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
HELLO = ("Hello!",)
NOT_SEARCHED = ("No paper", "Nothing matches", "not sure what you", "Authors", "Orals")


@pytest.mark.imported_schedules
async def test_a_casually_typed_greeting_gets_a_hello(store: Store, database_url: str) -> None:
    greetings = {
        "dropped-g": ("iclr2019", "evenin all"),
        "apostrophe": ("iclr2019", "mornin' y'all"),
        "stretched": ("39c3", "heyyy everyone"),
        "short": ("iclr2019", "gm peeps"),
        "contracted": ("camp2019", "g'morning team"),
        "slang": ("31c3", "sup nerds"),
        "cowboy": ("iclr2019", "howdy folks"),
        "addressed": ("camp2019", "hello there people"),
    }
    await asked(
        store,
        database_url,
        *(
            Blind(name, conference, said, expect=HELLO, forbid=NOT_SEARCHED)
            for name, (conference, said) in greetings.items()
        ),
    )


@pytest.mark.imported_schedules
async def test_a_greeting_before_a_question_leaves_it_asked(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "question",
            "iclr2019",
            "heyyy folks, when's the next coffee break?",
            now="2019-05-07T09:30:00-05:00",
            expect=("Coffee break",),
        ),
    )

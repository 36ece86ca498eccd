"""'The last night of the conference' is its final evening, where before 'last night' was
read as yesterday; alone, or before a room ('last night in saal 2'), it still means yesterday."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
NOTHING = ("No paper matches", "Nothing matches", "did you mean")
THURSDAY_EVENING = "2019-05-09T18:40:00-05:00"
"""The conference's final evening, twenty minutes before its closing reception."""


async def test_the_last_night_of_the_conference_is_the_final_evening(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "final",
            ICLR,
            "the last night of the conference, is there a party somewhere?",
            now=THURSDAY_EVENING,
            expect=("Closing reception", "19:00"),
            forbid=NOTHING,
        ),
        Blind(
            "yesterday",
            ICLR,
            "what did i miss last night?",
            now="2019-05-09T10:00:00-05:00",
            expect=("Wednesday",),
            forbid=(*NOTHING, "Closing reception"),
        ),
    )

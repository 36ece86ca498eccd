"""A greeting said to a city or a crowd ('good evening hamburg'), maybe before a word about
the asker's own drink, is small talk: the city is whom it greets, not a title word to search,
so no talk that names the city is offered."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what a question means does not depend on the store; the blind sets grade "
        "retrieval on both backends"
    ),
]


async def test_a_greeting_to_a_city_is_small_talk(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "city",
            "31c3",
            "good evening hamburg, beer first",
            expect=("Hello",),
            forbid=("Transparenzportal", "Saal"),
        ),
        Blind("crowd", "31c3", "hey congress", expect=("Hello",), forbid=("Mr Beam", "Saal")),
    )


async def test_a_city_greeted_before_a_question_is_not_searched(
    store: Store, database_url: str
) -> None:
    """Before, the city was searched for and a talk naming it was the answer, in full."""
    await asked(
        store,
        database_url,
        Blind(
            "asking",
            "31c3",
            "good afternoon hamburg, what's happening",
            now="2014-12-28T14:10:00+01:00",
            expect=("On now",),
            forbid=("Inhalt und Umsetzung",),
        ),
    )

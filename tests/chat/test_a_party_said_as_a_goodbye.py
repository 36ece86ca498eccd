"""The conference's last party said as a goodbye ('the farewell party', 'goodbye party') is its
closing reception, with its hall and hours, not a search for a paper about farewells; a
'send-off' said with its hyphen too, and a goodbye event or farewell drinks."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_the_farewell_party_is_the_closing_reception(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "farewell",
            "iclr2019",
            "where's the farewell party happening?",
            now="2019-05-09T13:00:00-05:00",
            expect=("Closing reception", "Sponsor hall", "19:00"),
        ),
        Blind(
            "send-off",
            "iclr2019",
            "do they throw a send-off party when it's all over?",
            expect=("Closing reception", "19:00"),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_goodbye_event_or_drinks_is_the_closing_reception(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "event",
            "iclr2019",
            "last day :( is there some goodbye event later?",
            now="2019-05-09T15:00:00-05:00",
            expect=("Closing reception", "19:00"),
        ),
        Blind(
            "drinks",
            "iclr2019",
            "when are the farewell drinks",
            now="2019-05-07T10:00:00-05:00",
            expect=("Closing reception", "Thu 9 May"),
        ),
    )

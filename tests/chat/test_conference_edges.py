"""The conference opened or closed as a whole, and whether it still runs: 'when do they
wrap the camp up' is its closing ceremony (a programme may file it as a talk), not the last
DJ set of its last night; 'is congress still going today?' after it ended says so."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_the_conference_opened_or_closed_is_its_ceremony(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("camp", "camp2019", "what time does the camp officially close", expect=("18:00",)),
        Blind("wrap", "camp2019", "when do they end the camp", expect=("Closing ceremony",)),
        Blind("ccc", "31c3", "what closes the congress", expect=("Closing Event", "18:30")),
        Blind("open", "39c3", "when does the congress officially open", expect=("10:30",)),
        Blind(
            "set",
            "camp2019",
            "the very last dj set of the camp?",
            expect=("steffen bennemann",),
        ),
    )


@pytest.mark.imported_schedules
async def test_still_going_today_after_it_ended_says_it_is_over(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "ccc",
            "31c3",
            "congress still on today??",
            "2014-12-31T10:00:00+01:00",
            expect=("over",),
        ),
        Blind(
            "39c3",
            "39c3",
            "anything still running today",
            "2025-12-31T12:00:00+01:00",
            expect=("over",),
        ),
        Blind(
            "posters",
            "iclr2019",
            "are the posters still up today?",
            "2019-05-07T12:30:00-05:00",
            expect=("Poster session: GANs", "13:00"),
        ),
    )

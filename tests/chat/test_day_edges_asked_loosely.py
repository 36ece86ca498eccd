"""What opens or closes a day asked among words about the asker ('awake way too early',
'queueing at the cch already'): those words ask nothing, so the first session still answers;
what is left before the closing is everything still to start, not only the closing; and the
weekday after the conference, asked as today, is told the conference is over."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_the_first_thing_is_found_beside_words_about_the_asker(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "early",
            "iclr2019",
            "awake way too early, what's the very first thing this morning?",
            now="2019-05-08T07:50:00-05:00",
            expect=("Oudeyer", "09:00"),
        ),
        Blind(
            "queue",
            "31c3",
            "queueing at the cch already, when does it all begin",
            now="2014-12-27T10:00:00+01:00",
            expect=("Opening Event", "11:00"),
        ),
    )


@pytest.mark.imported_schedules
async def test_what_is_left_before_the_closing_is_all_still_to_start(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "left",
            "39c3",
            "final day, what's left before they wrap it up",
            now="2025-12-30T14:00:00+01:00",
            expect=("Security Nightmares", "Closing Ceremony"),
        ),
    )


@pytest.mark.imported_schedules
async def test_the_weekday_after_the_conference_asked_as_today_is_told_it_is_over(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "saturday",
            "iclr2019",
            "it's saturday now, anything still going or is it done?",
            now="2019-05-11T11:00:00-05:00",
            expect=("over",),
        ),
    )

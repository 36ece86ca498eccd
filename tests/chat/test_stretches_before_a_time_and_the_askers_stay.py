"""Time words around the asker: 'before 9:30' asks what starts in the morning up to then, not
what runs at 9:30; a day said after 'till' tells how long the asker stays ('leaving till
friday'), so the evening asked beside it is tonight's."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_before_a_morning_hour_lists_the_morning_up_to_it(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "before",
            "iclr2019",
            "what's happening on tuesday before 9:30am",
            expect=("Emily Shuckburgh",),
            forbid=("On now", "orals"),
        ),
    )


async def test_a_bare_hour_after_before_is_a_time_too(store: Store, database_url: str) -> None:
    """'before 11' without am or pm: Wednesday's morning up to 11:00, not a search for '11'."""
    await asked(
        store,
        database_url,
        Blind(
            "bare",
            "iclr2019",
            "anything on before 11 on wednesday?",
            expect=("Oudeyer", "Wednesday morning orals"),
            forbid=("On now", "Poster session"),
        ),
    )


async def test_a_day_after_till_is_the_askers_stay_not_the_day_asked(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "stay",
            "iclr2019",
            "staying till thursday, anything this evening?",
            now="2019-05-08T17:00:00-05:00",
            expect=("Sponsor parties",),
            forbid=("Closing reception",),
        ),
    )


async def test_a_bare_afternoon_hour_after_before_is_the_day_up_to_it(
    store: Store, database_url: str
) -> None:
    """'before 4' at lunch on Wednesday: the day's sessions starting by 16:00 (the keynote
    at 14:30, the orals at 15:15), not what runs at 16:00, nor the evening."""
    await asked(
        store,
        database_url,
        Blind(
            "afternoon",
            "iclr2019",
            "anything on before 4 today?",
            now="2019-05-08T13:10:00-05:00",
            expect=("Tufekci", "Wednesday afternoon orals"),
            forbid=("Sponsor parties", "optimizers", "No paper matches"),
        ),
    )

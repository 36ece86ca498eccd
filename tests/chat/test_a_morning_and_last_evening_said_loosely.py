"""A part of the day in the words people type: 'this a.m.' is this morning, as a clock's half
of the day writes it, and 'last evening' without 'the' is yesterday's, as 'last night' is,
while 'the last evening' is still the conference's own."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_this_am_with_dots_is_this_morning(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "am",
            "iclr2019",
            "whats happening this a.m. ?",
            now="2019-05-07T07:45:00-05:00",
            expect=("Tuesday morning orals", "09:45"),
            forbid=("Authors",),
        ),
    )


@pytest.mark.imported_schedules
async def test_last_evening_is_yesterdays_but_the_last_evening_is_the_conferences(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "yesterday",
            "iclr2019",
            "what posters were on last evening?",
            now="2019-05-08T10:00:00-05:00",
            expect=("Tue 7 May", "16:30"),
            forbid=("Thu 9 May",),
        ),
        Blind(
            "final",
            "iclr2019",
            "anything on the last evening",
            now="2019-05-07T10:00:00-05:00",
            expect=("Closing reception",),
        ),
    )

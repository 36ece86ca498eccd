"""Where the programme starts and stops, asked at any hour: the last talk before the
conference closes, when the whole event ends on the day named, what opens the morning asked
for in the small hours or the evening before arriving, when a session wraps up, whether
posters still hang, and the first or count of a programme's lectures when it files them apart
from its other talks."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_the_last_talk_before_the_closing_is_not_the_closing(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "before closing",
            "camp2019",
            "on sunday in curie, which talk is the last one before they close the camp?",
            expect=("Infrastructure Review", "17:00"),
            forbid=("Closing",),
        ),
    )


@pytest.mark.imported_schedules
async def test_the_whole_event_ending_on_a_day_named_is_its_closing(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "whole",
            "39c3",
            "at what hour does the whole thing finish on the 30th?",
            expect=("Closing Ceremony", "16:00"),
        ),
        Blind(
            "congress",
            "39c3",
            "so when does the congress end",
            expect=("Closing Ceremony", "16:00"),
        ),
    )


@pytest.mark.imported_schedules
async def test_tomorrow_said_after_midnight_is_the_day_that_dawns(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "small hours",
            "39c3",
            "still awake lol, what opens tomorrow morning?",
            now="2025-12-28T01:10:00+01:00",
            expect=("Junghacker", "10:00"),
            forbid=("Azubi",),
        ),
        Blind(
            "alarm",
            "39c3",
            "planning our morning, what's the earliest thing tomorrow",
            now="2025-12-27T23:45:00+01:00",
            expect=("Junghacker", "10:00"),
        ),
        Blind(
            "whats first",
            "39c3",
            "whats first tomorrow?",
            now="2025-12-28T22:00:00+01:00",
            expect=("Azubi-Tag", "09:30"),
            forbid=("GPTDash",),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_morning_leaves_out_the_night_before(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "sunday morning",
            "39c3",
            "what's on sunday morning?",
            now="2025-12-27T21:00:00+01:00",
            expect=("Junghacker", "10:00"),
            forbid=("Unnecessarily Complicated Kitchen",),
        ),
    )


@pytest.mark.imported_schedules
async def test_before_lunch_without_a_meal_scheduled_includes_noon(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "day one",
            "camp2019",
            "we get in tomorrow - anything on our first day before lunch?",
            now="2019-08-20T17:00:00+02:00",
            expect=("Opening Ceremony", "card10", "Knoten 101"),
        ),
    )


async def test_a_session_wrapping_up_and_posters_still_hanging(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "wrap",
            "iclr2019",
            "what time does the wednesday morning poster session wrap up",
            expect=("13:00",),
        ),
        Blind(
            "hanging",
            "iclr2019",
            "any posters still hanging?",
            now="2019-05-08T12:30:00-05:00",
            expect=("reinforcement learning",),
        ),
    )


@pytest.mark.imported_schedules
async def test_lectures_filed_apart_from_other_talks(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "count",
            "camp2019",
            "how many lectures does the camp have",
            expect=("79",),
        ),
        Blind(
            "first",
            "camp2019",
            "first lecture on saturday?",
            expect=("LLVM Obfuscator", "Solare Brennstoffe"),
            forbid=("Re-boot",),
        ),
        Blind(
            "next",
            "camp2019",
            "what's the next lecture?",
            now="2019-08-24T11:30:00+02:00",
            expect=("LLVM Obfuscator",),
        ),
    )

"""The programme asked in an attendee's loose words: a day to be walked through ('walk me
through the 9th may program'), a part of every day ('which posters are in the mornings'),
what is still to come tonight, the first official thing of a day."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


@pytest.mark.imported_schedules
async def test_a_day_to_walk_through_is_its_programme(store: Store, database_url: str) -> None:
    """A date with 'the' and 'of' ('the 8th of may') is that day, and 'walk me through',
    'run me through', 'talk us thru' ask for its programme."""
    await asked(
        store,
        database_url,
        Blind("run", ICLR, "run me through the 8th of may", expect=("Oudeyer", "Tufekci")),
        Blind("talk", ICLR, "talk us thru the 7th may schedule pls", expect=("Shuckburgh",)),
        Blind(
            "walk", "camp2019", "walk me through the 22nd of august", expect=("Thursday 22 August",)
        ),
        Blind("step", "39c3", "go through the 28th december for me", expect=("Zeche",)),
        Blind("day", "31c3", "can u walk me through day 2", expect=("28 Dec",)),
    )


@pytest.mark.imported_schedules
async def test_a_part_said_of_every_day_lists_it_on_each(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "afternoons",
            ICLR,
            "which poster sessions happen in the afternoons",
            expect=("Tue 7 May 16:30", "Wed 8 May 16:30", "Thu 9 May 16:30"),
        ),
        Blind(
            "mornings",
            ICLR,
            "posters in the mornings - which ones?",
            expect=("Tue 7 May 11:00", "Thu 9 May 11:00"),
        ),
    )


@pytest.mark.imported_schedules
async def test_what_is_still_to_come_tonight_starts_from_now(
    store: Store, database_url: str
) -> None:
    """What started before now is not still to come; what starts after midnight still is."""
    late = "2025-12-27T23:50:00+01:00"
    await asked(
        store,
        database_url,
        Blind(
            "still",
            "39c3",
            "wide awake, what's still starting tonight",
            now=late,
            expect=("Wikipedia", "Unnecessarily Complicated Kitchen"),
            forbid=("19:15",),
        ),
        Blind(
            "rest",
            "39c3",
            "rest of the evening, what's there",
            now=late,
            expect=("Wikipedia",),
            forbid=("19:15",),
        ),
        Blind(
            "remaining",
            "camp2019",
            "talks remaining tonight?",
            now="2019-08-23T21:10:00+02:00",
            expect=("homographs",),
            forbid=("Katzenpost",),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_small_hour_or_the_next_session_today_is_asked_from_now(
    store: Store, database_url: str
) -> None:
    """Midnight asked in the evening is the coming one; 'the next poster session today' is
    the next one from now, not the day's first."""
    await asked(
        store,
        database_url,
        Blind(
            "midnight",
            "39c3",
            "whats happening at midnight",
            now="2025-12-28T23:20:00+01:00",
            expect=("Code to Craft",),
        ),
        Blind(
            "next",
            ICLR,
            "missed the morning, what's the next poster session today",
            now="2019-05-08T13:30:00-05:00",
            expect=("16:30",),
        ),
    )


@pytest.mark.imported_schedules
async def test_the_welcome_words_are_the_opening(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("welcome", ICLR, "who gave the welcome words", expect=("Rush",)),
        Blind("farewell", ICLR, "when are the farewell remarks", expect=("Closing",)),
    )


@pytest.mark.imported_schedules
async def test_the_first_official_thing_of_a_day_is_what_opens_it(
    store: Store, database_url: str
) -> None:
    """A word such as 'official' or 'proper' between 'first' and 'thing' still asks what opens
    the day; a word the programme does not know there ('the first gan talk' at a congress)
    is searched for."""
    await asked(
        store,
        database_url,
        Blind(
            "official",
            "camp2019",
            "what's the first official thing today",
            now="2019-08-21T09:00:00+02:00",
            expect=("Opening Ceremony", "11:00"),
        ),
        Blind(
            "proper",
            ICLR,
            "first proper talk on tuesday?",
            expect=("Shuckburgh",),
        ),
        Blind("scheduled", "39c3", "first scheduled session on day 2", expect=("28 Dec",)),
        Blind("gan", "39c3", "what's the first gan talk", expect=("Nothing",)),
    )

"""Times, kinds and places said loosely around a session: 'post-lunch' is after lunch, 'who
spoke' asks who, a kind's word before a hall names the room that kind is held in, a choice
between two kinds asks for both, and the venue said as where the asker will be names nothing
asked."""

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

TUESDAY_MORNING = "2019-05-07T09:00:00-05:00"
TUESDAY_ORALS = "2019-05-07T15:40:00-05:00"
MONDAY_WORKSHOPS = "2019-05-06T10:00:00-05:00"
THE_EVENING_BEFORE = "2019-05-05T20:00:00-05:00"


async def test_a_post_lunch_keynote_is_the_one_after_lunch(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "post-lunch",
            "iclr2019",
            "who gives the post-lunch keynote today",
            now=TUESDAY_MORNING,
            expect=("Goodfellow", "14:30"),
            forbid=("Shuckburgh",),
        ),
    )


async def test_who_spoke_at_a_days_keynotes_names_each_speaker(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "who-spoke",
            "iclr2019",
            "who spoke at the keynotes on wednesday",
            expect=("Oudeyer", "Tufekci"),
        ),
    )


async def test_the_hall_of_a_kind_is_the_room_it_is_held_in_whatever_runs_there(
    store: Store, database_url: str
) -> None:
    """The keynote hall holds orals between keynotes: asked what is on there, those."""
    await asked(
        store,
        database_url,
        Blind(
            "keynote-hall",
            "iclr2019",
            "what's happening in the keynote hall at the moment",
            now=TUESDAY_ORALS,
            expect=("Tuesday afternoon orals", "Great Hall AD"),
        ),
    )


async def test_a_choice_between_two_kinds_lists_both_running_now(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "either-kind",
            "iclr2019",
            "keynotes or workshops right now?",
            now=MONDAY_WORKSHOPS,
            expect=("SPiRL",),
        ),
    )


async def test_the_venue_the_asker_will_be_at_names_nothing_asked(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "be-at-the-venue",
            "iclr2019",
            "arriving sunday night, when should i show up at the convention centre on monday "
            "for the opening?",
            now=THE_EVENING_BEFORE,
            expect=("08:45", "Opening remarks"),
        ),
    )

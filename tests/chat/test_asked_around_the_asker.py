"""Questions wrapped in the asker's own day: a part of a day said right after another day
than the one asked ('landed saturday eve') is the asker's, not asked; 'the big talks' are the
keynotes; 'the first invited speaker' beside words about picking up a badge is what opens the
conference; the convention centre's name is the conference's venue."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_an_evening_said_after_another_day_is_the_askers_own(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "eve",
            "iclr2019",
            "landed monday eve, so for tuesday, who gives the big talks?",
            now="2019-05-06T21:00:00-05:00",
            expect=("Shuckburgh", "Goodfellow"),
        ),
    )


@pytest.mark.imported_schedules
async def test_the_first_invited_speaker_beside_the_askers_errands(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "badge",
            "iclr2019",
            "just picked my badge up, who is the first invited speaker?",
            now="2019-05-06T08:40:00-05:00",
            expect=("Dwork", "09:00"),
        ),
    )


@pytest.mark.imported_schedules
async def test_the_name_of_the_convention_centre_is_the_venue(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "centre",
            "iclr2019",
            "name of the venue building?",
            expect=("Morial",),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_night_named_with_its_day_is_asked_not_the_askers_own(
    store: Store, database_url: str
) -> None:
    """'The last night' is itself a day's phrase: its night is asked, till after midnight."""
    await asked(
        store,
        database_url,
        Blind(
            "night",
            "camp2019",
            "kemistry lounge on the last night, sunday: who is on?",
            expect=("nele & cornelius", "steffen bennemann"),
        ),
    )

"""Whether the programme's times are the venue's local time, however it is asked, is
answered with the conference's card, which names the venue's time zone, never with a paper
whose title says 'local'."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_local_time_asked_is_the_venues_time_zone(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "local",
            "iclr2019",
            "quick q: is everything listed in local time?",
            expect=("America/Chicago",),
            forbid=("Local SGD", "Localized"),
        ),
        Blind(
            "utc",
            "iclr2019",
            "schedule times, are they utc or venue time",
            expect=("America/Chicago",),
        ),
        Blind(
            "camp",
            "39c3",
            "are the talk times local times?",
            expect=("Europe/Berlin",),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_paper_about_local_methods_is_still_found(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "sgd",
            "iclr2019",
            "paper on local sgd communicating little?",
            expect=("Local SGD Converges Fast",),
        ),
    )

"""'The very last poster session', no day named, is the conference's last, not the last of the
day the question is asked on; so in German ('allerletzte'), French ('toute dernière') and
Spanish ('ultimísima'). Said with a day, it stays that day's."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
TUESDAY_MORNING = "2019-05-07T09:30:00-05:00"
"""Tuesday: its own last poster session (16:30) is not the conference's (Thursday 16:30)."""
THURSDAYS_POSTERS = "domain adaptation"
"""A topic of Thursday's evening poster session, the conference's last."""


async def test_the_very_last_poster_session_is_the_conferences(
    store: Store, database_url: str
) -> None:
    wordings = (
        ("en-US", "what topics does the absolute last poster session cover?"),
        ("de", "welche themen hat eigentlich die allerletzte posterrunde"),
        ("fr", "la toute dernière session de posters, elle parle de quoi ?"),
        ("es-ES", "de que va la ultimísima sesión de posters?"),
    )
    await asked(
        store,
        database_url,
        *(
            Blind(
                f"very-last-{locale}",
                ICLR,
                wording,
                now=TUESDAY_MORNING,
                locale=locale,
                expect=(THURSDAYS_POSTERS, "16:30"),
            )
            for locale, wording in wordings
        ),
    )


async def test_the_very_first_thing_of_a_day_named_stays_that_days(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "very-first-tuesday",
            ICLR,
            "what's the very first thing on tuesday?",
            now=TUESDAY_MORNING,
            expect=("09:00",),
            forbid=("Opening remarks",),
        ),
    )

"""A talk described in words its title mostly lacks, often a German talk asked about in
English (wordings of this file's own): when it leads the talks the description finds without
standing out enough to be shown, it is offered as "did you mean"; a kind's word beside one no
talk holds offers nothing of that kind."""

from __future__ import annotations

import pytest

from bot.imports.service import import_source
from bot.store.setup import Store
from tests.chat.blind import SCHEDULES, Blind, asked
from tests.chat.conftest import CAMP
from tests.conftest import venue_time

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CCC = "31c3"
CONGRESS = "39c3"
OFFERED = ("Did you mean",)

LEADING = (
    Blind(
        "end-of-10",
        CONGRESS,
        "foss folks saving old laptops now that windows 10 support ends",
        expect=("End Of 10", *OFFERED),
    ),
    Blind(
        "kombattant",
        CCC,
        "a linguist built a propaganda bot for the information war",
        expect=("Mein Bot, der Kombattant", *OFFERED),
    ),
    Blind(
        "ifg",
        CCC,
        "freedom of information act requests, fragdenstaat",
        expect=("IFG", *OFFERED),
    ),
)
NOT_LEADING = (
    Blind("kombucha", CAMP, "kombucha brewing workshop", nothing=True, forbid=("Gameboy",)),
)


@pytest.fixture
async def congress(store: Store) -> None:
    """39C3's public schedule (pretalx JSON), imported as `confbot import` does."""
    await import_source(
        store, str(SCHEDULES / "39c3.json"), CONGRESS, venue_time("2019-05-01T12:00")
    )


async def test_a_talk_leading_a_description_is_offered(
    ccc: None, congress: None, camp: None, store: Store, database_url: str
) -> None:
    """Before, "nothing matches" with no talk offered, or other talks offered instead; a
    kind's word beside one no talk holds offers nothing of that kind."""
    await asked(store, database_url, *LEADING, *NOT_LEADING)

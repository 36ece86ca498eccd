"""Three things said in passing: an acknowledgement ('ok, fair enough') is small talk, never a
search; a title typed with its short form ("Big-Little Net" as 'big little net') is that paper,
not one whose summary happens to hold the spelt-out words; and the conference's 'main'
website is its website."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
NOT_FOUND = ("Nothing matches", "No paper matches", "Did you mean", "Great Hall")


async def test_an_acknowledgement_is_small_talk(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("fair", ICLR, "lol okay fair enough", forbid=NOT_FOUND),
        Blind("gotcha", ICLR, "gotcha, makes sense", forbid=NOT_FOUND),
    )


async def test_a_title_typed_with_its_short_form_is_that_paper(
    store: Store, database_url: str
) -> None:
    big_little = ("Big-Little Net", "iclr.cc/virtual/2019/poster/856")
    await asked(
        store,
        database_url,
        Blind("said", ICLR, "big little net", expect=big_little, forbid=("Aggregated Momentum",)),
        Blind(
            "page",
            ICLR,
            "the conference site page of the big-little net paper?",
            expect=big_little,
            forbid=("Aggregated Momentum",),
        ),
    )


async def test_the_main_website_is_the_conference_website(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "main", ICLR, "whats the main website for iclr", expect=("iclr.cc/Conferences/2019",)
        ),
    )

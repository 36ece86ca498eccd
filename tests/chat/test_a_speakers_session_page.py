"""A link asked for by a speaker's name ('lapata's keynote, url?') is the link of their one
session: its card holds it, where a list of the speaker's items would not; the conference's
own site named beside it ('on iclr.cc') names the conference, not a subject."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

LAPATA_PAGE = "showEvent=1147"


async def test_the_link_of_a_speakers_only_session(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "url",
            "iclr2019",
            "url for mirella lapata's invited talk?",
            expect=(LAPATA_PAGE,),
        ),
    )


async def test_the_conference_site_named_beside_it(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "site",
            "iclr2019",
            "where on iclr.cc is the page of lapata's talk",
            expect=(LAPATA_PAGE,),
        ),
    )

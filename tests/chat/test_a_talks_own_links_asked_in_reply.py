"""A reply asking a talk's code or links (wordings of this file's own): the talk's own links
from its schedule are told, its repository first when code is asked, where before only its
page on the schedule was."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CAMP = "camp2019"

TAPS = Blind("taps", CAMP, "when is the TAPS transport services api talk?", expect=("16:00",))
REPLIES = (
    Blind(
        "code",
        CAMP,
        "any source code for it?",
        reply_to="taps",
        expect=("github.com/fg-inet/python-asyncio-taps",),
    ),
    Blind(
        "links",
        CAMP,
        "links for that one?",
        reply_to="taps",
        expect=("github.com/fg-inet/python-asyncio-taps", "fahrplan"),
    ),
)


@pytest.mark.imported_schedules
async def test_a_talks_own_links_are_told_in_a_reply(store: Store, database_url: str) -> None:
    """Before, the talk's schedule page alone, for code as for links."""
    await asked(store, database_url, TAPS, *REPLIES)

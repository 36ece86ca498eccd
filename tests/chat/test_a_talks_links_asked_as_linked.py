"""A reply asking what a talk has 'linked' (a wording of this file's own): the talk's own
links from its schedule are told, where before the word was searched and a talk titled
with a word of the reply was shown instead."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CONGRESS = "39c3"
CCC = "31c3"

FUNGUS = Blind("fungus", CONGRESS, "when is the machine vision baumpilz talk?", expect=("22:05",))
LINKED = Blind(
    "linked",
    CONGRESS,
    "any project or report linked from it?",
    reply_to="fungus",
    expect=("tknusel.ch",),
)


@pytest.mark.imported_schedules
async def test_a_reply_asking_what_is_linked_gets_the_talks_links(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, FUNGUS, LINKED)


@pytest.mark.imported_schedules
@pytest.mark.parametrize(
    ("ask", "link"),
    [
        ("which website does the digital accessibility talk point to", "inklusivemedienbildung.de"),
        ("what website does the digital inclusion talk point to?", "inklusivemedienbildung.de"),
    ],
)
async def test_where_a_talk_named_points_is_its_links(
    store: Store, database_url: str, ask: str, link: str
) -> None:
    """Before, 'page', 'website' and 'point' were searched beside the talk's own words and
    nothing had them all."""
    await asked(store, database_url, Blind("points", CONGRESS, ask, expect=(link,)))

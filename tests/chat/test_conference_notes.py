"""The conference's own figures and links asked in an attendee's words (wordings of this
file's own): the note that holds the question's words is told, where before the question got
"no paper matches" or a poster session offered; a question sharing one word with a note, or
nothing at all, is still told that nothing matches."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"

NOTES = (
    Blind("site", ICLR, "is there an online poster site?", expect=("postersession.ai",)),
    Blind("browse", ICLR, "where can i browse the posters online", expect=("postersession.ai",)),
    Blind("who", ICLR, "who organised the posters online thing", expect=("Binas", "Oliver")),
    Blind("rate", ICLR, "what was the acceptance rate this year", expect=("32%",)),
    Blind("attendees", ICLR, "how many registered attendees were there", expect=("3,000",)),
    Blind("video", ICLR, "link to the debate video?", expect=("facebook.com",)),
)
NOT_NOTES = (
    Blind("pizza", ICLR, "free pizza online??", nothing=True, forbid=("postersession",)),
    Blind("lunch", ICLR, "any women in ml lunch meetup?", forbid=("8.6%", "15%")),
)


async def test_a_figure_or_link_of_the_conference_is_found_by_its_words(
    store: Store, database_url: str
) -> None:
    """Before, "no paper matches" or a poster session offered; one word shared is no note."""
    await asked(store, database_url, *NOTES, *NOT_NOTES)

"""A word the conference's own text holds, even only where authors work, is a real word: it is
never read as a misspelling of a paper's word (a cancer institute's 'cancer' is not the author
'Casper'), so a question about it says nothing matches rather than showing a paper. And a paper
found only by reading a typed word as another is offered as a guess, never shown as the
answer."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_word_only_an_affiliation_holds_is_not_corrected_into_a_name(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "tumours",
            "iclr2019",
            "any work on cancer at all?",
            forbid=("Casper", "Speed Reading"),
            nothing=True,
        ),
    )


@pytest.mark.imported_schedules
async def test_a_paper_found_only_under_another_spelling_is_offered_not_shown(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "misspelt",
            "iclr2019",
            "the ordred nurons one",
            expect=("Ordered Neurons",),  # offered by its title, as a guess
            nothing=True,
        ),
    )

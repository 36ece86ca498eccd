"""A paper that some of a question's words find, while a description of the whole question
ranks other papers first, shares only a minor part of what is asked: it is offered after
them as "did you mean", never shown as the answer."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_paper_sharing_a_few_words_is_offered_after_the_one_described(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "augmenting a few",
            "iclr2019",
            "is augmenting a subset of training images enough?",
            expect=("Efficient Augmentation via Data Subsampling",),  # offered
            nothing=True,
        ),
    )

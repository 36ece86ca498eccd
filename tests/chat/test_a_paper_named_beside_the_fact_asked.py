"""A paper named by its title, said beside the fact wanted ('repo', 'code') and one more word
the paper does not hold (its lab, say), is still that paper, shown with its links: a word
asking one of its facts is no sign that something else is meant."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_title_with_its_lab_and_repo_is_that_paper(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "lab",
            "iclr2019",
            "ordered neurons mila repository",
            expect=("github.com/yikangshen/Ordered-Neurons",),
            forbid=("Nothing matches",),
        ),
    )

"""A drink the asker says they are getting, beside a question about what comes after, is their
own pause: what comes next is asked, not the card of the coffee break. Asked plainly, the
coffee break is still found."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_what_follows_is_told_to_someone_getting_a_coffee(
    store: Store, database_url: str
) -> None:
    """Before, the first question got the coffee break's card, with nothing after it."""
    await asked(
        store,
        database_url,
        Blind(
            "getting",
            "iclr2019",
            "getting a coffee rn — what comes after?",
            now="2019-05-07T16:05:00-05:00",
            expect=("16:30", "adversarial"),
        ),
        Blind(
            "plain",
            "iclr2019",
            "when's the coffee break this afternoon",
            now="2019-05-07T10:05:00-05:00",
            expect=("Coffee break", "16:00"),
        ),
    )

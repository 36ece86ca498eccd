"""A kind of session asked for after another ('any party after the talks?'): the kind asked
is the one looked for, not the one it follows; when none is held then, the answer says so
rather than listing what it follows."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


async def test_the_kind_asked_is_not_the_one_it_follows(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "none",
            ICLR,
            "any party on monday night after the workshops wrap up?",
            nothing=True,
            forbid=("SPiRL",),
        ),
        Blind(
            "held",
            ICLR,
            "thursday, a social thing after the posters?",
            expect=("reception",),
            forbid=("Nothing is scheduled",),
        ),
    )

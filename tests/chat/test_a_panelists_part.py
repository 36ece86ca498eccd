"""Someone on a panel is shown with what the panel's description says of them: a debate's
sides are written there, not in a role ('panelist'), so asking about one debater tells which
side they took and who took it with them."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_debaters_side_and_their_partner_are_told(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "side",
            "iclr2019",
            "doina precup at the debate, which side + who was with her?",
            expect=("Doina Precup and Jeff Clune took the side",),
        ),
    )

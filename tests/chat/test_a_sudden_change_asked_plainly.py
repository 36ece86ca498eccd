"""A subject said in everyday words: a series that suddenly or abruptly changes is what
papers call change-point detection, so such a paper is offered or shown."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_sudden_shift_in_a_signal_is_change_point_detection(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "abrupt",
            "iclr2019",
            "finding the spot where a series suddenly changes",
            expect=("Change-point Detection",),
        ),
    )

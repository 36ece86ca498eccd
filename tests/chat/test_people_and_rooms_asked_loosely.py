"""Someone's papers and a room's sessions asked in loose words: 'which papers is she on'
lists all of hers (the asking words pick out none of them), 'besides his keynote' keeps the
keynote aside and shows the papers too, and a kind asked in a room on a day lists every one
of that kind there, not only the one whose text repeats the kind's word."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


async def test_which_papers_someone_is_on_lists_them_all(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "on",
            ICLR,
            "which papers is sordoni on?",
            expect=("Ordered Neurons", "Example Forgetting"),
        ),
    )


async def test_besides_a_speakers_keynote_their_papers_are_shown(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "besides",
            ICLR,
            "other than his keynote, did goodfellow write anything?",
            expect=("Adversarial Reprogramming",),
        ),
    )


async def test_a_kind_in_a_room_on_a_day_lists_each_of_them(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "room",
            ICLR,
            "which keynotes are in great hall ad on wed",
            expect=("Oudeyer", "Tufekci"),
        ),
    )

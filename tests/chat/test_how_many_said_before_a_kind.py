"""How many of a kind a question says it knows of ('the two invited talks on monday', 'die
zwei invited talks') counts them: the number is no word of a title, so a paper with 'two' in
its name is not the answer."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.parametrize(
    ("locale", "question"),
    [
        ("en-US", "who gave the two invited talks on monday"),
        ("de", "wer hielt am montag die zwei invited talks"),
        ("fr", "qui a donné les deux keynotes de lundi"),
        ("es-ES", "quienes dieron las dos charlas invitadas del lunes"),
    ],
)
async def test_the_number_of_keynotes_said_does_not_pick_a_paper(
    store: Store, database_url: str, locale: str, question: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "monday-two",
            "iclr2019",
            question,
            locale=locale,
            expect=("Dwork", "Bottou"),
            forbid=("Two-layer",),
        ),
    )

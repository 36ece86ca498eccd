"""A reply asking whether a paper is presented as an oral, in French or German, is told how
it is presented and when, not who wrote it nor the whole programme (wordings of this file's
own)."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"

ASKED = (
    Blind("fr", ICLR, "le papier deep infomax", locale="fr", expect=("Deep InfoMax",)),
    Blind(
        "fr-format",
        ICLR,
        "il est présenté en oral ou pas ?",
        reply_to="fr",
        locale="fr",
        expect=("Exposé oral", "mer. 8 mai"),
    ),
    Blind("de", ICLR, "das deep infomax paper", locale="de", expect=("Deep InfoMax",)),
    Blind(
        "de-format",
        ICLR,
        "wird das als oral vorgestellt?",
        reply_to="de",
        locale="de",
        expect=("Vorgestellt als", "auch als Poster", "8. Mai"),
    ),
)


async def test_how_a_paper_is_presented_asked_in_the_language(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)

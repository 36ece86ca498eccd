"""A figure asked in German is quoted as the conference's data has it, in English, after a
German sentence saying that this is what there is on it at this conference: the reader is
told in their language what follows, not left with English alone."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
INTRODUCED = ("gibt", "Angaben")
"""Words of the German sentence before the data's own words."""


@pytest.mark.imported_schedules
async def test_a_figure_asked_in_german_is_introduced_in_german(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "rate",
            ICLR,
            "und die annahmequote, wie hoch lag die so?",
            locale="de",
            expect=("32%",),
            language_words=INTRODUCED,
        ),
        Blind(
            "online",
            ICLR,
            "wo kann ich mir die poster online anschauen",
            locale="de",
            expect=("postersession.ai",),
            language_words=INTRODUCED,
        ),
    )

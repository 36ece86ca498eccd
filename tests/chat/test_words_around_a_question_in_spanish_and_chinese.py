"""Words around a question that name nothing to search for: what the asker means to do with
it ('para meterlas en el móvil'), 'the small ones' pointing back at what was named ('los
pequeños'), and how short a summary should be ('用一句话', 'in einem satz', 'en deux mots')
asked of the paper just shown."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
LOTTERY = "The Lottery Ticket Hypothesis"


async def test_purpose_and_pointing_back_name_nothing(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "binary-es",
            ICLR,
            "redes binarias o de baja precisión, hay algo? es pa meterlas en el móvil",
            locale="es-ES",
            expect_any=("Binary", "binary", "low-precision"),
        ),
        Blind(
            "small-rooms-es",
            ICLR,
            "y los talleres del lunes, en qué sala? los pequeños",
            locale="es-ES",
            expect=("Workshop rooms",),
        ),
    )


async def test_a_summary_asked_short_of_the_paper_shown(store: Store, database_url: str) -> None:
    roots = {
        "zh-CN": "大概讲什么？用一句话",
        "de": "worum geht es da, in einem satz?",
        "fr": "ça parle de quoi, en deux mots ?",
    }
    questions = []
    for locale, reply in roots.items():
        root = Blind(f"lottery-{locale}", ICLR, "the lottery ticket paper", locale=locale)
        questions += [
            root,
            Blind(
                f"short-{locale}",
                ICLR,
                reply,
                locale=locale,
                reply_to=root.id,
                expect=(LOTTERY,),
            ),
        ]
    await asked(store, database_url, *questions)

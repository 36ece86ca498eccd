"""Where the conference is held ('en qué recinto se celebra el congreso?', '大会在哪个会展中心开？')
is its venue, and where the camp opens ('营地的开幕式在哪个台？', 'en qué escenario es la apertura
del camp?') is the opening's stage."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what a question means does not depend on the store; the blind sets grade "
        "retrieval on both backends"
    ),
]


@pytest.mark.parametrize(
    ("conference", "locale", "question", "expect"),
    [
        ("iclr2019", "es-ES", "en qué recinto se celebra el congreso?", ("Morial",)),
        ("iclr2019", "zh-CN", "大会在哪个会展中心开？", ("Morial",)),
        ("camp2019", "zh-CN", "营地的开幕式在哪个台？", ("Opening Ceremony", "Curie")),
        ("camp2019", "es-ES", "en qué escenario es la apertura del camp?", ("Curie",)),
    ],
)
async def test_the_venue_or_the_opening_is_where_asked(
    store: Store,
    database_url: str,
    conference: str,
    locale: str,
    question: str,
    expect: tuple[str, ...],
) -> None:
    await asked(
        store,
        database_url,
        Blind("where", conference, question, locale=locale, expect=expect),
    )

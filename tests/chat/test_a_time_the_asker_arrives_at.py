"""A time the asker arrives at, said beside the time they ask about, is theirs: 'before 11?
arriving around 8:15' lists the morning up to 11, in English and in Spanish, where a time
is also said roughly ('hacia las 8 y cuarto')."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
MORNING = {"expect": ("Oudeyer", "Wednesday morning orals"), "forbid": ("Poster session",)}
"""Wednesday up to 11:00: Oudeyer's invited talk at 9:00, then the morning's orals."""


async def test_the_arrival_time_is_left_out_and_the_morning_asked_is_listed(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("en", ICLR, "wednesday, what runs before 11? arriving around 8:15", **MORNING),
        Blind("es", ICLR, "el miércoles qué hay antes de las 11? llegamos hacia las 8 y cuarto, "
              "merece la pena madrugar?", locale="es-ES", language_words=("mayo",), **MORNING),
    )  # fmt: skip

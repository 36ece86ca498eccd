"""Someone's full name inside a question in another language is read as typed, never as
that language's words: 'han' of Song Han is no Spanish 'have', so his papers are found,
not those of another author called Song."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


async def test_a_full_name_is_not_read_as_spanish(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("es", ICLR, "qué trabajos trae song han este año?", locale="es-ES",
              expect=("ProxylessNAS",)),
    )  # fmt: skip

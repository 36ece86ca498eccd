"""Something to say goodbye with at the end of a conference is its farewell party, the
closing reception, not the closing remarks: 'closing' alone names the remarks, a goodbye
names the party, in English and in Spanish."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
LAST_DAY = "2019-05-09T10:00:00-05:00"
RECEPTION = "Closing reception"
REMARKS = "Addis Ababa"


async def test_a_goodbye_asks_for_the_closing_reception(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("drinks", ICLR, "any farewell drinks planned?", now=LAST_DAY,
              expect=(RECEPTION,), forbid=(REMARKS,)),
        Blind("say", ICLR, "is there something for saying goodbye to everyone?", now=LAST_DAY,
              expect=(RECEPTION,), forbid=(REMARKS,)),
        Blind("es", ICLR, "hay algo para despedirse de la gente?", now=LAST_DAY, locale="es-ES",
              expect=(RECEPTION,), forbid=(REMARKS,)),
    )  # fmt: skip

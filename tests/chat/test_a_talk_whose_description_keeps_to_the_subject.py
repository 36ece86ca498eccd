"""On a day asked, a talk whose description comes back to the subject again and again is
about it, even in another language and with another title ('Global Warming Sucks!', whose
German text keeps saying 'Klimawandel', asked for climate talks); a passing mention elsewhere
is not. Wordings of this file's own."""

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


async def test_a_talk_about_the_subject_in_its_description_is_listed_on_the_day(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("climate", "camp2019", "saturday - what is there on the climate?",
              expect=("Global Warming Sucks", "Climate breakdown"), forbid=("Wisdom of OS",)),
    )  # fmt: skip

"""A session asked for by a kind the conference never holds, beside another word that names
one of its sessions ('the opening keynote' at a camp whose opening is a ceremony): nothing
matches, said in the asker's language (the kind named in it too), and the ceremony is
offered as a guess rather than shown as though it were a keynote. Where the kind is held,
the session is shown as before."""

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
CAMP = "camp2019"


async def test_an_opening_keynote_at_a_camp_without_keynotes_matches_nothing(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("english", CAMP, "which speaker has the opening keynote at the camp?",
              nothing=True, expect=("Opening Ceremony",)),
        Blind("spanish", CAMP, "hay una keynote de inauguración en el camp?", locale="es-ES",
              nothing=True, expect=("Opening Ceremony",), language_words=("nada",),
              forbid=("opening keynote",)),
    )  # fmt: skip


async def test_the_opening_asked_without_a_kind_is_still_shown(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("opening", CAMP, "who does the opening ceremony at the camp?",
              expect=("Opening Ceremony", "jinxx", "Curie")),
    )  # fmt: skip

"""German particles that only colour a question ('überhaupt', at all) are not searched: a
question about the bot with one in it is still answered with help, not with the papers of
someone whose name holds the word (Haupt)."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
HAUPT = "Jarvis Haupt"
"""An author whose name holds the particle's last letters."""
HELP_WORDS = ("Befehle", "Befehl", "Beispiel", "fragen", "kannst", "Hilfe")


@pytest.mark.imported_schedules
async def test_ueberhaupt_in_a_question_about_the_bot(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "what-can-you-do",
            "iclr2019",
            "was kannst du denn überhaupt so?",
            locale="de",
            forbid=(HAUPT,),
            language_words=HELP_WORDS,
        ),
        Blind(
            "how-to-use",
            "iclr2019",
            "wie benutzt man dich überhaupt",
            locale="de",
            forbid=(HAUPT,),
            language_words=HELP_WORDS,
        ),
    )

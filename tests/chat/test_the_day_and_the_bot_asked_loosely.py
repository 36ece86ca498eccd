"""The programme and the bot asked in looser words (wordings of this file's own): amounts
spelt out ('in three hours'), the stages counted with a word telling them apart, 'now that'
giving a reason rather than a moment, what opens a day with who opens it, the day a
conference ended once it is over, season's greetings as small talk, and the bot posting in a
channel before each talk answered with the command that does it."""

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

ASKED = (
    Blind(
        "amount spelt out",
        "camp2019",
        "anything kicking off in like three hours?",
        now="2019-08-24T15:00+02:00",
        expect=("Power-to-X", "Internet Scanning"),
    ),
    Blind(
        "stages counted",
        "camp2019",
        "how many separate stages does this camp use?",
        expect=("8 rooms", "Kemistry Lounge"),
    ),
    Blind(
        "now that",
        "39c3",
        "the electronic patient record got rolled out now that it's mandatory, any talk on it?",
        expect=("Schlechte Karten",),
        forbid=("On now",),
    ),
    Blind(
        "who opens the day",
        "31c3",
        "when do things begin today, and with whom?",
        now="2014-12-28T09:00+01:00",
        expect=("11:30", "Eireann Leverett", "Arne Padmos"),
    ),
    Blind(
        "over",
        "39c3",
        "anything still happening? just got here",
        now="2026-01-03T12:00+01:00",
        expect=("is over", "30 December"),
    ),
    Blind("greetings", "31c3", "merry christmas y'all 🎄", expect=("Hello!",), forbid=("Saal",)),
    Blind(
        "announcements",
        "39c3",
        "is there a way to have talks announced in our discord channel before they begin?",
        expect=("/announce",),
    ),
)


async def test_loosely_worded_questions_get_their_answers(store: Store, database_url: str) -> None:
    await asked(store, database_url, *ASKED)

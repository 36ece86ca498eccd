"""Hours, days and needs said the way people say them (wordings of this file's own): an hour
'o'clock' or after a bare 'after' ('anything after 7'), a small hour 'tonight' after midnight,
Wednesday as 'hump day', a hall's last session on a day it closes before the evening, the
congress's own opening by the word alone, the last day a congress held anything once it is
over (not the morning its last night ended), what the bot knows about the asker, and posting
talks into a channel however many words lie between."""

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
        "o'clock",
        "iclr2019",
        "who has the 9 o'clock slot on wednesday",
        expect=("Oudeyer",),
    ),
    Blind(
        "bare after",
        "iclr2019",
        "free for the evening, what starts after 7 today?",
        now="2019-05-08T12:30:00-05:00",
        expect=("Sponsor parties", "19:00"),
        forbid=("16:30",),
    ),
    Blind(
        "after an hour, beside the asker's dinner",
        "39c3",
        "off to eat, what begins after 8 in saal one?",
        now="2025-12-27T18:00+01:00",
        expect=("Chatkontrolle", "20:30"),
    ),
    Blind(
        "small hour tonight",
        "camp2019",
        "which dj plays the kemistry lounge at 4 tonight",
        now="2019-08-22T21:00+02:00",
        expect=("T-Data",),
    ),
    Blind(
        "a hall's last before the evening",
        "iclr2019",
        "on thursday what's the final thing in great hall AD",
        expect=("16:00",),
        forbid=("Sponsor hall",),
    ),
    Blind(
        "the opening by its word",
        "31c3",
        "who is doing the opening on saturday?",
        expect=("erdgeist", "Bastion"),
    ),
    Blind(
        "hump day",
        "iclr2019",
        "who are the keynote speakers on hump day",
        expect=("Oudeyer", "Tufekci"),
    ),
    Blind(
        "last night past midnight",
        "31c3",
        "is the congress still going?",
        now="2015-01-05T10:00+01:00",
        expect=("is over", "30 December"),
        forbid=("31 December",),
    ),
    Blind(
        "knows about me",
        "camp2019",
        "what does this thing know about me, can i have it removed",
        expect=("/privacy",),
    ),
    Blind(
        "posted into a channel",
        "iclr2019",
        "could you post each of the keynotes into the team's discord channel for us?",
        expect=("/announce",),
    ),
)


async def test_hours_days_and_needs_said_loosely_get_their_answers(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)

"""German questions of the moment: a wait said roughly ('in knapp einer stunde', 'in rund
ner stunde') is that wait, its hedge naming no subject; and 'womit' ('with what') a day opens
asks for its first session, not for a subject called 'womit'."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
WEDNESDAY_SPEAKER = "Oudeyer"
"""Wednesday's first session: the 09:00 invited talk."""
WEDNESDAY_EARLY = "2019-05-08T08:02:00-05:00"


@pytest.mark.imported_schedules
async def test_a_wait_said_roughly_is_that_wait(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        *(
            Blind(
                f"rough-{number}",
                ICLR,
                wording,
                locale="de",
                now=WEDNESDAY_EARLY,
                expect=(WEDNESDAY_SPEAKER,),
            )
            for number, wording in enumerate(
                (
                    "wer spricht in rund einer stunde?",
                    "was fängt in knapp einer stunde an",
                    "in etwa ner stunde geht doch was los, was denn?",
                )
            )
        ),
    )


@pytest.mark.imported_schedules
async def test_what_a_day_opens_with(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "opens-with",
            ICLR,
            "womit beginnt der mittwoch, und um wie viel uhr?",
            locale="de",
            expect=(WEDNESDAY_SPEAKER, "09:00"),
            language_words=("Mai", "Mittwoch"),
        ),
    )

"""Three ways a question used to be answered with something it never asked: a meal's hours
asked with the word 'hours' (once a poster card whose text held the word), an invitation to
eat together once the current session ends (once the programme after it), and a lab whose
first word is also a German word (once read as German)."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

CARD = "Presented as"


async def test_the_hours_of_lunch_are_its_times(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "meal", "iclr2019", "what are the lunch hours", expect=("13:00–14:30",), forbid=(CARD,)
        ),
    )


async def test_an_invitation_to_eat_after_this_talk_names_nothing_on_the_programme(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "invite",
            "iclr2019",
            "anyone keen on shawarma once this wraps up?",
            now="2019-05-08T11:30:00-05:00",
            expect=("Nothing on the ICLR 2019 programme",),
            forbid=("On now",),
        ),
    )


async def test_a_lab_whose_first_word_is_german_is_asked_in_english(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "lab",
            "iclr2019",
            "uber ai labs research",
            expect=("Uber", "Backpropamine"),
            forbid=("Nichts",),
        ),
    )

"""A talk given in German is found by an English question naming its subject the way an
attendee would ('apartment hunting', 'cooking for the crowd', 'a coal mine'): the catalogue
gives the German word its programme uses, and the talk is shown or offered (wordings of this
file's own)."""

from __future__ import annotations

import pytest

from bot.chat.aliases import renamed_words
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
        "housing",
        "39c3",
        "apartment hunting in this city is brutal, is anyone giving a talk on it?",
        expect=("Wohnungsfrage",),
    ),
    Blind(
        "cooking",
        "39c3",
        "any session about cooking for our whole assembly?",
        expect=("Chaos macht Küche",),
    ),
    Blind(
        "disabled",
        "39c3",
        "is there a talk on websites that disabled people can actually use?",
        expect=("Barrierefreiheit",),
    ),
    Blind(
        "coal mine",
        "39c3",
        "heard some hackers own a coal mine now, which talk was that",
        expect=("Zeche",),
    ),
    Blind(
        "apprentices",
        "39c3",
        "my two apprentices tag along this year, is there anything meant for them?",
        expect=("Azubi",),
    ),
)


async def test_a_german_talk_is_found_by_its_subject_in_english(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)


def test_a_longer_phrase_is_named_whole_before_a_word_it_begins_with() -> None:
    assert renamed_words("the coal mine talk") == "zeche"
    assert renamed_words("a coal plant") == "kohle"

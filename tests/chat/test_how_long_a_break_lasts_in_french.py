"""A break's end asked in French with the verb for how long something lasts ("le déjeuner
dure jusqu'à quelle heure ?") is told the time the break ends, as "until when does lunch
last" is in English."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_the_end_of_lunch_is_told_when_asked_how_long_it_lasts(
    store: Store, database_url: str
) -> None:
    """Before, 'dure' was read as no word at all and nothing matched the question."""
    await asked(
        store,
        database_url,
        Blind(
            "lunch-fr",
            "iclr2019",
            "le déjeuner dure jusqu'à quelle heure ?",
            now="2019-05-08T13:20:00-05:00",
            locale="fr",
            expect=("14:30",),
            forbid=("No paper matches", "Nothing matches", "did you mean"),
            language_words=("mai", "mercredi", "à"),
        ),
    )

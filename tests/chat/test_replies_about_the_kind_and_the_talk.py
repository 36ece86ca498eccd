"""A reply asks of the answer before it in words that point back at it: 'the one later in
the day' is a later session of the kind shown that day, and 'what is he speaking on' asks the
title of the talk shown, not who gives it."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a reply is read as does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


async def test_the_one_later_in_the_day_is_of_the_kind_shown(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("rl", ICLR, "when do the rl posters begin on wednesday", expect=("11:00",)),
        Blind(
            "rl-later",
            ICLR,
            "and the one later on that day?",
            reply_to="rl",
            expect=("16:30", "optimizers"),
        ),
    )


async def test_what_a_speaker_is_speaking_on_is_the_talks_title(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "ian",
            ICLR,
            "who is on in the main hall in 30 minutes",
            now="2019-05-07T14:05:00-05:00",
            expect=("Goodfellow",),
        ),
        Blind(
            "ian-title",
            ICLR,
            "and what is he speaking on then",
            reply_to="ian",
            expect=("Adversarial Machine Learning",),
        ),
    )

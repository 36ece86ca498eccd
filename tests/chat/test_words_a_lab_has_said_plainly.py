"""A word that the papers hold only in the name of a place where authors work ('hospital',
'society') may be said as a plain word of a description: when no paper of that place fits
the question's other words, every paper is in the running ('vital signs from hospital
patients'), and a kind of session asked beside it ('a keynote on ml and society') is looked
for among the sessions, never answered with that place's papers. Everyday words for parts
of the data gone ('missing', 'gaps', 'holes') read as missing data."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


async def test_a_plain_word_of_a_labs_name_still_describes_a_paper(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "vitals",
            ICLR,
            "hospital patients vital signs, recorded at random moments, a paper dealing with it?",
            expect=("Irregularly Sampled Time Series",),
            forbid=("No paper matches",),
        ),
    )


async def test_a_keynote_beside_a_labs_word_is_a_keynote(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "society",
            ICLR,
            "invited talk about ml and society, who gives it",
            expect=("Tufekci", "14:30"),
            forbid=("Decision Systems",),
        ),
    )


async def test_data_with_parts_gone_is_missing_data(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "chunks",
            ICLR,
            "generative model trained on photos where chunks are missing",
            expect=("MisGAN",),
        ),
    )

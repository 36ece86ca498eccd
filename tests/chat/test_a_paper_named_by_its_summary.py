"""A paper named by the coined name its summary opens with ('NeuroSAT is …'), though its
title does not say it: that paper is the answer, not another whose summary only compares
itself with it, and a reply asking who wrote it gets that paper's authors."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="the name is read into both stores' index alike; the blind sets grade retrieval on "
    "both backends"
)


async def test_the_paper_a_summary_names_first_is_shown_and_followed(
    store: Store, database_url: str
) -> None:
    """Before, the Circuit-SAT paper ('better than NeuroSAT') was shown, then its authors."""
    await asked(
        store,
        database_url,
        Blind(
            "named",
            "iclr2019",
            "neurosat?? what was that one",
            expect=("Single-Bit Supervision",),
        ),
        Blind("authors", "iclr2019", "authors pls", reply_to="named", expect=("Selsam",)),
    )

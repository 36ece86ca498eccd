"""A paper described in an attendee's own words, asked for with its repository ('... is there a
github'): the word asking for the link is not one the paper must hold, so the paper the rest
describes is shown, with its code; a description no paper fits still finds nothing."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


async def test_a_described_paper_asked_with_github_shows_its_code(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "cells",
            ICLR,
            "any github for the neural networks doing protein localization in microscope images?",
            expect=("github.com/ml-jku/gapnet-pl",),
        ),
        Blind(
            "quakes",
            ICLR,
            "github for the deep net that forecasts earthquakes?",
            nothing=True,
        ),
    )

"""A reply asking for code, to an answer that showed sessions beside a paper, is told the
paper's code: a session has no repository, a paper does (wordings of this file's own)."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"

ASKED = (
    Blind(
        "music",
        ICLR,
        "generating instrument notes as audio with a gan",
        expect=("GANSynth",),
    ),
    Blind(
        "code",
        ICLR,
        "is there a repo for it?",
        reply_to="music",
        expect=("gansynth-code",),
    ),
    Blind(
        "musik",
        ICLR,
        "audio mit gans erzeugen, instrumententöne",
        locale="de",
        expect=("GANSynth",),
    ),
    Blind(
        "code-de",
        ICLR,
        "gibts dazu code?",
        reply_to="musik",
        locale="de",
        expect=("gansynth-code",),
    ),
)


async def test_code_asked_of_sessions_and_a_paper_is_the_papers(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)

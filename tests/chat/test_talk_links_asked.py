"""A talk's own links beside its page (slides, source code, a project's site), as the imported
schedule lists them, are on its card: a question asking for them is told them (wordings of
this file's own)."""

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
        "frab xml",
        "31c3",
        "where can i find the slides of the mirage unikernel talk",
        expect=("Trustworthy secure modular operating system engineering", "decks.openmirage.org"),
    ),
    Blind(
        "frab json",
        "39c3",
        "is there source code for the demystifying fuzzer behaviour talk?",
        expect=("codeberg.org/addisoncrump", "Source Code (wasm)"),
    ),
    Blind(
        "the page asked",
        "camp2019",
        "web page of the imsi catcher session pls",
        expect=("Fangespielen mit IMSI-Catchern", "events/10357.html"),
    ),
)


async def test_a_talks_links_are_told_when_asked(store: Store, database_url: str) -> None:
    await asked(store, database_url, *ASKED)

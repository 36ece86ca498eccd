"""A subject two talks share, described in the asker's own words: both are listed, the one
whose words fit less well beside the one that fits best, when both stand far clear of every
other talk (wordings of this file's own)."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CCC = "31c3"

BOTH = ("The Matter of Heartbleed", "Heartache and Heartbleed")
SHARED_SUBJECT = (
    Blind("all", CCC, "talks on the heartbleed openssl bug, all of them pls", expect=BOTH),
    Blind("vuln", CCC, "was there stuff about the openssl heartbleed vuln?", expect=BOTH),
)


async def test_a_talk_on_the_same_subject_is_listed_beside_the_one_that_fits_best(
    ccc: None, store: Store, database_url: str
) -> None:
    """Before, the first question showed only the talk that fits best."""
    await asked(store, database_url, *SHARED_SUBJECT)

"""A talk named by several of its title's words is the one meant, not also another whose
title shares only one of them: 'museum of care' names the museum's talk, though another
title says 'cares'; its card, with its links, is the answer."""

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


async def test_the_talk_every_named_word_points_to_is_shown_with_its_links(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "museum",
            "39c3",
            "museum of care: any website or links?",
            expect=("davidgraeber.org", "Open-Source Survival Kit"),
            forbid=("Baltic Jammer",),
        ),
    )

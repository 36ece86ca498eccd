"""Papers described by what their agents play or what they fool ('soccer' for a multi-agent
game, 'voice' for audio): the everyday word is read beside the field's term, so the paper
meant is found or offered rather than nothing."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_football_robots_learning_to_pass(store: Store, database_url: str) -> None:
    """Before, 'No paper matches': no title or keyword says soccer."""
    await asked(
        store,
        database_url,
        Blind(
            "soccer",
            "iclr2019",
            "which paper had robots playing soccer in pairs and learning to pass",
            expect=("Emergent Coordination Through Competition",),
        ),
    )


async def test_fooling_a_voice_assistant_offers_the_audio_paper(
    store: Store, database_url: str
) -> None:
    """Before, only speech synthesis and recognition papers were offered."""
    await asked(
        store,
        database_url,
        Blind(
            "voice",
            "iclr2019",
            "hidden noise tricking speech recognition in a voice assistant, and how it is caught",
            expect=("Audio Adversarial",),
        ),
    )

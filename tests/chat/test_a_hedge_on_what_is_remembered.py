"""A hedge on what the asker remembers ('i think', 'iirc') says how sure they are, not what
they ask: the paper they half remember is found as if they had not hedged."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_a_paper_half_remembered_is_found_despite_the_hedge(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "hedged",
            "iclr2019",
            "neural nets doing algebra? deepmind had a dataset i think",
            expect=("Mathematical Reasoning",),
        ),
        Blind(
            "hedged-first",
            "iclr2019",
            "google brain had a paper on music generation i suppose",
            expect=("music generation",),
            forbid=("Nothing at",),
        ),
        Blind(
            "hedged-topic",
            "iclr2019",
            "can nets do algebra? deepmind had a dataset if i remember right",
            expect=("Mathematical Reasoning",),
        ),
    )


async def test_a_hedge_in_another_language_is_no_subject(store: Store, database_url: str) -> None:
    """'glaub ich', 'je crois', 'si no me equivoco': the same hedge, in the asker's words."""
    await asked(
        store,
        database_url,
        *(
            Blind(
                f"hedged-{locale}",
                "iclr2019",
                wording,
                locale=locale,
                expect=("Mathematical Reasoning",),
                forbid=("Nichts gefunden", "Rien ne correspond", "Nada coincide"),
            )
            for locale, wording in (
                ("de", "können netze algebra? deepmind hatte da einen datensatz, glaub ich"),
                ("fr", "deepmind avait un dataset de maths pour les réseaux, je crois"),
                ("es", "deepmind tenía un dataset de matemáticas, si no me equivoco"),
            )
        ),
    )

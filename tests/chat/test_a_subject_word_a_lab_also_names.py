"""A word few papers are about stays telling however many labs carry it in their names: a
department of "Molecular and Cellular Biology" makes no paper about molecules, so a question
about better drug molecules is offered the paper optimising molecules rather than told that
nothing matches, and a reply asking for its code gets that paper's repository."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="the words are counted in memory, the same for both stores; the blind sets grade "
    "retrieval on both backends"
)


async def test_a_paper_about_molecules_is_offered_and_its_code_follows(
    store: Store, database_url: str
) -> None:
    """Before, both questions got the error "No paper matches …"."""
    await asked(
        store,
        database_url,
        Blind(
            "medicine",
            "iclr2019",
            "any research on making better medicine molecules?",
            expect=("Molecule Optimization",),
            forbid=("No paper matches",),
        ),
        Blind(
            "code",
            "iclr2019",
            "is the code out?",
            reply_to="medicine",
            expect=("wengong-jin/iclr19-graph2graph",),
        ),
        Blind(
            "drugs",
            "iclr2019",
            "papers on drug molecules",
            expect=("Molecule Optimization",),
        ),
    )

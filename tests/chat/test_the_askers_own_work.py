"""What the asker works on, said before the question ('je bosse sur les gnn', 'ich forsche
an graph neural networks', 'we work on graph neural networks'), is who they are: the subject
is asked, and the verb names nothing to search for, so the orals on that subject are the
answer."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CONFERENCE = "iclr2019"
ORAL = "How Powerful are Graph Neural Networks?"
NOTHING = ("Aucun résultat", "Keine Treffer", "Vouliez-vous dire", "Meintest du", "Did you mean")


async def test_the_subject_the_asker_works_on_is_asked(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "own-work-fr",
            CONFERENCE,
            "je travaille sur les gnn, il y a des orals ? quand ?",
            locale="fr",
            expect=(ORAL, "15:15"),
            forbid=NOTHING,
        ),
        Blind(
            "own-work-de",
            CONFERENCE,
            "ich forsche an graph neural networks, gibt es orals dazu? wann",
            locale="de",
            expect=(ORAL, "15:15"),
            forbid=NOTHING,
        ),
        Blind(
            "own-work-en",
            CONFERENCE,
            "we work on graph neural networks, are there orals about them? when",
            expect=(ORAL, "15:15"),
            forbid=NOTHING,
        ),
        Blind(
            "own-field-en",
            CONFERENCE,
            "i work in gnns, any orals and when",
            expect=(ORAL, "15:15"),
            forbid=NOTHING,
        ),
    )

"""A session said to close, asked at what time ('when does this afternoon's poster session
close?', 'la session de posters ferme à quelle heure ?'), is told its end, like one said to
end or finish; the asker's plans beside it ('je dois encore faire mon tour') name nothing."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CONFERENCE = "iclr2019"
DURING = "2019-05-08T17:10:00-05:00"
"""Wednesday, during the afternoon poster session (16:30 to 18:30)."""
ENDS = "18:30"
NOTHING = ("Nothing matches", "Aucun résultat", "did you mean", "Vouliez-vous dire")


async def test_a_session_said_to_close_is_told_its_end(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "close-en",
            CONFERENCE,
            "when does this afternoon's poster session close?",
            now=DURING,
            expect=(ENDS,),
            forbid=NOTHING,
        ),
        Blind(
            "close-fr",
            CONFERENCE,
            "la session de posters de cet aprem ferme à quelle heure ? je dois encore faire "
            "mon tour",
            now=DURING,
            locale="fr",
            expect=(ENDS,),
            forbid=NOTHING,
            language_words=("mai", "mercredi"),
        ),
    )

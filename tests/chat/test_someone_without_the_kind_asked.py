"""Someone asked about with a kind of session they do not have ('does bengio have a keynote?'
of authors with papers only) is told so first, then shown what they do have; someone who has
that kind is shown it without a denial, and the denial reads in the asker's language."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_an_author_asked_for_a_keynote_is_said_to_have_none(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "none",
            "iclr2019",
            "does bengio have a keynote?",
            expect=("No keynotes by", "Yoshua Bengio"),
        ),
    )


async def test_a_keynote_speaker_asked_for_a_keynote_is_not_denied_one(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "hers",
            "iclr2019",
            "will dwork give a keynote?",
            expect=("Cynthia Dwork",),
            forbid=("No keynotes",),
        ),
    )


async def test_the_denial_is_in_the_askers_language(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "keiner",
            "iclr2019",
            "hält bengio einen hauptvortrag?",
            expect=("Keine Hauptvorträge von",),
            locale="de",
        ),
    )

"""Who puts on a session nobody speaks at (a sponsors' party) is written in its description:
asked in reply, or in French, the answer tells it instead of only 'no speaker'."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
PARTY_EVENING = "2019-05-08T18:30:00-05:00"


@pytest.mark.imported_schedules
async def test_a_reply_asking_who_hosts_a_party_tells_its_hosts(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("parties", ICLR, "any parties this evening?", now=PARTY_EVENING, expect=("19:00",)),
        Blind(
            "hosts",
            ICLR,
            "who hosts them?",
            reply_to="parties",
            expect_any=("DeepMind", "Salesforce"),
        ),
    )


@pytest.mark.imported_schedules
async def test_companies_organising_tonights_parties_asked_in_french(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "fr",
            ICLR,
            "quelles entreprises organisent les fêtes ce soir ?",
            now=PARTY_EVENING,
            locale="fr",
            expect=("Salesforce",),
        ),
    )

"""A subject asked in English or German ('health', 'Gesundheit') finds the German-language
talks that write it only inside a compound ('Gesundheitsgefahr'); asked of the moment, the one
of them running then is the answer, not a talk from another day whose title merely begins
alike ('Healing')."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CONGRESS = "39c3"
RUNNING = "Supplements und Social Media"
"""A German talk on the Monday afternoon, on the dangers to health of online fads."""
DURING = "2025-12-29T15:10:00+01:00"
HEALING = "Healing Together"


@pytest.mark.imported_schedules
async def test_a_subject_written_inside_a_compound_is_found(
    store: Store, database_url: str
) -> None:
    wordings = (
        ("en-US", "anything on health going on at the moment?"),
        ("de", "gibt es gerade einen vortrag zur gesundheit?"),
    )
    await asked(
        store,
        database_url,
        *(
            Blind(
                f"health-now-{locale}",
                CONGRESS,
                wording,
                locale=locale,
                now=DURING,
                expect=(RUNNING,),
                forbid=(HEALING,),
            )
            for locale, wording in wordings
        ),
        Blind("health-any", CONGRESS, "which talks deal with health?", expect=(RUNNING,)),
    )

"""A topic reached beside words the conference holds nowhere is offered as the closest, after
a line saying nothing is about those words, whether the question names the topic or reaches
it in its own words beside a word that narrows a subject the conference lacks; the stages
asked about at a time are what they hold then, so before the conference opens that is when it
does, not a list of its rooms."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_topic_beside_a_subject_nothing_holds_is_only_the_closest(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "bees",
            "iclr2019",
            "reinforcement learning for beekeeping drones?",
            expect=("Nothing at ICLR 2019 is about “beekeeping”", "reinforcement learning"),
            nothing=True,
        ),
    )


@pytest.mark.imported_schedules
async def test_a_topic_in_own_words_beside_a_subject_it_lacks_is_only_the_closest(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "updates",
            "iclr2019",
            "is there work on keeping user data private with federated updates?",
            expect=("privacy",),  # offered, after saying nothing is about it
            nothing=True,
        ),
    )


@pytest.mark.imported_schedules
async def test_the_stages_tonight_before_the_camp_opens_say_when_it_does(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "early",
            "camp2019",
            "got here early, anything on the stages tonight?",
            now="2019-08-20T19:00:00+02:00",
            expect_any=("21 Aug", "Aug 21", "Wednesday"),
            forbid=("Kids Stage",),
        ),
    )

"""A paper asked for with an everyday verb where its title has the field's term: agents that
'talk to one another' communicate (the programme's talks are not meant), robots that 'poke'
their surroundings probe them. When the words find a paper the question's everyday term does
not describe, or one far from what the question means, it is offered, never shown as the
answer."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CARD = ("Authors", "Presented as")


@pytest.mark.imported_schedules
async def test_agents_that_talk_to_each_other_find_the_communication_papers(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "talking",
            "iclr2019",
            "is there a paper where agents talk to one another only when it helps?",
            expect=("Communication",),
            forbid=("Orals", "Invited talk"),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_paper_lacking_the_everyday_verbs_term_is_offered_beside_the_one_holding_it(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "poking",
            "iclr2019",
            "robot rl: poking the world first to infer its physics",
            expect=("Did you mean", "Environment Probing Interaction Policies"),
            forbid=CARD,
        ),
        Blind(
            "prodding",
            "iclr2019",
            "robots that prod their environment before acting, to learn how it behaves",
            expect=("Did you mean",),
            forbid=CARD,
        ),
    )


@pytest.mark.imported_schedules
async def test_a_word_asking_what_the_card_shows_is_no_stranger_to_the_paper(
    store: Store, database_url: str
) -> None:
    """'Board' is held by no paper, but it asks for the poster board the paper's card gives:
    the paper its other words name is still shown."""
    await asked(
        store,
        database_url,
        Blind(
            "board",
            "iclr2019",
            "on which board is the semi-supervised poster 'why you should average'?",
            expect=("Many Consistent Explanations", "#27"),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_catalogues_english_for_a_word_is_no_stranger_the_asker_typed(
    store: Store, database_url: str
) -> None:
    """French 'oubliés' is read as "forgotten", a form no paper writes ("forgetting"): that
    is the catalogue's wording, not a word of the asker's the conference lacks."""
    await asked(
        store,
        database_url,
        Blind(
            "oublies",
            "iclr2019",
            "le lien openreview pour le papier des exemples oubliés durant l'entraînement ?",
            expect=("Example Forgetting", "BJlxm30cKm"),
            forbid=("Did you mean", "Vouliez-vous dire"),
            locale="fr",
        ),
    )

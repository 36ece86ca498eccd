"""What else the people behind an answer have, and how a paper is shown, asked in wordings of
this file's own: a reply asking whether the speaker of the talk shown gives another lists
their sessions (a title holding 'another' is not what it names); someone's papers asked
besides the one the question describes are the rest of theirs; a reply asking whether a
paper got a talk or only a poster tells how it is presented; 'mdp' is read as the field's
markov decision process."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
CONGRESS = "31c3"


@pytest.mark.imported_schedules
async def test_a_reply_asking_for_another_talk_by_the_speaker_lists_their_sessions(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("armory", CONGRESS, "the usb armory talk, when is it on?", expect=("USB armory",)),
        Blind(
            "again",
            CONGRESS,
            "does he give another talk?",
            reply_to="armory",
            expect=("EMV PIN",),
        ),
    )


async def test_someones_papers_besides_the_one_described_are_the_rest_of_theirs(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "duvenaud",
            ICLR,
            "david duvenaud, which papers does he have apart from the counterfactual "
            "image classifier one?",
            expect=("Self-Tuning Networks", "FFJORD"),
        ),
    )


async def test_a_reply_asking_talk_or_poster_tells_how_the_paper_is_presented(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("inhibit", ICLR, "selfless sequential learning", expect=("Aljundi",)),
        Blind(
            "shown",
            ICLR,
            "did they get a talk, or was it only a poster?",
            reply_to="inhibit",
            expect=("Presented as: Poster",),
        ),
    )


async def test_mdp_is_read_as_a_markov_decision_process(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "safe",
            ICLR,
            "safe rl posed as a constrained mdp, was there a poster on it?",
            expect=("Reward Constrained Policy Optimization",),
        ),
    )

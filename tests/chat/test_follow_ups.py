"""A reply to one of the bot's answers asks one fact of what it showed, in the asker's own
words (not the blind sets'): who, when, where, the code, the title, the links. The answer is
that fact alone, under the name of what it is about; a fact the subject lacks is said to be
unknown, and an answer that listed a few items is answered for each."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a reply is read as does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
CARD = ("Authors", "Presented as", "Abstract", "Keywords")
"""Fields of a full card: a reply asking one fact is not shown the card again."""
WEDNESDAY_LUNCH = "2019-05-08T14:05:00-05:00"


def pair(
    name: str, conference: str, first: str, then: str, *expect: str, **more: str
) -> list[Blind]:
    """A question and a reply to its answer that must hold `expect` and no card's fields."""
    return [
        Blind(f"{name}-q", conference, first, more.get("now")),
        Blind(f"{name}-r", conference, then, more.get("now"), f"{name}-q", expect, forbid=CARD),
    ]


async def test_a_reply_asks_a_fact_of_the_paper_shown(store: Store, database_url: str) -> None:
    """Its code, authors, board, slot, title and links, each alone; no code said so."""
    await asked(
        store,
        database_url,
        *pair(
            "adamw",
            ICLR,
            "decoupled weight decay paper",
            "got a github for it?",
            "loshchil/AdamW-and-SGDW",
        ),
        *pair("adabound", ICLR, "adabound paper pls", "ok who wrote it", "Liangchen Luo"),
        *pair("slalom", ICLR, "slalom paper", "which board is that on", "#44"),
        *pair(
            "neurons",
            ICLR,
            "ordered neurons paper",
            "cool, what time does it go on",
            "10:30",
            "Thu 9 May",
        ),
        *pair("fixup", ICLR, "fixup initialization paper", "any repo?", "no code link"),
        *pair("forgetting", ICLR, "example forgetting paper", "link to the pdf?", "openreview.net"),
        *pair(
            "gnn",
            ICLR,
            "how powerful are graph neural networks",
            "full names of the authors",
            "Keyulu Xu",
            "Jegelka",
        ),
    )


async def test_a_reply_asks_a_fact_of_the_session_shown(store: Store, database_url: str) -> None:
    """A keynote's talk title, room, speaker and time; a debate nobody dated is said to be
    unknown, never given another session's time."""
    await asked(
        store,
        database_url,
        *pair(
            "dwork",
            ICLR,
            "dwork's keynote",
            "what's her talk called",
            "Highlights of Recent Developments in Algorithmic Fairness",
        ),
        *pair("bottou", ICLR, "bottou invited talk", "hall?", "Great Hall AD"),
        *pair("closing", ICLR, "the closing session", "who's speaking there", "Bengio"),
        *pair(
            "debate",
            ICLR,
            "the debate on structure and priors",
            "when is that happening",
            "not known",
        ),
        *pair("oudeyer", ICLR, "oudeyer keynote", "lol at what hour does he start", "9:00"),
    )


async def test_a_reply_to_what_is_on_next_asks_of_the_talk_coming_up(
    store: Store, database_url: str
) -> None:
    """Over Wednesday's lunch the next talk is Tufekci's: 'who's giving it' is hers, and
    lunch itself is never the subject."""
    await asked(
        store,
        database_url,
        *pair("next", ICLR, "anything on next?", "who's giving it", "Tufekci", now=WEDNESDAY_LUNCH),
    )


async def test_a_reply_to_a_short_list_is_answered_for_each(
    store: Store, database_url: str
) -> None:
    """Both best papers' times, each under its own title."""
    await asked(
        store,
        database_url,
        *pair(
            "best",
            ICLR,
            "which papers won best paper",
            "when are those two on",
            "Ordered Neurons",
            "10:30",
            "Lottery Ticket",
            "15:15",
        ),
    )


@pytest.mark.imported_schedules
async def test_a_reply_at_an_imported_conference_asks_of_its_talks(
    store: Store, database_url: str
) -> None:
    """Speakers, rooms and times of pretalx and frab talks, asked with filler around."""
    await asked(
        store,
        database_url,
        *pair(
            "bitunlocker", "39c3", "the bitunlocker talk", "nice, whos the speaker", "Alon Leviev"
        ),
        *pair("ai-spy", "39c3", "AI Agent, AI Spy", "which saal do i head to for it", "Saal One"),
        *pair("korea", "39c3", "south korean telco breaches talk", "who are they", "Park", "Ban"),
        *pair(
            "drones",
            "camp2019",
            "ground control points for drones",
            "k what tent is it in",
            "Meitner",
        ),
        *pair(
            "weather",
            "camp2019",
            "einblicke in die wettervorhersage",
            "who's running that",
            "Daniela Schoster",
        ),
        *pair(
            "scanning",
            "camp2019",
            "fast global internet scanning",
            "ok so what day is it on and when",
            "24 Aug",
            "18:00",
        ),
        *pair(
            "carbone",
            "31c3",
            "global civil society under attack",
            "recording?",
            "program.ohm2013.org",
        ),
        *pair(
            "moechel", "31c3", "nsa points of presence in austria", "which room was it in", "Saal 2"
        ),
        *pair(
            "diamonds",
            "31c3",
            "diamonds quantum computer talk",
            "when did she give it lol",
            "30 Dec",
            "12:45",
        ),
    )


async def test_a_reply_naming_something_new_is_a_new_question(
    store: Store, database_url: str
) -> None:
    """'who wrote adabound' after another paper asks of AdaBound, not of the paper shown."""
    await asked(
        store,
        database_url,
        Blind("new-q", ICLR, "slalom paper"),
        Blind("new-r", ICLR, "who wrote adabound then", None, "new-q", ("Liangchen Luo",)),
    )

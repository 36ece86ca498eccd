"""Follow-ups the earlier replies missed, each need in five wordings of at least two
languages: a place told with its day and time, where a paper's authors work, what follows
an answer about now and next, facts asked of papers only offered, and a speaker's other
sessions."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked
from tests.chat.test_follow_ups import CARD, ICLR

pytestmark = pytest.mark.sqlite_only(
    reason="what a reply is read as does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


def pair(
    name: str, conference: str, first: str, then: str, *expect: str, **more: str
) -> list[Blind]:
    """A question and a reply to its answer, in the reply's language, that must hold
    `expect` and no card's fields."""
    locale = more.get("locale", "en-US")
    return [
        Blind(f"{name}-q", conference, first, more.get("now"), locale=locale),
        Blind(
            f"{name}-r",
            conference,
            then,
            more.get("now"),
            f"{name}-q",
            expect,
            forbid=CARD,
            locale=locale,
        ),
    ]


@pytest.mark.imported_schedules
async def test_a_place_asked_is_told_with_its_day_and_time(store: Store, database_url: str) -> None:
    """A room is found only by whoever knows when to be there."""
    await asked(
        store,
        database_url,
        *pair("slalom", ICLR, "slalom paper", "which board is that on", "#44", "7 May"),
        *pair("ai-spy", "39c3", "AI Agent, AI Spy", "where's that one", "Saal One", "Dec"),
        *pair(
            "phone",
            "camp2019",
            "A mobile phone that respects your freedom",
            "c'est dans quelle salle ?",
            "Curie",
            "août",
            locale="fr",
        ),
        *pair(
            "goodfellow",
            ICLR,
            "invited talk goodfellow",
            "in welchem raum ist das?",
            "Great Hall AD",
            "Mai",
            locale="de",
        ),
        *pair(
            "relativistic",
            ICLR,
            "the relativistic discriminator paper",
            "¿y en qué sala está el póster?",
            "Great Hall BC",
            "mayo",
            locale="es-ES",
        ),
    )


@pytest.mark.imported_schedules
async def test_a_reply_asks_where_the_authors_work(store: Store, database_url: str) -> None:
    """Their affiliations when the paper lists them; a talk's speakers list none, said so."""
    await asked(
        store,
        database_url,
        *pair("adamw", ICLR, "decoupled weight decay paper", "which lab is that from", "Freiburg"),
        *pair(
            "decay",
            ICLR,
            "three mechanisms of weight decay regularization",
            "¿y de dónde son los autores?",
            "Toronto",
            locale="es-ES",
        ),
        *pair(
            "superficial",
            ICLR,
            "projecting superficial statistics out",
            "woher kommen die autoren?",
            "Carnegie Mellon",
            locale="de",
        ),
        *pair("adamw-zh", ICLR, "decoupled weight decay paper", "作者来自哪里", "Freiburg"),
        *pair(
            "bitunlocker",
            "39c3",
            "the bitunlocker talk",
            "his employer?",
            "where they work is not listed",
        ),
    )


@pytest.mark.imported_schedules
async def test_a_reply_after_now_and_next_asks_what_follows(
    store: Store, database_url: str
) -> None:
    """'And afterwards?' follows what comes next; 'after those?' and 'once she is done?'
    what is on now."""
    await asked(
        store,
        database_url,
        *pair("tue", ICLR, "what's on right now", "and afterwards?", "GANs", now=TUESDAY),
        *pair("wed", ICLR, "what's on now", "and later?", "Wednesday afternoon orals", now=LUNCH),
        *pair(
            "wed-de",
            ICLR,
            "was ist gerade los?",
            "und danach?",
            "Wednesday afternoon orals",
            now=LUNCH,
        ),
        *pair("dwork", ICLR, "现在台上是谁", "她讲完之后呢", "Monday morning orals", now=KEYNOTE),
        *pair(
            "slot",
            "39c3",
            "qué hay ahora",
            "¿y después de eso?",
            "14:45",
            now="2025-12-28T13:47:00+01:00",
        ),
    )


@pytest.mark.imported_schedules
async def test_a_reply_asks_of_a_speakers_other_sessions(store: Store, database_url: str) -> None:
    """'Is she in any other sessions' lists what the speaker of the one session shown gives
    (the card of the session shown names its speaker too: the answer about them is asked)."""
    await asked(
        store,
        database_url,
        *knots("en", "is he in any other sessions", "Hannen at Camp2019"),
        *knots("de", "hat er noch andere vorträge?", "Hannen bei Camp2019"),
        *knots("fr", "l'intervenant a d'autres sessions ?", "Hannen à Camp2019"),
        *knots("es", "el ponente tiene otras charlas?", "Hannen en Camp2019"),
        *knots("zh", "他还有其他演讲吗", "Hannen 在 Camp2019"),
    )


def knots(language: str, then: str, expect: str) -> list[Blind]:
    """A reply to the card of a talk with one speaker, asking of that speaker."""
    return pair(f"knots-{language}", "camp2019", "Knoten 101", then, expect)


TUESDAY = "2019-05-07T10:02:00-05:00"
LUNCH = "2019-05-08T14:06:00-05:00"
KEYNOTE = "2019-05-06T09:11:00-05:00"


@pytest.mark.imported_schedules
async def test_a_reply_asks_the_gist_of_what_comes_next(store: Store, database_url: str) -> None:
    """'What's it about in a nutshell', 'describe it pls', 'tl;dr?' of an answer about what
    is on now and next: the organisers' own words about the talk it showed."""
    await asked(
        store,
        database_url,
        *pair(
            "drones",
            "31c3",
            "whats coming up in saal 2",
            "what's it about in a nutshell",
            "pigeons",
            now="2014-12-29T20:20:00+01:00",
        ),
        *pair(
            "onion",
            "camp2019",
            "what's next in curie",
            "describe it pls",
            "Tor Project",
            now="2019-08-23T13:55:00+02:00",
        ),
        *pair(
            "orals",
            ICLR,
            "what's up next",
            "quick summary of that one?",
            "Tuesday morning orals",
            now=TUESDAY,
        ),
    )


@pytest.mark.imported_schedules
async def test_a_reply_asks_who_presents_in_other_words(store: Store, database_url: str) -> None:
    """Researchers, scientists, a team, whose research: the people of what was shown."""
    await asked(
        store,
        database_url,
        *pair(
            "ss7",
            "31c3",
            "is anyone talking about ss7",
            "who are the scientists behind that",
            "Tobias Engel",
        ),
        *pair("slalom", ICLR, "slalom paper", "which researchers present it", "Tramèr"),
        *pair("rna", ICLR, "learning to design rna", "cool, whose research is this", "Hutter"),
        *pair(
            "washing", "39c3", "the washing machine hacking talk", "presenting team?", "Noerenberg"
        ),
        *pair("knots", "camp2019", "knoten 101", "which folks present this", "Hannen"),
    )


async def test_a_reply_asking_for_a_film_to_watch_later_gets_its_link(
    store: Store, database_url: str
) -> None:
    """'Did anyone record it? wanna watch it later': its video, not what comes later."""
    await asked(
        store,
        database_url,
        *pair(
            "debate",
            ICLR,
            "the debate about priors",
            "did anyone record it? wanna watch it later",
            "1323173737834962",
        ),
    )

"""Attendees' own words, asked through the offline Discord: what follows a moment, a day's
plan, remarks that are not searches, other names for a topic, names typed without their
letters, words that look like a day but are not, and follow-ups on a paper."""

from __future__ import annotations

import pytest

from bot.imports.service import import_source
from bot.store.setup import Store
from tests.chat.blind import SCHEDULES, Blind, grade
from tests.conftest import venue_time

ICLR = "iclr2019"
CCC = "31c3"
TUESDAY_MORNING = "2019-05-07T10:30:00-05:00"
THURSDAY_LUNCH = "2019-05-09T13:15:00-05:00"


async def asked(store: Store, database_url: str, *questions: Blind) -> None:
    graded = await grade(store, database_url, list(questions))
    assert not graded.wrong, graded.report("asked")


@pytest.fixture
async def ccc(store: Store) -> None:
    """31C3's public schedule (frab XML), imported as `confbot import` does."""
    await import_source(store, str(SCHEDULES / "31c3.xml"), CCC, venue_time("2019-05-01T12:00"))


async def test_what_comes_after_a_session_is_what_starts_as_it_ends(
    store: Store, database_url: str
) -> None:
    """At 10:30 the coffee break (10:45-11:00) is still to come: what follows it starts at
    11:00, whatever is on now."""
    question = Blind(
        "after", ICLR, "whats after the coffee break", TUESDAY_MORNING, expect=("GANs", "11:00")
    )
    await asked(store, database_url, question)


async def test_the_next_talk_after_lunch_may_be_a_keynote(store: Store, database_url: str) -> None:
    question = Blind(
        "talk", ICLR, "next talk after lunch?", THURSDAY_LUNCH, expect=("14:30", "Invited talk")
    )
    await asked(store, database_url, question)


async def test_something_starting_soon_is_what_starts_next(store: Store, database_url: str) -> None:
    question = Blind("soon", ICLR, "anything starting soon?", TUESDAY_MORNING, expect=("11:00",))
    await asked(store, database_url, question)


@pytest.mark.parametrize(
    "ask", ["what's the plan for thursday", "what do i have to look forward to on thursday"]
)
async def test_a_days_plan_in_other_words_is_that_days_programme(
    store: Store, database_url: str, ask: str
) -> None:
    question = Blind("plan", ICLR, ask, expect=("Lapata", "Addis Ababa"))
    await asked(store, database_url, question)


@pytest.mark.parametrize(
    "ask", ["club mate anyone? 🍹", "the queue for the toilets is insane 😭", "morning all ☕"]
)
async def test_a_remark_about_drinks_or_the_venue_is_not_a_search(
    store: Store, database_url: str, ask: str
) -> None:
    question = Blind("remark", ICLR, ask, forbid=("matches", "No paper", "Invited talk"))
    await asked(store, database_url, question)


async def test_a_topic_called_by_another_name_finds_the_talk(
    store: Store, database_url: str, ccc: None
) -> None:
    """'North' is also a speaker's surname: 'north korea' is one thing, the DPRK."""
    question = Blind("dprk", CCC, "talk about computers in north korea", expect=("DPRK",))
    await asked(store, database_url, question)


async def test_a_surname_typed_without_its_letter_finds_the_speaker(
    store: Store, database_url: str, ccc: None
) -> None:
    await asked(store, database_url, Blind("o", CCC, "bjorstad", expect=("Norway",)))


async def test_a_weak_match_is_offered_with_when_and_where_it_is(
    store: Store, database_url: str, ccc: None
) -> None:
    """Not every word is in the talk, so it is a guess; the guess says when and where."""
    question = Blind(
        "guess",
        CCC,
        "hacking airline booking systems",
        expect=("Did you mean", "Beyond PNR", "12:45"),
    )
    await asked(store, database_url, question)


async def test_a_weekday_the_conference_does_not_hold_is_a_word(
    store: Store, database_url: str
) -> None:
    question = Blind(
        "sat",
        ICLR,
        "the paper where a network learns to solve sat problems",
        expect=("SAT Solver",),
    )
    await asked(store, database_url, question)


async def test_an_author_by_surname_alone_and_a_coined_name_before_a_colon(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "vetrov", ICLR, "what did vetrov's group publish here", expect=("Deep Weight Prior",)
        ),
        Blind("nas", ICLR, "proxylessnas code?", expect=("MIT-HAN-LAB/ProxylessNAS",)),
    )


async def test_a_name_two_slips_and_a_first_letter_away_is_not_corrected_into_a_paper(
    store: Store, database_url: str
) -> None:
    question = Blind("hinton", ICLR, "is hinton giving a talk", nothing=True)
    await asked(store, database_url, question)


async def test_words_after_by_that_name_nobody_are_searched_with_the_rest(
    store: Store, database_url: str
) -> None:
    ask = "predicting chemical reactions by following where the electrons go"
    await asked(store, database_url, Blind("by", ICLR, ask, expect=("Electron Paths",)))


async def test_a_reply_asking_for_the_poster_number_gets_the_papers_board(
    store: Store, database_url: str
) -> None:
    ask = "that semi-supervised paper about averaging the weights late in training"
    await asked(
        store,
        database_url,
        Blind("paper", ICLR, ask, expect=("Many Consistent Explanations",)),
        Blind("board", ICLR, "poster number?", reply_to="paper", expect=("#27",)),
    )

"""Attendees' own words, asked through the offline Discord: what follows a moment, a day's
plan, remarks that are not searches, other names for a topic, names typed without their
letters, words that look like a day but are not, and follow-ups on a paper."""

from __future__ import annotations

import pytest

from bot.imports.service import import_source
from bot.store.setup import Store
from tests.chat.blind import SCHEDULES, Blind, asked
from tests.conftest import venue_time

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
CCC = "31c3"
TUESDAY_MORNING = "2019-05-07T10:30:00-05:00"
THURSDAY_LUNCH = "2019-05-09T13:15:00-05:00"


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


async def test_the_one_talk_a_rare_word_names_is_shown_with_when_and_where_it_is(
    store: Store, database_url: str, ccc: None
) -> None:
    """Not every word is in the talk, but it is the only one about airlines and its
    description is about their booking systems: it is the answer, with its time and room."""
    question = Blind(
        "airline",
        CCC,
        "hacking airline booking systems",
        expect=("Beyond PNR", "12:45", "Saal 1"),
        forbid=("Did you mean",),
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


@pytest.fixture
async def congress(store: Store) -> None:
    """39C3's and Camp 2019's public schedules (pretalx and frab JSON)."""
    for slug, name in (("39c3", "39c3.json"), ("camp2019", "camp2019.json")):
        await import_source(store, str(SCHEDULES / name), slug, venue_time("2019-05-01T12:00"))


async def test_what_comes_after_them_follows_the_kind_named(
    store: Store, database_url: str
) -> None:
    question = Blind(
        "them",
        ICLR,
        "orals almost done, what comes after them?",
        "2019-05-07T10:40:00-05:00",
        expect=("Coffee break",),
    )
    await asked(store, database_url, question)


async def test_a_bare_hour_after_at_is_a_time(store: Store, database_url: str) -> None:
    ask = "whats happening the day after tomorrow at 3"
    question = Blind("at", ICLR, ask, "2019-05-06T11:00:00-05:00", expect=("Tufekci",))
    await asked(store, database_url, question)


async def test_a_kind_asked_with_words_offers_its_standout_session(
    store: Store, database_url: str
) -> None:
    ask = "is there a keynote about how kids learn, curiosity + education stuff?"
    await asked(store, database_url, Blind("kind", ICLR, ask, expect=("Oudeyer",)))


async def test_a_day_without_the_kind_asked_says_nothing_is_scheduled(
    store: Store, database_url: str
) -> None:
    question = Blind("posters", ICLR, "is there a poster session on monday", nothing=True)
    await asked(store, database_url, question)


async def test_questions_about_the_bot_itself_get_the_help(store: Store, database_url: str) -> None:
    ask = "can i export the programme into my calendar app"
    await asked(store, database_url, Blind("help", ICLR, ask, expect=("/agenda ics",)))


@pytest.mark.parametrize(
    "ask", ["currywurst run anyone? 🌭", "ultimate frisbee on the lawn outside anyone? 🥏"]
)
async def test_an_invitation_nothing_on_the_programme_is_about_is_told_so_kindly(
    store: Store, database_url: str, ccc: None, ask: str
) -> None:
    question = Blind("invite", CCC, ask, nothing=True, forbid=("matches", "No paper"))
    await asked(store, database_url, question)


async def test_a_talk_sharing_one_word_with_a_subject_nothing_holds_is_no_answer(
    store: Store, database_url: str, ccc: None
) -> None:
    """'Living Drones' is about drones, yet no talk is about drone racing."""
    question = Blind("drones", CCC, "drone racing at congress?", nothing=True)
    await asked(store, database_url, question)


async def test_a_count_of_a_rooms_day_and_a_day_said_twice(
    store: Store, database_url: str, ccc: None
) -> None:
    await asked(
        store,
        database_url,
        Blind("count", CCC, "saal 6 on the 28th, count of talks?", expect=("(10)",)),
        Blind("twice", CCC, "plan for sunday the 28th", expect=("Iridium Pager",)),
    )


async def test_kinds_only_the_programmes_types_name(
    store: Store, database_url: str, congress: None
) -> None:
    await asked(
        store,
        database_url,
        Blind("count", "camp2019", "how many lightning talks were there", expect=("34",)),
        Blind("type", "39c3", "the theatre / performance piece, when's that", expect=("20:10",)),
    )


async def test_a_room_is_narrowed_by_the_words_beside_it_and_a_reply_keeps_the_room(
    store: Store, database_url: str, congress: None
) -> None:
    await asked(
        store,
        database_url,
        Blind("kids", "39c3", "what's on at the kids stage", nothing=True),
        Blind("stage", "39c3", "sendezentrum stage sunday evening?"),
        Blind(
            "monday",
            "39c3",
            "and on monday?",
            reply_to="stage",
            expect=("WissPod", "Denkangebot"),
            forbid=("Freak Show Clubhouse",),
        ),
    )


async def test_who_is_on_namesakes_and_titles_with_pipes(
    store: Store, database_url: str, congress: None
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "on",
            "39c3",
            "anything good in saal one atm? 🤔",
            "2025-12-28T13:40:00+01:00",
            expect=("Doctorow",),
        ),
        Blind("names", "39c3", "semsrott talks?", expect=("PRÜF", "Gegenmacht")),
        Blind(
            "pipe",
            "camp2019",
            "anything on fuzzing",
            expect=("Anykernels meet fuzzing", "(emulate|fuzz|break) kernels"),
        ),
    )


async def test_the_very_last_evening_and_after_midnight_are_times(
    store: Store, database_url: str, ccc: None
) -> None:
    await asked(
        store,
        database_url,
        Blind("last", CCC, "what's on the very last evening of congress", expect=("Closing",)),
        Blind(
            "midnight",
            CCC,
            "what's on late tonight, like after midnight",
            "2014-12-28T10:00:00+01:00",
            expect=("Fnord",),
        ),
    )


async def test_someone_named_with_words_of_a_title_gets_that_paper(
    store: Store, database_url: str
) -> None:
    ask = "bahdanau systematic generalisation poster nr"
    await asked(store, database_url, Blind("paper", ICLR, ask, expect=("#86",)))


async def test_a_topic_named_beside_a_word_nothing_has_gets_the_topic(
    store: Store, database_url: str, congress: None
) -> None:
    """'quiz' is nowhere in the programme; 'game show' is a type the organisers gave."""
    ask = "is there some quiz / game show thing later tonight 🎲"
    question = Blind(
        "quiz", "39c3", ask, "2025-12-28T20:00:00+01:00", expect=("Maybe Talent Show",)
    )
    await asked(store, database_url, question)


async def test_a_word_that_only_sounds_like_a_rooms_is_no_match(
    store: Store, database_url: str, congress: None
) -> None:
    question = Blind("bees", "39c3", "any beekeeping talk this year 🐝", nothing=True)
    await asked(store, database_url, question)

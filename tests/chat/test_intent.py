"""Chat questions read against the conference's own vocabulary and routed to the most specific
answer: a person, a room, an award or a named session before a kind, a day or a topic, and a
search only for what nothing else recognised."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable

import pytest

from bot.chat.intent import Action, Intent, decide
from bot.chat.reading import read
from bot.chat.service import Memory
from bot.chat.when import Part
from bot.conferences import get_conference
from bot.domain.kinds import Group
from bot.domain.records import ConferenceView
from bot.domain.vocabulary import Vocabulary
from bot.imports.packaged import open_store
from tests.conftest import DATA_DIR, copied_database


@pytest.fixture(scope="module")
def iclr_read(
    request: pytest.FixtureRequest, backend: str, tmp_path_factory: pytest.TempPathFactory
) -> tuple[ConferenceView, Vocabulary]:
    """ICLR 2019 and its vocabulary, read from a copy of the seeded store once per backend: a
    question here is read and decided without the store, so one reading serves every test
    instead of a store copied and read for each."""
    folder = tmp_path_factory.mktemp("intent")
    url = copied_database(request, backend, folder, "seeded_template", "postgres_template")

    async def read_once() -> tuple[ConferenceView, Vocabulary]:
        store = await open_store(url, DATA_DIR)
        try:
            async with store.sessions() as db:
                conf = await get_conference(db, "iclr2019")
                return conf, (await Memory().known(db, conf)).vocabulary
        finally:
            await store.close()

    return asyncio.run(read_once())


Ask = Callable[..., Intent]


@pytest.fixture
def ask(iclr_read: tuple[ConferenceView, Vocabulary]) -> Ask:
    """Read and decide a question, for the served conference or another one."""
    conf, vocabulary = iclr_read
    return lambda text, served=conf: decide(read(text, vocabulary, served))


@pytest.fixture
def neurips(iclr_read: tuple[ConferenceView, Vocabulary]) -> ConferenceView:
    conf, _ = iclr_read
    return dataclasses.replace(
        conf, name="NeurIPS 2030", slug="neurips2030", website="https://neurips.cc/"
    )


@pytest.mark.parametrize(
    "text", ["what's on now?", "what’s next?", "What is on right now", "what's on?"]
)
def test_now_and_next(ask: Ask, text: str) -> None:
    assert ask(text).action == Action.NOW


def test_whats_next_can_narrow_to_a_kind(ask: Ask) -> None:
    assert ask("which keynote is next?").group == Group.KEYNOTE


def test_next_year_is_not_whats_next(ask: Ask) -> None:
    assert ask("where is next year's ICLR?").action == Action.NEXT_EDITION
    assert ask("where is ICLR 2020?").action == Action.NEXT_EDITION


def test_posters_on_a_topic_by_its_alias(ask: Ask) -> None:
    intent = ask("when are the RL posters?")
    assert (intent.action, intent.keys, intent.group) == (
        Action.TOPIC,
        ("reinforcement learning",),
        Group.POSTER,
    )


def test_posters_on_a_day(ask: Ask) -> None:
    intent = ask("posters on wednesday")
    assert (intent.action, intent.day) == (Action.POSTERS, "wednesday")


def test_keynotes(ask: Ask) -> None:
    assert ask("keynotes") == Intent(Action.KEYNOTES, group=Group.KEYNOTE)


def test_a_paper_named_by_its_alias(ask: Ask) -> None:
    intent = ask("summarise the lottery ticket paper")
    assert (intent.action, intent.keys) == (Action.PAPER, ("lottery-ticket-hypothesis",))


def test_a_speaker_by_surname_and_the_kind_of_their_session(ask: Ask) -> None:
    intent = ask("when is Mirella Lapata's keynote")
    assert (intent.action, intent.keys, intent.group) == (
        Action.PERSON,
        ("Mirella Lapata",),
        Group.KEYNOTE,
    )
    assert ask("Goodfellow").keys == ("Ian Goodfellow",)


def test_a_room_by_its_short_name(ask: Ask) -> None:
    assert ask("what's in room R09?").keys == ("Room R09",)


def test_an_award(ask: Ask) -> None:
    assert ask("which papers won best paper?") == Intent(
        Action.AWARD, keys=("Best Paper",), asks=ask("which papers won best paper?").asks
    )


def test_a_session_by_an_acronym_in_its_title(ask: Ask) -> None:
    intent = ask("where is the SPiRL workshop")
    assert (intent.action, intent.keys) == (Action.SESSION, ("mon-workshop-spirl",))


def test_an_author_nobody_is_kept_for_did_you_mean(ask: Ask) -> None:
    assert (ask("any papers by Hinton?").action, ask("any papers by Hinton?").query) == (
        Action.AUTHOR,
        "hinton",
    )


def test_a_relative_day_and_part_of_it(ask: Ask) -> None:
    intent = ask("what's the keynote tomorrow morning?")
    assert (intent.action, intent.day, intent.part, intent.group) == (
        Action.WINDOW,
        "tomorrow",
        Part.MORNING,
        Group.KEYNOTE,
    )


@pytest.mark.parametrize(
    ("text", "day"), [("schedule for thursday", "thursday"), ("programme", None)]
)
def test_the_schedule(ask: Ask, text: str, day: str | None) -> None:
    intent = ask(text)
    assert (intent.action, intent.day) == (Action.SCHEDULE, day)


@pytest.mark.parametrize("text", ["where is the conference", "ICLR 2019?", "iclr2019", "ICLR?"])
def test_questions_about_the_conference_itself(ask: Ask, text: str) -> None:
    assert ask(text).action == Action.CONFERENCE


@pytest.mark.parametrize("text", ["NeurIPS 2030?", "neurips2030", "where is NeurIPS"])
def test_another_conference_is_recognised_by_its_own_name(
    ask: Ask, neurips: ConferenceView, text: str
) -> None:
    assert ask(text, neurips).action == Action.CONFERENCE


def test_for_another_conference_iclr_is_just_a_search(ask: Ask, neurips: ConferenceView) -> None:
    assert ask("ICLR", neurips) == Intent(Action.SEARCH, query="iclr")


def test_unknown_words_in_a_question_are_a_search(ask: Ask) -> None:
    intent = ask("any papers about wasserstein distances?")
    assert (intent.action, intent.query) == (Action.SEARCH, "wasserstein distances")


@pytest.mark.parametrize("text", ["hi", "Hello!", "thanks, see you there!", "good bot", "👍"])
def test_small_talk(ask: Ask, text: str) -> None:
    assert ask(text).action == Action.SMALL_TALK


@pytest.mark.parametrize("text", ["", "   ", "help", "commands"])
def test_nothing_or_help_gets_the_help(ask: Ask, text: str) -> None:
    assert ask(text).action == Action.HELP


def test_a_remark_that_asks_nothing_is_not_a_search(ask: Ask) -> None:
    assert ask("@everyone free pizza in the Great Hall!!").action == Action.UNCLEAR


@pytest.mark.parametrize(
    ("text", "action", "part"),
    [
        ("whats the programme on thursday afternoon?", Action.WINDOW, Part.AFTERNOON),
        ("im late lol what did i miss this morning", Action.WINDOW, Part.MORNING),
        ("which room are the invited talks in", Action.WINDOW, None),
        ("how many posters in total", Action.CONFERENCE, None),
        ("how many poster sessions", Action.POSTERS, None),
    ],
)
def test_what_a_question_asks_decides_the_answer_not_its_chat_filler(
    ask: Ask, text: str, action: Action, part: Part | None
) -> None:
    intent = ask(text)
    assert (intent.action, intent.part) == (action, part)


@pytest.mark.parametrize(
    ("text", "action", "group"),
    [
        ("wann ist die keynote morgen?", Action.WINDOW, Group.KEYNOTE),
        ("liste les orals de jeudi", Action.WINDOW, Group.ORAL),
        ("cuantos orales hay", Action.CONFERENCE, None),
        ("明天上午有什么主题演讲？", Action.WINDOW, Group.KEYNOTE),
        ("海报在哪个厅", Action.POSTERS, Group.POSTER),
    ],
)
def test_questions_in_other_languages_get_the_answer_their_english_would(
    ask: Ask, text: str, action: Action, group: Group | None
) -> None:
    intent = ask(text)
    assert (intent.action, intent.group) == (action, group)


@pytest.mark.parametrize("text", ["what's running atm in the big halls", "whats on rn"])
def test_chat_shorthand_for_now_asks_about_now(ask: Ask, text: str) -> None:
    assert ask(text).now

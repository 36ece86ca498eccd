"""Chat questions routed to the answer they most likely ask for; words for the conference
itself come from the conference being served, not from code."""

from __future__ import annotations

import dataclasses

import pytest

from bot.chat.intent import Action, Intent, parse
from bot.domain.kinds import Group
from bot.domain.records import ConferenceView


@pytest.fixture
def neurips(conf: ConferenceView) -> ConferenceView:
    return dataclasses.replace(conf, name="NeurIPS 2030", slug="neurips2030")


@pytest.mark.parametrize("text", ["what's on now?", "what’s next?", "What is on right now"])
def test_now_and_next(conf: ConferenceView, text: str) -> None:
    assert parse(text, conf).action == Action.NOW


def test_whats_next_can_narrow_to_a_kind(conf: ConferenceView) -> None:
    assert parse("which keynote is next?", conf) == Intent(Action.NOW, group=Group.KEYNOTE)


def test_posters_on_a_topic(conf: ConferenceView) -> None:
    assert parse("when are the RL posters?", conf) == Intent(
        Action.TOPIC, query="rl", group=Group.POSTER
    )


def test_posters_on_a_day(conf: ConferenceView) -> None:
    assert parse("posters on wednesday", conf) == Intent(Action.POSTERS, day="wednesday")


def test_keynotes(conf: ConferenceView) -> None:
    assert parse("keynotes", conf) == Intent(Action.KEYNOTES)


def test_a_paper_to_summarise(conf: ConferenceView) -> None:
    intent = parse("summarise the lottery ticket paper", conf)
    assert intent.action == Action.PAPER
    assert "lottery ticket" in intent.query
    assert "summarise" not in intent.query


@pytest.mark.parametrize(("text", "day"), [("schedule for thursday", "thursday"), ("agenda", None)])
def test_the_schedule(conf: ConferenceView, text: str, day: str | None) -> None:
    assert parse(text, conf) == Intent(Action.SCHEDULE, day=day)


@pytest.mark.parametrize("text", ["where is the conference", "ICLR 2019?", "iclr2019", "ICLR?"])
def test_questions_about_the_conference_itself(conf: ConferenceView, text: str) -> None:
    assert parse(text, conf).action == Action.CONFERENCE


@pytest.mark.parametrize("text", ["NeurIPS 2030?", "neurips2030", "where is NeurIPS"])
def test_another_conference_is_recognised_by_its_own_name(
    neurips: ConferenceView, text: str
) -> None:
    assert parse(text, neurips).action == Action.CONFERENCE


def test_for_another_conference_iclr_is_just_a_search(neurips: ConferenceView) -> None:
    assert parse("ICLR", neurips) == Intent(Action.SEARCH, query="iclr")


def test_anything_else_is_a_search(conf: ConferenceView) -> None:
    assert parse("Goodfellow", conf) == Intent(Action.SEARCH, query="goodfellow")


@pytest.mark.parametrize("text", ["", "   ", "hi", "Hello!", "help", "?!"])
def test_greetings_and_nothing_get_help(conf: ConferenceView, text: str) -> None:
    assert parse(text, conf) == Intent(Action.HELP)

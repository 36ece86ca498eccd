"""Answers in another language that carry its words, not only the data's English: a figure
under a heading in the reader's language, a list of sessions framed as the language frames a
title, a session card with no known time or only a moderator and panel, and the plain words
people use for next year, the next invited talk, having missed the start or being hungry."""

from __future__ import annotations

from typing import Any

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
WEDNESDAY_MORNING = "2019-05-08T10:50:00-05:00"
"""Just before Wednesday's reinforcement learning poster session (11:00)."""
WEDNESDAY_NOON = "2019-05-08T12:30:00-05:00"
"""Before Wednesday's lunch (13:00) and Tufekci's invited talk (14:30)."""
TUESDAY_EARLY = "2019-05-07T08:20:00-05:00"
"""Before Tuesday's first invited talk, Shuckburgh's at 09:00."""


def _asked(name: str, locale: str, text: str, **expected: Any) -> Blind:
    return Blind(name, ICLR, text, locale=locale, **expected)


async def test_a_figure_asked_in_another_language_comes_under_a_heading_in_it(
    store: Store, database_url: str
) -> None:
    """How many attended (more than 3,000) and how many posters a session hangs (70-80) are
    the data's English words, said under a sentence of the asker's language."""
    await asked(
        store,
        database_url,
        _asked(
            "people-de",
            "de",
            "wie viele teilnehmer waren denn so da?",
            expect=("3,000",),
            forbid=("Morial",),
            language_words=("Daten",),
        ),
        _asked(
            "posters-es",
            "es-ES",
            "cuántos pósters cuelgan más o menos por sesión?",
            expect_any=("70", "80"),
            language_words=("datos",),
        ),
    )


async def test_a_list_of_sessions_and_a_card_without_a_time_speak_the_language(
    store: Store, database_url: str
) -> None:
    """A Chinese list of the day's invited talks says whose programme it is; the debate, whose
    day and time are unknown and who has a moderator and a panel, opens with a sentence saying
    so and naming them."""
    await asked(
        store,
        database_url,
        _asked(
            "keynotes-zh",
            "zh-CN",
            "今天有哪些特邀报告",
            now=TUESDAY_EARLY,
            expect=("Shuckburgh", "ICLR 2019 的日程"),
        ),
        _asked(
            "debate-zh",
            "zh-CN",
            "关于先验知识的那场辩论",
            expect=("辩论的日期和时间未知", "参加的有Leslie Kaelbling"),
        ),
        _asked(
            "debate-de",
            "de",
            "die debatte über vorwissen, wer ist da dabei?",
            expect=("Tag und Uhrzeit sind nicht bekannt", "Mit Leslie Kaelbling"),
        ),
    )


async def test_the_everyday_words_for_next_year_the_next_talk_a_missed_start_and_hunger(
    store: Store, database_url: str
) -> None:
    """'L'an prochain' is next year (Addis Ababa), 'la próxima charla invitada' the next
    invited talk, 'j'ai raté le début' is said around the question, and 'hunger' asks for
    lunch."""
    await asked(
        store,
        database_url,
        _asked("year-fr", "fr", "l'an prochain, l'iclr aura lieu où ?", expect=("Addis Ababa",)),
        _asked(
            "next-es",
            "es-ES",
            "cuánto queda para la próxima charla invitada?",
            now=WEDNESDAY_NOON,
            expect=("Tufekci", "14:30"),
        ),
        _asked(
            "missed-fr",
            "fr",
            "j'ai loupé le début, la prochaine session de posters c'est quoi ?",
            now=WEDNESDAY_MORNING,
            expect=("Poster session: reinforcement learning", "11:00"),
        ),
        _asked(
            "hungry-de",
            "de",
            "hab so hunger, wann gibts mittag?",
            now=WEDNESDAY_NOON,
            expect=("13:00",),
            forbid=("Learning to Design RNA",),
        ),
    )


async def test_a_session_said_to_be_over_in_german_asks_what_follows_it(
    store: Store, database_url: str
) -> None:
    """Shuckburgh's invited talk ends at 09:45 and Tuesday's morning orals follow in the same
    hall: 'die keynote ist gerade zu Ende' asks for them, not for the next invited talk."""
    await asked(
        store,
        database_url,
        _asked(
            "over-de",
            "de",
            "die keynote ist gerade zu ende, was läuft als nächstes?",
            now="2019-05-07T09:43:00-05:00",
            expect=("Tuesday morning orals",),
        ),
    )

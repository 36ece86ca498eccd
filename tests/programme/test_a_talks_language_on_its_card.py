"""A talk's card names the language it is given in, in the reader's own words, and says
nothing of it when the schedule did not."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from bot.domain.records import SessionView
from bot.i18n.languages import Language
from bot.programme.render import session_embed
from tests.conferences import made_up_conference

CONF = made_up_conference(
    "tosd2031", "TOSD 2031", "Tiny Open Source Days 2031", date(2031, 3, 14), date(2031, 3, 15)
)
TALK = SessionView(
    id=1,
    slug="mirrors",
    kind="talk",
    title="Mirrors Through Two Decades",
    starts_at=datetime(2031, 3, 14, 9, tzinfo=UTC),
    ends_at=datetime(2031, 3, 14, 10, tzinfo=UTC),
    timing="verified",
    room="Hall 1",
    topics=(),
    people=(("Ada Example", "speaker"),),
    talk_title=None,
    description="How a mirror network stayed up.",
    url=None,
)


def fields(session: SessionView, language: Language = Language.ENGLISH) -> dict[str, str]:
    embed = session_embed(CONF, session, language)
    return {field.name or "": field.value or "" for field in embed.fields}


def test_a_talk_in_german_says_so_on_its_card() -> None:
    assert fields(replace(TALK, language="de"))["Language"] == "German"


def test_a_german_reader_reads_the_language_in_german() -> None:
    assert fields(replace(TALK, language="en"), Language.GERMAN)["Sprache"] == "Englisch"


def test_a_talk_whose_language_is_not_known_shows_none() -> None:
    assert "Language" not in fields(TALK)

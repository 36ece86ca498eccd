"""The short line small talk gets: a greeting, thanks or a goodbye is read from whole words,
so a remark that only begins with one's letters ('yoga', 'tying') is not taken for it."""

from __future__ import annotations

from datetime import date

import pytest

from bot.chat.render import small_talk
from bot.i18n.languages import Language
from tests.conferences import made_up_conference

CONF = made_up_conference("camp", "Camp", "A camp", date(2019, 8, 21), date(2019, 8, 25))


@pytest.mark.parametrize(
    ("said", "line"),
    [
        ("yo bot", "Hello!"),
        ("thanks a lot", "You're welcome!"),
        ("ty", "You're welcome!"),
        ("bye all", "See you there!"),
        ("yoga on the lawn was lovely", "Glad to help."),
        ("knot tying lol", "Glad to help."),
        ("hiking later haha", "Glad to help."),
    ],
)
def test_a_remark_gets_the_line_its_whole_words_call_for(said: str, line: str) -> None:
    assert small_talk(said, CONF, Language.ENGLISH).startswith(line)

"""Questions about the bot and the conference in French and Chinese (wordings of this file's
own): a calendar file of the programme, clearing one's reminders, how many authors submitted,
who announced the next edition's city, an invited talk on making something fairer, and where
in the convention centre the invited talks are held."""

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
NOTHING = ("No paper matches", "Nothing matches", "did you mean")


def _asked(name: str, locale: str, text: str, **expected: Any) -> Blind:
    return Blind(name, ICLR, text, locale=locale, forbid=NOTHING, **expected)


async def test_the_bot_is_asked_for_a_calendar_file_and_to_clear_reminders(
    store: Store, database_url: str
) -> None:
    """The help answers, naming `/calendar` and `/remind clear`; before, the words were
    searched for and nothing matched."""
    await asked(
        store,
        database_url,
        _asked(
            "calendar-fr",
            "fr",
            "comment avoir tout le programme en fichier calendrier ?",
            expect=("/calendar",),
        ),
        _asked("clear-zh", "zh-CN", "我定的提醒都不要了 怎么全部清掉", expect=("/remind clear",)),
    )


async def test_the_authors_of_the_submissions_are_counted(store: Store, database_url: str) -> None:
    """'qui ont soumis' is the submissions' authors, a figure of the conference."""
    await asked(
        store,
        database_url,
        _asked(
            "authors-fr",
            "fr",
            "combien d'auteurs qui ont soumis cette année ?",
            expect=("6,000",),
        ),
    )


async def test_who_announced_the_next_edition_s_city(store: Store, database_url: str) -> None:
    """'下一届' is the next edition and '举办地' its city: the closing's speaker answers."""
    await asked(
        store,
        database_url,
        _asked("next-zh", "zh-CN", "下一届的举办地是谁公布的", expect=("Bengio",)),
    )


async def test_an_invited_talk_on_making_something_fairer(store: Store, database_url: str) -> None:
    """A talk on how to make learning fairer is what it is about, not a question of how to
    use the bot: Dwork's talk on algorithmic fairness answers, where before another invited
    talk that mentions fairness in passing was shown."""
    await asked(
        store,
        database_url,
        Blind(
            "fairer-zh",
            ICLR,
            "有没有哪个特邀报告是讲怎么让机器学习更公平的",
            locale="zh-CN",
            expect=("Dwork",),
            forbid=(*NOTHING, "Goodfellow"),
        ),
    )


async def test_where_in_the_convention_centre_the_invited_talks_are(
    store: Store, database_url: str
) -> None:
    """The invited talks' hall, not the conference's card: 'dans le centre de congrès' says
    only that the room is asked inside the venue."""
    await asked(
        store,
        database_url,
        _asked(
            "where-fr",
            "fr",
            "où sont les conférences invitées dans le centre de congrès ?",
            expect=("Great Hall AD",),
        ),
    )

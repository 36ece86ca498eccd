"""Questions in German, French and Chinese whose point is in words said in passing: what the
bot keeps about you (answered with its commands, /privacy among them), a calendar file,
a university's local name, whether the posters are still up while they are being taken
down, what is on in a room 'là', and whether a speaker has anything else on."""

from __future__ import annotations

from typing import Any

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked
from tests.chat.conftest import CAMP

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
WEDNESDAY_POSTERS_ENDING = "2019-05-08T12:45:00-05:00"
"""The end of Wednesday's reinforcement learning poster session (11:00-13:00)."""
CAMP_THURSDAY_NIGHT = "2019-08-22T21:20:00+02:00"
"""During 'Anykernels meet fuzzing' in Meitner (21:00-21:45)."""


def _asked(name: str, locale: str, text: str, conference: str = ICLR, **expected: Any) -> Blind:
    return Blind(name, conference, text, locale=locale, **expected)


async def test_what_the_bot_keeps_about_you_is_answered_with_its_commands(
    store: Store, database_url: str
) -> None:
    """However it is asked, the answer names /privacy, the command that shows and deletes
    what the bot stores about a person."""
    privacy = {"expect": ("/privacy",)}
    await asked(
        store,
        database_url,
        _asked("keep-en", "en-US", "which data do you keep about me?", **privacy),
        _asked("delete-en", "en-US", "please delete my data", **privacy),
        _asked("keep-de", "de", "welche daten speichert der bot über mich?", **privacy),
        _asked("keep-zh", "zh-CN", "这个机器人存了我什么信息", **privacy),
        _asked("ics-de", "de", "gibts das programm als kalenderdatei?", expect=("/agenda ics",)),
    )


@pytest.mark.usefixtures("camp")
async def test_a_place_a_moment_or_a_speaker_said_in_passing(
    store: Store, database_url: str
) -> None:
    """'TU München' is the Technical University of Munich; posters being taken down still run
    until 13:00; 'au meitner là' asks what is on there now; 'noch was anderes' asks for the
    speaker's other talks."""
    await asked(
        store,
        database_url,
        _asked("tum-de", "de", "papers von der tu münchen?", expect=("Predict then Propagate",)),
        _asked(
            "down-de",
            "de",
            "sind die rl poster noch da, oder packen die schon zusammen?",
            now=WEDNESDAY_POSTERS_ENDING,
            expect=("13:00",),
        ),
        _asked(
            "there-fr",
            "fr",
            "c'est quoi au meitner là ?",
            CAMP,
            now=CAMP_THURSDAY_NIGHT,
            expect=("Anykernels",),
            forbid=("Knoten 101",),
        ),
        _asked("5g-de", "de", "der vortrag zur 5g überwachung, wann?", CAMP),
        Blind(
            "else-de",
            CAMP,
            "hat er sonst noch was?",
            reply_to="5g-de",
            locale="de",
            expect=("50 Jahre Journalismus im Netz",),
        ),
    )


async def test_the_lunch_break_is_the_meal(store: Store, database_url: str) -> None:
    """A lunch break is a meal, not one of the coffee breaks: asked how long it is, the
    answer holds its end."""
    await asked(
        store,
        database_url,
        _asked("lunch-en", "en-US", "till when is the lunch break on tuesday?", expect=("14:30",)),
    )


async def test_any_award_asked_is_each_award_the_papers_won(
    store: Store, database_url: str
) -> None:
    """Two papers won ICLR 2019's best paper award: asked whether any paper won a prize,
    in English or in German, both are named, and no paper merely spelt like 'award'."""
    won = {"expect": ("Ordered Neurons", "Lottery Ticket"), "forbid": ("Contingency-Aware",)}
    await asked(
        store,
        database_url,
        _asked("award-en", "en-US", "were there any prizes for papers?", **won),
        _asked("award-de", "de", "hat irgendein paper eine auszeichnung bekommen?", **won),
    )


async def test_what_follows_said_in_french_after_what_is_on_stage(
    store: Store, database_url: str
) -> None:
    """After Oudeyer's invited talk (09:00-09:45) come Wednesday's morning orals: 'et après,
    on a quoi ?' right after asking who is on stage names them."""
    now = "2019-05-08T09:25:00-05:00"
    await asked(
        store,
        database_url,
        _asked("stage-fr", "fr", "qui parle en ce moment ?", now=now),
        _asked(
            "then-fr",
            "fr",
            "et juste derrière, on a quoi ?",
            now=now,
            expect=("Wednesday morning orals",),
        ),
    )


async def test_the_conference_website_asked_for_is_shown_as_text(
    store: Store, database_url: str
) -> None:
    """The conference card writes out its website: a chat reply is read, and its title's link
    is easy to miss."""
    site = {"expect": ("iclr.cc/Conferences/2019",)}
    await asked(
        store,
        database_url,
        _asked("site-en", "en-US", "link to the conference homepage?", **site),
        _asked("site-es", "es-ES", "cuál es la web oficial?", **site),
    )

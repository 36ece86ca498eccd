"""The programme and the bot asked in German (and the agenda in Chinese), in wordings of this
file's own: until when lunch runs with a growling stomach, what follows a speaker about to
finish, what one misses arriving late, tonight's official event once the posters are over,
the keynote after lunch (in Chinese), the command that shows what moved or was cancelled,
one's own day with its clashes, and the conference's name written out (asked in English
too)."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what a question means does not depend on the store; the blind sets grade "
        "retrieval on both backends"
    ),
]
ICLR = "iclr2019"
DE, ZH = "de", "zh-CN"
MONDAY_LUNCH = "2019-05-06T13:40:00-05:00"
MONDAY_FIRST_KEYNOTE_ENDING = "2019-05-06T09:40:00-05:00"
TUESDAY_EARLY = "2019-05-07T08:30:00-05:00"
WEDNESDAY_MORNING = "2019-05-08T11:00:00-05:00"
LAST_POSTERS_OVER = "2019-05-09T18:45:00-05:00"


async def test_lunch_and_what_follows_a_speaker_about_to_finish(
    store: Store, database_url: str
) -> None:
    """A stomach growling says nothing to search for: the lunch break's end answers; a
    speaker 'gleich durch' is followed by what starts as their keynote ends."""
    await asked(
        store,
        database_url,
        Blind("lunch", ICLR, "der magen knurrt schon, essenspause geht bis wann?", locale=DE,
              now=MONDAY_LUNCH, expect=("14:30",)),
        Blind("after", ICLR, "dwork ist fast durch, was kommt dann?", locale=DE,
              now=MONDAY_FIRST_KEYNOTE_ENDING, expect=("Monday morning orals",)),
    )  # fmt: skip


async def test_arriving_late_an_evening_after_the_posters_and_the_keynote_after_lunch(
    store: Store, database_url: str
) -> None:
    """What one misses by arriving at ten is what runs before it; posters said to be over
    leave the evening's official event; the keynote 'after lunch' named before its kind in
    Chinese is that keynote, not what follows it."""
    await asked(
        store,
        database_url,
        Blind("late", ICLR, "was verpasse ich, wenn ich erst gegen 10 ankomme?", locale=DE,
              now=TUESDAY_EARLY, expect=("Shuckburgh",)),
        Blind("evening", ICLR, "die poster sind vorbei, kommt heute abend noch was "
              "offizielles?", locale=DE, now=LAST_POSTERS_OVER,
              expect=("Closing reception",)),
        Blind("keynote", ICLR, "吃完午饭后的主题演讲谁讲", locale=ZH, now=WEDNESDAY_MORNING,
              expect=("Tufekci",)),
    )  # fmt: skip


async def test_the_commands_for_changes_and_for_ones_own_day(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("changes", ICLR, "welcher befehl zeigt mir, was seit gestern verschoben wurde?",
              locale=DE, expect=("/changes",)),
        Blind("own day", ICLR, "wie sehe ich meinen eigenen tag mit überschneidungen?",
              locale=DE, expect=("/agenda",)),
        Blind("own day en", ICLR, "can i get my own day drawn as a picture?",
              expect=("/agenda",)),
        Blind("clash", ICLR, "加入日程的两个讲座时间撞车了 帮我看看", locale=ZH,
              expect=("/agenda",)),
    )  # fmt: skip


async def test_the_conference_name_written_out(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("de", ICLR, "wie lautet der name der konferenz ausgeschrieben?", locale=DE,
              expect=("Learning Representations",)),
        Blind("en", ICLR, "what's the full name of iclr?",
              expect=("Learning Representations",)),
    )  # fmt: skip

"""Asking the bot for a reminder or for the programme as a calendar file, in an attendee's
own words ('a dm heads-up before sessions', 'an ics of the full schedule'): the help with
`/remind` and `/agenda ics` answers, at any conference; a talk that only shares a word
with such a question is still found."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
REMIND = ("/remind",)
CALENDAR = ("/agenda ics",)


@pytest.mark.imported_schedules
async def test_a_reminder_asked_in_any_words_gets_the_command_for_it(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("ping", ICLR, "can the bot ping me before a talk?", expect=REMIND),
        Blind(
            "notify",
            "39c3",
            "is there a way to get notifications before sessions start",
            expect=REMIND,
        ),
        Blind("send", ICLR, "pls send me a reminder 10 min before the keynote", expect=REMIND),
        Blind("alert", "39c3", "i want an alert ahead of the lightning talks", expect=REMIND),
        Blind("reminded", "camp2019", "how do i get reminded b4 stuff starts", expect=REMIND),
        Blind(
            "heads", "31c3", "could i have a quick heads up before each talk i like", expect=REMIND
        ),
    )


@pytest.mark.imported_schedules
async def test_the_programme_asked_as_a_calendar_file_gets_the_command_for_it(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("ics", "camp2019", "does the bot give an ics file of everything", expect=CALENDAR),
        Blind(
            "thunderbird", "39c3", "how do i get the programme into thunderbird", expect=CALENDAR
        ),
        Blind("ical", "camp2019", "ical feed for the whole camp?", expect=CALENDAR),
        Blind("download", ICLR, "id like to download my picks as a calendar", expect=CALENDAR),
        Blind("gcal", "31c3", "can this thing put talks in gcal", expect=CALENDAR),
    )


@pytest.mark.imported_schedules
async def test_a_talk_sharing_a_word_with_a_reminder_is_still_found(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "talk",
            "39c3",
            "the talk about bluetooth headphones",
            expect=("Headphone",),
            forbid=REMIND,
        ),
    )


@pytest.mark.imported_schedules
async def test_a_need_asked_of_the_bot_gets_only_the_commands_for_it(
    store: Store, database_url: str
) -> None:
    """The whole help, with its examples of searching the programme, buries the one command
    asked for; a question that names no need still gets every command."""
    others = ("/paper", "/schedule", "Examples")
    await asked(
        store,
        database_url,
        Blind(
            "nudge",
            ICLR,
            "could u ping me a few minutes ahead of each invited talk",
            expect=("/remind add",),
            forbid=others,
        ),
        Blind(
            "outlook",
            "39c3",
            "how do i get my bookmarked talks into an outlook calendar",
            expect=("/agenda ics",),
            forbid=others,
        ),
        Blind(
            "erase",
            "camp2019",
            "what do you store about me, and how do i erase it",
            expect=("/privacy delete", "/privacy show"),
            forbid=(*others, "/remind add"),
        ),
        Blind(
            "channel",
            "31c3",
            "we'd like the bot to post in our channel before each talk, how?",
            expect=("/announce setup",),
            forbid=others,
        ),
        Blind("all", ICLR, "what can this bot do for me", expect=("/paper", "/remind add")),
    )

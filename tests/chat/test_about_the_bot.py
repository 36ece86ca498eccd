"""Questions about the bot itself, in an attendee's own words: what it can do and which
commands it has get the help with its commands; a question that only shares a word with
them ('commands' of a paper, 'do u know' of a reply) is answered for what it asks."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
HELP = ("/agenda", "/remind")


@pytest.mark.imported_schedules
async def test_what_the_bot_can_do_gets_its_commands(store: Store, database_url: str) -> None:
    """Asked of its commands, its features or what it is for, at any conference; a question
    that only shares a word with them asks what it asks."""
    await asked(
        store,
        database_url,
        Blind("features", ICLR, "what kind of features do you have", expect=HELP),
        Blind("do", ICLR, "hey what do you do", expect=HELP),
        Blind("good", "camp2019", "ok what is this bot good for", expect=HELP),
        Blind("so", "camp2019", "so what does this thing actually do?", expect=HELP),
        Blind("list", "31c3", "gimme a list of ur commands", expect=HELP),
        Blind("functions", "39c3", "what functions does the bot have", expect=HELP),
        # words shared with the help: a paper about commands, who speaks in a talk shown
        Blind(
            "paper",
            ICLR,
            "papers on agents that follow spoken commands",
            expect=("reinforcement learning",),
            forbid=HELP,
        ),
        Blind("talk", "39c3", "the washing machine hacking talk"),
        Blind(
            "who",
            "39c3",
            "do u know who speaks in this one",
            reply_to="talk",
            expect=("Wnuck-Lipinski",),
            forbid=HELP,
        ),
    )


@pytest.mark.imported_schedules
async def test_the_servers_discord_events_asked_for_get_the_command_that_publishes_them(
    store: Store, database_url: str
) -> None:
    """Putting sessions into the server's Discord events is done by a moderators' command:
    asked in chat, the help names it."""
    await asked(
        store,
        database_url,
        Blind(
            "events",
            "31c3",
            "could the opening go into the discord events of this server?",
            expect=("/events publish",),
        ),
        Blind(
            "guild",
            ICLR,
            "add the posters to our guild's scheduled events pls",
            expect=("/events publish",),
        ),
    )

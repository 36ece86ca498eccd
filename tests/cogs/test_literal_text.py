"""Imported titles, names and topics are shown literally: a title written as a masked link is
never a clickable link, nor does markdown in it format the rest of a line; descriptions keep
their formatting but show where each link goes."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

import pytest
from sqlalchemy import update

from bot.clock import ManualClock
from bot.offline import OfflineDiscord
from bot.store.models import Session
from bot.store.setup import Store
from tests.cogs.conftest import ATTENDEE, text_of

Venue = Callable[[str], datetime]
HOSTILE_TITLE = "[slides](https://evil.example) **loud**"
HOSTILE_TALK = "__underlined__ [notes](https://evil.example/notes)"
DESCRIPTION = "Bring **questions**. See [our page](https://evil.example/page)."
MASKED_LINK = re.compile(r"(?<!\\)\[[^\]]*\]\(\s*<?https://evil")


@pytest.fixture
def clock(venue: Venue) -> ManualClock:
    """Tuesday 7 May 2019, 08:30: the morning keynote is still ahead."""
    return ManualClock(venue("2019-05-07T08:30"))


@pytest.fixture
async def hostile(store: Store) -> None:
    """A programme file gave the morning keynote a title and talk written as markdown."""
    async with store.sessions() as db:
        await db.execute(
            update(Session)
            .where(Session.slug == "tue-keynote-morning")
            .values(title=HOSTILE_TITLE, talk_title=HOSTILE_TALK, description=DESCRIPTION)
        )
        await db.commit()


def assert_literal(text: str, shown: str) -> None:
    assert not MASKED_LINK.search(text), f"a masked link would be clickable: {text}"
    assert shown in text, "shown as written, every markdown character escaped"


TITLE_SHOWN = r"\[slides](https://evil.example) \*\*loud\*\*"
TALK_SHOWN = r"\_\_underlined\_\_ \[notes](https://evil.example/notes)"


@pytest.mark.parametrize(
    ("command", "options", "shown"),
    [
        ("session", {"name": "tue-keynote-morning"}, TALK_SHOWN),
        ("schedule", {"day": "Tuesday"}, TITLE_SHOWN),
        ("keynotes", {}, TALK_SHOWN),
    ],
)
async def test_a_title_written_as_markdown_is_shown_literally(
    hostile: None, offline: OfflineDiscord, command: str, options: dict[str, str], shown: str
) -> None:
    assert_literal(text_of(await offline.slash(ATTENDEE, command, options)), shown)


async def test_a_description_keeps_its_formatting_and_shows_its_links(
    hostile: None, offline: OfflineDiscord
) -> None:
    text = text_of(await offline.slash(ATTENDEE, "session", {"name": "tue-keynote-morning"}))
    assert "Bring **questions**." in text
    assert "our page (<https://evil.example/page>)" in text


async def test_a_reminder_shows_the_title_literally(
    hostile: None, offline: OfflineDiscord, clock: ManualClock, venue: Venue
) -> None:
    added = text_of(
        await offline.slash(
            ATTENDEE, "remind add", {"target": "session:tue-keynote-morning", "minutes": 10}
        )
    )
    assert_literal(added, TITLE_SHOWN)
    clock.set(venue("2019-05-07T08:50"))
    await offline.bot.settle()
    dms = [sent for sent in offline.transcript if sent.route == "dm"]
    assert dms, "the reminder went out"
    assert_literal(text_of(dms), TITLE_SHOWN)


async def test_the_agenda_shows_the_title_literally(hostile: None, offline: OfflineDiscord) -> None:
    options = {"target": "session:tue-keynote-morning"}
    assert_literal(text_of(await offline.slash(ATTENDEE, "agenda add", options)), TITLE_SHOWN)
    shown = await offline.slash(ATTENDEE, "agenda show", {"day": "Tuesday"})
    assert_literal(text_of(shown), TITLE_SHOWN)

"""/conference and /changes through the real command tree, with two conferences in one store:
a server follows the one its admin chose, everyone else keeps the default."""

from __future__ import annotations

import asyncio

import pytest

from bot import app
from bot.app import ConfBot
from bot.clock import ManualClock
from bot.imports.changes import seed
from bot.imports.packaged import load_data
from bot.imports.service import import_source
from bot.offline import OfflineDiscord, OptionError
from bot.store.setup import Store
from tests.cogs.conftest import ATTENDEE, ORGANISER, StartBot, only_reply, text_of
from tests.datacopy import DataCopy
from tests.imports.test_service import FIXTURES
from tests.store.second_conference import SLUG as SECOND


async def test_conference_tells_how_many_papers_and_sessions_the_bot_knows(
    two: OfflineDiscord,
) -> None:
    text = text_of([only_reply(await two.slash(ATTENDEE, "conference"))])
    assert "502 papers" in text
    assert f"`{SECOND}`" in text  # the other conference, so an admin knows what to pick


async def test_a_member_without_manage_server_cannot_switch_the_conference(
    two: OfflineDiscord,
) -> None:
    with pytest.raises(OptionError, match="manage_guild"):
        await two.slash(ATTENDEE, "follow", {"conference": SECOND})
    two.grant_to_everyone("follow")  # a server admin may let anyone see the command
    refused = text_of(await two.slash(ATTENDEE, "follow", {"conference": SECOND}))
    assert "Manage Server" in refused
    after = text_of([only_reply(await two.slash(ATTENDEE, "conference"))])
    assert "502 papers" in after


async def test_after_an_admin_switches_everyone_in_the_server_sees_the_other_conference(
    two: OfflineDiscord,
) -> None:
    switched = text_of([only_reply(await two.slash(ORGANISER, "follow", {"conference": SECOND}))])
    assert "Workshop on Sparse Networks" in switched

    paper = only_reply(await two.slash(ATTENDEE, "paper", {"query": "lottery ticket"}))
    assert "Lottery Ticket" in paper.embeds[0]["title"]
    assert "Hypothesis" not in paper.embeds[0]["title"]


async def test_an_unknown_conference_is_refused_with_the_ones_there_are(
    two: OfflineDiscord,
) -> None:
    text = text_of(await two.slash(ORGANISER, "follow", {"conference": "nosuchconf"}))
    assert "nosuchconf" in text
    assert SECOND in text
    assert "502 papers" in text_of([only_reply(await two.slash(ATTENDEE, "conference"))])


async def test_changes_says_so_when_nothing_changed(two: OfflineDiscord) -> None:
    text = text_of([only_reply(await two.slash(ATTENDEE, "changes"))])
    assert "No programme changes" in text


async def test_a_running_bot_sees_an_import_made_elsewhere_in_changes(
    offline: OfflineDiscord, data_copy: DataCopy
) -> None:
    data_copy.set_field("tue-posters-morning", "start", "2019-05-07T13:00:00")
    data_copy.set_field("tue-posters-morning", "end", "2019-05-07T15:00:00")
    bot = offline.bot
    assert isinstance(bot, ConfBot)
    await seed(bot.store.sessions, load_data(data_copy.folder))

    assert await bot.refresh_conferences()

    text = text_of([only_reply(await offline.slash(ATTENDEE, "changes"))])
    assert "Poster session: GANs moved from 11:00 to 13:00" in text


async def test_a_running_bot_picks_up_an_import_by_itself(
    store: Store,
    clock: ManualClock,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    start_bot: StartBot,
) -> None:
    """No restart and no command: a conference imported meanwhile (as `confbot import` in
    another process would) is soon offered by /conference."""
    monkeypatch.setattr(app, "WATCH_SECONDS", 0.05)
    harness = await start_bot(store, clock, database_url)
    await import_source(store, str(FIXTURES / "pretalx-schedule.json"), None, clock.now())
    seen = False
    for _ in range(40):  # about 4 s, well under the 10 s a running bot would wait
        text = text_of([only_reply(await harness.slash(ATTENDEE, "conference"))])
        if seen := "`tosd2031`" in text:
            break
        await asyncio.sleep(0.05)
    assert seen

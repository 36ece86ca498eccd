"""Schedule changes reach the people who asked to be reminded: one notice each, by their own
route, and the reminder itself follows the session to its new time."""

from __future__ import annotations

from bot.app import ConfBot
from bot.clock import ManualClock
from bot.imports.changes import seed
from bot.imports.packaged import load_data
from tests.cogs.conftest import embed_text
from tests.datacopy import DataCopy
from tests.reminders.conftest import StartBot, Venue, at, dms, remind

POSTERS = "tue-posters-morning"


async def _move_posters(bot: ConfBot, data_copy: DataCopy) -> None:
    """As `confbot import` in another process would: the file changes, the store follows."""
    data_copy.set_field(POSTERS, "start", "2019-05-07T13:00:00")
    data_copy.set_field(POSTERS, "end", "2019-05-07T15:00:00")
    await seed(bot.store.sessions, load_data(data_copy.folder))
    assert await bot.refresh_conferences()


async def test_a_moved_session_sends_one_notice_and_reminds_at_the_new_time(
    start_bot: StartBot, clock: ManualClock, venue: Venue, data_copy: DataCopy
) -> None:
    offline = await start_bot(clock)
    await remind(offline, POSTERS, minutes=10)
    await remind(offline, "posters", minutes=10)  # the same person, again through the kind
    bot = offline.bot
    assert isinstance(bot, ConfBot)

    await _move_posters(bot, data_copy)
    await bot.settle()

    notices = dms(offline)
    assert len(notices) == 1
    text = embed_text(notices[0].embeds[0])
    assert "Poster session: GANs moved from 11:00 to 13:00" in text

    await at(offline, clock, venue("2019-05-07T10:50"))
    assert len(dms(offline)) == 1, "nothing is reminded at the old time"
    await at(offline, clock, venue("2019-05-07T12:50"))
    reminders = dms(offline)[1:]
    assert len(reminders) == 1
    assert "Poster session: GANs" in embed_text(reminders[0].embeds[0])


async def test_a_notice_is_not_sent_twice_after_a_restart(
    start_bot: StartBot, clock: ManualClock, data_copy: DataCopy
) -> None:
    first = await start_bot(clock)
    await remind(first, POSTERS, minutes=10)
    bot = first.bot
    assert isinstance(bot, ConfBot)
    await _move_posters(bot, data_copy)
    await bot.settle()
    await first.close()

    second = await start_bot(clock)
    await second.bot.settle()

    assert len(dms(first)) == 1
    assert dms(second) == []

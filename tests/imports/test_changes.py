"""A re-import is a change, not a reload: what moved is recorded once, and everyone who would be
reminded of a changed session gets one notice planned, by their own route."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.clock import ManualClock
from bot.conferences import get_conference
from bot.domain.changes import ChangeKind, describe
from bot.domain.reminders import Via
from bot.imports import changes
from bot.imports.packaged import load_data
from bot.reminders import announcements
from bot.reminders.subscriptions import subscribe
from bot.store.models import ChangeNotice, Conference
from bot.store.setup import Store
from tests.datacopy import DataCopy

ZONE = ZoneInfo("America/Chicago")
BEFORE_THE_CONFERENCE = datetime(2019, 5, 6, 8, 0, tzinfo=ZONE)
POSTERS = "tue-posters-morning"
KEYNOTE = "tue-keynote-afternoon"


async def _subscribe(store: Store, user_id: int, target: str, via: Via = Via.DM) -> None:
    async with store.sessions() as db:
        conf = await get_conference(db, "iclr2019")
        await subscribe(
            db,
            conf,
            ManualClock(BEFORE_THE_CONFERENCE),
            user_id=user_id,
            guild_id=5,
            channel_id=6,
            target_text=target,
            via=via,
        )


async def _notices(store: Store) -> list[tuple[str, str]]:
    async with store.sessions() as db:
        rows = await db.execute(
            select(ChangeNotice.recipient, ChangeNotice.state).order_by(ChangeNotice.recipient)
        )
        return [(recipient, state) for recipient, state in rows]


async def test_a_moved_session_is_recorded_and_each_subscriber_gets_one_notice(
    store: Store, data_copy: DataCopy
) -> None:
    await _subscribe(store, 1, POSTERS)
    await _subscribe(store, 1, "posters")  # the same person again, through the kind
    await _subscribe(store, 2, POSTERS, Via.HERE)
    await _subscribe(store, 3, "tue-lunch")
    data_copy.set_field(POSTERS, "start", "2019-05-07T13:00:00")
    data_copy.set_field(POSTERS, "end", "2019-05-07T15:00:00")

    report = await changes.seed(store.sessions, load_data(data_copy.folder))

    assert report.changes == {ChangeKind.MOVED: 1}
    assert report.notices == 2
    assert await _notices(store) == [("dm:1", "pending"), ("here:6:2", "pending")]
    async with store.sessions() as db:
        conference = await get_conference(db, "iclr2019")
        [change] = await changes.recent(db, conference.id)
    assert change.kind is ChangeKind.MOVED
    assert (
        describe(change, ZONE) == "Poster session: GANs moved from 11:00 to 13:00, Great Hall BC."
    )


async def test_re_importing_an_unchanged_file_records_nothing_and_keeps_the_revision(
    store: Store, data_copy: DataCopy
) -> None:
    await _subscribe(store, 1, POSTERS)
    async with store.sessions() as db:
        before = await db.scalar(select(Conference.revision))

    report = await changes.seed(store.sessions, load_data(data_copy.folder))

    assert not report.changes
    assert await _notices(store) == []
    async with store.sessions() as db:
        assert await db.scalar(select(Conference.revision)) == before


async def test_a_removed_session_is_cancelled_and_its_subscribers_are_told(
    store: Store, data_copy: DataCopy
) -> None:
    await _subscribe(store, 1, KEYNOTE)
    data_copy.remove_entry(KEYNOTE)

    report = await changes.seed(store.sessions, load_data(data_copy.folder))

    assert report.changes == {ChangeKind.CANCELLED: 1}
    assert await _notices(store) == [("dm:1", "pending")]
    async with store.sessions() as db:
        conference = await get_conference(db, "iclr2019")
        [change] = await changes.recent(db, conference.id)
    assert (
        describe(change, ZONE)
        == "Invited talk: Ian Goodfellow was cancelled (it was at Tue 07 May 14:30)."
    )


async def test_a_retitled_session_is_a_change_with_both_names(
    store: Store, data_copy: DataCopy
) -> None:
    await _subscribe(store, 1, POSTERS)
    data_copy.set_field(POSTERS, "title", '"Poster session: GANs and VAEs"')

    report = await changes.seed(store.sessions, load_data(data_copy.folder))

    assert report.changes == {ChangeKind.RETITLED: 1}
    async with store.sessions() as db:
        conference = await get_conference(db, "iclr2019")
        [change] = await changes.recent(db, conference.id)
    assert describe(change, ZONE) == (
        "“Poster session: GANs” is now called “Poster session: GANs and VAEs”."
    )


async def test_an_import_that_changes_something_moves_the_revision(
    store: Store, data_copy: DataCopy
) -> None:
    async with store.sessions() as db:
        before = await db.scalar(select(Conference.revision))
    data_copy.set_field(POSTERS, "end", "2019-05-07T13:30:00")

    await changes.seed(store.sessions, load_data(data_copy.folder))

    async with store.sessions() as db:
        assert await db.scalar(select(Conference.revision)) == (before or 0) + 1


async def test_a_server_announcing_the_session_gets_one_channel_notice(
    store: Store, data_copy: DataCopy
) -> None:
    async with store.sessions() as db:
        conf = await get_conference(db, "iclr2019")
        await announcements.setup(
            db, conf, ManualClock(BEFORE_THE_CONFERENCE), guild_id=5, channel_id=7, role_id=None
        )
    data_copy.set_field(POSTERS, "start", "2019-05-07T13:00:00")
    data_copy.set_field(POSTERS, "end", "2019-05-07T15:00:00")

    await changes.seed(store.sessions, load_data(data_copy.folder))

    assert await _notices(store) == [("guild:5", "pending")]

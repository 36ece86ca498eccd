"""Seeding: the first start loads data/, a re-run changes nothing, an edit updates rows in place
and keeps user data, and a broken file changes nothing at all."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.conferences import get_conference
from bot.imports.changes import seed
from bot.imports.packaged import load_data, open_store
from bot.imports.problems import DataError
from bot.papers import service as papers
from bot.programme import service as programme
from bot.store.engine import make_engine, make_session_factory
from bot.store.migrate import migrate
from bot.store.models import Conference, Delivery, Paper, Room, Session, Subscription, Topic
from bot.store.seed import SeedReport
from bot.store.setup import Store
from tests.conftest import empty_database
from tests.datacopy import DataCopy, snapshot

EDITED_SUMMARY = (
    "Rewritten for the test. It says that Leap transfers knowledge between learning processes."
)


async def count(db: AsyncSession, model: type) -> int:
    return await db.scalar(select(func.count()).select_from(model)) or 0


async def add_subscription(store: Store, target: str) -> int:
    """A user's reminder for a session, as /remind would store it."""
    async with store.sessions() as db, db.begin():
        conf = await get_conference(db, "iclr2019")
        row = Subscription(
            conference_id=conf.id,
            user_id=1234,
            guild_id=None,
            channel_id=None,
            target_type="session",
            target_ref=target,
            lead_minutes=10,
            via="dm",
            status="active",
            created_at=datetime(2019, 5, 1, 12, 0, tzinfo=UTC),
        )
        db.add(row)
        await db.flush()
        return row.id


async def add_delivery(store: Store, session_slug: str, subscription_id: int) -> int:
    """A reminder already scheduled for that session."""
    async with store.sessions() as db, db.begin():
        session = await db.scalar(select(Session).where(Session.slug == session_slug))
        assert session is not None
        assert session.starts_at is not None
        row = Delivery(
            recipient="user:1234",
            subscription_id=subscription_id,
            user_id=1234,
            session_id=session.id,
            lead_minutes=10,
            due_at=session.starts_at,
            state="pending",
        )
        db.add(row)
        await db.flush()
        return row.id


# --- First start ------------------------------------------------------------------------------


async def test_opening_an_empty_database_seeds_the_conference(
    request: pytest.FixtureRequest, backend: str, tmp_path: Path, data_dir: Path
) -> None:
    store = await open_store(empty_database(request, backend, tmp_path), data_dir)
    try:
        async with store.sessions() as db:
            assert await count(db, Conference) == 1
            assert await count(db, Paper) == 502
            assert await count(db, Session) > 30
            assert await db.scalar(select(func.count()).where(Session.retired.is_(True))) == 0
            conf = await get_conference(db, "iclr2019")
            assert conf.name == "ICLR 2019"
    finally:
        await store.close()


async def test_the_first_seed_reports_what_it_created(
    request: pytest.FixtureRequest, backend: str, tmp_path: Path, data_dir: Path
) -> None:
    engine = make_engine(empty_database(request, backend, tmp_path))
    try:
        await migrate(engine)

        report = await seed(make_session_factory(engine), load_data(data_dir))
    finally:
        await engine.dispose()

    assert report.changed
    assert report.conferences == ["iclr2019"]
    assert report.created["conference"] == 1
    assert report.created["papers"] == 502
    assert report.created["rooms"] == 6
    assert not report.updated
    assert not report.retired
    assert report.summary().startswith("iclr2019: created ")
    assert "502 papers" in report.summary()


async def test_reopening_a_seeded_store_does_not_seed_again(store: Store, data_dir: Path) -> None:
    before = await snapshot(store)
    url = store.engine.url.render_as_string(hide_password=False)
    await store.close()

    reopened = await open_store(url, data_dir)
    await reopened.close()

    assert await snapshot(store) == before


# --- Idempotency ------------------------------------------------------------------------------


async def test_seeding_the_same_data_again_changes_nothing(store: Store, data_dir: Path) -> None:
    before = await snapshot(store)

    report = await seed(store.sessions, load_data(data_dir))

    assert not report.changed
    assert report.summary() == "iclr2019: nothing changed."
    assert "nothing changed" in report.summary()
    assert await snapshot(store) == before


async def test_a_summary_names_what_changed_per_kind() -> None:
    report = SeedReport(conferences=["iclr2019"])
    report.count(report.updated, "papers")
    report.count(report.updated, "papers")
    report.count(report.retired, "sessions")

    assert report.summary() == "iclr2019: updated 2 papers; retired 1 sessions."


# --- Edits ------------------------------------------------------------------------------------


@pytest.fixture
def edited(data_copy: DataCopy) -> DataCopy:
    """The data file with one paper summary changed and the closing reception taken out."""
    data_copy.set_field("leap", "summary", f'"{EDITED_SUMMARY}"')
    data_copy.remove_entry("thu-reception")
    return data_copy


async def test_an_edited_file_updates_rows_in_place_by_slug(store: Store, edited: DataCopy) -> None:
    async with store.sessions() as db:
        ids_before = dict((await db.execute(select(Paper.slug, Paper.id))).all())
        session_ids_before = dict((await db.execute(select(Session.slug, Session.id))).all())

    report = await seed(store.sessions, load_data(edited.folder))

    assert report.updated == {"papers": 1}
    assert report.retired == {"sessions": 1}
    assert not report.created
    assert report.summary() == (
        "iclr2019: updated 1 papers; retired 1 sessions; "
        "programme changes: 1 cancelled (0 notices to send)."
    )
    async with store.sessions() as db:
        assert dict((await db.execute(select(Paper.slug, Paper.id))).all()) == ids_before
        session_ids = dict((await db.execute(select(Session.slug, Session.id))).all())
        assert session_ids == session_ids_before
        leap = await db.scalar(select(Paper).where(Paper.slug == "leap"))
        assert leap is not None
        assert leap.summary == EDITED_SUMMARY


async def test_a_session_removed_from_the_file_is_retired_not_deleted(
    store: Store, edited: DataCopy
) -> None:
    await seed(store.sessions, load_data(edited.folder))

    async with store.sessions() as db:
        reception = await db.scalar(select(Session).where(Session.slug == "thu-reception"))
        assert reception is not None
        assert reception.retired
        conf = await get_conference(db, "iclr2019")
        thursday = await programme.day_programme(db, conf, date(2019, 5, 9))
        assert "thu-reception" not in [session.slug for session in thursday]
        assert "thu-posters-afternoon" in [session.slug for session in thursday]


async def test_subscriptions_and_deliveries_survive_reseeding(
    store: Store, edited: DataCopy
) -> None:
    subscription_id = await add_subscription(store, "thu-reception")
    delivery_id = await add_delivery(store, "thu-reception", subscription_id)

    await seed(store.sessions, load_data(edited.folder))

    async with store.sessions() as db:
        subscription = await db.get(Subscription, subscription_id)
        assert subscription is not None
        assert subscription.target_ref == "thu-reception"
        assert subscription.status == "active"
        assert subscription.created_at == datetime(2019, 5, 1, 12, 0, tzinfo=UTC)
        delivery = await db.get(Delivery, delivery_id)
        assert delivery is not None
        assert delivery.state == "pending"
        reception = await db.get(Session, delivery.session_id)
        assert reception is not None
        assert reception.slug == "thu-reception"


async def test_reseeding_an_edited_file_twice_changes_nothing_the_second_time(
    store: Store, edited: DataCopy
) -> None:
    await seed(store.sessions, load_data(edited.folder))
    after_first = await snapshot(store)

    report = await seed(store.sessions, load_data(edited.folder))

    assert not report.changed
    assert await snapshot(store) == after_first


async def test_a_session_put_back_in_the_file_comes_back_with_the_same_id(
    store: Store, edited: DataCopy, data_dir: Path
) -> None:
    async with store.sessions() as db:
        original_id = await db.scalar(select(Session.id).where(Session.slug == "thu-reception"))
    await seed(store.sessions, load_data(edited.folder))

    await seed(store.sessions, load_data(data_dir))

    async with store.sessions() as db:
        reception = await db.scalar(select(Session).where(Session.slug == "thu-reception"))
        assert reception is not None
        assert reception.id == original_id
        assert not reception.retired


async def test_a_new_session_time_is_applied_to_the_existing_row(
    store: Store, data_copy: DataCopy
) -> None:
    async with store.sessions() as db:
        before = await db.scalar(select(Session).where(Session.slug == "tue-expo"))
        assert before is not None
    data_copy.set_field("tue-expo", "start", "2019-05-07T13:15:00")

    report = await seed(store.sessions, load_data(data_copy.folder))

    assert report.updated == {"sessions": 1}
    async with store.sessions() as db:
        after = await db.scalar(select(Session).where(Session.slug == "tue-expo"))
        assert after is not None
        assert after.id == before.id
        assert after.starts_at == datetime(2019, 5, 7, 18, 15, tzinfo=UTC)


async def test_a_paper_removed_from_the_file_is_retired_and_no_longer_found(
    store: Store, data_copy: DataCopy
) -> None:
    data_copy.remove_entry("slalom")

    report = await seed(store.sessions, load_data(data_copy.folder))

    assert report.retired["papers"] == 1
    async with store.sessions() as db:
        slalom = await db.scalar(select(Paper).where(Paper.slug == "slalom"))
        assert slalom is not None
        assert slalom.retired
        conf = await get_conference(db, "iclr2019")
        found = await papers.search_papers(db, conf, "Slalom trusted hardware")
        assert "slalom" not in [paper.slug for paper in found]
        choices = await papers.paper_choices(db, conf, "slal")
        assert "slalom" not in [choice.value for choice in choices]


async def test_a_changed_topic_list_is_an_update_of_the_paper(
    store: Store, data_copy: DataCopy
) -> None:
    data_copy.set_field("leap", "topics", '["meta-learning", "quantization"]')

    report = await seed(store.sessions, load_data(data_copy.folder))

    assert report.updated == {"papers": 1}
    async with store.sessions() as db:
        conf = await get_conference(db, "iclr2019")
        match = await programme.topic_match(db, conf, "quantization")
        assert "leap" in [paper.slug for paper in match.papers]


# --- Broken data changes nothing --------------------------------------------------------------


def break_file(copy: DataCopy, how: str) -> None:
    """Make one mistake in the copy (after a valid edit that a half-applied seed would show)."""
    copy.set_field("leap", "summary", f'"{EDITED_SUMMARY}"')
    if how == "invalid toml":
        copy.replace('slug = "tue-lunch"', 'slug = "tue-lunch')
    elif how == "end before start":
        copy.set_field("tue-posters-morning", "end", "2019-05-07T10:00:00")
    elif how == "missing session":
        copy.set_field("slalom", "sessions", '["tue-orals-evening"]')
    elif how == "duplicate slug":
        copy.set_field("ordered-neurons", "slug", '"slalom"')
    elif how == "bad timezone":
        copy.set_field("iclr2019", "timezone", '"Mars/Olympus_Mons"')
    elif how == "missing field":
        copy.set_field("biggan", "title", None)
    else:
        raise AssertionError(how)


BROKEN = {
    "invalid toml": ("file", "*"),
    "end before start": ("(tue-posters-morning)", "end"),
    "missing session": ("(slalom)", "sessions"),
    "duplicate slug": ("(slalom)", "slug"),
    "bad timezone": ("conference", "timezone"),
    "missing field": ("(biggan)", "title"),
}


@pytest.mark.parametrize("how", list(BROKEN))
async def test_a_broken_file_is_refused_and_the_database_is_unchanged(
    store: Store, data_copy: DataCopy, how: str
) -> None:
    subscription_id = await add_subscription(store, "tue-posters-morning")
    before = await snapshot(store)
    break_file(data_copy, how)

    with pytest.raises(DataError) as raised:
        await seed(store.sessions, load_data(data_copy.folder))

    entry, field = BROKEN[how]
    error = raised.value
    assert error.source == data_copy.path.name
    assert error.entry.endswith(entry)
    assert error.field == field
    message = str(error)
    assert message.startswith(f"iclr2019.toml: {error.entry}: field '{field}': ")
    assert await snapshot(store) == before
    async with store.sessions() as db:
        assert await db.get(Subscription, subscription_id) is not None
        leap = await db.scalar(select(Paper).where(Paper.slug == "leap"))
        assert leap is not None
        assert leap.summary != EDITED_SUMMARY


async def test_one_broken_file_among_several_stops_them_all(
    store: Store, data_copy: DataCopy
) -> None:
    before = await snapshot(store)
    data_copy.set_field("leap", "summary", f'"{EDITED_SUMMARY}"')
    broken = data_copy.folder / "zz-other.toml"
    broken.write_text("[conference]\nslug = 'other'\n", encoding="utf-8")

    with pytest.raises(DataError, match=r"^zz-other\.toml: conference: field "):
        await seed(store.sessions, load_data(data_copy.folder))

    assert await snapshot(store) == before


async def test_opening_an_empty_store_with_broken_data_fails_without_a_half_seeded_store(
    request: pytest.FixtureRequest, backend: str, tmp_path: Path, data_copy: DataCopy
) -> None:
    break_file(data_copy, "missing session")
    url = empty_database(request, backend, tmp_path)

    with pytest.raises(DataError):
        await open_store(url, data_copy.folder)

    engine = make_engine(url)
    try:
        async with make_session_factory(engine)() as db:
            assert await count(db, Conference) == 0
            assert await count(db, Paper) == 0
            assert await count(db, Room) == 0
            assert await count(db, Topic) == 0
    finally:
        await engine.dispose()

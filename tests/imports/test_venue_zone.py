"""The venue's clock: a zone the operator can set, and fixed offsets shown as people read
them ("UTC+01:00", never POSIX's inverted Etc/GMT-1), in /conference as in every footer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.app import ConfBot
from bot.clock import ManualClock
from bot.conferences import get_conference
from bot.domain.records import zone_label
from bot.imports.detect import Format, detect
from bot.imports.packaged import open_store
from bot.imports.problems import DataError
from bot.imports.service import ImportRequest, import_source
from bot.imports.zones import chosen_zone
from bot.offline import OfflineDiscord
from bot.settings import Settings
from bot.store.setup import Store
from tests.cogs.conftest import ATTENDEE, only_reply, text_of
from tests.conftest import DATA_DIR
from tests.imports.schedules import FIXTURES

NOW = datetime(2031, 1, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Etc/GMT-1", "UTC+01:00"),
        ("Etc/GMT+5", "UTC-05:00"),
        ("Etc/GMT-14", "UTC+14:00"),
        ("UTC", "UTC"),
        ("Etc/UTC", "UTC"),
        ("Europe/London", "Europe/London"),
    ],
)
def test_a_fixed_offset_is_shown_the_way_people_read_it(name: str, shown: str) -> None:
    assert zone_label(name) == shown


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Europe/London", "Europe/London"),
        ("europe/london", "Europe/London"),
        ("London", "Europe/London"),
        ("+01:00", "Etc/GMT-1"),
        ("UTC+1", "Etc/GMT-1"),
        ("utc-05:00", "Etc/GMT+5"),
        ("UTC", "UTC"),
    ],
)
def test_the_zone_an_operator_types(typed: str, zone: str) -> None:
    assert chosen_zone(typed) == zone


@pytest.mark.parametrize("typed", ["Mars/Olympus", "+25:00", "", "Etc/GMT-1 please"])
def test_a_zone_that_is_none_is_refused(typed: str) -> None:
    with pytest.raises(DataError, match="--timezone"):
        chosen_zone(typed)


async def test_a_calendar_in_utc_is_shown_at_the_venue_the_operator_names(store: Store) -> None:
    outcome = await import_source(
        store,
        str(FIXTURES / "utc-only.ics"),
        None,
        NOW,
        ImportRequest(timezone="Europe/London"),
    )
    async with store.sessions() as db:
        conf = await get_conference(db, outcome.slug)
    assert conf.timezone == "Europe/London"
    assert conf.start_date == date(2030, 4, 3)


def test_a_toml_file_is_toml_whatever_its_first_line() -> None:
    own = (DATA_DIR / "iclr2019.toml").read_text(encoding="utf-8")
    bare = own[own.index("[conference]") :]
    assert detect(bare, "bare.toml") is Format.TOML
    assert detect(own, "iclr2019.toml") is Format.TOML
    assert detect('title = "x"\n[conference]\n', "t.toml") is Format.TOML
    assert detect('[\n  {"id": "a"}\n]', "list.json") is Format.PAPER_LIST
    assert detect('[{"id": "a"}]', "list.json") is Format.PAPER_LIST


@pytest.fixture
async def at_a_fixed_offset(
    store: Store, database_url: str, data_dir: Path
) -> AsyncIterator[OfflineDiscord]:
    """A bot on a schedule whose times say +01:00 and whose zone name says nothing useful."""
    outcome = await import_source(store, str(FIXTURES / "frab-schedule.json"), None, NOW)
    own = await open_store(database_url, data_dir)
    async with own.sessions() as db:
        conf = await get_conference(db, outcome.slug)
    harness = OfflineDiscord(
        ConfBot(Settings(database_url=database_url), own, ManualClock(NOW), conf)
    )
    await harness.start()
    try:
        yield harness
    finally:
        await harness.close()


async def test_conference_shows_the_venue_zone_as_an_offset_never_etc_gmt(
    at_a_fixed_offset: OfflineDiscord,
) -> None:
    text = text_of([only_reply(await at_a_fixed_offset.slash(ATTENDEE, "conference"))])
    assert "UTC+01:00" in text
    assert "Etc/GMT" not in text
    schedule = text_of(await at_a_fixed_offset.slash(ATTENDEE, "schedule", {"day": "2032-02-10"}))
    assert "Venue times are UTC+01:00" in schedule
    assert "Etc/GMT" not in schedule

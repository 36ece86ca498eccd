"""Fixtures shared by every test: the real data folder, a seeded store in tmp_path, one session,
the ICLR 2019 conference, and venue-local times.

Seeding the real data takes a noticeable fraction of a second, so it is done once per test run
into a template database; each test gets its own copy of that file in its tmp_path and opens it
with `open_store` exactly as the bot does (migrations run, seeding is skipped as the store is not
empty). The result is the same as opening an empty file, only faster.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import ConferenceView
from bot.imports.packaged import open_store
from bot.programme.conference import get_conference
from bot.store.setup import Store
from tests.datacopy import DATA_FILE_NAME, DataCopy

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
VENUE_ZONE = ZoneInfo("America/Chicago")
DB_NAME = "confbot.db"


def sqlite_url(path: Path) -> str:
    """The database URL the bot uses for a SQLite file."""
    return f"sqlite+aiosqlite:///{path}"


def venue_time(iso_local: str) -> datetime:
    """'2019-05-07T11:30' at the ICLR 2019 venue, as an aware datetime."""
    return datetime.fromisoformat(iso_local).replace(tzinfo=VENUE_ZONE)


@pytest.fixture
def data_dir() -> Path:
    """The real data/ folder of the project."""
    return DATA_DIR


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated and seeded from data/ once per run; tests copy it, never open it."""
    path = tmp_path_factory.mktemp("template") / DB_NAME

    async def build() -> None:
        store = await open_store(sqlite_url(path), DATA_DIR)
        await store.close()

    asyncio.run(build())
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists(), "template was not checkpointed on close"
    return path


@pytest.fixture
def database_url(tmp_path: Path, data_dir: Path, seeded_template: Path) -> str:
    """The URL of this test's own database, a copy of the seeded template when the test uses
    the real data folder, else a new file: what a second bot on the same store opens."""
    path = tmp_path / DB_NAME
    if data_dir == DATA_DIR:
        shutil.copyfile(seeded_template, path)
    return sqlite_url(path)


@pytest.fixture
async def store(database_url: str, data_dir: Path) -> AsyncIterator[Store]:
    """A store seeded from data/, in this test's own database."""
    opened = await open_store(database_url, data_dir)
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture
async def db(store: Store) -> AsyncIterator[AsyncSession]:
    """One session on the store, as a command or task would use."""
    async with store.sessions() as session:
        yield session


@pytest.fixture
async def conf(db: AsyncSession) -> ConferenceView:
    """ICLR 2019 as the services see it."""
    return await get_conference(db, "iclr2019")


@pytest.fixture
def venue() -> Callable[[str], datetime]:
    """The `venue_time` helper: venue("2019-05-07T11:30") is 11:30 in New Orleans."""
    return venue_time


@pytest.fixture
def data_copy(tmp_path: Path, data_dir: Path) -> DataCopy:
    """An editable copy of the real data file, alone in tmp_path/data."""
    return DataCopy(tmp_path / "data", data_dir / DATA_FILE_NAME)


@pytest.fixture
def make_data_copy(tmp_path: Path, data_dir: Path) -> Callable[[str], DataCopy]:
    """More copies, each in its own folder under tmp_path."""
    return lambda name: DataCopy(tmp_path / name, data_dir / DATA_FILE_NAME)

"""The imported schedules the chat tests ask about beside ICLR 2019: one at a time, imported
by the test's own fixture, or all three, already in the copy of the store a test marked
`imported_schedules` gets (see `database_url` in tests/conftest.py)."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from bot.imports.packaged import open_store
from bot.imports.service import import_source
from bot.store.setup import Store
from tests.chat.blind import SCHEDULES, import_schedules
from tests.conftest import DATA_DIR, DB_NAME, sqlite_url, venue_time
from tests.postgres import Cluster

CCC = "31c3"
CAMP = "camp2019"
IMPORTED_AT = venue_time("2019-05-01T12:00")
PG_SCHEDULES_TEMPLATE = "schedules_template"


async def _import_into(database_url: str) -> None:
    store = await open_store(database_url, DATA_DIR)
    try:
        await import_schedules(store, IMPORTED_AT)
    finally:
        await store.close()


@pytest.fixture(scope="session")
def schedules_template(seeded_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeded template with the three public schedules imported, once per process: three
    imports cost a test several times what copying their outcome does."""
    path = tmp_path_factory.mktemp("schedules") / DB_NAME
    shutil.copyfile(seeded_template, path)
    asyncio.run(_import_into(sqlite_url(path)))
    return path


@pytest.fixture(scope="session")
def postgres_schedules_template(postgres_cluster: Cluster, postgres_template: str) -> str:
    """The same on this process's PostgreSQL cluster, copied from its seeded template."""
    postgres_cluster.create_database(PG_SCHEDULES_TEMPLATE, template=postgres_template)
    asyncio.run(_import_into(postgres_cluster.url(PG_SCHEDULES_TEMPLATE)))
    return PG_SCHEDULES_TEMPLATE


@pytest.fixture
async def ccc(store: Store) -> None:
    """31C3's public schedule (frab XML), imported as `confbot import` does."""
    await import_source(store, str(SCHEDULES / "31c3.xml"), CCC, IMPORTED_AT)


@pytest.fixture
async def camp(store: Store) -> None:
    """Camp 2019's public schedule (frab JSON), imported as `confbot import` does."""
    await import_source(store, str(SCHEDULES / "camp2019.json"), CAMP, IMPORTED_AT)

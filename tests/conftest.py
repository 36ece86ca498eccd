"""Fixtures shared by every test: the real data folder, a seeded store, one session, the ICLR
2019 conference, and venue-local times.

Every test that uses the store runs twice, on SQLite and on PostgreSQL (ids `sqlite` and
`postgresql`); `sqlite_only` and `postgres_only` tests run once. Each test process starts its
own PostgreSQL cluster and stops it at the end. Without PostgreSQL installed its cases are
skipped, unless CONFBOT_REQUIRE_POSTGRES=1 (as CI sets) makes them fail instead.

Seeding the real data takes a noticeable fraction of a second, so it is done once per test
process into a template database of each backend; each test gets its own copy (a file in its
tmp_path, or a database created from the template and, once reset, handed to later tests: see
tests/template_copies.py) and opens it with `open_store` exactly as the bot does (migrations
run, seeding is skipped as the store is not empty). The result is the same as opening an empty
database, only faster.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from bot.conferences import get_conference
from bot.domain.records import ConferenceView
from bot.imports.packaged import open_store
from bot.store.setup import Store
from tests.datacopy import DATA_FILE_NAME, DataCopy
from tests.postgres import Cluster, postgres_binaries, start_cluster
from tests.template_copies import TemplateCopies

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
VENUE_ZONE = ZoneInfo("America/Chicago")
DB_NAME = "confbot.db"
BACKENDS = ("sqlite", "postgresql")
PG_TEMPLATE = "seeded_template"
REQUIRE_POSTGRES = "CONFBOT_REQUIRE_POSTGRES"
_database_names = itertools.count(1)


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


@pytest.fixture(autouse=True)
def _logger_levels() -> Iterator[None]:
    """A console or seed run in the test process quiets two loggers for good, as a command
    line process wants; the next test must still see what they log."""
    quieted = [logging.getLogger(name) for name in ("discord", "bot.store.failures")]
    levels = [logger.level for logger in quieted]
    yield
    for logger, level in zip(quieted, levels, strict=True):
        logger.setLevel(level)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests marked slow run for up to two minutes each; started first, they spread over
    the parallel workers instead of leaving one worker finishing them while the others idle.
    With work stealing (pyproject.toml) a worker that runs out takes the end of another's
    queue, so the slow tests at its front are shared out last, when little else is left."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """One worker more than the cores `-n auto` sees: about a third of a run is tests waiting
    on processes they started, paced sends and leases, and the extra worker fills those
    waits. xdist's own variable, PYTEST_XDIST_AUTO_NUM_WORKERS, still decides when set."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    return len(os.sched_getaffinity(0)) + 1


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test on the store runs on each backend its markers allow, unless it pairs the
    backend with its own arguments itself (a case on PostgreSQL only where it tells more)."""
    if "backend" not in metafunc.fixturenames or names_backends_itself(metafunc):
        return
    backends = [
        backend
        for backend in BACKENDS
        if not (backend == "postgresql" and metafunc.definition.get_closest_marker("sqlite_only"))
        and not (backend == "sqlite" and metafunc.definition.get_closest_marker("postgres_only"))
    ]
    metafunc.parametrize("backend", backends, indirect=True)


def names_backends_itself(metafunc: pytest.Metafunc) -> bool:
    """Whether the test's own parametrize marks already give `backend` its values."""
    for mark in metafunc.definition.iter_markers("parametrize"):
        names = mark.args[0]
        if isinstance(names, str):
            names = names.split(",")
        if "backend" in (name.strip() for name in names):
            return True
    return False


@pytest.fixture(scope="module")
def backend(request: pytest.FixtureRequest) -> str:
    """The store's backend a test runs on: `database_url` is on it, and so are the databases
    fixtures build for themselves (see `empty_database`), such as a module's store of several
    conferences."""
    backend: str = request.param
    return backend


def empty_database(request: pytest.FixtureRequest, backend: str, folder: Path) -> str:
    """The URL of a new, empty database of `backend` (a file in `folder` for SQLite), dropped
    when the fixture that asked for it ends."""
    if backend == "sqlite":
        return sqlite_url(folder / DB_NAME)
    cluster: Cluster = request.getfixturevalue("postgres_cluster")
    name = f"own_{next(_database_names)}"
    cluster.create_database(name)
    request.addfinalizer(lambda: cluster.drop_database(name))
    return cluster.url(name)


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


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    """This test process's PostgreSQL server, stopped and removed when the session ends,
    however it ends. Its folder is outside pytest's temporary tree, which another pytest run
    on the machine may prune or make private while this one still uses it."""
    if postgres_binaries() is None:
        message = "PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql)"
        if os.environ.get(REQUIRE_POSTGRES) == "1":
            pytest.fail(f"{message}, and {REQUIRE_POSTGRES}=1 requires it")
        pytest.skip(message)
    folder = Path(tempfile.mkdtemp(prefix="confbot-pg-"))
    try:
        cluster = start_cluster(folder)
        try:
            yield cluster
        finally:
            cluster.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_copies(postgres_cluster: Cluster) -> TemplateCopies:
    """Copies of this process's template databases, each reused by test after test."""
    return TemplateCopies(postgres_cluster)


@pytest.fixture(scope="session")
def postgres_template(postgres_cluster: Cluster) -> str:
    """A PostgreSQL database migrated and seeded from data/ once per process, as the SQLite
    template is; tests get databases created from it, and never connect to it."""
    postgres_cluster.create_database(PG_TEMPLATE)

    async def build() -> None:
        store = await open_store(postgres_cluster.url(PG_TEMPLATE), DATA_DIR)
        await store.close()

    asyncio.run(build())
    return PG_TEMPLATE


@pytest.fixture
def database_url(
    request: pytest.FixtureRequest, backend: str, tmp_path: Path, data_dir: Path
) -> str:
    """The URL of this test's own database, a copy of the seeded template when the test uses
    the real data folder, else an empty one: what a second bot on the same store opens. A test
    marked `imported_schedules` gets a copy of the template that also holds the public
    schedules the chat tests ask about (tests/chat/conftest.py), imported once per process
    instead of once per test."""
    if data_dir != DATA_DIR:
        return empty_database(request, backend, tmp_path)
    if request.node.get_closest_marker("imported_schedules"):
        templates = ("schedules_template", "postgres_schedules_template")
    else:
        templates = ("seeded_template", "postgres_template")
    return copied_database(request, backend, tmp_path, *templates)


def copied_database(
    request: pytest.FixtureRequest, backend: str, folder: Path, sqlite: str, postgresql: str
) -> str:
    """The URL of a database of `backend` holding what the template the fixture named for that
    backend gives holds (a copied SQLite file, or a copy on this process's cluster, which
    `TemplateCopies` resets for the next test when the fixture that asked for it ends):
    seeding a store costs far more than copying one."""
    if backend == "sqlite":
        path = folder / DB_NAME
        shutil.copyfile(request.getfixturevalue(sqlite), path)
        return sqlite_url(path)
    copies: TemplateCopies = request.getfixturevalue("postgres_copies")
    name = copies.take(request.getfixturevalue(postgresql))
    request.addfinalizer(lambda: copies.give_back(name))
    return copies.cluster.url(name)


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

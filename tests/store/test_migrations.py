"""Migrations: applied at start-up, to the newest revision, harmless to repeat, and in step with
the models."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.conferences import get_conference
from bot.imports.changes import seed
from bot.imports.packaged import load_data, open_store
from bot.papers.service import search_papers
from bot.store.engine import make_engine, make_session_factory
from bot.store.migrate import alembic_config, head_revisions, migrate
from bot.store.models import Base
from bot.store.setup import Store
from tests.conftest import PROJECT_ROOT, empty_database
from tests.fulltext import indexed_papers

from .second_conference import SLUGS, two_conferences

CONFERENCE_TABLES = {
    "conferences",
    "rooms",
    "topics",
    "sessions",
    "papers",
    "session_topics",
    "paper_topics",
    "paper_sessions",
}
USER_TABLES = {"subscriptions", "guild_settings", "deliveries"}
SEARCH_TABLES = {"paper_search", "search_words", "search_words_trigram"}


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"migrations must form one line, found heads {heads}"
    return heads[0]


PG_SCHEMA = (
    "SELECT 'table', tablename, NULL FROM pg_tables WHERE schemaname = 'public' "
    "UNION ALL SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
    "UNION ALL SELECT 'column', table_name || '.' || column_name, "
    "data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') "
    "FROM information_schema.columns WHERE table_schema = 'public' "
    "ORDER BY 1, 2"
)


@pytest.fixture
async def engine(
    request: pytest.FixtureRequest, backend: str, tmp_path: Path
) -> AsyncIterator[AsyncEngine]:
    created = make_engine(empty_database(request, backend, tmp_path))
    yield created
    await created.dispose()


async def schema(engine: AsyncEngine) -> list[tuple[str, str, str | None]]:
    """Every table, index (and on PostgreSQL column) with its definition."""
    sqlite = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    on_postgres = engine.dialect.name == "postgresql"
    async with engine.connect() as connection:
        rows = await connection.execute(text(PG_SCHEMA if on_postgres else sqlite))
        return [tuple(row) for row in rows]


async def version(engine: AsyncEngine) -> list[str]:
    async with engine.connect() as connection:
        return list(await connection.scalars(text("SELECT version_num FROM alembic_version")))


async def test_migrating_an_empty_database_creates_every_table(
    engine: AsyncEngine, backend: str
) -> None:
    await migrate(engine)

    names = {name for kind, name, _ in await schema(engine) if kind == "table"}
    search_tables = SEARCH_TABLES - ({"search_words_trigram"} if backend == "postgresql" else set())
    assert CONFERENCE_TABLES | USER_TABLES | search_tables | {"alembic_version"} <= names


async def test_the_database_is_at_the_newest_revision_after_migrating(
    engine: AsyncEngine,
) -> None:
    await migrate(engine)

    assert await version(engine) == [head_revision()]


def test_the_newest_revision_read_from_the_files_is_the_one_alembic_finds() -> None:
    assert head_revisions() == {head_revision()}


def _alembic_loaded_by_migrating(url: str) -> bool:
    """Whether `migrate` imported Alembic, in a fresh process (this one has it imported)."""
    probe = (
        "import asyncio, sys\n"
        "from bot.store.engine import make_engine\n"
        "from bot.store.migrate import migrate\n"
        "async def main():\n"
        "    engine = make_engine(sys.argv[1])\n"
        "    await migrate(engine)\n"
        "    await engine.dispose()\n"
        "asyncio.run(main())\n"
        "print('alembic' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=PROJECT_ROOT,
    )
    return done.stdout.strip() == "True"


async def test_a_store_at_the_newest_revision_opens_without_loading_alembic(
    engine: AsyncEngine,
) -> None:
    """Alembic (with Mako and Pygments) is a tenth of a second of every start; a store that
    needs no migration does not pay it."""
    url = engine.url.render_as_string(hide_password=False)
    assert _alembic_loaded_by_migrating(url)  # an empty store needs the migrations
    assert await version(engine) == [head_revision()]
    assert not _alembic_loaded_by_migrating(url)


async def test_migrating_twice_changes_nothing(engine: AsyncEngine) -> None:
    await migrate(engine)
    first = await schema(engine)

    await migrate(engine)

    assert await schema(engine) == first
    assert await version(engine) == [head_revision()]


async def test_migrating_a_seeded_store_again_keeps_its_data(store: Store) -> None:
    async with store.sessions() as db:
        before = (await db.execute(text("SELECT id, slug, title FROM papers ORDER BY id"))).all()

    await migrate(store.engine)

    async with store.sessions() as db:
        after = (await db.execute(text("SELECT id, slug, title FROM papers ORDER BY id"))).all()
    assert after == before
    assert len(after) == 502


async def seeded_at(engine: AsyncEngine, revision: str, data_dir: Path) -> None:
    """A store seeded, then migrated down to an older revision: the downgrades convert what
    they keep, so this is the store that revision's code would have left."""
    await migrate(engine)
    await seed(make_session_factory(engine), load_data(data_dir))

    def downgrade(connection: Connection) -> None:
        command.downgrade(alembic_config(connection), revision)

    async with engine.begin() as connection:
        await connection.run_sync(downgrade)


async def test_upgrading_an_older_database_keeps_the_conference_and_adds_user_tables(
    engine: AsyncEngine, data_dir: Path
) -> None:
    await seeded_at(engine, "0001", data_dir)
    assert await version(engine) == ["0001"]

    await migrate(engine)

    assert await version(engine) == [head_revision()]
    async with engine.connect() as connection:
        assert await connection.scalar(text("SELECT count(*) FROM papers")) == 502
        assert await connection.scalar(text("SELECT count(*) FROM subscriptions")) == 0


async def test_the_models_and_the_migrations_describe_the_same_schema(
    engine: AsyncEngine,
) -> None:
    await migrate(engine)

    def differences(connection: Connection) -> list[object]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))

    async with engine.connect() as connection:
        found = await connection.run_sync(differences)

    def expected(diff: object) -> bool:
        """Full-text tables and extra link-table indexes live only in the migrations."""
        if isinstance(diff, tuple) and diff[0] == "remove_table":
            return diff[1].name.startswith(("paper_search", "search_words"))
        if isinstance(diff, tuple) and diff[0] == "remove_index":
            return diff[1].table.name in {"paper_sessions", "paper_topics", "session_topics"} | {
                "paper_search",
                "search_words",
            }
        return False

    assert [diff for diff in found if not expected(diff)] == []


def test_migrations_refuse_to_run_without_the_store_handing_them_a_connection() -> None:
    with pytest.raises(RuntimeError, match=r"bot\.store\.migrate"):
        command.upgrade(alembic_config(), "head")


async def test_a_store_of_revision_0002_searches_each_conference_apart_once_upgraded(
    engine: AsyncEngine, data_dir: Path, tmp_path: Path
) -> None:
    data = two_conferences(tmp_path / "data", data_dir)
    await seeded_at(engine, "0002", data)
    assert await version(engine) == ["0002"]
    async with make_session_factory(engine)() as db:
        lottery = await db.scalar(
            text("SELECT id FROM papers WHERE slug = 'lottery-ticket-hypothesis'")
        )
        indexed = await indexed_papers(db, ["lottery"])
        docs = await db.scalar(text("SELECT docs FROM search_words WHERE word = 'lottery'"))
    assert lottery in indexed, "at 0002 the index rowid is the paper id"
    assert docs == 1 + len(SLUGS) - 2, "at 0002 one dictionary counts both conferences"

    store = await open_store(engine.url.render_as_string(hide_password=False), data)
    try:
        async with store.sessions() as db:
            found = await search_papers(db, await get_conference(db, "iclr2019"), "lottery ticket")
    finally:
        await store.close()
    assert await version(engine) == [head_revision()]
    assert found[0].slug == "lottery-ticket-hypothesis"
    assert not {paper.slug for paper in found} & SLUGS


async def test_a_seed_right_after_the_upgrade_indexes_every_paper_not_only_changed_ones(
    engine: AsyncEngine, data_dir: Path
) -> None:
    """As `confbot seed` does: migrate, then seed files that changed nothing."""
    await seeded_at(engine, "0002", data_dir)

    await migrate(engine)
    await seed(make_session_factory(engine), load_data(data_dir))

    async with engine.connect() as connection:
        assert await connection.scalar(text("SELECT count(*) FROM paper_search")) == 502
        docs = await connection.scalar(text("SELECT docs FROM search_words WHERE word = 'lottery'"))
        assert docs == 1

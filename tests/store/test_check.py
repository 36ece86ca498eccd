"""`confbot check`'s verdict: a sound store is said sound; a truncated or scribbled SQLite file,
a missing one, a server that does not answer and a schema from a newer confbot are not; and
the check changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from bot.store.check import check_store
from bot.store.migrate import head_revisions
from bot.store.setup import Store
from tests.conftest import sqlite_url
from tests.damage import database_file, scribble, truncate


async def test_a_sound_store_is_said_sound_and_at_the_newest_schema(
    store: Store, database_url: str
) -> None:
    verdict = await check_store(database_url)
    assert verdict.sound, verdict.line
    assert "sound" in verdict.line or "answers" in verdict.line
    heads = head_revisions()
    assert heads is not None
    assert all(head in verdict.line for head in heads)
    assert "\n" not in verdict.line


@pytest.mark.sqlite_only(reason="damages a SQLite file")
@pytest.mark.parametrize("damage", [truncate, scribble], ids=["truncated", "garbage"])
async def test_a_damaged_file_is_said_damaged_in_one_line(
    store: Store, database_url: str, damage: object
) -> None:
    await store.close()
    path = database_file(store)
    damage(path)  # type: ignore[operator]
    before = path.read_bytes()
    verdict = await check_store(database_url)
    assert not verdict.sound
    assert "damaged" in verdict.line
    assert "backup" in verdict.line
    assert "\n" not in verdict.line
    assert path.read_bytes() == before, "the check wrote nothing"


async def test_a_schema_from_a_newer_confbot_is_not_sound(store: Store, database_url: str) -> None:
    async with store.sessions() as db, db.begin():
        await db.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    verdict = await check_store(database_url)
    assert not verdict.sound
    assert "0999" in verdict.line
    assert "newer" in verdict.line


async def test_a_missing_file_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.db"
    verdict = await check_store(sqlite_url(path))
    assert not verdict.sound
    assert "No database file" in verdict.line
    assert not path.exists()


async def test_a_server_that_does_not_answer_is_said_so() -> None:
    verdict = await check_store("postgresql+asyncpg://confbot@127.0.0.1:9/confbot")
    assert not verdict.sound
    assert "cannot be reached" in verdict.line

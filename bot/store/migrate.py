"""Applies Alembic migrations at start-up, so every entry point finds the schema it expects.

A store already at the newest revision, as at nearly every start, is told apart with one query
against the revisions the migration files name, read as text: Alembic and what it loads (Mako,
Pygments) then stay unimported, a tenth of a second or more of every start. Anything the check
cannot read with certainty (no revisions table, a file it does not understand) goes to Alembic.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision\b[^=\n]*=\s*[\"']([^\"']+)[\"']\s*$", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=\n]*=\s*(.+?)\s*$", re.MULTILINE)
_ONE_PARENT = re.compile(r"[\"']([^\"']+)[\"']|None")


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> frozenset[str]:
    """Every revision the packaged migrations name: a store at another was written by a newer
    confbot."""
    found: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found.update(_REVISION.findall(path.read_text(encoding="utf-8")))
    return frozenset(found)


def head_revisions() -> frozenset[str] | None:
    """The newest revisions of the packaged migrations, from their `revision` and
    `down_revision` lines; None when a file has a shape this reading does not know (a merge
    of two revisions, say), so that Alembic decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        if path.name == "__init__.py":
            continue
        source = path.read_text(encoding="utf-8")
        revision = _REVISION.findall(source)
        down = _DOWN_REVISION.findall(source)
        if len(revision) != 1 or len(down) != 1:
            return None
        parent = _ONE_PARENT.fullmatch(down[0])
        if parent is None:
            return None
        revisions.add(revision[0])
        if parent.group(1):
            parents.add(parent.group(1))
    return frozenset(revisions - parents) or None


async def _stored_revisions(engine: AsyncEngine) -> frozenset[str] | None:
    """The revisions the store says it is at; None when it has no revisions table yet."""
    try:
        async with engine.connect() as connection:
            rows = await connection.scalars(text("SELECT version_num FROM alembic_version"))
            return frozenset(rows)
    except DBAPIError:
        return None


def _upgrade(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


async def migrate(engine: AsyncEngine) -> None:
    """Bring the database to the newest schema; a no-op when it is already there."""
    heads = head_revisions()
    if heads is not None and await _stored_revisions(engine) == heads:
        return
    async with engine.begin() as connection:
        await connection.run_sync(_upgrade)

"""An editable copy of the data file, and a snapshot of everything a store holds."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import text

from bot.store.engine import make_engine
from bot.store.setup import Store

DATA_FILE_NAME = "iclr2019.toml"
PAPER_LIST_NAME = "iclr2019-papers.json"
SUMMARIES_NAME = "iclr2019-summaries.json"
COMPANIONS = (PAPER_LIST_NAME, SUMMARIES_NAME)
"""The files the data file names; they must sit beside every copy."""
_TABLE_HEADER = re.compile(r"^\[{1,2}[^\]]+\]{1,2}\s*$", re.M)


class DataCopy:
    """A copy of data/iclr2019.toml (and the files it names) in its own folder, edited entry
    by entry like a maintainer."""

    def __init__(self, folder: Path, original: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.path = folder / DATA_FILE_NAME
        shutil.copyfile(original, self.path)
        for name in COMPANIONS:
            shutil.copyfile(original.parent / name, folder / name)

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def write(self, text: str) -> None:
        self.path.write_text(text, encoding="utf-8")

    def replace(self, old: str, new: str) -> None:
        """Replace text that occurs exactly once."""
        text = self.text
        assert text.count(old) == 1, f"{old!r} should occur once in the data file"
        self.write(text.replace(old, new))

    def _block(self, slug: str) -> tuple[int, int]:
        """Start and end offsets of the table that has `slug = "<slug>"`."""
        text = self.text
        found = re.search(rf'^slug = "{re.escape(slug)}"\s*$', text, re.M)
        assert found, f"no entry with slug {slug!r} in the data file"
        headers = [m.start() for m in _TABLE_HEADER.finditer(text)]
        start = max(offset for offset in headers if offset < found.start())
        end = min((offset for offset in headers if offset > found.start()), default=len(text))
        return start, end

    def set_field(self, slug: str, field: str, toml_value: str | None) -> None:
        """Set (or with None remove) a one-line field of the entry with this slug."""
        text = self.text
        start, end = self._block(slug)
        block = text[start:end]
        line = re.compile(rf"^{re.escape(field)} = .*\n", re.M)
        assert len(line.findall(block)) == 1, f"{slug!r} should have one {field!r} line"
        replacement = "" if toml_value is None else f"{field} = {toml_value}\n"
        self.write(text[:start] + line.sub(lambda _: replacement, block) + text[end:])

    def remove_entry(self, slug: str) -> None:
        """Delete the whole table with this slug (a session or paper taken out of the file)."""
        text = self.text
        start, end = self._block(slug)
        self.write(text[:start] + text[end:])


def database_path(store: Store) -> Path:
    """The file of a SQLite store (a PostgreSQL store has none)."""
    url = store.engine.url
    assert url.get_backend_name() == "sqlite", f"{url.get_backend_name()} keeps no database file"
    assert url.database
    return Path(url.database)


async def snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (search index included), read through a separate connection."""
    if store.engine.url.get_backend_name() == "postgresql":
        return await _postgres_snapshot(store)
    connection = sqlite3.connect(database_path(store))
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"'), key=repr)
            for table in tables
        }
    finally:
        connection.close()


async def _postgres_snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    engine = make_engine(store.engine.url.render_as_string(hide_password=False))
    tables = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    found: dict[str, list[tuple[object, ...]]] = {}
    try:
        async with engine.connect() as connection:
            for table in list(await connection.scalars(text(tables))):
                rows = await connection.execute(text(f'SELECT * FROM "{table}"'))
                found[table] = sorted((tuple(row) for row in rows), key=repr)
    finally:
        await engine.dispose()
    return found

"""Ways a store fails under a running bot: its file truncated or scribbled over for real, and the
two faults a test cannot cause without root (a read-only file, a full disk) raised by the
driver itself, as SQLite reports them, on every statement that writes."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.store.setup import Store

PAGE = 4096
WRITES = ("INSERT", "UPDATE", "DELETE", "BEGIN IMMEDIATE", "COMMIT")
READ_ONLY = (sqlite3.SQLITE_READONLY, "SQLITE_READONLY", "attempt to write a readonly database")
DISK_FULL = (sqlite3.SQLITE_FULL, "SQLITE_FULL", "database or disk is full")


def database_file(store: Store) -> Path:
    database = store.engine.url.database
    assert database is not None
    return Path(database)


def truncate(path: Path) -> None:
    """Cut the file after its first two pages, as a copy or restore stopped half-way would."""
    os.truncate(path, 2 * PAGE)


def scribble(path: Path) -> None:
    """Overwrite the middle third of the file with garbage, headers and all."""
    size = path.stat().st_size
    start = size // 3 // PAGE * PAGE
    with path.open("r+b") as file:
        file.seek(start)
        file.write(bytes(range(7, 256)) * ((size // 3) // 249 + 1))


@contextmanager
def kept(path: Path) -> Iterator[None]:
    """Damage the file inside, and have it back whole afterwards: the fault clears."""
    backup = path.with_suffix(".whole")
    shutil.copyfile(path, backup)
    try:
        yield
    finally:
        shutil.copyfile(backup, path)


@contextmanager
def failing_writes(
    engine: AsyncEngine,
    fault: tuple[int, str, str],
    refused: Callable[[float], None] | None = None,
) -> Iterator[None]:
    """Every write on `engine` fails inside the driver with SQLite's own error for `fault`;
    `refused` hears when (monotonic seconds) each one was."""
    code, name, message = fault

    def execute(_cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith(WRITES):
            if refused is not None:
                refused(time.monotonic())
            error = sqlite3.OperationalError(message)
            error.sqlite_errorcode = code
            error.sqlite_errorname = name
            raise error

    target = engine.sync_engine
    event.listen(target, "do_execute", execute)
    event.listen(target, "do_executemany", execute)
    try:
        yield
    finally:
        event.remove(target, "do_execute", execute)
        event.remove(target, "do_executemany", execute)

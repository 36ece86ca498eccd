"""Seeded stores for the benchmarks, built once per run in a temporary folder.

Generating and seeding 100k papers takes minutes, so each size is built once and shared by every
benchmark of the run; nothing is kept across runs (a stale file would hide a slower seed or a
schema change), and nothing is ever written to the project's data/.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from bench.synthetic import SLUG, write_conference
from bot.conferences import get_conference
from bot.domain.records import ConferenceView
from bot.imports.packaged import open_store
from bot.settings import Settings, packaged_data_dir
from bot.store.models import Paper
from bot.store.setup import Store

SEED_CONFERENCE = "iclr2019"


def sqlite_url(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path}"


@dataclass(frozen=True)
class BenchStore:
    """An open, seeded store and what it holds."""

    label: str
    papers: int
    path: Path
    data_dir: Path
    store: Store
    conference: ConferenceView
    seed_seconds: float

    @property
    def settings(self) -> Settings:
        return Settings(
            database_url=sqlite_url(self.path),
            data_dir=self.data_dir,
            conference=self.conference.slug,
        )


async def describe(
    label: str, store: Store, path: Path, data_dir: Path, slug: str, seed_seconds: float
) -> BenchStore:
    """An open store as a BenchStore: its conference and how many papers it holds."""
    async with store.sessions() as db:
        conference = await get_conference(db, slug)
        count = await db.scalar(
            select(func.count()).select_from(Paper).where(Paper.conference_id == conference.id)
        )
    return BenchStore(label, count or 0, path, data_dir, store, conference, seed_seconds)


def size_label(papers: int | None) -> str:
    """'seed' for the real data/, otherwise '10k', '100k', '300' ..."""
    if papers is None:
        return "seed"
    return f"{papers // 1000}k" if papers >= 1000 and papers % 1000 == 0 else str(papers)


class StoreCache:
    """Opens each size's store on first use; `close` closes them all."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self._open: dict[str, BenchStore] = {}

    async def get(self, papers: int | None) -> BenchStore:
        """The store for the real data (None) or for `papers` synthetic papers."""
        label = size_label(papers)
        if label not in self._open:
            self._open[label] = await self._build(label, papers)
        return self._open[label]

    async def _build(self, label: str, papers: int | None) -> BenchStore:
        folder = self.workdir / label
        folder.mkdir(parents=True, exist_ok=True)
        if papers is None:
            data_dir, slug = packaged_data_dir(), SEED_CONFERENCE
        else:
            data_dir, slug = folder / "data", SLUG
            write_conference(data_dir, papers)
        path = folder / "confbot.db"
        start = time.perf_counter()
        store = await open_store(sqlite_url(path), data_dir)
        return await describe(label, store, path, data_dir, slug, time.perf_counter() - start)

    async def copy(self, papers: int | None, name: str) -> Path:
        """A private copy of a size's database file, for benchmarks that write. The WAL is
        folded into the file first: the store's reader keeps a connection open, so closing the
        engine's is not the last close that would do it."""
        source = await self.get(papers)
        async with source.store.engine.connect() as connection:
            await connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        await source.store.engine.dispose()
        target = self.workdir / f"{source.label}-{name}.db"
        shutil.copyfile(source.path, target)
        return target

    async def close(self) -> None:
        for opened in self._open.values():
            await opened.store.close()
        self._open.clear()

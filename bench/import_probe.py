"""`python -m bench.import_probe LIST DB WAY`: import a paper list into a fresh store and print
{"seconds": ..., "papers": ..., "peak_rss_mb": ...}.

Its own process, so the peak memory is the import's alone. WAY is `import` (what `confbot
import` runs: read, parse, bulk write, index, ANALYZE) or `orm` (the baseline: the same parsed
papers added as one ORM object each, as the seed wrote them before bulk writes, without even
indexing them).
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from bench.rss_probe import peak_rss_kib
from bench.stores import sqlite_url
from bench.synthetic import SLUG, write_conference
from bot.imports.packaged import open_store
from bot.imports.paperlists import parse_paperlist
from bot.imports.service import import_source
from bot.store.bulk_papers import paper_row
from bot.store.models import Conference, Paper
from bot.store.setup import Store


async def _orm(store: Store, paper_list: Path) -> int:
    text = await asyncio.to_thread(paper_list.read_text, encoding="utf-8")
    parsed = parse_paperlist(text, paper_list.name)
    async with store.sessions() as db, db.begin():
        conference_id = await db.scalar(select(Conference.id).where(Conference.slug == SLUG))
        assert conference_id is not None
        db.add_all(Paper(**paper_row(conference_id, item)) for item in parsed.papers)
    return len(parsed.papers)


async def _probe(paper_list: Path, database: Path, way: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        store = await open_store(sqlite_url(database), write_conference(Path(folder), 0).parent)
    try:
        start = time.perf_counter()
        if way == "orm":
            papers = await _orm(store, paper_list)
        else:
            outcome = await import_source(store, str(paper_list), SLUG, datetime.now(UTC))
            papers = outcome.report.created.get("papers", 0)
        seconds = time.perf_counter() - start
    finally:
        await store.close()
    return {"seconds": seconds, "papers": papers, "peak_rss_mb": peak_rss_kib() / 1024}


def main() -> None:
    paper_list, database, way = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    print(json.dumps(asyncio.run(_probe(paper_list, database, way))))


if __name__ == "__main__":
    main()

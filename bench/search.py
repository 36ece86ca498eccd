"""Paper search through the service, beside a naive LIKE scan run on the same database.

Queries are drawn from the store being measured (its dictionary and its papers), with a fixed
seed, so every size gets queries of the same five kinds that really hit something: rare words,
the most common words, a few words of a title, an author's name, and misspelt title words.
The baseline is what one would write without FTS5: `LIKE '%word%'` over title, authors and
summary, ranked in Python by weighted occurrences. It cannot correct typos; it only shows what
the index buys. Each row also stands beside its floor (see `floor`): the raw FTS5 statement
of the same words on a plain connection.
"""

from __future__ import annotations

import gc
import json
import random
import string
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bench.floor import floor, search_match
from bench.measure import Figure, Row, Target, timed_ms
from bench.stores import BenchStore
from bot.domain.records import ConferenceView, PaperView
from bot.domain.text import words
from bot.papers.persistence.search import STOP_WORDS, query_words
from bot.papers.service import search_papers
from bot.store.convert import PAPER_LOAD, paper_view
from bot.store.models import Paper

KINDS = ("rare terms", "common terms", "several words", "author names", "typos")
LIMIT = 6
"""What /paper asks for: the best match and five more."""
LIKE_WEIGHTS = (("title", 10.0), ("authors", 4.0), ("summary", 1.0))
SEARCH_P99_MS = 10.0
TYPO_P99_MS = 50.0
TARGET_PAPERS = 100_000
FLOOR_TIMES = 5.0
"""Search and autocomplete: p50 at most this many times the raw statement's."""

Search = Callable[[AsyncSession, ConferenceView, str], Awaitable[Sequence[object]]]


@dataclass(frozen=True)
class Plan:
    """How much to measure: queries per kind, and timed rounds over them."""

    queries: int
    rounds: int
    baseline_rounds: int


async def like_search(
    db: AsyncSession, conf: ConferenceView, query: str, limit: int = LIMIT
) -> list[PaperView]:
    """The baseline: scan every paper with LIKE, score occurrences in Python, load the best."""
    terms = query_words(query)
    params: dict[str, object] = {"conference": conf.id}
    tests = []
    for index, term in enumerate(terms):
        params[f"t{index}"] = f"%{term}%"
        tests += [f"{column} LIKE :t{index}" for column, _ in LIKE_WEIGHTS]
    rows = await db.execute(
        text(
            "SELECT id, title, authors, summary FROM papers "
            "WHERE conference_id = :conference AND NOT retired AND (" + " OR ".join(tests) + ")"
        ),
        params,
    )
    scored = []
    for paper_id, *fields in rows:
        lowered = [field.lower() for field in fields]
        score = sum(
            weight * value.count(term)
            for term in terms
            for (_, weight), value in zip(LIKE_WEIGHTS, lowered, strict=True)
        )
        scored.append((-score, paper_id))
    ids = [paper_id for _, paper_id in sorted(scored)[:limit]]
    if not ids:
        return []
    loaded = await db.scalars(select(Paper).where(Paper.id.in_(ids)).options(*PAPER_LOAD))
    by_id = {row.id: paper_view(row) for row in loaded}
    return [by_id[paper_id] for paper_id in ids]


async def service_search(db: AsyncSession, conf: ConferenceView, query: str) -> list[PaperView]:
    return await search_papers(db, conf, query, limit=LIMIT)


def _misspell(rng: random.Random, word: str) -> str:
    """One edit inside the word (swap, drop or change a letter), as fingers do."""
    at = rng.randint(1, len(word) - 2)
    edit = rng.choice(("swap", "drop", "change"))
    if edit == "swap":
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    if edit == "drop":
        return word[:at] + word[at + 1 :]
    other = rng.choice([ch for ch in string.ascii_lowercase if ch != word[at]])
    return word[:at] + other + word[at + 1 :]


class _QueryMaker:
    """Draws queries of each kind from one store, deterministically."""

    def __init__(self, db: AsyncSession, conf: ConferenceView, seed: int) -> None:
        self.db = db
        self.conf = conf
        self.rng = random.Random(seed)

    async def make(self, count: int) -> dict[str, list[str]]:
        ids = list(
            await self.db.scalars(select(Paper.id).where(Paper.conference_id == self.conf.id))
        )
        papers = [
            await self.db.get_one(Paper, paper_id)
            for paper_id in self.rng.sample(ids, min(len(ids), count * 4))
        ]
        rare = await self._dictionary("WHERE docs = 1 ORDER BY word")
        return {
            "rare terms": self.rng.sample(rare, min(len(rare), count)),
            "common terms": (await self._dictionary("ORDER BY docs DESC, word LIMIT 100"))[:count],
            "several words": [self._title_words(paper.title) for paper in papers[:count]],
            "author names": [self.rng.choice(paper.authors) for paper in papers[:count]],
            "typos": await self._typos(papers, count),
        }

    async def _dictionary(self, clauses: str) -> list[str]:
        """Words of five letters or more from the typo dictionary (titles, authors, topics)."""
        rows = await self.db.execute(text(f"SELECT word FROM search_words {clauses}"))
        return [word for (word,) in rows if len(word) >= 5 and word not in STOP_WORDS]

    def _title_words(self, title: str) -> str:
        content = [word for word in words(title) if word not in STOP_WORDS]
        size = min(len(content), self.rng.randint(2, 4))
        start = self.rng.randint(0, len(content) - size)
        return " ".join(content[start : start + size])

    async def _typos(self, papers: list[Paper], count: int) -> list[str]:
        typos: list[str] = []
        for paper in papers:
            long_words = [word for word in words(paper.title) if len(word) >= 6]
            if not long_words:
                continue
            picked = self.rng.sample(long_words, min(len(long_words), 1 + len(typos) % 2))
            wrong = [_misspell(self.rng, word) for word in picked]
            if not await self._known(wrong):
                typos.append(" ".join(wrong))
            if len(typos) == count:
                break
        return typos

    async def _known(self, candidates: list[str]) -> bool:
        found = await self.db.scalar(
            text(
                "SELECT count(*) FROM search_words WHERE word IN (SELECT value FROM json_each(:w))"
            ),
            {"w": json.dumps(candidates)},
        )
        return bool(found)


async def make_queries(bench: BenchStore, count: int) -> dict[str, list[str]]:
    async with bench.store.sessions() as db:
        return await _QueryMaker(db, bench.conference, seed=bench.papers).make(count)


async def time_queries(bench: BenchStore, run: Search, queries: list[str], rounds: int) -> Figure:
    """Each query once to warm up, then `rounds` timed passes, a fresh session per call as a
    command has. Garbage left by earlier steps (a 100k-paper seed) is collected first, so its
    collection is not charged to a search."""
    conf = bench.conference

    async def once(query: str) -> Sequence[object]:
        async with bench.store.sessions() as db:
            return await run(db, conf, query)

    for query in queries:
        await once(query)
    gc.collect()
    samples = []
    for _ in range(rounds):
        for query in queries:
            elapsed, _ = await timed_ms(once, query)
            samples.append(elapsed)
    return Figure.of(samples)


def _target(kind: str, bench: BenchStore) -> Target | None:
    if bench.papers < TARGET_PAPERS:
        return None
    return Target(TYPO_P99_MS if kind == "typos" else SEARCH_P99_MS, "ms")


async def search_rows(bench: BenchStore, plan: Plan) -> list[Row]:
    """One row per kind of query for this store."""
    queries = await make_queries(bench, plan.queries)
    rows = []
    for kind in KINDS:
        measured = await time_queries(bench, service_search, queries[kind], plan.rounds)
        baseline = await time_queries(bench, like_search, queries[kind], plan.baseline_rounds)
        matches = [search_match(query) for query in queries[kind]]
        raw = floor(bench.path, bench.conference.id, matches, LIMIT * 2, plan.rounds)
        rows.append(
            Row(
                area="search",
                what=f"{kind} (e.g. `{queries[kind][0]}`)",
                size=f"{bench.label} ({bench.papers:,} papers)",
                figure=measured,
                baseline=baseline,
                baseline_name="LIKE scan",
                target=_target(kind, bench),
                floor=raw,
                floor_target=FLOOR_TIMES,
            )
        )
    return rows

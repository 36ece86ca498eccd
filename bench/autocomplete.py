"""Title autocomplete (paper_choices) while a user types, beside a naive LIKE on titles.

Discord sends an autocomplete request on nearly every keystroke, so the short prefixes (one or
two letters, matching a large share of all titles) are the ones that must stay cheap.
"""

from __future__ import annotations

import random

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bench.floor import floor, prefix_match
from bench.measure import Row, Target
from bench.search import FLOOR_TIMES, TARGET_PAPERS, Plan, time_queries
from bench.stores import BenchStore
from bot.domain.records import Choice, ConferenceView
from bot.domain.text import words
from bot.papers.persistence.search import STOP_WORDS
from bot.papers.service import AUTOCOMPLETE_LIMIT, paper_choices
from bot.store.models import Paper

KINDS = ("1-2 letters", "3-4 letters", "several words")
P99_MS = 20.0


async def like_choices(db: AsyncSession, conf: ConferenceView, typed: str) -> list[Choice]:
    """The baseline: every typed word somewhere in the title, alphabetical."""
    terms = words(typed)
    params: dict[str, object] = {"conference": conf.id, "limit": AUTOCOMPLETE_LIMIT}
    params |= {f"t{index}": f"%{term}%" for index, term in enumerate(terms)}
    tests = " AND ".join(f"title LIKE :t{index}" for index in range(len(terms)))
    rows = await db.execute(
        text(
            "SELECT slug, title FROM papers WHERE conference_id = :conference AND NOT retired "
            f"AND {tests} ORDER BY title LIMIT :limit"
        ),
        params,
    )
    return [Choice(name=title[:100], value=slug) for slug, title in rows]


async def service_choices(db: AsyncSession, conf: ConferenceView, typed: str) -> list[Choice]:
    return await paper_choices(db, conf, typed)


async def make_typed(bench: BenchStore, count: int) -> dict[str, list[str]]:
    """What users type: the start of a title word, or whole words then the start of one."""
    rng = random.Random(bench.papers + 1)
    async with bench.store.sessions() as db:
        titles = list(
            await db.scalars(
                select(Paper.title).where(Paper.conference_id == bench.conference.id).limit(5000)
            )
        )
    typed: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for title in rng.sample(titles, min(len(titles), count * 3)):
        content = [word for word in words(title) if word not in STOP_WORDS and len(word) >= 4]
        if len(content) < 2:
            continue
        typed["1-2 letters"].append(content[0][: rng.randint(1, 2)])
        typed["3-4 letters"].append(content[1][: rng.randint(3, 4)])
        cut = rng.randint(1, len(content[1]))
        typed["several words"].append(f"{content[0]} {content[1][:cut]}")
    return {kind: found[:count] for kind, found in typed.items()}


async def autocomplete_rows(bench: BenchStore, plan: Plan) -> list[Row]:
    typed = await make_typed(bench, plan.queries)
    target = Target(P99_MS, "ms") if bench.papers >= TARGET_PAPERS else None
    rows = []
    for kind in KINDS:
        measured = await time_queries(bench, service_choices, typed[kind], plan.rounds)
        baseline = await time_queries(bench, like_choices, typed[kind], plan.baseline_rounds)
        matches = [prefix_match(each) for each in typed[kind]]
        raw = floor(bench.path, bench.conference.id, matches, AUTOCOMPLETE_LIMIT, plan.rounds)
        rows.append(
            Row(
                area="autocomplete",
                what=f"{kind} (e.g. `{typed[kind][0]}`)",
                size=f"{bench.label} ({bench.papers:,} papers)",
                figure=measured,
                baseline=baseline,
                baseline_name="LIKE on titles",
                target=target,
                floor=raw,
                floor_target=FLOOR_TIMES,
            )
        )
    return rows

"""Papers like this one, kept in step with the store: computed once per conference revision,
when papers are seeded or imported (a card then reads them as one more ask of its plan, see
`service.find_card`).

Whoever writes papers need do nothing: `keep_related` listens for commits that write papers or
a conference's revision, whoever made them (see `bot.store.commits`). Computing runs outside any
write transaction (it takes seconds for a large conference, and
the write lock would hold up reminders meanwhile); the rows are then written in one
transaction, and only if the conference is still at the revision the papers were read at.
Until it has run, cards show no related papers rather than pairs from before the change.
"""

from __future__ import annotations

import asyncio
import logging
import re

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.papers.persistence.related import (
    PaperText,
    current_revision,
    paper_texts,
    replace_related,
    stale_conferences,
)
from bot.store.dialect import lock_for_write
from bot.store.setup import Store

log = logging.getLogger(__name__)

PAPERS_WRITTEN = frozenset({"papers", "conferences"})
"""Tables whose commits may leave related papers behind their papers (a new revision)."""


async def keep_related(store: Store) -> None:
    """Compute the related papers that are stale now, and again after every commit that writes
    papers, in the writer's own task, so an import reports once they are in step."""

    async def papers_written(_tables: frozenset[str]) -> None:
        await refresh(store.sessions)

    store.commits.listen(PAPERS_WRITTEN, papers_written)
    await refresh(store.sessions)


async def refresh(sessions: async_sessionmaker[AsyncSession]) -> int:
    """Compute the related papers of every conference whose papers changed since they were
    last computed; how many conferences were computed. Cheap when nothing changed: one read."""
    async with sessions() as db:
        stale = await stale_conferences(db)
    done = 0
    for conference_id, revision in stale:
        async with sessions() as db, db.begin():
            texts = await paper_texts(db, conference_id)
            if await current_revision(db, conference_id) != revision:
                continue
        rows = await asyncio.to_thread(_rows, texts)
        async with sessions() as db, db.begin():
            await lock_for_write(db)
            if await current_revision(db, conference_id) != revision:
                continue
            await replace_related(db, conference_id, revision, rows)
        done += 1
        log.info("related papers of conference %d: %d pairs", conference_id, len(rows))
    return done


def _rows(texts: list[PaperText]) -> list[tuple[int, int, int, float]]:
    """(paper, rank, related paper, score) for every paper with related papers. numpy and
    the model load here, not when the bot starts: a store already up to date needs neither."""
    from bot.papers import related

    about = [related.about(t.title, t.summary, t.abstract, t.keywords) for t in texts]
    return [
        (texts[at].paper_id, rank, texts[found.index].paper_id, round(found.score, 4))
        for at, near in enumerate(related.related_of(about))
        for rank, found in enumerate(near)
    ]


LIKE = re.compile(
    r"\b(?:(?:papers?|work|talks?|anything|something|ones?|more|others?)\s+)?"
    r"(?:(?:similar|related)\s+(?:papers?\s+|work\s+)?(?:to|like)|like|related to|"
    r"similar to|close to)\s+(?P<what>.+)$"
)
ASKS_LIKE = re.compile(
    r"\b(papers?|work|talks?|anything|something|ones?|more|others?|else|similar|related)\s+"
    r"(\w+\s+)?(like|similar|related|close)\b(?!\s+(?:a\s+)?\d)"
)
"""'Like' before an amount is a hedge ('the talk started like 15 min ago'), not a likeness."""
THIS = frozenset({"this", "that", "it", "this one", "that one", "this paper", "that paper"})


def asked_like(folded: str) -> str | None:
    """What a chat message asks papers like, if it asks for papers like something: the
    words naming the paper ('papers like the pruning one' -> 'pruning'), or ''
    for 'more like this' (the paper of the answer it replies to). None for anything else, so
    'I like this talk' or 'papers on pruning' are left to the rest of chat."""
    if not ASKS_LIKE.search(folded) and not folded.startswith("similar"):
        return None
    match = LIKE.search(folded)
    if match is None:
        return None
    what = re.sub(r"^(the|a|an)\s+", "", match.group("what").strip(" ?!."))
    what = re.sub(r"\s+(one|paper|work)$", "", what)
    return "" if what in THIS or not what else what

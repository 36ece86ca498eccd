"""The cost bounds that keep search fast at 100k papers must not change what users get.

Those bounds only engage far beyond a real conference, so these tests lower them on a small
synthetic conference (the benchmark's generator) and compare with the unbounded answers.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bench.synthetic import SLUG, write_conference
from bot.conferences import get_conference
from bot.domain.records import ConferenceView
from bot.domain.text import words
from bot.imports.packaged import open_store
from bot.papers.persistence import search
from bot.papers.service import paper_choices, search_papers
from bot.store.models import Paper
from tests.conftest import sqlite_url
from tests.fulltext import indexed_papers

PAPERS = 300


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """A seeded 300-paper synthetic conference, built once for this module."""
    folder = tmp_path_factory.mktemp("synthetic")
    data = folder / "data"
    write_conference(data, PAPERS)
    url = sqlite_url(folder / "synth.db")

    async def build() -> None:
        await (await open_store(url, data)).close()

    asyncio.run(build())
    return url, data


@pytest.fixture
async def synth(
    synthetic_db: tuple[str, Path],
) -> AsyncIterator[tuple[AsyncSession, ConferenceView]]:
    store = await open_store(*synthetic_db)
    try:
        async with store.sessions() as db:
            yield db, await get_conference(db, SLUG)
    finally:
        await store.close()


async def test_a_query_too_broad_to_rank_still_fills_the_page_with_title_matches(
    synth: tuple[AsyncSession, ConferenceView], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, conf = synth
    monkeypatch.setattr(search, "RANKED_MATCHES", 10)
    found = await search_papers(db, conf, "learning")
    assert len(found) == 6
    assert all("learning" in words(paper.title) for paper in found)


async def test_common_words_still_filter_when_only_the_rarer_words_rank(
    synth: tuple[AsyncSession, ConferenceView], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, conf = synth
    rows = await db.execute(
        text(
            "SELECT word FROM search_words WHERE docs BETWEEN 3 AND 15 AND length(word) > 4 "
            "ORDER BY word LIMIT 5"
        )
    )
    queries = [f"learning {word}" for (word,) in rows]
    assert len(queries) == 5
    unbounded = {query: await search.search(db, conf.id, query, limit=100) for query in queries}
    monkeypatch.setattr(search, "COMMON_DOCS", 20)
    for query in queries:
        bounded = await search.search(db, conf.id, query, limit=100)
        assert bounded
        assert {hit.paper_id for hit in bounded} == {hit.paper_id for hit in unbounded[query]}


async def test_one_letter_offers_titles_with_a_word_starting_with_it(
    synth: tuple[AsyncSession, ConferenceView], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, conf = synth
    monkeypatch.setattr(search, "PREFIX_QUERY_PAPERS", 10)
    choices = await paper_choices(db, conf, "l")
    assert len(choices) == 25
    for choice in choices:
        assert any(word.startswith("l") for word in words(choice.name)), choice.name


@pytest.mark.parametrize("typed", ["lot", "gan", "the lot", "neu", "ordered n", "tramer", "s"])
async def test_completions_find_what_a_prefix_query_finds_in_titles_and_aliases(
    db: AsyncSession, conf: ConferenceView, typed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the real conference: titles and aliases first, then any field, as a prefix query;
    where more papers match than a picker shows, the 25 offered are among them."""
    monkeypatch.setattr(search, "PREFIX_QUERY_PAPERS", 10)
    monkeypatch.setattr(search, "COMPLETIONS", 200)
    terms = words(typed)
    ids = await indexed_papers(db, terms, prefix=True, titles=True) or await indexed_papers(
        db, terms, prefix=True
    )
    expected = set(await db.scalars(select(Paper.slug).where(Paper.id.in_(ids))))
    offered = {choice.value for choice in await paper_choices(db, conf, typed)}
    assert offered <= expected
    assert len(offered) == min(25, len(expected))

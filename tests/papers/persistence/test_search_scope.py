"""With two conferences in one store, search, autocomplete, typo correction and the size check
of autocomplete each see one conference only, whatever the other one holds."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from bot.conferences import get_conference
from bot.domain.records import ConferenceView
from bot.imports.packaged import open_store
from bot.papers.persistence import search
from bot.papers.service import paper_choices, search_papers
from tests.conftest import DATA_DIR, empty_database
from tests.store.second_conference import BY_QUILLON, QUILLWORK, SLUG, SLUGS, two_conferences

LOTTERY = "lottery-ticket-hypothesis"


@pytest.fixture(scope="module")
def two_conference_db(
    request: pytest.FixtureRequest, backend: str, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Path]:
    """ICLR 2019 and the second conference seeded into one database, once for this module."""
    folder = tmp_path_factory.mktemp("two-conferences")
    data = two_conferences(folder / "data", DATA_DIR)
    url = empty_database(request, backend, folder)

    async def build() -> None:
        await (await open_store(url, data)).close()

    asyncio.run(build())
    return url, data


@pytest.fixture
async def scoped(
    two_conference_db: tuple[str, Path],
) -> AsyncIterator[tuple[AsyncSession, ConferenceView, ConferenceView]]:
    """A session, ICLR 2019 and the second conference."""
    store = await open_store(*two_conference_db)
    try:
        async with store.sessions() as db:
            yield db, await get_conference(db, "iclr2019"), await get_conference(db, SLUG)
    finally:
        await store.close()


async def slugs(db: AsyncSession, conf: ConferenceView, query: str) -> list[str]:
    return [paper.slug for paper in await search_papers(db, conf, query)]


async def choices(db: AsyncSession, conf: ConferenceView, typed: str) -> list[str]:
    return [choice.value for choice in await paper_choices(db, conf, typed)]


@pytest.mark.parametrize("query", ["lottery ticket", "lotery tiket"])
async def test_a_search_ranks_the_papers_of_its_own_conference_only(
    scoped: tuple[AsyncSession, ConferenceView, ConferenceView], query: str
) -> None:
    db, iclr, other = scoped

    found = await slugs(db, iclr, query)
    elsewhere = await slugs(db, other, query)

    assert found[0] == LOTTERY, f"{query!r} gave {found}"
    assert not set(found) & SLUGS
    assert len(elsewhere) == 6
    assert set(elsewhere) <= SLUGS


async def test_title_autocomplete_offers_the_titles_of_its_own_conference_only(
    scoped: tuple[AsyncSession, ConferenceView, ConferenceView],
) -> None:
    db, iclr, other = scoped

    assert await choices(db, iclr, "lott") == [LOTTERY]
    elsewhere = await choices(db, other, "lott")
    assert len(elsewhere) == 25
    assert set(elsewhere) <= SLUGS


async def test_a_typo_is_corrected_towards_words_of_its_own_conference_only(
    scoped: tuple[AsyncSession, ConferenceView, ConferenceView],
) -> None:
    db, iclr, other = scoped

    assert await search.corrections(db, iclr.id, "quilon") == []
    assert await search.corrections(db, other.id, "quilon") == ["quillon"]
    assert await slugs(db, iclr, "quilon") == []
    assert await slugs(db, other, "quilon") == [BY_QUILLON]


@pytest.mark.sqlite_only(reason="PostgreSQL's prefix match needs no completions at any size")
async def test_autocomplete_weighs_the_size_of_its_own_conference_only(
    scoped: tuple[AsyncSession, ConferenceView, ConferenceView], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under the size limit "quil" is a prefix query, which also finds a word of a summary;
    over it, "quil" means its completions in the dictionary, which has no summaries."""
    db, _, other = scoped
    both = 31 + len(SLUGS)

    monkeypatch.setattr(search, "PREFIX_QUERY_PAPERS", both - 1)
    assert set(await choices(db, other, "quil")) == {BY_QUILLON, QUILLWORK}

    monkeypatch.setattr(search, "PREFIX_QUERY_PAPERS", len(SLUGS) - 1)
    assert await choices(db, other, "quil") == [BY_QUILLON]

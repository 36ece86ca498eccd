"""The search index and typo dictionary follow the papers table: one index row per live paper, and
dictionary words cut and folded the way users' queries are."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.text import fold, slugify, words
from bot.papers.persistence import search_pg
from bot.store.models import Conference, Paper
from bot.store.search_index import (
    MIN_TYPO_WORD,
    IndexedPaper,
    index_rowid,
    rebuild_dictionary,
    remove_papers,
    replace_papers,
)
from bot.store.seed import restore_index
from bot.store.setup import Store
from tests.fulltext import indexed_papers


async def paper_id(db: AsyncSession, slug: str) -> int:
    found = await db.scalar(select(Paper.id).where(Paper.slug == slug))
    assert found is not None, slug
    return found


async def iclr_id(db: AsyncSession) -> int:
    found = await db.scalar(select(Conference.id).where(Conference.slug == "iclr2019"))
    assert found is not None
    return found


async def dictionary(db: AsyncSession) -> dict[str, int]:
    return dict((await db.execute(text("SELECT word, docs FROM search_words"))).all())


async def test_every_live_paper_has_exactly_one_index_row(db: AsyncSession) -> None:
    indexed = list(await db.scalars(text("SELECT rowid FROM paper_search ORDER BY rowid")))
    papers = (await db.execute(select(Paper.conference_id, Paper.id).order_by(Paper.id))).all()

    assert indexed == [index_rowid(conference_id, paper_id) for conference_id, paper_id in papers]
    assert len(indexed) == 502


async def test_the_index_holds_title_aliases_authors_and_topics_with_their_aliases(
    db: AsyncSession,
) -> None:
    few_shot = await paper_id(db, "closer-look-few-shot")
    row = (
        await db.execute(
            text("SELECT title, aliases, authors, topics FROM paper_search WHERE rowid = :id"),
            {"id": index_rowid(await iclr_id(db), few_shot)},
        )
    ).one()

    assert row.title == "A Closer Look at Few-shot Classification"
    assert "Baseline++" in row.aliases
    assert "Zsolt Kira" in row.authors
    assert "few-shot learning" in row.topics
    assert "FSL" in row.topics  # an alias of the topic, so people can type the short form


async def test_accented_names_are_indexed_without_their_accents(db: AsyncSession) -> None:
    slalom = await paper_id(db, "slalom")

    assert await indexed_papers(db, ["tramer"]) == {slalom}
    assert await indexed_papers(db, ["tramèr"]) == {slalom}


async def test_the_typo_dictionary_counts_the_papers_each_word_appears_in(
    db: AsyncSession,
) -> None:
    known = await dictionary(db)

    assert known["tramer"] == 1
    assert "tramèr" not in known
    assert known["slalom"] == 1
    assert known["lottery"] == 1
    assert known["gan"] >= 3


async def test_the_typo_dictionary_leaves_out_words_found_only_in_summaries(
    db: AsyncSession,
) -> None:
    rows = (
        await db.execute(text("SELECT title, aliases, authors, topics, summary FROM paper_search"))
    ).all()
    named = {word for row in rows for word in words(" ".join(row[:4]))}
    summary_only = {word for row in rows for word in words(row.summary)} - named

    known = await dictionary(db)

    assert summary_only
    assert not summary_only & set(known)


@pytest.mark.sqlite_only(reason="FTS5's trigram table; pg_trgm indexes search_words itself")
async def test_only_words_long_enough_to_correct_get_trigrams(db: AsyncSession) -> None:
    trigram_words = set(await db.scalars(text("SELECT word FROM search_words_trigram")))
    known = await dictionary(db)

    assert trigram_words == {word for word in known if len(word) >= MIN_TYPO_WORD}
    assert "gan" not in trigram_words
    assert "lottery" in trigram_words


@pytest.mark.postgres_only
async def test_only_words_long_enough_to_correct_are_offered_as_near_misses(
    db: AsyncSession,
) -> None:
    near = dict(await search_pg.near_words(db, await iclr_id(db), "gans", 50))

    assert "gan" in await dictionary(db)
    assert "gan" not in near, "three letters: too short to correct towards"
    assert all(len(word) >= MIN_TYPO_WORD for word in near)
    assert "lottery" in dict(await search_pg.near_words(db, await iclr_id(db), "lotery", 50))


async def test_a_removed_paper_is_no_longer_matched(store: Store) -> None:
    async with store.sessions() as db, db.begin():
        slalom = await paper_id(db, "slalom")
        conference_id = await iclr_id(db)

        await remove_papers(db, conference_id, [slalom])
        count = await rebuild_dictionary(db, conference_id)

        assert await indexed_papers(db, ["slalom"]) == set()
        known = await dictionary(db)
        assert "slalom" not in known
        assert count == len(known)


async def test_replacing_a_paper_refreshes_its_row_without_duplicating_it(store: Store) -> None:
    async with store.sessions() as db, db.begin():
        leap = await paper_id(db, "leap")
        conference_id = await iclr_id(db)
        fresh = IndexedPaper(
            paper_id=leap,
            conference_id=conference_id,
            title="Transferring Knowledge across Learning Processes",
            aliases="Leap",
            authors="Sebastian Flennerhag",
            topics="meta-learning",
            summary="Now also about zebrafish.",
        )

        await replace_papers(db, [fresh])
        await replace_papers(db, [fresh])
        await rebuild_dictionary(db, conference_id)

        assert await indexed_papers(db, ["zebrafish"]) == {leap}
        rows = await db.scalar(
            text("SELECT count(*) FROM paper_search WHERE rowid = :id"),
            {"id": index_rowid(conference_id, leap)},
        )
        assert rows == 1
        assert (await dictionary(db))["flennerhag"] == 1


async def test_indexing_nothing_is_harmless(store: Store) -> None:
    async with store.sessions() as db, db.begin():
        await replace_papers(db, [])
        await remove_papers(db, await iclr_id(db), [])

        assert len(await indexed_papers(db, ["slalom"])) == 1


def test_words_are_cut_and_folded_like_the_full_text_tokenizer() -> None:
    assert words("Tramèr, ON-LSTM & Deep InfoMAX!") == ["tramer", "on", "lstm", "deep", "infomax"]
    assert words("snake_case") == ["snake", "case"]
    assert words("ﬁne-tuning") == ["fine", "tuning"]
    assert fold("Léon Bottou") == "leon bottou"


def test_topic_names_get_stable_slugs() -> None:
    assert slugify("Reinforcement Learning") == "reinforcement-learning"
    assert slugify("GAN evaluation") == slugify("gan  evaluation")
    assert slugify("🎉") == "topic"


async def _index_and_dictionary(store: Store) -> tuple[list[tuple[object, ...]], dict[str, int]]:
    async with store.sessions() as db:
        rows = await db.execute(
            text(
                "SELECT rowid, title, aliases, authors, topics, summary FROM paper_search "
                "ORDER BY rowid"
            )
        )
        return [tuple(row) for row in rows], await dictionary(db)


async def test_the_first_seed_indexes_in_bulk_what_indexing_each_stored_paper_gives(
    store: Store,
) -> None:
    """The first seed indexes from the parsed files, in bulk; an emptied index is refilled
    from the stored papers one by one. Both must give the same rows and the same dictionary."""
    bulk = await _index_and_dictionary(store)
    async with store.sessions() as db, db.begin():
        await db.execute(text("DELETE FROM paper_search"))
        await db.execute(text("DELETE FROM search_words"))

    assert await restore_index(store.sessions)

    assert await _index_and_dictionary(store) == bulk
    assert len(bulk[0]) == 502

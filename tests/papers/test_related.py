"""Papers like this one: the meaning model loads with no network, the nearest papers are the
nearest, the judged pairs hold, and the store keeps them per conference revision."""

from __future__ import annotations

import socket
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import select, text, update
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from bench.related_quality import (
    about,
    iclr_papers,
    judged_pairs,
    quality,
    separating_threshold,
)
from bot.discord import limits
from bot.domain.records import ConferenceView
from bot.imports.changes import seed
from bot.imports.packaged import load_data
from bot.papers import meaning, related
from bot.papers.like import refresh
from bot.papers.render import RELATED, paper_embed
from bot.papers.service import best_matches
from bot.store.models import Conference, RelatedPaper, RelatedRun
from bot.store.setup import Store

LOTTERY = "The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any attempt to reach the network fails loudly, and the model is loaded afresh."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"network use: {args!r}")

    import requests

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(requests, "get", refuse)
    monkeypatch.setattr(requests.Session, "request", refuse)
    meaning.model.cache_clear()
    yield
    meaning.model.cache_clear()


def test_the_model_loads_from_the_installed_package_with_the_network_blocked(
    no_network: None,
) -> None:
    vectors = meaning.embed(["network pruning", "sparse trainable subnetworks", "speech"])
    assert vectors.shape == (3, meaning.DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_an_empty_text_is_close_to_nothing() -> None:
    vectors = meaning.embed(["", "network pruning"])
    assert not vectors[0].any()
    assert not meaning.embed([""]).any()


@pytest.mark.parametrize(
    "text",
    [
        "anything on shrinking models for phones?",
        "Gaußsche Prozesse in Tübingen ⚡ 深度学习",
        "a long question " * 40,
    ],
)
def test_a_text_alone_gets_the_very_vector_it_gets_among_others(text: str) -> None:
    among = meaning.embed(["network pruning", text, "speech"])[1]
    alone = meaning.embed([text])
    assert alone.shape == (1, meaning.DIMENSIONS)
    assert alone[0].tobytes() == among.tobytes()


def _exact(vectors: np.ndarray[Any, Any], shown: int) -> list[list[int]]:
    scores = vectors @ vectors.T
    np.fill_diagonal(scores, -np.inf)
    return [list(np.argsort(-row, kind="stable")[:shown]) for row in scores]


def _unit(count: int, seed: int = 1) -> np.ndarray[Any, Any]:
    vectors = np.random.default_rng(seed).normal(size=(count, 32)).astype(np.float32)
    unit: np.ndarray[Any, Any] = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    return unit


def test_the_nearest_papers_are_the_exact_nearest_best_first() -> None:
    vectors = _unit(700)
    found = related.nearest(vectors, 3, -1.0)
    assert [[item.index for item in row] for row in found] == _exact(vectors, 3)
    assert all(row[0].score >= row[1].score >= row[2].score for row in found)


def test_nothing_below_the_threshold_is_related() -> None:
    found = related.nearest(_unit(300), 3, 0.5)
    assert all(item.score >= 0.5 for row in found for item in row)
    assert any(len(row) < 3 for row in found)


def test_a_large_conference_is_compared_by_groups_and_finds_nearly_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Above EXACT_UP_TO papers are compared within their nearest groups only: on clustered
    vectors (as papers on the same subjects are) the top three barely move."""
    rng = np.random.default_rng(2)
    centres = rng.normal(size=(40, 32))
    points = centres[rng.integers(0, 40, 3000)] + rng.normal(scale=0.4, size=(3000, 32))
    vectors = (points / np.linalg.norm(points, axis=1, keepdims=True)).astype(np.float32)
    monkeypatch.setattr(related, "EXACT_UP_TO", 1000)
    grouped = related.nearest(vectors, 3, -1.0)
    exact = _exact(vectors, 3)
    kept = sum(
        len({i.index for i in row} & set(best)) for row, best in zip(grouped, exact, strict=True)
    )
    assert kept / (3 * len(vectors)) >= 0.95
    assert grouped == related.nearest(vectors, 3, -1.0), "the same vectors, the same answer"


def test_the_judged_pairs_are_many_balanced_and_a_third_held_back() -> None:
    slugs = {paper.slug for paper in iclr_papers()}
    blind = [p for part in ("tuned", "held") for p in judged_pairs(part) if not p.pooled]
    assert len(blind) >= 60
    assert all(p.a in slugs and p.b in slugs for p in blind)
    seeds = Counter((p.a, p.related) for p in blind)
    assert set(seeds.values()) == {1}, "each seed: one related and one unrelated paper"
    held = [p for p in blind if p.part == "held"]
    assert abs(len(held) / len(blind) - 1 / 3) < 0.05


def test_related_papers_are_related_on_the_tuned_pairs() -> None:
    """The measured figures of the chosen method on the pairs it was tuned on (the held
    pairs are read only by `python -m bench.related_quality --held`)."""
    papers = iclr_papers()
    vectors = meaning.embed([about(paper) for paper in papers])
    tuned = judged_pairs("tuned")
    figures = quality(vectors, [paper.slug for paper in papers], tuned, related.THRESHOLD)
    assert figures.unrelated_shown == 0, "a paper judged unrelated is shown as related"
    assert figures.precision >= 0.9
    assert figures.hits >= 0.8
    assert figures.ordered == 1.0
    blind = [p for p in tuned if not p.pooled]
    scores = [(float(vectors[i] @ vectors[j]), p.related) for p, i, j in _indexed(blind, papers)]
    assert separating_threshold(scores) == related.THRESHOLD, "the threshold is the measured one"


def _indexed(pairs: list[Any], papers: list[Any]) -> Iterator[tuple[Any, int, int]]:
    at = {paper.slug: index for index, paper in enumerate(papers)}
    for pair in pairs:
        yield pair, at[pair.a], at[pair.b]


async def _stored(db: AsyncSession) -> list[tuple[int, int, int, float]]:
    rows = await db.execute(
        select(
            RelatedPaper.paper_id, RelatedPaper.rank, RelatedPaper.related_id, RelatedPaper.score
        ).order_by(RelatedPaper.paper_id, RelatedPaper.rank)
    )
    return [tuple(row) for row in rows]  # type: ignore[misc]


async def test_seeding_twice_gives_the_same_related_papers(store: Store, data_dir: Path) -> None:
    async with store.sessions() as db:
        before = await _stored(db)
    assert len(before) > 1000
    await seed(store.sessions, load_data(data_dir))
    assert await refresh(store.sessions) == 0, "nothing changed, nothing computed"
    async with store.sessions() as db, db.begin():
        await db.execute(text("DELETE FROM related_runs"))
    assert await refresh(store.sessions) == 1
    async with store.sessions() as db:
        assert await _stored(db) == before


async def test_a_card_shows_related_papers_only_from_the_current_revision(
    store: Store, conf: ConferenceView
) -> None:
    async with store.sessions() as db:
        found = await best_matches(db, conf, "lottery ticket", limit=1)
    titles = [paper.title for paper in found.related]
    assert "Rethinking the Value of Network Pruning" in titles
    # Another process's import: this store's commits do not hear of it, so nothing has
    # recomputed the related papers yet.
    other = create_async_engine(store.engine.url)
    async with other.begin() as connection:
        await connection.execute(update(Conference).values(revision=Conference.revision + 1))
    await other.dispose()
    async with store.sessions() as db:
        assert (await best_matches(db, conf, "lottery ticket", limit=1)).related == ()
    assert await refresh(store.sessions) == 1
    async with store.sessions() as db:
        again = await best_matches(db, conf, "lottery ticket", limit=1)
        runs = list(await db.scalars(select(RelatedRun.revision)))
    assert [paper.title for paper in again.related] == titles
    assert len(runs) == 1


async def test_the_section_fits_discord_whatever_the_titles(
    db: AsyncSession, conf: ConferenceView
) -> None:
    found = await best_matches(db, conf, "biggan", limit=6)
    long = [replace(paper, title="Pruning " * 62) for paper in found.related]
    assert len(long) == related.SHOWN
    embed = paper_embed(conf, found.papers[0], found.papers[1:], (), long)
    fields = {field.name: field.value or "" for field in embed.fields}
    assert len(fields[RELATED]) <= limits.FIELD_VALUE
    assert fields[RELATED].count("•") == related.SHOWN
    assert len(embed) <= limits.EMBED_TOTAL


async def test_papers_written_through_the_store_bring_their_related_papers_along(
    store: Store, conf: ConferenceView
) -> None:
    async with store.sessions() as db, db.begin():
        await db.execute(update(Conference).values(revision=Conference.revision + 1))
    async with store.sessions() as db:
        runs = list(await db.scalars(select(RelatedRun.revision)))
        revision = await db.scalar(select(Conference.revision).where(Conference.id == conf.id))
        found = await best_matches(db, conf, "lottery ticket", limit=1)
    assert runs == [revision]
    assert "Rethinking the Value of Network Pruning" in [paper.title for paper in found.related]

"""A topic held by more papers than its answer can list: the first ones by title are listed
and the rest counted exactly, retired papers left out of both."""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import ConferenceView
from bot.programme.render import topic_embed
from bot.programme.service import TOPIC_PAPERS_LISTED, topic_match
from bot.store.models import Paper, Topic, paper_topics

ADDED = TOPIC_PAPERS_LISTED + 37
RETIRED = ("pruned-000", "pruned-001", "pruned-002")


async def add_papers_on(db: AsyncSession, conf: ConferenceView, topic: str) -> None:
    """Many more papers on one topic than an answer lists, as a large conference has."""
    topic_id = await db.scalar(
        select(Topic.id).where(Topic.conference_id == conf.id, Topic.name == topic)
    )
    papers = [
        Paper(
            conference_id=conf.id,
            slug=f"pruned-{n:03d}",
            title=f"Pruned Network Number {n:03d}",
            authors=["Ada Example"],
            kind="poster",
            placement="unknown",
            summary="One of many papers on GANs.",
        )
        for n in range(ADDED)
    ]
    db.add_all(papers)
    await db.flush()
    await db.execute(
        insert(paper_topics), [{"paper_id": p.id, "topic_id": topic_id} for p in papers]
    )
    await db.commit()


async def test_a_large_topic_lists_its_first_papers_by_title_and_counts_the_rest(
    db: AsyncSession, conf: ConferenceView
) -> None:
    await add_papers_on(db, conf, "generative adversarial networks")
    before = await topic_match(db, conf, "generative adversarial networks")
    await db.execute(update(Paper).where(Paper.slug.in_(RETIRED)).values(retired=True))
    await db.commit()
    after = await topic_match(db, conf, "generative adversarial networks")

    total = len(before.papers) + before.more_papers
    assert len(before.papers) == TOPIC_PAPERS_LISTED
    assert [p.title for p in before.papers] == sorted(p.title for p in before.papers)
    assert total > ADDED
    assert len(after.papers) + after.more_papers == total - len(RETIRED)
    assert not {p.slug for p in after.papers} & set(RETIRED)
    shown = topic_embed(conf, after).fields[-1].value or ""
    lines = shown.count("\n")
    assert shown.endswith(f"… and {total - len(RETIRED) - lines} more papers")


async def test_a_small_topic_lists_every_paper_and_counts_none_beyond(
    db: AsyncSession, conf: ConferenceView
) -> None:
    found = await topic_match(db, conf, "generative adversarial networks")
    assert found.papers
    assert found.more_papers == 0
    assert "more papers" not in (topic_embed(conf, found).fields[-1].value or "")

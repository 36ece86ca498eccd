"""Papers with the authors' abstract (as `confbot enrich` keeps it): the card shows it as
theirs, within Discord's limits, never as the bot's summary, and /paper finds it by its words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.offline import OfflineDiscord
from bot.papers.openreview import AuthorsText, Fetched, Outcome
from bot.papers.persistence.abstracts import Pending, keep
from bot.papers.render import ABSTRACT, NO_SUMMARY_BUT_ABSTRACT, TLDR
from bot.store.models import Paper
from bot.store.setup import Store
from tests.cogs.conftest import ATTENDEE, only_reply

LOTTERY = "rJl-b3RcF7"
SENTENCE = "Pruned subnetworks reach the accuracy of the dense network in fewer steps. "
LONG = "Zyglorf winning tickets exist, e.g. in convolutional networks. " + SENTENCE * 40
TLDR_TEXT = "Dense networks hide small subnetworks that train well from the start."


async def enrich_one(store: Store, openreview_id: str, abstract: str, tldr: str = "") -> None:
    """What `confbot enrich` stores for a paper OpenReview had."""
    async with store.sessions() as db:
        paper_id = await db.scalar(select(Paper.id).where(Paper.openreview_id == openreview_id))
    assert paper_id is not None
    source = f"https://api.openreview.net/notes?id={openreview_id}"
    fetched = Fetched(openreview_id, Outcome.FOUND, AuthorsText(abstract, tldr, source), 1)
    async with store.sessions() as db:
        await keep(db, [(Pending(paper_id, openreview_id), fetched)], datetime.now(UTC))


def fields_of(embed: dict[str, object]) -> dict[str, str]:
    found = embed.get("fields", [])
    assert isinstance(found, list)
    return {field["name"]: field["value"] for field in found}


async def test_the_card_shows_the_abstract_as_the_authors_beside_our_summary(
    offline: OfflineDiscord, store: Store
) -> None:
    await enrich_one(store, LOTTERY, LONG, TLDR_TEXT)

    reply = only_reply(await offline.slash(ATTENDEE, "paper", {"query": "lottery ticket"}))
    (embed,) = reply.embeds
    fields = fields_of(embed)

    assert "Zyglorf" not in embed["description"], "our summary stays the description"
    assert fields[TLDR] == TLDR_TEXT
    abstract = fields[ABSTRACT]
    assert len(abstract) <= 1024
    body, note = abstract.split("\n*")
    assert LONG.startswith(body)
    assert body.endswith("fewer steps."), "cut where a sentence ends"
    assert "the whole abstract is on [OpenReview](https://openreview.net/forum?id=" in note


async def test_a_paper_without_our_summary_points_at_the_authors_abstract(
    offline: OfflineDiscord, store: Store
) -> None:
    async with store.sessions() as db:
        row = (
            await db.execute(
                select(Paper.openreview_id, Paper.title)
                .where(Paper.summary == "", Paper.openreview_id.is_not(None))
                .limit(1)
            )
        ).one_or_none()
    if row is None:
        pytest.skip("every paper of the data has a summary of ours")
    forum, title = row
    await enrich_one(store, forum, "The authors say what they did. And what came of it.")

    (message,) = await offline.mention(ATTENDEE, f"summarise {title}")
    (embed,) = message.embeds

    assert embed["description"] == NO_SUMMARY_BUT_ABSTRACT
    assert fields_of(embed)[ABSTRACT] == "The authors say what they did. And what came of it."


async def test_paper_finds_a_paper_by_a_word_only_its_abstract_has(
    offline: OfflineDiscord, store: Store
) -> None:
    await enrich_one(store, LOTTERY, LONG)

    reply = only_reply(await offline.slash(ATTENDEE, "paper", {"query": "zyglorf"}))
    assert reply.embeds[0]["title"].startswith("The Lottery Ticket Hypothesis")

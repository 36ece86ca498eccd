"""A topic's sessions and papers are read from the store once per conference revision: the
next attendee asking about the same topic is answered from memory, with the same listing.
Every topic's own listing is read with the memory, and its posters, talks or any other kind
are told from it, so even the first attendee asking about a topic is answered without waiting
for the store."""

from __future__ import annotations

from typing import cast

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat.service import Memory
from bot.domain.kinds import Group
from bot.domain.records import ConferenceView
from bot.programme import service as topic_service
from bot.store.models import Conference


async def test_a_topic_asked_again_is_listed_from_memory(
    db: AsyncSession, conf: ConferenceView
) -> None:
    known = await Memory().known(db, conf)
    first = await known.on_topic(db, conf, "reinforcement learning", None)
    read = await topic_service.topic_match(db, conf, "reinforcement learning", None, known.topics)
    assert first == read
    assert first.sessions, "the topic has sessions"
    assert await known.on_topic(db, conf, "reinforcement learning", None) is first


async def test_a_kind_asked_on_a_topic_keeps_its_own_listing(
    db: AsyncSession, conf: ConferenceView
) -> None:
    known = await Memory().known(db, conf)
    every = await known.on_topic(db, conf, "reinforcement learning", None)
    workshops = await known.on_topic(db, conf, "reinforcement learning", Group.WORKSHOP)
    assert workshops == await topic_service.topic_match_of_kind_or_any(
        db, conf, "reinforcement learning", Group.WORKSHOP, known.topics
    )
    assert workshops.sessions != every.sessions, "the workshops alone, not every kind"


async def test_a_new_revision_lists_the_topic_afresh(
    db: AsyncSession, conf: ConferenceView
) -> None:
    memory = Memory()
    before = await (await memory.known(db, conf)).on_topic(db, conf, "compression", None)
    await db.execute(
        update(Conference).where(Conference.id == conf.id).values(revision=Conference.revision + 1)
    )
    await db.commit()
    after = await (await memory.known(db, conf)).on_topic(db, conf, "compression", None)
    assert after == before
    assert after is not before


async def test_every_topic_is_listed_with_the_memory(
    db: AsyncSession, conf: ConferenceView
) -> None:
    known = await Memory().known(db, conf)
    no_store = cast(AsyncSession, object())  # any read from the store would fail on it
    for named in ("compression", "reinforcement learning"):
        ready = await known.on_topic(no_store, conf, named, None)
        assert ready == await topic_service.topic_match(db, conf, named, None, known.topics)
    assert len(known.topics) > 2, "the conference has more topics than the two asked"
    for other in known.topics:
        assert await known.on_topic(no_store, conf, other.name, None)


async def test_every_kind_asked_on_every_topic_is_what_the_store_reads(
    db: AsyncSession, conf: ConferenceView
) -> None:
    known = await Memory().known(db, conf)
    no_store = cast(AsyncSession, object())  # any read from the store would fail on it
    for named in known.topics:
        for group in Group:
            ready = await known.on_topic(no_store, conf, named.name, group)
            assert ready == await topic_service.topic_match_of_kind_or_any(
                db, conf, named.name, group, known.topics
            ), (named.name, group)
    posters = await known.on_topic(no_store, conf, "reinforcement learning", Group.POSTER)
    every = await known.on_topic(no_store, conf, "reinforcement learning", None)
    assert posters.sessions
    assert posters.sessions != every.sessions, "its posters alone, not every kind"

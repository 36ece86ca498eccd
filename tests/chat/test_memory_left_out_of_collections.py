"""Chat's memory of a conference revision (its vocabulary and the meanings of its talks and
papers) lives till the next revision, so a bot, which froze its heap once started, leaves it
out of the garbage collector's full collections too: walking its tens of thousands of objects
would hold whichever answer a collection fell in. A process that never froze its heap
collects it as usual."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat.meaning import meanings
from bot.chat.service import Memory
from bot.domain.records import ConferenceView
from bot.health.loop import freeze_heap


@pytest.fixture
def thawed() -> Iterator[None]:
    """A process whose heap is not frozen, as it is left after the test."""
    gc.unfreeze()
    yield
    gc.unfreeze()


async def test_a_bots_memory_read_for_a_revision_is_not_walked_by_a_collection(
    db: AsyncSession, conf: ConferenceView, thawed: None
) -> None:
    freeze_heap()  # as the bot does once started, before anyone asks
    known = await Memory().known(db, conf)
    read = await meanings(db, conf, known)

    walked = {id(held) for held in gc.get_objects()}
    assert id(known) not in walked
    assert id(known.sessions[0]) not in walked
    assert id(read) not in walked
    assert id(read.papers) not in walked


async def test_a_process_that_never_froze_its_heap_collects_the_memory_as_usual(
    db: AsyncSession, conf: ConferenceView, thawed: None
) -> None:
    known = await Memory().known(db, conf)

    assert gc.get_freeze_count() == 0
    assert any(held is known for held in gc.get_objects())

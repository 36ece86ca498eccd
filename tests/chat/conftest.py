"""The imported schedules the chat tests ask about beside ICLR 2019."""

from __future__ import annotations

import pytest

from bot.imports.service import import_source
from bot.store.setup import Store
from tests.chat.blind import SCHEDULES
from tests.conftest import venue_time

CCC = "31c3"
CAMP = "camp2019"


@pytest.fixture
async def ccc(store: Store) -> None:
    """31C3's public schedule (frab XML), imported as `confbot import` does."""
    await import_source(store, str(SCHEDULES / "31c3.xml"), CCC, venue_time("2019-05-01T12:00"))


@pytest.fixture
async def camp(store: Store) -> None:
    """Camp 2019's public schedule (frab JSON), imported as `confbot import` does."""
    await import_source(
        store, str(SCHEDULES / "camp2019.json"), CAMP, venue_time("2019-05-01T12:00")
    )

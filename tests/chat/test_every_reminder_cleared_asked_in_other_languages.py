"""How to cancel every reminder at once, asked in Spanish and Chinese (wordings of this file's
own): the answer names `/remind clear`, as it does for the question in English."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

ICLR = "iclr2019"
NOTHING = ("No paper matches", "Nothing matches", "did you mean")


def _clearing(locale: str, wording: str) -> Blind:
    return Blind(
        f"clear-{locale}", ICLR, wording, locale=locale, expect=("remind clear",), forbid=NOTHING
    )


async def test_cancelling_every_reminder_is_answered_with_the_command(
    store: Store, database_url: str
) -> None:
    """Before, the words for cancelling and for reminders went unread and nothing matched."""
    await asked(
        store,
        database_url,
        _clearing("es", "como borro todos mis recordatorios de una vez"),
        _clearing("zh-CN", "怎么删除我所有的提醒"),
    )

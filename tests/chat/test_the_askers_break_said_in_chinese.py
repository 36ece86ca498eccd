"""Where the asker is and what they just drank ('我正在茶歇', '刚喝完了咖啡') name nothing asked:
beside a room and 'what is next there' (接下来有什么), the room's next session answers."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
TUESDAY_BREAK = "2019-05-07T16:05:00-05:00"


async def test_the_rooms_next_session_answers(store: Store, database_url: str) -> None:
    """Tuesday's coffee break runs 16:00-16:30; Great Hall BC's posters start at 16:30."""
    await asked(
        store,
        database_url,
        Blind("break-zh", "iclr2019", "我在茶歇呢 喝完咖啡了 Great Hall BC 接下来有什么",
              now=TUESDAY_BREAK, locale="zh-CN",
              expect=("16:30", "Poster session: adversarial attacks"), language_words=("月",)),
    )  # fmt: skip

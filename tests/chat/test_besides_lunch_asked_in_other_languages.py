"""What runs over lunch besides the meal, asked in Spanish and Chinese (wordings of this
file's own): 'apart from eating' asks the meals away, and a company's demo is the industry
expo, as in English."""

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
EXPO_ROOM = "R09"
"""Where Tuesday's industry expo runs over lunch."""


def _besides(locale: str, wording: str) -> Blind:
    return Blind(
        f"besides-lunch-{locale}", ICLR, wording, locale=locale, expect=(EXPO_ROOM,), forbid=NOTHING
    )


async def test_a_company_demo_over_lunch_is_the_industry_expo(
    store: Store, database_url: str
) -> None:
    """Before, "nothing matches" the demo and the companies, or a company's papers."""
    await asked(
        store,
        database_url,
        _besides("es", "el martes al mediodia hay algo ademas de comer? alguna demo de empresas"),
        _besides("zh-CN", "周二午饭时间除了吃饭还有别的活动吗 比如公司展示"),
    )

"""A break named only by what the asker is having there, beside another kind asked (wordings
of this file's own): the kind asked answers, where before the coffee break's own card was
shown; a break asked about alone is still that break."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what a question means does not depend on the store; the blind sets grade "
        "retrieval on both backends"
    ),
]
ICLR = "iclr2019"
C31 = "31c3"

ON_A_BREAK = (
    Blind(
        "morning",
        ICLR,
        "on my coffee break, what are the posters after this about?",
        now="2019-05-08T10:48-05:00",
        expect=("11:00", "reinforcement learning"),
        forbid=("Kind\nBreak",),
    ),
    Blind(
        "afternoon",
        ICLR,
        "got my coffee. which poster session comes up next?",
        now="2019-05-08T16:05-05:00",
        expect=("16:30", "optimizers"),
    ),
)
A_TALK_ON_A_REMARK = (
    Blind(
        "toilets-en",
        C31,
        "was there really a talk on toilets?",
        expect=("Internet of toilets", "19:00"),
        forbid=("Nothing matches", "did you mean"),
    ),
    Blind(
        "toilets",
        C31,
        "un talk sur les toilettes connectées, ça a vraiment existé ?",
        locale="fr",
        expect=("Internet of toilets", "19:00"),
        forbid=("Nothing matches", "did you mean"),
    ),
)
THE_BREAK = (
    Blind(
        "break",
        ICLR,
        "when is the afternoon coffee break on wednesday?",
        expect=("16:00",),
    ),
)


async def test_a_kind_asked_during_a_break_is_what_answers(store: Store, database_url: str) -> None:
    """Before, the coffee break's card, which says nothing of the posters."""
    await asked(store, database_url, *ON_A_BREAK, *THE_BREAK)


async def test_a_talk_titled_with_a_remark_word_is_no_pause(
    store: Store, database_url: str
) -> None:
    """A toilet is nothing a break serves: the talk on toilets answers, where before every talk
    of the congress was listed as if the asker were only on a break, and a question asking
    for a kind of session was taken for a remark about the toilets."""
    await asked(store, database_url, *A_TALK_ON_A_REMARK)

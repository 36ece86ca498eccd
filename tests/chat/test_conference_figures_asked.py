"""The conference's own figures and links asked for in words only their labels use ('what %
of presenters were women', 'where are the posters online'): its card, which holds them,
answers; a question sharing one word with a label ('invited speakers', 'papers about
women') asks what it asks."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
CARD = "In numbers"


@pytest.mark.imported_schedules
async def test_a_figure_or_link_asked_in_its_labels_words_gets_the_card(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("women", ICLR, "what % of presenters were women?", expect=("8.6%",)),
        Blind("share", ICLR, "share of participants who were women", expect=("15%",)),
        Blind("registered", ICLR, "how many attendees registered in the end", expect=("3,000",)),
        Blind("online", ICLR, "where can i see the posters online", expect=("postersession.ai",)),
        Blind("organised", ICLR, "who organised the online posters thing", expect=("Binas",)),
        Blind("notes", ICLR, "david abel wrote notes on the talks right? link", expect=("abel",)),
        # one word of a label beside words asking for a figure, read under its other names
        Blind("female", ICLR, "% female presenters?", expect=("8.6%",)),
        Blind("ppl", ICLR, "roughly how many ppl registered", expect=("3,000",)),
    )


@pytest.mark.imported_schedules
async def test_a_question_sharing_one_word_with_a_label_asks_what_it_asks(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("invited", ICLR, "who are the invited speakers", expect=("Dwork",), forbid=(CARD,)),
        Blind("best", ICLR, "best paper awards?", expect=("Lottery Ticket",), forbid=(CARD,)),
        Blind("posters", ICLR, "which posters are on gans", forbid=(CARD,)),
    )

"""Replies about the people behind a paper shown: 'did the same people write anything else?'
lists the other papers its authors wrote together (an oral among them when one is asked
for); 'does he have papers too?' of a speaker shown lists theirs. A reply naming both an oral
and a poster asks how a paper is presented; the papers an oral block's card lists are what a
reply asking for authors is about; a person's one paper is shown whole when its board is
asked."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_the_same_authors_other_papers_are_listed(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("rnd", "iclr2019", "exploration by random network distillation"),
        Blind(
            "else",
            "iclr2019",
            "did those authors write anything else?",
            reply_to="rnd",
            expect=("Large-Scale Study of Curiosity-Driven Learning",),
        ),
        Blind("pate", "iclr2019", "pate-gan"),
        Blind(
            "oral",
            "iclr2019",
            "any oral by the same people as well?",
            reply_to="pate",
            expect=("KnockoffGAN",),
        ),
        Blind("ian", "iclr2019", "is goodfellow giving a keynote"),
        Blind(
            "his",
            "iclr2019",
            "does he have any papers too?",
            reply_to="ian",
            expect=("3 papers", "Discriminator Rejection Sampling"),
        ),
    )


@pytest.mark.imported_schedules
async def test_an_oral_or_a_poster_asked_of_a_paper_is_how_it_is_presented(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("cube", "iclr2019", "the rubik's cube paper"),
        Blind(
            "format",
            "iclr2019",
            "is it given as an oral or does it just have a poster?",
            reply_to="cube",
            expect=("Presented as: Poster",),
        ),
    )


@pytest.mark.imported_schedules
async def test_authors_asked_of_an_oral_block_are_those_of_its_papers(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("orals", "iclr2019", "monday morning orals, which papers?"),
        Blind(
            "authors",
            "iclr2019",
            "who are the authors?",
            reply_to="orals",
            expect=("Menick", "Brock"),
        ),
    )


@pytest.mark.imported_schedules
async def test_the_board_of_someones_one_paper_shows_that_paper(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "board",
            "iclr2019",
            "which board is florian tramer's paper on",
            expect=("Slalom", "#44"),
        ),
    )


@pytest.mark.imported_schedules
async def test_the_first_author_asked_of_a_paper_is_who_wrote_it(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("gan", "iclr2019", "the relativistic discriminator paper"),
        Blind(
            "first",
            "iclr2019",
            "first author? from stanford?",
            reply_to="gan",
            expect=("Jolicoeur-Martineau",),
        ),
    )


@pytest.mark.imported_schedules
async def test_talk_or_poster_beside_a_papers_name_shows_the_paper(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "format",
            "iclr2019",
            "is td-vae a talk or a poster",
            expect=("Gregor", "Presented as"),
        ),
    )


@pytest.mark.imported_schedules
async def test_who_wrote_the_first_one_of_a_topic_is_its_first_papers_authors(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("pruning", "iclr2019", "any papers about pruning?"),
        Blind(
            "first",
            "iclr2019",
            "who wrote the first one?",
            reply_to="pruning",
            expect=("Rethinking the Value of Network Pruning", "Authors"),
        ),
    )

"""Paper search: finds what people mean (typos, surnames, aliases, accents) and no input is ever a
syntax error."""

from __future__ import annotations

import random

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.errors import DomainError, EmptyQuery, QueryTooLong
from bot.domain.records import ConferenceView
from bot.domain.text import edit_distance
from bot.papers.persistence import search
from bot.papers.persistence.search import MAX_QUERY_CHARS, query_words, quote
from bot.papers.service import find_papers, search_papers
from tests.hostile import HOSTILE, HOSTILE_IDS, assert_papers_intact, outcome

LOTTERY = "The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks"
NSCL = (
    "The Neuro-Symbolic Concept Learner: Interpreting Scenes, Words, and Sentences From "
    "Natural Supervision"
)
ADAMW = "Decoupled Weight Decay Regularization"
RETHINKING = "Rethinking the Value of Network Pruning"
SLALOM = "Slalom: Fast, Verifiable and Private Execution of Neural Networks in Trusted Hardware"


async def titles(db: AsyncSession, conf: ConferenceView, query: str) -> list[str]:
    return [paper.title for paper in await search_papers(db, conf, query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("lotery tiket", LOTTERY),
        ("Tenenbaum concept learner", NSCL),
        ("AdamW", ADAMW),
        ("Tramer", SLALOM),
        ("Tramèr", SLALOM),
        ("tell me about the lottery ticket paper", LOTTERY),
        ("Frankle", LOTTERY),
        ("weight decay regularisation", ADAMW),
    ],
)
async def test_a_search_finds_the_paper_people_mean_among_the_first_three(
    db: AsyncSession, conf: ConferenceView, query: str, expected: str
) -> None:
    found = await titles(db, conf, query)

    assert expected in found[:3], f"{query!r} gave {found}"


async def test_searching_network_pruning_offers_the_pruning_papers_first(
    db: AsyncSession, conf: ConferenceView
) -> None:
    found = await titles(db, conf, "network pruning")

    assert found[0] == RETHINKING
    assert all("prun" in title.casefold() for title in found[:3])


@pytest.mark.parametrize(
    ("alias", "slug"),
    [
        ("BigGAN", "biggan"),
        ("Deep InfoMax", "deep-infomax"),
        ("Leap", "leap"),
        ("GIN", "how-powerful-are-gnns"),
        ("ON-LSTM", "ordered-neurons"),
        ("Fixup", "fixup-initialization"),
        ("Slalom", "slalom"),
        ("NS-CL", "neuro-symbolic-concept-learner"),
        ("biggan", "biggan"),
        ("on lstm", "ordered-neurons"),
    ],
)
async def test_a_well_known_short_name_finds_its_paper_first(
    db: AsyncSession, conf: ConferenceView, alias: str, slug: str
) -> None:
    found = await search_papers(db, conf, alias)

    assert found, alias
    assert found[0].slug == slug


async def test_the_exact_slug_sent_by_autocomplete_wins_outright(
    db: AsyncSession, conf: ConferenceView
) -> None:
    found = await search_papers(db, conf, "rethinking-network-pruning")

    assert found[0].slug == "rethinking-network-pruning"


async def test_a_search_returns_whole_papers_with_where_they_are_presented(
    db: AsyncSession, conf: ConferenceView
) -> None:
    (first, *_) = await search_papers(db, conf, "Deep InfoMax")

    assert first.title == (
        "Learning deep representations by mutual information estimation and maximization"
    )
    assert "Yoshua Bengio" in first.authors
    assert first.url == "https://openreview.net/forum?id=Bklr3j0cKX"
    assert [session.slug for session in first.sessions] == [
        "wed-orals-morning",
        "wed-posters-morning",
    ]
    assert first.summary


async def test_a_search_gives_at_most_the_number_of_results_asked_for(
    db: AsyncSession, conf: ConferenceView
) -> None:
    assert len(await search_papers(db, conf, "learning", limit=3)) == 3
    assert len(await search_papers(db, conf, "learning")) <= 6


async def test_a_search_for_something_no_paper_mentions_finds_nothing(
    db: AsyncSession, conf: ConferenceView
) -> None:
    assert await search_papers(db, conf, "zzzqqqx") == []


async def test_works_that_were_not_at_iclr_2019_are_not_presented_as_its_papers(
    db: AsyncSession, conf: ConferenceView
) -> None:
    title = "Deconstructing Lottery Tickets: Zeros, Signs, and the Supermask"

    assert title not in await titles(db, conf, title)


@pytest.mark.parametrize("query", HOSTILE, ids=HOSTILE_IDS)
async def test_hostile_input_gives_results_or_a_clear_error_never_a_database_error(
    db: AsyncSession, conf: ConferenceView, query: str
) -> None:
    result = await outcome(search_papers(db, conf, query))

    assert isinstance(result, list | EmptyQuery | QueryTooLong), result
    assert not isinstance(result, DomainError) or str(result)

    await assert_papers_intact(db)


async def test_an_empty_search_asks_for_a_few_words(db: AsyncSession, conf: ConferenceView) -> None:
    for query in ("", "   ", "\u200b", "?!*", "🎉"):
        with pytest.raises(EmptyQuery, match="type a few words"):
            await search_papers(db, conf, query)


async def test_an_overlong_search_says_how_long_it_may_be(
    db: AsyncSession, conf: ConferenceView
) -> None:
    with pytest.raises(QueryTooLong, match=str(MAX_QUERY_CHARS)):
        await search_papers(db, conf, "x" * (MAX_QUERY_CHARS + 1))


async def test_a_column_filter_in_the_query_is_just_words(
    db: AsyncSession, conf: ConferenceView
) -> None:
    found = await find_papers(db, conf, "title:lottery")

    assert found.papers == [], "no paper has the word 'title' as well"
    assert [paper.title for paper in found.near] == [LOTTERY]


def test_every_word_of_a_query_is_quoted_for_the_index() -> None:
    assert quote('say "hi"') == '"say ""hi"""'
    assert quote("NEAR(a") == '"NEAR(a"'


def test_stop_words_are_dropped_unless_nothing_else_is_left() -> None:
    assert query_words("tell me about the lottery paper") == ["lottery"]
    assert query_words("the") == ["the"]


def test_a_query_is_cut_to_a_dozen_words() -> None:
    assert len(query_words(" ".join(f"w{i}" for i in range(40)))) == 12


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("lottery", "lottery", 0),
        ("lotery", "lottery", 1),
        ("tikcet", "ticket", 1),
        ("tiket", "ticket", 1),
        ("pruning", "purning", 1),
        ("gan", "gin", 1),
    ],
)
def test_edit_distance_counts_a_swap_as_one_typo(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b, limit=2) == distance


def test_edit_distance_gives_up_past_the_limit() -> None:
    assert edit_distance("lottery", "generative", limit=2) == 3
    assert edit_distance("a", "abcdef", limit=2) == 3


def _full_table_distance(a: str, b: str) -> int:
    """Optimal string alignment over the whole table, as textbooks write it."""
    table = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            table[i][j] = min(
                table[i - 1][j] + 1,
                table[i][j - 1] + 1,
                table[i - 1][j - 1] + (a[i - 1] != b[j - 1]),
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[-1][-1]


def test_edit_distance_agrees_with_the_full_table_within_its_limit() -> None:
    rng = random.Random(7)
    letters = "aeilnorst"
    for _ in range(3000):
        a = "".join(rng.choice(letters) for _ in range(rng.randint(0, 10)))
        b = list(a)
        for _ in range(rng.randint(0, 3)):
            at = rng.randint(0, max(len(b) - 1, 0))
            b[at : at + 1] = rng.choice(
                ([], [rng.choice(letters)], b[at : at + 2][::-1], [*b[at : at + 1], "e"])
            )
        for limit in (0, 1, 2):
            expected = min(_full_table_distance(a, "".join(b)), limit + 1)
            assert edit_distance(a, "".join(b), limit) == expected, (a, "".join(b), limit)


async def test_a_misspelt_word_is_corrected_to_a_word_of_the_papers(
    db: AsyncSession, conf: ConferenceView
) -> None:
    assert "ticket" in await search.corrections(db, conf.id, "tiket")
    assert "lottery" in await search.corrections(db, conf.id, "lotery")
    assert await search.corrections(db, conf.id, "gam") == []  # too short to guess


async def test_a_repeated_word_counts_once(db: AsyncSession, conf: ConferenceView) -> None:
    assert search.query_words("lottery lottery LOTTERY ticket") == ["lottery", "ticket"]
    once = await search.search(db, conf.id, "lottery ticket")
    repeated = await search.search(db, conf.id, "lottery lottery lottery ticket")
    assert [hit.paper_id for hit in repeated] == [hit.paper_id for hit in once]

"""/paper: the best match in full, the next few listed, and no input that breaks it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import ConfBot
from bot.clock import ManualClock
from bot.conferences import get_conference
from bot.imports.packaged import open_store
from bot.offline import OfflineDiscord, OptionError
from bot.settings import Settings
from tests.cogs.conftest import ATTENDEE, only_reply, text_of
from tests.conftest import empty_database
from tests.store.second_conference import two_conferences


async def test_paper_shows_the_best_match_in_full(offline: OfflineDiscord) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "paper", {"query": "lottery ticket"}))
    embed = reply.embeds[0]
    assert embed["title"].startswith("The Lottery Ticket Hypothesis")
    assert embed["url"] == "https://openreview.net/forum?id=rJl-b3RcF7"
    text = text_of([reply])
    assert "Jonathan Frankle, Michael Carbin" in text
    assert "Best Paper" in text
    assert "Oral" in text
    assert len(embed["description"]) > 100, "the summary is shown"
    assert "Also matching" in text


async def test_paper_is_found_despite_typos_and_says_what_it_searched_for(
    offline: OfflineDiscord,
) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "paper", {"query": "lotery tiket"}))
    assert reply.embeds[0]["title"].startswith("The Lottery Ticket Hypothesis")
    assert reply.embeds[0]["description"].startswith(
        "*No paper has “lotery” or “tiket”; showing papers with “lottery” and “ticket”.*"
    )


async def test_a_word_found_as_typed_is_not_said_to_be_read_otherwise(
    offline: OfflineDiscord,
) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "paper", {"query": "lottery ticket"}))
    assert "No paper has" not in reply.embeds[0]["description"]


async def test_paper_with_unverified_session_says_so(offline: OfflineDiscord) -> None:
    text = text_of(await offline.slash(ATTENDEE, "paper", {"query": "Fixup"}))
    assert "Its session is not known" in text


async def test_paper_that_matches_nothing_is_answered_privately(offline: OfflineDiscord) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "paper", {"query": "zyxxy quorble"}))
    assert reply.ephemeral
    assert "No paper matches" in text_of([reply])


@pytest.mark.parametrize(
    "query", ["sourdough starter with rye flour", "colourless green ideas sleep furiously"]
)
async def test_paper_never_shows_an_unrelated_paper_in_full(
    offline: OfflineDiscord, query: str
) -> None:
    text = text_of([only_reply(await offline.slash(ATTENDEE, "paper", {"query": query}))])
    assert "No paper matches" in text
    assert "Authors" not in text


async def test_a_question_in_other_words_finds_the_paper_whose_summary_answers_it(
    offline: OfflineDiscord,
) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "paper", {"query": "protein folding"}))
    assert reply.embeds[0]["title"] == "Learning Protein Structure with a Differentiable Simulator"


async def test_paper_names_near_misses_without_showing_them(offline: OfflineDiscord) -> None:
    text = text_of(
        [only_reply(await offline.slash(ATTENDEE, "paper", {"query": "lottery quasars"}))]
    )
    assert "Did you mean: The Lottery Ticket Hypothesis" in text
    assert "Authors" not in text


async def test_paper_autocomplete_forgives_a_typo(offline: OfflineDiscord) -> None:
    choices = await offline.autocomplete(ATTENDEE, "paper", {"query": "lotery"}, "query")
    assert choices[0]["value"] == "lottery-ticket-hypothesis"


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        "AND OR NOT (",
        "*",
        "col:x",
        "-x",
        "title:lottery",
        "'; DROP TABLE papers; --",
        "\u200f\u200b",
    ],
)
async def test_search_syntax_is_just_text(offline: OfflineDiscord, hostile: str) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "paper", {"query": hostile}))
    assert reply.embeds
    still_there = text_of(await offline.slash(ATTENDEE, "paper", {"query": "BigGAN"}))
    assert "Large Scale GAN Training" in still_there


async def test_a_query_longer_than_the_option_allows_is_refused_by_discord(
    offline: OfflineDiscord,
) -> None:
    with pytest.raises(OptionError):
        await offline.slash(ATTENDEE, "paper", {"query": "a" * 5000})


async def test_title_autocomplete_offers_the_paper_and_keeps_discord_limits(
    offline: OfflineDiscord,
) -> None:
    choices = await offline.autocomplete(ATTENDEE, "paper", {"query": "lott"}, "query")
    assert choices[0]["value"] == "lottery-ticket-hypothesis"
    everything = await offline.autocomplete(ATTENDEE, "paper", {"query": ""}, "query")
    assert len(everything) == 25
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in everything)


async def test_choosing_an_autocompleted_title_shows_exactly_that_paper(
    offline: OfflineDiscord,
) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "paper", {"query": "ordered-neurons"}))
    assert reply.embeds[0]["title"].startswith("Ordered Neurons")


async def test_paper_searches_its_own_conference_when_another_shares_the_store(
    request: pytest.FixtureRequest, backend: str, tmp_path: Path, data_dir: Path, clock: ManualClock
) -> None:
    database = empty_database(request, backend, tmp_path)
    store = await open_store(database, two_conferences(tmp_path / "data", data_dir))
    try:
        async with store.sessions() as db:
            conf = await get_conference(db, "iclr2019")
        harness = OfflineDiscord(ConfBot(Settings(database_url=database), store, clock, conf))
        await harness.start()
        try:
            reply = only_reply(await harness.slash(ATTENDEE, "paper", {"query": "lottery ticket"}))
            assert harness.violations == []
        finally:
            await harness.close()
    finally:
        await store.close()
    assert reply.embeds[0]["title"].startswith("The Lottery Ticket Hypothesis")
    assert "Lottery Tickets for" not in text_of([reply])


async def test_a_paper_outside_the_recap_shows_its_summary_and_where_it_came_from(
    offline: OfflineDiscord,
) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "paper", {"query": "L2-Nonexpansive"}))
    embed = reply.embeds[0]
    assert embed["title"] == "L2-Nonexpansive Neural Networks"
    assert "Lipschitz" in embed["description"]
    assert "No summary in our own words yet" not in embed["description"]
    links = next(field["value"] for field in embed["fields"] if field["name"] == "Links")
    assert "[Summary written from](https://" in links

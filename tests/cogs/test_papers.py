"""/paper: the best match in full, the next few listed, and no input that breaks it."""

from __future__ import annotations

import pytest

from bot.offline import OfflineDiscord, OptionError
from tests.cogs.conftest import ATTENDEE, only_reply, text_of

LOTTERY = "The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks"


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
    two: OfflineDiscord,
) -> None:
    reply = only_reply(await two.slash(ATTENDEE, "paper", {"query": "lottery ticket"}))
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


async def test_the_lottery_ticket_card_lists_related_pruning_papers_and_when_they_are_on(
    offline: OfflineDiscord,
) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "paper", {"query": "lottery ticket"}))
    fields = {field["name"]: field["value"] for field in reply.embeds[0]["fields"]}
    lines = fields["Related papers"].splitlines()
    assert 1 <= len(lines) <= 3
    assert "Rethinking the Value of Network Pruning" in lines[0]
    assert any("SNIP: Single-Shot Network Pruning" in line for line in lines)
    # Their sessions are not in the data: the line says so rather than leaving it out.
    assert all("session not known" in line or " your time" in line for line in lines)


async def test_related_papers_show_their_day_time_and_room(offline: OfflineDiscord) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "paper", {"query": "BigGAN"}))
    fields = {field["name"]: field["value"] for field in reply.embeds[0]["fields"]}
    lines = fields["Related papers"].splitlines()
    assert "The relativistic discriminator" in lines[0]
    for line in lines:
        _title, when, *room = line.split(" · ")
        assert "CDT" in when, line
        assert room, f"no room in {line!r}"


async def test_a_paper_with_nothing_close_enough_shows_no_related_section(
    offline: OfflineDiscord,
) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "paper", {"query": "Slalom trusted hardware"}))
    assert reply.embeds[0]["title"].startswith("Slalom")
    assert "Related papers" not in text_of([reply])


async def test_chat_answers_papers_like_the_lottery_ticket_one(offline: OfflineDiscord) -> None:
    (reply,) = await offline.mention(ATTENDEE, "any papers like the lottery ticket one?")
    embed = reply.embeds[0]
    assert embed["title"] == f"Related papers: {LOTTERY}"
    assert embed["fields"][0]["name"] == "Rethinking the Value of Network Pruning"


async def test_more_like_this_under_a_paper_card_lists_its_related_papers(
    offline: OfflineDiscord,
) -> None:
    (card,) = await offline.mention(ATTENDEE, "summarise BigGAN")
    (reply,) = await offline.reply(ATTENDEE, card, "more like this")
    embed = reply.embeds[0]
    assert embed["title"].startswith("Related papers: Large Scale GAN Training")
    assert "Great Hall" in text_of([reply])


async def test_similar_papers_to_one_with_nothing_close_says_so(offline: OfflineDiscord) -> None:
    (reply,) = await offline.mention(ATTENDEE, "similar papers to Slalom")
    assert "close enough in meaning" in (reply.embeds[0].get("description") or "")

"""Papers: title autocomplete within Discord's limits, and one paper in full."""

from __future__ import annotations

import pytest
from discord import app_commands
from sqlalchemy.ext.asyncio import AsyncSession

from bot.discord.choices import app_choices
from bot.discord.limits import CHOICE_TEXT
from bot.domain.errors import EmptyQuery, NotFound
from bot.domain.records import ConferenceView, PaperView
from bot.papers.persistence.reads import PapersInFull
from bot.papers.service import (
    AUTOCOMPLETE_LIMIT,
    Found,
    Held,
    best_matches,
    by_author,
    by_author_else_found,
    by_authors,
    find_papers,
    in_full,
    paper_choices,
    search_papers,
    what_papers_are_about,
    with_award,
)
from bot.store.dialect import on_postgres
from tests.hostile import HOSTILE, HOSTILE_IDS, assert_found_or_refused, assert_papers_intact


async def best_match(db: AsyncSession, conf: ConferenceView, query: str) -> PaperView:
    """The paper /paper shows in full."""
    return (await best_matches(db, conf, query, limit=1)).papers[0]


def assert_fits_discord(choices: list[app_commands.Choice[str]]) -> None:
    assert len(choices) <= AUTOCOMPLETE_LIMIT == 25
    for choice in choices:
        assert 1 <= len(choice.name) <= CHOICE_TEXT == 100
        assert 1 <= len(choice.value) <= CHOICE_TEXT


async def test_typing_lott_offers_the_lottery_ticket_paper(
    db: AsyncSession, conf: ConferenceView
) -> None:
    choices = app_choices(await paper_choices(db, conf, "lott"))

    assert_fits_discord(choices)
    assert choices[0].value == "lottery-ticket-hypothesis"
    assert choices[0].name.startswith("The Lottery Ticket Hypothesis")


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("BigG", "biggan"),
        ("graph neu", "how-powerful-are-gnns"),
        ("on-ls", "ordered-neurons"),
        ("weight dec", "decoupled-weight-decay"),
        ("LOTTERY TICK", "lottery-ticket-hypothesis"),
    ],
)
async def test_autocomplete_completes_the_last_word_typed(
    db: AsyncSession, conf: ConferenceView, typed: str, slug: str
) -> None:
    choices = app_choices(await paper_choices(db, conf, typed))

    assert slug in [choice.value for choice in choices]


async def test_autocomplete_before_typing_lists_titles_alphabetically_up_to_25(
    db: AsyncSession, conf: ConferenceView
) -> None:
    choices = app_choices(await paper_choices(db, conf, ""))

    assert len(choices) == 25
    assert_fits_discord(choices)
    assert [choice.name for choice in choices] == sorted(choice.name for choice in choices)


async def test_a_broad_prefix_still_gives_at_most_25_choices(
    db: AsyncSession, conf: ConferenceView
) -> None:
    for typed in ("a", "n", "l", "the"):
        assert_fits_discord(app_choices(await paper_choices(db, conf, typed)))


async def test_long_titles_are_shortened_to_fit_a_choice(
    db: AsyncSession, conf: ConferenceView
) -> None:
    choices = app_choices(await paper_choices(db, conf, "Neuro-Symbolic Concept"))

    (nscl,) = [choice for choice in choices if choice.value == "neuro-symbolic-concept-learner"]
    assert len(nscl.name) == CHOICE_TEXT
    assert nscl.name.endswith("…")
    assert nscl.name.startswith("The Neuro-Symbolic Concept Learner: Interpreting Scenes")


async def test_an_autocomplete_value_brings_up_that_exact_paper(
    db: AsyncSession, conf: ConferenceView
) -> None:
    for choice in app_choices(await paper_choices(db, conf, "")):
        paper = await best_match(db, conf, choice.value)
        assert paper.slug == choice.value


async def test_autocomplete_with_nothing_matching_offers_nothing(
    db: AsyncSession, conf: ConferenceView
) -> None:
    assert app_choices(await paper_choices(db, conf, "zzzqqqx")) == []


@pytest.mark.parametrize("typed", HOSTILE, ids=HOSTILE_IDS)
async def test_hostile_autocomplete_input_gives_choices_or_nothing(
    db: AsyncSession, conf: ConferenceView, typed: str
) -> None:
    choices = app_choices(await paper_choices(db, conf, typed))

    assert_fits_discord(choices)
    await assert_papers_intact(db)


async def test_the_best_match_gives_the_best_match_in_full(
    db: AsyncSession, conf: ConferenceView
) -> None:
    paper = await best_match(db, conf, "lottery ticket")

    assert paper.slug == "lottery-ticket-hypothesis"
    assert paper.award == "Best Paper"
    assert paper.authors == ("Jonathan Frankle", "Michael Carbin")
    assert "pruning" in paper.topics
    assert [session.slug for session in paper.sessions] == ["mon-orals-afternoon"]
    assert paper.sessions[0].room == "Great Hall AD"


async def test_a_paper_without_a_known_session_says_so(
    db: AsyncSession, conf: ConferenceView
) -> None:
    paper = await best_match(db, conf, "Fixup")

    assert paper.sessions == ()
    assert paper.placement == "unknown"
    assert paper.day is None


async def test_the_best_match_for_an_unknown_paper_is_not_found(
    db: AsyncSession, conf: ConferenceView
) -> None:
    with pytest.raises(NotFound, match="No paper matches “zzzqqqx”"):
        await best_match(db, conf, "  zzzqqqx ")


async def test_the_best_match_for_nothing_asks_for_words(
    db: AsyncSession, conf: ConferenceView
) -> None:
    with pytest.raises(EmptyQuery):
        await best_match(db, conf, " ")


@pytest.mark.parametrize("query", HOSTILE, ids=HOSTILE_IDS)
async def test_hostile_paper_lookups_give_a_paper_or_a_clear_error(
    db: AsyncSession, conf: ConferenceView, query: str
) -> None:
    await assert_found_or_refused(db, best_match(db, conf, query), PaperView)


async def test_papers_from_another_conference_are_not_mixed_in(
    db: AsyncSession, conf: ConferenceView
) -> None:
    from dataclasses import replace

    elsewhere = replace(conf, id=conf.id + 1000)

    assert await search_papers(db, elsewhere, "lottery") == []
    assert app_choices(await paper_choices(db, elsewhere, "lott")) == []


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("lotery", "lottery-ticket-hypothesis"),
        ("lotery tiket", "lottery-ticket-hypothesis"),
        ("ordred neurns", "ordered-neurons"),
    ],
)
async def test_autocomplete_forgives_typos_as_search_does(
    db: AsyncSession, conf: ConferenceView, typed: str, slug: str
) -> None:
    choices = app_choices(await paper_choices(db, conf, typed))

    assert_fits_discord(choices)
    assert choices[0].value == slug


@pytest.mark.parametrize(
    "query",
    [
        "sourdough starter with rye flour",
        "colourless green ideas sleep furiously",
        "raining outside",
    ],
)
async def test_a_query_no_paper_answers_is_not_found_rather_than_a_loose_match(
    db: AsyncSession, conf: ConferenceView, query: str
) -> None:
    with pytest.raises(NotFound) as caught:
        await best_matches(db, conf, query)
    assert caught.value.suggestions == ()


async def test_a_near_miss_is_suggested_by_title_not_shown_in_full(
    db: AsyncSession, conf: ConferenceView
) -> None:
    with pytest.raises(NotFound) as caught:
        await best_matches(db, conf, "lottery quasars")
    assert "The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks" in (
        caught.value.suggestions
    )
    assert "Did you mean" in str(caught.value)


async def test_papers_by_an_author_are_matched_by_the_whole_name(
    db: AsyncSession, conf: ConferenceView
) -> None:
    titles = [paper.title for paper in await by_author(db, conf, "Angela Fan")]

    assert "Pay Less Attention with Lightweight and Dynamic Convolutions" in titles
    assert "Generative Question Answering: Learning to Answer the Whole Question" in titles
    assert await by_author(db, conf, "Fan Angela") == []


async def test_words_after_by_that_name_nobody_find_the_papers_that_have_them(
    db: AsyncSession, conf: ConferenceView
) -> None:
    written, found = await by_author_else_found(db, conf, "lottery ticket", "lottery ticket")

    assert written == []
    assert found is not None
    assert found.papers[0].slug == "lottery-ticket-hypothesis"


async def test_every_paper_with_an_award(db: AsyncSession, conf: ConferenceView) -> None:
    slugs = [paper.slug for paper in await with_award(db, conf, "Best Paper")]

    assert slugs == ["ordered-neurons", "lottery-ticket-hypothesis"]


async def test_a_persons_papers_under_each_spelling_are_found_as_each_alone_is(
    db: AsyncSession, conf: ConferenceView, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["Angela Fan", "fan"]
    alone = [await by_author(db, conf, name) for name in names]
    together = await by_authors(db, conf, names)
    held = await _every_paper_held(db, conf)
    _fail_on_loading_a_paper(monkeypatch)
    kept = await by_authors(db, conf, names, held)

    titles = [[paper.title for paper in written] for written in alone]
    assert "Pay Less Attention with Lightweight and Dynamic Convolutions" in titles[0]
    assert [[paper.title for paper in written] for written in together] == titles
    assert [[paper.title for paper in written] for written in kept] == titles


async def test_a_labs_papers_the_caller_holds_are_listed_as_the_store_has_them_unread(
    db: AsyncSession, conf: ConferenceView, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = await _every_paper_held(db, conf)
    ids = [*list(held.by_id)[:4], max(held.by_id) + 1]  # the last is no live paper's
    read = await in_full(db, conf, ids)
    _fail_on_loading_a_paper(monkeypatch)
    kept = await in_full(db, conf, ids, held)

    assert len(read) == 4
    assert _listed(kept) == _listed(read)


def _listed(papers: list[PaperView]) -> list[tuple[str, list[str]]]:
    return [(paper.slug, [session.slug for session in paper.sessions]) for paper in papers]


async def _every_paper_held(db: AsyncSession, conf: ConferenceView) -> Held:
    """Every paper in full, as a caller keeping them in memory (chat) holds them."""
    return Held.of(view for view, _ in await what_papers_are_about(db, conf, 1))


def _fail_on_loading_a_paper(monkeypatch: pytest.MonkeyPatch) -> None:
    def unread(*_: object) -> None:
        raise AssertionError("a paper held in memory was read again")

    monkeypatch.setattr(PapersInFull, "on_sqlite", unread)
    monkeypatch.setattr(PapersInFull, "on_postgres", unread)


def _as_shown(found: Found) -> tuple[object, ...]:
    """What an answer shows of a search: its papers with their sessions, the near misses, the
    readings of misspelt words, the related papers."""
    return (
        [(paper.slug, [session.slug for session in paper.sessions]) for paper in found.papers],
        [paper.slug for paper in found.near],
        found.readings,
        [paper.slug for paper in found.related],
    )


@pytest.mark.parametrize("query", ["lottery ticket", "lottery-ticket-hypothesis", "lotery tiket"])
async def test_papers_the_caller_holds_are_found_as_the_store_has_them_without_reading_them(
    db: AsyncSession, conf: ConferenceView, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = await find_papers(db, conf, query)
    card = await best_matches(db, conf, query)
    held = await _every_paper_held(db, conf)
    _fail_on_loading_a_paper(monkeypatch)
    found = await find_papers(db, conf, query, held=held)
    carded = await best_matches(db, conf, query, held=held)

    assert _as_shown(found) == _as_shown(read)
    assert _as_shown(carded) == _as_shown(card)
    assert card.papers[0].sessions, "in full, with the session it is presented in"
    assert card.related, "with its related papers"
    if not on_postgres(db):  # where a session's topics come in one order, read alike
        assert (found, carded) == (read, card)


async def test_an_author_the_caller_holds_is_looked_up_without_reading_a_paper(
    db: AsyncSession, conf: ConferenceView, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = await _every_paper_held(db, conf)
    _fail_on_loading_a_paper(monkeypatch)
    written, _ = await by_author_else_found(db, conf, "Angela Fan", "angela fan", held=held)
    _, found = await by_author_else_found(db, conf, "trial and error", "trial error", held=held)

    assert "Pay Less Attention with Lightweight and Dynamic Convolutions" in [
        paper.title for paper in written
    ]
    assert found is not None
    assert found.papers

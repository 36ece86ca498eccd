"""The agenda service on a real seeded store: adding (a paper stands for its sessions),
clashes, re-adding, removing, clearing, one day of it, and names that match nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from bot.agenda import service
from bot.clock import ManualClock
from bot.domain.agenda import Moment
from bot.domain.errors import DomainError, NotFound
from bot.domain.records import ConferenceView

ME, SOMEONE_ELSE = 41, 42
Venue = Callable[[str], datetime]


@pytest.fixture
def clock(venue: Venue) -> ManualClock:
    return ManualClock(venue("2019-05-07T08:30"))


async def titles(db: AsyncSession, conf: ConferenceView, user: int = ME) -> list[str]:
    return [s.title for s in await service.sessions(db, conf, user)]


async def test_added_sessions_are_listed_in_programme_order(
    db: AsyncSession, conf: ConferenceView, clock: ManualClock
) -> None:
    await service.add(db, conf, clock, ME, "session:tue-expo")
    result = await service.add(db, conf, clock, ME, "session:tue-keynote-morning")
    assert [s.slug for s in result.added] == ["tue-keynote-morning"]
    assert result.clashes == ()
    assert await titles(db, conf) == [
        "Invited talk: Emily Shuckburgh",
        "Industry expo: Google AI on machine learning for musical creativity",
    ]
    assert await titles(db, conf, SOMEONE_ELSE) == []


async def test_an_overlap_is_reported_with_both_sessions(
    db: AsyncSession, conf: ConferenceView, clock: ManualClock
) -> None:
    await service.add(db, conf, clock, ME, "session:tue-expo")
    result = await service.add(db, conf, clock, ME, "session:tue-lunch")
    assert [(c.first.slug, c.second.slug) for c in result.clashes] == [("tue-lunch", "tue-expo")]


async def test_a_paper_stands_for_all_its_sessions(
    db: AsyncSession, conf: ConferenceView, clock: ManualClock
) -> None:
    result = await service.add(db, conf, clock, ME, "paper:deep-infomax")
    assert result.label.startswith("Learning deep representations")
    assert [s.slug for s in result.added] == ["wed-orals-morning", "wed-posters-morning"]
    removed = await service.remove(db, conf, clock, ME, "paper:deep-infomax")
    assert len(removed.removed) == 2
    assert await titles(db, conf) == []


async def test_free_text_finds_a_session_by_title_or_a_paper(
    db: AsyncSession, conf: ConferenceView, clock: ManualClock
) -> None:
    by_title = await service.add(db, conf, clock, ME, "poster session: gans")
    assert [s.slug for s in by_title.added] == ["tue-posters-morning"]
    by_paper = await service.add(db, conf, clock, ME, "lottery ticket hypothesis")
    assert by_paper.label.startswith("The Lottery Ticket Hypothesis")
    assert by_paper.added


async def test_a_paper_found_only_under_another_spelling_is_offered_not_added(
    db: AsyncSession, conf: ConferenceView, clock: ManualClock
) -> None:
    with pytest.raises(NotFound) as guessed:
        await service.add(db, conf, clock, ME, "lotery tiket")
    assert str(guessed.value) == (
        "No session or paper matches “lotery tiket”. Did you mean: "
        "The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks?"
    )
    assert await titles(db, conf) == []


async def test_a_title_several_sessions_share_means_the_next_one(
    db: AsyncSession, conf: ConferenceView, clock: ManualClock
) -> None:
    result = await service.add(db, conf, clock, ME, "Lunch break")
    assert [s.slug for s in result.added] == ["tue-lunch"]


async def test_adding_again_changes_nothing_and_says_so(
    db: AsyncSession, conf: ConferenceView, clock: ManualClock
) -> None:
    await service.add(db, conf, clock, ME, "session:tue-expo")
    again = await service.add(db, conf, clock, ME, "session:tue-expo")
    assert again.added == ()
    assert [s.slug for s in again.already] == ["tue-expo"]
    assert len(await titles(db, conf)) == 1


async def test_nothing_matching_gets_at_most_three_suggestions(
    db: AsyncSession, conf: ConferenceView, clock: ManualClock
) -> None:
    with pytest.raises(NotFound) as nothing:
        await service.add(db, conf, clock, ME, "zzzqqqxx")
    assert str(nothing.value) == "No session or paper matches “zzzqqqxx”."
    with pytest.raises(NotFound) as several:
        await service.add(db, conf, clock, ME, "orals")
    suggestions = str(several.value).split("Did you mean: ")[1]
    assert suggestions.count(";") == 2, "three suggestions, no more"


async def test_removing_what_is_not_there_says_so(
    db: AsyncSession, conf: ConferenceView, clock: ManualClock
) -> None:
    with pytest.raises(DomainError, match="is not on your agenda"):
        await service.remove(db, conf, clock, ME, "session:tue-expo")


async def test_clear_says_how_many_went(
    db: AsyncSession, conf: ConferenceView, clock: ManualClock
) -> None:
    await service.add(db, conf, clock, ME, "paper:deep-infomax")
    await service.add(db, conf, clock, SOMEONE_ELSE, "session:tue-expo")
    assert await service.clear(db, conf, clock, ME) == 2
    assert await service.clear(db, conf, clock, ME) == 0
    assert len(await titles(db, conf, SOMEONE_ELSE)) == 1


async def test_show_defaults_to_today_while_the_conference_runs(
    db: AsyncSession, conf: ConferenceView, clock: ManualClock, venue: Venue
) -> None:
    await service.add(db, conf, clock, ME, "session:tue-keynote-morning")
    await service.add(db, conf, clock, ME, "session:tue-posters-morning")
    await service.add(db, conf, clock, ME, "paper:deep-infomax")
    clock.set(venue("2019-05-07T11:30"))
    day = await service.show(db, conf, clock, ME, None)
    assert day.day == date(2019, 5, 7)
    assert [e.moment for e in day.entries] == [Moment.OVER, Moment.NOW]
    assert day.other_days == ((date(2019, 5, 8), 2),)
    wednesday = await service.show(db, conf, clock, ME, "Wednesday")
    assert [e.moment for e in wednesday.entries] == [Moment.NEXT, Moment.LATER]


async def test_show_before_the_conference_opens_on_the_first_day_with_items(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    early = ManualClock(venue("2019-04-30T12:00"))
    await service.add(db, conf, early, ME, "paper:deep-infomax")
    day = await service.show(db, conf, early, ME, None)
    assert day.day == date(2019, 5, 8)


async def test_add_choices_put_what_has_started_last_and_mark_it(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    clock = ManualClock(venue("2019-05-07T11:30"))
    choices = await service.add_choices(db, conf, clock, "Tuesday")
    names = [c.name for c in choices]
    started = [n for n in names if n.startswith("(")]
    assert started, names
    assert names[-len(started) :] == started
    assert any(n.startswith("(over)") for n in started)
    assert all(len(c.value) <= 100 for c in choices)


async def test_remove_choices_offer_only_what_is_on_the_agenda(
    db: AsyncSession, conf: ConferenceView, clock: ManualClock
) -> None:
    await service.add(db, conf, clock, ME, "session:tue-expo")
    choices = await service.remove_choices(db, conf, ME, "")
    assert [c.value for c in choices] == ["session:tue-expo"]
    assert await service.remove_choices(db, conf, SOMEONE_ELSE, "") == []

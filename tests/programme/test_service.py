"""The programme: a day in order, what is on now and next, keynotes, poster sessions by topic,
and one session with its papers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.domain.errors import DomainError, NotFound
from bot.domain.kinds import Group
from bot.domain.records import ConferenceView, SessionView, TopicMatch
from bot.programme.service import (
    day_programme,
    keynotes,
    now_and_next,
    poster_sessions,
    session_choices,
    session_detail,
    topic_match,
    topic_match_of_kind_or_any,
)
from tests.hostile import HOSTILE, HOSTILE_IDS, assert_found_or_refused

Venue = Callable[[str], datetime]
DAYS = [date(2019, 5, 6), date(2019, 5, 7), date(2019, 5, 8), date(2019, 5, 9)]
MONDAY, TUESDAY, WEDNESDAY, THURSDAY = DAYS


# --- A day's programme ------------------------------------------------------------------------


@pytest.mark.parametrize("day", DAYS)
async def test_each_day_lists_its_sessions_in_time_order(
    db: AsyncSession, conf: ConferenceView, day: date
) -> None:
    sessions = await day_programme(db, conf, day)

    assert len(sessions) >= 8
    starts = [session.starts_at for session in sessions]
    assert all(start is not None for start in starts)
    assert starts == sorted(starts)  # type: ignore[type-var]
    for session in sessions:
        assert session.starts_at is not None
        assert session.starts_at.astimezone(conf.zone).date() == day


async def test_monday_opens_at_a_quarter_to_nine_venue_time(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    first = (await day_programme(db, conf, MONDAY))[0]

    assert first.title == "Opening remarks"
    assert first.starts_at == venue("2019-05-06T08:45")


async def test_the_undated_debate_is_in_no_day_programme(
    db: AsyncSession, conf: ConferenceView
) -> None:
    for day in DAYS:
        assert "debate" not in [session.slug for session in await day_programme(db, conf, day)]


async def test_a_day_outside_the_conference_is_empty(
    db: AsyncSession, conf: ConferenceView
) -> None:
    assert await day_programme(db, conf, date(2019, 5, 10)) == ()


async def test_a_day_programme_can_be_narrowed_to_one_kind(
    db: AsyncSession, conf: ConferenceView
) -> None:
    orals = await day_programme(db, conf, TUESDAY, kind="oral")

    assert [session.slug for session in orals] == ["tue-orals-morning", "tue-orals-afternoon"]


# --- Now and next -----------------------------------------------------------------------------


async def test_at_half_past_eleven_on_tuesday_the_gan_posters_are_on(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    state = await now_and_next(db, conf, ManualClock(venue("2019-05-07T11:30")))

    assert [session.title for session in state.current] == ["Poster session: GANs"]
    assert "generative adversarial networks" in state.current[0].topics
    assert state.current[0].room == "Great Hall BC"
    assert {session.slug for session in state.upcoming} == {"tue-lunch", "tue-expo"}
    assert all(session.starts_at == venue("2019-05-07T13:00") for session in state.upcoming)
    assert not state.before_start
    assert not state.after_end


async def test_a_session_is_on_from_its_first_minute_and_over_at_its_end(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    state = await now_and_next(db, conf, ManualClock(venue("2019-05-07T11:00")))

    assert [session.slug for session in state.current] == ["tue-posters-morning"]


async def test_before_the_conference_nothing_is_on_and_the_opening_is_next(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    state = await now_and_next(db, conf, ManualClock(venue("2019-05-01T10:00")))

    assert state.before_start
    assert not state.after_end
    assert state.current == ()
    assert [session.slug for session in state.upcoming] == ["mon-opening"]


@pytest.mark.parametrize("when", ["2019-05-09T23:00", "2019-05-10T09:00", "2020-01-01T12:00"])
async def test_after_the_conference_it_says_it_is_over(
    db: AsyncSession, conf: ConferenceView, venue: Venue, when: str
) -> None:
    state = await now_and_next(db, conf, ManualClock(venue(when)))

    assert state.after_end
    assert not state.before_start
    assert state.current == ()
    assert state.upcoming == ()


async def test_the_next_keynote_is_found_when_asking_for_keynotes_only(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    state = await now_and_next(
        db, conf, ManualClock(venue("2019-05-07T11:30")), group=Group.KEYNOTE
    )

    assert state.current == ()
    assert [session.title for session in state.upcoming] == ["Invited talk: Ian Goodfellow"]


async def test_a_keynote_in_progress_is_on_now(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    state = await now_and_next(
        db, conf, ManualClock(venue("2019-05-06T09:10")), group=Group.KEYNOTE
    )

    assert [session.title for session in state.current] == ["Invited talk: Cynthia Dwork"]
    assert [session.slug for session in state.upcoming] == ["mon-keynote-afternoon"]


async def test_the_next_poster_session_after_the_last_keynote_is_still_found(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    clock = ManualClock(venue("2019-05-09T15:30"))
    state = await now_and_next(db, conf, clock, group=Group.POSTER)

    assert [session.slug for session in state.upcoming] == ["thu-posters-afternoon"]
    assert not state.after_end


@pytest.mark.parametrize("when", ["2019-05-09T15:30", "2019-05-09T17:00"])
async def test_no_more_keynotes_on_the_last_afternoon_does_not_mean_the_conference_is_over(
    db: AsyncSession, conf: ConferenceView, venue: Venue, when: str
) -> None:
    state = await now_and_next(db, conf, ManualClock(venue(when)), group=Group.KEYNOTE)

    assert state.current == ()
    assert state.upcoming == ()
    assert not state.after_end


async def test_the_conference_is_not_over_while_the_closing_reception_is_on(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    state = await now_and_next(db, conf, ManualClock(venue("2019-05-09T20:00")))

    assert [session.slug for session in state.current] == ["thu-reception"]
    assert state.upcoming == ()
    assert not state.after_end


async def test_now_and_next_reports_the_instant_it_was_asked_about(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    clock = ManualClock(venue("2019-05-08T10:00"))
    clock.advance(timedelta(minutes=5))

    state = await now_and_next(db, conf, clock)

    assert state.at == venue("2019-05-08T10:05")
    assert [session.slug for session in state.current] == ["wed-orals-morning"]


# --- Keynotes and posters ---------------------------------------------------------------------


async def test_keynotes_are_the_eight_invited_talks_then_the_undated_debate(
    db: AsyncSession, conf: ConferenceView
) -> None:
    talks = await keynotes(db, conf)

    assert len(talks) == 9
    assert [session.kind for session in talks] == ["keynote"] * 8 + ["debate"]
    dated = [session.starts_at for session in talks[:8]]
    assert dated == sorted(dated)  # type: ignore[type-var]
    debate = talks[-1]
    assert debate.starts_at is None
    assert debate.timing == "unknown"
    assert debate.approximate
    assert debate.people_with("moderator") == ["Leslie Kaelbling"]
    assert "Josh Tenenbaum" in debate.people_with("panelist")


async def test_wednesday_has_two_poster_sessions_with_their_topics(
    db: AsyncSession, conf: ConferenceView, venue: Venue
) -> None:
    morning, afternoon = await poster_sessions(db, conf, WEDNESDAY)

    assert morning.starts_at == venue("2019-05-08T11:00")
    assert "reinforcement learning" in morning.topics
    assert afternoon.starts_at == venue("2019-05-08T16:30")
    assert "quantization" in afternoon.topics
    assert not morning.approximate


async def test_all_poster_sessions_of_the_conference_in_order(
    db: AsyncSession, conf: ConferenceView
) -> None:
    sessions = await poster_sessions(db, conf, None)

    assert len(sessions) == 6
    assert all(session.kind == "poster" and session.topics for session in sessions)
    starts = [session.starts_at for session in sessions]
    assert starts == sorted(starts)  # type: ignore[type-var]


async def test_monday_had_no_poster_sessions(db: AsyncSession, conf: ConferenceView) -> None:
    assert await poster_sessions(db, conf, MONDAY) == ()


# --- Topics -----------------------------------------------------------------------------------


async def test_reinforcement_learning_leads_to_the_wednesday_morning_posters(
    db: AsyncSession, conf: ConferenceView
) -> None:
    match = await topic_match(db, conf, "reinforcement learning")

    assert match.topics == ("reinforcement learning",)
    assert "wed-posters-morning" in [session.slug for session in match.sessions]


async def test_quantization_leads_to_the_wednesday_afternoon_posters(
    db: AsyncSession, conf: ConferenceView
) -> None:
    match = await topic_match(db, conf, "quantization")

    assert [session.slug for session in match.sessions] == ["wed-posters-afternoon"]


@pytest.mark.parametrize("typed", ["RL", "rl", "deep RL"])
async def test_rl_is_understood_as_reinforcement_learning(
    db: AsyncSession, conf: ConferenceView, typed: str
) -> None:
    match = await topic_match(db, conf, typed)

    assert match.topics == ("reinforcement learning",)
    assert "wed-posters-morning" in [session.slug for session in match.sessions]


async def test_topic_sessions_are_in_time_order_with_the_undated_debate_last(
    db: AsyncSession, conf: ConferenceView
) -> None:
    match = await topic_match(db, conf, "inductive biases")

    assert [session.slug for session in match.sessions] == ["mon-workshop-spirl", "debate"]


async def test_rl_sessions_are_in_time_order_and_the_debate_is_not_one_of_them(
    db: AsyncSession, conf: ConferenceView
) -> None:
    match = await topic_match(db, conf, "RL")

    assert [session.slug for session in match.sessions] == [
        "mon-workshop-spirl",
        "wed-posters-morning",
    ]


async def test_rl_posters_are_only_the_poster_sessions_on_rl(
    db: AsyncSession, conf: ConferenceView
) -> None:
    match = await topic_match_of_kind_or_any(db, conf, "RL", Group.POSTER)

    assert [session.slug for session in match.sessions] == ["wed-posters-morning"]
    assert match.papers == (await topic_match(db, conf, "RL")).papers


async def test_rl_keynotes_there_are_none_of_so_the_rl_sessions_of_every_kind_answer(
    db: AsyncSession, conf: ConferenceView
) -> None:
    """'the RL keynote' when no keynote is on RL: what is on RL, rather than nothing."""
    match = await topic_match_of_kind_or_any(db, conf, "RL", Group.KEYNOTE)

    assert match == await topic_match(db, conf, "RL")
    assert [session.slug for session in match.sessions] == [
        "mon-workshop-spirl",
        "wed-posters-morning",
    ]


async def test_gans_matches_the_gan_topics_and_their_papers(
    db: AsyncSession, conf: ConferenceView
) -> None:
    match = await topic_match(db, conf, "GANs")

    assert "generative adversarial networks" in match.topics
    assert "tue-posters-morning" in [session.slug for session in match.sessions]
    assert "biggan" in [paper.slug for paper in match.papers]


async def test_an_unknown_topic_is_not_found_with_close_topics_suggested(
    db: AsyncSession, conf: ConferenceView
) -> None:
    with pytest.raises(NotFound) as raised:
        await topic_match(db, conf, "quantum reinforcement")

    assert "reinforcement learning" in raised.value.suggestions
    assert "Did you mean" in str(raised.value)


async def test_a_topic_that_matches_nothing_at_all_is_not_found(
    db: AsyncSession, conf: ConferenceView
) -> None:
    with pytest.raises(NotFound, match="No topic matches “basket weaving”"):
        await topic_match(db, conf, "basket weaving")


@pytest.mark.parametrize("query", HOSTILE, ids=HOSTILE_IDS)
async def test_hostile_topic_queries_give_a_match_or_a_clear_error(
    db: AsyncSession, conf: ConferenceView, query: str
) -> None:
    await assert_found_or_refused(db, topic_match(db, conf, query), TopicMatch)


# --- One session ------------------------------------------------------------------------------


async def test_a_session_is_found_by_its_slug_with_its_papers(
    db: AsyncSession, conf: ConferenceView
) -> None:
    session = await session_detail(db, conf, "tue-posters-morning")

    assert session.title == "Poster session: GANs"
    assert {paper.slug for paper in session.papers} == {
        "relativistic-gan",
        "gan-benchmarks-generalization",
        "multiple-objects-gan",
    }


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Poster session: GANs", "tue-posters-morning"),
        ("GANs", "tue-posters-morning"),
        ("poster session gans", "tue-posters-morning"),
        ("Lapata", "thu-keynote-morning"),
        ("Wednesday morning orals", "wed-orals-morning"),
        ("debate", "debate"),
    ],
)
async def test_a_session_is_found_by_part_of_its_title(
    db: AsyncSession, conf: ConferenceView, name: str, slug: str
) -> None:
    assert (await session_detail(db, conf, name)).slug == slug


async def test_a_session_lists_its_papers_orals_first(
    db: AsyncSession, conf: ConferenceView
) -> None:
    session = await session_detail(db, conf, "wed-posters-morning")

    slugs = [paper.slug for paper in session.papers]
    assert "deep-infomax" in slugs
    assert "closer-look-few-shot" in slugs
    kinds = [paper.kind for paper in session.papers]
    assert kinds == sorted(kinds)


async def test_an_ambiguous_session_name_suggests_the_sessions_it_could_be(
    db: AsyncSession, conf: ConferenceView
) -> None:
    with pytest.raises(NotFound) as raised:
        await session_detail(db, conf, "keynote")

    assert "Invited talk: Cynthia Dwork" in raised.value.suggestions
    assert "Did you mean: Invited talk: Cynthia Dwork;" in str(raised.value)


async def test_an_unknown_session_is_not_found(db: AsyncSession, conf: ConferenceView) -> None:
    with pytest.raises(NotFound, match="No session matches “banana party”"):
        await session_detail(db, conf, "banana party")


@pytest.mark.parametrize("name", ['"', "*", "🎉", "\u200b", "\u202e"])
async def test_a_session_name_without_any_words_suggests_nothing(
    db: AsyncSession, conf: ConferenceView, name: str
) -> None:
    with pytest.raises(DomainError) as raised:
        await session_detail(db, conf, name)

    assert "Did you mean" not in str(raised.value)


@pytest.mark.parametrize("name", HOSTILE, ids=HOSTILE_IDS)
async def test_hostile_session_names_give_a_session_or_a_clear_error(
    db: AsyncSession, conf: ConferenceView, name: str
) -> None:
    await assert_found_or_refused(db, session_detail(db, conf, name), SessionView)


async def test_session_autocomplete_finds_the_poster_sessions(
    db: AsyncSession, conf: ConferenceView
) -> None:
    choices = await session_choices(db, conf, "poster")

    assert [slug for slug, _ in choices] == [
        "tue-posters-morning",
        "tue-posters-afternoon",
        "wed-posters-morning",
        "wed-posters-afternoon",
        "thu-posters-morning",
        "thu-posters-afternoon",
    ]
    assert all(title.startswith("Poster session") for _, title in choices)


async def test_session_autocomplete_matches_people_rooms_and_topics(
    db: AsyncSession, conf: ConferenceView
) -> None:
    by_person = [slug for slug, _ in await session_choices(db, conf, "Kaelbling")]
    by_topic = [slug for slug, _ in await session_choices(db, conf, "quantization")]
    by_room = [slug for slug, _ in await session_choices(db, conf, "R04")]

    assert by_person == ["debate"]
    assert by_topic == ["wed-posters-afternoon"]
    assert by_room == ["mon-workshop-spirl"]


async def test_session_autocomplete_offers_at_most_25(
    db: AsyncSession, conf: ConferenceView
) -> None:
    assert len(await session_choices(db, conf, "")) == 25
    assert len(await session_choices(db, conf, "", limit=3)) == 3


async def test_a_topic_the_glossary_lacks_finds_papers_by_their_authors_keywords(
    db: AsyncSession, conf: ConferenceView
) -> None:
    match = await topic_match(db, conf, "Speech Enhancement")

    assert match.sessions == ()
    assert [paper.title for paper in match.papers] == [
        "Phase-Aware Speech Enhancement with Deep Complex U-Net"
    ]


async def test_a_phrase_that_is_neither_topic_nor_keyword_is_not_found(
    db: AsyncSession, conf: ConferenceView
) -> None:
    with pytest.raises(NotFound):
        await topic_match(db, conf, "colourless green ideas")

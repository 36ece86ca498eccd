"""ICLR 2019 as the bot ships it: every accepted paper from the paper list, the curated papers
untouched by the merge, and the corrections the facts check asked for, as a reader sees them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.discord.times import APPROX, when_text
from bot.domain.imported import ConferenceData, PaperData, SessionData
from bot.domain.records import ConferenceView, PaperView, SessionView
from bot.imports.packaged import load_data
from bot.imports.toml_file import parse_toml
from bot.papers.render import paper_embed
from bot.programme.render import session_line
from tests.conftest import DATA_DIR, VENUE_ZONE, venue_time

ACCEPTED = 502
"""24 orals and 478 posters, as the OpenReview decisions give them."""
CURATED = 31
SUMMARISED = 480
"""The papers with a summary of our own: every accepted paper whose abstract could be read."""
SUMMARY_MAX = 700
TENTATIVE_KEYNOTES = {"wed-keynote-morning", "wed-keynote-afternoon", "thu-keynote-afternoon"}


@pytest.fixture(scope="module")
def shipped() -> ConferenceData:
    (conference,) = [conf for conf in load_data(DATA_DIR) if conf.slug == "iclr2019"]
    return conference


@pytest.fixture(scope="module")
def curated() -> ConferenceData:
    path = DATA_DIR / "iclr2019.toml"
    return parse_toml(path.read_text(encoding="utf-8"), path.name)


def by_slug(conference: ConferenceData) -> dict[str, PaperData]:
    return {paper.slug: paper for paper in conference.papers}


def session_view(data: SessionData, index: int = 1) -> SessionView:
    return SessionView(
        id=index,
        slug=data.slug,
        kind=data.kind,
        title=data.title,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        timing=data.timing,
        room=data.room,
        topics=data.topics,
        people=data.people,
        talk_title=data.talk_title,
        description=data.description,
        url=data.url,
    )


def conference_view(data: ConferenceData) -> ConferenceView:
    return ConferenceView(
        id=1,
        slug=data.slug,
        name=data.name,
        full_name=data.full_name,
        edition=data.edition,
        start_date=data.start_date,
        end_date=data.end_date,
        city=data.city,
        venue=data.venue,
        timezone=data.timezone,
        website=data.website,
        description=data.description,
        figures=(),
        links=(),
        next_edition={},
    )


def paper_view(data: PaperData, sessions: tuple[SessionView, ...]) -> PaperView:
    return PaperView(
        id=1,
        slug=data.slug,
        title=data.title,
        authors=data.authors,
        kind=data.kind,
        award=data.award,
        openreview_id=data.openreview_id,
        arxiv_id=data.arxiv_id,
        code_url=data.code_url,
        aliases=data.aliases,
        topics=data.topics,
        summary=data.summary,
        day=data.day,
        placement=data.placement,
        poster_board=data.poster_board,
        sessions=sessions,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        summary_source=data.summary_source,
    )


def test_the_data_folder_gives_every_accepted_paper_once(shipped: ConferenceData) -> None:
    assert len(shipped.papers) == ACCEPTED
    assert len({paper.slug for paper in shipped.papers}) == ACCEPTED
    assert len({paper.openreview_id for paper in shipped.papers}) == ACCEPTED


def test_the_paper_list_is_not_read_as_a_conference_of_its_own() -> None:
    assert [conf.slug for conf in load_data(DATA_DIR)] == ["iclr2019"]


def test_the_data_folder_ships_the_paper_list_with_every_submission() -> None:
    assert (DATA_DIR / "iclr2019-papers.json").read_text(encoding="utf-8").count('"id":') == 1579


def test_every_curated_paper_keeps_what_was_written_for_it(
    shipped: ConferenceData, curated: ConferenceData
) -> None:
    merged = by_slug(shipped)
    assert len(curated.papers) == CURATED
    for own in curated.papers:
        kept = merged[own.slug]
        assert (kept.title, kept.summary, kept.sessions, kept.award) == (
            own.title,
            own.summary,
            own.sessions,
            own.award,
        ), own.slug
        assert (kept.aliases, kept.topics, kept.day, kept.placement) == (
            own.aliases,
            own.topics,
            own.day,
            own.placement,
        ), own.slug


def test_curated_papers_gain_the_lists_affiliations_and_pages(shipped: ConferenceData) -> None:
    lottery = by_slug(shipped)["lottery-ticket-hypothesis"]
    assert lottery.affiliations
    assert lottery.site_url is not None
    assert lottery.site_url.startswith("https://iclr.cc/virtual/2019/poster/")


def test_every_curated_paper_has_an_openreview_id_so_the_merge_matches_by_id(
    curated: ConferenceData,
) -> None:
    assert all(paper.openreview_id for paper in curated.papers)


def test_at_least_480_accepted_papers_have_a_summary(shipped: ConferenceData) -> None:
    assert sum(1 for paper in shipped.papers if paper.summary) >= SUMMARISED


def test_every_summary_names_the_page_it_was_written_from(shipped: ConferenceData) -> None:
    unsourced = [p.slug for p in shipped.papers if p.summary and not p.summary_source]
    assert unsourced == []
    assert all(
        paper.summary_source.startswith(("https://", "http://"))
        for paper in shipped.papers
        if paper.summary_source
    )


def test_no_two_papers_share_a_summary(shipped: ConferenceData) -> None:
    written = [paper.summary for paper in shipped.papers if paper.summary]
    assert len(set(written)) == len(written)


def test_summaries_stay_short_enough_to_read_in_a_card(shipped: ConferenceData) -> None:
    too_long = [p.slug for p in shipped.papers if len(p.summary) > SUMMARY_MAX]
    assert too_long == []


def test_curated_summaries_were_written_from_the_recap(
    shipped: ConferenceData, curated: ConferenceData
) -> None:
    merged = by_slug(shipped)
    for own in curated.papers:
        assert own.summary_source is not None, own.slug
        assert merged[own.slug].summary_source == own.summary_source


def test_a_papers_card_links_the_source_of_its_summary(shipped: ConferenceData) -> None:
    (paper,) = [p for p in shipped.papers if p.openreview_id == "ByxGSsR9FQ"]
    embed = paper_embed(conference_view(shipped), paper_view(paper, ()))
    assert embed.description == paper.summary
    links = next(field.value for field in embed.fields if field.name == "Links")
    assert f"[Summary written from]({paper.summary_source})" in (links or "")


def test_ordered_neurons_has_its_own_verified_quarter_hour(shipped: ConferenceData) -> None:
    paper = by_slug(shipped)["ordered-neurons"]
    assert paper.starts_at == venue_time("2019-05-09T10:30")
    assert paper.ends_at == venue_time("2019-05-09T10:45")


def test_the_paper_answer_shows_ordered_neurons_own_slot_in_every_readers_zone(
    shipped: ConferenceData,
) -> None:
    paper = by_slug(shipped)["ordered-neurons"]
    sessions = {session.slug: session for session in shipped.sessions}
    views = tuple(session_view(sessions[slug]) for slug in paper.sessions)
    embed = paper_embed(conference_view(shipped), paper_view(paper, views))
    (when,) = [field.value for field in embed.fields if field.name == "When and where"]
    assert paper.starts_at is not None
    assert paper.ends_at is not None
    stamps = f"<t:{int(paper.starts_at.timestamp())}:t>–<t:{int(paper.ends_at.timestamp())}:t>"
    assert f"Its own slot 10:30–10:45 CDT · {stamps} your time" in (when or "")


def test_keynotes_without_a_confirmed_day_say_so(shipped: ConferenceData) -> None:
    keynotes = [session for session in shipped.sessions if session.kind == "keynote"]
    tentative = {session.slug for session in keynotes if session.timing == "tentative"}
    assert tentative == TENTATIVE_KEYNOTES
    for session in keynotes:
        view = session_view(session)
        text = when_text(view, VENUE_ZONE)
        line = session_line(view, VENUE_ZONE)
        if session.slug in TENTATIVE_KEYNOTES:
            assert view.day_uncertain
            assert text.startswith(f"{APPROX} ")
            assert "day and time not confirmed" in text
            assert "day and time not confirmed" in line
        else:
            assert not view.day_uncertain
            assert "not confirmed" not in text


@pytest.mark.parametrize(
    "slug",
    ["mon-keynote-morning", "mon-workshop-spirl", "wed-orals-morning", "thu-orals-morning"],
)
def test_sessions_with_one_verified_end_are_shown_as_approximate(
    shipped: ConferenceData, slug: str
) -> None:
    (session,) = [session for session in shipped.sessions if session.slug == slug]
    assert session.timing == "approximate"
    assert "(approximate)" in when_text(session_view(session), VENUE_ZONE)


def test_the_debate_is_not_filed_under_reinforcement_learning(shipped: ConferenceData) -> None:
    (debate,) = [session for session in shipped.sessions if session.kind == "debate"]
    assert "reinforcement learning" not in debate.topics
    assert "inductive biases" in debate.topics


def test_every_topic_in_use_is_defined_and_every_defined_topic_is_used(
    shipped: ConferenceData,
) -> None:
    defined = {topic.name for topic in shipped.topics}
    used = {topic for item in (*shipped.sessions, *shipped.papers) for topic in item.topics}
    assert used - defined == set(), "used but not in [[topics]]"
    assert defined - used == set(), "defined but never used"


def test_the_data_names_its_sources_without_paths_of_this_checkout() -> None:
    for path in sorted(Path(DATA_DIR).iterdir()):
        text = path.read_text(encoding="utf-8")
        assert "../shared" not in text, path.name

"""What to publish: sessions as events within Discord's limits, and the plan of a re-run."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.kinds import Group
from bot.domain.records import ConferenceView, SessionView
from bot.events import service
from bot.events.persistence import Published
from bot.events.service import Draft

NOW = datetime(2019, 5, 7, 16, 30, tzinfo=UTC)


def a_draft(slug: str, hours_ahead: float = 24) -> Draft:
    start = NOW + timedelta(hours=hours_ahead)
    return Draft(slug, slug.title(), "About it", "Great Hall", start, start + timedelta(hours=1))


def published_as(item: Draft, event_id: int = 1) -> Published:
    return Published(item.slug, event_id, item.digest, item.starts_at)


def test_a_first_run_creates_what_has_not_begun() -> None:
    plan = service.plan([a_draft("later"), a_draft("begun", -1)], [], NOW)
    assert [item.slug for item in plan.create] == ["later"]
    assert plan.started == 1


def test_a_re_run_with_nothing_changed_does_nothing() -> None:
    item = a_draft("talk")
    plan = service.plan([item], [published_as(item)], NOW)
    assert (plan.create, plan.update, plan.delete, plan.unchanged) == ((), (), (), 1)


def test_a_moved_session_is_sent_again() -> None:
    item = a_draft("talk")
    moved = replace(item, starts_at=item.starts_at + timedelta(hours=2))
    plan = service.plan([moved], [published_as(item)], NOW)
    assert plan.update == ((published_as(item), moved),)
    assert plan.create == ()


def test_a_session_gone_from_the_programme_is_deleted() -> None:
    item = a_draft("talk")
    plan = service.plan([], [published_as(item)], NOW)
    assert plan.delete == (published_as(item),)


def test_following_a_re_import_creates_nothing_new() -> None:
    plan = service.plan([a_draft("new")], [], NOW, create=False)
    assert plan.create == ()
    assert plan.started == 0


async def test_sessions_become_events_within_discords_limits(
    db: AsyncSession, conf: ConferenceView
) -> None:
    found = await service.drafts(db, conf, (Group.KEYNOTE, Group.POSTER))
    assert found
    assert all(len(item.name) <= 100 for item in found)
    assert all(0 < len(item.location) <= 100 for item in found)
    assert all(len(item.description) <= 1000 for item in found)
    assert all(item.ends_at > item.starts_at for item in found)
    renamed = replace(found[0], name="x")
    assert renamed.digest != found[0].digest


def test_long_texts_are_cut_to_discords_limits(conf: ConferenceView) -> None:
    session = SessionView(
        id=1,
        slug="long",
        kind="keynote",
        title="T" * 300,
        starts_at=NOW,
        ends_at=NOW + timedelta(hours=1),
        timing="approximate",
        room="R" * 300,
        topics=("b", "a"),
        people=(),
        talk_title=None,
        description="D" * 3000,
        url=None,
    )
    item = service.draft(conf, session)
    assert (len(item.name), len(item.location), len(item.description)) == (100, 100, 1000)
    assert item.name.endswith("…")
    assert "approximate" in item.description


def test_an_events_description_shows_every_links_address(conf: ConferenceView) -> None:
    """Discord renders an event's description as markdown: a talk title written as a masked
    link stays literal, and a link in the description shows where it goes."""
    session = SessionView(
        id=1,
        slug="masked",
        kind="keynote",
        title="Keynote",
        starts_at=NOW,
        ends_at=NOW + timedelta(hours=1),
        timing="approximate",
        room="Hall",
        topics=(),
        people=(),
        talk_title="[slides](https://evil.example)",
        description="See [our page](https://evil.example/page).",
        url=None,
    )
    description = service.draft(conf, session).description
    assert r"\[slides](https://evil.example)" in description
    assert "our page (<https://evil.example/page>)" in description

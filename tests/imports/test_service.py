"""`confbot import` in-process: every format lands in the store as a conference of its own, a
re-import of the same programme changes nothing, and a broken source changes nothing at all."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiohttp import web
from sqlalchemy import func, select

from bot.imports.detect import Format
from bot.imports.listing import listing
from bot.imports.problems import DataError
from bot.imports.service import import_source
from bot.store.models import Conference, Paper
from bot.store.setup import Store
from tests.conftest import DATA_DIR

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2031, 1, 10, 12, 0, tzinfo=UTC)


async def _counts(store: Store) -> tuple[int, int]:
    async with store.sessions() as db:
        conferences = await db.scalar(select(func.count()).select_from(Conference))
        papers = await db.scalar(select(func.count()).select_from(Paper))
    return int(conferences or 0), int(papers or 0)


@pytest.mark.parametrize(
    ("name", "found", "slug", "sessions"),
    [
        ("pretalx-schedule.json", Format.SCHEDULE_JSON, "tosd2031", 12),
        ("frab-schedule.xml", Format.FRAB_XML, "tosd2031", 12),
        ("with-vtimezone.ics", Format.ICALENDAR, "harbourlight-systems-summit-2031", 8),
    ],
)
async def test_each_format_becomes_a_conference_beside_the_default(
    store: Store, name: str, found: Format, slug: str, sessions: int
) -> None:
    outcome = await import_source(store, str(FIXTURES / name), None, NOW)

    assert (outcome.format, outcome.slug) == (found, slug)
    assert outcome.report.created["sessions"] == sessions
    async with store.sessions() as db:
        listed = {item.slug: item for item in await listing(db)}
    assert listed[slug].sessions == sessions
    assert listed[slug].source.endswith(name)
    assert listed[slug].imported_at == NOW
    assert listed["iclr2019"].papers == 502


async def test_the_same_programme_in_another_format_changes_only_its_source(
    store: Store,
) -> None:
    await import_source(store, str(FIXTURES / "pretalx-schedule.json"), None, NOW)

    again = await import_source(store, str(FIXTURES / "frab-schedule.xml"), None, NOW)

    assert again.report.updated == {"conference": 1}
    assert not again.report.created
    assert not again.report.changes


async def test_re_importing_the_same_file_changes_nothing(store: Store) -> None:
    await import_source(store, str(FIXTURES / "pretalx-schedule.json"), None, NOW)

    again = await import_source(store, str(FIXTURES / "pretalx-schedule.json"), None, NOW)

    assert not again.report.changed
    assert "nothing changed" in again.lines()[0]


async def test_what_was_skipped_is_reported_with_the_reason(store: Store) -> None:
    outcome = await import_source(store, str(FIXTURES / "with-vtimezone.ics"), None, NOW)

    report = "\n".join(outcome.lines())
    assert "Harbour boat tour" in report
    assert "cancelled by the organiser" in report


async def test_a_slug_given_on_the_command_line_names_the_conference(store: Store) -> None:
    outcome = await import_source(store, str(FIXTURES / "pretalx-schedule.json"), "tosd-31", NOW)
    assert outcome.slug == "tosd-31"


@pytest.mark.parametrize("slug", ["Bad Slug", "../etc", "a--b", ""])
async def test_an_invalid_slug_is_refused_before_anything_is_read(store: Store, slug: str) -> None:
    before = await _counts(store)
    with pytest.raises(DataError, match="slug"):
        await import_source(store, str(FIXTURES / "pretalx-schedule.json"), slug or " ", NOW)
    assert await _counts(store) == before


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("", "not a format confbot reads"),
        ("{not json", "not valid JSON"),
        ('{"title": "a conference?"}', "neither a schedule nor a paper list"),
        ("\x00\x01binary", "not a format"),
    ],
)
async def test_a_broken_file_changes_nothing_and_names_the_file(
    store: Store, tmp_path: Path, content: str, problem: str
) -> None:
    broken = tmp_path / "broken-schedule.json"
    broken.write_text(content, encoding="utf-8")
    before = await _counts(store)

    with pytest.raises(DataError, match=problem) as raised:
        await import_source(store, str(broken), None, NOW)

    assert raised.value.source == "broken-schedule.json"
    assert await _counts(store) == before


async def test_a_missing_file_is_named(store: Store, tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot be read") as raised:
        await import_source(store, str(tmp_path / "nowhere.ics"), None, NOW)
    assert raised.value.source == "nowhere.ics"


async def test_a_paper_list_needs_a_conference_that_exists(store: Store) -> None:
    with pytest.raises(DataError, match="import the conference's schedule first"):
        await import_source(store, str(FIXTURES / "paperlist.json"), "nosuchconf", NOW)


async def test_the_shipped_paper_list_imported_again_adds_no_duplicates(store: Store) -> None:
    outcome = await import_source(store, str(DATA_DIR / "iclr2019-papers.json"), "iclr2019", NOW)

    assert not outcome.report.created
    assert await _counts(store) == (1, 502)


@pytest.fixture
async def schedule_url() -> AsyncIterator[str]:
    """The pretalx fixture served over HTTP on 127.0.0.1, as an organiser's site would."""

    async def serve(request: web.Request) -> web.StreamResponse:
        if request.path != "/tosd2031/schedule.json":
            return web.Response(status=404)
        return web.FileResponse(FIXTURES / "pretalx-schedule.json")

    app = web.Application()
    app.router.add_get("/{tail:.*}", serve)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"http://127.0.0.1:{port}/tosd2031/schedule.json"
    finally:
        await runner.cleanup()


async def test_a_schedule_imports_from_a_url(store: Store, schedule_url: str) -> None:
    outcome = await import_source(store, schedule_url, None, NOW)
    assert outcome.slug == "tosd2031"
    async with store.sessions() as db:
        listed = {item.slug: item for item in await listing(db)}
    assert listed["tosd2031"].source == schedule_url


async def test_a_url_that_answers_404_is_named_with_the_status(
    store: Store, schedule_url: str
) -> None:
    missing = schedule_url.replace("schedule.json", "nothing.json")
    with pytest.raises(DataError, match="HTTP 404") as raised:
        await import_source(store, missing, None, NOW)
    assert raised.value.source == missing

"""The guard and the dry run: a change is seen before it is applied, a dry run writes nothing
at all (every row of every table compared before and after), and a change that cancels more
than a quarter of a programme, or comes from another conference's file, needs --replace."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from bot.imports.preview import Mode, Refused
from bot.imports.service import ImportRequest, import_source
from bot.store.models import AgendaItem, Base, Conference, Session
from bot.store.setup import Store
from tests.imports.schedules import FIXTURES, PRETALX, SBOM, pretalx

NOW = datetime(2031, 1, 10, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=1)
DRY_RUN = ImportRequest(mode=Mode.DRY_RUN)
REPLACE = ImportRequest(replace=True)


async def _every_row(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, in a stable order: what "nothing written" is checked against."""
    rows: dict[str, list[tuple[object, ...]]] = {}
    async with store.sessions() as db:
        for table in Base.metadata.sorted_tables:
            found = await db.execute(select(table))
            rows[table.name] = sorted((tuple(row) for row in found), key=repr)
        if db.bind.dialect.name == "sqlite":
            for name in ("paper_search", "search_words"):
                found = await db.execute(text(f"SELECT * FROM {name}"))
                rows[name] = sorted((tuple(row) for row in found), key=repr)
    return rows


async def _imported(store: Store, tmp_path: Path, body: bytes, request: ImportRequest) -> str:
    path = tmp_path / "schedule.json"
    path.write_bytes(body)
    outcome = await import_source(store, str(path), None, LATER, request)
    return "\n".join(outcome.lines())


async def _on_agenda(store: Store, user_id: int, session: str) -> None:
    async with store.sessions() as db, db.begin():
        conference_id = await db.scalar(select(Conference.id).where(Conference.slug == "tosd2031"))
        assert conference_id is not None
        db.add(
            AgendaItem(
                conference_id=conference_id, user_id=user_id, session_slug=session, added_at=NOW
            )
        )


async def test_a_dry_run_says_what_would_change_and_writes_nothing(
    store: Store, tmp_path: Path
) -> None:
    await import_source(store, str(PRETALX), None, NOW)
    await _on_agenda(store, 1001, SBOM)
    await _on_agenda(store, 1002, SBOM)
    before = await _every_row(store)

    report = await _imported(
        store,
        tmp_path,
        pretalx(move={SBOM: timedelta(hours=1)}, cancel=1),
        DRY_RUN,
    )

    assert await _every_row(store) == before
    lines = report.splitlines()
    assert lines[0].startswith("Dry run of schedule.json, nothing written:")
    assert "0 added, 1 moved, 0 retitled, 1 cancelled; 2 people would be notified" in lines[0]
    moved = (
        "  moved: SBOM: Supply Chains Without Tears in CI moved from 10:30 to 11:30, Harbour Room."
    )
    assert moved in lines
    assert any(line.startswith("  cancelled: ") for line in lines)
    assert "  times in Europe/Berlin" in lines


async def test_the_dry_run_is_what_the_import_then_does(store: Store, tmp_path: Path) -> None:
    await import_source(store, str(PRETALX), None, NOW)
    changed = pretalx(move={SBOM: timedelta(hours=1)}, retitle={SBOM: "SBOMs"})

    dry = await _imported(store, tmp_path, changed, DRY_RUN)
    done = await _imported(store, tmp_path, changed, ImportRequest())

    assert dry.splitlines()[1:] == done.splitlines()[1:]
    async with store.sessions() as db:
        moved = await db.scalar(select(Session).where(Session.slug == SBOM))
    assert moved is not None
    assert moved.title == "SBOMs"


async def test_a_dry_run_of_a_new_conference_creates_nothing(store: Store) -> None:
    before = await _every_row(store)
    outcome = await import_source(store, str(PRETALX), None, NOW, DRY_RUN)
    assert await _every_row(store) == before
    assert "'tosd2031' is new: 1 conference, 3 rooms, 12 sessions" in outcome.lines()[0]


async def test_cancelling_a_quarter_is_a_change_but_more_is_refused(
    store: Store, tmp_path: Path
) -> None:
    await import_source(store, str(PRETALX), None, NOW)
    before = await _every_row(store)

    with pytest.raises(Refused) as refused:
        await _imported(store, tmp_path, pretalx(cancel=4), ImportRequest())

    assert "it would cancel 4 of 12 sessions of 'tosd2031'" in str(refused.value)
    assert "add --replace" in str(refused.value)
    assert await _every_row(store) == before
    report = await _imported(store, tmp_path, pretalx(cancel=3), ImportRequest())
    assert "3 cancelled" in report


async def test_replace_applies_what_the_guard_refused(store: Store, tmp_path: Path) -> None:
    await import_source(store, str(PRETALX), None, NOW)
    report = await _imported(store, tmp_path, pretalx(cancel=8), REPLACE)
    assert "programme changes: 8 cancelled" in report


async def test_a_dry_run_shows_the_refusal_it_would_meet(store: Store, tmp_path: Path) -> None:
    await import_source(store, str(PRETALX), None, NOW)
    report = await _imported(store, tmp_path, pretalx(cancel=6), DRY_RUN)
    assert "  refused without --replace: it would cancel 6 of 12 sessions" in report


async def test_another_conferences_file_over_a_slug_is_refused(store: Store) -> None:
    await import_source(store, str(PRETALX), None, NOW)
    before = await _every_row(store)

    with pytest.raises(Refused, match="describes 'Harbourlight Systems Summit 2031'"):
        await import_source(store, str(FIXTURES / "with-vtimezone.ics"), "tosd2031", LATER)

    assert await _every_row(store) == before
    replaced = await import_source(
        store, str(FIXTURES / "with-vtimezone.ics"), "tosd2031", LATER, REPLACE
    )
    assert replaced.report.changes["cancelled"] == 12


async def test_a_renamed_title_with_the_same_acronym_is_the_same_conference(
    store: Store, tmp_path: Path
) -> None:
    await import_source(store, str(PRETALX), None, NOW)
    renamed = PRETALX.read_text(encoding="utf-8").replace(
        '"title": "Tidewater Open Source Days 2031"', '"title": "Tidewater OSD 2031 (hybrid)"'
    )
    report = await _imported(store, tmp_path, renamed.encode(), ImportRequest())
    assert "updated 1 conference" in report

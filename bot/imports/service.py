"""`confbot import SOURCE`: read, detect, parse, then apply in one transaction.

A re-import of the same source is a change, not a reload: the store compares and records what
moved (bot.store.seed), and running bots pick the new revision up by themselves. Every schedule
goes through the guard and can be previewed (bot.imports.preview); a followed source arrives
here with text already fetched (bot.imports.follow).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.domain.imported import ConferenceData, Imported, PaperList, Skipped
from bot.domain.text import SLUG
from bot.imports.detect import Format, detect, parse_as
from bot.imports.packaged import load_conference
from bot.imports.paper_list import UnknownConference, seed_paper_list
from bot.imports.preview import Mode, Preview, apply_checked
from bot.imports.problems import DataError
from bot.imports.sources import Validators, fetch, is_url, name_of, read_local
from bot.imports.zones import chosen_zone
from bot.store.seed import SeedReport
from bot.store.setup import Store


@dataclass(frozen=True)
class ImportRequest:
    """What the operator asked for besides the source: the conference's key, the venue's
    zone, a dry run, and --replace to get past the guard."""

    slug: str | None = None
    timezone: str | None = None
    mode: Mode = Mode.APPLY
    replace: bool = False


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did, for the operator: format, the store's report, what was skipped,
    and for a schedule the preview of its changes."""

    format: Format
    slug: str
    report: SeedReport
    skipped: tuple[Skipped, ...]
    preview: Preview | None = None
    validators: Validators | None = None
    """A URL's ETag and Last-Modified, kept when the URL is followed."""

    def lines(self) -> list[str]:
        """The operator's report: the summary (or, for a dry run, the preview of every
        change), then each skipped entry and why."""
        skipped = [f"  skipped {item.entry}: {item.reason}" for item in self.skipped]
        if self.preview is not None and self.preview.mode is Mode.DRY_RUN:
            head, *changes = self.preview.lines()
            return [f"Dry run of {self.format}, nothing written: {head}", *changes, *skipped]
        return [f"Imported {self.format} as '{self.slug}'. {self.report.summary()}", *skipped]


def check_slug(slug: str | None) -> str | None:
    """A conference key given on the command line, refused unless it is a valid key."""
    if slug is not None and not SLUG.match(slug):
        raise DataError(
            "--slug",
            "argument",
            "slug",
            f"{slug!r} must be lowercase letters, digits and dashes, e.g. myconf-2026",
        )
    return slug


def _in_zone(conference: ConferenceData, found: Format, zone: str) -> ConferenceData:
    """The conference at a venue in `zone`. Schedules give absolute times, so only the days
    can move: a calendar's days are those of its sessions at the venue."""
    if found is not Format.ICALENDAR:
        return replace(conference, timezone=zone)
    venue = ZoneInfo(zone)
    days = [
        item.starts_at.astimezone(venue).date() for item in conference.sessions if item.starts_at
    ]
    return replace(conference, timezone=zone, start_date=min(days), end_date=max(days))


async def _parse(
    source: str, text: str, found: Format, request: ImportRequest
) -> Imported | PaperList:
    name = name_of(source)
    if found is Format.TOML and request.timezone is not None:
        raise DataError(
            name,
            "conference",
            "timezone",
            "a confbot TOML file names its own zone; --timezone is for schedules",
        )
    if found is Format.TOML and not is_url(source):
        # Our own files may name a paper list beside them: read it as the seed does.
        whole = await asyncio.to_thread(load_conference, Path(source), text)
        return Imported(replace(whole, slug=request.slug or whole.slug))
    parsed = parse_as(found, text, name, request.slug)
    if isinstance(parsed, Imported) and request.timezone is not None:
        zone = chosen_zone(request.timezone)
        return Imported(_in_zone(parsed.conference, found, zone), parsed.skipped)
    return parsed


async def import_source(
    store: Store,
    source: str,
    slug: str | None,
    now: datetime,
    request: ImportRequest | None = None,
) -> ImportOutcome:
    """Import one file or URL into the store; DataError (nothing changed) when it cannot."""
    asked = replace(request or ImportRequest(), slug=check_slug(slug))
    if asked.timezone is not None:
        chosen_zone(asked.timezone)  # a mistyped zone is refused before anything is read
    if not is_url(source):
        return await import_text(store, source, await read_local(source), now, asked)
    fetched = await fetch(source)
    assert fetched.text is not None  # asked unconditionally: never "not modified"
    outcome = await import_text(store, source, fetched.text, now, asked)
    return replace(outcome, validators=fetched.validators)


async def import_text(
    store: Store, source: str, text: str, now: datetime, request: ImportRequest
) -> ImportOutcome:
    """Import a source whose text is already read (a followed URL's latest body)."""
    found = detect(text, name_of(source))
    parsed = await _parse(source, text, found, request)
    if isinstance(parsed, PaperList):
        if request.mode is Mode.DRY_RUN:
            raise DataError(
                name_of(source), "file", "--dry-run", "a paper list cannot be previewed yet"
            )
        return await _import_papers(store, found, parsed, request.slug, name_of(source), now)
    conference = replace(parsed.conference, source=source)
    preview = await apply_checked(
        store, conference, now, mode=request.mode, replace=request.replace
    )
    return ImportOutcome(found, conference.slug, preview.report, parsed.skipped, preview)


async def _import_papers(
    store: Store,
    found: Format,
    papers: PaperList,
    slug: str | None,
    name: str,
    now: datetime,
) -> ImportOutcome:
    target = slug or papers.suggested_slug
    if target is None:
        raise DataError(name, "file", "--slug", "a paper list needs --slug naming its conference")
    try:
        report = await seed_paper_list(store.sessions, target, papers.papers, now)
    except UnknownConference as exc:
        known = ", ".join(exc.known) or "none yet"
        raise DataError(
            name,
            "file",
            "--slug",
            f"no conference '{target}' in the store (it has: {known}); a paper list has no "
            "dates or programme, so import the conference's schedule first",
        ) from exc
    return ImportOutcome(found, target, report, papers.skipped)

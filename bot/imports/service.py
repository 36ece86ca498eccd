"""`confbot import SOURCE`: read, detect, parse, then apply in one transaction.

A re-import of the same source is a change, not a reload: the store compares and records what
moved (bot.store.seed), and running bots pick the new revision up by themselves.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from bot.domain.imported import Imported, PaperList, Skipped
from bot.domain.text import SLUG
from bot.imports.detect import Format, detect, parse_as
from bot.imports.packaged import load_conference
from bot.imports.problems import DataError
from bot.imports.sources import is_url, name_of, read_source
from bot.store.paper_list import UnknownConference, seed_paper_list
from bot.store.seed import SeedReport, seed
from bot.store.setup import Store


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did, for the operator: format, the store's report, what was skipped."""

    format: Format
    slug: str
    report: SeedReport
    skipped: tuple[Skipped, ...]

    def lines(self) -> list[str]:
        """The operator's report: the summary first, then each skipped entry and why."""
        head = f"Imported {self.format} as '{self.slug}'. {self.report.summary()}"
        skipped = [f"  skipped {item.entry}: {item.reason}" for item in self.skipped]
        return [head, *skipped]


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


async def import_source(
    store: Store, source: str, slug: str | None, now: datetime
) -> ImportOutcome:
    """Import one file or URL into the store; DataError (nothing changed) when it cannot."""
    name = name_of(source)
    slug = check_slug(slug)
    text = await read_source(source)
    found = detect(text, name)
    if found is Format.TOML and not is_url(source):
        # Our own files may name a paper list beside them: read it as the seed does.
        whole = await asyncio.to_thread(load_conference, Path(source), text)
        parsed: Imported | PaperList = Imported(replace(whole, slug=slug or whole.slug))
    else:
        parsed = parse_as(found, text, name, slug)
    if isinstance(parsed, PaperList):
        return await _import_papers(store, found, parsed, slug, name, now)
    conference = replace(parsed.conference, source=source)
    report = await seed(store.sessions, [conference], now)
    return ImportOutcome(found, conference.slug, report, parsed.skipped)


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

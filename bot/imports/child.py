"""`python -m bot.imports.child`: one import, done in a process of its own for a running bot.

Reading, parsing and writing a programme of a hundred thousand sessions computes for half a
minute, and a thread would not help: parsing holds the interpreter lock. Done here, the bot's
event loop keeps answering commands and sending reminders meanwhile. The request comes as one
JSON object on stdin; the answer is one JSON line on stdout, holding only what the bot needs:
the operator's lines and whether anything changed, or the error as the bot would have raised it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.domain.errors import StorageFailure
from bot.imports.packaged import open_store
from bot.imports.preview import Mode, Refused
from bot.imports.problems import DataError
from bot.imports.service import ImportOutcome, ImportRequest, import_source, import_text
from bot.imports.sources import Validators, fetch
from bot.store.bulk_lock import sole_bulk_writer


@dataclass(frozen=True)
class Done:
    """What a running bot needs of an import: the operator's report, the preview's lines,
    whether anything changed, the conference's key, and the source's validators (None when a
    followed URL answered "not modified")."""

    lines: tuple[str, ...]
    previewed: tuple[str, ...]
    changed: bool
    slug: str | None
    validators: Validators | None


def done_of(outcome: ImportOutcome, validators: Validators | None) -> Done:
    """The part of an outcome a running bot uses."""
    previewed = outcome.preview.lines() if outcome.preview is not None else []
    return Done(
        tuple(outcome.lines()),
        tuple(previewed),
        outcome.report.changed,
        outcome.slug,
        validators,
    )


@dataclass(frozen=True)
class Ask:
    """One import for the child: the store, the source, and how to import it. `conditional`
    asks a followed URL with its validators, so an unchanged one costs a 304."""

    store: str
    source: str
    now: datetime
    slug: str | None = None
    timezone: str | None = None
    conditional: bool = False
    validators: Validators = field(default_factory=Validators)

    def encoded(self) -> bytes:
        fields = {
            "store": self.store,
            "source": self.source,
            "now": self.now.isoformat(),
            "slug": self.slug,
            "timezone": self.timezone,
            "conditional": self.conditional,
            "etag": self.validators.etag,
            "last_modified": self.validators.last_modified,
        }
        return json.dumps(fields).encode()

    @classmethod
    def decoded(cls, raw: bytes) -> Ask:
        fields = json.loads(raw)
        return cls(
            fields["store"],
            fields["source"],
            datetime.fromisoformat(fields["now"]),
            fields["slug"],
            fields["timezone"],
            fields["conditional"],
            Validators(fields["etag"], fields["last_modified"]),
        )


def answer_of(result: Done | Exception) -> dict[str, Any]:
    """The JSON answer for the bot: a Done, or an error the bot raises again as it was."""
    if isinstance(result, Done):
        kept = result.validators
        return {
            "done": {
                "lines": result.lines,
                "previewed": result.previewed,
                "changed": result.changed,
                "slug": result.slug,
                "validators": None if kept is None else [kept.etag, kept.last_modified],
            }
        }
    if isinstance(result, DataError):
        kind = "refused" if isinstance(result, Refused) else "data"
        fields = [result.source, result.entry, result.field, result.problem]
        return {"error": {"kind": kind, "fields": fields}}
    if isinstance(result, StorageFailure):
        failure = [str(result.problem), result.cause, result.writing]
        return {"error": {"kind": "storage", "fields": failure}}
    raise result


async def _import(ask: Ask) -> Done:
    store = await open_store(ask.store, Path.cwd(), seed_if_empty=False)
    try:
        async with sole_bulk_writer(store):
            if not ask.conditional:
                outcome = await import_source(store, ask.source, ask.slug, ask.now)
                return done_of(outcome, outcome.validators)
            fetched = await fetch(ask.source, ask.validators)
            if fetched.text is None:
                return Done((), (), False, ask.slug, None)
            request = ImportRequest(slug=ask.slug, timezone=ask.timezone, mode=Mode.APPLY)
            outcome = await import_text(store, ask.source, fetched.text, ask.now, request)
            return done_of(outcome, fetched.validators)
    finally:
        await store.close()


async def _answer(ask: Ask) -> dict[str, Any]:
    try:
        return answer_of(await _import(ask))
    except (DataError, StorageFailure) as error:
        return answer_of(error)


NICENESS = 10
"""The child yields the processor to the bot: its commands and reminders come first."""


def main() -> None:
    os.nice(NICENESS)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    answer = asyncio.run(_answer(Ask.decoded(sys.stdin.buffer.read())))
    sys.stdout.write(json.dumps(answer) + "\n")


if __name__ == "__main__":
    main()

"""A running bot's imports, done in a child process (bot.imports.child) against the same store.

The console's `:import` and the followed sources of `confbot run` used to read, parse and
write on the event loop: a programme of a hundred thousand sessions froze the whole bot for
half a minute, and its long write made the bot's own writers give up. Here the bot only starts
the child and waits for its one-line answer; the follow-up (change notices, re-planning) stays
the bot's, as before. A store in memory cannot be shared with another process, so its imports
stay in this one.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from datetime import datetime
from typing import Any

from bot.domain.errors import StorageFailure, StorageProblem
from bot.imports.child import Ask, Done, done_of
from bot.imports.follow import fetch_and_import
from bot.imports.preview import Refused
from bot.imports.problems import DataError
from bot.imports.service import import_source
from bot.imports.sources import Validators, name_of
from bot.store.models import FollowedSource
from bot.store.setup import Store

log = logging.getLogger(__name__)


def _shared_url(store: Store) -> str | None:
    """The store's URL for another process, or None for a SQLite store in memory."""
    url = store.engine.url
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        return None
    return url.render_as_string(hide_password=False)


def _error(kind: str, fields: list[Any]) -> Exception:
    """The error the child answered, as the in-process import would have raised it."""
    if kind == "storage":
        problem, cause, writing = fields
        return StorageFailure(StorageProblem(problem), cause, writing=writing)
    error = Refused.__new__(Refused) if kind == "refused" else DataError.__new__(DataError)
    DataError.__init__(error, *fields)
    return error


def _done(fields: dict[str, Any]) -> Done:
    kept = fields["validators"]
    return Done(
        tuple(fields["lines"]),
        tuple(fields["previewed"]),
        fields["changed"],
        fields["slug"],
        None if kept is None else Validators(*kept),
    )


async def _in_child(ask: Ask) -> Done:
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.imports.child",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await child.communicate(ask.encoded())
    for line in err.decode(errors="replace").splitlines():
        log.warning("import of %s: %s", ask.source, line)
    answers = out.decode(errors="replace").strip().splitlines()
    if child.returncode != 0 or not answers:
        last = (err.decode(errors="replace").strip().splitlines() or ["no answer"])[-1]
        raise DataError(name_of(ask.source), "file", "*", f"could not be imported ({last})")
    answer = json.loads(answers[-1])
    if "error" in answer:
        raise _error(answer["error"]["kind"], answer["error"]["fields"])
    return _done(answer["done"])


async def import_apart(store: Store, source: str, now: datetime) -> Done:
    """Import a file or URL as `confbot import` does, in a child process; DataError (nothing
    changed) or StorageFailure as the import raises them."""
    url = _shared_url(store)
    if url is None:
        outcome = await import_source(store, source, None, now)
        return done_of(outcome, outcome.validators)
    return await _in_child(Ask(url, source, now))


async def poll_apart(store: Store, source: FollowedSource, now: datetime) -> Done:
    """A followed source's conditional fetch and import, in a child process."""
    url = _shared_url(store)
    if url is None:
        return await fetch_and_import(store, source, now)
    validators = Validators(source.etag, source.last_modified)
    return await _in_child(
        Ask(url, source.url, now, source.slug, source.timezone, True, validators)
    )

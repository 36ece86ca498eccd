"""An OpenReview-shaped API on 127.0.0.1, for `confbot enrich` in tests and the bench.

`/v1/notes?id=` answers as api.openreview.net does (content fields as plain values) and
`/v2/notes?id=` as api2.openreview.net (each wrapped in {"value": ...}); a paper lives on one
of the two, and the other answers with no notes, as the real bases do for each other's venues.
Faults are scripted per paper: answers to give before the real one (a 429 with Retry-After, a
500), or a delay before every answer.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass(frozen=True)
class Note:
    """A paper as OpenReview holds it, and which API version serves it."""

    abstract: str
    tldr: str = ""
    api: str = "v1"


@dataclass(frozen=True)
class Fault:
    """One scripted answer in place of the real one: a status and its headers."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class OpenReviewServer:
    """`async with OpenReviewServer(notes) as server`; `server.bases` are the v1 and v2 bases."""

    notes: dict[str, Note] = field(default_factory=dict)
    faults: dict[str, list[Fault]] = field(default_factory=dict)
    """Per forum id, answers given (first to last) before the real one."""
    delays: dict[str, float] = field(default_factory=dict)
    """Per forum id, seconds to wait before answering each request."""
    hold_after: int | None = None
    """Every request after this many in all waits `held` seconds before its answer."""
    held: float = 0.0
    asked: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(api version, forum id) of every request."""
    started: list[tuple[float, str, str]] = field(default_factory=list)
    """(monotonic time, api version, forum id) of every request, as it arrived."""
    refused: list[tuple[float, str]] = field(default_factory=list)
    """(monotonic time, forum id) of every scripted fault, as it was answered."""
    port: int = 0
    _runner: web.AppRunner | None = None
    _arrived: asyncio.Condition = field(default_factory=asyncio.Condition)

    @property
    def bases(self) -> tuple[str, str]:
        return (f"http://127.0.0.1:{self.port}/v1", f"http://127.0.0.1:{self.port}/v2")

    async def __aenter__(self) -> OpenReviewServer:
        app = web.Application()
        app.router.add_get("/{api}/notes", self._notes)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._runner is not None
        await self._runner.cleanup()

    async def asked_at_least(self, requests: int) -> None:
        """Return once `requests` requests have arrived in all."""
        async with self._arrived:
            await self._arrived.wait_for(lambda: self.asked.total() >= requests)

    async def _notes(self, request: web.Request) -> web.Response:
        api, forum = request.match_info["api"], request.query.get("id", "")
        self.asked[api, forum] += 1
        self.started.append((time.monotonic(), api, forum))
        async with self._arrived:
            self._arrived.notify_all()
        if forum in self.delays:
            await asyncio.sleep(self.delays[forum])
        if self.hold_after is not None and self.asked.total() > self.hold_after:
            await asyncio.sleep(self.held)
        scripted = self.faults.get(forum)
        if scripted:
            fault = scripted.pop(0)
            self.refused.append((time.monotonic(), forum))
            return web.json_response({"name": "Error"}, status=fault.status, headers=fault.headers)
        note = self.notes.get(forum)
        if note is None or note.api != api:
            return web.json_response({"notes": [], "count": 0})
        return web.json_response({"notes": [_note_json(forum, note)], "count": 1})


def _note_json(forum: str, note: Note) -> dict[str, Any]:
    """The note as its API version writes it, with the fields a submission carries."""
    content: dict[str, Any] = {
        "title": f"Paper {forum}",
        "authors": ["Ada Example"],
        "abstract": note.abstract,
        "keywords": ["examples"],
    }
    if note.tldr:
        content["TL;DR" if note.api == "v1" else "TLDR"] = note.tldr
    if note.api == "v2":
        content = {key: {"value": value} for key, value in content.items()}
    return {"id": forum, "forum": forum, "replyto": None, "content": content}

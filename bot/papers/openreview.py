"""Reading a paper's abstract and TL;DR from OpenReview's public API, politely.

OpenReview answers `GET /notes?id=FORUM` with `{"notes": [...]}`. API v1 (api.openreview.net,
ICLR up to 2023) gives each content field as a plain value (`"abstract": "..."`); API v2
(api2.openreview.net, every venue since) wraps it (`"abstract": {"value": "..."}`). Both are
read; a paper one base does not know is asked of the next.

Polite means: request starts are spaced by the `Pacer` (2 a second by default) across every
worker; a 429 pauses every worker for its Retry-After; a 5xx, a timeout or a dropped connection
is retried after a wait that doubles; and giving up on a paper leaves it unrecorded, so the
next run asks again.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from enum import StrEnum
from urllib.parse import quote

import aiohttp

ABSTRACT_KEYS = ("abstract", "Abstract")
TLDR_KEYS = ("TL;DR", "TLDR", "tldr", "one-sentence_summary")
"""Where venues put the authors' one-line summary (ICLR 2021 called it one-sentence_summary)."""
MAX_ABSTRACT_CHARS = 10_000
MAX_TLDR_CHARS = 1_000
"""Longer than any real abstract; a bigger field is cut rather than stored whole."""
USER_AGENT = "confbot (a conference companion bot; confbot enrich)"


class Outcome(StrEnum):
    """What asking OpenReview about one paper came to."""

    FOUND = "found"
    """A public note with an abstract or a TL;DR."""
    NOT_FOUND = "not found"
    """No base has a public note with an abstract for it: recorded, not asked again."""
    FAILED = "failed"
    """Errors until the retries ran out: not recorded, so the next run asks again."""


class TooLongToWait(Exception):
    """The server asked for a pause longer than a run waits: the run stops, keeping what it
    stored, rather than ask again before the server said it could."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"OpenReview asked to wait {seconds:.0f} s before asking again")
        self.seconds = seconds


class ShapeError(ValueError):
    """An answer that is not OpenReview's note format."""


@dataclass(frozen=True)
class AuthorsText:
    """The authors' own abstract and TL;DR of one paper, and where they were read."""

    abstract: str
    tldr: str
    source: str


@dataclass(frozen=True)
class Fetched:
    forum_id: str
    outcome: Outcome
    text: AuthorsText | None = None
    requests: int = 0


def field_text(value: object, limit: int) -> str:
    """A content field as text, whichever API wrote it: v1's plain string, v2's {"value": ...}."""
    if isinstance(value, Mapping):
        value = value.get("value")
    if not isinstance(value, str):
        return ""
    return " ".join(value.split())[:limit]


def parse_notes(payload: object, forum_id: str, source: str) -> AuthorsText | None:
    """The paper's own note in an answer of /notes (the one whose id is the forum's; a forum's
    replies are reviews and comments, never the authors' text); None when it has no abstract
    or TL;DR or is not there."""
    if not isinstance(payload, Mapping) or not isinstance(payload.get("notes"), list):
        raise ShapeError("the answer has no list of notes")
    notes = [note for note in payload["notes"] if isinstance(note, Mapping)]
    own = next((note for note in notes if note.get("id") == forum_id), None)
    if own is None:
        return None
    content = own.get("content")
    if not isinstance(content, Mapping):
        return None
    abstract = _first(content, ABSTRACT_KEYS, MAX_ABSTRACT_CHARS)
    tldr = _first(content, TLDR_KEYS, MAX_TLDR_CHARS)
    return AuthorsText(abstract, tldr, source) if abstract or tldr else None


def _first(content: Mapping[str, object], keys: Sequence[str], limit: int) -> str:
    return next((text for key in keys if (text := field_text(content.get(key), limit))), "")


def retry_after(header: str | None, server_date: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds, or an HTTP date read
    against the answer's own Date header (the server's clock, not ours); None if unreadable."""
    if not header:
        return None
    text = header.strip()
    if text.isdigit():
        return float(text)
    try:
        until = parsedate_to_datetime(text)
        now = parsedate_to_datetime(server_date or "")
    except (TypeError, ValueError):
        return None
    return max(0.0, (until - now).total_seconds())


class Pacer:
    """Spaces request starts `1 / rate` seconds apart across all workers, and holds every
    worker while the server has asked for a pause."""

    def __init__(self, rate: float) -> None:
        self._interval = 1.0 / rate
        self._next = 0.0
        self._held_until = 0.0
        self._lock = asyncio.Lock()

    async def turn(self) -> None:
        """Wait for this worker's slot."""
        while True:
            async with self._lock:
                now = time.monotonic()
                start = max(now, self._next, self._held_until)
                self._next = start + self._interval
            await asyncio.sleep(start - now)
            if time.monotonic() >= self._held_until:
                return

    def hold(self, seconds: float) -> None:
        """No worker starts a request for `seconds` (a 429's Retry-After)."""
        self._held_until = max(self._held_until, time.monotonic() + seconds)


@dataclass(frozen=True)
class Politeness:
    """How hard to try: waits double from `backoff` up to `max_wait`, over `attempts` tries;
    a server asking for a longer pause than `max_wait` ends the run (see TooLongToWait)."""

    rate: float = 2.0
    attempts: int = 6
    backoff: float = 1.0
    max_wait: float = 120.0
    timeout: float = 30.0


class _Retry(Exception):
    """This try failed in a way worth trying again after `wait` seconds (None: back off)."""

    def __init__(self, wait: float | None = None) -> None:
        super().__init__()
        self.wait = wait


class Reply(StrEnum):
    """What one base said about one paper, after any retries."""

    FOUND = "found"
    NOT_HERE = "not here"
    """A 404, or no note of that id with an abstract."""
    REFUSED = "refused"
    """A 4xx other than 404 and 429: this base will not say."""
    GAVE_UP = "gave up"


@dataclass(frozen=True)
class _Answer:
    reply: Reply
    tries: int
    text: AuthorsText | None = None


class _Final(Exception):
    """An answer no retry changes."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply)
        self.reply = reply


class OpenReview:
    """One client for a run: the bases to ask in order, one pacer for all of them."""

    def __init__(
        self, session: aiohttp.ClientSession, bases: Sequence[str], politeness: Politeness
    ) -> None:
        self._session = session
        self._bases = [base.rstrip("/") for base in bases]
        self._politeness = politeness
        self._pacer = Pacer(politeness.rate)

    async def fetch(self, forum_id: str) -> Fetched:
        """The authors' text of one paper, from the first base that has it. Only a paper no
        base has is NOT_FOUND; one a base refused or never answered for is FAILED."""
        requests = 0
        unanswered = False
        for base in self._bases:
            answer = await self._ask(f"{base}/notes?id={quote(forum_id, safe='')}", forum_id)
            requests += answer.tries
            if answer.reply == Reply.FOUND:
                return Fetched(forum_id, Outcome.FOUND, answer.text, requests)
            unanswered = unanswered or answer.reply != Reply.NOT_HERE
        outcome = Outcome.FAILED if unanswered else Outcome.NOT_FOUND
        return Fetched(forum_id, outcome, requests=requests)

    async def _ask(self, url: str, forum_id: str) -> _Answer:
        politeness = self._politeness
        for attempt in range(1, politeness.attempts + 1):
            await self._pacer.turn()
            try:
                return _Answer(Reply.FOUND, attempt, await self._once(url, forum_id))
            except _Final as final:
                return _Answer(final.reply, attempt)
            except _Retry as retry:
                if retry.wait is not None and retry.wait > politeness.max_wait:
                    raise TooLongToWait(retry.wait) from None
                if attempt == politeness.attempts:
                    break
                if retry.wait is not None:
                    self._pacer.hold(retry.wait)
                else:
                    wait = politeness.backoff * 2 ** (attempt - 1)
                    await asyncio.sleep(min(wait, politeness.max_wait))
        return _Answer(Reply.GAVE_UP, politeness.attempts)

    async def _once(self, url: str, forum_id: str) -> AuthorsText:
        timeout = aiohttp.ClientTimeout(total=self._politeness.timeout)
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        try:
            async with self._session.get(url, timeout=timeout, headers=headers) as response:
                if response.status == 429 or response.status >= 500:
                    wait = retry_after(
                        response.headers.get("Retry-After"), response.headers.get("Date")
                    )
                    raise _Retry(wait)
                if response.status == 404:
                    raise _Final(Reply.NOT_HERE)
                if response.status >= 400:
                    raise _Final(Reply.REFUSED)
                payload = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise _Retry() from exc
        try:
            found = parse_notes(payload, forum_id, url)
        except ShapeError as exc:
            raise _Retry() from exc
        if found is None:
            raise _Final(Reply.NOT_HERE)
        return found

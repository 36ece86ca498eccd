"""Where the bot's HTTP calls land instead of Discord, and how the answers reach the bot.

Both of discord.py's transports are replaced: ``HTTPClient.request`` for the bot-token REST API
and the ``AsyncWebhookAdapter`` that interaction callbacks and follow-ups go through. Their
retry loops are reproduced rather than run, because the real ones sleep for seconds; here a
wait moves a virtual clock instead, which still counts against the response deadline. Errors
come back as the same discord.py exceptions a real answer would raise, so the bot's own error
handling runs as it would in production.
"""

from __future__ import annotations

import asyncio
import collections
import http
import json
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, Final, cast
from urllib.parse import urlsplit

import aiohttp
import discord
from discord.http import Route
from discord.webhook.async_ import AsyncWebhookAdapter

from bot.offline.checks import error_body

TIMEOUT: Final = 0
"""The status of an answer that never comes."""
# HTTPClient.request retries only these; the webhook adapter retries every 5xx.
_HTTP_RETRIED: Final = frozenset({500, 502, 504, 524})
_ATTEMPTS: Final = 5


@dataclass
class Reply:
    """One simulated HTTP answer; ``violation`` marks answers caused by a bot mistake."""

    status: int
    body: Any = None
    violation: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


@dataclass(frozen=True)
class Upload:
    """A file the bot attached to a request, as Discord receives it: its name and its bytes."""

    name: str
    data: bytes
    description: str | None = None
    """Its alt text, which the message's attachment list carries beside the file."""


Handler = Callable[[dict[str, str], Any, list[Upload]], Reply]
"""A route: the path's parameters, the JSON body and the files attached."""


class VirtualClock:
    """Time as the offline Discord sees it: real time plus every wait the transport skipped."""

    def __init__(self) -> None:
        self._skipped = 0.0

    def advance(self, seconds: float) -> None:
        self._skipped += seconds

    def monotonic(self) -> float:
        return time.monotonic() + self._skipped

    def wall(self) -> float:
        """Comparable across processes (nonces outlive one), unlike monotonic time."""
        return time.time() + self._skipped


class DiscordRejected(discord.HTTPException):
    """Discord refused a request because the bot got something wrong.

    It is a real :class:`discord.HTTPException` (a Forbidden or NotFound for 403 and 404) so
    the bot's error handling runs exactly as in production, while tests can still tell a
    refusal of a bot mistake from an injected fault with ``isinstance``.
    """

    def __init__(
        self, response: aiohttp.ClientResponse, body: dict[str, Any], violation: str
    ) -> None:
        super().__init__(response, body)
        self.violation = violation


class _RejectedForbidden(DiscordRejected, discord.Forbidden):
    pass


class _RejectedNotFound(DiscordRejected, discord.NotFound):
    pass


_REJECTED: Final[dict[int, type[DiscordRejected]]] = {
    403: _RejectedForbidden,
    404: _RejectedNotFound,
}


def reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


class _FakeResponse:
    """The few aiohttp.ClientResponse attributes discord.HTTPException and callers read."""

    def __init__(self, reply: Reply, method: str, url: str) -> None:
        self.status = reply.status
        self.reason = reason(reply.status)
        self.headers = reply.headers
        self.method = method
        self.url = url


def to_exception(reply: Reply, route: Route) -> discord.HTTPException:
    """The exception discord.py raises for this answer."""
    response = cast(aiohttp.ClientResponse, _FakeResponse(reply, route.method, route.url))
    if reply.violation is not None:
        rejected = _REJECTED.get(reply.status, DiscordRejected)
        return rejected(response, reply.body, reply.violation)
    if reply.status == 403:
        return discord.Forbidden(response, reply.body)
    if reply.status == 404:
        return discord.NotFound(response, reply.body)
    if reply.status >= 500:
        return discord.DiscordServerError(response, reply.body)
    return discord.HTTPException(response, reply.body)


def unpack(payload: Any, parts: Iterable[dict[str, Any]] | None) -> tuple[Any, list[Upload]]:
    """The JSON body and the files from either request shape discord.py uses."""
    if payload is not None:
        return payload, []
    body: dict[str, Any] = {}
    files: list[Upload] = []
    for part in parts or ():
        if part.get("name") == "payload_json":
            body = json.loads(part["value"])
        elif "filename" in part:
            files.append(Upload(str(part["filename"]), _read(part["value"])))
    message = body.get("data", body) if isinstance(body, dict) else {}
    listed = message.get("attachments") if isinstance(message, dict) else None
    described = {str(item.get("id")): item.get("description") for item in listed or []}
    return body, [replace(f, description=described.get(str(i))) for i, f in enumerate(files)]


def _read(value: Any) -> bytes:
    """A multipart value's bytes; a file is put back where it was, since discord.py rewinds
    and sends it again on a retry."""
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    if isinstance(value, str):
        return value.encode()
    position = value.tell()
    data = value.read()
    value.seek(position)
    return bytes(data)


@cache
def _template(template: str) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
    return re.compile(f"^{pattern}$")


def route_params(route: Route) -> dict[str, str]:
    path = urlsplit(route.url).path
    match = _template(route.path).match(path.removeprefix(urlsplit(Route.BASE).path))
    return match.groupdict() if match else {}


class Transport:
    """Answers requests from the route tables the way discord.py's transports would see it."""

    def __init__(
        self,
        rest: Mapping[str, Handler],
        webhooks: Mapping[str, Handler],
        *,
        clock: VirtualClock,
        requests: collections.Counter[str],
        violations: list[str],
        rate_limit_cap: float | None,
    ) -> None:
        self._rest = rest
        self._webhooks = webhooks
        self._clock = clock
        self._requests = requests
        self._violations = violations
        self._rate_limit_cap = rate_limit_cap

    async def http_request(
        self,
        route: Route,
        *,
        files: Sequence[discord.File] | None = None,
        form: Iterable[dict[str, Any]] | None = None,
        **kwargs: Any,
    ) -> Any:
        """Stands in for ``HTTPClient.request``: the bot-token REST API."""
        body, files_in = unpack(kwargs.get("json"), form)
        query = {key: str(value) for key, value in (kwargs.get("params") or {}).items()}
        return await self._exchange(route, self._rest, body, files_in, webhook=False, query=query)

    async def webhook_request(
        self,
        route: Route,
        payload: dict[str, Any] | None,
        multipart: list[dict[str, Any]] | None,
    ) -> Any:
        body, files_in = unpack(payload, multipart)
        return await self._exchange(route, self._webhooks, body, files_in, webhook=True)

    async def _exchange(
        self,
        route: Route,
        handlers: Mapping[str, Handler],
        body: Any,
        files: list[Upload],
        *,
        webhook: bool,
        query: Mapping[str, str] | None = None,
    ) -> Any:
        """The retry and error-mapping loop of the discord.py transport in use; the query's
        parameters join the path's."""
        key = f"{route.method} {route.path}"
        handler = handlers.get(key)
        if handler is None:
            raise to_exception(self._unsimulated(key), route)
        params = route_params(route) | dict(query or {})
        reply = Reply(500)
        for attempt in range(_ATTEMPTS):
            await asyncio.sleep(0)
            self._requests[key] += 1
            reply = handler(params, body, files)
            if reply.ok:
                return reply.body
            if reply.status == TIMEOUT:
                # What aiohttp raises when Discord does not answer in time; discord.py passes
                # it on without retrying, and the request may or may not have taken effect.
                raise aiohttp.ServerTimeoutError(f"offline: {key} timed out")
            if reply.status == 429:
                retry_after = float(reply.body["retry_after"])
                if not webhook and self._rate_limit_cap and retry_after > self._rate_limit_cap:
                    raise discord.RateLimited(retry_after)
                self._clock.advance(retry_after)
                continue
            if reply.status >= 500 and (webhook or reply.status in _HTTP_RETRIED):
                self._clock.advance(1 + attempt * 2)
                continue
            raise to_exception(reply, route)
        raise to_exception(reply, route)

    def _unsimulated(self, key: str) -> Reply:
        """An unknown route is a gap in the offline Discord; it is loud so nobody trusts a pass."""
        text = f"not simulated offline: {key} (add it to bot/offline/routes.py)"
        self._violations.append(text)
        return Reply(404, error_body(0, text))


class CapturingWebhookAdapter(AsyncWebhookAdapter):
    """Receives every interaction callback and follow-up instead of aiohttp."""

    def __init__(self, transport: Transport) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._transport = transport

    async def request(
        self,
        route: Route,
        session: aiohttp.ClientSession,
        *,
        payload: dict[str, Any] | None = None,
        multipart: list[dict[str, Any]] | None = None,
        proxy: str | None = None,
        proxy_auth: aiohttp.BasicAuth | None = None,
        files: Sequence[discord.File] | None = None,
        reason: str | None = None,
        auth_token: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> Any:
        return await self._transport.webhook_request(route, payload, multipart)

"""Where an import comes from: a file, or an http(s) URL, read as text.

Everything that can go wrong before parsing (no such file, a 404, a binary file, a body too
large, a server that never finishes) is one DataError naming the source, so the operator sees
one line and the store is untouched.

A URL's body is streamed and counted after decompression, so neither a huge body nor a small
compressed one that inflates to gigabytes is ever held beyond MAX_BYTES. Redirects are
followed by hand, a few at most and only to http(s), so a schedule URL cannot lead the bot to
a `file:` or another scheme.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import yarl

from bot.imports.problems import DataError

MAX_BYTES = 256 * 1024 * 1024
"""Larger than any real schedule or paper list: a paper list of 100,000 papers is about 40 MB,
a data file with a summary for each of them about 70 MB."""
TIMEOUT = aiohttp.ClientTimeout(total=300, connect=15, sock_connect=15, sock_read=30)
"""A server that accepts no connection, stops sending for half a minute, or trickles for five
minutes is given up on."""
MAX_REDIRECTS = 5
REDIRECTS = frozenset({301, 302, 303, 307, 308})
CHUNK = 1 << 16
WEB_SCHEMES = frozenset({"http", "https"})


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def name_of(source: str) -> str:
    """How errors name a source: a URL in full, a file by its name."""
    return source if is_url(source) else Path(source).name


@dataclass(frozen=True)
class Validators:
    """What a server said identifies this version of a body, sent back to ask "changed?"."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        found = {}
        if self.etag:
            found["If-None-Match"] = self.etag
        if self.last_modified:
            found["If-Modified-Since"] = self.last_modified
        return found


@dataclass(frozen=True)
class Fetched:
    """A source's text, or None when the server answered 304 Not Modified."""

    text: str | None
    validators: Validators


def _too_large(source: str, limit: int) -> DataError:
    return DataError(name_of(source), "file", "*", f"is larger than {limit >> 20} MB")


def _decode(data: bytes | bytearray, source: str, limit: int = MAX_BYTES) -> str:
    if len(data) > limit:
        raise _too_large(source, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(name_of(source), "file", "*", "is not UTF-8 text") from exc


def read_file(path: Path, limit: int = MAX_BYTES) -> str:
    """A local file's text; the size is checked before a byte is read."""
    try:
        if path.stat().st_size > limit:
            raise _too_large(str(path), limit)
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise DataError(path.name, "file", "*", f"cannot be read ({reason})") from exc
    return _decode(data, str(path), limit)


def _read_path(source: str) -> str:
    return read_file(Path(source).expanduser())


async def _body(response: aiohttp.ClientResponse, source: str, limit: int) -> bytearray:
    """The whole (decompressed) body, refused as soon as it passes `limit`."""
    if (response.content_length or 0) > limit and not response.headers.get("Content-Encoding"):
        raise _too_large(source, limit)
    data = bytearray()
    async for chunk in response.content.iter_chunked(CHUNK):
        data += chunk
        if len(data) > limit:
            raise _too_large(source, limit)
    return data


def _next_location(response: aiohttp.ClientResponse, source: str) -> str:
    location = response.headers.get("Location")
    if not location:
        raise DataError(source, "file", "*", f"answered HTTP {response.status} without Location")
    target = response.url.join(yarl.URL(location))
    if target.scheme not in WEB_SCHEMES:
        raise DataError(source, "file", "*", f"redirects to {target.scheme}:, not http(s)")
    return str(target)


async def fetch(
    source: str,
    validators: Validators | None = None,
    *,
    limit: int = MAX_BYTES,
    waits: aiohttp.ClientTimeout = TIMEOUT,
) -> Fetched:
    """A URL's text, asked for conditionally when `validators` are given (then None text
    means "not modified"); DataError for every way it can fail."""
    headers = (validators or Validators()).headers()
    url = source
    try:
        async with aiohttp.ClientSession(timeout=waits) as http:
            for _ in range(MAX_REDIRECTS + 1):
                async with http.get(url, headers=headers, allow_redirects=False) as response:
                    if response.status in REDIRECTS:
                        url = _next_location(response, source)
                        continue
                    kept = Validators(
                        response.headers.get("ETag"), response.headers.get("Last-Modified")
                    )
                    if response.status == 304 and headers:
                        return Fetched(None, validators or kept)
                    if response.status != 200:
                        raise DataError(source, "file", "*", f"answered HTTP {response.status}")
                    data = await _body(response, source, limit)
                    return Fetched(_decode(data, source, limit), kept)
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        raise DataError(source, "file", "*", f"cannot be fetched ({type(exc).__name__})") from exc
    raise DataError(source, "file", "*", f"redirects more than {MAX_REDIRECTS} times")


async def read_local(source: str) -> str:
    """The text of a file path as the operator typed it (~ expanded), read off the loop."""
    return await asyncio.to_thread(_read_path, source)

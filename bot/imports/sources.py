"""Where an import comes from: a file, or an http(s) URL, read as text.

Everything that can go wrong before parsing (no such file, a 404, a binary file) is one
DataError naming the source, so the operator sees one line and the store is untouched.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from bot.imports.problems import DataError

MAX_BYTES = 256 * 1024 * 1024
"""Larger than any real schedule or paper list: a paper list of 100,000 papers is about 40 MB,
a data file with a summary for each of them about 70 MB."""
TIMEOUT = aiohttp.ClientTimeout(total=60)


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def name_of(source: str) -> str:
    """How errors name a source: a URL in full, a file by its name."""
    return source if is_url(source) else Path(source).name


def _decode(data: bytes, source: str) -> str:
    if len(data) > MAX_BYTES:
        raise DataError(name_of(source), "file", "*", f"is larger than {MAX_BYTES >> 20} MB")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(name_of(source), "file", "*", "is not UTF-8 text") from exc


def read_file(path: Path) -> str:
    """A local file's text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise DataError(path.name, "file", "*", f"cannot be read ({reason})") from exc
    return _decode(data, str(path))


def _read_path(source: str) -> str:
    return read_file(Path(source).expanduser())


async def read_source(source: str) -> str:
    """The text behind a path or a URL."""
    if not is_url(source):
        return await asyncio.to_thread(_read_path, source)
    try:
        async with (
            aiohttp.ClientSession(timeout=TIMEOUT) as http,
            http.get(source) as response,
        ):
            if response.status != 200:
                raise DataError(source, "file", "*", f"answered HTTP {response.status}")
            data = await response.content.read(MAX_BYTES + 1)
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        raise DataError(source, "file", "*", f"cannot be fetched ({type(exc).__name__})") from exc
    return _decode(data, source)

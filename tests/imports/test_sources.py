"""Fetching a schedule URL from a real server on 127.0.0.1: the whole body whatever its size
up to the cap, conditional requests, and one DataError for every way a server can misbehave."""

from __future__ import annotations

import re
from pathlib import Path

import aiohttp
import pytest

from bot.imports.problems import DataError
from bot.imports.sources import Validators, fetch
from tests.imports.programme_server import BOMB_BYTES, ProgrammeServer

FIXTURES = Path(__file__).parent / "fixtures"
QUICK = aiohttp.ClientTimeout(total=5, connect=2, sock_read=0.5)


async def test_a_body_far_larger_than_one_read_arrives_whole(
    programme_server: ProgrammeServer,
) -> None:
    calendar = (FIXTURES / "with-vtimezone.ics").read_bytes()
    events = calendar.split(b"BEGIN:VEVENT", 1)
    body = events[0] + b"X-FILLER:" + b"y" * (5 << 20) + b"\r\n" + b"BEGIN:VEVENT" + events[1]
    url = programme_server.put("big.ics", body)

    fetched = await fetch(url)

    assert fetched.text is not None
    assert len(fetched.text) == len(body)
    assert fetched.text.rstrip().endswith("END:VCALENDAR")


async def test_the_servers_validators_make_the_next_request_conditional(
    programme_server: ProgrammeServer,
) -> None:
    url = programme_server.put("schedule.json", (FIXTURES / "pretalx-schedule.json").read_bytes())
    first = await fetch(url)
    assert first.validators.etag
    assert first.validators.last_modified

    again = await fetch(url, first.validators)

    assert again.text is None
    assert programme_server.statuses("/files/schedule.json") == [200, 304]


async def test_a_changed_file_is_fetched_again_with_new_validators(
    programme_server: ProgrammeServer,
) -> None:
    url = programme_server.put("schedule.json", b'{"schedule": {}}')
    first = await fetch(url)
    programme_server.put("schedule.json", b'{"schedule": {"version": "2"}}')

    again = await fetch(url, first.validators)

    assert again.text == '{"schedule": {"version": "2"}}'
    assert again.validators.etag != first.validators.etag


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/status/500", "answered HTTP 500"),
        ("/status/404", "answered HTTP 404"),
        ("/redirect/file:///etc/passwd", "redirects to file:, not http(s)"),
        ("/redirect/ftp://example.org/x", "redirects to ftp:, not http(s)"),
        ("/loop", "redirects more than 5 times"),
        ("/slow", "cannot be fetched"),
        ("/endless", "is larger than 1 MB"),
        ("/bomb", "is larger than 1 MB"),
    ],
)
async def test_every_misbehaving_server_is_one_data_error(
    programme_server: ProgrammeServer, path: str, problem: str
) -> None:
    url = programme_server.url(path)
    with pytest.raises(DataError, match=re.escape(problem)) as raised:
        await fetch(url, limit=1 << 20, waits=QUICK)
    assert raised.value.source == url
    assert "\n" not in str(raised.value)


async def test_a_bomb_is_counted_as_it_inflates_not_as_it_arrives(
    programme_server: ProgrammeServer,
) -> None:
    """Under the cap on the wire, far over it once inflated: refused all the same."""
    with pytest.raises(DataError, match="larger than 8 MB"):
        await fetch(programme_server.url("/bomb"), limit=8 << 20)
    assert BOMB_BYTES > 8 << 20


async def test_a_redirect_to_another_http_url_is_followed(
    programme_server: ProgrammeServer,
) -> None:
    programme_server.put("schedule.json", b'{"schedule": {}}')
    fetched = await fetch(programme_server.url("/redirect/files/schedule.json"))
    assert fetched.text == '{"schedule": {}}'


async def test_nobody_listening_is_one_data_error(programme_server: ProgrammeServer) -> None:
    url = programme_server.url("/files/x")
    programme_server.stop()
    with pytest.raises(DataError, match="cannot be fetched"):
        await fetch(url, waits=QUICK)


async def test_validators_ask_with_both_headers() -> None:
    asked = Validators('"abc"', "Sun, 06 Dec 2026 08:00:00 GMT").headers()
    assert asked == {
        "If-None-Match": '"abc"',
        "If-Modified-Since": "Sun, 06 Dec 2026 08:00:00 GMT",
    }

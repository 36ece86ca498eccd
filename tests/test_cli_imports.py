"""Every import failure an operator can cause, fed to `confbot`: one line on
stderr, naming what is wrong, exit code 2, no traceback, and nothing printed as done."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.imports.programme_server import ProgrammeServer, serving
from tests.imports.schedules import FIXTURES, PRETALX, pretalx
from tests.processes import confbot_here, run_confbot

Source = Callable[[Path, ProgrammeServer], list[str]]
"""Writes what a case needs and gives the arguments after `confbot`."""


def _file(name: str, body: bytes, *options: str) -> Source:
    def make(folder: Path, server: ProgrammeServer) -> list[str]:
        path = folder / name
        path.write_bytes(body)
        return ["import", str(path), *options]

    return make


def _url(path: str, *options: str) -> Source:
    return lambda folder, server: ["import", server.url(path), *options]


def _over_tosd(body: bytes, *options: str) -> Source:
    """Over the pretalx conference, imported first."""

    def make(folder: Path, server: ProgrammeServer) -> list[str]:
        assert confbot_here(folder, "import", str(PRETALX)).returncode == 0
        path = folder / "changed.json"
        path.write_bytes(body)
        return ["import", str(path), *options]

    return make


def _huge(folder: Path, server: ProgrammeServer) -> list[str]:
    path = folder / "huge.json"
    with path.open("wb") as sparse:  # no disk used: its size is read before its bytes
        sparse.truncate((256 << 20) + 1)
    return ["import", str(path)]


DEEP_TOML = b'[conference]\nslug = "x"\nnested = ' + b"[" * 400 + b"]" * 400 + b"\n"
CASES: dict[str, tuple[Source, str]] = {
    "missing file": (
        lambda folder, server: ["import", str(folder / "nowhere.ics")],
        "cannot be read",
    ),
    "not UTF-8": (_file("latin1.ics", "BEGIN:VCALENDAR café".encode("latin-1")), "not UTF-8"),
    "empty": (_file("empty.json", b""), "not a format confbot reads"),
    "broken JSON": (_file("broken.json", b'{"schedule": {"conference": '), "is not JSON"),
    "JSON 100,000 deep": (_file("deep.json", b"[" * 100_000 + b"]" * 100_000), "nests deeper"),
    "JSON object deep": (
        _file("deep2.json", b'{"a":' * 100_000 + b"1" + b"}" * 100_000),
        "nests deeper",
    ),
    "TOML 400 deep": (_file("deep.toml", DEEP_TOML), "nests deeper than 64 levels"),
    "XML deep": (
        _file("deep.xml", b"<schedule>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</schedule>"),
        "nests deeper",
    ),
    "huge field": (
        _file("long.json", b'{"schedule": {"x": "' + b"y" * (2 << 20) + b'"}}'),
        "text longer than 1 MB",
    ),
    "larger than the cap": (_huge, "larger than 256 MB"),
    "XML entities": (
        _file("bomb.xml", b'<!DOCTYPE s [<!ENTITY a "aaaa">]><schedule>&a;</schedule>'),
        "declares XML entities",
    ),
    "calendar without events": (
        _file("none.ics", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"),
        "has no events",
    ),
    "bad slug": (_file("s.json", PRETALX.read_bytes(), "--slug", "Bad Slug"), "--slug"),
    "bad zone": (_file("s.json", PRETALX.read_bytes(), "--timezone", "Mars/Olympus"), "--timezone"),
    "zone for TOML": (
        _file("c.toml", b'[conference]\nslug = "x"\n', "--timezone", "UTC"),
        "names its own zone",
    ),
    "bad interval": (_url("/files/schedule.json", "--follow", "often"), "--follow"),
    "interval too short": (
        _url("/files/schedule.json", "--follow", "5s"),
        "shorter than 30 seconds",
    ),
    "following a file": (
        _file("s.json", PRETALX.read_bytes(), "--follow", "5m"),
        "only an http(s) URL",
    ),
    "paper list first": (
        lambda folder, server: ["import", str(FIXTURES / "paperlist.json"), "--slug", "nosuchconf"],
        "schedule first",
    ),
    "HTTP 404": (_url("/status/404"), "answered HTTP 404"),
    "HTTP 500": (_url("/status/500"), "answered HTTP 500"),
    "redirect to a file": (_url("/redirect/file:///etc/passwd"), "not http(s)"),
    "redirect loop": (_url("/loop"), "redirects more than 5 times"),
    "gzip bomb": (_url("/bomb"), "is not a format confbot reads"),
    "another conference": (
        _over_tosd((FIXTURES / "with-vtimezone.ics").read_bytes(), "--slug", "tosd2031"),
        "describes 'Harbourlight",
    ),
    "a third cancelled": (_over_tosd(pretalx(cancel=4)), "would cancel 4 of 12 sessions"),
}


@pytest.fixture
def database(tmp_path: Path, seeded_template: Path) -> Path:
    """The seeded store, as a process would find it (copied: seeding it is the slow part)."""
    path = tmp_path / "confbot.db"
    shutil.copyfile(seeded_template, path)
    return path


@pytest.fixture(scope="module")
def server() -> Iterator[ProgrammeServer]:
    with serving() as started:
        started.put("schedule.json", PRETALX.read_bytes())
        yield started


@pytest.mark.parametrize(("make", "problem"), list(CASES.values()), ids=list(CASES))
def test_each_failure_is_one_line_and_exit_code_2(
    tmp_path: Path, database: Path, server: ProgrammeServer, make: Source, problem: str
) -> None:
    result = confbot_here(tmp_path, *make(tmp_path, server))
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("confbot: ")
    assert problem in lines[0]
    assert result.stdout == ""


def test_a_dry_run_leaves_the_database_file_byte_for_byte(
    tmp_path: Path, database: Path, server: ProgrammeServer
) -> None:
    assert confbot_here(tmp_path, "import", str(PRETALX)).returncode == 0
    changed = tmp_path / "changed.json"
    changed.write_bytes(pretalx(cancel=6))
    before = database.read_bytes()

    result = confbot_here(tmp_path, "import", str(changed), "--dry-run")

    assert result.returncode == 0, result.stderr
    assert "nothing written" in result.stdout
    assert "6 cancelled" in result.stdout
    assert "refused without --replace: it would cancel 6 of 12 sessions" in result.stdout
    assert database.read_bytes() == before


@pytest.mark.slow  # a real `confbot` process for each command, as the README runs them
def test_follow_once_polls_and_conferences_shows_each_source(
    tmp_path: Path, database: Path, server: ProgrammeServer
) -> None:
    url = server.url("/files/schedule.json")
    followed = run_confbot(tmp_path, "import", url, "--follow", "5m")
    assert followed.returncode == 0, followed.stderr
    assert f"Following {url} every 5m." in followed.stdout

    once = run_confbot(tmp_path, "follow", "--once")
    assert once.returncode == 0, once.stderr
    assert once.stdout.strip() == f"{url}: not modified"

    broken = server.url("/files/broken.json")
    server.put("broken.json", PRETALX.read_bytes().replace(b"tosd2031", b"tosd2032"))
    assert confbot_here(tmp_path, "import", broken, "--follow", "1h").returncode == 0
    server.put("broken.json", b'{"schedule": ')
    failed = confbot_here(tmp_path, "follow", "--once")
    assert failed.returncode == 2
    assert f"{broken}: failed: " in failed.stdout

    listed = run_confbot(tmp_path, "conferences").stdout
    assert "Followed sources:" in listed
    assert f"{url} -> tosd2031  every 300s" in listed
    assert "last error: none" in listed
    assert "is not JSON" in listed

"""Running `confbot` the way an operator or the README does: as a real process, or through the
same entry point inside the test process.

A process pays seconds of interpreter start and imports before it does anything, which is what
a test of signals, crashes or the installed command is about and most tests are not. Those call
`confbot_here`: the same `main` with the same argv, environment, working directory, stdin,
stdout, stderr and exit code, and a traceback where a process would have printed one.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path

from bot import cli


def _environment(tmp_path: Path, env: dict[str, str]) -> dict[str, str]:
    """The environment of a run in tmp_path: a database there, no Discord token."""
    environment = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'confbot.db'}"}
    environment.pop("DISCORD_TOKEN", None)
    environment.update(env)
    return environment


def run_confbot(
    tmp_path: Path, *args: str, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` in tmp_path, on a database there, without a Discord token."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=_environment(tmp_path, env),
        cwd=tmp_path,
        check=False,
    )


def confbot_here(
    tmp_path: Path, *args: str, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    """What `run_confbot` returns for the same call, from `confbot`'s entry point run here."""
    out, err = io.StringIO(), io.StringIO()
    with _as_a_process(_environment(tmp_path, env), tmp_path, io.StringIO(stdin), out, err):
        try:
            code = cli.main(list(args))
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code if isinstance(exc.code, int) else 1
        except Exception:
            err.write(traceback.format_exc())
            code = 1
    return subprocess.CompletedProcess(
        ["confbot", *args], code, stdout=out.getvalue(), stderr=err.getvalue()
    )


@contextlib.contextmanager
def _as_a_process(
    environment: dict[str, str], cwd: Path, stdin: io.StringIO, out: io.StringIO, err: io.StringIO
) -> Iterator[None]:
    """A fresh process's view for the length of one call: its environment, working directory,
    standard streams, and a root logger without handlers (pytest's), so that `confbot`'s own
    logging set-up writes to this stderr as it would to a process's."""
    saved_environment = dict(os.environ)
    saved_cwd = Path.cwd()
    streams = sys.stdin, sys.stdout, sys.stderr
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    os.environ.clear()
    os.environ.update(environment)
    os.chdir(cwd)
    sys.stdin, sys.stdout, sys.stderr = stdin, out, err
    root.handlers = []
    try:
        yield
    finally:
        root.handlers, root.level = handlers, level
        sys.stdin, sys.stdout, sys.stderr = streams
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_environment)

"""Running `confbot` as a real process, the way an operator or the README does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_confbot(
    tmp_path: Path, *args: str, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` in tmp_path, on a database there, without a Discord token."""
    environment = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'confbot.db'}"}
    environment.pop("DISCORD_TOKEN", None)
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        cwd=tmp_path,
        check=False,
    )

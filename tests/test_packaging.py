"""A regular (non-editable) install, as in a container: the code finds its conference data
under its own prefix and keeps its databases in the working directory, not in site-packages."""

from __future__ import annotations

import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ("pyproject.toml", "README.md", "bot", "cogs", "data")

pytestmark = pytest.mark.slow  # builds a wheel and installs it into a virtual environment


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project built as a wheel, from a copy so the checkout gets no build folders."""
    source = tmp_path_factory.mktemp("source")
    for name in SHIPPED:
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("confbot-*.whl")
    return built


def test_the_wheel_carries_the_data_files_and_the_migrations(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    data = [name for name in names if name.endswith("share/confbot/data/iclr2019.toml")]
    assert data
    assert "bot/store/migrations/versions/0001_conference.py" in names
    for folder in ("de", "fr", "es_ES", "zh_CN"):
        for domain in ("confbot", "chat"):
            assert f"bot/i18n/locales/{folder}/LC_MESSAGES/{domain}.po" in names


def test_an_installed_copy_reads_its_data_and_writes_its_database_where_it_runs(
    wheel: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(prefix)], check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--ignore-installed",  # never touch the project's own installed copy
            "--prefix",
            str(prefix),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    work = tmp_path / "work"
    work.mkdir()
    installed = next(prefix.glob("lib/python*/site-packages"))
    probe = (
        "from bot.settings import Settings; s = Settings(); "
        "print(s.data_dir); print(s.database_url); "
        "print(sorted(p.name for p in s.data_dir.glob('*.toml')))"
    )
    result = subprocess.run(
        [str(prefix / "bin" / "python"), "-c", probe],
        cwd=work,
        env={"PYTHONPATH": f"{installed}:{':'.join(site.getsitepackages())}", "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    data_dir, database_url, files = result.stdout.splitlines()
    assert Path(data_dir) == prefix / "share" / "confbot" / "data"
    assert "iclr2019.toml" in files
    assert database_url == f"sqlite+aiosqlite:///{work}/var/confbot.db"

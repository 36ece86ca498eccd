"""Throwaway PostgreSQL clusters for the tests: one server per test process, one database per test.

The server is tuned for speed, not durability (no fsync, no full-page writes, asynchronous
commit): a test database lives for one test. It listens on 127.0.0.1 only, on a free port, with its
Unix socket inside its own folder, so clusters of parallel runs never meet. PostgreSQL refuses to
run as root, so when the tests run as root the server runs as the `postgres` user; it is stopped
with a signal rather than `pg_ctl stop`, which works whoever owns the folders above it by then.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import stat
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

USER = "postgres"
SYSTEM_USER = "postgres"
DEBIAN_BINARIES = Path("/usr/lib/postgresql")
INITDB_OPTIONS = ("-U", USER, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync")
"""The C locale sorts text by code point, as SQLite does, so both stores order alike."""
FILE_COPY_SINCE = 15
"""From PostgreSQL 15 a copy goes through the WAL unless asked to copy the files, which is more
than twice as fast for a small database (and the only way before 15)."""
STOP_TIMEOUT_SECONDS = 30.0
START_ATTEMPTS = 3
SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "shared_buffers": "32MB",
    "max_connections": "200",
    "log_min_messages": "warning",
}


def postgres_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: from PATH, else the newest Debian/Ubuntu install."""
    on_path = shutil.which("initdb")
    candidates = [Path(on_path).parent] if on_path else []
    if DEBIAN_BINARIES.is_dir():
        versions = [p / "bin" for p in DEBIAN_BINARIES.iterdir() if p.name.isdigit()]
        candidates += sorted(versions, key=lambda p: int(p.parent.name), reverse=True)
    for folder in candidates:
        if all((folder / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres", "psql")):
            return folder
    return None


@dataclass
class Cluster:
    """A running server; its superuser connects without a password from 127.0.0.1."""

    directory: Path
    port: int

    def url(self, database: str) -> str:
        """The URL confbot opens for one database of this cluster."""
        return f"postgresql+asyncpg://{USER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str, template: str | None = None) -> None:
        """CREATE DATABASE, as a copy of `template` when given (which must have no connections)."""
        copy = f" TEMPLATE {_identifier(template)}" if template else ""
        if self._major_version() >= FILE_COPY_SINCE:
            copy += " STRATEGY FILE_COPY"
        self._sql(f"CREATE DATABASE {_identifier(name)}{copy}")

    def drop_database(self, name: str) -> None:
        """DROP DATABASE, closing what a test left connected to it."""
        self._sql(f"DROP DATABASE IF EXISTS {_identifier(name)} WITH (FORCE)")

    def stop(self) -> None:
        """A fast shutdown (open sessions are ended), waiting until the server has exited."""
        pid = _postmaster_pid(self.directory / "data")
        if pid is None:
            return
        try:
            os.kill(pid, signal.SIGINT)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
        while _alive(pid):
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                break
            time.sleep(0.05)

    def _major_version(self) -> int:
        return int((self.directory / "data" / "PG_VERSION").read_text().split(".")[0])

    def _sql(self, statement: str) -> None:
        binaries = postgres_binaries()
        assert binaries is not None, "the PostgreSQL binaries disappeared"
        command = [str(binaries / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1"]
        command += ["-h", "127.0.0.1", "-p", str(self.port), "-U", USER, "-d", "postgres"]
        result = subprocess.run(
            [*command, "-c", statement], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise RuntimeError(f"{statement}: {result.stderr.strip()}")


def start_cluster(directory: Path) -> Cluster:
    """initdb into directory/data and start the server; its log is directory/server.log."""
    binaries = postgres_binaries()
    if binaries is None:
        raise RuntimeError("PostgreSQL is not installed: no initdb found on PATH or in /usr/lib")
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "socket").mkdir(exist_ok=True)
    _hand_over(directory)
    data = directory / "data"
    _as_server_user([str(binaries / "initdb"), "-D", str(data), *INITDB_OPTIONS], directory)
    for attempt in range(START_ATTEMPTS):
        port = _free_port()
        _write_settings(data, port, directory / "socket")
        log = directory / "server.log"
        try:
            _as_server_user(
                [str(binaries / "pg_ctl"), "start", "-w", "-D", str(data), "-l", str(log)],
                directory,
            )
        except RuntimeError:
            if attempt == START_ATTEMPTS - 1:
                raise
            continue
        return Cluster(directory=directory, port=port)
    raise AssertionError("unreachable")


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _free_port() -> int:
    """A port nothing listens on now; another process may take it first, hence the retries."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _write_settings(data: Path, port: int, socket_dir: Path) -> None:
    """postgresql.auto.conf is read last, so these win over initdb's defaults."""
    settings = {**SETTINGS, "port": str(port), "unix_socket_directories": f"'{socket_dir}'"}
    lines = [f"{key} = {value}\n" for key, value in settings.items()]
    auto = data / "postgresql.auto.conf"
    auto.write_text("".join(lines))
    if os.geteuid() == 0:
        shutil.chown(auto, SYSTEM_USER, SYSTEM_USER)


def _hand_over(directory: Path) -> None:
    """As root, give the folder to the server's user and let it traverse (not list) the folders
    above it, which pytest creates readable by root alone."""
    if os.geteuid() != 0:
        return
    shutil.chown(directory, SYSTEM_USER, SYSTEM_USER)
    shutil.chown(directory / "socket", SYSTEM_USER, SYSTEM_USER)
    for parent in directory.parents:
        mode = parent.stat().st_mode
        if parent.stat().st_uid == 0 and not mode & stat.S_IXOTH:
            parent.chmod(mode | stat.S_IXOTH)


def _as_server_user(command: list[str], directory: Path) -> None:
    tool = Path(command[0]).name
    if os.geteuid() == 0:
        command = ["runuser", "-u", SYSTEM_USER, "--", *command]
    result = subprocess.run(command, capture_output=True, text=True, cwd=directory, check=False)
    if result.returncode != 0:
        log = directory / "server.log"
        tail = log.read_text()[-2000:] if log.exists() else ""
        raise RuntimeError(f"{tool}: {result.stdout}{result.stderr}{tail}".strip())


def _postmaster_pid(data: Path) -> int | None:
    try:
        first_line = (data / "postmaster.pid").read_text().split("\n", 1)[0]
    except FileNotFoundError:
        return None
    return int(first_line)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True

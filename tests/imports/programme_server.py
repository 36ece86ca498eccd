"""An organiser's web server on 127.0.0.1, in a thread of its own: it serves real schedule
files (changed by the test between polls, with ETag and Last-Modified, answering 304 to a
conditional request that still matches) and misbehaves on request: an error status, a
trickle, an endless body, a compression bomb, redirects to elsewhere or round in a loop.

A thread with the standard library's server, so that the same server answers an import run
in-process (on the test's event loop) and one run as a `confbot` process.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BOMB_BYTES = 64 << 20
"""What the compression bomb inflates to: 64 MB of zeros from about 64 KB on the wire."""
_BOMB = gzip.compress(bytes(BOMB_BYTES), compresslevel=9)


class ProgrammeServer:
    """The files it serves by name under /files/, and every request it answered."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.requests: list[tuple[str, int]] = []
        self._versions: dict[str, float] = {}
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def put(self, name: str, body: bytes) -> str:
        """Serve `body` as /files/NAME from now on (a new version); its URL."""
        with self._lock:
            self.files[name] = body
            self._versions[name] = time.time()
        return self.url(f"/files/{name}")

    def statuses(self, path: str) -> list[int]:
        return [status for asked, status in self.requests if asked == path]

    def version(self, name: str) -> tuple[bytes, str, str] | None:
        with self._lock:
            body = self.files.get(name)
            if body is None:
                return None
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            return body, etag, formatdate(self._versions[name], usegmt=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _handler(server: ProgrammeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            """Quiet: pytest shows what a test asserts."""

        def _answer(self, status: int, body: bytes = b"", **headers: str) -> None:
            server.requests.append((self.path, status))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            path = self.path
            if path.startswith("/files/"):
                self._file(path.removeprefix("/files/"))
            elif path.startswith("/status/"):
                self._answer(int(path.removeprefix("/status/")), b"no")
            elif path.startswith("/redirect/"):
                target = path.removeprefix("/redirect/")
                self._answer(302, Location=target if ":" in target else f"/{target}")
            elif path == "/loop":
                self._answer(302, Location="/loop")
            elif path == "/bomb":
                self._answer(200, _BOMB, Content_Encoding="gzip")
            elif path == "/slow":
                self._trickle(endless=False)
            elif path == "/endless":
                self._trickle(endless=True)
            else:
                self._answer(404, b"not here")

        def _file(self, name: str) -> None:
            found = server.version(name)
            if found is None:
                self._answer(404, b"not here")
                return
            body, etag, modified = found
            if self.headers.get("If-None-Match") == etag:
                self._answer(304, ETag=etag, Last_Modified=modified)
                return
            self._answer(200, body, ETag=etag, Last_Modified=modified)

        def _trickle(self, *, endless: bool) -> None:
            """Headers, then either a body that never ends or one that stops half-way."""
            server.requests.append((self.path, 200))
            self.send_response(200)
            if not endless:
                self.send_header("Content-Length", "1000")
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"BEGIN:VCALENDAR\n" * 4096 if endless else b"x")
                    if not endless:
                        time.sleep(5)
                        return
            except OSError:
                return

    return Handler


@contextmanager
def serving() -> Iterator[ProgrammeServer]:
    """A server for the length of a `with` block."""
    server = ProgrammeServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()

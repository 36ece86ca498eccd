"""The organiser's web server for the import tests (see programme_server)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.imports.programme_server import ProgrammeServer, serving


@pytest.fixture
def programme_server() -> Iterator[ProgrammeServer]:
    with serving() as server:
        yield server

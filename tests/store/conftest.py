"""Fixtures for tests that need an edited copy of the conference data file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .datacopy import DATA_FILE_NAME, DataCopy


@pytest.fixture
def data_copy(tmp_path: Path, data_dir: Path) -> DataCopy:
    """An editable copy of the real data file, alone in tmp_path/data."""
    return DataCopy(tmp_path / "data", data_dir / DATA_FILE_NAME)


@pytest.fixture
def make_data_copy(tmp_path: Path, data_dir: Path) -> Callable[[str], DataCopy]:
    """More copies, each in its own folder under tmp_path."""
    return lambda name: DataCopy(tmp_path / name, data_dir / DATA_FILE_NAME)

"""The conferences shipped in data/ (or a folder the operator names), and the store seeded
from them on first start."""

from __future__ import annotations

import logging
from pathlib import Path

from bot.domain.imported import ConferenceData
from bot.imports.changes import record
from bot.imports.merge import merge_papers
from bot.imports.paperlists import parse_paperlist
from bot.imports.sources import read_file
from bot.imports.summaries import parse_summaries, with_summaries
from bot.imports.toml_file import read_conference
from bot.papers.like import keep_related
from bot.store.setup import Store, connect_store


def data_files(path: Path) -> list[Path]:
    """The conference files named by a path: the file itself, or every *.toml in a folder."""
    if path.is_dir():
        return sorted(path.glob("*.toml"))
    return [path]


log = logging.getLogger(__name__)


def load_conference(path: Path, text: str | None = None) -> ConferenceData:
    """One conference file of ours (its `text` when already read), checked, with every paper
    of the paper list it names (curated papers keep what was written for them)."""
    found = read_conference(read_file(path) if text is None else text, path.name)
    conference = found.conference
    if found.paper_list is not None:
        papers = parse_paperlist(read_file(path.parent / found.paper_list), found.paper_list)
        conference, report = merge_papers(conference, papers)
        for item in report:
            log.warning("%s: %s: %s", path.name, item.entry, item.reason)
    if found.paper_summaries is not None:
        written = parse_summaries(
            read_file(path.parent / found.paper_summaries), found.paper_summaries
        )
        conference = with_summaries(conference, written, found.paper_summaries)
    return conference


def load_data(path: Path) -> list[ConferenceData]:
    """Every conference under `path`, all checked before any is used."""
    return [load_conference(file) for file in data_files(path)]


async def open_store(database_url: str, data_dir: Path, *, seed_if_empty: bool = True) -> Store:
    """The store, migrated, seeded from `data_dir` if it holds no conference yet (unless told
    not to, for `confbot seed`), and with the related papers of every conference kept in step
    with its papers from now on (computed only where papers changed: a store in use pays one
    read)."""
    first_seed = (lambda: load_data(data_dir)) if seed_if_empty else None
    store = await connect_store(database_url, first_seed, record)
    try:
        await keep_related(store)
    except BaseException:
        await store.close()
        raise
    return store

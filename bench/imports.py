"""Importing a paper list: `confbot import`'s bulk path beside one ORM object per paper (how the
seed wrote papers before), on the same generated file, in the same run.

Each side runs in a process of its own (bench.import_probe), so its peak memory is its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.measure import Figure, Row, Target
from bench.synthetic import write_paper_list

PROJECT_ROOT = Path(__file__).resolve().parent.parent
IMPORT_TARGET_S = 10.0
ACCEPTED_SHARE = 0.8
"""write_paper_list rejects one submission in five: the figure counts accepted papers."""


def _probe(paper_list: Path, database: Path, way: str) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-m", "bench.import_probe", str(paper_list), str(database), way],
        cwd=PROJECT_ROOT,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        check=True,
        capture_output=True,
        text=True,
        timeout=1800,
    ).stdout
    result: dict[str, float] = json.loads(output)
    return result


def import_rows(workdir: Path, papers: int) -> list[Row]:
    """Import time and peak memory for `papers` accepted papers, with the ORM baseline."""
    workdir.mkdir(parents=True, exist_ok=True)
    submissions = round(papers / ACCEPTED_SHARE)
    paper_list = write_paper_list(workdir / "papers.json", submissions)
    bulk = _probe(paper_list, workdir / "bulk.db", "import")
    orm = _probe(paper_list, workdir / "orm.db", "orm")
    size = f"{int(bulk['papers']):,} papers"
    return [
        Row(
            "import",
            "`confbot import` of a paper list (parse, write, index, ANALYZE)",
            size,
            Figure.single(bulk["seconds"], "s"),
            Figure.single(orm["seconds"], "s"),
            "ORM object per paper, no index",
            Target(IMPORT_TARGET_S, "s"),
        ),
        Row(
            "memory",
            "peak RSS of that import",
            size,
            Figure.single(bulk["peak_rss_mb"], "MB"),
            Figure.single(orm["peak_rss_mb"], "MB"),
            "ORM object per paper",
        ),
    ]

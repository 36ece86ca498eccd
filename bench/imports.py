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
SCHEDULE_TARGET_MB = 512.0
"""A few hundred MB for any schedule up to 256 MB: about two copies of it, and Python."""
FRAB_FIXTURE = PROJECT_ROOT / "tests" / "imports" / "fixtures" / "frab-schedule.xml"
ACCEPTED_SHARE = 0.8
"""write_paper_list rejects one submission in five: the figure counts accepted papers."""


def _probe(
    paper_list: Path, database: Path, way: str, probe: str = "bench.import_probe"
) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-m", probe, str(paper_list), str(database), way],
        cwd=PROJECT_ROOT,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        check=True,
        capture_output=True,
        text=True,
        timeout=1800,
    ).stdout
    result: dict[str, float] = json.loads(output)
    return result


def write_long_schedule(path: Path, megabytes: int) -> Path:
    """A real frab XML schedule whose first talk has an abstract of `megabytes` MB: the shape
    that took 1.1 GB to import at 200 MB when the whole text was parsed first."""
    text = FRAB_FIXTURE.read_text(encoding="utf-8")
    at = text.index("<description>") + len("<description>")
    with path.open("w", encoding="utf-8") as out:
        out.write(text[:at])
        for _ in range(megabytes):
            out.write("x" * (1 << 20))
        out.write(text[at:])
    return path


def schedule_rows(workdir: Path, megabytes: int) -> list[Row]:
    """Peak memory of importing a schedule of `megabytes` MB, beside parsing it unbounded."""
    workdir.mkdir(parents=True, exist_ok=True)
    schedule = write_long_schedule(workdir / "schedule.xml", megabytes)
    bounded = _probe(schedule, workdir / "bounded.db", "import", "bench.schedule_probe")
    unbounded = _probe(schedule, workdir / "unbounded.db", "unbounded", "bench.schedule_probe")
    return [
        Row(
            "memory",
            "peak RSS of `confbot import` of a frab XML schedule with one huge abstract "
            "(refused in one line)",
            f"{megabytes} MB",
            Figure.single(bounded["peak_rss_mb"], "MB"),
            Figure.single(unbounded["peak_rss_mb"], "MB"),
            "the same file parsed without bounds, not even stored",
            Target(SCHEDULE_TARGET_MB, "MB"),
        )
    ]


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

"""A second conference beside ICLR 2019, in the same data folder, whose papers are nearly all
about lottery tickets: short papers that an index ranking across conferences puts above ICLR's
own lottery-ticket paper, for "lottery ticket", for its misspellings and for the prefix "lott"."""

from __future__ import annotations

from pathlib import Path

from tests.datacopy import DATA_FILE_NAME, DataCopy

SLUG = "wsn2031"
FILE_NAME = f"{SLUG}.toml"
WINNING = "winning-lottery-tickets-graph-networks"
BY_QUILLON = "masks-found-early"
"""The only paper with a "quil..." word in the dictionary: its author's name."""
QUILLWORK = "pruning-at-initialisation-revisited"
"""The only paper with "quillwork", a word of its summary alone."""
FIELDS = (
    *("speech", "vision", "translation", "robotics", "recommendation", "chemistry"),
    *("weather", "genomics", "audio", "video", "retrieval", "tabular", "control"),
    *("planning", "tracking", "parsing", "captioning", "segmentation", "detection"),
    *("forecasting", "ranking", "dialogue", "music", "medicine", "astronomy", "physics"),
    *("finance", "agriculture", "hydrology", "seismology"),
)
SLUGS = frozenset(
    {WINNING, BY_QUILLON, QUILLWORK, *(f"lottery-tickets-{field}" for field in FIELDS)}
)

CONFERENCE = """
[conference]
slug = "wsn2031"
name = "WSN 2031"
full_name = "Workshop on Sparse Networks"
start_date = 2031-06-02
end_date = 2031-06-03
city = "Lisbon, Portugal"
venue = "Riverside Hall"
timezone = "Europe/Lisbon"
description = "Two days on networks that keep only a few of their weights."
"""


def _paper(slug: str, title: str, author: str, summary: str, aliases: str = "") -> str:
    return f"""
[[papers]]
slug = "{slug}"
title = "{title}"
authors = ["{author}"]
kind = "poster"
aliases = [{aliases}]
placement = "unknown"
summary = "{summary}"
"""


def conference_text() -> str:
    papers = [
        _paper(
            WINNING,
            "Winning Lottery Tickets in Graph Networks",
            "Ines Varela",
            "Lottery tickets, small subnetworks that train well alone, exist in graph networks.",
            '"lottery ticket", "graph lottery ticket"',
        ),
        *(
            _paper(
                f"lottery-tickets-{field}",
                f"Lottery Tickets for {field.title()}",
                "Tomas Reis",
                f"A lottery ticket found for {field}: a winning ticket trains fast.",
                '"lottery ticket"',
            )
            for field in FIELDS
        ),
        _paper(BY_QUILLON, "Sparse Masks Found Early", "Ana Quillon", "Masks settle early on."),
        _paper(
            QUILLWORK,
            "Pruning at Initialisation Revisited",
            "Rui Matos",
            "Cutting weights before training, fine as quillwork, still works.",
        ),
    ]
    return CONFERENCE + "".join(papers)


def two_conferences(folder: Path, data_dir: Path) -> Path:
    """A data folder holding a copy of ICLR 2019 and the second conference; returns it."""
    DataCopy(folder, data_dir / DATA_FILE_NAME)
    (folder / FILE_NAME).write_text(conference_text(), encoding="utf-8")
    return folder

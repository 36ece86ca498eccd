"""The conference's own figures and links asked for in an attendee's words ('share of women
among those presenting', '% female presenters', 'roughly how many ppl registered', 'site
where the posters are hosted online'): the organisers label them in words no session or
paper uses, so a question sharing a label's words, one of them unknown to the programme,
asks for the conference's card, which holds every figure and link."""

from __future__ import annotations

from bot.chat.aliases import variants
from bot.chat.catalogue import reader
from bot.domain.records import ConferenceView
from bot.domain.text import fold, words
from bot.domain.vocabulary import singular

SHARED_WORDS = 2
"""A label's words a question must share, unless it asks for a figure ('how many', '%'): one
('speakers' of 'Invited speakers') is a word of the programme as well."""


def asks_a_figure(
    tokens: tuple[str, ...], leftover: tuple[str, ...], folded: str, conf: ConferenceView
) -> bool:
    """Whether the question shares enough of one label's words, one of them a word nothing
    else at the conference recognised; its words are also read under their other names
    ('female' for 'women')."""
    said = _forms(" ".join(tokens))
    unknown = _forms(" ".join(leftover))
    enough = 1 if reader().figure.search(folded) else SHARED_WORDS
    filler = reader().filler
    for label, _ in (*conf.figures, *conf.links):
        named = {singular(word) for word in words(fold(label))} - filler
        shared = named & said
        if len(shared) >= enough and shared & unknown:
            return True
    return False


def _forms(text: str) -> set[str]:
    return {singular(word) for variant in variants(text) for word in words(variant)}

"""What the asker says of themselves beside a question: the place they travel to or from,
where they stand or what they eat. Such words name nothing the question asks about."""

from __future__ import annotations

from bot.chat.catalogue import reader
from bot.domain.text import words


def journey_of(tokens: list[str]) -> set[int]:
    """The positions of the place the asker travels to or from ('hamburg' of 'arriving in
    hamburg tonight'): the words after a journey's verb and 'in', 'to' or 'from', up to
    the next filler word."""
    terms = reader()
    place: set[int] = set()
    for index, token in enumerate(tokens):
        if token not in terms.travel:
            continue
        end = index + 1
        while end < len(tokens) and tokens[end] in terms.journey:
            end += 1
        if end == index + 1:
            continue
        while end < len(tokens) and tokens[end] not in terms.filler | terms.journey:
            place.add(end)
            end += 1
    return place


def aside(said: list[str]) -> bool:
    """Words about where the asker is or what they eat ('in the coffee line'): beside a
    session to follow, they name nothing asked."""
    terms = reader()
    return set(said) <= terms.remarks | terms.asides | terms.filler


ARRIVAL_REACH = 3
"""How many words may come between the place the asker travels to and the time that is
theirs ('gets to hamburg tmrw at 11')."""


def arriving_then(plain: str, tokens: list[str], journey: set[int], spans: tuple[str, ...]) -> bool:
    """Whether the one time said is when the asker gets in, not the moment asked: it follows
    the place of their journey ('my train gets to hamburg tmrw at 11') while something else
    is named ('will i miss the opening'), or it opens a day ('arriving at 9, what's first')."""
    terms = reader()
    if terms.first.search(plain):
        return True
    places = {tokens[index] for index in journey}
    said = plain.split()
    after_place = any(
        places & set(said[max(0, start - ARRIVAL_REACH) : start])
        for span in spans
        for start in _starts(said, words(span))
    )
    own = terms.filler | terms.travel | terms.asides | terms.remarks
    rest = [
        token for index, token in enumerate(tokens) if index not in journey and token not in own
    ]
    return after_place and bool(rest)


def _starts(said: list[str], span: list[str]) -> list[int]:
    """Where `span`'s words begin in `said`, each time they occur."""
    return [i for i in range(len(said)) if span and said[i : i + len(span)] == span]

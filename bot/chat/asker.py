"""What the asker says of themselves beside a question: the place they travel to or from,
where they stand or what they eat. Such words name nothing the question asks about."""

from __future__ import annotations

from bot.chat.catalogue import reader


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

"""How a question names a room: plainly, as the place asked about ('what's on at the kids
stage'), or only by a word the room's name shares, in passing ('the kids skipping school',
'zero day exploits for whatsapp'), when the question is about a talk anywhere; or by a
number no room has ('room 12' of a venue whose rooms are R04 and R09)."""

from __future__ import annotations

from collections.abc import Collection
from itertools import pairwise

from bot.chat.catalogue import reader
from bot.chat.intent import Intent
from bot.domain.text import words


def in_passing(asked: Intent) -> bool:
    """Whether a room is named only by a word its name shares ('the kids skipping school'):
    not by its whole name, after 'in', beside a place's word or a time, in any language."""
    said = words(asked.in_english or asked.question)  # 'en la sala r09': in the room
    named = {word for room in asked.keys for word in words(room)}
    timed = asked.day or asked.part or asked.at or asked.offset or asked.now
    whole = any(set(words(room)) <= set(said) for room in asked.keys)
    at = any(word in named and said[i - 1] in reader().located for i, word in enumerate(said) if i)
    plainly = placed(asked) or set(said) & reader().place
    return bool(asked.query) and not (plainly or timed or whole or at)


def placed(asked: Intent) -> bool:
    """Whether a place is plainly asked for ('what's on at the kids stage'), not named by a
    word in passing that a room's name shares ('zero day exploits for whatsapp')."""
    return bool(set(words(asked.question)) & reader().place)


def unheld_room(asked: Intent, rooms: Collection[str]) -> str | None:
    """A room's word and the label after it ('room r12', 'hall 3') when no room has that
    label, as the words were said: the room asked for is not there, which the answer must
    say, rather than answer as though no room had been named."""
    said = words(asked.in_english or asked.question)
    labels = {word for room in rooms for word in words(room)}
    searched = set(words(asked.query))
    for place, label in pairwise(said):
        numbered = any(char.isdigit() for char in label)
        if place in reader().place and numbered and label in searched and label not in labels:
            return f"{place} {label}"
    return None

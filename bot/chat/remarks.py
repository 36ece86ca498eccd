"""Remarks: what an attendee says to the bot that asks nothing of the programme (how hot the
hall is, thanks, a laugh), told apart from a question so that it never becomes a search."""

from __future__ import annotations

from bot.chat.catalogue import reader
from bot.chat.reading import Asks, Reading
from bot.domain.kinds import Group
from bot.domain.vocabulary import Sense


def remark(reading: Reading) -> bool:
    """A remark about coffee, the heat or the queue that asks nothing of the programme."""
    asking = {Asks.WHEN, Asks.WHERE, Asks.WHO, Asks.COUNT} & reading.asks
    timed = reading.day or reading.part or reading.at or reading.offset or reading.now
    said = set(reading.content)
    asked_then = timed and reading.question  # 'coffee tomorrow morning?' asks; 'so hot today' not
    asked_kind = reading.group is not None and reading.question  # 'was there a talk on toilets?'
    if _feeling(reading) or _thanking(reading) or _laughing(reading) or _upkeep(reading):
        return True
    if _greeting_someone(reading):
        return True
    return bool(said) and said <= reader().remarks and not (asking or asked_then or asked_kind)


def _feeling(reading: Reading) -> bool:
    """How the asker feels, said and not asked ('day 2 and my feet are already dead lol'):
    whatever else it mentions, a statement naming nothing at the conference is a remark."""
    felt = set(reading.tokens) & reader().feelings
    return bool(felt) and not reading.question and not reading.found and not reading.help


def _laughing(reading: Reading) -> bool:
    """A story told with a laugh ('ran into my whole team in the queue lol'): a statement
    about the teller asking nothing is a remark, whatever talk or room it mentions; an
    invitation ('juggling lol anyone') still asks the programme."""
    laughs, told = set(reading.tokens) & reader().laughter, set(reading.tokens) & reader().teller
    return bool(laughs and told) and not (reading.question or reading.asks or reading.invites)


def _upkeep(reading: Reading) -> bool:
    """The venue's upkeep ('saal 2 is an oven, who turned the heating up'): the bot knows
    nothing of it, and the room it names is where, not what, is asked about."""
    rooms_only = all(term.sense == Sense.ROOM for found in reading.found for term in found.terms)
    return bool(set(reading.tokens) & reader().upkeep) and rooms_only


def _greeting_someone(reading: Reading) -> bool:
    """A greeting to a place or a crowd ('good morning hamburg', 'hello congress'), maybe
    before a remark ('coffee first'): the word greeted is whom it is said to, a city or a
    talk's title word alike, and nothing is asked of the programme."""
    said = reading.folded.split()
    terms = reader()
    greeted = next(
        (n for n in range(len(said), 0, -1) if terms.greeting.match(" ".join(said[:n]))), 0
    )
    if not greeted or greeted == len(said) or reading.question or reading.asks:
        return False
    rest = set(reading.content) - set(said[: greeted + 1])
    return reading.group is None and rest <= terms.remarks | terms.refreshments | terms.feelings


def _thanking(reading: Reading) -> bool:
    """Thanks and how the bot helped ('cheers, saved me a walk to the far hall'): whatever
    room or place it mentions, a message opening with thanks that asks nothing is a remark."""
    opens = reading.tokens[:1]
    return bool(opens) and opens[0] in reader().thanks and not reading.question


PAUSES = frozenset({Group.BREAK, Group.MEAL})


def paused(reading: Reading) -> bool:
    """A break named only by what the asker is having there ('grabbing a coffee, when do
    the posters open', 'coffee break. next oral?') beside another kind asked, or by the
    drink alone, said as what the asker is doing, beside what comes next ('getting a
    coffee, what's after'): the asker's pause, not the session asked about."""
    if reading.group in PAUSES:
        return False
    named = [found for found in reading.found if found.keys(Sense.SESSION)]
    said = [set(reading.tokens[found.start : found.end]) for found in named]
    terms = reader()
    if reading.group is None:
        doing = bool(set(reading.tokens) & terms.asides)
        return reading.now and doing and bool(said) and all(w <= terms.refreshments for w in said)
    return bool(said) and all(words & terms.refreshments for words in said)

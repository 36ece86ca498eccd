"""Who a question names and what of theirs it means: everyone a shared surname names, and
which of someone's papers the other words of the question pick out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.chat.catalogue import reader
from bot.chat.retrieval import terms
from bot.domain.records import PaperView
from bot.domain.text import holds_phrase, words
from bot.domain.vocabulary import Found, Sense, Term, Vocabulary


def titled(written: list[PaperView], said: str) -> str | None:
    """The one paper of someone's whose title has most of the other words asked."""
    wanted = set(terms(said))
    scored = [(len(wanted & set(terms(paper.title))), paper.slug) for paper in written]
    best = max(scored, default=(0, ""))
    ties = [slug for count, slug in scored if count == best[0]]
    return best[1] if wanted and 2 * best[0] >= len(wanted) and len(ties) == 1 else None


def same(name: str, paper: PaperView) -> bool:
    """Whether one of a paper's authors is `name` written another way: the same surname,
    and a first name that one of the two begins ('Josh' and "Joshua B")."""
    named = words(name)
    if len(named) < 2:
        return False
    given, surname = named[0], named[-1]
    return any(_first_name_of(given, surname, words(a)) for a in paper.authors)


def _first_name_of(given: str, surname: str, author: list[str]) -> bool:
    first = author[0] if len(author) > 1 and author[-1] == surname else ""
    return bool(first) and (first.startswith(given) or given.startswith(first))


def in_title(title: str, names: list[str]) -> bool:
    """Whether a title names one of these people in full ('Christian Faubel live', a concert
    whose performer the programme lists under no one): it is theirs too. A one-word name
    names a session only as its whole title (a DJ set called after its DJ), since one word
    alone is too often a word of another title."""
    titled = words(title)
    said = f" {' '.join(titled)} "
    return any(
        (len(named) > 1 and f" {' '.join(named)} " in said) or named == titled
        for named in map(words, names)
    )


def namesakes_of(keys: tuple[str, ...]) -> list[str]:
    """The first person named, and anyone else the same words name: a surname shared by two
    speakers names both."""
    surname = words(keys[0])[-1:]
    return [keys[0], *(key for key in keys[1:] if words(key)[-1:] == surname)]


def someone_else(item: Found, tokens: list[str], found: list[Found]) -> bool:
    """Whether a speaker known by a given name alone is someone else named in full: 'david
    graeber', beside a speaker called only David, has a surname that speaker lacks, so the
    question is about the other person, whose name the talk's own words carry. A handle
    ('HonkHase') or a surname matched alone is no given name: the next word is no surname."""
    people = item.keys(Sense.PERSON) + item.keys(Sense.AUTHOR)
    if item.end - item.start != 1 or len(people) != len(item.terms) or item.end >= len(tokens):
        return False
    following = tokens[item.end]
    given = all(name[:1].isupper() and name[1:].islower() for name in people)
    covered = any(other.start <= item.end < other.end for other in found)
    plain = following.isalpha() and len(following) > 2 and following not in reader().known
    return given and plain and not covered


def half_a_compound(item: Found, tokens: list[str], folded: str) -> bool:
    """Whether a person (and their sessions) matched by one word is half of a word the question
    joins with a hyphen to the next or the one before ('cross' of 'cross-stitch'): a thing
    asked about, not the speaker whose surname is Cross. A name written so ('hernandez-lobato')
    is still that person."""
    someone = {Sense.PERSON, Sense.AUTHOR}
    if item.end - item.start != 1 or not any(term.sense in someone for term in item.terms):
        return False
    if any(term.sense not in someone | {Sense.SESSION} for term in item.terms):
        return False  # a topic or a title's word too: the compound may be it
    word = tokens[item.start]
    named = {said for term in item.terms if term.sense in someone for said in words(term.key)}
    joined = [
        tokens[index]
        for index in (item.start - 1, item.end)
        if 0 <= index < len(tokens) and tokens[index] not in named  # 'hernandez-lobato'
    ]
    return any(
        holds_phrase(folded, f"{word}-{other}") or holds_phrase(folded, f"{other}-{word}")
        for other in joined
    )


VOWELS = frozenset("aeiouy")
"""A word with one is a word ('min', 'owl'), not initials."""
INITIALS = 3
"""How many letters a speaker's initials are typed in ('rms', a middle one between): two
letters, or four, are too often an abbreviation no one's name is meant by."""


def initialled(
    vocabulary: Vocabulary, tokens: list[str], found: list[Found], holds: Callable[[str], bool]
) -> list[Found]:
    """A speaker named by initials ('rms is speaking when?'): a short word without a vowel
    that the conference's text and the catalogue lack, beside a word of someone speaking,
    whose first and last letters begin one speaker's given name and surname, and no one
    else's. 'When does the ctf start' names no one: nobody is said to speak."""
    terms = reader()
    taken = {index for item in found for index in range(item.start, item.end)}
    if not set(tokens) & (terms.speaking | terms.any_talk):
        return []
    named = []
    for index, token in enumerate(tokens):
        plain = token.isalpha() and not set(token) & VOWELS and token not in terms.known
        plain = plain and not holds(token)
        if index in taken or len(token) != INITIALS or not plain:
            continue
        people = vocabulary.initialled(token)
        if len(people) == 1:
            named.append(Found((Term(Sense.PERSON, people[0]),), index, index + 1))
    return named


def among_topics(item: Found, found: list[Found]) -> Found:
    """A word naming a topic as well as someone, said in a list of other topics ('adam, sgd,
    convergence'), is the topic: the optimizer Adam beside SGD, not the author Adams."""
    someone = {Sense.PERSON, Sense.AUTHOR}
    kept = tuple(term for term in item.terms if term.sense not in someone)
    if len(kept) == len(item.terms) or not any(term.sense == Sense.TOPIC for term in kept):
        return item
    beside = [
        other
        for other in found
        if other is not item
        and (other.end <= item.start or other.start >= item.end)
        and other.keys(Sense.TOPIC)
    ]
    return replace(item, terms=kept) if beside else item

"""One retrieval over a conference's sessions and talks: their titles, subtitles, speakers,
tracks, rooms, descriptions and link labels, ranked for the words a question leaves once its
constraints are read.

Kept in memory per conference revision beside the vocabulary: an imported schedule holds a few
hundred events, so a question costs a few dictionary look-ups, and its talks are found by what
they are about, not only by the paper index that imported conferences do not have.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from bot.domain.records import SessionView
from bot.domain.text import edit_distance, loose, shortened, words

MIN_PREFIX = 4
"""A typed word this long matches a longer indexed word it begins ('ss7' is too short to be
taken for 'ss7map'; 'quantum comput' finds 'computer')."""
LONGER_WORDS = 20
"""How many indexed words a typed stem may stand for."""
MAX_CUT = 3
"""An indexed word matches a longer typed one only if the typed one adds at most this many
letters ('musik' for 'musiker'), never a word of its own ('block' is not 'blockchain')."""
MIN_KNOWN = 2
"""Known words a question needs before the words the programme lacks weigh less."""
PREFIX_SHARE = 0.8
"""A word matched by its beginning counts this much of a whole match."""
COMPOUND_PART = 5
"""The fewest letters of each part of a compound found by its end ('daten' of
'Gesundheitsdaten', 'gesundheit' of 'Datengesundheit'): shorter ends are pieces of other
words ('work' of 'network')."""
LINK = "s"
"""The letter a compound's first part may end with before the second ('Gesundheits-daten')."""
STOP = frozenset(
    {
        *("a", "an", "and", "are", "as", "at", "be", "by", "das", "de", "der", "die", "do"),
        *("for", "from", "how", "in", "is", "it", "its", "of", "on", "or", "the", "this"),
        *("to", "und", "we", "what", "with", "you", "your", "our", "ein", "eine", "mit"),
        *("von", "zu", "im", "den", "dem", "not", "can", "all", "about", "into", "why"),
    }
)
"""Words too common in any language of a programme to say what a talk is about."""


class Field(Enum):
    """Where a word was found in a session, and how much that says about the session."""

    TITLE = 3.0
    PEOPLE = 3.0
    SUBTITLE = 2.5
    TOPIC = 2.0
    ROOM = 1.0
    DESCRIPTION = 1.0


@dataclass(frozen=True)
class Hit:
    """A session and how well it answers: `coverage` is the share of the question's weight
    its words matched (1.0: every word), `score` orders hits of equal coverage."""

    session: SessionView
    score: float
    coverage: float
    named: bool
    """Every matched word is in its title, subtitle or people: it is named, not mentioned."""


KEYS_KEPT = 1 << 16
"""Words whose indexed form is remembered: questions, titles and notes repeat a vocabulary of
some tens of thousands of words, and each question looks up its words many times over."""


@lru_cache(maxsize=KEYS_KEPT)
def key(word: str) -> str:
    """The form indexed and looked up: folded, transliteration-blind, plain plurals and
    common endings dropped, so 'Jahresrueckblick' meets 'Jahresrückblick', and a number's
    ordinal ending too, so 'the 10th' meets "10 Jahre"."""
    return loose(_stem(word))


_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def _stem(word: str) -> str:
    ordinal = _ORDINAL.match(word)
    if ordinal:
        return ordinal[1]
    for suffix in ("ations", "ation", "ings", "ing", "ies", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_SPELLINGS = (("ph", "f"), ("th", "t"), ("ck", "k"), ("qu", "kw"))
_HARD_C = re.compile(r"c(?!h)")
_DOUBLED = re.compile(r"(.)\1+")
_BRITISH = re.compile(r"([bcdfgkptv])re$")
"""'theatre' and 'theater', 'centre' and 'center', 'fibre' and 'fiber' sound alike."""
_VOWELS = re.compile(r"[aeiouy]+")
MIN_SOUNDED = 5
"""Shorter words have too many namesakes in another language."""
MIN_CONSONANTS = 3
SOUNDS_KEPT = 1 << 16
"""Words whose sound is kept: a word the programme lacks is sounded out each time a question
is searched, joined or weighed, five regular expressions each time, and every word of every
programme is sounded out again each time its index is built (a programme's descriptions hold
some thousands of words: a smaller memory forgets them all before the next build)."""


@lru_cache(maxsize=SOUNDS_KEPT)
def sound(term: str) -> str:
    """How a word sounds across the languages of a programme, roughly: 'caffeine' and
    'Koffein', 'control' and 'Kontrolle' meet ('k_f_n', 'k_ntr_l'). Hard c and k, ph and f,
    doubled letters and a final e are alike, and vowels are only where they are. Used only
    for a typed word the programme does not have at all, and only for longer words."""
    word = term
    for written, said in _SPELLINGS:
        word = word.replace(written, said)
    word = _BRITISH.sub(r"\1er", word)
    word = _DOUBLED.sub(r"\1", _HARD_C.sub("k", word)).removesuffix("e")
    return _VOWELS.sub("_", word)


def _spelt(term: str) -> str:
    """A word as its letters are written across languages, vowels and endings kept: 'crypto'
    and 'krypto' meet; 'prior' and 'pair' do not, nor 'structure' and 'structured'."""
    word = term
    for written, said in _SPELLINGS:
        word = word.replace(written, said)
    return _DOUBLED.sub(r"\1", _HARD_C.sub("k", word))


@lru_cache(maxsize=SOUNDS_KEPT)
def _soundable(term: str) -> bool:
    return len(term) >= MIN_SOUNDED and sum(c.isalpha() for c in sound(term)) > MIN_CONSONANTS - 1


TEXTS_KEPT = 1 << 14
"""Texts whose indexed words are kept: a bot builds each programme's index again whenever the
programme changes, from the same titles and descriptions but for the few that changed."""


@lru_cache(maxsize=TEXTS_KEPT)
def terms(text: str) -> tuple[str, ...]:
    return tuple(key(word) for word in words(text) if word not in STOP)


_JOINED = re.compile(r"\d+")
_NAMED_HEAD = re.compile(r"^([^\W\d]+\d+)[^\W\d]")
"""A name ending in a number that runs on into a word: 'ss7' of 'SS7map'."""
MIN_HEAD = 3


@lru_cache(maxsize=TEXTS_KEPT)
def indexed_terms(text: str) -> tuple[str, ...]:
    """A text's terms as an index holds them: each word, the words a number joins into
    one ('c3Power' holds 'power', so 'the power monitoring talk' finds it), a name with a
    number that a word runs on from ('SS7map' holds 'ss7', so 'ss7 talks' finds it), and the
    capitals of a name run together from words ('OpenStreetMap' holds 'osm')."""
    said = list(terms(text)) + [key(short) for short in shortened(text)]
    for word in words(text):
        parts = [part for part in _JOINED.split(word) if len(part) >= MIN_PREFIX]
        if len(parts) > 1 or (parts and parts[0] != word):
            said += [key(part) for part in parts if part not in STOP]
        head = _NAMED_HEAD.match(word)
        if head and len(head[1]) >= MIN_HEAD:
            said.append(key(head[1]))
    return tuple(said)


def _fields(session: SessionView) -> Iterable[tuple[Field, str]]:
    yield Field.TITLE, session.title
    yield Field.SUBTITLE, session.talk_title or ""
    yield Field.PEOPLE, " ".join(name for name, _ in session.people)
    yield Field.TOPIC, " ".join(session.topics)
    yield Field.ROOM, session.room or ""
    yield Field.DESCRIPTION, session.description
    yield Field.DESCRIPTION, " ".join(label for label, _ in session.links)


TYPO_STEM = 5
"""An indexed stem shorter than this is a typo from too many others to be read as one."""
NAMING = (Field.TITLE, Field.SUBTITLE)
TITLED_ALIKE = 3
"""At most this many sessions titled with one word are talks of it; more are a common word."""
"""The fields that name a session: its title (a speaker's name weighs the same) and subtitle."""


class SessionIndex:
    """Every live session's words, by field, with how rare each word is."""

    def __init__(self, sessions: Sequence[SessionView]) -> None:
        self.sessions = tuple(sessions)
        postings: dict[str, dict[int, Field]] = defaultdict(dict)
        for number, session in enumerate(self.sessions):
            for field, text in _fields(session):
                for term in indexed_terms(text):
                    seen = postings[term].get(number)
                    if seen is None or seen.value < field.value:
                        postings[term][number] = field
        self._postings = dict(postings)
        self._sorted = sorted(self._postings)
        self._ends = _compound_ends(self._postings)
        # A name sounds like too many words: 'skate' is not 'Scott'.
        names = {
            term for session in self.sessions for name, _ in session.people for term in terms(name)
        }
        sounds: dict[str, list[str]] = defaultdict(list)
        for term in self._postings:
            if _soundable(term) and term not in names:
                sounds[sound(term)].append(term)
        self._sounds = dict(sounds)
        self._most = math.log(1 + len(self.sessions))
        titled: dict[str, list[str]] = defaultdict(list)
        for term in self._sorted:
            if len(term) >= TYPO_STEM - 1 and _names(self._postings[term].values()):
                titled[term[:1]].append(term)
        self._titled = dict(titled)
        """The words of titles and subtitles long enough to be a typo from a typed stem, by
        first letter: what `near` compares, picked out once rather than for each word."""

    def holds(self, word: str) -> bool:
        """Whether a session's text has the word, in any of the endings the index drops."""
        return key(word) in self._postings

    def titled_alike(self, typed: Sequence[str], session: SessionView) -> list[SessionView]:
        """The other sessions whose titles share the rarest of `typed` that the title of
        `session` holds, when a few do ('SS7map' beside "SS7: Locate. Track."): asked for
        talks of it, each is one."""
        if session not in self.sessions:
            return []
        number = self.sessions.index(session)
        shared = [
            found
            for term in dict.fromkeys(key(word) for word in typed if word not in STOP)
            if (found := self._titled_by(term)) and number in found
        ]
        fewest = min(shared, key=len, default=[])
        if not 1 < len(fewest) <= TITLED_ALIKE:
            return []
        return [self.sessions[other] for other in fewest if other != number]

    def titled_sounding(self, typed: Sequence[str]) -> list[SessionView]:
        """The sessions whose titles spell a typed word another language's way ('Krypto für
        die Zukunft' for 'crypto'): the same word to an attendee, though the index, which
        holds the word as typed, never looks further."""
        found: dict[int, None] = {}
        for term in dict.fromkeys(key(word) for word in typed if word not in STOP):
            if not _soundable(term):
                continue
            for indexed in self._sounds.get(sound(term), ()):
                if indexed != term and _spelt(indexed) == _spelt(term):
                    found.update(dict.fromkeys(self._titled_by(indexed)))
        return [self.sessions[number] for number in found]

    def _titled_by(self, term: str) -> list[int]:
        found = self._postings.get(term, {})
        return [number for number, field in found.items() if field in NAMING]

    def near(self, word: str) -> bool:
        """Whether a session's title (or a speaker's name) has a word one typo from `word`
        ('celebrite' of "Cellebrite"), among the indexed words that start as it does; a
        description's words are too many to tell a typo from another word ('racing')."""
        typed = key(word)
        if len(typed) < TYPO_STEM:  # 'racing' is indexed as 'rac', a typo from 'rat'
            return False
        titled = self._titled.get(typed[:1], ())
        return any(edit_distance(typed, indexed, 1) <= 1 for indexed in titled)

    def _rarity(self, term: str) -> float:
        found = self._postings.get(term)
        return math.log(1 + len(self.sessions) / len(found)) if found else self._most

    def _matches(self, term: str) -> Iterable[tuple[str, float]]:
        """Indexed words a typed word matches, with the share of a whole match each earns."""
        found = False
        if term in self._postings:
            found = True
            yield term, 1.0
        if len(term) < MIN_PREFIX:
            return
        for indexed in longer_words(self._sorted, term):
            found = True
            yield indexed, PREFIX_SHARE
        for end in range(len(term) - 1, max(MIN_PREFIX, len(term) - MAX_CUT) - 1, -1):
            if term[:end] in self._postings:
                found = True
                yield term[:end], PREFIX_SHARE
                break
        for compound in self._ends.get(term, ()):
            found = True
            yield compound, PREFIX_SHARE
        if not found and _soundable(term):  # 'caffeine' for 'Koffein'
            for indexed in self._sounds.get(sound(term), ()):
                yield indexed, PREFIX_SHARE

    def _has(self, term: str) -> bool:
        return term in self._postings or (_soundable(term) and sound(term) in self._sounds)

    def _joined(self, typed: list[str]) -> list[str]:
        """The typed words, two written apart that a title writes as one ('titan m2' for
        'TitanM2', or in the other order: 'quiz google' for 'Googlequiz') joined, each once."""
        joined: list[str] = []
        skip = False
        for first, second in zip(typed, [*typed[1:], ""][: len(typed)], strict=True):
            if skip:
                skip = False
            elif second and (together := self._together(first, second)):
                joined.append(together)
                skip = True
            else:
                joined.append(first)
        return list(dict.fromkeys(joined))

    def _weights(self, wanted: list[str]) -> dict[str, float]:
        """How much each word says: the rarer in the programme, the more. A word the
        programme has in no form ('cabinets') weighs as the least telling word the question
        has, so that a stranger's extra word does not outweigh the ones that find a talk, yet
        still keeps a talk without it from being the whole answer; beside a single known word
        ('sourdough workshop') it weighs in full, or that one word would be half the question."""
        known = {term: self._rarity(term) for term in wanted if any(self._matches(term))}
        least = min(known.values()) if len(known) >= MIN_KNOWN else self._most
        return {term: known.get(term, least) for term in wanted}

    def _together(self, first: str, second: str) -> str:
        return next((word for word in (first + second, second + first) if self._has(word)), "")

    def search(self, typed: Sequence[str]) -> list[Hit]:
        """Sessions sharing words with `typed` (the question's words that are not filler),
        best first."""
        wanted = self._joined([key(word) for word in typed if word not in STOP])
        if not wanted or not self.sessions:
            return []
        weights = self._weights(wanted)
        total = sum(weights.values())
        score: dict[int, float] = defaultdict(float)
        covered: dict[int, float] = defaultdict(float)
        mentioned: dict[int, bool] = defaultdict(bool)
        for term in wanted:
            best: dict[int, tuple[float, Field]] = {}
            for indexed, share in self._matches(term):
                for number, field in self._postings[indexed].items():
                    if _loose_in(field, term, indexed):
                        continue
                    value = share * field.value
                    if number not in best or best[number][0] < value:
                        best[number] = (value, field)
            for number, (value, field) in best.items():
                score[number] += value * weights[term]
                covered[number] += weights[term]
                if field in (Field.DESCRIPTION, Field.ROOM, Field.TOPIC):
                    mentioned[number] = True
        hits = [
            Hit(self.sessions[number], value, covered[number] / total, not mentioned[number])
            for number, value in score.items()
        ]
        hits.sort(key=lambda hit: (-hit.coverage, -hit.score, _start(hit.session)))
        return hits


def _loose_in(field: Field, term: str, indexed: str) -> bool:
    """A loose match (a sound-alike, a typed word cut short) found only where a word says
    least, a room's name or a description ('backup', 'beek' for 'beekeeping'): it finds no
    talk. Only a typed word's longer forms ('intro' for 'introduction') and the compounds it
    ends ('Gesundheitsdaten' for 'daten') count there."""
    whole = indexed.startswith(term) or indexed.endswith(term)
    return not whole and field.value <= Field.DESCRIPTION.value


def _compound_ends(postings: dict[str, dict[int, Field]]) -> dict[str, list[str]]:
    """Each indexed word that ends a longer one whose first part is a word of its own (with
    a linking letter or none), to those compounds: 'daten' to 'gesundheitsdaten', so a
    subject written as a compound's last part is found as its first part is."""
    ends: dict[str, list[str]] = defaultdict(list)
    for term in postings:
        for cut in range(COMPOUND_PART, len(term) - COMPOUND_PART + 1):
            head, tail = term[:cut], term[cut:]
            linked = head.endswith(LINK) and head[: -len(LINK)] in postings
            if tail in postings and (head in postings or linked):
                ends[tail].append(term)
    return dict(ends)


def _names(fields: Iterable[Field]) -> bool:
    """Whether a word is in a session's title or subtitle in one of `fields`."""
    return any(field in NAMING for field in fields)


def _start(session: SessionView) -> float:
    return session.starts_at.timestamp() if session.starts_at else math.inf


def longer_words(ordered: Sequence[str], term: str) -> Iterable[str]:
    """Indexed words that begin with a typed one and run longer ('transcrib' finds
    'transcription'), the nearest few in alphabetical order: a stem stands for its words."""
    start = bisect_left(ordered, term)
    for indexed in ordered[start : start + LONGER_WORDS]:
        if not indexed.startswith(term):
            break
        if indexed != term:
            yield indexed

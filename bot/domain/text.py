"""Text normalisation shared by the search index and the queries against it.

Both sides must cut words the same way as SQLite's unicode61 tokenizer with diacritics removed,
or a typed "Tramer" would never meet the indexed "Tramèr".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.domain.errors import EmptyQuery, QueryTooLong

_WORD = re.compile(r"[^\W_]+")
COINED = re.compile(r"^(?=\w*(?:\d|[a-z][A-Z]|[A-Z]{2}[a-z]{2}))\w{4,}$")
"""A one-word name that no dictionary has: capitals inside it, an acronym run into a word, or
a digit ('ProxylessNAS', 'GANSynth', 'code2seq'), not a plain word ('Attention')."""
COMPOUND = re.compile(r"\b(?:[A-Z][a-z]+){3,}\b")
"""A name run together from three or more capitalised words ('OpenStreetMap')."""
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""What a stored key looks like: lowercase letters and digits joined by single dashes."""
MAX_QUERY_CHARS = 200
"""The longest text a user may type into a search, a name or a target."""


class _CombiningMarks(dict[int, int | None]):
    """A `str.translate` table that drops combining marks, filled as characters are first met:
    one translate call per text instead of a call per character (that made folding the bulk of
    an import's time), without classifying all 65,536 code points at every start (18 ms)."""

    def __missing__(self, point: int) -> int | None:
        kept = None if unicodedata.combining(chr(point)) else point
        self[point] = kept
        return kept


_MARKS = _CombiningMarks()


def fold(text: str) -> str:
    """Lower case, compatibility forms unified, accents dropped."""
    if text.isascii():
        return text.lower()  # the same result
    return unicodedata.normalize("NFKD", text).translate(_MARKS).casefold()


def words(text: str) -> list[str]:
    """The words of a text as the full-text index sees them (before stemming)."""
    return _WORD.findall(fold(text))


def shortened(text: str) -> list[str]:
    """The capitals of each name run together from capitalised words, folded: people say
    'osm' for "OpenStreetMap" and 'fff' for "FridaysForFuture" where a programme never does."""
    return ["".join(filter(str.isupper, name)).lower() for name in COMPOUND.findall(text)]


def slugify(text: str) -> str:
    """A stable, URL-safe key derived from a name (topic names have no slug of their own)."""
    return "-".join(words(text))[:120] or "topic"


def unique_slug(slug: str, taken: set[str]) -> str:
    """`slug`, else `slug-2`, `slug-3`, ...: the first not in `taken`, which it joins. The same
    input order gives the same keys on every import."""
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    taken.add(candidate)
    return candidate


def counted(number: int, noun: str) -> str:
    """'1 reminder', '3 reminders': a count with its noun, which takes a plain -s plural."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def checked_text(text: str, what: str) -> str:
    """Typed text stripped, or the domain error for empty or overlong input."""
    typed = text.strip()
    if not typed:
        raise EmptyQuery(what)
    if len(typed) > MAX_QUERY_CHARS:
        raise QueryTooLong(MAX_QUERY_CHARS)
    return typed


_SPELT_OUT = (("ue", "u"), ("oe", "o"), ("ae", "a"), ("ss", "s"))
"""How a keyboard without umlauts spells them ('Kuehnreich', 'Boettcher', 'Strasse')."""


_UNMARKED = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h"}
)
"""Letters that are not a plain letter with a mark, so folding keeps them, though a keyboard
without them types the plain one ('bjorstad' for 'Bjørstad', 'lodz' for 'Łódź')."""


def loose(word: str) -> str:
    """A folded word as both its spellings compare: 'kuehnreich' and 'kühnreich' (folded
    'kuhnreich') meet at 'kuhnreich', 'bjorstad' and 'bjørstad' at 'bjorstad'. Applied to both
    sides, so the few words it merges by accident ('does', 'dos') merge everywhere alike."""
    if not word.isascii():
        word = word.translate(_UNMARKED)
    for spelt, plain in _SPELT_OUT:
        if spelt in word:
            word = word.replace(spelt, plain)
    return word


SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ed", "es", "s")


STEMS_KEPT = 1 << 16
"""Words whose stems are remembered: the words of questions, and those a paper's texts hold
where a searched word begins, repeat a vocabulary of some tens of thousands of words."""


@lru_cache(maxsize=STEMS_KEPT)
def stem(word: str) -> str:
    """A rough stem, enough to see that 'folding' and 'folds' share a word: the index itself
    stems with porter, and this only has to agree with it on common endings."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (swaps count as one), or `limit + 1` for anything
    farther. Only cells within `limit` of the diagonal can stay within it, so only those are
    computed, and the comparisons are spelt out: a misspelt word is checked against some 200
    dictionary words, and this loop was most of a corrected search's time."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    far = limit + 1
    previous2: list[int] = []
    previous = [j if j <= limit else far for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        ca = a[i - 1]
        current = [far] * (len(b) + 1)
        current[0] = i if i < far else far
        best = current[0]
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            cb = b[j - 1]
            value = previous[j - 1] + (ca != cb)
            if previous[j] < value:
                value = previous[j] + 1
            if current[j - 1] < value:
                value = current[j - 1] + 1
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and previous2[j - 2] < value:
                value = previous2[j - 2] + 1
            if value > far:
                value = far
            current[j] = value
            if value < best:
                best = value
        if best > limit:
            return far
        previous2, previous = previous, current
    return previous[-1]


def without_phrase(text: str, phrase: str) -> str:
    """`text` with each whole-word occurrence of `phrase` made a space, as the regular
    expression `\\bphrase\\b` would find them: a question names a new phrase ('the day after
    tomorrow') often, and compiling an expression for each cost more than the search."""
    if not phrase:  # every boundary, as the expression finds them
        return re.sub(r"\b", " ", text)
    kept: list[str] = []
    done = 0
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if _boundary(text, at) and _boundary(text, end):
            kept += [text[done:at], " "]
            done = end
            at = text.find(phrase, end)
        else:
            at = text.find(phrase, at + 1)
    return "".join([*kept, text[done:]])


def holds_phrase(text: str, phrase: str) -> bool:
    """Whether `phrase` (beginning and ending with a word character) stands whole in `text`,
    as `\\bphrase\\b` would find it: the phrase is made of a question's own words, and an
    expression compiled for each new one cost a fifth of a millisecond."""
    at = text.find(phrase)
    while at >= 0:
        if _boundary(text, at) and _boundary(text, at + len(phrase)):
            return True
        at = text.find(phrase, at + 1)
    return False


def _boundary(text: str, at: int) -> bool:
    """Whether a word begins or ends at `at`, a word character being a letter, a digit or _."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after


LINKING = frozenset({"of", "the", "for", "and", "in", "on", "a", "an", "to"})
"""Small words inside a phrase that a question's reading drops ('freedom of information' is
read 'freedom information')."""


def unlinked(aliases: dict[str, str]) -> dict[str, str]:
    """Phrases and what each names, each phrase also without its small linking words, as a
    question's words are searched ('freedom of information' also as 'freedom information')."""
    shorter = {
        " ".join(word for word in phrase.split() if word not in LINKING): other
        for phrase, other in aliases.items()
        if LINKING & set(phrase.split())
    }
    return {**{key: value for key, value in shorter.items() if key}, **aliases}


def opening_name(summary: str) -> list[str]:
    """The coined name a summary opens with ('NeuroSAT is a message-passing network'): the
    paper's own, as an alias is. One named further on is often another paper it is compared
    with ('better than NeuroSAT'), so only the opening one counts."""
    return [word for word in summary.split()[:1] if COINED.match(word)]

"""Other names for what a question asks about ('north korea' for the DPRK, 'stage' for a
German programme's 'Bühne'), from the catalogue's `aliases`: a question is searched as typed
and with them put in, and whichever finds a talk more completely is taken.

Both are tried, never one for the other, so a programme that says 'North Korea' is still found
by those words.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from bot.chat.catalogue import reader
from bot.chat.language import written_in
from bot.chat.retrieval import Hit, SessionIndex, key
from bot.domain.kinds import Group, kinds_of
from bot.domain.records import SessionView
from bot.domain.text import fold, words

WHOLE = 0.99


@lru_cache(maxsize=256)
def variants(query: str) -> tuple[str, ...]:
    """`query`, `query` with every phrase the catalogue knows another name for renamed, and
    `query` without the words asking for a link ('the page for the imsi catcher talk online'
    names the talk; its card gives the link). Kept for the last questions: one answer asks
    for the same wordings up to four times."""
    terms = reader()
    renamed = (
        terms.alias_form.sub(lambda found: terms.aliases[found.group(1)], query)
        if _may_rename(query)
        else query
    )
    bare = without_links(query)
    return tuple(dict.fromkeys(found for found in (query, renamed, bare) if found))


def renamed_words(query: str) -> str:
    """The other names the catalogue gives for the phrases of `query` ('gambling' gives
    "glucksspiel"), nothing else of it."""
    terms = reader()
    if not _may_rename(query):
        return ""
    return " ".join(terms.aliases[found.group(1)] for found in terms.alias_form.finditer(query))


_WORD = re.compile(r"\w+")


def _may_rename(text: str) -> bool:
    """Whether `text` may hold a phrase the catalogue knows another name for: each phrase
    begins with a word of its own, so a text holding none of those words holds none of the
    phrases, told by a few set look-ups instead of the pattern of all of them (hundreds of
    phrases, tens of microseconds a pass, and a question is read several times)."""
    firsts = _first_words()
    return firsts is None or not firsts.isdisjoint(_WORD.findall(text))


@cache
def _first_words() -> frozenset[str] | None:
    """The first word of each renamed phrase; None if one begins with no word at all, when
    only the pattern can tell."""
    firsts = [_WORD.match(phrase) for phrase in reader().aliases]
    return frozenset(found.group() for found in firsts if found) if all(firsts) else None


def inside_aliases(tokens: Sequence[str]) -> set[int]:
    """Positions of words that are part of a phrase of several words the catalogue knows
    ('north korea'): one thing, whose words name nobody ('North' is a speaker's surname)."""
    text = " ".join(tokens)
    inside: set[int] = set()
    if not _may_rename(text):
        return inside
    for found in reader().alias_form.finditer(text):
        if " " in found.group(1):
            first = text[: found.start()].count(" ")
            inside.update(range(first, first + found.group(1).count(" ") + 1))
    return inside


def renamed_phrases(tokens: Sequence[str]) -> list[tuple[int, int, list[str]]]:
    """Each phrase of `tokens` the catalogue knows another name for: its first and last
    position (exclusive) and the other name's words, to look up in the conference's own."""
    text = " ".join(tokens)
    spans: list[tuple[int, int, list[str]]] = []
    if not _may_rename(text):
        return spans
    for found in reader().alias_form.finditer(text):
        first = text[: found.start()].count(" ")
        last = first + found.group(1).count(" ") + 1
        spans.append((first, last, reader().aliases[found.group(1)].split()))
    return spans


def searched(index: SessionIndex, query: str) -> list[Hit]:
    """The talks the question's words find, as typed or by their other names, each the way
    that covers more of its words: 'live podcast recordings' tonight are the live podcasts
    then, found without the word asking for a recording, though as typed the words find a
    talk on another day more fully. Words asking for a link are left out only for a talk
    with a link to give: an oral block with none, whose recap names a paper, is not what a
    question asking for that paper's openreview page means."""
    bare = without_links(query)
    best: dict[str, Hit] = {}
    for text in variants(query):
        for hit in index.search(words(text)):
            linked = hit.session.url or hit.session.links
            if text == bare != query and not linked:
                continue
            held = best.get(hit.session.slug)
            if held is None or _rank(hit) > _rank(held):
                best[hit.session.slug] = hit
    return sorted(best.values(), key=_order)


_EITHER = re.compile(r"([^\W\d_]+) ?/ ?([^\W\d_]+)")
"""Two words joined by a slash ('rocket / space talks'): either one is asked about."""


def either_searched(index: SessionIndex, query: str, question: str) -> list[Hit]:
    """As `searched`, and for two subjects a slash joins in the question ('rocket / space
    talks on day 1') each alone too: a talk on either is asked for, not only one holding
    both. Only when the two words are all the subject: in 'renewable energy / making fuels'
    the slash joins phrases, and a word of each alone asks nothing. In another language the
    words typed are not those searched: each side read in it ('le point de croix / la
    broderie') is one of the two subjects, whole."""
    best = _paired(index, query, question)
    for side in _sides(words(query), question):
        _keep_better(best, searched(index, " ".join(side)))
    return sorted(best.values(), key=_order)


def either_word(index: SessionIndex, query: str, question: str) -> list[Hit]:
    """As `searched`, and for two words a slash joins ('tor on android / phones') each alone
    too, as typed: a talk named by one of them is weighed against one on either."""
    return sorted(_paired(index, query, question).values(), key=_order)


def _paired(index: SessionIndex, query: str, question: str) -> dict[str, Hit]:
    said = words(query)
    best = {hit.session.slug: hit for hit in searched(index, query)}
    for pair in _either(said, question.casefold()):
        for dropped in pair:
            _keep_better(best, searched(index, " ".join(word for word in said if word != dropped)))
    return best


def _either(said: list[str], question: str) -> Iterator[tuple[str, str]]:
    """The pairs of words a slash joins as two subjects: the whole subject ('rocket / space
    talks'), or two single words beside the rest of it ('tor on android / phones' asks for
    tor on either), not words of two phrases ('renewable energy / making fuels')."""
    for joined in _EITHER.finditer(question):
        pair = (joined[1], joined[2])
        beside = words(question[: joined.start()])[-1:] + words(question[joined.end() :])[:1]
        whole = set(pair) == set(said)
        if whole or (set(pair) <= set(said) and not set(beside) & set(said)):
            yield pair


def _keep_better(best: dict[str, Hit], hits: list[Hit]) -> None:
    for hit in hits:
        held = best.get(hit.session.slug)
        if held is None or _rank(hit) > _rank(held):
            best[hit.session.slug] = hit


def _sides(said: list[str], question: str) -> tuple[list[str], ...]:
    """The subject's words (`said`, in the reader's terms) on each side of the one slash of
    a question in another language than English, each side read in it, when each side has
    some and every one is on one side only."""
    before, slash, after = question.partition("/")
    language = written_in(fold(question)) if slash and "/" not in after else None
    if language is None:
        return ()
    read = [set(words(language.gloss(fold(side))[0])) for side in (before, after)]
    sides = tuple([word for word in said if word in side] for side in read)
    apart = not read[0] & read[1] & set(said) and all(sides)
    return sides if apart and sum(map(len, sides)) == len(said) else ()


def _rank(hit: Hit) -> tuple[float, float]:
    return hit.coverage, hit.score


def _order(hit: Hit) -> tuple[float, float, float]:
    """Best first, as the index orders one wording's hits."""
    starts = hit.session.starts_at.timestamp() if hit.session.starts_at else math.inf
    return -hit.coverage, -hit.score, starts


def _titled(hit: Hit) -> set[str]:
    return set(words(hit.session.title))


def _ceremonies(sessions: list[SessionView], said: set[str]) -> bool:
    """Whether the question's word for the conference's own opening or closing titles every
    session it named ("31C3 Opening Event"): those are meant, not titles sharing its stem."""
    ceremony = said & (reader().opening | reader().closing)
    return bool(sessions and ceremony) and all(ceremony & set(words(s.title)) for s in sessions)


def alike(
    sessions: list[SessionView],
    index: SessionIndex,
    query: str,
    group: Group | None,
    timed: bool = False,
    question: str = "",
) -> list[SessionView]:
    """The sessions a title's word names, and every other whose title has the question's
    words as fully ('fuzzing' names "Anykernels meet fuzzing"; "fuzz kernels" has it too).
    Beside a kind none of them is ('the closing party'), the best found of that kind: the
    closing reception, not the closing talk. Named by a kind's own word alone ('who does the
    closing'), those of that kind: the closing talk, not the closing reception; not when a
    part of a day is asked ('anything closing tonight' is the reception that evening). The
    `question` as typed tells two subjects a slash joins ('tor on android / phones')."""
    if not query:
        return sessions
    said = set(words(query))
    own = [s for s in sessions if {s.kind} == said]  # 'the closing': the closing, not its party
    if own and not timed:
        return own
    # 'who does the opening': the opening event, not open data; untimed, as above
    if group is None and not timed and _ceremonies(sessions, said):
        return sessions
    hits = either_word(index, query, question)
    kinds = kinds_of(group) if group else frozenset()
    if kinds and not any(s.kind in kinds for s in sessions):  # by the words that named them
        said = {word for s in sessions for word in words(s.title)} & set(words(query))
        of_kind = [h.session for h in hits if h.session.kind in kinds and said & _titled(h)]
        sessions = of_kind[:1] or sessions
    alike = [
        hit.session
        for hit in hits
        if hit.coverage >= WHOLE and hit.named and not _inside_a_word(hit.session, said)
    ]
    slugs = {s.slug for s in alike}
    if len(alike) > len(sessions) and {s.slug for s in sessions} <= slugs:
        return alike
    several = sum(index.holds(word) for word in said) > 1
    held = None if timed else _held_whole(sessions, hits, several=several)
    if held is not None:  # 'ss7 phone tracking': the talk with all three, and those on ss7
        return [held, *index.titled_alike(words(query), held)]
    return sessions if timed else fullest(sessions, hits, query)


def _held_whole(
    sessions: list[SessionView], hits: list[Hit], *, several: bool
) -> SessionView | None:
    """Of talks each named by a word of the question, none holding them all, the talk that
    holds them all, if one does: 'phone' names one talk and 'tracking' another, while "SS7:
    Locate. Track." has both and the question's 'ss7' too. One talk named so yields only to a
    talk whose own title holds every word ('ss7 location tracking': 'tracking' alone names
    another talk's title, which lacks 'ss7'); not when one word the talks hold is asked
    ('enfants' read as 'kids' names the children's day, and a title holding 'kids' is no
    fuller)."""
    alone = len(sessions) < 2 and not (hits and hits[0].named and several)
    if not hits or hits[0].coverage < WHOLE or alone:
        return None
    named = {session.slug for session in sessions}
    if any(hit.session.slug in named for hit in hits if hit.coverage >= WHOLE):
        return None
    return hits[0].session


MOSTLY = 0.5
"""The least share of a question's words a talk must hold to be meant rather than the one a
single word of the question names."""
FULLER = 2.0
"""How many times more of the question's words that talk holds than the talks a word names."""
LONGER = 5
"""The fewest words a question must leave for a few of them to be only a part of what it
describes: 'ccc year in review' is named by its three words, though another review has two."""


def fullest(sessions: list[SessionView], hits: list[Hit], query: str) -> list[SessionView]:
    """The sessions a word of a longer question names, or the talk holding most of its words
    when it holds far more of them: 'an interview study with hardware people on their
    e-waste' names the e-waste talk by one word, yet means the study's talk, which holds
    that word and the rest; of two talks a word each names ('longevity hype in healthcare'),
    the one holding most of the words."""
    if len(words(query)) < LONGER:
        return sessions
    covered = {hit.session.slug: hit.coverage for hit in hits}
    held = {session.slug: covered.get(session.slug, 0.0) for session in sessions}
    most = max(held.values(), default=0.0)
    if hits and hits[0].coverage >= MOSTLY and hits[0].coverage >= FULLER * most:
        return [hits[0].session]
    if len({session.title for session in sessions}) == 1:
        return sessions
    return [session for session in sessions if FULLER * held[session.slug] > most] or sessions


def of_topics(
    keys: Sequence[str], topics: Sequence[str], held: Sequence[SessionView]
) -> list[SessionView]:
    """Of sessions the question's phrases name apart, those of a topic it names: in 'the
    lightning talk where everyone draws the internet' one phrase names the block titled
    "Lightning Talks", the other a talk whose type is a lightning talk, and the type said
    beside a title asks for a talk of it, not for the block named by the type's words. Where
    no session named is among the talks asked about (that block, held in English, asked of
    its talks in German), the topic's own talks among `held` are."""
    said = {fold(topic) for topic in topics}
    by_slug = {s.slug: s for s in held if s.slug in keys}
    sessions = [by_slug[slug] for slug in keys if slug in by_slug]
    if not sessions:
        return [s for s in held if said & {fold(topic) for topic in s.topics}]
    kept = [s for s in sessions if said & {fold(topic) for topic in s.topics}]
    return kept if len(sessions) > 1 and 0 < len(kept) < len(sessions) else sessions


LINKED = frozenset({"links", "code"})
"""The facts (`words/en.toml`'s `[facets]`) whose words ask for a paper's links."""


@lru_cache(maxsize=256)
def without_links(query: str) -> str:
    """A paper question's words without those asking for its links ('forum page on openreview
    for the maestro dataset' searches for the maestro dataset): the paper's
    card shows them. Kept for the last questions: one answer reads it up to six times."""
    linking = _linking()
    said = words(query)
    kept: list[str] = []
    place = 0
    while place < len(said):
        starting = linking.get(said[place], ())
        phrase = next((p for p in starting if tuple(said[place : place + len(p)]) == p), None)
        if phrase is None:
            kept.append(said[place])
        place += len(phrase) if phrase else 1
    return " ".join(kept)


@cache
def _linking() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases asking for a paper's links by their first word, longest first as the
    catalogue lists them: a question's word is compared with the few starting with it, not
    with every phrase of every fact."""
    starting: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase, fact in reader().facets:
        if fact in LINKED and phrase:
            starting[phrase[0]].append(phrase)
    return {word: tuple(phrases) for word, phrases in starting.items()}


PART = 3
"""Letters a typed word has beyond a title's word for that word to be only a part of it."""
SHORTEST_PART = 4
"""A shorter title word ('the', 'is') is inside many a typed word by chance."""


def _inside_a_word(session: SessionView, said: set[str]) -> bool:
    """Whether the title holds a typed word only as a part of it ('opencodes' holds the
    "open" of "Opening Ceremony"): a talk named so is not as fully named as "OpenCodes",
    while a word typed inside a title's ('theater' of "Theaterstück") still names it."""
    title = [key(word) for word in words(f"{session.title} {session.talk_title or ''}")]
    for typed in map(key, said):
        if any(typed in word for word in title):
            continue
        if any(
            len(word) >= SHORTEST_PART and len(word) + PART <= len(typed) and word in typed
            for word in title
        ):
            return True
    return False

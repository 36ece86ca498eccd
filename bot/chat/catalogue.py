"""The words chat reads, one catalogue per language in `words/`: the reader holds no words of
its own, so a language is added by writing a file, not code.

English (`en.toml`) is complete and is also the reader's own terms. Another language's file
says what its phrases mean in those terms ("übermorgen" = "day after tomorrow", "海报" =
"poster"), in tables grouped by what they name (days, parts of day, kinds, questions, topics);
a phrase meaning "" is filler. A question in that language is read with its phrases put into
English first, then with the English catalogue, so every language goes through one reader. Its
subject lexicon (`bot.chat.subjects`) is read with it, as phrases of the same kind.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.chat.cognates import Cognates, cognates
from bot.chat.forms import Forms, forms_of
from bot.chat.subjects import subjects
from bot.domain.text import fold, unlinked

WORDS = Path(__file__).resolve().parent / "words"
ENGLISH = "en"
PATTERNS = "patterns"
"""The table of a catalogue whose keys are regular expressions ('in (\\d+) stunden')."""
FORMS = "forms"
"""The table of a catalogue saying how its words are inflected and compounded."""
COGNATES = "cognates"
"""The table of a catalogue saying how its endings and letters are written in English."""
NOT_PHRASES = (PATTERNS, FORMS, COGNATES)
_WORD = re.compile(r"[^\W\d_]+")
_HAN_CLASS = r"[\u3400-\u9fff\uf900-\ufaff]"
HAN = re.compile(_HAN_CLASS)
"""Characters of a script written without spaces between words (Chinese)."""
_LONE_HAN = re.compile(rf"(?<!{_HAN_CLASS}){_HAN_CLASS}(?!{_HAN_CLASS})")
"""One character of such a script left between phrases a catalogue read ('当', '里'): a
particle or a verb's piece, not a word any talk or paper is about."""


@dataclass(frozen=True)
class Times:
    """How days, parts of a day, times of day and 'in a while' are said."""

    day: re.Pattern[str]
    part: re.Pattern[str]
    in_a_while: re.Pattern[str]
    clock: re.Pattern[str]
    hours: re.Pattern[str]
    half_past: re.Pattern[str]
    minutes: re.Pattern[str]
    both_parts: re.Pattern[str]
    month_day: re.Pattern[str]
    half: str
    not_a_day: frozenset[str]
    today_parts: frozenset[str]
    not_today: frozenset[str]
    """Days that are never today ('tomorrow'), as `days` spells them."""
    parts: tuple[tuple[str, str], ...]
    """(phrase, part of day) in the order they are tried, by containment."""
    days: dict[str, str]
    short_weekdays: tuple[str, ...]
    onward: frozenset[str]
    """Words before a time of day that make it the start of a stretch ('after 10pm')."""
    noon: frozenset[str] = frozenset()
    """Words of `clock` for twelve o'clock in the day ('noon'), beside midnight's."""
    """Spellings of a day and the one the calendar reads ('tmrw' -> 'tomorrow')."""


@dataclass(frozen=True)
class Reader:
    """The reader's own terms: the English catalogue, compiled."""

    asks: dict[str, re.Pattern[str]]
    question: re.Pattern[str]
    now: re.Pattern[str]
    after: re.Pattern[str]
    once: tuple[re.Pattern[str], ...]
    """Ways to say a session ends before what is asked ('once the break is over'): group 1
    names it."""
    distance: re.Pattern[str]
    whole_run: re.Pattern[str]
    first: re.Pattern[str]
    last: re.Pattern[str]
    ceremony: re.Pattern[str]
    still: re.Pattern[str]
    remaining: re.Pattern[str]
    same_place: re.Pattern[str]
    alongside: re.Pattern[str]
    brevity: re.Pattern[str]
    format_asked: re.Pattern[str]
    figure: re.Pattern[str]
    rundown: re.Pattern[str]
    act: re.Pattern[str]
    next_edition: re.Pattern[str]
    negated: re.Pattern[str]
    by_person: re.Pattern[str]
    small_talk: re.Pattern[str]
    help: re.Pattern[str]
    about_bot: re.Pattern[str]
    invitation: re.Pattern[str]
    times: Times
    short: dict[str, str]
    short_form: re.Pattern[str]
    aliases: dict[str, str]
    alias_form: re.Pattern[str]
    filler: frozenset[str]
    place: frozenset[str]
    schedule: frozenset[str]
    conference: frozenset[str]
    referring: frozenset[str]
    any_talk: frozenset[str]
    speaking: frozenset[str]
    """Words for whoever is giving a talk ('the person on stage'): with 'who', the speakers of
    what runs now."""
    remarks: frozenset[str]
    feelings: frozenset[str]
    """How the asker feels ('starving'): remarks, and nothing asked beside a question."""
    thanks: frozenset[str]
    laughter: frozenset[str]
    teller: frozenset[str]
    upkeep: frozenset[str]
    """The venue's upkeep ('the AC'): asked about beside a room, no search of its talks."""
    reminder: re.Pattern[str]
    """A reminder asked for one thing: group 1 the minutes said, group 2 the thing."""
    """Words a message of thanks opens with ('cheers, that saved me a walk')."""
    whole: frozenset[str]
    """Words asking for every item of a kind, never only what runs now ('list every keynote
    speaker')."""
    asides: frozenset[str]
    meals: frozenset[str]
    awards: frozenset[str]
    """Words for any award ('did any paper win an award'): they name each award the papers won."""
    denying: frozenset[str]
    """Words before what is not asked ('not the great halls')."""
    hosting: frozenset[str]
    ordinals: tuple[frozenset[str], ...]
    """The words of each place in a list, first place first."""
    source: frozenset[str]
    main: frozenset[str]
    later: frozenset[str]
    event_nouns: tuple[str, ...]
    """Words after a kind of session that name one of that kind ('closing remarks')."""
    continuing: tuple[tuple[str, ...], ...]
    loanwords: frozenset[str]
    """Words every language's attendees use as English writes them ('paper', 'github'): they
    tell nothing about the language a question is written in."""
    facets: tuple[tuple[tuple[str, ...], str], ...]
    pronouns: frozenset[str]
    travel: frozenset[str]
    """Words of the asker's journey ('arriving in hamburg'): the place after them is theirs."""
    journey: frozenset[str]
    """Words between a journey's verb and its place ('in', 'to')."""
    self: frozenset[str]
    """Words naming the bot itself ('this bot', 'you')."""
    abilities: frozenset[str]
    """Words for what the bot offers ('commands', 'features')."""
    able: frozenset[str]
    discourse: frozenset[str]
    opening: frozenset[str]
    closing: frozenset[str]
    """Title words of the conference's own opening (closing) session."""
    """Words that only open or pad a sentence ('so', 'ok')."""
    """Words asking what the bot is for ('what can it do')."""
    """(phrase, the fact of an answer it asks for), longest phrase first: see `facets`."""

    @property
    def known(self) -> frozenset[str]:
        """Every word English reads as its own: what tells an English question apart."""
        return self.filler | self.referring | self.schedule | self.place


def _nothing(word: str) -> bool:
    return False


@dataclass(frozen=True)
class Glossary:
    """Another language's catalogue: its phrases, and what they mean in the reader's terms."""

    name: str
    locale: str
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    phrases: dict[str, str]
    phrase: re.Pattern[str] | None
    marks: frozenset[str]
    """Its words that English does not use: what tells a question in it apart."""
    said: frozenset[str]
    """Every word of its phrases."""
    spaced: bool
    """Whether the language puts spaces between words (Chinese does not)."""
    spelt_out: tuple[str, ...] = ()
    """How a keyboard without the language's marked letters spells them, two letters for one
    ('ue' for 'ü', folded 'u'): a word so typed ('fuer', 'naechste') is read as its phrase."""
    forms: Forms | None = None
    """How its words change their ending and join into one: a word no phrase has is read as
    the phrase's word it is a form of ('invertierbaren' of 'invertierbar')."""
    cognates: Cognates | None = None
    """How its endings and letters are written in English: a word no phrase has is read as
    the English word the conference holds that it corresponds to ('sécurité', 'security')."""
    subjects: frozenset[str] = frozenset()
    """Its phrases from the subject lexicon: one the conference's own text holds word for
    word as typed ('Klima' of a German talk) stays as typed, since that text says it so."""

    def owns(self, word: str) -> bool:
        """Whether `word` (folded) is one of this language's own, however it was spelt."""
        return word in self.marks or self._plain(word) in self.marks

    def _alone(
        self, said: re.Match[str], named: Callable[[str], bool], typed: dict[str, str]
    ) -> str:
        """A word left of a phrase of several that did not match ('offene' of 'offene
        hardware', in 'offene lebensmitteldaten'), read as the one-word phrase it is a form of
        ('offen'), if any."""
        word = said.group(0)
        alone = self.forms.alone(word, named) if self.forms is not None else None
        if alone is None:
            return word
        meaning = self.phrases[alone]
        typed.update(dict.fromkeys(meaning.split(), word))
        return meaning

    def _fits(self, held: Callable[[str], bool]) -> Callable[[str], bool]:
        """Whether a word is one the conference's text holds, as typed or as its cognate."""
        cognates = self.cognates

        def fits(word: str) -> bool:
            return held(word) or (cognates is not None and cognates.english(word, held) is not None)

        return fits

    def _cognate(self, word: str, held: Callable[[str], bool], typed: dict[str, str]) -> str:
        """`word` as the English word the conference holds that it corresponds to, unless a
        phrase or English has it, or the conference holds it as typed."""
        if self.cognates is None or word in self.said or word in _english() or held(word):
            return word
        found = self.cognates.english(word, held)
        if found is None:
            return word
        typed[found] = word
        return found

    def _own(self, phrase: str, held: Callable[[str], bool] | None) -> bool:
        """Whether a subject phrase is one the conference's text holds in its own words."""
        if held is None or phrase not in self.subjects or not self.spaced:
            return False
        return all(held(word) for word in phrase.split())

    def _plain(self, word: str) -> str:
        for pair in self.spelt_out:
            word = word.replace(pair, pair[0])
        return word

    def _unspelt(self, folded: str) -> str:
        """`folded` with each spelt-out word that is a word of a phrase written as folded."""
        if not self.spelt_out:
            return folded

        def plain(typed: re.Match[str]) -> str:
            word = typed.group(0)
            found = self._plain(word)
            return found if found != word and found in self.said else word

        return _WORD.sub(plain, folded)

    def gloss(
        self,
        folded: str,
        named: Callable[[str], bool] | None = None,
        held: Callable[[str], bool] | None = None,
    ) -> tuple[str, dict[str, str]]:
        """`folded` with this language's phrases put in the reader's terms, and for each word
        put in, the phrase it stands for (to show what was typed, not its reading). A word
        `named` says the conference's titles or names hold is never read as another's form:
        'wettervorhersage' finds the German talk that has it. A word no phrase has is read
        as its English cognate where the conference's text (`held`) has that."""
        folded = self._unspelt(folded)
        fits = self._fits(held) if held is not None else _nothing
        if self.forms is not None:
            folded = self.forms.read(folded, named or _nothing, fits)
        typed: dict[str, str] = {}
        if self.cognates is not None and held is not None:
            folded = _WORD.sub(lambda said: self._cognate(said.group(0), held, typed), folded)
        for pattern, meaning in self.patterns:
            folded = pattern.sub(f" {meaning} ", folded)
        folded = " ".join(folded.split())  # a phrase reads across what a pattern put apart

        def english(said: re.Match[str]) -> str:
            if self._own(said.group(0), held):
                return said.group(0)
            meaning = self.phrases[said.group(0)]
            typed.update(dict.fromkeys(meaning.split(), said.group(0)))
            return f" {meaning} "

        if self.phrase is not None:
            folded = self.phrase.sub(english, folded)
        if self.forms is not None:
            folded = _WORD.sub(lambda said: self._alone(said, named or _nothing, typed), folded)
        if not self.spaced:
            folded = _LONE_HAN.sub(" ", folded)
        return " ".join(folded.split()), typed


@cache
def _english() -> frozenset[str]:
    """The words English reads and every catalogue gives as English: never a cognate."""
    return reader().known | reader().loanwords | told_in_english()


def _load(name: str) -> dict[str, Any]:
    with (WORDS / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)


def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def reader() -> Reader:
    """The English catalogue, read once."""
    data = _load(ENGLISH)
    cues, times, words = data["cues"], data["times"], data["words"]
    short: dict[str, str] = data["short"]
    aliases = unlinked(data["aliases"])
    return Reader(
        asks={key: _compiled(value) for key, value in data["asks"].items()},
        question=_compiled(cues["question"]),
        now=_compiled(cues["now"]),
        after=_compiled(cues["after"]),
        once=tuple(map(_compiled, cues["once"])),
        distance=_compiled(cues["distance"]),
        whole_run=_compiled(cues["whole_run"]),
        first=_compiled(cues["first"]),
        last=_compiled(cues["last"]),
        ceremony=_compiled(cues["ceremony"]),
        still=_compiled(cues["still"]),
        remaining=_compiled(cues["remaining"]),
        same_place=_compiled(cues["same_place"]),
        alongside=_compiled(cues["alongside"]),
        brevity=_compiled(cues["brevity"]),
        format_asked=_compiled(cues["format_asked"]),
        figure=_compiled(cues["figure"]),
        rundown=_compiled(cues["rundown"]),
        act=_compiled(cues["act"]),
        next_edition=_compiled(cues["next_edition"]),
        negated=_compiled(cues["negated"]),
        by_person=_compiled(cues["by_person"]),
        small_talk=_compiled(cues["small_talk"]),
        help=_compiled(cues["help"]),
        about_bot=_compiled(cues["about_bot"]),
        invitation=_compiled(cues["invitation"]),
        times=Times(
            day=_compiled(times["day"]),
            part=_compiled(times["part"]),
            in_a_while=_compiled(times["in_a_while"]),
            clock=_compiled(times["clock"]),
            hours=_compiled(times["hours"]),
            half_past=_compiled(times["half_past"]),
            minutes=_compiled(times["minutes"]),
            both_parts=_compiled(times["both_parts"]),
            month_day=_compiled(times["month_day"]),
            half=times["half"],
            not_a_day=frozenset(times["not_a_day"]),
            today_parts=frozenset(times["today_parts"]),
            not_today=frozenset(times["not_today"]),
            parts=tuple(times["parts"].items()),
            days=dict(times["days"]),
            short_weekdays=tuple(times["short_weekdays"]),
            onward=frozenset(times["onward"]),
            noon=frozenset(times["noon"]),
        ),
        short=short,
        short_form=_compiled(rf"\b({'|'.join(map(re.escape, short))})\b"),
        aliases=aliases,
        alias_form=_compiled(rf"\b({'|'.join(map(re.escape, aliases))})\b"),
        filler=frozenset(words["filler"]),
        place=frozenset(words["place"]),
        schedule=frozenset(words["schedule"]),
        conference=frozenset(words["conference"]),
        referring=frozenset(words["referring"]),
        any_talk=frozenset(words["any_talk"]),
        speaking=frozenset(words["speaking"]),
        remarks=frozenset(words["remarks"]) | frozenset(words["feelings"]),
        feelings=frozenset(words["feelings"]),
        thanks=frozenset(words["thanks"]),
        laughter=frozenset(words["laughter"]),
        teller=frozenset(words["teller"]),
        upkeep=frozenset(words["upkeep"]),
        reminder=_compiled(cues["reminder"]),
        whole=frozenset(words["whole"]),
        asides=frozenset(words["asides"]) | frozenset(words["travel"]),
        meals=frozenset(words["meals"]),
        awards=frozenset(words["awards"]),
        denying=frozenset(words["denying"]),
        hosting=frozenset(words["hosting"]),
        ordinals=tuple(frozenset(place.split()) for place in words["ordinals"]),
        source=frozenset(words["source"]),
        main=frozenset(words["main"]),
        later=frozenset(words["later"]),
        event_nouns=tuple(words["event_nouns"]),
        continuing=tuple(tuple(phrase.split()) for phrase in words["continuing"]),
        loanwords=frozenset(words["loanwords"]),
        facets=_facets(data["facets"]),
        pronouns=frozenset(words["pronouns"]),
        travel=frozenset(words["travel"]),
        journey=frozenset(words["journey"]),
        self=frozenset(words["self"]),
        abilities=frozenset(words["abilities"]),
        able=frozenset(words["able"]),
        discourse=frozenset(words["discourse"]),
        opening=frozenset(words["opening"]),
        closing=frozenset(words["closing"]),
    )


def _facets(table: dict[str, list[str]]) -> tuple[tuple[tuple[str, ...], str], ...]:
    said = [(tuple(phrase.split()), facet) for facet, said in table.items() for phrase in said]
    return tuple(sorted(said, key=lambda pair: -len(pair[0])))


@cache
def language_names() -> tuple[str, ...]:
    """The languages with a catalogue besides English, by file name: listed once, as the
    catalogues ship with the code (every question asks)."""
    return tuple(sorted(path.stem for path in WORDS.glob("*.toml") if path.stem != ENGLISH))


@cache
def told_in_english() -> frozenset[str]:
    """Every word the catalogues read their phrases into, and its plural: a word some
    language gives as English is English ('papers on optimizing molecules' is not French
    for sharing 'molecules' with a French catalogue)."""
    said = {
        word
        for name in language_names()
        for meaning in [*_phrases(_load(name)).values(), *subjects(name).values()]
        for word in fold(meaning).split()
    }
    return frozenset(said | {f"{word}s" for word in said})


@cache
def glossary(name: str) -> Glossary:
    """Another language's catalogue, read once."""
    data = _load(name)
    spaced = bool(data.get("spaced", True))
    patterns = tuple(
        (_compiled(pattern), meaning) for pattern, meaning in data.get(PATTERNS, {}).items()
    )
    lexicon, own = subjects(name), _phrases(data)
    phrases = lexicon | own
    ordered = sorted(phrases, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, ordered))
    phrase = None
    if ordered:
        # A phrase is a word of its own, never a piece of a hyphenated name.
        phrase = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])" if spaced else alternatives)
    said = {word for phrase_ in phrases for word in phrase_.split()}
    # Loan words ('posters', 'paper') are said alike in every language, and so is any word a
    # catalogue gives as English ('molecules', 'conference'): no language's mark.
    marks = frozenset(said - _english()) if spaced else frozenset(phrases)
    spelt_out = tuple(data.get("spelt_out", ()))
    alone = frozenset(phrase_ for phrase_ in phrases if " " not in phrase_)
    english = reader().known | reader().loanwords
    forms = forms_of(frozenset(said), alone, data.get(FORMS), english)
    return Glossary(
        name,
        data["locale"],
        patterns,
        phrases,
        phrase,
        marks,
        frozenset(said),
        spaced,
        spelt_out,
        forms,
        cognates(data.get(COGNATES)),
        frozenset(lexicon.keys() - own.keys()),
    )


def _phrases(data: dict[str, Any]) -> dict[str, str]:
    """A catalogue's phrases (folded) and their meanings, from every table of phrases."""
    return {
        fold(phrase): meaning
        for table, entries in data.items()
        if isinstance(entries, dict) and table not in NOT_PHRASES
        for phrase, meaning in entries.items()
        if isinstance(meaning, str)
    }


def glossaries() -> tuple[Glossary, ...]:
    return tuple(glossary(name) for name in language_names())

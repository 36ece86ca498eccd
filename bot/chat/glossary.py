"""Another language's catalogue (`words/<language>.toml` with its subject lexicon): what its
phrases mean in the English reader's terms, so a question in it is put into English first and
then read by the one reader of `bot.chat.catalogue`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

from bot.chat.catalogue import (
    COGNATES,
    FORMS,
    NOT_PHRASES,
    PATTERNS,
    compiled,
    language_names,
    load,
    reader,
)
from bot.chat.cognates import Cognates, cognates
from bot.chat.forms import Forms, forms_of
from bot.chat.phrases import Phrases
from bot.chat.subjects import subjects
from bot.domain.text import fold

_WORD = re.compile(r"[^\W\d_]+")
_HAN_CLASS = r"[\u3400-\u9fff\uf900-\ufaff]"
HAN = re.compile(_HAN_CLASS)
"""Characters of a script written without spaces between words (Chinese)."""
_LONE_HAN = re.compile(rf"(?<!{_HAN_CLASS}){_HAN_CLASS}(?!{_HAN_CLASS})")
"""One character of such a script left between phrases a catalogue read ('当', '里'): a
particle or a verb's piece, not a word any talk or paper is about."""


def _nothing(word: str) -> bool:
    return False


@dataclass(frozen=True)
class Glossary:
    """Another language's catalogue: its phrases, and what they mean in the reader's terms."""

    name: str
    locale: str
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    phrases: dict[str, str]
    phrase: Phrases
    """Finds its phrases in a question, the longest first."""
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
        ('offen'), if any. A word a phrase was just read into is English already: 'machines'
        of 'washing machines' is no form of the filler 'machin'."""
        word = said.group(0)
        if word in typed:
            return word
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

    def _cognate(
        self, word: str, held: Callable[[str], bool], typed: dict[str, str], *, left: bool = False
    ) -> str:
        """`word` as the English word the conference holds that it corresponds to, unless a
        phrase or English has it, or the conference holds it as typed. Once the phrases are
        read (`left`), a word of a phrase of several said without the rest of it is read so
        too: 'graphiques' outside 'modèles graphiques' is 'graphic'."""
        phrased = word in self.phrases or word in typed if left else word in self.said
        if self.cognates is None or phrased or word in _english() or held(word):
            return word
        found = self.cognates.english(word, held)
        if found is None:
            return word
        typed[found] = word
        return found

    def _own(
        self, phrase: str, held: Callable[[str], bool] | None, person: Callable[[str], bool]
    ) -> bool:
        """Whether a subject phrase is one the conference's text holds in its own words. A
        word held only as someone's name is no such text: 'armas nucleares' are nuclear
        weapons, though a speaker is called arma."""
        if held is None or phrase not in self.subjects or not self.spaced:
            return False
        return all(held(word) and not person(word) for word in phrase.split())

    def _a_form(self, word: str) -> bool:
        """Whether `word` is another ending of a phrase's word ('primaren' of 'primare')."""
        return self.forms is not None and self.forms.word(word, _nothing) != word

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
            if found == word or word in self.said:  # 'genaue' of 'genaue uhrzeit' stays
                return word
            return found if found in self.said or self._a_form(found) else word

        return _WORD.sub(plain, folded)

    def gloss(
        self,
        folded: str,
        named: Callable[[str], bool] | None = None,
        held: Callable[[str], bool] | None = None,
        person: Callable[[str], bool] | None = None,
    ) -> tuple[str, dict[str, str]]:
        """`folded` with this language's phrases put in the reader's terms, and for each word
        put in, the phrase it stands for (to show what was typed, not its reading). A word
        `named` says the conference's titles or names hold is never read as another's form:
        'wettervorhersage' finds the German talk that has it. A word no phrase has is read
        as its English cognate where the conference's text (`held`) has that; `person` says
        which words name someone."""
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

        def english(said: str) -> str:
            if self._own(said, held, person or _nothing):
                return said
            meaning = self.phrases[said]
            typed.update(dict.fromkeys(meaning.split(), said))
            return f" {meaning} "

        folded = self.phrase.sub(english, folded)
        if self.forms is not None:
            folded = _WORD.sub(lambda said: self._alone(said, named or _nothing, typed), folded)
        if self.cognates is not None and held is not None:
            stranded = partial(self._cognate, held=held, typed=typed, left=True)
            folded = _WORD.sub(lambda said: stranded(said.group(0)), folded)
        if not self.spaced:
            folded = _LONE_HAN.sub(" ", folded)
        return " ".join(folded.split()), typed


@cache
def _english() -> frozenset[str]:
    """The words English reads and every catalogue gives as English: never a cognate."""
    return reader().known | reader().loanwords | told_in_english()


@cache
def told_in_english() -> frozenset[str]:
    """Every word the catalogues read their phrases into, and its plural: a word some
    language gives as English is English ('papers on optimizing molecules' is not French
    for sharing 'molecules' with a French catalogue)."""
    said = {
        word
        for name in language_names()
        for meaning in [*_phrases(load(name)).values(), *subjects(name).values()]
        for word in fold(meaning).split()
    }
    return frozenset(said | {f"{word}s" for word in said})


@cache
def glossary(name: str) -> Glossary:
    """Another language's catalogue, read once."""
    data = load(name)
    spaced = bool(data.get("spaced", True))
    patterns = tuple(
        (compiled(pattern), meaning) for pattern, meaning in data.get(PATTERNS, {}).items()
    )
    lexicon, own = subjects(name), _phrases(data)
    phrases = lexicon | own
    said = {word for phrase_ in phrases for word in phrase_.split()}
    # Loan words ('posters', 'paper') are said alike in every language, and so is any word a
    # catalogue gives as English ('molecules', 'conference'): no language's mark.
    marks = frozenset(said - _english()) if spaced else frozenset(phrases)
    spelt_out = tuple(data.get("spelt_out", ()))
    alone = frozenset(phrase_ for phrase_ in phrases if " " not in phrase_)
    english = reader().known | reader().loanwords
    forms = forms_of(frozenset(said), alone, data.get(FORMS), english)
    own_subjects = lexicon.keys() - own.keys()
    if forms is not None:  # 'latenten raum' is 'latenter raum'
        inflected = _inflected(lexicon, forms)
        phrases = {wording: phrases[phrase] for wording, phrase in inflected.items()} | phrases
        own_subjects |= {wording for wording, phrase in inflected.items() if phrase in own_subjects}
    return Glossary(
        name,
        data["locale"],
        patterns,
        phrases,
        Phrases(phrases, spaced=spaced, heads=bool((data.get(FORMS) or {}).get("hyphens"))),
        marks,
        frozenset(said),
        spaced,
        spelt_out,
        forms,
        cognates(data.get(COGNATES)),
        frozenset(own_subjects),
    )


def _inflected(phrases: dict[str, str], forms: Forms) -> dict[str, str]:
    """Each subject phrase of several words in its words' other endings, with the phrase it
    is. Only a subject's: a question's own phrases are listed in each form they are said
    in, and one more form of them ('hay algun') would take the words of another ('algún
    comando para')."""
    return {wording: phrase for phrase in phrases for wording in forms.inflected(phrase)}


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

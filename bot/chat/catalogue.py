"""The words chat reads, one catalogue per language in `words/`: the reader holds no words of
its own, so a language is added by writing a file, not code.

English (`en.toml`) is complete and is also the reader's own terms. Another language's file
says what its phrases mean in those terms ("übermorgen" = "day after tomorrow", "海报" =
"poster"), in tables grouped by what they name (days, parts of day, kinds, questions, topics);
a phrase meaning "" is filler. A question in that language is read with its phrases put into
English first (`bot.chat.glossary`), then with the English catalogue, so every language goes
through one reader.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.domain.text import unlinked

WORDS = Path(__file__).resolve().parent / "words"
ENGLISH = "en"
PATTERNS = "patterns"
"""The table of a catalogue whose keys are regular expressions ('in (\\d+) stunden')."""
FORMS = "forms"
"""The table of a catalogue saying how its words are inflected and compounded."""
COGNATES = "cognates"
"""The table of a catalogue saying how its endings and letters are written in English."""
NOT_PHRASES = (PATTERNS, FORMS, COGNATES)


@dataclass(frozen=True)
class Times:
    """How days, parts of a day, times of day and 'in a while' are said."""

    day: re.Pattern[str]
    part: re.Pattern[str]
    in_a_while: re.Pattern[str]
    clock: re.Pattern[str]
    hours: re.Pattern[str]
    half_past: re.Pattern[str]
    quarter: re.Pattern[str]
    minutes: re.Pattern[str]
    both_parts: re.Pattern[str]
    either_day: re.Pattern[str]
    month_day: re.Pattern[str]
    half: str
    not_a_day: frozenset[str]
    today_parts: frozenset[str]
    not_today: frozenset[str]
    """Days that are never today ('tomorrow'), as `days` spells them."""
    parts: tuple[tuple[str, str], ...]
    """(phrase, part of day) in the order they are tried, by containment."""
    days: dict[str, str]
    amounts: tuple[tuple[re.Pattern[str], int], ...]
    """Amounts spelt out ('two' hours), each as a whole word, longest first so 'forty five' is
    not read as 'five'; compiled with the catalogue, not by the first asker of 'in two hours'."""
    short_weekdays: tuple[str, ...]
    onward: frozenset[str]
    """Words before a time of day that make it the start of a stretch ('after 10pm')."""
    before: frozenset[str] = frozenset()
    quarter_to: frozenset[str] = frozenset()
    """The words of `quarter` that put it before the hour ('quarter to ten')."""
    """Words before a time of day that make it where a stretch ends ('before 10am')."""
    until: frozenset[str] = frozenset()
    """Words before a day that tell the asker's stay ('till tmrw'), not the day asked."""
    noon: frozenset[str] = frozenset()
    """Words of `clock` for twelve o'clock in the day ('noon'), beside midnight's."""
    overnight: re.Pattern[str] = re.compile(r"(?!)")
    """A night said to run into the next morning ('thursday night into friday morning'):
    group 1 is that night, the one asked, not the morning after it."""
    missed: re.Pattern[str] = re.compile(r"(?!)")
    """What the asker misses before a time they get in ('what will i have missed by then'):
    that time ends the stretch asked, as 'before' would."""
    """Spellings of a day and the one the calendar reads ('tmrw' -> 'tomorrow')."""


@dataclass(frozen=True)
class SpokenWords:
    """How a question names the language talks are given in. Read over the question as typed:
    it is asked before the question is folded or put into English. `either` and `named` are
    patterns to fill in (`fill`), as only the conference knows its talks' languages."""

    names_in: tuple[str, ...]
    """The languages whose names for a language are read ('german', 'deutsch')."""
    talks: frozenset[str]
    which: re.Pattern[str]
    asking: re.Pattern[str]
    either: str
    named: str
    of_a_talk: re.Pattern[str]

    def fill(self, pattern: str, languages: str) -> re.Pattern[str]:
        """One of the patterns to fill in, with `languages` an alternation of their names."""
        talks = "|".join(map(re.escape, sorted(self.talks, key=len, reverse=True)))
        filled = pattern.replace("{language}", languages).replace("{talks}", talks)
        return re.compile(filled, re.IGNORECASE)


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
    arrival: re.Pattern[str]
    length: re.Pattern[str]
    aged: re.Pattern[str]
    """A child's age ('my 6yo'): whom the asker brings, not what is asked."""
    """A length said of a kind ('5 min lightning slots'): the type names it."""
    one_place: re.Pattern[str]
    overflow: re.Pattern[str]
    board: re.Pattern[str]
    """A poster board named by its number: group 1 or 2 is the number."""
    whole_run: re.Pattern[str]
    first: re.Pattern[str]
    last: re.Pattern[str]
    before_closing: re.Pattern[str]
    """'Before they close': the conference's closing bounds the day's last, unasked."""
    ceremony: re.Pattern[str]
    still: re.Pattern[str]
    remaining: re.Pattern[str]
    left: re.Pattern[str]
    """What is left of the programme: group 1 is the kind said, if any."""
    same_place: re.Pattern[str]
    its_session: re.Pattern[str]
    alongside: re.Pattern[str]
    brevity: re.Pattern[str]
    format_asked: re.Pattern[str]
    fare_asked: re.Pattern[str]
    figure: re.Pattern[str]
    rundown: re.Pattern[str]
    retracted: re.Pattern[str]
    hedged: re.Pattern[str]
    occupied: re.Pattern[str]
    own_work: re.Pattern[str]
    just_ended: re.Pattern[str]
    lately: re.Pattern[str]
    replay: re.Pattern[str]
    act: re.Pattern[str]
    very_edge: re.Pattern[str]
    """'The very last poster session': with no day named, the conference's own last."""
    next_edition: re.Pattern[str]
    announcing: re.Pattern[str]
    """'When do they announce': the next edition asked of the session telling it."""
    negated: re.Pattern[str]
    by_person: re.Pattern[str]
    small_talk: re.Pattern[str]
    greeting: re.Pattern[str]
    help: re.Pattern[str]
    about_bot: re.Pattern[str]
    invitation: re.Pattern[str]
    times: Times
    spoken: SpokenWords
    short: dict[str, str]
    short_form: re.Pattern[str]
    aliases: dict[str, str]
    alias_form: re.Pattern[str]
    filler: frozenset[str]
    place: frozenset[str]
    located: frozenset[str]
    distinct: frozenset[str]
    """Words telling the places counted apart ('how many different stages')."""
    schedule: frozenset[str]
    conference: frozenset[str]
    clock: frozenset[str]
    referring: frozenset[str]
    any_talk: frozenset[str]
    speaking: frozenset[str]
    """Words for whoever is giving a talk ('the person on stage'): with 'who', the speakers of
    what runs now."""
    remarks: frozenset[str]
    refreshments: frozenset[str]
    """What a break serves ('grabbing a coffee'): a break named by it beside another kind asked
    is the asker's pause, where a toilet or a queue names nothing they are having."""
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
    usage: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]
    """Each need a question about using the bot may name: its commands, and its words."""
    whole: frozenset[str]
    """Words asking for every item of a kind, never only what runs now ('list every keynote
    speaker')."""
    asides: frozenset[str]
    premises: frozenset[str]
    """Words for the venue as a whole ('the convention center'): beside a time and something
    the conference names, where the asker will be, not what is asked."""
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
    anchors: frozenset[str]
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
    akin: tuple[frozenset[str], ...]
    """Types of event, folded, that are one thing to an attendee ('band', 'concert')."""
    """Words that only open or pad a sentence ('so', 'ok')."""
    """Words asking what the bot is for ('what can it do')."""
    """(phrase, the fact of an answer it asks for), longest phrase first: see `facets`."""

    @property
    def known(self) -> frozenset[str]:
        """Every word English reads as its own: what tells an English question apart."""
        return self.filler | self.referring | self.schedule | self.place


@cache
def load(name: str) -> dict[str, Any]:
    """A catalogue file, parsed once: the words told in English and the glossary both read
    it, and parsing is most of what reading every catalogue costs the first question."""
    with (WORDS / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)


def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def longest_first(phrases: dict[str, str]) -> list[str]:
    """The phrases, longer ones first: a pattern takes the first alternative that fits, and
    'coal mine' must be read whole before 'coal' alone is."""
    return sorted(phrases, key=len, reverse=True)


@cache
def reader() -> Reader:
    """The English catalogue, read once."""
    data = load(ENGLISH)
    cues, times, words, spoken = data["cues"], data["times"], data["words"], data["spoken"]
    short: dict[str, str] = data["short"]
    aliases = unlinked(data["aliases"])
    return Reader(
        asks={key: compiled(value) for key, value in data["asks"].items()},
        question=compiled(cues["question"]),
        now=compiled(cues["now"]),
        after=compiled(cues["after"]),
        once=tuple(map(compiled, cues["once"])),
        distance=compiled(cues["distance"]),
        arrival=compiled(cues["arrival"]),
        length=compiled(cues["length"]),
        aged=compiled(cues["aged"]),
        one_place=compiled(cues["one_place"]),
        overflow=compiled(cues["overflow"]),
        board=compiled(cues["board"]),
        whole_run=compiled(cues["whole_run"]),
        first=compiled(cues["first"]),
        last=compiled(cues["last"]),
        before_closing=compiled(cues["before_closing"]),
        ceremony=compiled(cues["ceremony"]),
        still=compiled(cues["still"]),
        remaining=compiled(cues["remaining"]),
        left=compiled(cues["left"]),
        same_place=compiled(cues["same_place"]),
        its_session=compiled(cues["its_session"]),
        alongside=compiled(cues["alongside"]),
        brevity=compiled(cues["brevity"]),
        format_asked=compiled(cues["format_asked"]),
        fare_asked=compiled(cues["fare_asked"]),
        figure=compiled(cues["figure"]),
        rundown=compiled(cues["rundown"]),
        retracted=compiled(cues["retracted"]),
        hedged=compiled(cues["hedged"]),
        occupied=compiled(cues["occupied"]),
        own_work=compiled(cues["own_work"]),
        just_ended=compiled(cues["just_ended"]),
        lately=compiled(cues["lately"]),
        replay=compiled(cues["replay"]),
        act=compiled(cues["act"]),
        very_edge=compiled(cues["very_edge"]),
        next_edition=compiled(cues["next_edition"]),
        announcing=compiled(cues["announcing"]),
        negated=compiled(cues["negated"]),
        by_person=compiled(cues["by_person"]),
        small_talk=compiled(f"{cues['small_talk']}|{cues['greeting']}"),
        greeting=compiled(cues["greeting"]),
        help=compiled(cues["help"]),
        about_bot=compiled(cues["about_bot"]),
        invitation=compiled(cues["invitation"]),
        times=Times(
            day=compiled(times["day"]),
            part=compiled(times["part"]),
            in_a_while=compiled(times["in_a_while"]),
            clock=compiled(times["clock"]),
            hours=compiled(times["hours"]),
            half_past=compiled(times["half_past"]),
            quarter=compiled(times["quarter"]),
            quarter_to=frozenset(times["quarter_to"]),
            minutes=compiled(times["minutes"]),
            both_parts=compiled(times["both_parts"]),
            either_day=compiled(times["either_day"]),
            month_day=compiled(times["month_day"]),
            half=times["half"],
            not_a_day=frozenset(times["not_a_day"]),
            today_parts=frozenset(times["today_parts"]),
            not_today=frozenset(times["not_today"]),
            parts=tuple(times["parts"].items()),
            days=dict(times["days"]),
            amounts=tuple(
                (compiled(rf"\b{text}\b"), number)
                for text, number in sorted(times["amounts"].items(), key=lambda item: -len(item[0]))
            ),
            short_weekdays=tuple(times["short_weekdays"]),
            onward=frozenset(times["onward"]),
            before=frozenset(times["before"]),
            until=frozenset(times["until"]),
            noon=frozenset(times["noon"]),
            missed=compiled(times["missed"]),
            overnight=compiled(times["overnight"]),
        ),
        spoken=SpokenWords(
            names_in=tuple(spoken["names_in"]),
            talks=frozenset(spoken["talks"]),
            which=re.compile(spoken["which"], re.IGNORECASE),
            asking=re.compile(spoken["asking"], re.IGNORECASE),
            either=spoken["either"],
            named=spoken["named"],
            of_a_talk=re.compile(spoken["of_a_talk"], re.IGNORECASE),
        ),
        short=short,
        short_form=compiled(rf"\b({'|'.join(map(re.escape, short))})\b"),
        aliases=aliases,
        alias_form=compiled(rf"\b({'|'.join(map(re.escape, longest_first(aliases)))})\b"),
        filler=frozenset(words["filler"]),
        place=frozenset(words["place"]),
        located=frozenset(words["located"]),
        distinct=frozenset(words["distinct"]),
        schedule=frozenset(words["schedule"]),
        conference=frozenset(words["conference"]),
        clock=frozenset(words["clock"]),
        referring=frozenset(words["referring"]),
        any_talk=frozenset(words["any_talk"]),
        speaking=frozenset(words["speaking"]),
        remarks=frozenset(words["remarks"])
        | frozenset(words["refreshments"])
        | frozenset(words["feelings"]),
        refreshments=frozenset(words["refreshments"]),
        feelings=frozenset(words["feelings"]),
        thanks=frozenset(words["thanks"]),
        laughter=frozenset(words["laughter"]),
        teller=frozenset(words["teller"]),
        upkeep=frozenset(words["upkeep"]),
        reminder=compiled(cues["reminder"]),
        usage=tuple(
            (tuple(need["commands"]), compiled(rf"\b({'|'.join(need['words'])})\b"))
            for need in data["usage"].values()
        ),
        whole=frozenset(words["whole"]),
        asides=frozenset(words["asides"]) | frozenset(words["travel"]),
        premises=frozenset(words["premises"]),
        meals=frozenset(words["meals"]),
        awards=frozenset(words["awards"]),
        denying=frozenset(words["denying"]),
        hosting=frozenset(words["hosting"]),
        ordinals=tuple(frozenset(place.split()) for place in words["ordinals"]),
        source=frozenset(words["source"]),
        main=frozenset(words["main"]),
        later=frozenset(words["later"]),
        anchors=frozenset(words["anchors"]),
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
        akin=tuple(frozenset(group) for group in words["akin"]),
    )


def _facets(table: dict[str, list[str]]) -> tuple[tuple[tuple[str, ...], str], ...]:
    said = [(tuple(phrase.split()), facet) for facet, said in table.items() for phrase in said]
    return tuple(sorted(said, key=lambda pair: -len(pair[0])))


@cache
def language_names() -> tuple[str, ...]:
    """The languages with a catalogue besides English, by file name: listed once, as the
    catalogues ship with the code (every question asks)."""
    return tuple(sorted(path.stem for path in WORDS.glob("*.toml") if path.stem != ENGLISH))

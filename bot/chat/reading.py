"""A chat question read: what it names (from the conference's vocabulary), when (from
`when`), and what it asks (when, where, who, which, how many, a summary).

Reading is separate from deciding (`intent`) so each half can be tested on its own, and so the
question table in the tests can show what was recognised when an answer goes wrong."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import time, timedelta
from enum import StrEnum

from bot.chat.aliases import inside_aliases, renamed_phrases
from bot.chat.asker import arriving_then, aside, journey_of
from bot.chat.catalogue import reader
from bot.chat.language import Echo, outside_names, people_apart, someone, worded, written_in
from bot.chat.noted import asks_a_figure, conference_words
from bot.chat.people import among_topics, half_a_compound, initialled, someone_else
from bot.chat.when import Named, Part, hour_after, named_times
from bot.domain.kinds import Group, group_named, kind_asked
from bot.domain.records import ConferenceView
from bot.domain.text import fold, without_phrase, words
from bot.domain.vocabulary import Found, Sense, Vocabulary, singular
from bot.i18n.languages import Language


class Asks(StrEnum):
    """What a question wants to know."""

    WHEN = "when"
    WHERE = "where"
    WHO = "who"
    WHICH = "which"
    COUNT = "how many"
    SUMMARY = "summary"
    PAPERS = "papers"
    END = "end"
    """Until when something runs ('when does lunch end'): a list says each session's end."""


@dataclass(frozen=True)
class Reading:
    """What was recognised in a question."""

    folded: str
    asks: frozenset[Asks]
    question: bool
    found: tuple[Found, ...]
    group: Group | None
    day: str | None
    part: Part | None
    offset: timedelta | None
    at: time | None
    """A time of day named ('2pm')."""
    onward: bool
    """`at` begins a stretch asked about ('after 10pm')."""
    either_half: bool
    """`at` was said without am or pm before noon ('at 8')."""
    until: time | None
    """Where the stretch `at` begins ends ('between 4 and 6pm')."""
    now: bool
    next_edition: bool
    by: str | None
    """The name after 'by' ('papers by Hinton'), whether or not anyone has it."""
    leftover: tuple[str, ...]
    """Words nothing recognised."""
    strangers: tuple[str, ...]
    """Words of `leftover` the conference's text holds in no form ('racing' beside 'drone'):
    a subject nothing at the conference is about."""
    content: tuple[str, ...]
    """Every word that is not filler, recognised or not: what a search gets."""
    tokens: tuple[str, ...] = ()
    """The question's words, times taken out, as `found` counts their positions."""
    small_talk: bool = False
    first: bool = False
    """It asks what opens a day ('who kicks off thursday')."""
    last: bool = False
    """It asks what closes a day ('what was the final talk in saal g')."""
    source: bool = False
    """Its first unrecognised word follows 'from' or 'at': where someone works, perhaps."""
    invites: bool = False
    """It ends as an invitation to the channel ('currywurst run anyone?'): small talk, unless
    the conference has what it names."""
    help: bool = False
    remaining: bool = False
    """What of a part of today is still to start is asked ('the rest of the evening')."""
    same_room: bool = False
    """What follows is asked in the room of what it follows ('on that stage')."""
    alongside: bool = False
    """What runs at the same time as the session named is asked ('what clashes with it')."""
    figure: bool = False
    """It asks for one of the conference's own figures or links ('share of women among
    presenters')."""
    without: Group | None = None
    """A kind of session asked away."""
    after: str | None = None
    """What the question asks to follow ('the coffee break' of 'what comes after the coffee
    break'): a session that ends first, not a kind of session asked for."""
    language: Language = Language.ENGLISH
    """The language the question was written in; answers are given in it."""
    echo: Echo = field(default_factory=lambda: Echo(""))
    """The question as typed, to show searched words the way the asker wrote them."""

    def keys(self, sense: Sense) -> list[str]:
        return list(dict.fromkeys(key for found in self.found for key in found.keys(sense)))

    def names(self, sense: Sense) -> bool:
        return bool(self.keys(sense))

    def sessions_named(self) -> list[str]:
        """The sessions every phrase naming one points to ('the museum of care talk': the
        museum's, not also another whose title says 'cares'), or all named if none is."""
        named = [set(found.keys(Sense.SESSION)) for found in self.found]
        every = set.intersection(*[keys for keys in named if keys] or [set()])
        return [key for key in self.keys(Sense.SESSION) if key in every] or self.keys(Sense.SESSION)

    def meant(self, typed: str) -> str:
        """The question in English, what its meaning is read from: as typed, or as its
        language's catalogue reads it, unless every word of a subject it read is one the
        conference's text lacks in every form ('ajedrez' is 'chess', which no paper holds):
        nothing is about it, and its meaning would be a guess."""
        if self.language is Language.ENGLISH:
            return typed
        read_in = [word for word in self.leftover if self.echo.read_in(word)]
        lacking = bool(read_in) and set(read_in) <= set(self.strangers)
        return "" if lacking else self.folded


def clean(text: str) -> str:
    """Folded, with Discord's mention tokens and custom emoji out of the way, and short
    forms ('neural nets') spelt as papers spell them."""
    return _spelt_out(_folded(text))


def _folded(text: str) -> str:
    """Folded, with Discord's mention tokens and custom emoji out of the way: the words as
    typed, before any catalogue reads them."""
    text = re.sub(r"<a?:\w+:\d+>|<[@#][!&]?\d+>|@(everyone|here)", " ", text)
    return fold(text).replace("’", "'").replace("'s ", " ").strip()


def _spelt_out(folded: str) -> str:
    words_ = reader()
    return words_.short_form.sub(lambda found: words_.short[found.group(1)], folded)


def in_english(
    text: str,
    names: Vocabulary | None = None,
    before: Language | None = None,
    held: Callable[[str], bool] | None = None,
    affiliated: Callable[[list[str]], set[int]] | None = None,
) -> tuple[str, Language, dict[str, str]]:
    """The question folded and put in the reader's terms, and the language it was written in
    (English when its words are English or only names), and the phrase typed for each word
    of its reading. Words of a title or a name the conference's `names` hold tell nothing
    about the asker's language: 'résume-moi' before an English title is French. English
    short forms are spelt out only after the language's phrases are read: 'uni' is part of
    the Spanish 'de q uni'. `before` is the language of the answer a reply follows; `held`
    says whether the conference's text has a word, for a foreign word's English cognate;
    `affiliated` which words start the name of a place its authors work."""
    folded = worded(_folded(text))
    found = written_in(
        outside_names(folded, names, affiliated) if names else folded,
        before.value if before else None,
    )
    if found is None:
        return _spelt_out(folded), Language.ENGLISH, {}
    named = (lambda word: bool(names.find([word]))) if names else None
    person = someone(names) if names else None
    read: list[str] = []
    typed: dict[str, str] = {}
    for piece, whose in people_apart(folded, names) if names else [(folded, False)]:
        if whose:  # someone's full name stays as typed
            read.append(piece)
            continue
        glossed, put = found.gloss(piece.replace("'", " "), named, held, person)
        read.append(glossed)
        typed |= put
    return _spelt_out(" ".join(read)), Language(found.locale), typed


def asks_something(text: str) -> bool:
    """Whether a message reads as a question or a request at all: a reply to the bot saying
    'thanks, see you there!' is conversation, not something to answer."""
    return bool(reader().question.search(in_english(text)[0]))


def read(
    text: str,
    vocabulary: Vocabulary,
    conf: ConferenceView,
    before: Language | None = None,
    held: Callable[[str], bool] | None = None,
    near: Callable[[str], bool] | None = None,
    affiliated: Callable[[list[str]], set[int]] | None = None,
) -> Reading:
    """Everything recognised in `text` (a chat message without the bot's mention); `before`
    is the language of the answer it follows, if any; `held` whether the conference's text
    has a word; `near` whether it has the word or a typo of it (no stranger, then);
    `affiliated` as `in_english` asks it."""
    terms = reader()
    folded, language, typed = in_english(text, vocabulary, before, held, affiliated)
    folded = terms.retracted.sub(" ", folded)  # 'dress code? jk. what is after the orals'
    folded = terms.hedged.sub(" ", folded)  # 'had a paper on it i think': how sure, not what
    folded = terms.occupied.sub(r"\1", folded)  # 'doing an apprenticeship rn': not a moment
    folded = terms.own_work.sub(" ", folded)  # 'i work on gnns': the asker's own
    folded = terms.just_ended.sub(" ", folded)  # 'the closing just ended': from now on
    folded = terms.lately.sub(r"\1", folded)  # 'is it basically dead now': these days
    folded = terms.replay.sub(r" recordings\1 ", folded)  # 'watch them later': the videos
    folded = terms.arrival.sub(" ", folded)  # 'arriving the night before': the asker's own
    folded = terms.length.sub(" ", folded)  # 'the 5 min lightning slots': the type's length
    folded = terms.aged.sub(" ", folded)  # 'my 6yo is bored': whom the asker brings
    plain = " ".join(words(folded))
    times = _held(named_times(folded), conf)
    said, folded = _once(folded)
    without, folded = _asked_away_in(folded)
    folded = terms.distance.sub(" ", folded)  # 'is it far' asks where, naming nothing
    folded = terms.one_place.sub(" ", folded)  # 'always in the same hall' asks where too
    folded = terms.overflow.sub(" ", folded)  # 'an overflow hall?': the talk's rooms tell
    folded = terms.whole_run.sub(" ", folded)  # 'over the 4 days': the whole programme
    same_room = bool(terms.same_place.search(folded))
    folded = terms.same_place.sub(" ", folded)  # 'on that stage': the followed one's
    folded = terms.rundown.sub(" ", folded)  # 'walk me through': the day's programme
    folded = terms.brevity.sub(" ", folded)  # 'names only' asks how, not what
    folded = terms.format_asked.sub(" ", folded)  # 'talk or poster?': the card tells
    folded = terms.fare_asked.sub(" ", folded)  # 'is there food?': the card tells
    left = terms.left.search(folded)
    if left and not _timed(times):  # 'any talks left at all?': the rest of today's
        times = replace(times, day="today")
    remaining = bool(left or terms.remaining.search(folded))
    folded = terms.left.sub(r" \1 ", folded)  # the kind said is still asked
    folded = terms.remaining.sub(" ", folded)  # 'the rest of the evening' names nothing
    after = terms.after.search(folded) if said is None else None
    if after and hour_after(after.group(1), times):  # 'what starts after 7 in saal zero'
        after = None
    if after:
        said, folded = after.group(1), folded[: after.start(1)]
    meal = [span for span in times.spans if span in terms.meals]
    if said is not None and meal and times.part and not named_times(folded).part:
        spans = tuple(span for span in times.spans if span not in meal)
        times = replace(times, part=None, spans=spans)  # 'after the lunch break': a session
    tokens = words(_without(folded, times))
    aliased = inside_aliases(tokens)
    conference = conference_words(conf)
    found = [
        item
        for item in vocabulary.find(tokens)
        if not _only_filler(item, tokens)
        and not set(range(item.start, item.end)) <= aliased
        and not set(tokens[item.start : item.end]) <= conference  # 'to hamburg' names the city
    ]
    found += _renamed(vocabulary, tokens, found)
    if held is not None:  # 'rms': a speaker's initials, a word nothing else holds
        found += initialled(vocabulary, tokens, found, near or held)
    found = [item for item in found if not someone_else(item, tokens, found)]  # 'david graeber'
    found = [item for item in found if not half_a_compound(item, tokens, folded)]
    found = [among_topics(item, found) for item in found]  # 'adam / sgd': the optimizer
    denied = {w for item in found if _denied(tokens, item) for w in tokens[item.start : item.end]}
    found = [item for item in found if not _denied(tokens, item)]
    journey = journey_of(tokens) if _timed(times) else set()
    journey -= {i for item in found if item.keys(Sense.ROOM) for i in range(item.start, item.end)}
    found = [item for item in found if not journey & set(range(item.start, item.end))]
    if journey and times.at is not None and arriving_then(plain, tokens, journey, times.spans):
        times = replace(times, at=None, onward=False, either_half=False)
    if said is not None or _timed(times):  # 'in the coffee line, what starts once …'
        found = [item for item in found if not aside(tokens[item.start : item.end])]
    covered = {index for item in found for index in range(item.start, item.end)}
    group, grouped = kind_asked(tokens, covered, reader().anchors)
    if group is Group.BREAK and times.part is Part.LUNCH:  # the lunch break is a meal
        group = Group.MEAL
    followed = _followed(said, times) if said is not None else None
    antecedent = followed in terms.referring and group is None
    if followed in terms.referring and group is not None:  # 'orals almost done, what after them'
        followed, group = group.value, None
    elif antecedent and found and all(item.keys(Sense.ROOM) for item in found):
        followed, antecedent = None, False  # 'on at meitner after this one': next in that room
    elif antecedent:  # "opening's running, what comes right after it": what it refers to
        followed = " ".join(token for token in tokens if token not in terms.filler) or None
        found, covered = [], set()
    by = terms.by_person.search(" ".join(tokens))
    timed = _timed(times) or said is not None or bool(terms.now.search(plain))
    own = conference | (terms.asides if timed else frozenset())
    own |= {tokens[index] for index in journey} | denied
    own |= _felt(tokens, own, timed=_timed(times))
    doing = _timed(times) and bool(set(tokens) & terms.asides) and _asking(plain)
    own |= terms.remarks if said or doing else frozenset()
    own |= terms.premises if _timed(times) and found else frozenset()  # 'be at the venue monday'
    leftover = tuple(
        token
        for index, token in enumerate(tokens)
        if index not in covered | grouped
        and token not in terms.filler
        and group_named(singular(token)) is None
        and group_named(token) is None
        and token not in own
        and not antecedent
    )
    return Reading(
        folded=plain,
        asks=frozenset(Asks[key.upper()] for key, cue in terms.asks.items() if cue.search(plain)),
        question=bool(terms.question.search(folded)),
        found=tuple(found),
        group=group,
        day=times.day,
        part=times.part,
        offset=times.offset,
        at=times.at,
        onward=times.onward,
        either_half=times.either_half,
        until=times.until,
        now=(bool(terms.now.search(plain)) or said is not None)
        and not terms.next_edition.search(plain)
        and (times.day is None or (times.day == "today" and bool(terms.still.search(plain)))),
        next_edition=bool(terms.next_edition.search(plain)) or later_year(plain, conf),
        by=by.group(1) if by else None,
        leftover=leftover,
        strangers=tuple(
            word
            for word in leftover
            if word.isalpha() and held is not None and not (near or held)(word)
        ),
        content=tuple(token for token in tokens if token not in terms.filler and token not in own),
        tokens=tuple(tokens),
        small_talk=bool(terms.small_talk.match(plain)) or (not plain and bool(text.strip())),
        first=bool(terms.first.search(plain)),
        last=bool(terms.last.search(plain)),
        source=_source(tokens, leftover),
        invites=bool(terms.invitation.search(plain)),
        without=without,
        remaining=remaining,
        same_room=same_room,
        alongside=bool(terms.alongside.search(plain)),
        figure=asks_a_figure(tuple(tokens), leftover, folded, conf),
        help=not plain
        or bool(terms.help.match(plain) or terms.about_bot.search(plain))
        or (not _timed(times) and _about_self(tokens, plain)),
        after=followed,
        language=language,
        echo=Echo(text, typed),
    )


def _asking(plain: str) -> bool:
    """Whether a message asks anything ('grabbing food, what starts after 7'), rather than
    telling how the asker's day goes ('my tent is a sauna at 8am')."""
    return any(pattern.search(plain) for pattern in reader().asks.values())


def _felt(tokens: list[str], own: frozenset[str], *, timed: bool) -> frozenset[str]:
    """How the asker feels ('starving. when's lunch'), said beside a time or other words:
    it names nothing asked. Alone ('ugh'), it is the remark itself."""
    terms = reader()
    felt = frozenset(tokens) & terms.feelings
    rest = set(tokens) - terms.filler - own - felt
    return felt if felt and (timed or rest) else frozenset()


def _denied(tokens: list[str], item: Found) -> bool:
    """Whether a denial comes just before what is named, with at most filler between
    ('not the great halls'): that is where the answer is not."""
    terms = reader()
    before = item.start - 1
    while before >= 0 and item.start - before <= 3 and tokens[before] in terms.filler:
        if tokens[before] in terms.denying:
            return True
        before -= 1
    return False


def _about_self(tokens: list[str], plain: str) -> bool:
    """Whether a question asks only what the bot offers ('list of commands pls') or what it
    can do ('what can this bot do', 'what are you good for'); one asking who, when or where
    ('do u know who presents this one') asks about something else."""
    terms = reader()
    said = set(tokens)
    rest = said - terms.filler - terms.discourse
    if not said or rest - terms.self - terms.abilities - terms.able:
        return False
    if said & terms.abilities:
        return True
    facts = ("who", "when", "where", "count")
    asking = any(terms.asks[fact].search(plain) for fact in facts)
    return bool(said & terms.self and said & terms.able) and not asking


def _followed(said: str, times: Named) -> str:
    """The session a question asks to follow, without the times and filler around it ('the
    closing remarks on thursday', 'the last posters'); a possessive's 's' names nothing."""
    named = [word for word in words(_without(said, times)) if word != "s"]
    at = next((i for i, word in enumerate(named) if i and word in reader().located), 0)
    if at and ((at == 1 and named[0] in reader().pronouns) or set(named[at:]) & reader().place):
        return " ".join(named[:at])  # 'after them in ad', 'after lunch in the keynote hall'
    while len(named) > 1 and named[-1] in reader().filler:
        named.pop()
    latest = reader().ordinals[-1]  # 'the last posters' are not any posters
    while len(named) > 1 and named[0] in reader().filler and named[0] not in latest:
        named.pop(0)
    return " ".join(named)


def _once(folded: str) -> tuple[str | None, str]:
    """The session said to end before what is asked ('once the break is over'), and the
    question without the words saying so."""
    for pattern in reader().once:
        found = pattern.search(folded)
        if found:
            return found.group(1), f"{folded[: found.start()]} {folded[found.end() :]}"
    return None, folded


def _source(tokens: list[str], leftover: tuple[str, ...]) -> bool:
    """Whether the first word nothing recognised follows 'from' or 'at' ('any papers from
    deakin uni')."""
    first = next((i for i, token in enumerate(tokens) if leftover and token == leftover[0]), 0)
    return first > 0 and tokens[first - 1] in reader().source


def _timed(times: Named) -> bool:
    """Whether a question names a day, a part of one, a time of day or a while from now."""
    return bool(times.day or times.part or times.at or times.offset)


def _renamed(vocabulary: Vocabulary, tokens: list[str], found: list[Found]) -> list[Found]:
    """What the conference's own words name under another name of a phrase nothing named as
    typed ('stage' for a room called "… Bühne")."""
    taken = {index for item in found for index in range(item.start, item.end)}
    extra = []
    for first, last, other in renamed_phrases(tokens):
        if taken & set(range(first, last)):
            continue
        named = vocabulary.find(other)
        if len(named) == 1 and (named[0].start, named[0].end) == (0, len(other)):
            extra.append(Found(named[0].terms, first, last))
    return extra


def _held(times: Named, conf: ConferenceView) -> Named:
    """The times named, without a weekday written as three letters that the conference does
    not hold: 'sat' in 'a network that solves sat problems' at a Monday-to-Thursday
    conference is a word."""
    short = reader().times.short_weekdays
    if times.day not in short:
        return times
    span = (conf.end_date - conf.start_date).days + 1
    held = {short[(conf.start_date + timedelta(days=n)).weekday()] for n in range(min(span, 7))}
    if times.day in held:
        return times
    return replace(times, day=None, spans=tuple(s for s in times.spans if s != times.day))


def _asked_away_in(folded: str) -> tuple[Group | None, str]:
    """The first kind of session asked away, and the question without the words saying so;
    a negation of something else before it ('going on over lunch besides food') is not one."""
    for negated in reader().negated.finditer(folded):
        without = _asked_away(next(kind for kind in negated.groups() if kind))
        if without is not None:
            return without, folded.replace(negated.group(0), " ")
    return None, folded


def _asked_away(word: str) -> Group | None:
    """The kind of session a question asks away ('besides posters'; 'apart from eating'
    asks away the meals)."""
    return kind_named(word) or (Group.MEAL if word in reader().meals else None)


def kind_named(word: str) -> Group | None:
    return group_named(word) or group_named(singular(word))


def _without(plain: str, times: Named) -> str:
    for span in sorted(times.spans, key=len, reverse=True):  # 'the very last evening' whole
        plain = without_phrase(plain, span)
    return plain


OTHER = frozenset({"other", "others", "another"})


def _only_filler(found: Found, tokens: list[str]) -> bool:
    """A phrase of nothing but filler ('the', 'who') names nothing, whatever the data says;
    nor does 'other' after filler ('the other heartbleed talk', 'any other dancing stuff'),
    pointing past what was shown, not at a track called "Other"."""
    said, filler = tokens[found.start : found.end], reader().filler
    pointing = found.start > 0 and tokens[found.start - 1] in filler and set(said) <= OTHER
    return (pointing or all(token in filler for token in said)) and not any(
        term.sense in (Sense.PERSON, Sense.AUTHOR) for term in found.terms
    )


def later_year(plain: str, conf: ConferenceView) -> bool:
    """A later year than the conference's own ('XYZ 2031' asked of XYZ 2030) asks about the
    next edition."""
    own = [int(year) for year in re.findall(r"\d{4}", f"{conf.name} {conf.slug}")]
    this_year = max([conf.start_date.year, *own])
    return any(int(year) > this_year for year in re.findall(r"\b(20\d\d)\b", plain))

"""Which answer a read question gets: the most specific thing it names wins.

A person, a room, an award or a named session is more specific than a kind of session, a day
or a topic, and all of those beat a free-text search. A search only runs on the words nothing
else recognised, and a statement that asks nothing and names little is told so instead of
being answered with whatever paper shares a word with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import time, timedelta
from enum import StrEnum

from bot.chat.catalogue import reader
from bot.chat.facets import fact_words, searched_words
from bot.chat.reading import Asks, Reading
from bot.chat.remarks import paused, remark
from bot.chat.when import Part
from bot.domain.kinds import Group, group_named
from bot.domain.text import fold
from bot.domain.vocabulary import Sense, singular
from bot.i18n.languages import Language


class Action(StrEnum):
    """Which answer a question gets."""

    HELP = "help"
    SMALL_TALK = "small talk"
    UNCLEAR = "unclear"
    NOW = "now"
    AT = "at"
    WINDOW = "window"
    KEYNOTES = "keynotes"
    POSTERS = "posters"
    SCHEDULE = "schedule"
    FIRST = "first"
    CONFERENCE = "conference"
    NEXT_EDITION = "next edition"
    PERSON = "person"
    AUTHOR = "author"
    ALSO_WRITTEN = "also written"
    ROOM = "room"
    AWARD = "award"
    SESSION = "session"
    PAPER = "paper"
    ITS_SESSION = "its session"
    TOPIC = "topic"
    ROOMS = "rooms"
    ALONGSIDE = "alongside"
    SEARCH = "search"


@dataclass(frozen=True)
class Intent:
    """What to answer: `action` names the answer, the rest are its inputs."""

    action: Action
    query: str = ""
    keys: tuple[str, ...] = ()
    day: str | None = None
    part: Part | None = None
    group: Group | None = None
    offset: timedelta | None = None
    asks: frozenset[Asks] = field(default_factory=frozenset)
    at: time | None = None
    onward: bool = False
    remaining: bool = False
    same_room: bool = False
    """What follows `after` is asked in its room ('what's after it on that stage')."""
    """Only what starts from now on is asked ('still to come tonight')."""
    either_half: bool = False
    """`at` was said without am or pm ('at 8'): asked once the morning's has passed, the
    evening's."""
    """Everything from `at` on is asked for ('after 10pm'), not what runs then."""
    now: bool = False
    now_if_on: bool = False
    """The moment is asked if something in the rooms named runs then ('who is on stage in
    the AD hall'); otherwise, as 'who plays the kids stage' is, the rooms' programme."""
    until: time | None = None
    """Where the stretch from `at` on ends ('between 4 and 6pm'); that night's end if None."""
    without: Group | None = None
    content: str = ""
    """Every word of the question that is not filler: searched when the words after 'by'
    name nobody ('predicting reactions by following the electrons')."""
    after: str | None = None
    """A session asked to follow: the moment asked about is its end."""
    last: bool = False
    """What closes a day is asked for, not what opens it (`Action.FIRST`)."""
    ceremony: bool = False
    """The conference's own opening (closing) is asked for, not its first (last) act."""
    question: str = ""
    in_english: str = ""
    """The question in English, as typed or as its language's catalogue reads it ('图像复原'
    as 'image restoration'): what its meaning is read from, when no words match."""
    source: bool = False
    """The words searched follow 'from' or 'at': an affiliation may be anywhere in a name."""
    unheld: tuple[str, ...] = ()
    """Words the conference's text holds nowhere: beside a topic named, it is the closest."""
    language: Language = Language.ENGLISH
    """The question's language: the answer's."""
    echo: str = ""
    """`query` as the asker typed it, to show in a reply."""
    rooms: tuple[str, ...] = ()
    """The rooms an answer about other sessions is kept to ('clashes with what in saal 2')."""
    topics: tuple[str, ...] = ()
    """The topics named: what opens (closes) a day is kept to them ('the first dj set'), and of
    sessions named apart, one of them is meant ('the lightning talk where …')."""


def decide(reading: Reading) -> Intent:
    """The answer for what was read, most specific first."""
    if reading.small_talk or (remark(reading) and not reading.help):
        return Intent(Action.SMALL_TALK)
    if reading.help:
        return Intent(Action.HELP)
    if reading.next_edition:
        return Intent(Action.NEXT_EDITION, asks=reading.asks, content=reading.folded)
    if reading.figure and not any(map(reading.names, ONE_OF_ITS_OWN)):
        return Intent(Action.CONFERENCE, query=" ".join(reading.content))
    if _asks_the_clock(reading):
        return Intent(Action.CONFERENCE, query=" ".join(reading.content))
    if (edge := _edge(reading)) is not None:
        return edge
    if _who_speaks(reading):
        return _speaking_now(reading)
    if (beside := _alongside(reading)) is not None:
        return beside
    if (named := _named(reading)) is not None:
        return named
    if reading.by and not reading.names(Sense.AUTHOR) and len(reading.by.split()) <= NAME_WORDS:
        return Intent(Action.AUTHOR, query=reading.by, content=" ".join(reading.content))
    if not _track_asked(reading) and (timed := _timed(reading)) is not None:
        return timed
    if reading.names(Sense.TOPIC) and not _beyond_topics(reading):
        topics = tuple(reading.keys(Sense.TOPIC))
        return _with_time(reading, Action.TOPIC, keys=topics, query=" ".join(reading.content))
    return _by_words(reading)


def _beyond_topics(reading: Reading) -> list[str]:
    """The words nothing recognised, but for those of a topic named ('adaptation' beside
    'domain shift', the topic domain adaptation's other name): they ask of it."""
    named = {word for topic in reading.keys(Sense.TOPIC) for word in fold(topic).split()}
    return [word for word in reading.leftover if singular(word) not in named]


def _asks_the_clock(reading: Reading) -> bool:
    """'Is everything listed in local time?': the time zone of the programme as a whole, not
    of a moment or an item named ('is the opening at 9 utc' asks about the opening)."""
    timed = reading.day or reading.at or reading.offset
    items = any(map(reading.names, ONE_OF_ITS_OWN)) or reading.names(Sense.SESSION)
    return bool(set(reading.folded.split()) & reader().clock) and not (timed or items)


FIRST_DAY = "first day"
ONE_OF_ITS_OWN = (Sense.PAPER, Sense.AWARD, Sense.PERSON, Sense.AUTHOR)
"""What a question naming one asks about ('best paper awards'), not the conference's figure
labelled with the same words."""
NAME_WORDS = 4
"""Words after 'by' beyond this are no one's name ('the talk by the ex-spy who worked at the
listening station'): they are searched like the rest."""
LAST_DAY = "last day"


def _edge(reading: Reading) -> Intent | None:
    """What opens or closes a day, in any rooms named ('last night in saal g, final talk?')."""
    if not (reading.first or reading.last) or reading.after or reading.remaining:
        return None  # 'what's left before they close it' asks all that is left, not the last
    terms = reader()
    cue = _edge_words(reading)
    if _opens_conference(reading):  # 'who wraps up the conference at the closing'
        cue |= terms.opening | terms.closing
    # 'standing in the queue at the cch, when does it start': words of the asker's own
    # situation, and words the conference holds nowhere, ask nothing of what opens it
    aside = terms.asides | terms.remarks | set(reading.strangers)
    if set(reading.leftover) - terms.schedule - terms.speaking - cue - aside:
        return None
    if any(
        found.keys(sense)
        for found in reading.found
        for sense in Sense
        if sense != Sense.ROOM
        and not found.keys(Sense.TOPIC)  # 'the first dj set': the first of that topic
        and not set(reading.tokens[found.start : found.end]) <= cue
    ):
        return None
    edge = replace(
        _with_time(reading, Action.FIRST, keys=tuple(reading.keys(Sense.ROOM))),
        group=_on_stage(reading),
        last=reading.last and not reading.first,
    )
    if not _opens_conference(reading):
        return edge
    ceremony = (
        edge.group is None
        and bool(terms.ceremony.search(reading.folded))
        and not terms.act.search(reading.folded)
    )  # 'when do they wrap the camp up' is its closing; 'the last dj set' its last act
    day = edge.day or (LAST_DAY if edge.last else FIRST_DAY)  # 'wrap it up on tuesday'
    return replace(edge, day=day, ceremony=ceremony)  # 'what closes the camp


def _edge_words(reading: Reading) -> set[str]:
    """The words that ask what opens or closes a day ('open' of 'doors open soon? who's
    first'): they name no session, whatever title has them."""
    cues = (reader().first, reader().last, reader().before_closing)  # 'before they close' too
    said = (found for cue in cues for found in cue.finditer(reading.folded))
    return {word for found in said for word in found.group(0).split()}


def _opens_conference(reading: Reading) -> bool:
    """'Who opens the conference (ICLR)?': its first day, not today's, when no day is named
    (its opening on the day named, if any); so does 'the very last poster session'. The
    conference's own words are the only ones neither filler nor searched."""
    terms = reader()
    named = set(reading.tokens) - terms.filler - set(reading.content)
    return bool(named or terms.very_edge.search(reading.folded))


def _with_time(
    reading: Reading,
    action: Action,
    *,
    query: str = "",
    keys: tuple[str, ...] = (),
    offset: timedelta | None = None,
) -> Intent:
    """An intent with the question's day, part of day, kind and asks; a room's, its 'in 10 min'."""
    return Intent(
        action,
        query=query,
        keys=keys,
        day=reading.day,
        part=reading.part,
        group=reading.group,
        offset=offset or (reading.offset if action == Action.ROOM else None),
        asks=reading.asks,
        at=reading.at,
        onward=reading.onward,
        remaining=reading.remaining,
        same_room=reading.same_room,
        either_half=reading.either_half,
        now=reading.now,
        until=reading.until,
        without=reading.without,
        after=reading.after,
        source=reading.source,
        topics=tuple(reading.keys(Sense.TOPIC)),
    )


def _alongside(reading: Reading) -> Intent | None:
    """'Cory doctorow clashes with what in saal fuse': what runs beside them, in rooms named."""
    named = reading.keys(Sense.PERSON) + reading.keys(Sense.SESSION)
    if not reading.alongside or not named:
        return None
    query, rooms = " ".join(reading.content), tuple(reading.keys(Sense.ROOM))
    asked = _with_time(reading, Action.ALONGSIDE, keys=tuple(named), query=query)
    return replace(asked, rooms=rooms)


def _named(reading: Reading) -> Intent | None:
    """Someone or something the conference's own words name; words asking one of its facts
    ('spectral inference networks deepmind repo') are no sign that something else is meant."""
    if not reading.question and len(set(reading.leftover) - fact_words()) >= 2:
        return None
    for sense, action in (
        (Sense.PAPER, Action.PAPER),
        (Sense.AWARD, Action.AWARD),
        (Sense.PERSON, Action.PERSON),
        (Sense.AUTHOR, Action.PERSON),
        (Sense.ROOM, Action.ROOM),
        (Sense.SESSION, Action.SESSION),
    ):
        keys = reading.sessions_named() if sense == Sense.SESSION else reading.keys(sense)
        if keys and not (sense == Sense.SESSION and _not_one_session(reading)):
            if action == Action.PERSON:
                keys = reading.keys(Sense.PERSON) + reading.keys(Sense.AUTHOR)
            named = _with_time(
                reading, action, keys=tuple(dict.fromkeys(keys)), query=_also(reading, action)
            )  # 'whose talk is this in the big hall': a keynote there is a talk too
            return replace(named, group=_on_stage(reading)) if action == Action.ROOM else named
    return None


def _also(reading: Reading, action: Action) -> str:
    """The words a named answer is narrowed by: a session's, to find others titled alike; a
    room's, to find what in it has them ('the podcast stage'; 'what does it host' asks all);
    a person's, to find which of their papers is meant ('bahdanau systematic generalisation')."""
    if action == Action.SESSION:
        return " ".join(reading.content)
    if action == Action.PERSON:
        return " ".join(word for word in reading.leftover if word not in reader().schedule)
    if action == Action.ROOM:
        terms = reader()
        kind = terms.place if reading.day or reading.part else frozenset()  # 'plank stage sunday'
        named = [item for item in reading.found if item.keys(Sense.ROOM)]
        rooms = {i for item in named for i in range(item.start, item.end)}
        return " ".join(
            word
            for index, word in enumerate(reading.tokens)
            if index not in rooms
            and word in reading.content
            and word not in terms.schedule | terms.hosting | kind
        )
    return ""


def _not_one_session(reading: Reading) -> bool:
    """A guess by one word of a title, or a count of what a programme's own type names ('how
    many lightning talks' counts the talks of that type, not the block called so)."""
    counted = Asks.COUNT in reading.asks and reading.names(Sense.TOPIC)
    guessed = _by_one_word(reading) or _track_asked(reading) or _topic_now(reading)
    return counted or guessed or paused(reading)


def _topic_now(reading: Reading) -> bool:
    """A topic's word at a moment ("where's music playing rn") or beside words describing a
    talk of it ('a lightning talk on safer passwords'), not the session titled with it."""
    return (reading.now or len(reading.leftover) >= 2) and any(
        found.keys(Sense.TOPIC) and found.keys(Sense.SESSION) for found in reading.found
    )


def _track_asked(reading: Reading) -> bool:
    """A track or topic beside a day, a part or hours of one ('science lectures on saturday')
    asks for that track's sessions then, not for one talk with the word in its title, nor the
    whole day; at a moment ('nlp posters up right now?') what runs then answers."""
    timed = reading.day is not None or reading.part is not None
    moment = reading.now or (reading.at is not None and reading.until is None) or reading.offset
    return timed and not moment and any(found.keys(Sense.TOPIC) for found in reading.found)


def _by_one_word(reading: Reading) -> bool:
    """A session named only by one word of its title, beside a word nothing recognised
    ('*drone* racing', 'formula 1 *race* screening') or beside a topic named in more words
    ('security & hacking *track* talks'), is a guess, not what was asked for; a fact asked of
    it ('the spirl workshop's website') is no such word."""
    sessions = [found for found in reading.found if found.keys(Sense.SESSION)]
    single = all(found.end - found.start == 1 for found in sessions)
    topics = [found for found in reading.found if found.keys(Sense.TOPIC) and found not in sessions]
    longer = any(found.end - found.start > 1 for found in topics)
    strangers = set(reading.strangers) - fact_words()
    return single and (len(reading.leftover) >= 2 or bool(strangers) or longer)


def _timed(reading: Reading) -> Intent | None:
    """Now, in a while, or a day and part of it, optionally of one kind of session."""
    if reading.after and (reading.now or reading.day) and not reading.leftover and not reading.part:
        # "what's after the closing remarks on thursday"
        return replace(_with_time(reading, Action.NOW), group=_on_stage(reading))
    terms = reader()
    if reading.offset is not None or reading.at is not None:
        at = _with_time(reading, Action.AT, offset=reading.offset)
        return replace(at, group=_on_stage(reading))  # 'who talks at half two': a keynote too
    somewhere = terms.place | terms.main  # 'whats up in the poster hall atm': no room named
    if reading.now and not set(reading.leftover) - somewhere:  # "where's music playing rn"
        main = set(reading.leftover) & terms.main  # 'the main hall now': the busiest room's
        topics = () if main else tuple(reading.keys(Sense.TOPIC))
        now = _with_time(reading, Action.ROOM if main else Action.NOW, keys=topics)
        return replace(now, group=_on_stage(reading))
    # 'the programme on thursday afternoon', 'posters in the poster hall before lunch'
    halls = _asking(reading)
    if reading.part is not None and not set(reading.leftover) - terms.schedule - halls:
        window = _with_time(reading, Action.WINDOW)  # "who's giving the talk": a keynote too
        return replace(window, group=_on_stage(reading)) if Asks.WHO in reading.asks else window
    closing = _edge_words(reading) if reading.remaining else set()  # 'left before they close'
    if reading.day is not None and not set(reading.leftover) - halls - closing:
        if reading.group == Group.POSTER:
            return _with_time(reading, Action.POSTERS)
        listing = reading.group or reading.remaining or reading.until  # left; 'before 4'
        return _with_time(reading, Action.WINDOW if listing else Action.SCHEDULE)
    return None


def _asking(reading: Reading) -> frozenset[str]:
    """Words that ask something of the sessions a time names rather than name any: of a kind
    ('which companies were throwing parties', 'final day keynote, what's the title'), or
    who is on then ('who's on stage after lunch')."""
    terms = reader()
    asking: frozenset[str] = frozenset()
    if reading.group is not None:
        asking = terms.place | terms.hosting | fact_words()
    return asking | terms.speaking if Asks.WHO in reading.asks else asking


def _who_speaks(reading: Reading) -> bool:
    """'Who's the person on stage', 'name of the guy talking?': the speakers of what runs
    now, when the question names nothing else and no other time."""
    speaking = reader().speaking
    asks_who = Asks.WHO in reading.asks or "name" in reading.tokens
    named = any(
        set(reading.tokens[item.start : item.end]) - speaking
        for item in reading.found
        if not item.keys(Sense.ROOM)
    )
    timed = reading.day or reading.part or reading.at or reading.offset or reading.after
    listing = reading.group is not None and not reading.now  # 'list every keynote speaker'
    return (
        asks_who
        and not (timed or named or listing or set(reading.tokens) & reader().whole)
        and bool(set(reading.tokens) & speaking)
        and set(reading.leftover) <= speaking
    )


def _speaking_now(reading: Reading) -> Intent:
    """Who is up now, in the rooms named if any: 'who is on stage in the big hall' asked
    during the conference asks about that moment, as if 'now' had been said."""
    speaking = reader().speaking  # 'stage' alone names no room, whatever a room is called
    rooms = tuple(
        dict.fromkeys(
            key
            for item in reading.found
            if set(reading.tokens[item.start : item.end]) - speaking
            for key in item.keys(Sense.ROOM)
        )
    )
    if not rooms:
        return replace(_with_time(reading, Action.NOW), group=_on_stage(reading))
    in_rooms = _with_time(reading, Action.ROOM, keys=rooms)
    return replace(in_rooms, now_if_on=True, group=_on_stage(reading))


def _on_stage(reading: Reading) -> Group | None:
    """What is on or next 'talk' asks for: anything on a stage (a keynote is an invited
    talk), not only the kind a programme files as talks; 'orals' still asks for orals."""
    said = set(reading.folded.split())
    if reading.group == Group.ORAL and said & reader().any_talk and not said & {"oral", "orals"}:
        return Group.EVERYTHING
    return reading.group


def _counts_papers(reading: Reading) -> bool:
    """'How many posters (orals) in all': papers presented so, which the conference's figures
    count; 'how many poster sessions' (or 'poster slots') counts sessions."""
    said = set(reading.folded.split())
    return (
        Asks.COUNT in reading.asks
        and reading.group in (Group.POSTER, Group.ORAL)
        and not said & {"session", "sessions", "slot", "slots"}
        and reading.day is None
        and reading.part is None
    )


def _by_words(reading: Reading) -> Intent:
    """No name and no time: a kind of session, the programme, the conference, or a search."""
    terms = reader()
    counting = Asks.COUNT in reading.asks and reading.group is not None
    # 'how many people give keynotes': the people of a kind counted are its sessions'
    pointing = terms.referring if counting else frozenset()
    if reading.group is not None:  # 'list every keynote speaker': the keynotes, with theirs
        pointing |= terms.speaking
        pointing |= {p[0] for p, fact in terms.facets if fact == "people" and len(p) == 1}
    if reading.group is not None and Asks.WHERE in reading.asks:  # 'which hall, the big one?'
        pointing |= terms.place | terms.main
    rest = [word for word in reading.leftover if word not in terms.schedule | pointing]
    if not rest:
        if reading.group == Group.KEYNOTE and Asks.WHERE not in reading.asks:
            return _with_time(reading, Action.KEYNOTES)
        if _counts_papers(reading):
            return Intent(Action.CONFERENCE, query=" ".join(reading.content))
        if reading.group == Group.POSTER:
            return _with_time(reading, Action.POSTERS)
        if reading.group is not None:
            return _with_time(reading, Action.WINDOW)
        if set(reading.leftover) & terms.schedule:
            return _with_time(reading, Action.SCHEDULE)
        if "on" in reading.folded.split():
            return _with_time(reading, Action.NOW)
        if set(reading.folded.split()) & terms.conference or not reading.leftover:
            return Intent(Action.CONFERENCE, query=" ".join(reading.content))
    padding = set(reading.strangers) | terms.discourse | terms.main
    venue = set(rest) - padding <= terms.conference and (set(rest) & terms.conference or not rest)
    if venue and not reading.found:  # 'where is iclr held', 'its main website'; not 'building a db'
        return Intent(Action.CONFERENCE, query=" ".join(reading.content))
    said = set(map(singular, rest))
    if rest and said & terms.main and said <= terms.main | terms.place:
        # 'the main hall': the busiest room; its talks are a keynote's too
        return replace(_with_time(reading, Action.ROOM), group=_on_stage(reading))
    counted = said - terms.distinct if Asks.COUNT in reading.asks else said
    if rest and counted and counted <= terms.place:  # 'on the stages tonight', 'how many stages'
        timed = reading.day or reading.part or reading.now or reading.at or reading.offset
        if reading.day not in (None, "today") and not (reading.now or reading.at or reading.offset):
            return _with_time(reading, Action.WINDOW)  # 'all halls sunday': that day's, not now
        return _with_time(reading, Action.NOW) if timed else Intent(Action.ROOMS)
    if not reading.question and len(rest) >= 2:
        return Intent(Action.UNCLEAR, query=" ".join(reading.content) or " ".join(rest))
    return _with_time(
        reading,
        Action.SEARCH,
        query=searched_words(reading) or " ".join(rest),
        keys=tuple(
            topic for topic in reading.keys(Sense.TOPIC) if group_named(fold(topic)) is None
        ),
    )

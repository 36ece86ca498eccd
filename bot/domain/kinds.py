"""The one table of session kinds, and the groups people name them by.

A kind is what a data file says a session is; a group is what a person asks for ("keynotes",
"posters", "everything") and may cover several kinds. Labels, colours, command choices, chat
words and reminder targets are all read from here, so adding a kind is one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.domain.vocabulary import singular


class Kind(StrEnum):
    """What a session is, as data files name it."""

    OPENING = "opening"
    KEYNOTE = "keynote"
    ORAL = "oral"
    TALK = "talk"
    POSTER = "poster"
    BREAK = "break"
    MEAL = "meal"
    EXPO = "expo"
    WORKSHOP = "workshop"
    DEBATE = "debate"
    SOCIAL = "social"
    CLOSING = "closing"


class PaperKind(StrEnum):
    """How a paper is presented."""

    ORAL = "oral"
    POSTER = "poster"


@dataclass(frozen=True)
class KindStyle:
    """How a kind looks: its tag in lists and its embed colour (None: the default colour)."""

    label: str
    colour: int | None = None


STYLES: dict[Kind, KindStyle] = {
    Kind.OPENING: KindStyle("Opening"),
    Kind.KEYNOTE: KindStyle("Keynote", 0xF1C40F),
    Kind.ORAL: KindStyle("Orals", 0x3498DB),
    Kind.TALK: KindStyle("Talk", 0x3498DB),
    Kind.POSTER: KindStyle("Posters", 0x2ECC71),
    Kind.BREAK: KindStyle("Break"),
    Kind.MEAL: KindStyle("Meal"),
    Kind.EXPO: KindStyle("Expo"),
    Kind.WORKSHOP: KindStyle("Workshops", 0x1ABC9C),
    Kind.DEBATE: KindStyle("Debate", 0x9B59B6),
    Kind.SOCIAL: KindStyle("Social"),
    Kind.CLOSING: KindStyle("Closing"),
}


class Group(StrEnum):
    """What people ask for: one or more kinds."""

    KEYNOTE = "keynote"
    ORAL = "oral"
    POSTER = "poster"
    WORKSHOP = "workshop"
    BREAK = "break"
    MEAL = "meal"
    SOCIAL = "social"
    EVERYTHING = "everything"


@dataclass(frozen=True)
class GroupInfo:
    """`kinds` it covers; `label` in sentences ("all poster sessions"); `choice` in pickers;
    `words` people type for it, in chat and in free-text reminder targets."""

    kinds: frozenset[Kind]
    label: str
    choice: str
    words: tuple[str, ...] = ()


_NOT_EVERYTHING = frozenset({Kind.BREAK, Kind.MEAL})
"""Breaks and meals are left out of 'everything': nobody wants a reminder for coffee."""

GROUPS: dict[Group, GroupInfo] = {
    Group.KEYNOTE: GroupInfo(
        frozenset({Kind.KEYNOTE, Kind.DEBATE}),
        "all keynotes and debates",
        "keynotes",
        (
            "keynote",
            "keynotes",
            "invited talk",
            "invited talks",
            "invited speaker",
            "invited speakers",
            "big talk",
            "big talks",
            "headline talk",
            "headline talks",
            "speakers",
            "panel",
            "panels",
            "panel discussion",
            "panel discussions",
        ),
    ),
    Group.ORAL: GroupInfo(
        frozenset({Kind.ORAL, Kind.TALK}),
        "all talks and oral sessions",
        "talks and orals",
        (
            "oral",
            "orals",
            "oral session",
            "oral sessions",
            "oral presentation",
            "oral presentations",
            "contributed talks",
            "talk",
            "talks",
            "lecture",
            "lectures",
        ),
    ),
    Group.POSTER: GroupInfo(
        frozenset({Kind.POSTER}),
        "all poster sessions",
        "posters",
        ("poster", "posters", "poster session", "poster sessions"),
    ),
    Group.WORKSHOP: GroupInfo(frozenset({Kind.WORKSHOP}), "all workshops", "workshops"),
    Group.BREAK: GroupInfo(frozenset({Kind.BREAK}), "all breaks", "breaks"),
    Group.MEAL: GroupInfo(frozenset({Kind.MEAL}), "all meals", "meals"),
    Group.SOCIAL: GroupInfo(
        frozenset({Kind.SOCIAL}),
        "all socials",
        "socials",
        ("social", "socials", "social event", "social events", "party", "parties"),
    ),
    Group.EVERYTHING: GroupInfo(
        frozenset(Kind) - _NOT_EVERYTHING,
        "every session (except breaks and meals)",
        "everything",
        ("everything", "all", "all sessions", "every session", "the whole programme"),
    ),
}

REMINDABLE: tuple[Group, ...] = (Group.KEYNOTE, Group.POSTER, Group.ORAL, Group.EVERYTHING)
"""The groups a reminder or an announcement can follow."""
ANNOUNCED_BY_DEFAULT: tuple[Group, ...] = (Group.KEYNOTE, Group.POSTER)
ASKABLE: tuple[Group, ...] = (
    Group.KEYNOTE,
    Group.ORAL,
    Group.POSTER,
    Group.WORKSHOP,
    Group.BREAK,
    Group.MEAL,
    Group.SOCIAL,
)
"""The groups `/next kind:` offers."""


def kinds_of(group: Group | str) -> frozenset[Kind]:
    """The kinds a group covers; an unknown name covers nothing."""
    found = _GROUPS_BY_NAME.get(group)
    return found.kinds if found else frozenset()


def label_of(kind: str) -> str:
    """A session kind's tag in lists; a kind this table does not know is shown as it is."""
    style = _style(kind)
    return style.label if style else kind


def colour_of(kind: str) -> int | None:
    style = _style(kind)
    return style.colour if style else None


def _style(kind: str) -> KindStyle | None:
    return _STYLES_BY_NAME.get(kind)


COUNTED = ("both ", "two ", "three ", "four ", "five ", "six ")
"""How many of a kind a question says it knows of ('the two invited talks on monday')."""


def group_named(phrase: str) -> Group | None:
    """The group a phrase names ('the keynotes', 'all poster sessions', 'both invited talks':
    how many are said is no word of a title); None otherwise.

    `phrase` is already folded to lower-case words separated by single spaces.
    """
    if phrase.partition(" ")[0] in _PREFIX_WORDS:  # each question asks of a dozen phrases
        for prefix in _PREFIXES:
            if phrase.startswith(prefix) and _WORDS.get(phrase[len(prefix) :]):
                phrase = phrase[len(prefix) :]
                break
    return _WORDS.get(phrase)


_PREFIXES = ("all the ", "all ", "every ", "the ", *COUNTED)
_PREFIX_WORDS = frozenset(prefix.split()[0] for prefix in _PREFIXES)
"""The first words of `_PREFIXES`: a phrase starting with none of them has none of them."""


_STYLES_BY_NAME: dict[str, KindStyle] = {kind.value: style for kind, style in STYLES.items()}
"""The same table, looked up by the plain strings rows and records carry."""
_GROUPS_BY_NAME: dict[str, GroupInfo] = {group.value: info for group, info in GROUPS.items()}
_WORDS: dict[str, Group] = {
    word: group for group, info in GROUPS.items() for word in (group.value, *info.words)
}


def kind_asked(
    tokens: Sequence[str], covered: set[int], anchors: frozenset[str]
) -> tuple[Group | None, set[int]]:
    """The kind of session asked for ('keynote', 'poster sessions'), outside named phrases,
    and the words that name it ('invited speaker'); a kind said as what the asked one follows
    ('a social after the workshops', after one of `anchors`) only when no other is named."""
    named: list[tuple[Group | None, set[int]]] = [
        (group, span)
        for size in (3, 2, 1)
        for start in range(len(tokens) - size + 1)
        if not covered & (span := set(range(start, start + size)))
        and (group := _kind(tokens[start : start + size])) is not None
    ]
    before = [set(tokens[max(0, min(span) - 2) : min(span)]) for _, span in named]
    asked = [pair for pair, said in zip(named, before, strict=True) if not said & anchors]
    return _either(tokens, asked) or (asked or named or [(None, set())])[0]


EITHER = frozenset({"or"})
"""The word offering a choice between two kinds ('orals or workshops right now'): both are
asked; 'orals vs posters' or 'orals and posters' may ask each apart ('how many')."""
_STAGED = frozenset({Group.KEYNOTE, Group.ORAL, Group.POSTER, Group.WORKSHOP, Group.SOCIAL})
"""Kinds 'everything' covers: two of them side by side are asked as everything."""


def _either(
    tokens: Sequence[str], asked: list[tuple[Group | None, set[int]]]
) -> tuple[Group | None, set[int]] | None:
    """Everything on stage, when two kinds of it are offered as a choice ('orals or
    workshops'): the choice asks for both, not for the first; a kind inside another's words
    ('talk' of 'invited talk') is no second kind."""
    spans = [pair for pair in asked if not any(pair[1] < other for _, other in asked)]
    if len(spans) != 2 or len({group for group, _ in spans}) != 2:
        return None
    if not all(group in _STAGED for group, _ in spans):
        return None
    first, second = sorted((span for _, span in spans), key=min)
    between = set(tokens[max(first) + 1 : min(second)])
    if not between & EITHER or between - EITHER - {"the", "a", "any", "some"}:
        return None
    return Group.EVERYTHING, first | second


def _kind(phrase: Sequence[str]) -> Group | None:
    last = phrase[-1]
    if last not in _LAST_WORDS and singular(last) not in _LAST_WORDS:
        return None  # no kind's name ends so: each question asks of every run of its words
    return group_named(" ".join(phrase)) or group_named(" ".join(map(singular, phrase)))


_LAST_WORDS = frozenset(word.rpartition(" ")[2] for word in _WORDS)
"""The last word of each name of a kind: a phrase ending otherwise names none."""

"""The one table of session kinds: every kind looks like something, and the groups people ask
for ("the keynotes", "every session") cover the kinds they expect."""

from __future__ import annotations

import pytest

from bot.domain.kinds import (
    ANNOUNCED_BY_DEFAULT,
    ASKABLE,
    GROUPS,
    REMINDABLE,
    STYLES,
    Group,
    Kind,
    PaperKind,
    colour_of,
    group_named,
    kind_asked,
    kinds_of,
    label_of,
)


def test_every_kind_has_a_style_with_a_label() -> None:
    assert set(STYLES) == set(Kind)
    assert all(style.label for style in STYLES.values())


def test_every_group_covers_some_kind_and_has_words_for_sentences_and_pickers() -> None:
    assert set(GROUPS) == set(Group)
    for info in GROUPS.values():
        assert info.kinds
        assert info.label
        assert info.choice


def test_keynotes_cover_debates() -> None:
    assert kinds_of(Group.KEYNOTE) == {Kind.KEYNOTE, Kind.DEBATE}


def test_everything_leaves_out_breaks_and_meals() -> None:
    everything = kinds_of("everything")
    assert Kind.BREAK not in everything
    assert Kind.MEAL not in everything
    assert everything == set(Kind) - {Kind.BREAK, Kind.MEAL}


def test_the_lists_of_groups_offered_are_made_of_known_groups() -> None:
    assert Group.EVERYTHING in REMINDABLE
    assert set(ANNOUNCED_BY_DEFAULT) <= set(REMINDABLE)
    assert Group.EVERYTHING not in ASKABLE
    assert Group.KEYNOTE in ASKABLE


def test_paper_kinds_are_kinds_of_presentation_sessions() -> None:
    assert {kind.value for kind in PaperKind} <= {kind.value for kind in Kind}


@pytest.mark.parametrize(
    ("phrase", "group"),
    [
        ("keynotes", Group.KEYNOTE),
        ("the keynotes", Group.KEYNOTE),
        ("invited talks", Group.KEYNOTE),
        ("all poster sessions", Group.POSTER),
        ("all the posters", Group.POSTER),
        ("orals", Group.ORAL),
        ("every session", Group.EVERYTHING),
        ("everything", Group.EVERYTHING),
        ("the whole programme", Group.EVERYTHING),
    ],
)
def test_group_named_understands_what_people_say(phrase: str, group: Group) -> None:
    assert group_named(phrase) == group


@pytest.mark.parametrize("phrase", ["lunch", "the", "all the lottery tickets", ""])
def test_group_named_is_none_for_anything_else(phrase: str) -> None:
    assert group_named(phrase) is None


def test_known_kinds_have_their_label_and_colour() -> None:
    assert label_of("poster") == "Posters"
    assert colour_of("keynote") == STYLES[Kind.KEYNOTE].colour
    assert colour_of("keynote") is not None
    assert colour_of("break") is None


def test_an_unknown_kind_is_labelled_as_it_is_and_has_no_colour() -> None:
    assert label_of("tutorial") == "tutorial"
    assert colour_of("tutorial") is None


def test_an_unknown_group_covers_no_kind() -> None:
    assert kinds_of("lunch") == frozenset()


@pytest.mark.parametrize(
    ("question", "group"),
    [
        ("any keynotes on friday", Group.KEYNOTE),
        ("which invited talks are left", Group.KEYNOTE),
        ("when do all the poster sessions start", Group.POSTER),
        ("orals or workshops right now", Group.EVERYTHING),
    ],
)
def test_a_kind_is_found_among_a_questions_words(question: str, group: Group) -> None:
    assert kind_asked(question.split(), set(), frozenset())[0] == group


@pytest.mark.parametrize(
    ("group", "name"),
    [
        (group, name)
        for group, info in GROUPS.items()
        for name in (group.value, *info.words)
        if len(name.split()) <= 3  # the longest run of words a kind is looked for in
    ],
)
def test_every_name_of_a_kind_is_found_at_the_end_of_a_question(group: Group, name: str) -> None:
    """However a kind's name ends, a question ending with it asks for that kind."""
    assert kind_asked(["what", "about", *name.split()], set(), frozenset())[0] == group

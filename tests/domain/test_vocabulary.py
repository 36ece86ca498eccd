"""Finding a conference's phrases in a question: longest first, plurals alike, and people's
surnames close to a misspelt one for 'did you mean'."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.text import edit_distance
from bot.domain.vocabulary import Sense, Term, Vocabulary, phrase_key

GAN = Term(Sense.TOPIC, "generative adversarial networks")
POSTERS = Term(Sense.SESSION, "tue-posters")
LIPTON = Term(Sense.AUTHOR, "Zachary C. Lipton")
VOCABULARY = Vocabulary(
    [
        ("GAN", GAN),
        ("generative adversarial networks", GAN),
        ("GAN evaluation", Term(Sense.TOPIC, "GAN evaluation")),
        ("Poster session: GANs", POSTERS),
        ("Zachary C. Lipton", LIPTON),
        ("Léon Bottou", Term(Sense.PERSON, "Léon Bottou")),
    ]
)


def test_the_longest_phrase_wins_at_each_position() -> None:
    (found,) = VOCABULARY.find(["gan", "evaluation", "posters"])
    assert found.keys(Sense.TOPIC) == ["GAN evaluation"]
    assert (found.start, found.end) == (0, 2)


def test_a_plural_names_what_its_singular_names() -> None:
    (found,) = VOCABULARY.find(["gans"])
    assert found.terms == (GAN,)


def test_several_phrases_are_found_left_to_right() -> None:
    found = VOCABULARY.find(
        ["generative", "adversarial", "networks", "by", "zachary", "c", "lipton"]
    )
    assert [item.terms for item in found] == [(GAN,), (LIPTON,)]


def test_accents_do_not_matter() -> None:
    assert VOCABULARY.find(["leon", "bottou"])[0].keys(Sense.PERSON) == ["Léon Bottou"]


def test_a_misspelt_surname_suggests_the_close_ones_only() -> None:
    assert VOCABULARY.close_names("Hinton") == ["Zachary C. Lipton"]
    assert VOCABULARY.close_names("Schmidhuber") == []
    assert VOCABULARY.close_names("Li") == [], "too short to guess from"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(alphabet="aeinrstlö", min_size=1, max_size=9), min_size=1, max_size=40),
    st.text(alphabet="aeinrstlö", min_size=1, max_size=9),
)
def test_close_surnames_are_those_of_comparing_every_surname(
    surnames: list[str], typed: str
) -> None:
    """Only surnames of a near length sharing most letters are compared letter by letter;
    none that is a typo away is missed for it."""
    vocabulary = Vocabulary((f"Ada {name}", Term(Sense.AUTHOR, f"Ada {name}")) for name in surnames)
    last = phrase_key(typed)
    allowed = 1 if len(last[-1]) <= 5 else 2 if last else 0
    every = sorted(
        (edit_distance(last[-1], key[-1], allowed), f"Ada {name}")
        for name in dict.fromkeys(surnames)
        if (key := phrase_key(name))
        and len(last[-1]) >= 4
        and (key[-1][0] == last[-1][0] or allowed == 2)
        and edit_distance(last[-1], key[-1], allowed) <= allowed
    )
    assert vocabulary.close_names(typed) == [name for _, name in every[:3]]


def test_a_hyphenated_compound_typed_as_one_word_names_the_phrase() -> None:
    """'tradeoff' of 'trade-off', 'multiagent' of 'multi-agent': however many compounds are
    joined, the phrase is named, and its words as written still name it."""
    trade = Term(Sense.PAPER, "robustness-accuracy")
    named = Vocabulary([("robustness-accuracy trade-off", trade)])
    for typed in (
        ["robustness", "accuracy", "tradeoff"],
        ["robustnessaccuracy", "tradeoff"],
        ["robustness", "accuracy", "trade", "off"],
    ):
        (found,) = named.find(typed)
        assert found.keys(Sense.PAPER) == ["robustness-accuracy"]
    assert not named.find(["tradeoff"])

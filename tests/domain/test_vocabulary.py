"""Finding a conference's phrases in a question: longest first, plurals alike, and people's
surnames close to a misspelt one for 'did you mean'."""

from __future__ import annotations

from bot.domain.vocabulary import Sense, Term, Vocabulary

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

"""The one retrieval over talks and sessions: whole words and their beginnings, every field,
spellings without umlauts, words a title joins, and coverage that tells a name from a
mention."""

from __future__ import annotations

from dataclasses import replace

from bot.chat.retrieval import SessionIndex
from bot.domain.records import SessionView

TALK = SessionView(
    id=1,
    slug="ecc",
    kind="talk",
    title="ECCHacks",
    starts_at=None,
    ends_at=None,
    timing="verified",
    room="Saal 1",
    topics=("Security",),
    people=(("Katika Kühnreich", "speaker"),),
    talk_title="A gentle introduction to elliptic-curve cryptography",
    description="Curves, points and why they keep your messages safe.",
    url=None,
)
OTHER = replace(
    TALK,
    id=2,
    slug="pixel",
    title="Reverse engineering the Pixel TitanM2 firmware",
    talk_title=None,
    people=(("willem", "speaker"),),
    description="A chip inside phones; block devices are mentioned here.",
)
INDEX = SessionIndex([TALK, OTHER])


def test_a_subtitle_found_by_the_beginnings_of_its_words() -> None:
    (best, *_) = INDEX.search(["elliptic", "curve", "crypto", "intro"])
    assert best.session.slug == "ecc"
    assert best.coverage >= 0.99
    assert best.named


def test_a_name_typed_without_umlauts() -> None:
    (best,) = INDEX.search(["kuehnreich"])
    assert best.session.slug == "ecc"


def test_words_written_apart_that_the_title_joins() -> None:
    (best, *_) = INDEX.search(["pixel", "titan", "m2"])
    assert best.session.slug == "pixel"
    assert best.coverage >= 0.99


def test_a_longer_word_is_not_matched_by_a_short_one_it_begins_with() -> None:
    assert INDEX.search(["blockchain"]) == []


def test_a_word_only_in_a_description_is_a_mention_not_a_name() -> None:
    (hit,) = INDEX.search(["phones"])
    assert not hit.named


def test_unknown_words_lower_the_coverage() -> None:
    (hit, *_) = INDEX.search(["formula", "race", "firmware"])
    assert hit.coverage < 0.5


GERMAN = [
    replace(TALK, id=3, slug="koffein", title="Was ihr schon immer über Koffein wissen wolltet"),
    replace(TALK, id=4, slug="chat", title="Chatkontrolle - Ctrl+Alt+Delete", talk_title=None),
    replace(TALK, id=5, slug="butter", title="Butter making for hackers", talk_title=None),
]


def test_a_word_asked_in_english_finds_the_german_title_that_writes_it_otherwise() -> None:
    index = SessionIndex(GERMAN)
    (caffeine, *_) = index.search(["caffeine"])
    (control, *_) = index.search(["chat", "control"])
    assert caffeine.session.slug == "koffein"
    assert caffeine.named
    assert control.session.slug == "chat"
    assert control.coverage >= 0.99


def test_a_word_the_programme_has_is_never_read_as_one_that_only_sounds_alike() -> None:
    index = SessionIndex([*GERMAN, replace(TALK, id=6, slug="bet", title="Better fuzzing")])
    (caffeine, *_) = index.search(["caffeine"])
    assert caffeine.session.slug == "koffein"
    assert [hit.session.slug for hit in index.search(["better"])] == ["bet"]


def test_two_words_a_title_joins_found_in_either_order() -> None:
    """French and Spanish put the noun first: 'le quiz google' for the 'Googlequiz'."""
    quiz = replace(TALK, id=7, slug="quiz", title="Googlequiz – 2015er Edition", talk_title=None)
    (best, *_) = SessionIndex([TALK, quiz]).search(["quiz", "google"])
    assert best.session.slug == "quiz"
    assert best.coverage >= 0.99


def test_a_speakers_name_is_never_read_as_a_word_that_sounds_alike() -> None:
    """'skate' sounds like 'Scott': a question about skating finds no talk by a Scott."""
    scott = replace(
        TALK, id=8, slug="dprk", title="Computing in Pyongyang", people=(("Will Scott", "speaker"),)
    )
    assert SessionIndex([TALK, scott]).search(["skate"]) == []

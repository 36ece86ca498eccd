"""Papers described in everyday German, the way someone tells a colleague what a paper does:
its verbs said for the network doing it ('übersetzt', 'überspringt'), said with 'zu' inside
('aufzusummieren'), words joined to a short form by a hyphen ('3D-Faltungen'), a phrase in
another ending ('latenten raum'), a hedge ('glaub ich') and something moved 'von einem ... in
einen anderen'. Wordings of this file's own, none from the blind sets."""

from __future__ import annotations

import pytest

from bot.chat.glossary import glossary
from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
NOTHING = ("Nichts gefunden", "Meintest du", "Nothing matches", "did you mean")


def _found(key: str, wording: str, title: str, reply_to: str | None = None) -> Blind:
    return Blind(
        key, ICLR, wording, reply_to=reply_to, locale="de", expect=(title,), forbid=NOTHING
    )


def test_a_verb_said_for_someone_doing_it_is_read_as_the_catalogues_verb() -> None:
    """'übersetzen' and 'überspringen' are listed; a description says them otherwise, and a
    noun ending in 'et' is no verb ('Planet')."""
    german = glossary("de")
    assert german.gloss("ubersetzt")[0] == "translation"
    assert german.gloss("uberspringt")[0] == "skips"
    assert german.gloss("rechnet")[0] == german.gloss("rechnen")[0]
    assert german.gloss("planet")[0] != german.gloss("planen")[0]
    assert german.gloss("aufzusummieren")[0] == german.gloss("aufsummieren")[0]


def test_a_word_after_a_hyphen_and_a_phrase_in_another_ending_are_read() -> None:
    german = glossary("de")
    assert german.gloss("cnn-schichten")[0] == "cnn- layers"
    assert german.gloss("im latenten raum")[0].endswith("latent space")
    assert german.gloss("von facebook, glaub ich")[0].endswith("i think")


async def test_papers_described_in_everyday_german_are_found(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        _found(
            "music",
            "gibts ein paper, wo ein netz musik von einem instrument zu einem anderen übersetzt?",
            "A Universal Music Translation Network",
        ),
        _found("music-code", "und der code dazu?", "github.com/musictranslation", "music"),
        _found(
            "reading",
            "ein lstm, das beim lesen einzelne wörter überspringt, wie hieß das",
            "Structural-Jump-LSTM",
        ),
        _found(
            "latent",
            "meta-lernen im latenten raum statt auf allen gewichten, von deepmind",
            "Latent Embedding Optimization",
        ),
        _found(
            "pulse",
            "ein rl agent, der aus dem puls von menschen lernt, vorsichtig zu sein",
            "Visceral Machines",
        ),
        _found(
            "video",
            "videos vorhersagen mit einem lstm, das 3d-faltungen benutzt",
            "Eidetic 3D LSTM",
        ),
        _found(
            "sets",
            "mengen lernen, indem man die elemente in eine reihenfolge bringt, statt sie "
            "aufzusummieren",
            "Learning Representations of Sets",
        ),
        _found(
            "hidden",
            "beim lstm den gradienten durch den versteckten zustand zufällig blockieren",
            "h-detach",
        ),
    )

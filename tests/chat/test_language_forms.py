"""Needs put in German and French in words a catalogue lists in another form: inflected
('invertierbaren', 'optimise'), joined into a compound ('abschlusszeremonie'), or said with
the common words around a question ('hat naver was präsentiert', 'tu peux m'envoyer une
notification'). Five wordings of each, none of them from the blind sets."""

from __future__ import annotations

from typing import Any

import pytest

from bot.chat.glossary import glossary
from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
CAMP = "camp2019"
BEFORE_CLOSING = "2019-08-25T17:30:00+02:00"
"""Camp 2019's last afternoon: its closing ceremony runs 18:00-18:30 in Curie."""
DE, FR = "de", "fr"


def _each(
    need: str, locale: str, wordings: tuple[str, ...], conference: str = ICLR, **expected: Any
) -> list[Blind]:
    return [
        Blind(f"{need}-{locale}-{n}", conference, wording, locale=locale, **expected)
        for n, wording in enumerate(wordings)
    ]


def test_an_inflected_or_joined_german_word_is_read_as_the_catalogues() -> None:
    """The catalogue lists 'invertierbar', 'kongress' and 'bühne'; questions say them
    otherwise. A day of the event said as one word ('kongresstag') is listed whole: a day."""
    german = glossary("de")
    assert german.gloss("invertierbaren netzen")[0] == "invertible networks"
    assert german.gloss("letzte kongressbuhne")[0] == "last congress stage"
    assert german.gloss("letzter kongresstag")[0] == "last day"
    assert german.gloss("quantisieren")[0].startswith("quantiz")


def test_a_word_of_a_longer_phrase_alone_is_read_as_its_one_word_form() -> None:
    """'offene' is listed only in 'offene hardware'; beside another word it is 'offen'."""
    german = glossary("de")
    assert german.gloss("offene hardware")[0] == "open hardware"
    assert german.gloss("offene lebensmittel")[0] == "open food"


def test_a_title_word_of_the_conference_is_never_read_as_another_form() -> None:
    """A compound the conference's titles hold ('wettervorhersage') is searched as typed,
    so it finds the German talk that has it."""
    german = glossary("de")
    assert german.gloss("wettervorhersage")[0] == "weather prediction"
    assert german.gloss("wettervorhersage", lambda word: word == "wettervorhersage")[0] == (
        "wettervorhersage"
    )


async def test_inflected_words_find_the_paper_in_german(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        *_each(
            "inflected",
            DE,
            (
                "invertierbare netze, gibts da was?",
                "was gibts zu invertierbaren netzen",
                "paper über invertierbare netzwerke?",
                "hat jemand was mit einem invertierbaren netz gemacht",
                "suche arbeiten zu invertierbaren neuronalen netzen",
            ),
            expect=("Analyzing Inverse Problems with Invertible Neural Networks",),
            language_words=("von",),
        ),
    )


async def test_a_verbs_form_finds_what_its_noun_names(store: Store, database_url: str) -> None:
    """'quantisieren' is read as 'quantisierung', 'optimise' as 'optimisation'."""
    await asked(
        store,
        database_url,
        *_each(
            "verb",
            DE,
            (
                "wer quantisiert netze?",
                "paper zum quantisieren von netzen",
                "netze quantisieren, gibts da was",
                "quantisierte netzwerke?",
                "hat wer neuronale netze quantisiert",
            ),
            expect=("Quantiz",),
            language_words=("von",),
        ),
        *_each(
            "verb",
            FR,
            (
                "un papier qui optimise les molécules",
                "optimisation de molécules, ça existe ici ?",
                "des articles sur l'optimisation des molécules ?",
                "quelqu'un optimise des molécules ?",
                "des molécules optimisées, il y a un papier ?",
            ),
            expect=("Molecule Optimization",),
            language_words=("de",),
        ),
    )


async def test_a_compound_names_the_session_it_joins(
    store: Store, database_url: str, camp: None
) -> None:
    """'abschlusszeremonie' is the closing ceremony, asked for its end."""
    await asked(
        store,
        database_url,
        *_each(
            "compound",
            DE,
            (
                "bis wann geht die abschlusszeremonie?",
                "bis wieviel uhr geht die abschlusszeremonie",
                "wie lange dauert die closing zeremonie heute",
                "um wie viel uhr endet die abschlusszeremonie",
                "wann hört die zeremonie zum abschluss auf",
            ),
            conference=CAMP,
            now=BEFORE_CLOSING,
            expect=("Closing ceremony", "18:00"),
            language_words=("Uhr",),
        ),
    )


async def test_a_lab_named_alone_is_found_in_each_language(store: Store, database_url: str) -> None:
    """NAVER's three papers (Clova AI Research), asked with no word saying 'from'."""
    naver = {"expect": ("DialogWAE", "Phase-Aware Speech Enhancement")}
    await asked(
        store,
        database_url,
        *_each(
            "lab",
            DE,
            (
                "was hat naver so vorgestellt?",
                "paper von naver?",
                "hat naver was präsentiert",
                "gibts arbeiten von naver",
                "was bringt naver mit",
            ),
            language_words=("von",),
            **naver,
        ),
        *_each(
            "lab",
            FR,
            (
                "qu'est-ce que naver a présenté ?",
                "les papiers de naver ?",
                "naver a publié quoi cette année",
                "il y a des articles de chez naver ?",
                "naver présente quelque chose ?",
            ),
            language_words=("par",),
            **naver,
        ),
    )


async def test_being_notified_before_a_session_is_asked_in_german_and_french(
    store: Store, database_url: str
) -> None:
    """The help, in the asker's language, names the commands that do it."""
    commands = {"expect_any": ("/remind", "/agenda")}
    await asked(
        store,
        database_url,
        *_each(
            "notify",
            DE,
            (
                "wie krieg ich ne nachricht bevor die keynote anfängt",
                "kannst du mir vor den orals bescheid geben?",
                "sagst du mir bescheid bevor mein poster dran ist?",
                "ich will vor dem vortrag benachrichtigt werden",
                "kann ich eine benachrichtigung vor dem vortrag bekommen?",
            ),
            language_words=("und",),
            **commands,
        ),
        *_each(
            "notify",
            FR,
            (
                "comment recevoir une notif avant un talk ?",
                "tu peux m'envoyer une notification avant la keynote ?",
                "je veux être notifié avant les orals, comment faire",
                "possible d'avoir une notif avant mon poster ?",
                "le bot peut me prévenir avant une session ?",
            ),
            language_words=("et",),
            **commands,
        ),
    )


async def test_a_french_verb_joined_to_its_pronoun_is_read(store: Store, database_url: str) -> None:
    """'y a-t-il', 'est-ce', 'peut-on': the hyphen joins words said apart. Asked on Monday,
    Tuesday's posters open with the GAN session."""
    await asked(
        store,
        database_url,
        *_each(
            "hyphen",
            FR,
            (
                "y a-t-il des posters demain ?",
                "est-ce qu'il y a des posters demain",
                "qu'est-ce qu'il y a comme posters demain ?",
                "peut-on voir des posters demain ?",
                "demain, y a-t-il une session de posters ?",
            ),
            expect=("Poster session: GANs",),
            language_words=("mai",),
        ),
    )

"""Subjects and asks said in German or French the way attendees type them (wordings of this
file's own): a Rubik's cube, the retina and visual cortex, painting with brush strokes, a
classifier made to compute something else, peripheral vision; the company
behind the paper shown, an oral block on a day, what comes after midnight, what the bot keeps
"sur moi", and a slot held every day. Before, each was "nothing matches", another paper, a
company whose name holds the word, or the whole day's programme."""

from __future__ import annotations

import pytest

from bot.chat.glossary import glossary
from bot.store.setup import Store
from tests.chat.blind import Blind, asked, import_schedules
from tests.conftest import venue_time

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

NOTHING = ("No paper matches", "Nothing matches", "did you mean")


def _found(key: str, locale: str, wording: str, title: str, **more: str) -> Blind:
    return Blind(
        key,
        more.get("conference", "iclr2019"),
        wording,
        locale=locale,
        reply_to=more.get("reply_to"),
        now=more.get("now"),
        expect=(title,),
        forbid=NOTHING,
    )


async def test_papers_described_in_german_are_found_with_who_wrote_them(
    store: Store, database_url: str
) -> None:
    """The paper found is the one a reply asking who wrote it is about."""
    await asked(
        store,
        database_url,
        _found("cube", "de", "kann ein netz lernen einen zauberwürfel zu lösen?", "Rubik"),
        _found("cube-who", "de", "wer hat das geschrieben?", "McAleer", reply_to="cube"),
        _found("eye", "de", "cnn modelle nach dem vorbild von netzhaut und sehkortex?", "Retina"),
        _found("eye-who", "de", "wer sind die autoren?", "Ganguli", reply_to="eye"),
        _found("brush", "de", "ein netz, das bilder mit pinselstrichen malt?", "StrokeNet"),
        _found(
            "other",
            "de",
            "paper wo ein bildklassifikator ganz anderes rechnen soll als wofür er gebaut ist",
            "Adversarial Reprogramming",
        ),
        _found(
            "other-firm",
            "de",
            "aus welcher firma kommen die autoren?",
            "Google Brain",
            reply_to="other",
        ),
    )


async def test_subjects_described_in_french_are_found(store: Store, database_url: str) -> None:
    """A paper on peripheral vision."""
    await import_schedules(store, venue_time("2019-05-01T12:00"))
    await asked(
        store,
        database_url,
        _found("eye-fr", "fr", "transfert de style avec une vision périphérique ?", "Metamerism"),
    )


async def test_the_programme_asked_in_german_words_of_its_own(
    store: Store, database_url: str
) -> None:
    """An oral block on a day lists its papers; "nach 0 Uhr" is after midnight, not the first
    hour of the day asked."""
    await import_schedules(store, venue_time("2019-05-01T12:00"))
    await asked(
        store,
        database_url,
        _found(
            "block",
            "de",
            "welche paper gehören zum oral-block donnerstags am nachmittag?",
            "Meta-Learning Update Rules",
        ),
        _found(
            "late",
            "de",
            "gibts nach 0 uhr noch was?",
            "Unnecessarily Complicated Kitchen",
            conference="39c3",
            now="2025-12-27T23:10:00+01:00",
        ),
    )


def test_french_asks_read_in_the_readers_words() -> None:
    """'Boîte' is the company someone works for, what is kept 'sur moi' is the asker's data,
    a closing reception is one kind of closing, and one slot every day asks its time."""
    french = glossary("fr")
    assert french.gloss("c est quelle boite derriere")[0] == "what company is behind it"
    assert "data about me" in french.gloss("tu gardes quoi comme infos sur moi")[0]
    assert "closing reception" in french.gloss("avant la reception de cloture")[0]
    assert "what time every day" in french.gloss("toujours le meme creneau tous les jours")[0]


async def test_the_woman_speaking_now_is_the_speaker_on_stage(
    store: Store, database_url: str
) -> None:
    """'La dame qui parle' points at whoever is on stage: before, 'dame' found the papers of
    the University of Notre Dame."""
    await asked(
        store,
        database_url,
        _found(
            "lady",
            "fr",
            "qui est la dame qui parle sur scène ?",
            "Shuckburgh",
            now="2019-05-07T09:15:00-05:00",
        ),
    )

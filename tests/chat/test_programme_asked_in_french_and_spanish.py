"""The programme asked in French and Spanish the way attendees type in a chat: without
accents, with short forms ("qqch", "q", "pa"), and in the everyday turns each language has for
the questions English understands: something on tonight, what is left today, whether a session
is still going, how long until the next one, what follows a session, where it
is held, a whole day's programme, its last item, a stretch of hours, something starting soon
and clearing every reminder. Each need is asked in English beside them, and answered alike."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
FR, ES = "fr", "es-ES"
WEDNESDAY_LATE = "2019-05-08T17:20:00-05:00"
"""Wednesday's last posters are ending; the sponsor parties start at 19:00."""
THURSDAY_ORALS = "2019-05-09T10:30:00-05:00"
"""Thursday's morning orals (09:45-10:45) are on in Great Hall AD."""
THURSDAY_EARLY = "2019-05-09T08:30:00-05:00"
"""Half an hour before Mirella Lapata's keynote, the day's first session."""
THURSDAY_POSTERS = "2019-05-09T11:30:00-05:00"
"""Thursday's morning posters (from 11:00) are up in Great Hall BC."""


def _both(
    key: str,
    now: str | None,
    expect: tuple[str, ...],
    *asks: tuple[str, str],
    forbid: tuple[str, ...] = (),
) -> list[Blind]:
    """The same need in each language's wordings: every one is right only with the same
    facts, as the English one is."""
    return [
        Blind(
            f"{key}-{locale}-{index}",
            ICLR,
            ask,
            now=now,
            locale=locale,
            expect=expect,
            forbid=forbid,
        )
        for index, (locale, ask) in enumerate(asks)
    ]


async def test_something_on_tonight(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        *_both(
            "tonight",
            WEDNESDAY_LATE,
            ("Sponsor parties",),
            ("en-US", "anything on tonight?"),
            (FR, "ce soir y a qqch ?"),
            (FR, "y a un truc de prevu ce soir"),
            (FR, "il se passe qqc ce soir?"),
            (FR, "on fait quoi ce soir"),
            (ES, "q hay esta noche"),
            (ES, "hay algo pa esta noche?"),
            (ES, "algo previsto para esta noche?"),
            (ES, "q se hace esta noche"),
        ),
    )


async def test_what_is_left_today(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        *_both(
            "left",
            WEDNESDAY_LATE,
            ("Sponsor parties",),
            ("en-US", "what's left today"),
            (FR, "il reste quoi aujourd hui"),
            (FR, "qu est ce qui reste pour aujourd'hui"),
            (FR, "le reste de la journee c koi"),
            (FR, "y a encore qqch auj ?"),
            (FR, "il reste qqch ce soir ?"),
            (ES, "q queda hoy"),
            (ES, "que nos queda pa hoy"),
            (ES, "lo que queda del dia?"),
            (ES, "el resto del dia q hay"),
        ),
    )


async def test_still_going(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        *_both(
            "still",
            THURSDAY_ORALS,
            ("Thursday morning orals",),
            ("en-US", "are the orals still going?"),
            (FR, "les orals c est encore en cours ?"),
            (FR, "c toujours en cours les oraux?"),
            (FR, "les oraux ca continue encore ?"),
            (ES, "los orales siguen en pie?"),
            (ES, "siguen los orales?"),
            (ES, "todavia estan los orales?"),
            (ES, "los orales siguen en marcha"),
        ),
    )


async def test_how_long_until(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        *_both(
            "until",
            THURSDAY_EARLY,
            ("Lapata",),
            ("en-US", "how long till the keynote"),
            (FR, "combien de temps avant la keynote"),
            (FR, "il reste combien de temps avant la keynote ?"),
            (FR, "la keynote c dans combien de temps"),
            (ES, "cuanto falta pa la keynote"),
            (ES, "cuanto queda pa la keynote?"),
            (ES, "en cuanto empieza la keynote"),
        ),
    )


async def test_after_a_session(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        *_both(
            "after",
            THURSDAY_POSTERS,
            ("14:30",),
            ("en-US", "what's after the posters"),
            (FR, "y a quoi apres les posters"),
            (FR, "apres les posters on a quoi ?"),
            (FR, "et apres les posters c quoi"),
            (ES, "q hay despues de los posters"),
            (ES, "y tras los posters?"),
            (ES, "despues de los posters q toca"),
        ),
    )


async def test_where_it_is_held(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        *_both(
            "where",
            WEDNESDAY_LATE,
            ("Great Hall AD",),
            ("en-US", "where is tomorrow's first keynote held"),
            (FR, "la keynote de demain matin ca se passe ou"),
            (FR, "la keynote de demain matin ca a lieu ou ?"),
            (FR, "ou se tient la keynote de demain matin"),
            (ES, "donde es la keynote de manana por la manana"),
            (ES, "donde se celebra la keynote de manana por la manana"),
            (ES, "la keynote de manana x la manana donde se hace?"),
        ),
    )


async def test_a_whole_day(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        *_both(
            "day",
            WEDNESDAY_LATE,
            ("Lapata", "Closing reception"),
            ("en-US", "the whole programme of thursday"),
            (FR, "tout le programme de jeudi stp"),
            (FR, "le programme complet de jeudi"),
            (FR, "jeudi c quoi le programme en entier"),
            (ES, "todo el programa del jueves"),
            (ES, "el programa completo del jueves porfa"),
            (ES, "q hay el jueves, todo"),
        ),
    )


async def test_every_reminder_cleared(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        *_both(
            "clear",
            None,
            ("remind clear",),
            ("en-US", "how do i delete all my reminders"),
            (FR, "efface tous mes rappels"),
            (FR, "supprime tous mes rappels stp"),
            (FR, "comment j annule tous mes rappels"),
            (ES, "borra todos mis recordatorios"),
            (ES, "elimina todos mis avisos"),
            (ES, "quitame todos los recordatorios"),
        ),
    )


async def test_the_last_thing_of_a_day(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        *_both(
            "last",
            WEDNESDAY_LATE,
            ("Closing reception",),
            ("en-US", "last thing on thursday?"),
            (FR, "le dernier truc jeudi c quoi"),
            (FR, "c koi la derniere chose jeudi"),
            (ES, "lo ultimo del jueves?"),
            (ES, "q es lo ultimo el jueves"),
            forbid=("Lapata",),
        ),
    )


async def test_a_stretch_of_hours_said_with_las(store: Store, database_url: str) -> None:
    """Spanish says a stretch of hours with "las" alone ("entre las 2 y las 4"): it is read
    from its first, afternoon hour of the day named, as English reads "between 2 and 4"."""
    await asked(
        store,
        database_url,
        *_both(
            "stretch",
            WEDNESDAY_LATE,
            ("14:00",),
            ("en-US", "what's on between 2 and 4 on thursday"),
            (ES, "q hay entre las 2 y las 4 el jueves"),
            (ES, "el jueves entre las 2 y las 4 hay algo?"),
        ),
    )


async def test_something_starting_soon(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        *_both(
            "soon",
            THURSDAY_EARLY,
            ("Lapata",),
            ("en-US", "anything starting soon?"),
            (FR, "ca commence bientot ?"),
            (ES, "empieza pronto algo?"),
            (ES, "hay algo pronto?"),
        ),
    )


async def test_question_words_shortened_as_typed(store: Store, database_url: str) -> None:
    """Short forms of when, who, how many and now ("qd", "ki", "cb de", "mtn", "cdo") ask
    what the whole words ask."""
    await asked(
        store,
        database_url,
        *_both(
            "short-when",
            WEDNESDAY_LATE,
            ("Lapata", "09:00"),
            (FR, "la keynote de jeudi matin c qd"),
            (ES, "cdo es la keynote del jueves x la manana"),
        ),
        *_both(
            "short-who",
            WEDNESDAY_LATE,
            ("Lapata",),
            (FR, "ki fait la keynote jeudi matin"),
            (FR, "la keynote de jeudi matin c ki"),
        ),
        *_both(
            "short-count",
            WEDNESDAY_LATE,
            ("Lapata", "14:30"),
            (FR, "cb de keynotes jeudi"),
        ),
        *_both(
            "short-now",
            THURSDAY_ORALS,
            ("Thursday morning orals",),
            (FR, "y a quoi mtn"),
        ),
        *_both(
            "short-day",
            WEDNESDAY_LATE,
            ("Lapata", "Closing reception"),
            (FR, "tt le programme de jeudi"),
        ),
    )

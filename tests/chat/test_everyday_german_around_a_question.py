"""Questions asked in everyday German, with words around them that name nothing asked: how
long something goes on said with any verb of lasting, an errand or a mood of the asker's
beside the question, the talk on now named by where it runs, a day of the event said as one
word, whether a paper named is an oral or a poster, and what the asker is busy making."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
CONGRESS = "39c3"
CAMP = "camp2019"
DURING_THE_POSTERS = "2019-05-08T17:10:00-05:00"
SUNDAY_AFTERNOON = "2025-12-28T15:50:00+01:00"
NOTHING = ("Nichts gefunden",)


async def test_how_long_something_goes_on_with_any_verb(store: Store, database_url: str) -> None:
    """Before, 'hängen', 'dauert' or 'laufen' beside 'wie lange' asked no end: all poster
    sessions were listed, or the next poster session a day later was shown as what follows."""
    await asked(
        store,
        database_url,
        Blind(
            "lunch",
            ICLR,
            "wie lange dauert die mittagspause am dienstag?",
            locale="de",
            expect=("13:00", "14:30"),
        ),
        Blind(
            "still-hanging",
            ICLR,
            "wie lang hängen die poster noch?",
            now=DURING_THE_POSTERS,
            locale="de",
            expect=("18:30",),
            forbid=("Poster session: GANs",),
        ),
        Blind(
            "and-then",
            ICLR,
            "wie lange laufen die poster heute noch und was kommt dann?",
            now=DURING_THE_POSTERS,
            locale="de",
            expect=("18:30", "Sponsor parties"),
        ),
    )


@pytest.mark.imported_schedules
async def test_an_errand_or_a_mood_beside_the_question_names_nothing(
    store: Store, database_url: str
) -> None:
    """Before, the errand's words were searched ('taxifahrer', 'zwischen ins'), and 'mittwoch
    morgen' was Wednesday and tomorrow at once."""
    await asked(
        store,
        database_url,
        Blind(
            "navigation",
            ICLR,
            "in welchem gebäude ist die konferenz? muss das ins navi eingeben",
            locale="de",
            expect=("Ernest N. Morial Convention Center",),
            forbid=NOTHING,
        ),
        Blind(
            "breakfast",
            ICLR,
            "wann ist die keynote am mittwoch morgen? will vorher noch frühstücken",
            locale="de",
            expect=("Mittwoch", "09:00"),
        ),
        Blind(
            "awake",
            CONGRESS,
            "bin total müde aber noch wach, läuft noch was?",
            now="2025-12-29T23:50:00+01:00",
            locale="de",
            expect=("Human microservices at the Dutch Railways",),
        ),
        Blind(
            "thesis",
            ICLR,
            "schreib grad meine masterarbeit, gibts was zu graph neural networks?",
            locale="de",
            expect=("How Powerful are Graph Neural Networks?",),
            forbid=("masterarbeit", "Läuft gerade"),
        ),
    )


@pytest.mark.imported_schedules
async def test_what_follows_the_one_on_now_in_its_room(store: Store, database_url: str) -> None:
    """Before, 'nach dem vortrag, der gerade im saal fuse läuft' lost its room, and a doubt
    that the room's day is over ('oder ist da schluss') was read as asking the closing."""
    await asked(
        store,
        database_url,
        Blind(
            "running-there",
            CONGRESS,
            "nach dem vortrag, der gerade im saal fuse läuft, was kommt dann?",
            now=SUNDAY_AFTERNOON,
            locale="de",
            expect=("Auf die Dauer hilft nur Power", "16:35"),
        ),
        Blind(
            "or-is-that-it",
            CONGRESS,
            "nach diesem hier, was kommt im saal zero oder ist da schluss?",
            now=SUNDAY_AFTERNOON,
            locale="de",
            expect=("Lessons from Building an Open-Architecture Secure Element", "16:35"),
        ),
        Blind(
            "happens",
            ICLR,
            "was passiert nach den orals?",
            now="2019-05-07T15:50:00-05:00",
            locale="de",
            expect=("Coffee break", "16:00"),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_day_of_the_event_and_a_named_papers_format(
    store: Store, database_url: str
) -> None:
    """Before, 'camptag' and 'kongresstag' named no day, and 'ist das ein poster' beside a
    paper's name was searched as words of it."""
    await asked(
        store,
        database_url,
        Blind(
            "last-camp-day",
            CAMP,
            "letzter camptag in curie, was kommt da alles?",
            locale="de",
            expect=("Fighting back against Libra",),
        ),
        Blind(
            "first-congress-day",
            CONGRESS,
            "erster kongresstag, saal one, was läuft da?",
            locale="de",
            expect=("Opening Ceremony", "Samstag, 27. Dezember"),
        ),
        Blind(
            "a-poster",
            ICLR,
            "gansynth, ist das ein poster und wer hat das geschrieben?",
            locale="de",
            expect=("GANSynth", "Jesse Engel", "Poster"),
        ),
    )


async def test_a_research_group_and_a_place_listed_with_another(
    store: Store, database_url: str
) -> None:
    """Before, 'gruppe' was read as clustering, and a paper whose authors list two places as
    one ("University of Tübingen and Max Planck Institute ...") was not found by the second."""
    await asked(
        store,
        database_url,
        Blind(
            "group",
            ICLR,
            "welche paper hat die forschungsgruppe von bethge?",
            locale="de",
            expect=("Excessive Invariance Causes Adversarial Vulnerability",),
        ),
        Blind(
            "institute-de",
            ICLR,
            "was kommt alles vom max-planck-institut?",
            locale="de",
            expect=("DeepOBS", "Future Street Scenes"),
        ),
        Blind(
            "institute-en",
            ICLR,
            "papers from the max planck institute?",
            expect=("DeepOBS", "Future Street Scenes"),
        ),
        Blind(
            "second-of-two",
            ICLR,
            "paper von der university of edinburgh?",
            locale="de",
            expect=("ImageNet-trained CNNs are biased towards texture",),
        ),
    )


async def test_an_errand_after_the_question_in_other_languages(
    store: Store, database_url: str
) -> None:
    """The errand said after the question names nothing in English, French and Spanish
    either: before, 'taxi driver' or 'hotel in between' was searched, and the building asked
    in French or Spanish was a word of a paper's title."""
    taxi = ("Ernest N. Morial Convention Center",)
    await asked(
        store,
        database_url,
        Blind(
            "taxi-en",
            ICLR,
            "which building is it all in? need to tell the taxi driver",
            expect=taxi,
        ),
        Blind(
            "hotel-en",
            ICLR,
            "how long is the lunch break on thursday? need to go to the hotel in between",
            expect=("13:00", "14:30"),
        ),
        Blind(
            "taxi-fr",
            ICLR,
            "dans quel bâtiment a lieu la conférence ? je dois le dire au taxi",
            locale="fr",
            expect=taxi,
        ),
        Blind(
            "taxi-es",
            ICLR,
            "en qué edificio es la conferencia? tengo que decírselo al taxista",
            locale="es-ES",
            expect=taxi,
        ),
    )


@pytest.mark.imported_schedules
async def test_a_one_word_title_names_its_talk_alone(store: Store, database_url: str) -> None:
    """A title of one word made of two ("OpenCodes") is the talk asked, and a reply asks
    after it: before, the "open" inside it named the opening ceremony as fully. A word typed
    inside a title's word still names that talk beside another holding it whole."""
    opencodes = Blind(
        "opencodes", CAMP, "opencodes, wer macht den vortrag?", locale="de", expect=("obelix",)
    )
    await asked(
        store,
        database_url,
        opencodes,
        Blind(
            "when-where",
            CAMP,
            "wann und wo?",
            reply_to="opencodes",
            locale="de",
            expect=("12:00", "Curie"),
            forbid=("Opening Ceremony",),
        ),
        Blind("english", CAMP, "who gives opencodes?", expect=("obelix",)),
        # A word typed inside a title's compound still names it: "Theaterstück" for 'theater'.
        Blind(
            "inside",
            "31c3",
            "gibt es ein bisschen theater?",
            locale="de",
            expect=("The Time is Right",),
        ),
    )

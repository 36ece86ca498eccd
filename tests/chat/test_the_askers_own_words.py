"""Words about the asker beside what they ask: where they travel and when they arrive, how
they feel, whether a place is far. None of it names anything at the conference, so the
question is answered for the rest of its words, at every conference."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


@pytest.mark.imported_schedules
async def test_the_asker_arriving_tonight_asks_about_tomorrow(
    store: Store, database_url: str
) -> None:
    """'Tonight' is when the asker arrives; the day asked is tomorrow, and the place they
    travel to is no speaker's name (39C3 lists a speaker called "… Hamburg")."""
    await asked(
        store,
        database_url,
        Blind(
            "hotel",
            ICLR,
            "checking into the hotel tonight, what's the first talk tomorrow?",
            "2019-05-05T20:00:00-05:00",
            expect=("Opening remarks", "08:45"),
        ),
        Blind(
            "camp",
            "camp2019",
            "getting to mildenberg late tonight, what opens tmrw",
            "2019-08-20T21:00:00+02:00",
            expect=("Opening Ceremony", "11:00"),
        ),
        Blind(
            "london",
            "31c3",
            "flying in from london tonight.. first thing tomorrow?",
            "2014-12-26T21:00:00+01:00",
            expect=("Opening Event", "11:00"),
        ),
        Blind(
            "train",
            "39c3",
            "train arrives in hamburg tonight, what kicks off tmrw morning",
            "2025-12-26T19:00:00+01:00",
            expect=("Opening Ceremony", "10:30"),
        ),
        Blind(
            "first-afternoon",
            "31c3",
            "landing in hamburg tonight, what's in saal 6 on the very first afternoon",
            "2014-12-26T19:00:00+01:00",
            expect=("27 Dec",),
            forbid=("26 Dec", "Nothing is scheduled"),
        ),
    )


@pytest.mark.imported_schedules
async def test_how_the_asker_feels_names_nothing(store: Store, database_url: str) -> None:
    """'Starving', 'exhausted', 'ugh': beside a question they leave it as it is; alone, or
    beside a remark about the room, they are small talk."""
    await asked(
        store,
        database_url,
        Blind(
            "hungry",
            ICLR,
            "so hungry lol when is lunch",
            "2019-05-07T12:10:00-05:00",
            expect=("Lunch break", "13:00"),
            forbid=("Authors",),
        ),
        Blind(
            "curie",
            "camp2019",
            "omg exhausted, whats on in curie this afternoon",
            "2019-08-23T12:00:00+02:00",
            expect=("Updates from the Onion",),
        ),
        Blind(
            "next",
            "31c3",
            "tired af, when's the next talk in saal 1",
            "2014-12-28T11:00:00+01:00",
            expect=("Saal 1", "Next"),
        ),
        Blind("cold", "39c3", "ugh freezing in this hall", forbid=("Saal", "Nothing")),
        Blind("queue", ICLR, "bruh this queue is insane", forbid=("Coffee", "Nothing")),
    )


@pytest.mark.imported_schedules
async def test_asking_whether_a_place_is_far_asks_where_it_is(
    store: Store, database_url: str
) -> None:
    """'Is it far', 'long walk?', 'far from the main hall?' ask where, and are not searched."""
    await asked(
        store,
        database_url,
        Blind(
            "workshops",
            ICLR,
            "where do the workshops happen monday, far from here?",
            expect=("Workshop rooms",),
        ),
        Blind(
            "posters",
            ICLR,
            "where are tuesday's poster sessions, far from the main hall?",
            expect=("Great Hall BC", "Poster session: GANs"),
        ),
        Blind(
            "walk",
            ICLR,
            "the wednesday posters, long walk?",
            expect=("Great Hall BC",),
            forbid=("No paper",),
        ),
        Blind("meitner", "camp2019", "where is meitner, is it far", expect=("Meitner",)),
        Blind(
            "one",
            "39c3",
            "how far away is saal one on saturday",
            expect=("Opening Ceremony",),
            forbid=("Nothing",),
        ),
    )

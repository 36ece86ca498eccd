"""Replies about the room of an answer: 'and after that, same tent?' asks what follows in the
one room the answer showed; a room said not to be it ('not the great halls i guess') names
nothing asked, so the reply asks where the answer's session is."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_after_it_in_the_same_room_is_what_follows_there(
    store: Store, database_url: str
) -> None:
    camp = "2019-08-23T21:10:00+02:00"
    congress = "2025-12-28T14:50:00+01:00"
    await asked(
        store,
        database_url,
        Blind("meitner", "camp2019", "whats in meitner rn", now=camp),
        Blind(
            "same",
            "camp2019",
            "after that one, same place?",
            now=camp,
            reply_to="meitner",
            expect=("homographs",),
            forbid=("Kemistry",),
        ),
        Blind("fuse", "39c3", "saal fuse right now?", now=congress),
        Blind(
            "it",
            "39c3",
            "what about after it, same room",
            now=congress,
            reply_to="fuse",
            expect=("Saal Fuse",),
            forbid=("Saal One",),
        ),
    )


@pytest.mark.imported_schedules
async def test_what_follows_a_session_on_its_stage_is_next_in_its_room(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "stage",
            "camp2019",
            "whats playing after las vegas lady at that stage",
            now="2019-08-23T22:11:00+02:00",
            expect=("Planète Concrète",),
            forbid=("Kemistry",),
        ),
        Blind(
            "room",
            "39c3",
            "what comes after the freebox talk in the same room",
            now="2025-12-29T17:32:00+01:00",
            expect=("Build a Fake Phone",),
            forbid=("Saal Fuse",),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_room_denied_names_nothing_asked(store: Store, database_url: str) -> None:
    lunch = "2019-05-07T12:55:00-05:00"
    await asked(
        store,
        database_url,
        Blind("expo", "iclr2019", "whats on over lunch tuesday apart from food", now=lunch),
        Blind(
            "where",
            "iclr2019",
            "which room, not the great hall right?",
            now=lunch,
            reply_to="expo",
            expect=("Room R09",),
        ),
        Blind(
            "stage",
            "39c3",
            "the bluetooth headphone talk - where, not saal zero i hope",
            expect=("Saal One",),
        ),
    )


@pytest.mark.imported_schedules
async def test_right_after_said_before_where_follows_the_session_shown_in_its_room(
    store: Store, database_url: str
) -> None:
    """31C3's keynote ran 11:30-12:30 in Saal 1, and the talk on the government's digital
    agenda followed there at 12:45: 'right after' said before the room, in any language,
    asks that, not where the keynote was."""
    root = Blind("keynote", "31c3", "when was the 31c3 keynote?")
    after = ("Wir beteiligen uns aktiv",)
    wordings = {
        "en-US": "what came right after in the same room?",
        "de": "und was kam gleich danach im selben saal?",
        "fr": "et juste après, dans la même salle ?",
        "es-ES": "y justo despues en la misma sala?",
        "zh-CN": "紧接着同一个厅是什么",
    }
    await asked(
        store,
        database_url,
        root,
        *(
            Blind(locale, "31c3", wording, locale=locale, reply_to=root.id, expect=after)
            for locale, wording in wordings.items()
        ),
    )

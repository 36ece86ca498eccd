"""'Ping me 15 minutes before the chaospager talk': the talk named is shown, with the command
that sets that reminder filled in, instead of the general help."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_reminder_before_a_named_talk_shows_it_and_how_to_set_it(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "ping",
            "39c3",
            "ping me 15 minutes before the chaospager talk please",
            expect=("Chaospager", "Saal One", "/remind add", "minutes:15"),
        ),
        Blind(
            "default",
            "31c3",
            "could you remind me before the fnord news show in saal 2 starts",
            expect=("Fnord News Show (Stream)", "/remind add", "minutes:10"),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_reminder_asked_in_german_or_french_shows_the_talk_and_the_command_in_that_language(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "de",
            "iclr2019",
            "schick mir bitte ne dm 20 min vor der gan-postersession",
            locale="de",
            expect=("Poster session: GANs", "/remind add", "minutes:20", "Erinnerung"),
        ),
        Blind(
            "fr",
            "iclr2019",
            "rappelle-moi 5 min avant les posters sur les gan",
            locale="fr",
            expect=("Poster session: GANs", "/remind add", "minutes:5", "rappel"),
        ),
    )

"""'Coffee break now, right? what comes next': a session said to be on now, then 'what next',
asks what follows it, not for the session itself; so in German and French."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
TUESDAY_COFFEE = "2019-05-07T10:50:00-05:00"
"""During Tuesday's coffee break (10:45-11:00); the GAN posters follow at 11:00."""


async def test_what_follows_the_break_on_now(store: Store, database_url: str) -> None:
    wordings = (
        ("en-US", "it's the coffee break now, right? what comes next"),
        ("de", "kaffeepause jetzt, oder? was kommt dann"),
        ("fr", "c'est la pause café maintenant ? et après c'est quoi"),
    )
    await asked(
        store,
        database_url,
        *(
            Blind(
                f"break-on-{locale}",
                ICLR,
                wording,
                now=TUESDAY_COFFEE,
                locale=locale,
                expect=("Poster session: GANs", "11:00"),
            )
            for locale, wording in wordings
        ),
    )

"""A session's description as /session and chat's summaries show it: whole when it fits, cut
at a sentence end (and said so) when it does not, and the organisers' words named as theirs."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from bot.discord import limits
from bot.domain.records import SessionView, Voice
from bot.programme.render import SUMMARY_CHARS, session_embed, session_summary_embed
from tests.conferences import made_up_conference

SENTENCE = "The maintainers of a mirror network tell how they kept it up through two decades. "
HUGE = SENTENCE * (10_000 // len(SENTENCE) + 1)

CONF = made_up_conference(
    "tosd2031",
    "TOSD 2031",
    "Tiny Open Source Days 2031",
    date(2031, 3, 14),
    date(2031, 3, 15),
    descriptions=Voice.ORGANISERS,
)


def talk(description: str, url: str | None = "https://tosd.example.org/talk/1") -> SessionView:
    return SessionView(
        id=1,
        slug="lights-on",
        kind="keynote",
        title="Keeping the Lights On",
        starts_at=datetime(2031, 3, 14, 9, tzinfo=UTC),
        ends_at=datetime(2031, 3, 14, 10, tzinfo=UTC),
        timing="verified",
        room="Hall 1",
        topics=(),
        people=(("Ada Example", "speaker"),),
        talk_title=None,
        description=description,
        url=url,
    )


def test_session_cuts_a_ten_thousand_character_description_at_a_sentence_and_says_so() -> None:
    embed = session_embed(CONF, talk(HUGE))
    text = embed.description or ""

    assert len(text) <= limits.EMBED_DESCRIPTION
    assert len(embed) <= limits.EMBED_TOTAL
    body, note = text.split("\n\n*")
    assert body.endswith("two decades.")
    assert HUGE.startswith(body)
    assert "the whole description is on [the session's page](https://tosd.example.org/talk/1)" in (
        note
    )


def test_session_without_a_page_still_says_the_description_was_cut() -> None:
    text = session_embed(CONF, talk(HUGE, url=None)).description or ""
    assert text.endswith("*Cut here to fit Discord: the whole description is at its source.*")


def test_session_keeps_a_description_that_fits_whole() -> None:
    assert session_embed(CONF, talk(SENTENCE * 3)).description == (SENTENCE * 3).strip()


def test_a_summary_of_a_huge_description_is_short_and_quoted_as_theirs() -> None:
    embed = session_summary_embed(CONF, talk(HUGE))
    text = embed.description or ""

    assert text.startswith("In the organisers' words: “")
    quoted = text.removeprefix("In the organisers' words: “").removesuffix("”")
    assert len(quoted) <= SUMMARY_CHARS
    assert quoted.endswith("two decades.")
    assert "/session shows all of it" in (embed.footer.text or "")


def test_a_summary_of_our_own_description_is_not_put_in_the_organisers_mouth() -> None:
    ours = replace(CONF, descriptions=Voice.OURS)
    text = session_summary_embed(ours, talk(SENTENCE)).description or ""
    assert text == SENTENCE.strip()
    assert "organisers" not in text


def test_a_summary_of_no_description_says_there_is_none() -> None:
    text = session_summary_embed(CONF, talk("")).description
    assert text == "The organisers give no description of this session."

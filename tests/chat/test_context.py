"""What an answer was about is kept in memory for a while: for a reply by message, for a bare
follow-up by person and place, and never past its time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.chat.context import FOLLOW_UP_WINDOW, REPLY_WINDOW, Contexts, Subject

AT = datetime(2019, 5, 7, 16, 0, tzinfo=UTC)
TALK = Subject(sessions=("tue-invited-goodfellow",))


def test_a_reply_finds_the_subject_of_the_message_it_replies_to() -> None:
    contexts = Contexts()
    contexts.remember(TALK, 11, (1, 2), AT)
    assert contexts.of_reply(11, AT + timedelta(hours=1)) == TALK
    assert contexts.of_reply(12, AT) is None
    assert contexts.of_reply(11, AT + REPLY_WINDOW + timedelta(seconds=1)) is None


def test_a_bare_follow_up_counts_only_soon_after_from_the_same_person_and_place() -> None:
    contexts = Contexts()
    contexts.remember(TALK, 11, (1, 2), AT)
    assert contexts.of_follow_up((1, 2), AT + timedelta(minutes=1)) == TALK
    assert contexts.of_follow_up((1, 3), AT) is None
    assert contexts.of_follow_up((5, 2), AT) is None
    assert contexts.of_follow_up((1, 2), AT + FOLLOW_UP_WINDOW + timedelta(seconds=1)) is None


def test_an_answer_about_nothing_ends_the_follow_up() -> None:
    contexts = Contexts()
    contexts.remember(TALK, 11, (1, 2), AT)
    contexts.remember(Subject(), 12, (1, 2), AT)
    assert contexts.of_follow_up((1, 2), AT) is None
    assert contexts.of_reply(11, AT) == TALK

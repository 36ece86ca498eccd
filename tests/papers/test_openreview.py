"""Reading OpenReview's note format: v1's plain fields and v2's wrapped ones, the paper's own
note among a forum's replies, and the waits a server asks for."""

from __future__ import annotations

import pytest

from bot.papers.openreview import ShapeError, field_text, parse_notes, retry_after

SOURCE = "https://api.openreview.net/notes?id=rJl-b3RcF7"
ABSTRACT = "Neural network pruning techniques can reduce the parameter counts of trained networks."


def v1_note(**content: object) -> dict[str, object]:
    return {"id": "rJl-b3RcF7", "forum": "rJl-b3RcF7", "replyto": None, "content": content}


def test_a_v1_note_gives_its_abstract_and_tldr() -> None:
    payload = {
        "notes": [
            v1_note(
                title="The Lottery Ticket Hypothesis",
                abstract=ABSTRACT,
                **{"TL;DR": "Dense networks contain sparse trainable ones."},
            )
        ]
    }

    found = parse_notes(payload, "rJl-b3RcF7", SOURCE)

    assert found is not None
    assert found.abstract == ABSTRACT
    assert found.tldr == "Dense networks contain sparse trainable ones."
    assert found.source == SOURCE


def test_a_v2_note_gives_the_values_inside_its_fields() -> None:
    payload = {
        "notes": [
            {
                "id": "abc123XYZ",
                "forum": "abc123XYZ",
                "content": {
                    "title": {"value": "A paper"},
                    "abstract": {"value": "  An abstract\nover two lines. "},
                    "TLDR": {"value": "Short."},
                    "venue": {"value": "ICLR 2024 poster"},
                },
            }
        ],
        "count": 1,
    }

    found = parse_notes(payload, "abc123XYZ", SOURCE)

    assert found is not None
    assert (found.abstract, found.tldr) == ("An abstract over two lines.", "Short.")


def test_only_the_papers_own_note_counts_not_the_reviews_of_its_forum() -> None:
    review = {
        "id": "review1",
        "forum": "rJl-b3RcF7",
        "replyto": "rJl-b3RcF7",
        "content": {"review": "Strong paper.", "abstract": "not the authors' words"},
    }
    payload = {"notes": [review, v1_note(abstract=ABSTRACT)]}

    found = parse_notes(payload, "rJl-b3RcF7", SOURCE)

    assert found is not None
    assert found.abstract == ABSTRACT


@pytest.mark.parametrize(
    "payload",
    [
        {"notes": []},
        {"notes": [{"id": "other", "forum": "other", "content": {"abstract": "x"}}]},
        {"notes": [v1_note(title="Withdrawn, no abstract")]},
        {"notes": [v1_note(abstract={"value": None})]},
        {"notes": [{"id": "rJl-b3RcF7", "content": "not a mapping"}]},
    ],
)
def test_a_forum_without_the_papers_abstract_is_none(payload: dict[str, object]) -> None:
    assert parse_notes(payload, "rJl-b3RcF7", SOURCE) is None


@pytest.mark.parametrize("payload", [[], {"name": "NotFoundError"}, {"notes": "x"}, None])
def test_an_answer_that_is_not_a_list_of_notes_is_refused(payload: object) -> None:
    with pytest.raises(ShapeError):
        parse_notes(payload, "rJl-b3RcF7", SOURCE)


def test_iclr_2021s_one_sentence_summary_is_read_as_the_tldr() -> None:
    payload = {"notes": [v1_note(abstract=ABSTRACT, **{"one-sentence_summary": "In short."})]}
    found = parse_notes(payload, "rJl-b3RcF7", SOURCE)
    assert found is not None
    assert found.tldr == "In short."


def test_an_enormous_field_is_cut() -> None:
    assert len(field_text("word " * 10_000, 10_000)) == 10_000
    assert field_text(42, 100) == ""


def test_retry_after_in_seconds_or_as_a_date_on_the_servers_clock() -> None:
    assert retry_after("3", None) == 3.0
    assert retry_after(
        "Sun, 06 Dec 2026 09:00:30 GMT", "Sun, 06 Dec 2026 09:00:00 GMT"
    ) == pytest.approx(30.0)
    assert retry_after("soon", None) is None
    assert retry_after(None, None) is None
    assert retry_after("Sun, 06 Dec 2026 09:00:30 GMT", None) is None

"""What /privacy delete tells a person: how much was removed, counted in good English."""

from __future__ import annotations

import pytest

from bot.privacy.render import privacy_deleted_embed, privacy_embed
from bot.privacy.service import PersonalData


def description(data: PersonalData) -> str:
    embed = privacy_deleted_embed(data)
    assert embed.description is not None
    return embed.description


def test_one_of_each_is_counted_in_the_singular() -> None:
    text = description(PersonalData(subscriptions=1, deliveries=1))
    assert "1 reminder subscription and 1 delivery record." in text
    assert "subscriptions" not in text
    assert "records" not in text


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        (PersonalData(2, 5), "Removed 2 reminder subscriptions and 5 delivery records."),
        (PersonalData(1, 3), "Removed 1 reminder subscription and 3 delivery records."),
        (PersonalData(0, 1), "Removed 0 reminder subscriptions and 1 delivery record."),
    ],
)
def test_deleted_counts_are_stated(found: PersonalData, expected: str) -> None:
    embed = privacy_deleted_embed(found)
    assert embed.title == "Deleted"
    assert expected in description(found)
    assert "No reminder will reach you any more." in description(found)


def test_nothing_stored_means_nothing_to_delete() -> None:
    embed = privacy_deleted_embed(PersonalData(0, 0))
    assert embed.title == "Nothing to delete"
    assert "Removed" not in (embed.description or "")


def test_privacy_show_gives_the_counts_and_how_to_delete() -> None:
    embed = privacy_embed(PersonalData(subscriptions=2, deliveries=7))
    fields = {field.name: field.value for field in embed.fields}
    assert fields["Reminder subscriptions"] == "2"
    assert fields["Delivery records"] == "7"
    assert "/privacy delete" in (fields["Delete it all"] or "")

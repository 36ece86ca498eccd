"""Exceptions the bot only logged or answered politely are kept, so a test can fail on them."""

from __future__ import annotations

import logging

from discord import app_commands

from bot.offline import OfflineDiscord
from tests.offline.conftest import ALICE, PRODUCT_LOG, SampleBot, original


async def test_errors_in_listeners_are_kept(offline: OfflineDiscord) -> None:
    assert await offline.mention(ALICE, "boom") == []
    [(where, error)] = offline.errors
    assert where == "on_message"
    assert isinstance(error, RuntimeError)
    assert offline.unexpected == [error]


async def test_a_command_that_raises_is_unexpected(offline: OfflineDiscord) -> None:
    await offline.slash(ALICE, "crash")
    [error] = offline.unexpected
    assert isinstance(original(error), RuntimeError)
    assert offline.errors == [("/crash", error)]


async def test_a_bug_behind_a_polite_reply_is_unexpected(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ALICE, "polite")
    assert [s.content for s in sent] == ["Something went wrong"]
    assert offline.errors == []
    [error] = offline.unexpected
    assert isinstance(error, KeyError)


async def test_a_user_error_is_not_unexpected(offline: OfflineDiscord) -> None:
    offline.grant_to_everyone("announce")
    await offline.slash(ALICE, "announce", {"text": "hi"})
    [(_, error)] = offline.errors
    assert isinstance(error, app_commands.MissingPermissions)
    assert offline.unexpected == []


async def test_only_the_products_loggers_with_a_traceback_count(offline: OfflineDiscord) -> None:
    PRODUCT_LOG.error("no traceback here")
    try:
        raise ValueError("elsewhere")
    except ValueError:
        logging.getLogger("discord.sample").exception("not the product's logger")
        PRODUCT_LOG.warning("only a warning", exc_info=True)
    assert offline.unexpected == []


async def test_the_log_handler_is_removed_on_close() -> None:
    async with OfflineDiscord(SampleBot()) as harness:
        pass
    try:
        raise ValueError("after close")
    except ValueError:
        PRODUCT_LOG.exception("logged after the harness closed")
    assert harness.unexpected == []

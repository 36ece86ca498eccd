"""The canary: every discord.py internal the offline Discord relies on is where it expects."""

from __future__ import annotations

import asyncio

import pytest
from discord import app_commands

from bot.offline import internals_problems
from bot.offline.canary import TREE_TASK_NAME, is_dispatch_task


def test_discord_py_internals_are_where_offline_expects_them() -> None:
    problems = internals_problems()
    assert problems == [], (
        "discord.py moved internals bot/offline relies on; adapt it before trusting any "
        "offline test:\n  " + "\n  ".join(problems)
    )


def test_canary_names_a_moved_internal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(app_commands.CommandTree, "_call")
    assert internals_problems() == ["discord.app_commands.tree.CommandTree._call is missing"]


async def test_only_tasks_discord_py_names_are_awaited() -> None:
    async def idle() -> None:
        await asyncio.sleep(0)

    tree_task = asyncio.create_task(idle(), name=TREE_TASK_NAME)
    own_loop = asyncio.create_task(idle(), name="confbot-reminders")
    assert is_dispatch_task(tree_task)
    assert not is_dispatch_task(own_loop)
    await asyncio.gather(tree_task, own_loop)

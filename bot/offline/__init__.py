"""The offline Discord: the bot's real discord.py machinery, driven without a network.

What tests, the console and the benchmarks use; the modules beside this one each hold one
part of playing Discord (payloads, checks, routes, transport, faults...).
"""

from bot.offline.canary import internals_problems
from bot.offline.harness import OfflineDiscord
from bot.offline.options import OptionError
from bot.offline.payloads import (
    BOT_USER_ID,
    DEFAULT_CHANNEL_ID,
    DEFAULT_GUILD_ID,
    MANAGER_ROLE_ID,
    OWNER_USER_ID,
    QUIET_ROLE_ID,
    OfflineUser,
)
from bot.offline.state import Sent
from bot.offline.transport import DiscordRejected

__all__ = [
    "BOT_USER_ID",
    "DEFAULT_CHANNEL_ID",
    "DEFAULT_GUILD_ID",
    "MANAGER_ROLE_ID",
    "OWNER_USER_ID",
    "QUIET_ROLE_ID",
    "DiscordRejected",
    "OfflineDiscord",
    "OfflineUser",
    "OptionError",
    "Sent",
    "internals_problems",
]

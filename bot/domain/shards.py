"""Which shards a process holds: Discord splits a big bot's servers between gateway
connections by server id, and a server's announcements go out from the process holding its
shard (DMs and channel reminders go over REST, from any process)."""

from __future__ import annotations

from dataclasses import dataclass

SHARD_ID_SHIFT = 22
"""Discord's rule: shard_id = (guild_id >> 22) % shard_count."""


@dataclass(frozen=True)
class Shards:
    """`count` shards in all, `ids` of them held here."""

    count: int
    ids: frozenset[int]

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValueError("a bot has at least one shard")
        if not self.ids or not all(0 <= shard < self.count for shard in self.ids):
            raise ValueError(f"shard ids must be between 0 and {self.count - 1}")

    def of_guild(self, guild_id: int) -> int:
        return (guild_id >> SHARD_ID_SHIFT) % self.count

    def hold(self, guild_id: int) -> bool:
        return self.of_guild(guild_id) in self.ids

    @property
    def all(self) -> bool:
        """Whether every shard is held here, so no server is another process's."""
        return len(self.ids) == self.count

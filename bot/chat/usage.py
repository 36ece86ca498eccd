"""What a question about using the bot is after ('dm me before every keynote', 'can i wipe
what you keep on me'): the commands for that need, so the help answering it lists those and
not every command with the conference's search examples."""

from __future__ import annotations

from bot.chat.catalogue import reader


def commands_asked(folded: str) -> frozenset[str]:
    """The commands (by the start of their names) of every need the question's words name;
    none when it names no need ('what can you do'), and the whole help answers."""
    return frozenset(
        command for commands, said in reader().usage if said.search(folded) for command in commands
    )

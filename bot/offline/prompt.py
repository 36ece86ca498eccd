"""What the console shows a person at its prompt: the banner, the help and the completion.

The banner is a newcomer's first minute: when the conference is not on, it says when it ran
and how to live through it, with examples that work at the moment it suggests.
"""

from __future__ import annotations

from datetime import date, datetime
from datetime import time as day_time

from bot.domain.records import ConferenceView

CONSOLE_COMMANDS = (
    "Console commands: :reply TEXT (a Discord reply to the bot's last answer) · "
    ":advance 15m (or 2h, 1d) · :goto 2019-05-07T11:30 (a venue time) · :now · "
    ":import FILE-OR-URL · :click LABEL (or :click 2) · :help · :quit"
)
LIVE_MOMENT = day_time(11, 30)
"""The moment a banner suggests for living through a conference that is not on: the second
day (the first is often workshops), late morning, when most programmes are running."""


def install_completion(commands: list[str]) -> None:
    try:
        import readline
    except ImportError:
        return
    words = [f"/{name}" for name in commands] + [
        ":reply",
        ":advance",
        ":goto",
        ":now",
        ":import",
        ":click",
        ":help",
        ":quit",
        "@bot",
    ]

    def complete(text: str, state: int) -> str | None:
        matches = [word for word in words if word.startswith(text)]
        return matches[state] if state < len(matches) else None

    readline.set_completer(complete)
    readline.set_completer_delims(" ")
    readline.parse_and_bind("tab: complete")


def banner(conf: ConferenceView, now: datetime) -> str:
    """The first lines a newcomer reads: when the conference is not on, when it ran and how
    to live through it, with examples that work at the moment suggested."""
    head = f"confbot offline — {conf.name}."
    local = now.astimezone(conf.zone).date()
    if conf.start_date <= local <= conf.end_date:
        return f"{head} {console_help(conf)}"
    moment = datetime.combine(live_day(conf), LIVE_MOMENT, tzinfo=conf.zone)
    typed = f"{moment:%Y-%m-%dT%H:%M}"
    state = "is over" if local > conf.end_date else "has not begun"
    return "\n".join(
        [
            f"{head} The conference {state}: it ran {ran(conf)}, and now is {local:%d %b %Y}.",
            f"Live through it: type :goto {typed}, or start with `confbot console --now "
            f"{moment.isoformat(timespec='minutes')}`; then try these:",
            console_help(conf),
        ]
    )


def live_day(conf: ConferenceView) -> date:
    days = conf.days
    return days[1] if len(days) > 1 else days[0]


def ran(conf: ConferenceView) -> str:
    """'6–9 May 2019', '27–30 Dec 2014', '30 Aug – 2 Sep 2031'."""
    first, last = conf.start_date, conf.end_date
    if (first.month, first.year) == (last.month, last.year):
        return f"{first.day}–{last.day} {last:%b %Y}"
    return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"


def console_help(conf: ConferenceView) -> str:
    """What to type, with the conference's own examples."""
    examples = [*conf.examples.commands, "/now", *(f"@bot {q}" for q in conf.examples.chat[:2])]
    lines = ["Type a slash command or mention the bot:"]
    lines += [f"  {example}" for example in examples]
    return "\n".join([*lines, CONSOLE_COMMANDS])

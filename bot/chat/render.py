"""Answers only chat gives: a person, a room, an award, a part of a day, the next edition,
small talk and "I did not follow". Built from the same line helpers as the slash commands'
answers, so a session reads alike wherever it appears."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, make_embed, set_footer
from bot.discord.literal import literal, literals
from bot.discord.times import approx_footer, when_text
from bot.domain.records import ConferenceView, PaperView, SessionView
from bot.domain.text import counted
from bot.programme.render import session_line

GREETINGS = ("hi", "hello", "hey", "hiya", "yo", "good morning", "good afternoon", "good evening")
THANKS = ("thank", "thx", "ty", "cheers")
FAREWELLS = ("bye", "goodbye", "see you")


def small_talk(folded: str, conf: ConferenceView) -> str:
    """A short friendly line: no embed, no paper, and a pointer to what the bot can do."""
    example = conf.examples.chat[0] if conf.examples.chat else "what's on now?"
    if folded.startswith(GREETINGS):
        return f"Hello! Ask me about {conf.name}, for example “{example}”, or type /help."
    if any(word in folded for word in THANKS):
        return "You're welcome!"
    if folded.startswith(FAREWELLS) or "see you" in folded:
        return "See you there!"
    return f"Glad to help. Ask me anything about {conf.name}, or type /help."


def unclear_embed(conf: ConferenceView, said: str) -> discord.Embed:
    """A statement that names nothing the bot knows: said so, with questions that work."""
    lines = [f"• @bot {question}" for question in conf.examples.chat[:4]]
    embed = make_embed(
        "I'm not sure what you're asking",
        f"Nothing at {conf.name} matches “{_shown(said)}”. Questions I can answer:\n"
        + "\n".join(lines),
    )
    return set_footer(embed, "Type /help for every command.")


def nothing_embed(conf: ConferenceView, said: str, guesses: Sequence[str]) -> discord.Embed:
    """Nothing at the conference has the words: said so, with the closest titles offered as
    guesses rather than shown as the answer."""
    text = f"Nothing at {conf.name} matches “{_shown(said)}”."
    if guesses:
        text += " Did you mean: " + "; ".join(guesses) + "?"
    return make_embed("Nothing matches", text)


def rooms_embed(conf: ConferenceView, rooms: Sequence[str]) -> discord.Embed:
    """Every room the programme uses, counted."""
    lines = bounded_lines([f"• {room}" for room in rooms], limits.EMBED_DESCRIPTION, "more")
    return make_embed(f"{conf.name}: {counted(len(rooms), 'room')}", lines)


def person_embed(
    conf: ConferenceView,
    name: str,
    sessions: Sequence[SessionView],
    papers: Sequence[PaperView],
) -> discord.Embed:
    """Where someone speaks, moderates or presents, and what they wrote."""
    embed = make_embed(f"{name} at {conf.name}")
    for session in sessions:
        roles = [role for person, role in session.people if person == name]
        where = f" · {literal(session.room)}" if session.room else ""
        value = f"{when_text(session, conf.zone)}{where}"
        if session.talk_title:
            value += f"\n*{session.talk_title}*"
        add_field(embed, f"{literal(session.title)} ({', '.join(roles)})", value)
    if papers:
        lines = [_paper_line(paper, conf) for paper in papers]
        add_field(embed, counted(len(papers), "paper"), bounded_lines(lines, limits.FIELD_VALUE))
    if not sessions and not papers:
        embed.description = "Nothing in the programme lists them any more."
    timed = [*sessions, *(s for paper in papers for s in paper.sessions)]
    return set_footer(embed, approx_footer(timed, conf))


def _paper_line(paper: PaperView, conf: ConferenceView) -> str:
    badge = f" 🏆 {paper.award}" if paper.award else ""
    if not paper.sessions:
        return f"• {literal(paper.title)}{badge} (session not known)"
    first = paper.sessions[0]
    where = f", {literal(first.room)}" if first.room else ""
    when = when_text(first, conf.zone)
    return f"• {literal(paper.title)}{badge}: {literal(first.title)}{where}, {when}"


def sessions_embed(
    conf: ConferenceView, heading: str, sessions: Sequence[SessionView], empty: str
) -> discord.Embed:
    """A list of sessions under a heading: a room's, a part of a day's, a named few."""
    embed = make_embed(f"{conf.name}: {heading}")
    if not sessions:
        embed.description = empty
        return set_footer(embed, f"Venue: {conf.venue}")
    lines = [session_line(session, conf.zone, with_day=True) for session in sessions]
    embed.description = bounded_lines(lines, limits.EMBED_DESCRIPTION, "more sessions")
    return set_footer(embed, approx_footer(sessions, conf))


def award_embed(conf: ConferenceView, award: str, papers: Sequence[PaperView]) -> discord.Embed:
    """Every paper with an award, each with its authors and its session."""
    embed = make_embed(f"{conf.name}: {award}", f"{counted(len(papers), 'paper')} won it.")
    for paper in papers:
        value = ", ".join(literals(paper.authors)) or "authors not listed"
        if paper.sessions:
            first = paper.sessions[0]
            where = f", {literal(first.room)}" if first.room else ""
            value += f"\n{literal(first.title)}{where}\n{when_text(first, conf.zone)}"
        if paper.url:
            value += f"\n[Paper]({paper.url})"
        add_field(embed, f"🏆 {literal(paper.title)}", value)
    timed = [s for paper in papers for s in paper.sessions]
    return set_footer(embed, approx_footer(timed, conf))


def next_edition_embed(conf: ConferenceView) -> discord.Embed:
    """What the data file says about the next edition, or that it says nothing."""
    facts = [value for value in conf.next_edition.values() if value]
    text = "\n\n".join(facts) or f"The data for {conf.name} says nothing about a next edition."
    return make_embed(f"After {conf.name}", text)


def no_author_embed(conf: ConferenceView, name: str, close: Sequence[str]) -> discord.Embed:
    """'No paper by Hinton; did you mean Lipton?': the correction named, never made silently."""
    name = name.title() if name.islower() else name
    text = f"No paper at {conf.name} is by “{_shown(name)}”."
    if close:
        named = list(close[:3])
        choices = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " or " + named[-1]
        text = f"No paper by “{_shown(name)}”; did you mean {choices}?"
    return make_embed("No such author", text)


def _shown(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."

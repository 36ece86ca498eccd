"""Answers only chat gives: a person, a room, an award, a part of a day, the next edition,
small talk and "I did not follow". Built from the same line helpers as the slash commands'
answers, so a session reads alike wherever it appears."""

from __future__ import annotations

import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import discord

from bot.chat.catalogue import reader
from bot.chat.context import Subject
from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, make_embed, set_footer
from bot.discord.literal import literal, literals
from bot.discord.times import approx_footer, when_text
from bot.discord.words import group_name
from bot.domain.kinds import Group
from bot.domain.records import ConferenceView, PaperView, SessionView
from bot.domain.text import words
from bot.i18n.catalogues import N_, Domain, translate, translate_plural
from bot.i18n.formats import day_time_label, language_name, list_of, long_day_label
from bot.i18n.languages import Language
from bot.papers.render import own_slot_line
from bot.programme.render import session_line

GREETINGS = (
    *("hi", "hello", "hey", "hiya", "yo", "good morning", "good afternoon", "good evening"),
    *("happy new year", "merry christmas", "merry xmas", "happy holidays", "seasons greetings"),
)
FAREWELLS = ("bye", "goodbye", "see you")


Shown = tuple[discord.Embed, Subject]
"""An answer as shown, and what it was about (for a reply to it)."""


def small_talk(folded: str, conf: ConferenceView, language: Language) -> str:
    """A short friendly line: no embed, no paper, and a pointer to what the bot can do."""
    example = conf.examples.chat[0] if conf.examples.chat else "what's on now?"
    said = words(folded)
    if _opens_with(said, GREETINGS) or reader().greeting.match(" ".join(said)):
        return translate(
            language,
            "Hello! Ask me about {conference}, for example “{example}”, or type /help.",
            domain=Domain.CHAT,
            conference=conf.name,
            example=example,
        )
    if any(word in reader().thanks or word.startswith("thank") for word in said):
        return translate(language, "You're welcome!", domain=Domain.CHAT)
    if _opens_with(said, FAREWELLS) or "see you" in " ".join(said):
        return translate(language, "See you there!", domain=Domain.CHAT)
    if reader().invitation.search(" ".join(said)):  # 'club mate anyone?': none of it on stage
        return nothing_planned(conf, language)
    return translate(
        language,
        "Glad to help. Ask me anything about {conference}, or type /help.",
        domain=Domain.CHAT,
        conference=conf.name,
    )


def _opens_with(said: list[str], phrases: tuple[str, ...]) -> bool:
    """Whether a message begins with one of the phrases as whole words: 'yo' opens "yo bot",
    not "yoga at 8"."""
    return any(said[: len(phrase.split())] == phrase.split() for phrase in phrases)


def reminder_line(title: str, minutes: int, language: Language) -> str:
    """How to be reminded before the talk shown: the command, filled in as asked."""
    return translate(
        language,
        "To be reminded {minutes} min before it starts: /remind add target:{title} "
        "minutes:{minutes}",
        domain=Domain.CHAT,
        title=title,
        minutes=minutes,
    )


def nothing_planned(conf: ConferenceView, language: Language) -> str:
    """An invitation to the channel naming nothing the programme holds ('ultimate frisbee on
    the lawn, anyone?'): a friendly line that is honest that nothing on the programme is
    about it, never a guess at a talk."""
    return translate(
        language,
        "Nothing on the {conference} programme is about that. Ask me anything about "
        "{conference}, or type /help.",
        domain=Domain.CHAT,
        conference=conf.name,
    )


def closest_topic(conf: ConferenceView, said: str, language: Language) -> str:
    """A topic reached by a question's other words, when it also says words the conference
    holds nowhere: honest that nothing is about those, the topic offered as the closest."""
    return translate(
        language,
        "Nothing at {conference} is about “{said}”. The closest topic:",
        domain=Domain.CHAT,
        conference=conf.name,
        said=said,
    )


def unclear_embed(conf: ConferenceView, said: str | None, language: Language) -> discord.Embed:
    """A statement that names nothing the bot knows, with questions that work. `said` is what
    was looked for, when the statement named something to look for (a kind of session, a
    name: 'andrew ng gives a keynote'); a remark that named nothing ('the queue for the toilets
    is insane') asked for nothing, so it is not told that nothing matches it."""
    lines = [f"• @bot {question}" for question in conf.examples.chat[:4]]
    title = translate(language, "I'm not sure what you're asking", domain=Domain.CHAT)
    if said is None:
        return set_footer(
            make_embed(title, "\n".join(lines)),
            translate(language, "Type /help for every command.", domain=Domain.CHAT),
        )
    text = translate(
        language,
        "Nothing at {conference} matches “{said}”. Questions I can answer:",
        domain=Domain.CHAT,
        conference=conf.name,
        said=_shown(said),
    )
    embed = make_embed(title, text + "\n" + "\n".join(lines))
    return set_footer(
        embed, translate(language, "Type /help for every command.", domain=Domain.CHAT)
    )


def nothing_embed(
    conf: ConferenceView, said: str, guesses: Sequence[str], language: Language
) -> discord.Embed:
    """Nothing at the conference has the words: said so, with the closest titles offered as
    guesses rather than shown as the answer."""
    title = translate(language, "Nothing matches", domain=Domain.CHAT)
    if not guesses:
        text = translate(
            language,
            "Nothing at {conference} matches “{said}”.",
            domain=Domain.CHAT,
            conference=conf.name,
            said=_shown(said),
        )
        return make_embed(title, text)
    text = translate(
        language,
        "Nothing at {conference} matches “{said}”. Did you mean: {guesses}?",
        domain=Domain.CHAT,
        conference=conf.name,
        said=_shown(said),
        guesses="; ".join(guesses),
    )
    return make_embed(title, text)


GUESS_PEOPLE = 2
"""Speakers named beside a talk offered as a guess; more are on its card."""


def guess_line(session: SessionView, zone: ZoneInfo, language: Language) -> str:
    """A talk offered as a guess, with who gives it, when and where, so a right guess needs
    no second question ('freiheit.exe — Christiane Mudra (Sun 28 Dec, 20:10, Saal One)')."""
    said = (
        [day_time_label(session.starts_at.astimezone(zone), language)] if session.starts_at else []
    )
    said += [session.room] if session.room else []
    people = ", ".join(name for name, _ in session.people[:GUESS_PEOPLE])
    named = f"{session.title} — {people}" if people else session.title
    return f"{named} ({', '.join(said)})" if said else named


def not_a_day_embed(conf: ConferenceView, language: Language) -> discord.Embed:
    """A day the conference does not hold (before or after it): said so, with when it runs."""
    text = translate(
        language,
        "Nothing is scheduled then: {conference} runs from {first} to {last}.",
        domain=Domain.CHAT,
        conference=conf.name,
        first=long_day_label(conf.start_date, language),
        last=long_day_label(conf.end_date, language),
    )
    return make_embed(translate(language, "Nothing matches", domain=Domain.CHAT), text)


def rooms_embed(conf: ConferenceView, rooms: Sequence[str], language: Language) -> discord.Embed:
    """Every room the programme uses, counted."""
    lines = bounded_lines([f"• {room}" for room in rooms], limits.EMBED_DESCRIPTION, "more")
    title = translate_plural(
        language,
        "{conference}: {count} room",
        "{conference}: {count} rooms",
        len(rooms),
        domain=Domain.CHAT,
        conference=conf.name,
    )
    return make_embed(title, lines)


PANEL = 3
"""People on one session from which its description, not its roles, tells each one's part
(a debate's sides, a panel's chair)."""


def _their_part(session: SessionView, names: Sequence[str]) -> str:
    """The sentences of a panel's description that name them: who argued which side is
    written there, not in their role."""
    if len(session.people) < PANEL:
        return ""
    sentences = re.split(r"(?<=[.!?])\s+", session.description)
    return " ".join(line for line in sentences if any(name in line for name in names))


def person_embed(
    conf: ConferenceView,
    name: str,
    sessions: Sequence[SessionView],
    papers: Sequence[PaperView],
    language: Language,
    *,
    namesakes: Sequence[str] = (),
    lacking: Group | None = None,
) -> discord.Embed:
    """Where someone speaks, moderates or presents, and what they wrote; with `namesakes`,
    the same for each person a surname names ('Semsrott': Arne and Nico); with `lacking`,
    first that they have no session of that kind."""
    names = (name, *namesakes)
    title = translate(
        language,
        "{name} at {conference}",
        domain=Domain.CHAT,
        name=" / ".join(names),
        conference=conf.name,
    )
    lead = _person_lead(" / ".join(names), sessions, papers, language)
    if lacking is not None:
        kind = group_name(lacking, language)
        who = " / ".join(names)
        none = translate(language, "No {kind} by {name}.", domain=Domain.CHAT, kind=kind, name=who)
        lead = f"{none} {lead}".strip()
    embed = make_embed(title, lead)
    for session in sessions:
        roles = [role for person, role in session.people if person in names]
        where = f" · {literal(session.room)}" if session.room else ""
        value = f"{when_text(session, conf.zone, language=language)}{where}"
        if session.language:  # 'their talk, german or english?'
            value += f" · {language_name(session.language, language)}"
        if session.talk_title:
            value += f"\n*{literal(session.talk_title)}*"
        part = _their_part(session, names)
        if part:
            value += f"\n{literal(part)}"
        add_field(embed, f"{literal(session.title)} ({_roles(roles, language)})", value)
    if papers:
        lines = [_paper_line(paper, conf, language) for paper in papers]
        heading = translate_plural(
            language, "{count} paper", "{count} papers", len(papers), domain=Domain.CHAT
        )
        add_field(embed, heading, bounded_lines(lines, limits.FIELD_VALUE))
    if not sessions and not papers:
        embed.description = translate(
            language, "Nothing in the programme lists them any more.", domain=Domain.CHAT
        )
    timed = [*sessions, *(s for paper in papers for s in paper.sessions)]
    return set_footer(embed, approx_footer(timed, conf, language))


def _person_lead(
    name: str, sessions: Sequence[SessionView], papers: Sequence[PaperView], language: Language
) -> str:
    """How often someone is on the programme and how many papers they wrote, said as a
    sentence: a reader of another language expects one before a bare list of titles. English
    cards open with their fields alone, as they always have."""
    if language is Language.ENGLISH:
        return ""
    said: list[str] = []
    if sessions:
        said.append(
            translate_plural(
                language,
                "{name} appears in {count} session.",
                "{name} appears in {count} sessions.",
                len(sessions),
                domain=Domain.CHAT,
                name=name,
            )
        )
    if papers:
        said.append(
            translate_plural(
                language,
                "{count} paper by {name}.",
                "{count} papers by {name}.",
                len(papers),
                domain=Domain.CHAT,
                name=name,
            )
        )
    return " ".join(said)


ROLES = {
    "speaker": N_("speaker", domain=Domain.CHAT),
    "moderator": N_("moderator", domain=Domain.CHAT),
    "panelist": N_("panelist", domain=Domain.CHAT),
    "host": N_("host", domain=Domain.CHAT),
    "chair": N_("chair", domain=Domain.CHAT),
}
"""The roles a programme gives people, in the bot's words: a role the data brings that is not
one of them is shown as the data has it."""


def _roles(roles: Sequence[str], language: Language) -> str:
    shown = [
        translate(language, ROLES[role], domain=Domain.CHAT) if role in ROLES else role
        for role in roles
    ]
    return list_of(shown, language)


def _paper_line(paper: PaperView, conf: ConferenceView, language: Language) -> str:
    badge = f" 🏆 {paper.award}" if paper.award else ""
    if not paper.sessions:
        unknown = translate(language, "session not known", domain=Domain.CHAT)
        return f"• {literal(paper.title)}{badge} ({unknown})"
    first = paper.sessions[0]
    where = f", {literal(first.room)}" if first.room else ""
    when = when_text(first, conf.zone, language=language)
    return f"• {literal(paper.title)}{badge}: {literal(first.title)}{where}, {when}"


def sessions_embed(
    conf: ConferenceView,
    heading: str,
    sessions: Sequence[SessionView],
    empty: str,
    language: Language,
    *,
    until: bool = False,
    lead: bool = True,
    people: bool = False,
) -> discord.Embed:
    """A list of sessions under a heading: a room's, a part of a day's, a named few; `until`:
    each with its end, asked for; `people`: each with its speakers. The heading is framed as
    the language frames a title (Chinese says whose programme it is). A reader of another
    language gets a sentence saying how many before the bare lines (`lead`, unless the heading
    already counts them); English lists open with their lines, as they always have."""
    title = translate(
        language,
        "{conference}: {heading}",
        domain=Domain.CHAT,
        conference=conf.name,
        heading=heading,
    )
    embed = make_embed(title)
    if not sessions:
        embed.description = empty
        venue = translate(language, "Venue: {venue}", domain=Domain.CHAT, venue=conf.venue)
        return set_footer(embed, venue)
    lines = [
        session_line(
            session, conf.zone, with_day=True, language=language, until=until, people=people
        )
        for session in sessions
    ]
    said = _listed_lead(len(sessions), language) if lead else ""
    room = limits.EMBED_DESCRIPTION - len(said)
    embed.description = said + bounded_lines(lines, room, "more sessions")
    return set_footer(embed, approx_footer(sessions, conf, language))


def _listed_lead(count: int, language: Language) -> str:
    if language is Language.ENGLISH:
        return ""
    return count_lead(count, language) + "\n"


def count_lead(count: int, language: Language) -> str:
    """How many sessions a list holds, said in a sentence: the answer to 'how many'."""
    return translate_plural(
        language,
        "{count} session is listed.",
        "{count} sessions are listed.",
        count,
        domain=Domain.CHAT,
    )


def award_embed(
    conf: ConferenceView, award: str, papers: Sequence[PaperView], language: Language
) -> discord.Embed:
    """Every paper with an award, each with its authors and its session."""
    won = translate_plural(
        language, "{count} paper won it.", "{count} papers won it.", len(papers), domain=Domain.CHAT
    )
    embed = make_embed(f"{conf.name}: {award}", won)
    for paper in papers:
        value = ", ".join(literals(paper.authors)) or translate(
            language, "authors not listed", domain=Domain.CHAT
        )
        if paper.sessions:
            first = paper.sessions[0]
            where = f", {literal(first.room)}" if first.room else ""
            value += (
                f"\n{literal(first.title)}{where}\n{when_text(first, conf.zone, language=language)}"
            )
            slot = own_slot_line(first, paper, conf.zone, language)
            value += f"\n{slot}" if slot else ""
        if paper.url:
            value += f"\n[Paper]({paper.url})"
        add_field(embed, f"🏆 {literal(paper.title)}", value)
    timed = [s for paper in papers for s in paper.sessions]
    return set_footer(embed, approx_footer(timed, conf, language))


def next_edition_embed(conf: ConferenceView, language: Language) -> discord.Embed:
    """What the data file says about the next edition (in the data's words), or that it says
    nothing."""
    facts = [value for value in conf.next_edition.values() if value]
    if facts and language is not Language.ENGLISH:
        # The facts are the data's own words, kept untranslated: said so, in the reader's language.
        facts.insert(
            0,
            translate(
                language,
                "What the data says about the next edition, in its own words:",
                domain=Domain.CHAT,
            ),
        )
    text = "\n\n".join(facts) or translate(
        language,
        "The data for {conference} says nothing about a next edition.",
        domain=Domain.CHAT,
        conference=conf.name,
    )
    title = translate(language, "After {conference}", domain=Domain.CHAT, conference=conf.name)
    return make_embed(title, text)


def no_author_embed(
    conf: ConferenceView, name: str, close: Sequence[str], language: Language
) -> discord.Embed:
    """'No paper by Hinton; did you mean Lipton?': the correction named, never made silently."""
    name = name.title() if name.islower() else name
    title = translate(language, "No such author", domain=Domain.CHAT)
    if not close:
        text = translate(
            language,
            "No paper at {conference} is by “{name}”.",
            domain=Domain.CHAT,
            conference=conf.name,
            name=_shown(name),
        )
        return make_embed(title, text)
    named = list(close[:3])
    choices = named[0] if len(named) == 1 else _either(named, language)
    text = translate(
        language,
        "No paper by “{name}”; did you mean {choices}?",
        domain=Domain.CHAT,
        name=_shown(name),
        choices=choices,
    )
    return make_embed(title, text)


def _either(named: list[str], language: Language) -> str:
    """'A, B or C' in English, as the bot always wrote it; the language's own 'or' list else."""
    if language is Language.ENGLISH:
        return ", ".join(named[:-1]) + " or " + named[-1]
    return list_of(named, language, style="or")


def _shown(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


def noted_embed(
    conf: ConferenceView, lines: list[str], language: Language, said: str = ""
) -> discord.Embed:
    """The conference's own notes a question's words found (`bot.chat.noted`), under its
    name; written in English as the data has them, so a reader of another language is told
    so in theirs first, with the words of theirs they were found by (`said`, as typed): an
    English line alone would not show it answers 'taux d'acceptation'."""
    lead = ""
    if language is not Language.ENGLISH and said:
        lead = translate(language, OWN_WORDS_ON, domain=Domain.CHAT, said=said) + "\n"
    elif language is not Language.ENGLISH:
        lead = translate(language, OWN_WORDS, domain=Domain.CHAT) + "\n"
    return make_embed(conf.name, lead + "\n".join(lines))


OWN_WORDS = N_("What the conference's data says, in its own words:", domain=Domain.CHAT)
OWN_WORDS_ON = N_(
    "What the conference's data says about “{said}”, in its own words:", domain=Domain.CHAT
)

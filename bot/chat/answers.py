"""A chat question answered: read (`reading`), decided (`intent`, or `follow` for a reply to an
earlier answer), then answered with the same answers the slash commands give, or with the
answers only chat has (`render`). Each answer says what it was about (`Subject`), so a reply
to it can be read in its context."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat import guesses, moments, render, timely, topical
from bot.chat.aliases import alike, either_searched, of_topics, searched
from bot.chat.alongside import alongside
from bot.chat.announced import announcing
from bot.chat.awarded import winners
from bot.chat.boards import on_board
from bot.chat.checked import checked, presented
from bot.chat.context import Subject
from bot.chat.facets import asked_of
from bot.chat.follow import asked_of_itself, continued, in_context
from bot.chat.guesses import GUESS, GUESSES, ahead, only_offered, whole_words
from bot.chat.intent import Action, Intent, decide
from bot.chat.labs import affiliated, of_a_lab
from bot.chat.likeness import likeness_asked, papers_like_reply
from bot.chat.meaning import LEADING_REMARK, held_papers, papers_found
from bot.chat.noted import noted, one_figure
from bot.chat.passing import in_passing, placed, unheld_room
from bot.chat.persistence import room_notes
from bot.chat.presenting import its_session, presenting
from bot.chat.reading import Asks, clean, kind_named, read
from bot.chat.recorded import recorded
from bot.chat.reminding import Reminding, reminder_asked
from bot.chat.render import Shown
from bot.chat.reply import Reply
from bot.chat.scope import counted, listed, scope_of
from bot.chat.service import Known, Memory, narrowed
from bot.chat.shown import (
    few_named,
    guesses_shown,
    mentions_shown,
    offers,
    papers_offered,
    sessions_shown,
    with_mentions,
)
from bot.chat.spoken import kept_to_spoken
from bot.chat.theirs import also_written, person
from bot.chat.told import told
from bot.chat.topical import beside, described, linked_paper, one_of_topic, themed, topic
from bot.chat.usage import commands_asked
from bot.clock import Clock
from bot.domain.errors import DomainError, NotFound, UnknownDay
from bot.domain.records import ConferenceView
from bot.domain.text import words
from bot.domain.vocabulary import phrase_key
from bot.i18n.catalogues import Domain, translate
from bot.i18n.languages import Language
from bot.papers import answers as papers
from bot.papers import service as paper_service
from bot.programme import answers as programme
from bot.programme import render as programme_render

WHOLE = 0.99
"""A talk answers outright only when it holds every word left (a long one by its start)."""


async def answer_question(
    db: AsyncSession,
    conf: ConferenceView,
    clock: Clock,
    memory: Memory,
    text: str,
    revision: int | None = None,
    context: Subject | None = None,
    *,
    replied: bool = False,
    language: Language | None = None,
) -> Reply:
    """The reply to a chat question; `revision` is the conference's, if the caller knows it;
    `context` what the answer it replies to (`replied`) or follows right after was about."""
    if context is None and (parts := asked_of_itself(text)) is not None:  # 'x, and theirs?'
        first = await answer_question(db, conf, clock, memory, parts[0], revision)
        if len(first.subject.sessions) + len(first.subject.papers) == 1:
            return await answer_question(db, conf, clock, memory, parts[1], revision, first.subject)
    like = likeness_asked(clean(text), context)
    if like is not None:
        return await papers_like_reply(db, conf, like, context)
    text, known = kept_to_spoken(text, await memory.known(db, conf, revision), context)
    before = context.language if context else None
    opens = known.affiliations.opening
    reading = read(text, known.vocabulary, conf, before, known.holds, known.near, opens)
    if language is not None:  # part of another question, asked in its language
        reading = replace(reading, language=language)
    facts = await checked(db, conf, reading, context) if context else None
    facts = facts or (asked_of(reading, context, known, replied=replied) if context else None)
    followed = in_context(reading, context, known, conf.zone, replied=replied) if context else None
    if context and reading.language is Language.ENGLISH:
        reading = replace(reading, language=continued(reading, context))
    if facts is not None and context is not None:  # 'authors on that one?': the fact alone
        said = await told(db, conf, facts, reading.language)
        return Reply(content=said, subject=context, language=reading.language)
    if (board := await on_board(db, conf, reading)) is not None:  # 'the paper at board 55'
        return Reply(board[0], subject=replace(board[1], language=reading.language))
    asked = moments.last_day_held(conf, known.sessions, followed or decide(reading))
    asked = replace(
        asked,
        language=reading.language,
        echo=reading.echo.shown(asked.query),
        question=text,
        in_english=reading.meant(text),
        unheld=reading.strangers,
    )
    match asked.action:
        case Action.HELP:
            wanted = reminder_asked(reading.language, text, reading.folded)
            named = await _reminded(db, conf, clock, memory, known, wanted) if wanted else None
            asking = commands_asked(reading.folded)
            return named or Reply(language=reading.language, commands=asking)
        case Action.SMALL_TALK:
            return Reply(content=render.small_talk(reading.folded, conf, reading.language))
        case Action.UNCLEAR:
            embed, subject = await _statement(
                db,
                conf,
                clock,
                known,
                asked,
                named=bool(reading.found or reading.group),
                question=asked.in_english,
            )
            return Reply(embed, subject=subject)
    try:
        embed, subject = recorded(conf, known, asked, await _answer(db, conf, clock, known, asked))
        if reading.invites and timely.unplanned(conf, clock, known, asked, subject.empty):
            raise NotFound("session", asked.query)
    except NotFound:
        if not reading.invites:
            raise
        return Reply(content=render.nothing_planned(conf, reading.language))
    except UnknownDay:
        if timely.outside(conf, clock, asked):  # 'anything this morning?' once it is over
            embed, subject = timely.now(conf, clock, known, replace(asked, after=None))
            return Reply(embed, subject=replace(subject, language=asked.language))
        if asked.language is Language.ENGLISH:
            raise  # the bot's error answer, listing the days, as a slash command gets it
        return Reply(render.not_a_day_embed(conf, asked.language))
    return Reply(embed, subject=replace(subject, language=asked.language))


async def _reminded(
    db: AsyncSession,
    conf: ConferenceView,
    clock: Clock,
    memory: Memory,
    known: Known,
    want: Reminding,
) -> Reply | None:
    """'Remind me 5 min before the lockpicking talk': that talk, in the question's language,
    with the command that sets the reminder; None (the help) when the words name no one thing."""
    try:
        shown = await answer_question(db, conf, clock, memory, want.what, language=want.language)
    except DomainError:
        return None
    if len(shown.subject.sessions) != 1 or shown.embed is None or shown.content:
        return None
    talk = next(s for s in known.sessions if s.slug == shown.subject.sessions[0])
    narrowed = shown.subject.topics or shown.subject.people  # the one listed is the one asked
    if talk.title not in (shown.embed.title or "") and not narrowed:
        return None  # 'before my poster': the next one, shown after nothing that day, is no one's
    return replace(shown, content=render.reminder_line(talk.title, want.minutes, want.language))


async def _answer(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
    match asked.action:
        case Action.NOW:
            return await timely.now_held(db, conf, clock, known, asked)
        case Action.AT:
            return timely.at_time(conf, clock, known, asked)
        case Action.KEYNOTES:
            return await timely.keynotes(db, conf, known, asked)
        case Action.POSTERS:
            return await timely.posters(db, conf, clock, known, asked)
        case Action.FIRST:
            return await timely.first(db, conf, clock, known, asked)
        case Action.SCHEDULE:
            shown = await programme.schedule(db, conf, clock, asked.day, asked.language)
            return shown, Subject(day=moments.day_key(conf, clock, asked))
        case Action.CONFERENCE:
            notes = noted(conf, asked.question) or one_figure(conf, asked.query)
            if notes:  # '% female presenters': the figure asked, not the whole card
                return render.noted_embed(conf, notes, asked.language, asked.echo), Subject()
            shown = programme_render.conference_embed(
                conf, len(known.sessions), known.papers, [], asked.language
            )
            return shown, Subject()
        case Action.NEXT_EDITION:
            if (telling := announcing(conf, known, asked)) is not None:  # 'when do they announce'
                return await sessions_shown(db, conf, [telling], asked.language)
            return render.next_edition_embed(conf, asked.language), Subject()
        case Action.WINDOW:
            return await timely.window(db, conf, clock, known, asked)
        case Action.PERSON:
            return await person(db, conf, clock, known, asked)
        case Action.AUTHOR:
            return await _author(db, conf, clock, known, asked)
        case Action.ALSO_WRITTEN:
            return await also_written(db, conf, asked)
        case Action.ROOM:
            return await _room(db, conf, clock, known, asked)
        case Action.AWARD:
            return await winners(db, conf, asked)
        case Action.SESSION:
            return await _session(db, conf, clock, known, asked)
        case Action.PAPER:
            key = await presented(db, conf, asked)
            card = await papers.paper(db, conf, key, asked.language, held_papers(known))
            return card, Subject(papers=(key,))
        case Action.TOPIC:
            return await topic(db, conf, clock, known, asked)
        case Action.ITS_SESSION:
            return await its_session(db, conf, asked)
        case Action.ALONGSIDE:
            beside = alongside(conf, clock, known, asked)
            if beside is not None:
                return beside
        case Action.ROOMS:
            return render.rooms_embed(conf, known.rooms(), asked.language), Subject()
    return await _search(db, conf, clock, known, asked)


async def _statement(
    db: AsyncSession,
    conf: ConferenceView,
    clock: Clock,
    known: Known,
    asked: Intent,
    *,
    named: bool,
    question: str,
) -> Shown:
    """A remark that asks nothing: answered only if a talk or paper has all its words
    ('lotery tiket' is a paper's name misspelt; 'free pizza in the hall' is not), or if it
    is plainly about a topic ('stuff on squeezing big models onto devices'); only a remark
    that `named` something (a kind, a name) is told that nothing matches it."""
    query, said, language = asked.query, asked.echo, asked.language
    hits = searched(known.index, query)
    whole = [hit.session for hit in hits if hit.coverage >= WHOLE]
    if whole:
        return await sessions_shown(db, conf, whole, language)
    if known.has_papers:
        found = await papers_found(db, conf, known, query)
        linked = await linked_paper(db, conf, known, asked, found)
        if linked is not None:  # a title as typed ('big-little net') before words anywhere
            found = linked
        if found.papers and (linked or not only_offered(query, found, known)):
            return await topical.found_paper(db, conf, clock, known, asked, found)
        if found.readings:  # 'lotery tiket': found only under another spelling, so offered
            return papers_offered(conf, asked, found)
    meant = await described(db, conf, known, asked)
    if meant is not None:  # 'build your own telescope talk'
        return meant
    on_topic = await themed(db, conf, clock, known, asked)
    if on_topic is not None:
        return on_topic
    notes = noted(conf, query)
    if notes:  # 'site where the posters are hosted online'
        return render.noted_embed(conf, notes, asked.language), Subject()
    guessed = [hit.session for hit in hits if hit.coverage >= GUESS and hit.named][:3]
    lexical = guessed or ([hits[0].session] if ahead(hits) else [])
    offered = await offers(
        db, conf, known, lexical, question, said, language, hits, query, LEADING_REMARK
    )
    if offered is not None:
        return offered
    return render.unclear_embed(conf, said if named else None, language), Subject()


async def _search(
    db: AsyncSession,
    conf: ConferenceView,
    clock: Clock,
    known: Known,
    asked: Intent,
    found: paper_service.Found | None = None,
) -> Shown:
    """Whatever the words name: the talks and sessions they name outright, else the papers
    that have them (`found`: as the author look-up's read found them), else the talks that
    mention them all; a weaker match is offered, never shown, and a conference without
    papers never says that no paper matches."""
    hits = either_searched(known.index, asked.query, asked.question)
    day = moments.day(conf, clock, asked)
    whole = [hit.session for hit in hits if hit.coverage >= WHOLE]
    whole = narrowed(whole, conf, day=day, part=asked.part, group=asked.group) or (
        [] if day or asked.group else whole
    )
    named = [s for s in whole if any(h.session is s and h.named for h in hits)]
    who = Asks.WHO in asked.asks  # 'who talked about heartbleed': each with its speakers
    named = timely.running_named(with_mentions(whole, named, day, asked), clock, asked, known.index)
    if named:  # 'anything on building qubits': the talk named, and one like it
        together = await beside(db, conf, known, asked, named)
        people = who or few_named(together)
        return await sessions_shown(db, conf, together, asked.language, people=people)
    unheld = unheld_room(asked, known.rooms())
    if unheld is not None:  # 'room r12' of a venue without one: said so, its rooms offered
        return render.nothing_embed(conf, unheld, known.rooms(), asked.language), Subject()
    if asked.now:  # 'what's on now? (in the main hall)': the moment outranks loose words
        return await timely.now_held(db, conf, clock, known, asked)
    lab = await of_a_lab(db, conf, known, asked)
    if lab is not None:  # 'papers from google brain', 'the salesforce dialogue paper'
        return lab
    near: list[str] = []
    if known.has_papers:
        found = found or await papers_found(db, conf, known, asked.query)
        plain = guesses.kindless(asked) or asked.query  # 'is that an oral?' asks a fact of it
        linked = await linked_paper(db, conf, known, asked, found)
        if linked is not None:  # 'forum page on openreview for the maestro dataset'
            return papers.paper_embed(conf, linked, asked.language), Subject(
                papers=(linked.papers[0].slug,)
            )
        if not (found.papers and whole_words(plain, found.papers[0])):
            meant = await described(db, conf, known, asked)
            if meant is not None:  # 'an oral on transcribing + generating piano music'
                return meant
        one = await topical.within_topic(db, conf, clock, known, asked, found)
        if one is not None:  # 'averaging gan weights during training': that paper of the topic
            return one
        rivals = await topical.outranking(db, conf, known, asked, found)
        weak = rivals is not None or (bool(found.papers) and only_offered(plain, found, known))
        if found.papers and not whole_words(plain, found.papers[0]):
            card = None if weak else found.papers[0]
            on_topic = await themed(db, conf, clock, known, asked, card)
            if on_topic is not None:  # 'shrinking models for phones': no paper has them all
                return on_topic
        # 'sign language': offered, not shown; a reply asks its facts of what was offered
        if found.papers and weak:
            return papers_offered(conf, asked, found, rivals or ())
        if found.papers:
            return papers.paper_embed(conf, found, asked.language), Subject(
                papers=(found.papers[0].slug,)
            )
        near = [paper.title for paper in found.near]
    if whole:
        together = await beside(db, conf, known, asked, whole)
        return await mentions_shown(db, conf, together, asked, people=who or few_named(together))
    meant = None if known.has_papers else await described(db, conf, known, asked)
    if meant is not None:  # 'pacemaker / heart implant security stuff': the talk on it
        return meant
    if asked.keys:  # 'cnns fooled by texture over shape': that paper of the topic, else the
        # topic named, beside a word nothing has ('some quiz / game show thing')
        one = await one_of_topic(db, conf, clock, known, asked)
        return one if one is not None else await topic(db, conf, clock, known, asked)
    hits = guesses.topical(known, asked, hits)
    guessed = guesses.guessed(asked, hits)
    said = asked.echo or asked.query
    on_topic = await themed(db, conf, clock, known, asked)
    if on_topic is not None:
        return on_topic
    notes = noted(conf, asked.query)
    if notes:  # 'roughly how many posters per poster session'
        return render.noted_embed(conf, notes, asked.language), Subject()
    offered = await offers(  # 'filming slow motion on the cheap'
        db, conf, known, guessed, asked.in_english, said, asked.language, hits, asked.query
    )
    if offered is not None:
        return offered
    if known.has_papers and asked.language is Language.ENGLISH:
        raise NotFound("paper", asked.query.strip(), near)
    return guesses_shown(conf, said, [], asked.language)


async def _author(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
    """An author the vocabulary does not hold (a very large conference keeps no author names
    in memory), looked up by name; else the close names, said out loud; words after 'by'
    that are nobody's name ('by trial and error') are searched for like any others."""
    typed, said = asked.query, words(asked.query)
    runs = (known.affiliations.named(" ".join(said[start:])) for start in range(len(said)))
    listed = next((lab for lab in runs if lab is not None), None)  # 'by google brain'
    searched = (asked.content or typed) if known.has_papers and listed is None else None
    written, found = await paper_service.by_author_else_found(
        db, conf, typed, searched, papers.SHOWN, known.spelling, held_papers(known)
    )
    if not written and listed is not None:  # 'by people at stanford'
        return await affiliated(db, conf, listed, asked.language, held_papers(known))
    close = [] if written else known.vocabulary.close_names(typed)
    if close and phrase_key(close[0])[-1:] == phrase_key(typed)[-1:]:
        typed = close[0]  # 'pfuelb' is how 'Pfülb' is typed without umlauts, not a typo
        written = await paper_service.by_author(db, conf, typed)
    if not written and not close:
        fallback = replace(asked, query=asked.content or typed)
        return await _search(db, conf, clock, known, fallback, found)
    if not written:
        return render.no_author_embed(conf, typed, close, asked.language), Subject()
    wanted = words(typed)
    names = {a for paper in written for a in paper.authors if words(a)[-len(wanted) :] == wanted}
    subject = Subject(papers=tuple(paper.slug for paper in written[:1]))
    if len(names) > 1:
        name = typed.title() if typed.islower() else typed
        return render.person_embed(conf, name, [], written, asked.language), subject
    (name,) = names
    subject = Subject(papers=subject.papers, people=(name,))
    shown = render.person_embed(conf, name, known.with_person(name), written, asked.language)
    return shown, subject


async def _room(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
    if not asked.keys:  # 'the main hall' of a conference whose rooms are not called so
        busiest = Counter(s.room for s in known.sessions if s.room).most_common(1)
        asked = replace(asked, keys=tuple(room for room, _ in busiest))
    inside = known.in_rooms(asked.keys)
    if (moments.now_there(asked, inside, clock) or asked.at or asked.offset) and not asked.onward:
        if asked.after:  # 'what's on in the big hall after the keynote'
            start = moments.start(conf, clock, asked)
            moment = moments.after(conf, known.index, start, asked.after)
        else:
            moment = moments.moment(conf, clock, asked)
        for running in moments.on_now(inside, moment) if Asks.PAPERS in asked.asks else ():
            # 'which papers is the main hall on now': the papers of what runs there
            shown, held = await programme.session_listing(db, conf, running.slug, asked.language)
            if held:
                return shown, Subject(sessions=(running.slug,), papers=held, rooms=asked.keys)
        then = timely.on_at(conf, inside, moment, asked, rooms=asked.keys)
        return await presenting(db, conf, known, then, moment, asked.language)
    day = moments.day(conf, clock, asked)
    found = narrowed(known.in_rooms(asked.keys), conf, day=day, part=asked.part, group=asked.group)
    if asked.onward:  # 'what has saal one got after 10pm': that night's, from then on
        moment = moments.moment(conf, clock, asked)
        found = moments.onward(conf, known.in_rooms(asked.keys), moment, asked.group, asked.until)
        day = moment.date()
    if asked.after:  # 'and later that day?' in the room shown: what starts after its last one
        ends = moments.after(conf, known.index, moments.start(conf, clock, asked), asked.after)
        found = [s for s in found if s.starts_at and s.starts_at > ends]
    said = [w for w in words(asked.query) if not asked.group or kind_named(w) != asked.group]
    hits = searched(known.index, asked.query) if said else []  # 'keynotes' alone: a filter
    having = {h.session.slug for h in hits if h.coverage >= WHOLE}
    if not having and in_passing(asked):  # searched over the whole programme
        return await _search(db, conf, clock, known, replace(asked, keys=(), group=None))
    if having:  # 'the podcast stage': what in that room has the words, if anything
        found = [s for s in found if s.slug in having]
        meant = None if found or placed(asked) else await described(db, conf, known, asked)
        if meant is not None:  # 'whatsapp zero click exploit talk' is not in Saal Zero
            return meant
        if not found:
            nothing = render.nothing_embed(conf, asked.echo or asked.query, [], asked.language)
            return nothing, Subject()
        if len(found) == 1:  # 'the nightmares thing in saal 1': that one, with its end
            return await programme.session(db, conf, found[0].slug, asked.language), Subject(
                sessions=(found[0].slug,), rooms=asked.keys
            )
    heading = f"{' and '.join(asked.keys)}" + (f", {scope_of(asked, day)}" if day else "")
    empty = translate(
        asked.language, "Nothing is scheduled in {heading}.", domain=Domain.CHAT, heading=heading
    )
    shown = render.sessions_embed(
        conf, counted(heading, found, asked), found, empty, asked.language
    )
    if Asks.WHERE in asked.asks and day is None:  # 'is the workshop room far': its note says
        notes = await room_notes(db, conf.id, asked.keys)
        shown.description = "\n\n".join([*notes, shown.description or ""]).strip()
    return shown, replace(listed(found, day, asked), rooms=asked.keys)


async def _session(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
    """One named session in full; several (every lunch) narrowed by the day asked, if any."""
    named = of_topics(asked.keys, asked.topics, known.sessions)
    if asked.group and not narrowed(list(known.sessions), conf, group=asked.group):
        # 'the opening keynote' where none is held: the kind matches nothing, the opening offered
        return guesses_shown(conf, scope_of(asked, None), named[:GUESSES], asked.language)
    timed = asked.part is not None
    sessions = alike(named, known.index, asked.query, asked.group, timed, asked.question)
    day = moments.day(conf, clock, asked)
    if len(sessions) > 1 and day is not None:
        sessions = narrowed(sessions, conf, day=day, part=asked.part) or sessions
    if len(sessions) > 1 and day is None:  # 'coffee break till when?': the one on now
        sessions = moments.on_now(sessions, clock.now()) or sessions
    subject = Subject(sessions=tuple(s.slug for s in sessions))
    if len(sessions) == 1 and Asks.SUMMARY in asked.asks:
        return await programme.session_summary(db, conf, sessions[0].slug, asked.language), subject
    if len(sessions) == 1 or (Asks.WHERE in asked.asks and len({s.room for s in sessions}) == 1):
        first = moments.still_to_end(sessions, clock.now())
        shown, listed = await programme.session_listing(db, conf, first.slug, asked.language)
        return shown, replace(subject, papers=listed)
    same = len({s.title for s in sessions}) == 1
    title = sessions[0].title if same else translate(asked.language, "sessions", domain=Domain.CHAT)
    people = Asks.WHO in asked.asks or few_named(sessions)  # 'who is on at the chaos ones'
    return render.sessions_embed(conf, title, sessions, "", asked.language, people=people), subject

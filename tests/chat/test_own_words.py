"""Kinds of question attendees ask in their own words, each asked here in wordings of its own
(not the blind sets'): what opens or closes a day, what follows the session on now, a day by
its number, a part of a day in slang, a question beside remarks about the asker's own day,
where authors work, a list's item picked by its place, how to use the bot, and talks found
by what a question means when none has its words, or by some of its words and their meaning
together, offered and never shown as the answer."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked
from tests.chat.conftest import CAMP

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
CCC = "31c3"
MONDAY_EVENING = "2019-05-06T20:00:00-05:00"
TUESDAY_KEYNOTE = "2019-05-07T09:10:00-05:00"
TUESDAY_MORNING = "2019-05-07T10:30:00-05:00"
WEDNESDAY_MORNING = "2019-05-08T09:00:00-05:00"
AFTER_ICLR = "2019-05-12T12:00:00-05:00"


async def test_what_opens_a_day_is_its_first_session(store: Store, database_url: str) -> None:
    """Wednesday opens at 09:00 with Oudeyer's invited talk; the conference itself with the
    opening remarks at 08:45 on Monday, whatever day it is."""
    await asked(
        store,
        database_url,
        Blind("up", ICLR, "who's up first on wednesday", MONDAY_EVENING, expect=("Oudeyer",)),
        Blind("opens", ICLR, "what kicks the conference off", TUESDAY_MORNING, expect=("8:45",)),
    )


async def test_what_closes_a_day_is_its_last_session(store: Store, database_url: str) -> None:
    """Tuesday's last session is the adversarial poster session at 16:30; once the
    conference is over, 'the last thing' is its last day's, not its first day's."""
    await asked(
        store,
        database_url,
        Blind("tue", ICLR, "tuesday, what's the final session?", expect=("adversarial",)),
        Blind(
            "over",
            ICLR,
            "iclr is done right? what was the last thing in great hall bc",
            AFTER_ICLR,
            expect=("Thu 9 May",),
        ),
    )


async def test_what_follows_the_session_referred_to_starts_as_it_ends(
    store: Store, database_url: str
) -> None:
    """During Tuesday's keynote (09:00-09:45), 'straight after it' is the orals at 09:45;
    the kind named in a question about another day follows that day's session."""
    await asked(
        store,
        database_url,
        Blind(
            "it",
            ICLR,
            "keynote's on, what comes straight after it?",
            TUESDAY_KEYNOTE,
            expect=("9:45",),
        ),
        Blind(
            "day",
            ICLR,
            "what's after the coffee break on wednesday afternoon, is it posters?",
            TUESDAY_MORNING,
            expect=("16:30",),
        ),
    )


async def test_a_day_by_its_number_a_part_in_slang_and_asides_beside_a_time(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("three", ICLR, "what's day three looking like", expect=("Oudeyer",)),
        Blind("arvo", ICLR, "anything on this arvo", TUESDAY_MORNING, expect=("Goodfellow",)),
        Blind(
            "aside",
            ICLR,
            "just got off the plane, whats on tomorrow morning?",
            MONDAY_EVENING,
            expect=("Shuckburgh",),
        ),
        Blind(
            "evening",
            ICLR,
            "missed yesterday evening's posters, what were they on",
            WEDNESDAY_MORNING,
            expect=("adversarial",),
        ),
    )


async def test_where_authors_work_in_a_row_or_inside_a_name(
    store: Store, database_url: str
) -> None:
    """'naver' is inside "Clova AI Research, NAVER"; after 'from', several places may be
    named one after another."""
    await asked(
        store,
        database_url,
        Blind("naver", ICLR, "anything from naver and clova ai", expect=("DialogWAE",)),
    )


async def test_a_reply_picks_an_item_of_a_list_by_its_place(
    store: Store, database_url: str
) -> None:
    """Tuesday's keynotes are Shuckburgh's and then Goodfellow's."""
    await asked(
        store,
        database_url,
        Blind("list", ICLR, "keynotes on tuesday", expect=("Shuckburgh", "Goodfellow")),
        Blind(
            "second",
            ICLR,
            "and the 2nd one, what's that about",
            reply_to="list",
            expect=("Goodfellow",),
            forbid=("Shuckburgh",),
        ),
    )


async def test_how_to_use_the_bot_gets_its_commands_not_a_search(
    store: Store, database_url: str
) -> None:
    """Never the talks whose titles share 'work' or 'schedule'."""
    await asked(
        store,
        database_url,
        Blind("agenda", ICLR, "how can i put a talk on my personal agenda?", expect=("/agenda",)),
        Blind("work", ICLR, "hey, how does the bot work?", expect=("/schedule",)),
        Blind("ping", ICLR, "could you dm me before the lottery ticket talk", expect=("/remind",)),
    )


async def test_a_remark_about_the_askers_day_is_not_a_search(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("luck", ICLR, "my poster still isn't printed, wish me luck", forbid=("matches",)),
    )


async def test_a_talk_whose_description_alone_holds_a_rare_word_is_the_answer(
    ccc: None, store: Store, database_url: str
) -> None:
    """No title has the words, but one talk's description, alone of all, speaks of cameras
    catching a bullet: that talk is the answer, with when and where it is."""
    await asked(
        store,
        database_url,
        Blind(
            "photo",
            CCC,
            "cheap cameras that catch a bullet in flight",
            expect=("High Speed Photography", "11:30", "Saal 2"),
            forbid=("Did you mean", "Nothing"),
        ),
    )


async def test_a_talk_with_some_words_and_near_in_meaning_is_offered(
    ccc: None, store: Store, database_url: str
) -> None:
    """ "Uncaging Microchips" shares only a word or two with a long question about taking a
    chip's package off, and is not among the closest in meaning by far: the two together
    make it worth offering, still as "did you mean", without its card."""
    await asked(
        store,
        database_url,
        Blind(
            "decap",
            CCC,
            "grinding the plastic off a chip with acid to photograph the silicon die",
            expect=("Did you mean", "Uncaging Microchips"),
            forbid=("Speakers:", "Abstract"),
        ),
    )


async def test_kinds_people_and_days_in_other_words(store: Store, database_url: str) -> None:
    """Wednesday evening's sponsor parties once the posters are said to be over; every
    invited speaker; a speaker's one talk when asked what they talk about; Joshua B Tenenbaum's
    papers when asked for Josh's; Thursday's 11:00 posters two days ahead of Tuesday."""
    await asked(
        store,
        database_url,
        Blind(
            "party",
            ICLR,
            "posters are over, any parties tonight?",
            "2019-05-08T18:40:00-05:00",
            expect=("Sponsor parties",),
        ),
        Blind("invited", ICLR, "who are the invited speakers", expect=("Dwork", "Lapata")),
        Blind(
            "about",
            ICLR,
            "what is zeynep tufekci talking about",
            expect=("Invited talk: Zeynep Tufekci", "Length"),
        ),
        Blind("josh", ICLR, "how many papers does josh tenenbaum have", expect=("8 papers",)),
        Blind(
            "two",
            ICLR,
            "in 2 days at 11am what posters are up",
            TUESDAY_MORNING,
            expect=("RNNs, NLP",),
        ),
    )


async def test_a_reply_asking_for_the_repo_gets_the_papers_code(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("paper", ICLR, "decoupled weight decay regularization", expect=("AdamW",)),
        Blind("repo", ICLR, "github repo?", reply_to="paper", expect=("loshchil/AdamW-and-SGDW",)),
    )


async def test_a_track_asked_with_a_day_and_a_room_after_the_talk_on_now(
    ccc: None, store: Store, database_url: str
) -> None:
    """31C3's last day holds one Art & Culture talk; in Saal 1 at 11:10 on the first day the
    opening event runs, and the keynote follows it."""
    await asked(
        store,
        database_url,
        Blind(
            "track",
            CCC,
            "art & culture talks on the last day?",
            expect=("Attribution revolution",),
            forbid=("Hard Drive Punch", "Magical Secrecy Tour"),
        ),
        Blind(
            "room",
            CCC,
            "what's on in saal 1 after this one",
            "2014-12-27T11:10:00+01:00",
            expect=("Keynote",),
        ),
    )


async def test_more_plans_remarks_and_help_in_other_words(store: Store, database_url: str) -> None:
    """Tuesday afternoon holds Goodfellow's keynote; the closing on Thursday ends at 16:15;
    Baidu's authors wrote ClariNet; remarks and invitations are no search; asking how to make
    the bot show something gets its commands."""
    await asked(
        store,
        database_url,
        Blind(
            "recap",
            ICLR,
            "give me a recap of yesterday afternoon",
            WEDNESDAY_MORNING,
            expect=("Goodfellow",),
        ),
        Blind("orals", ICLR, "list all the oral blocks", expect=("Monday morning orals",)),
        Blind("closing", ICLR, "whats after the closing on thursday", expect=("16:30",)),
        Blind("baidu", ICLR, "did baidu publish anything", expect=("ClariNet",)),
        Blind("move", ICLR, "beer or coffee, what's the move tonight", forbid=("matches",)),
        Blind("crossed", ICLR, "first poster ever, fingers crossed", forbid=("matches",)),
        Blind(
            "show",
            ICLR,
            "how do i get the bot to show me a day's programme",
            expect=("/schedule",),
        ),
    )


async def test_a_reply_pointing_back_with_his_or_her_is_about_the_talk_shown(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("opens", ICLR, "who opens wednesday", expect=("Oudeyer",)),
        Blind(
            "his",
            ICLR,
            "what's his talk about",
            reply_to="opens",
            expect=("cognitive science",),
        ),
    )


async def test_a_paper_lacking_a_word_of_three_is_offered_not_shown(
    store: Store, database_url: str
) -> None:
    """No paper is about sign language: papers on speech or language recognition have two of
    the three words, and are offered at most."""
    await asked(
        store,
        database_url,
        Blind("sign", ICLR, "sign language recognition papers?", nothing=True),
    )


async def test_later_that_day_continues_after_the_last_session_shown(
    ccc: None, store: Store, database_url: str
) -> None:
    """Saal 1's Saturday morning is the opening and the keynote; later that day it holds
    SCADA StrangeLove at 14:00."""
    await asked(
        store,
        database_url,
        Blind("morning", CCC, "saal 1 saturday morning", expect=("Keynote",)),
        Blind(
            "later",
            CCC,
            "and later that day?",
            reply_to="morning",
            expect=("SCADA StrangeLove",),
            forbid=("Opening Event",),
        ),
    )


async def test_a_place_beyond_the_list_shown_lists_that_days_kind(
    store: Store, database_url: str
) -> None:
    """Thursday afternoon has one poster session; the first of that day is the morning's."""
    await asked(
        store,
        database_url,
        Blind("pm", ICLR, "thursday afternoon posters", expect=("generative models",)),
        Blind(
            "first",
            ICLR,
            "and the 1st one that day?",
            reply_to="pm",
            expect=("RNNs, NLP",),
        ),
    )


async def test_a_while_from_now_said_loosely(ccc: None, store: Store, database_url: str) -> None:
    """At 31C3, Axoloti and Living Drones start at 20:30 on Monday: 'in about 20 minutes'
    from 20:10 is then, whatever hedge stands before the amount."""
    await asked(
        store,
        database_url,
        Blind(
            "about",
            CCC,
            "anything in about 20 minutes?",
            "2014-12-29T20:10+01:00",
            expect=("Axoloti", "Living Drones"),
        ),
        Blind(
            "roughly",
            CCC,
            "whats on in roughly half an hour",
            "2014-12-29T20:00+01:00",
            expect=("Axoloti", "Living Drones"),
        ),
        Blind(
            "tilde",
            CCC,
            "what starts in ~15 mins",
            "2014-12-29T20:15+01:00",
            expect=("Axoloti", "Living Drones"),
        ),
    )


async def test_who_is_on_stage_is_who_speaks_now(
    ccc: None, store: Store, database_url: str
) -> None:
    """'The person on stage' asks for the speakers of what runs now: Shuckburgh's keynote on
    Tuesday morning at ICLR, Axoloti on Monday evening at 31C3."""
    await asked(
        store,
        database_url,
        Blind("mic", ICLR, "who is that at the mic", TUESDAY_KEYNOTE, expect=("Shuckburgh",)),
        Blind(
            "name",
            CCC,
            "what's the name of the speaker on stage",
            "2014-12-29T20:40+01:00",
            expect=("Axoloti",),
        ),
        Blind("whos", CCC, "whos talking rn?", "2014-12-29T20:40+01:00", expect=("Axoloti",)),
    )


async def test_the_same_room_asked_again_for_another_day(store: Store, database_url: str) -> None:
    """Great Hall AD on Monday afternoon holds Bottou's keynote; the same room on another
    afternoon holds Goodfellow's (Tuesday) and Tufekci's (Wednesday)."""
    await asked(
        store,
        database_url,
        Blind("mon", ICLR, "great hall ad monday afternoon?", expect=("Bottou",)),
        Blind("tue", ICLR, "same room but tuesday?", reply_to="mon", expect=("Goodfellow",)),
        Blind("wed", ICLR, "same stage on wednesday instead?", reply_to="mon", expect=("Tufekci",)),
        Blind("thu", ICLR, "and that hall thursday?", reply_to="mon", expect=("Closing",)),
    )


async def test_what_opens_a_day_is_after_the_night_before(
    ccc: None, store: Store, database_url: str
) -> None:
    """Saal 1's nights run past midnight (the Fnord News Show at 00:15 on Monday is Sunday
    night's); what opens a day there is its first talk of the morning."""
    await asked(
        store,
        database_url,
        Blind("mon", CCC, "what opens saal 1 on monday", expect=("Freedom in your computer",)),
        Blind("sun", CCC, "first talk in saal 1 on sunday", expect=("Switches Get Stitches",)),
        Blind("tue", CCC, "tuesday, which talk opens saal 1", expect=("Chelsea Manning",)),
        Blind(
            "doors",
            ICLR,
            "doors open soon? who's first on stage this morning",
            "2019-05-08T08:40:00-05:00",
            expect=("Oudeyer", "9:00"),
        ),
    )


async def test_a_whole_day_said_from_its_ends(store: Store, database_url: str) -> None:
    """A day 'start to finish' is its whole programme, keynotes of morning and afternoon."""
    await asked(
        store,
        database_url,
        Blind("finish", ICLR, "monday start to finish please", expect=("Dwork", "Bottou")),
        Blind(
            "end", ICLR, "beginning to end, what's on tuesday", expect=("Shuckburgh", "Goodfellow")
        ),
        Blind("top", ICLR, "wednesday top to bottom?", expect=("Oudeyer", "Tufekci")),
    )


async def test_a_panel_is_the_debate(store: Store, database_url: str) -> None:
    """ICLR's one debate, on structure and prior knowledge, is what a panel asks for."""
    await asked(
        store,
        database_url,
        Blind("any", ICLR, "any panels this year?", expect=("prior", "Kaelbling")),
        Blind("iclr", ICLR, "is there a panel discussion at iclr", expect=("prior", "Kaelbling")),
        Blind("kind", ICLR, "is there any kind of debate or panel", expect=("prior", "Kaelbling")),
    )


async def test_a_track_with_a_day_lists_that_track_then(
    ccc: None, camp: None, store: Store, database_url: str
) -> None:
    """A track named beside a kind or a day lists that track's sessions on the day, not the
    whole day and not one talk with the track's name in its title."""
    await asked(
        store,
        database_url,
        Blind(
            "science",
            CCC,
            "science talks on monday",
            expect=("quantum computer", "Fractals"),
            forbid=("Fnord",),
        ),
        Blind(
            "security",
            CAMP,
            "security lectures on friday?",
            expect=("Domain computers", "Katzenpost"),
            forbid=("BarbNerdy",),
        ),
        Blind("music", CAMP, "music on saturday night", expect=("Argon", "Local Prophets")),
    )


async def test_a_room_after_a_time_lists_the_rest_of_that_night(
    ccc: None, store: Store, database_url: str
) -> None:
    """Saal 1 on Monday night holds Perl Jam (22:00), UNHash (22:45), Infocalypse now
    (23:30) and the Googlequiz (00:15): 'after 10pm' asks for all of them, not one."""
    await asked(
        store,
        database_url,
        Blind(
            "after",
            CCC,
            "saal 1 after 10pm on monday",
            expect=("Perl Jam", "UNHash", "Infocalypse", "Googlequiz"),
        ),
        Blind(
            "from",
            CCC,
            "what's in saal g from 10:30pm on monday",
            expect=("The Machine To Be Another", "Fractals"),
            forbid=("Subtitling",),
        ),
        Blind(
            "past",
            CCC,
            "saal 1 past 11pm on sunday?",
            expect=("Matter of Heartbleed", "Heartache", "Fnord"),
        ),
    )


async def test_a_persons_sessions_include_one_titled_with_their_name(
    camp: None, store: Store, database_url: str
) -> None:
    """Camp 2019's concert "Christian Faubel live" lists no performer; it is his beside the
    two workshops he gives."""
    await asked(
        store,
        database_url,
        Blind("up", CAMP, "what is christian faubel up to", expect=("electric live drums",)),
        Blind("gigs", CAMP, "christian faubel gigs?", expect=("electric live drums",)),
        Blind(
            "plan",
            CAMP,
            "christian faubel's programme",
            expect=("electric live drums", "oszillatoren"),
        ),
    )


async def test_a_paper_by_its_coined_short_name(store: Store, database_url: str) -> None:
    """A name coined from an acronym and a word before a title's colon names its paper."""
    await asked(
        store,
        database_url,
        Blind("gansynth", ICLR, "gansynth code link?", expect=("goo.gl/magenta/gansynth-code",)),
        Blind("dpsnet", ICLR, "dpsnet paper, when is it?", expect=("DPSNet",)),
        Blind("mlprune", ICLR, "is there code for mlprune", expect=("MLPrune",)),
    )


async def test_a_reply_asking_when_where_or_who_of_what_it_points_at(
    ccc: None, store: Store, database_url: str
) -> None:
    """A reply asking when, where or who of what the answer showed is answered about it,
    whatever small words beside ('k', 'walking', 'two') say nothing of their own."""
    await asked(
        store,
        database_url,
        Blind("gf", ICLR, "ian goodfellow", expect=("Goodfellow",)),
        Blind("hour", ICLR, "what hour is he on, and which day?", reply_to="gf", expect=("14:30",)),
        Blind("sn", CCC, "security nightmares", expect=("Security Nightmares",)),
        Blind(
            "hall", CCC, "k, what hall am i walking to for it", reply_to="sn", expect=("Saal 1",)
        ),
        Blind("kt", ICLR, "keynotes on tuesday", expect=("Shuckburgh", "Goodfellow")),
        Blind(
            "two",
            ICLR,
            "who were the two presenters, and when",
            reply_to="kt",
            expect=("Shuckburgh", "Goodfellow"),
        ),
    )


async def test_a_remark_in_chat_slang_is_small_talk(
    ccc: None, store: Store, database_url: str
) -> None:
    """Remarks about the venue said with 'ngl', 'imo', 'lowkey' ask nothing."""
    nothing = ("matches", "did you mean", "Saal", "Hall")
    await asked(
        store,
        database_url,
        Blind("wifi", CCC, "the wifi here is weirdly fast today ngl", forbid=nothing),
        Blind("mate", CCC, "honestly the club mate is kinda warm today tbh", forbid=nothing),
        Blind("queue", CCC, "queue for the toilets is lowkey insane today ngl", forbid=nothing),
        Blind("coffee", ICLR, "the coffee is weirdly good this morning imo", forbid=nothing),
    )


async def test_a_talk_named_in_a_room_is_shown_with_its_end(
    ccc: None, store: Store, database_url: str
) -> None:
    """'Did the X thing in saal 1 begin' asks about that one talk: its card, start to end."""
    await asked(
        store,
        database_url,
        Blind(
            "perl",
            CCC,
            "did the perl jam thing in saal 1 already begin",
            "2014-12-29T22:10:00+01:00",
            expect=("Perl Jam", "22:00–"),
        ),
        Blind(
            "quiz",
            CCC,
            "is the googlequiz in saal 1 still on or am i late",
            "2014-12-30T00:30:00+01:00",
            expect=("Googlequiz", "00:15–"),
        ),
        Blind(
            "manning",
            CCC,
            "has the chelsea manning one in saal 1 started",
            "2014-12-30T11:40:00+01:00",
            expect=("Chelsea Manning", "11:30–"),
        ),
    )


async def test_what_opens_a_day_beside_cheering(ccc: None, store: Store, database_url: str) -> None:
    """'Day 2 yay' and 'lets gooo' cheer; what opens the day named is still asked."""
    await asked(
        store,
        database_url,
        Blind("yay", ICLR, "day 2 yay, what kicks things off", expect=("Shuckburgh",)),
        Blind(
            "gooo",
            CCC,
            "finally day 3 lets gooo, what opens it",
            expect=("Freedom in your computer",),
        ),
    )


async def test_what_to_ask_and_which_command_gets_the_commands(
    ccc: None, store: Store, database_url: str
) -> None:
    """What one can ask, which command does something and how to follow the programme's
    changes are answered with the commands, /paper, /schedule and /changes among them."""
    await asked(
        store,
        database_url,
        Blind("all", ICLR, "show me all your commands", expect=("/paper",)),
        Blind("ask", ICLR, "what kinds of things can i ask you?", expect=("/paper",)),
        Blind("understand", ICLR, "what do you understand", expect=("/paper",)),
        Blind("finds", ICLR, "which command finds a paper", expect=("/paper",)),
        Blind("searching", ICLR, "what's the command for searching papers", expect=("/paper",)),
        Blind("shows", CCC, "what command shows the schedule?", expect=("/schedule",)),
        Blind("moved", CCC, "where do i check for rescheduled talks", expect=("/changes",)),
        Blind("cancelled", CCC, "how do i find out if a talk was cancelled", expect=("/changes",)),
        Blind("way", CCC, "is there a way to see schedule changes?", expect=("/changes",)),
        Blind("one", CCC, "is the tox talk cancelled?", forbid=("/changes",)),
    )


async def test_counts_and_the_venue_in_other_words(store: Store, database_url: str) -> None:
    """ICLR 2019 accepted 502 papers, had eight invited talks and six poster sessions, and
    was held at the Ernest N. Morial Convention Center."""
    await asked(
        store,
        database_url,
        Blind("got", ICLR, "how many papers got in this year?", expect=("502",)),
        Blind("made", ICLR, "number of papers that made it in", expect=("502",)),
        Blind("subs", ICLR, "how many submissions made it?", expect=("502",)),
        Blind("building", ICLR, "which building is iclr in", expect=("Morial",)),
        Blind("centre", ICLR, "what's the conference centre called", expect=("Morial",)),
        Blind("address", ICLR, "address of the venue?", expect=("Morial",)),
        Blind("week", ICLR, "how many keynotes across the whole week", expect_any=("8", "eight")),
        Blind("people", ICLR, "how many people give invited talks?", expect_any=("8", "eight")),
        Blind("all", ICLR, "hmm how many poster sessions all week", expect_any=("6", "six")),
        Blind(
            "ever",
            ICLR,
            "first conference ever lol, what's on this afternoon",
            "2019-05-06T08:30:00-05:00",
            expect=("Bottou",),
        ),
    )


async def test_an_hour_without_am_or_pm_once_the_morning_passed(
    ccc: None, store: Store, database_url: str
) -> None:
    """'At 10' asked on Monday evening is 22:00 (Perl Jam in Saal 1); 'at 9:30 tonight' is
    21:30; 'at 11' asked in the morning is still 11:00."""
    await asked(
        store,
        database_url,
        Blind(
            "ten",
            CCC,
            "what's on at 10 in saal 1?",
            "2014-12-29T18:00:00+01:00",
            expect=("Perl Jam",),
        ),
        Blind(
            "tonight",
            CCC,
            "anything at 9:30 tonight",
            "2014-12-29T18:00:00+01:00",
            expect=("Eye Wear",),
        ),
        Blind(
            "eleven",
            CCC,
            "what runs at 11 in saal g",
            "2014-12-29T17:00:00+01:00",
            expect=("Fractals",),
        ),
        Blind(
            "morning",
            CCC,
            "what's on at 11 in saal 1",
            "2014-12-29T09:00:00+01:00",
            expect=("Freedom in your computer",),
        ),
    )


async def test_before_lunch_is_the_morning(ccc: None, store: Store, database_url: str) -> None:
    """'Before lunch' is a day's morning, of the kind and in the room asked; a kind asked
    in 'the poster hall' is that kind, not the list of rooms."""
    await asked(
        store,
        database_url,
        Blind(
            "tue",
            ICLR,
            "what's on before lunch on tuesday",
            expect=("Shuckburgh",),
            forbid=("Goodfellow",),
        ),
        Blind(
            "saal",
            CCC,
            "anything in saal 1 before lunch on monday?",
            expect=("Freedom in your computer",),
        ),
        Blind(
            "posters", ICLR, "wednesday posters before lunch?", expect=("11:00",), forbid=("16:30",)
        ),
        Blind(
            "hall",
            ICLR,
            "tuesday before lunch, which posters are in the poster hall",
            expect=("GANs",),
        ),
    )

"""The day's programme asked in attendees' own words, each need in wordings of its own (not
the blind sets'), at more than one conference: what follows a session said to end, a kind said
to be over, a day said from today before or after the conference, whether a session is still
on, who puts on a kind of session, a session named by its kind's word, something besides
eating at lunch, the last of a kind at the whole conference, every keynote's speaker, and how
to keep a plan of one's own."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked
from tests.chat.conftest import CAMP, CCC

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
WEDNESDAY_COFFEE = "2019-05-08T10:50:00-05:00"
"""Wednesday's morning coffee runs 10:45-11:00; the RL poster session follows at 11:00."""
AFTER_ICLR = "2019-05-11T10:00:00-05:00"
BEFORE_CCC = "2014-12-26T19:00:00+01:00"
SATURDAY_EVENING_CCC = "2014-12-27T18:45:00+01:00"
"""31C3's four 18:30 talks end at 19:30; the next ones start at 20:30."""


async def test_what_starts_once_a_session_is_said_to_end(
    ccc: None, store: Store, database_url: str
) -> None:
    """'Once X is over', 'when X finishes', 'after X, …', 'what follows X': what starts as X
    ends, X a kind ('the break') or a title ('mobile self-defense')."""
    coffee = ("11:00", "reinforcement learning")
    await asked(
        store,
        database_url,
        Blind("ends", ICLR, "when this break finishes whats on", WEDNESDAY_COFFEE, expect=coffee),
        Blind("done", ICLR, "once coffee's done what happens", WEDNESDAY_COFFEE, expect=coffee),
        Blind("lead", ICLR, "after the break, what's on?", WEDNESDAY_COFFEE, expect=coffee),
        Blind(
            "queue",
            ICLR,
            "waiting in the queue, what is there when the break ends",
            WEDNESDAY_COFFEE,
            expect=coffee,
        ),
        Blind(
            "follows",
            CCC,
            "what follows mobile self-defense",
            SATURDAY_EVENING_CCC,
            expect=("20:30", "Space Hacker"),
        ),
        Blind(
            "wraps",
            CCC,
            "once mobile self defense wraps up, anything else tonight?",
            SATURDAY_EVENING_CCC,
            expect=("20:30", "Space Hacker"),
        ),
    )


async def test_asking_when_a_session_ends_is_not_asking_what_follows(
    store: Store, database_url: str
) -> None:
    """'When do the closing remarks end' asks the closing's own time, named by its kind's word."""
    await asked(
        store,
        database_url,
        Blind("end", ICLR, "closing remarks, when do they end", expect=("16:15",)),
        Blind("who", ICLR, "closing words: what time and who says them?", expect=("Bengio",)),
    )


async def test_the_last_of_a_kind_followed_or_asked_at_the_whole_conference(
    camp: None, store: Store, database_url: str
) -> None:
    """'Once the posters finish' on Thursday at 17:00 is the afternoon's (to 18:30), followed
    by the reception at 19:00; the camp's last set, asked once it is over, is steffen
    bennemann's on the last night."""
    await asked(
        store,
        database_url,
        Blind(
            "posters",
            ICLR,
            "once poster session ends is there anything",
            "2019-05-09T17:00:00-05:00",
            expect=("reception", "19:00"),
        ),
        Blind(
            "kind",
            ICLR,
            "posters are winding down, anything tonight?",
            "2019-05-08T18:20:00-05:00",
            expect=("Sponsor parties", "19:00"),
        ),
        Blind(
            "poster",
            ICLR,
            "what did the last poster session of iclr cover",
            expect=("domain adaptation",),
        ),
        Blind(
            "set",
            CAMP,
            "who closed out the camp, like the last dj set?",
            "2019-08-26T13:00:00+02:00",
            expect=("steffen bennemann",),
        ),
    )


async def test_a_day_said_from_today_outside_the_conference_says_when_it_runs(
    ccc: None, camp: None, store: Store, database_url: str
) -> None:
    """Asked after ICLR or the camp, 'this afternoon' and 'tomorrow evening' are no day of
    it: the answer says it is over, not which days there are."""
    await asked(
        store,
        database_url,
        Blind("over", ICLR, "anything on this afternoon?", AFTER_ICLR, expect=("over",)),
        Blind(
            "camp",
            CAMP,
            "whats happening tomorrow evening at camp",
            "2019-08-28T10:00:00+02:00",
            expect=("over",),
        ),
        Blind(
            "first",
            CCC,
            "arriving tonight, what's the very first thing tomorrow morning?",
            BEFORE_CCC,
            expect=("Opening Event", "11:00"),
        ),
    )


async def test_a_week_month_or_year_ahead_of_a_finished_conference_says_it_is_over(
    store: Store, database_url: str
) -> None:
    """'Next week' or 'next month' after the conference names none of its days, in any
    language: the answer says it is over rather than showing a day of it as next week's."""
    await asked(
        store,
        database_url,
        Blind("en", ICLR, "anything happening next week??", AFTER_ICLR, expect=("over",)),
        Blind("month", ICLR, "whats planned for next month", AFTER_ICLR, expect=("over",)),
        Blind("zh", ICLR, "下个星期还有活动吗", AFTER_ICLR, locale="zh-CN", expect=("结束",)),
        Blind(
            "de", ICLR, "läuft nächste woche noch was?", AFTER_ICLR, locale="de", expect=("vorbei",)
        ),
        Blind(
            "es",
            ICLR,
            "hay algo la semana que viene",
            AFTER_ICLR,
            locale="es-ES",
            expect=("terminado",),
        ),
    )


async def test_a_session_still_on_is_told_with_its_end(
    ccc: None, store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "posters",
            ICLR,
            "is the adversarial poster session still going",
            "2019-05-07T17:00:00-05:00",
            expect=("18:30",),
        ),
        Blind("talk", CCC, "jugend hackt still running?", SATURDAY_EVENING_CCC, expect=("19:30",)),
    )


async def test_who_puts_on_a_kind_of_session_is_its_card(store: Store, database_url: str) -> None:
    """The sponsor parties' description names the companies."""
    await asked(
        store,
        database_url,
        Blind("hosted", ICLR, "who hosted the parties on wednesday", expect=("Salesforce",)),
        Blind(
            "sponsors",
            ICLR,
            "wed night parties - which companies are behind them",
            expect=("DeepMind",),
        ),
    )


async def test_something_besides_eating_at_lunch(store: Store, database_url: str) -> None:
    """Tuesday's lunch holds the industry expo in room R09 at 13:00."""
    await asked(
        store,
        database_url,
        Blind(
            "besides",
            ICLR,
            "during lunch today, anything on besides food?",
            "2019-05-07T12:10:00-05:00",
            expect=("R09",),
        ),
    )


async def test_every_keynote_with_its_speaker(store: Store, database_url: str) -> None:
    listed = ("Dwork", "Lapata", "Goodfellow")
    await asked(
        store,
        database_url,
        Blind("names", ICLR, "names of all the invited speakers?", expect=listed),
        Blind("who", ICLR, "gimme every keynote + who gives it", expect=listed),
    )


async def test_keeping_a_plan_of_ones_own_or_a_command_for_now_is_the_help(
    camp: None, store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "own",
            CAMP,
            "can i keep my own list of talks somewhere with the bot",
            expect=("/agenda",),
        ),
        Blind(
            "bookmark", CAMP, "how to bookmark talks for my personal schedule", expect=("/agenda",)
        ),
        Blind(
            "command", ICLR, "is there a shortcut command for whats on right now", expect=("/now",)
        ),
    )


async def test_a_topic_asked_at_a_moment_is_what_of_it_runs_then(
    ccc: None, camp: None, store: Store, database_url: str
) -> None:
    """At 18:45 on 31C3's first day four talks run; only "Rocket science" is in the science
    track. Saturday 22:50 at the camp, lowfi plays music at the Rockmore Booth."""
    await asked(
        store,
        database_url,
        Blind(
            "science",
            CCC,
            "science stuff happening rn?",
            SATURDAY_EVENING_CCC,
            expect=("Rocket science",),
            forbid=("Jugend hackt",),
        ),
        Blind(
            "music", CAMP, "any music on right now?", "2019-08-24T22:50:00+02:00", expect=("lowfi",)
        ),
    )


async def test_a_session_held_every_day_asked_without_a_day_is_the_one_on_now(
    store: Store, database_url: str
) -> None:
    """Monday's afternoon coffee runs 16:00-16:30; every day has two, and the one on now is
    meant."""
    await asked(
        store,
        database_url,
        Blind(
            "coffee",
            ICLR,
            "how long is the coffee break",
            "2019-05-06T16:10:00-05:00",
            expect=("16:30",),
            forbid=("Tue 7 May",),
        ),
    )


async def test_who_is_on_or_a_fact_of_a_kind_in_a_part_of_a_day(
    ccc: None, store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "stage",
            CCC,
            "who is on stage tonight",
            "2014-12-27T18:00:00+01:00",
            expect=("Mobile self-defense",),
        ),
        Blind(
            "speaking",
            ICLR,
            "who's speaking this afternoon",
            "2019-05-06T12:00:00-05:00",
            expect=("Bottou",),
        ),
        Blind("title", ICLR, "tuesday morning keynote, what's it called?", expect=("Shuckburgh",)),
    )


async def test_how_to_see_the_programme_with_the_bot_is_the_help(
    ccc: None, store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("now", CCC, "how can i check whats on now using the bot", expect=("/now",)),
        Blind("day", CCC, "how would i view a single day's schedule", expect=("/schedule",)),
        Blind("calendar", ICLR, "put my picks in apple calendar?", expect=("/agenda",)),
    )


async def test_half_past_an_hour_said_the_british_way(
    ccc: None, store: Store, database_url: str
) -> None:
    """'Half two' is 14:30 (Bottou's invited talk on Monday: one who talks then, though not
    in an oral session); 'half past 8 tonight' is 20:30, when Space Hacker starts at 31C3."""
    await asked(
        store,
        database_url,
        Blind("two", ICLR, "who talks at half two on monday", expect=("Bottou",)),
        Blind(
            "eight",
            CCC,
            "anything at half past 8 tonight?",
            SATURDAY_EVENING_CCC,
            expect=("Space Hacker",),
        ),
    )


async def test_which_days_hold_a_kind_of_session(
    ccc: None, camp: None, store: Store, database_url: str
) -> None:
    """'Which days', 'on what days', 'what days': every session of that kind, with its day."""
    await asked(
        store,
        database_url,
        Blind("orals", ICLR, "on which days are there orals", expect=("Monday morning orals",)),
        Blind(
            "keynotes",
            ICLR,
            "on what days are there keynotes?",
            expect=("Cynthia Dwork", "Mirella Lapata"),
        ),
        Blind(
            "lightning",
            CCC,
            "which days r the lightning talks",
            expect=("Lightning Talks Day 2", "Lightning Talks Day 4", "12:45"),
        ),
        Blind("workshops", CAMP, "what days are the workshops", expect=("Meet CADUS",)),
    )


async def test_what_goes_on_after_a_session_in_other_verbs(
    camp: None, ccc: None, store: Store, database_url: str
) -> None:
    """'What goes on / runs / happens after X', 'after the lunch break, who …': what starts
    as X ends; 'lunch' there names the session, not a part of the day."""
    await asked(
        store,
        database_url,
        Blind(
            "posters",
            ICLR,
            "what posters go up after the break",
            "2019-05-07T16:05:00-05:00",
            expect=("adversarial attacks, defences and robustness", "16:30"),
        ),
        Blind(
            "keynote",
            ICLR,
            "what goes on after the keynote",
            "2019-05-08T08:30:00-05:00",
            expect=("Wednesday morning orals", "09:45"),
        ),
        Blind(
            "opening",
            CAMP,
            "what happens after the opening ceremony",
            "2019-08-21T10:00:00+02:00",
            expect=("Knoten 101", "12:00"),  # the opening runs 11:00-11:30
        ),
        Blind(
            "ccc",
            CCC,
            "what runs after the keynote today",
            "2014-12-27T10:00:00+01:00",
            expect=("12:45",),
        ),
        Blind(
            "lunch",
            ICLR,
            "after the lunch break today who's up in the big hall",
            "2019-05-08T13:40:00-05:00",
            expect=("Zeynep Tufekci", "14:30"),
        ),
    )

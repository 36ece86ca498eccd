"""/schedule and /agenda show attach their timetable picture through the real command tree:
a PNG with alt text, the same picture the renderer draws for that day and minute, and for an
agenda its clashes outlined."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image

from bot.agenda.picture import agenda_sheet
from bot.agenda.service import show
from bot.clock import ManualClock
from bot.offline import OfflineDiscord
from bot.offline.transport import Upload
from bot.programme.palette import CLASH_EDGE, NOW_LINE
from bot.programme.pictures import day_sheet
from bot.programme.service import day_programme
from bot.programme.timetable import WIDTH, render
from tests.cogs.conftest import ATTENDEE, only_reply

TUESDAY = date(2019, 5, 7)


def png(upload: Upload) -> Image.Image:
    image = Image.open(io.BytesIO(upload.data))
    assert image.format == "PNG"
    return image.convert("RGB")


async def test_schedule_attaches_the_days_picture_with_alt_text(
    offline: OfflineDiscord, clock: ManualClock
) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "schedule", {"day": "Tuesday"}))
    assert reply.embeds[0]["title"] == "ICLR 2019 — Tuesday 7 May"
    assert reply.attachments == ["iclr2019-2019-05-07.png"]
    upload = reply.files[0]
    assert upload.description is not None
    assert upload.description.startswith("Timetable picture: ICLR 2019 — Tuesday 7 May")
    conf = offline.bot.conference
    async with offline.bot.store.sessions() as db:
        sessions = await day_programme(db, conf, TUESDAY)
    expected = render(day_sheet(conf, TUESDAY, sessions, clock.now()))
    assert upload.data == expected.png
    image = png(upload)
    assert image.size == (WIDTH, expected.height)
    assert expected.now_y is not None, "11:30 on Tuesday: the day is running"
    assert image.getpixel((expected.body[2] - 2, expected.now_y)) == NOW_LINE


async def test_agenda_show_attaches_the_persons_day_with_clashes_outlined(
    offline: OfflineDiscord, clock: ManualClock
) -> None:
    for slug in ("tue-posters-morning", "tue-expo", "tue-lunch"):
        await offline.slash(ATTENDEE, "agenda add", {"target": f"session:{slug}"})
    reply = only_reply(await offline.slash(ATTENDEE, "agenda show", {"day": "Tuesday"}))
    assert reply.ephemeral
    assert reply.attachments == ["iclr2019-agenda-2019-05-07.png"]
    conf = offline.bot.conference
    async with offline.bot.store.sessions() as db:
        agenda = await show(db, conf, clock, ATTENDEE.id, "Tuesday")
    expected = render(agenda_sheet(conf, agenda, clock.now()))
    assert reply.files[0].data == expected.png
    assert reply.files[0].description
    assert "2 of them clash." in reply.files[0].description
    image = png(reply.files[0])
    assert len(expected.blocks) == 3
    clashing = [b for b in expected.blocks if b.box[1] > expected.blocks[0].box[1]]
    assert len(clashing) == 2
    assert clashing[0].box[2] <= clashing[1].box[0], "the clash is side by side"
    for block in clashing:
        assert image.getpixel((block.box[0] + 1, block.box[1] + 20)) == CLASH_EDGE


async def test_an_empty_agenda_has_no_picture(offline: OfflineDiscord) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "agenda show", {}))
    assert reply.files == []

"""Server announcements: one channel per server where chosen kinds of session are announced.

The settings row is kept when announcements are turned off (by an admin, or because the channel
or the permission to post in it was lost), with the reason, so /announce status can say why.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.domain.errors import N_, DomainError, Phrases
from bot.domain.kinds import ANNOUNCED_BY_DEFAULT, GROUPS, REMINDABLE, Group
from bot.domain.records import ConferenceView
from bot.domain.reminders import (
    DEFAULT_LEAD_MINUTES,
    AnnouncementInfo,
    PlannedReminder,
    check_lead,
    guild_recipient,
)
from bot.reminders.persistence import deliveries, planning
from bot.store.convert import SESSION_LOAD, session_view
from bot.store.dialect import commit_and_lock_for_write
from bot.store.models import Delivery, GuildSettings, Session

TURNED_OFF = N_("turned off with /announce off")
UPCOMING_SHOWN = 5


class NotSetUp(DomainError):
    def __init__(self) -> None:
        super().__init__(
            N_(
                "Announcements are not set up in this server: an admin can start them with "
                "/announce setup."
            )
        )


async def setup(
    db: AsyncSession,
    conf: ConferenceView,
    clock: Clock,
    *,
    guild_id: int,
    channel_id: int,
    role_id: int | None,
    minutes: int = DEFAULT_LEAD_MINUTES,
    kinds: Sequence[Group] = ANNOUNCED_BY_DEFAULT,
) -> AnnouncementInfo:
    """Create or replace the server's settings and plan its announcements.

    Announcements not yet sent (pending, or stopped because the channel was lost) are
    re-planned from scratch, so a new channel, lead time or set of kinds applies to all of them.
    """
    check_lead(minutes, "Announcements")
    unknown = [kind for kind in kinds if kind not in REMINDABLE]
    if unknown or not kinds:
        names = ", ".join(GROUPS[group].choice for group in REMINDABLE)
        raise DomainError(N_("Kinds to announce are some of: {names}."), names=names)
    if role_id == guild_id:
        raise DomainError(N_("I never ping @everyone: choose a role, or no role at all."))
    now = clock.now()
    await commit_and_lock_for_write(db)
    row = await db.get(GuildSettings, guild_id)
    if row is None:
        row = GuildSettings(guild_id=guild_id, conference_id=conf.id)
        db.add(row)
    row.conference_id = conf.id
    row.channel_id = channel_id
    row.role_id = role_id
    row.lead_minutes = minutes
    row.kinds = list(dict.fromkeys(kinds))
    row.enabled = True
    row.disabled_reason = None
    row.updated_at = now
    await deliveries.drop_unsent(db, guild_recipient(guild_id), now)
    await db.flush()
    await planning.plan_announcements(db, conf, now, guild_id=guild_id)
    await db.commit()
    return await status(db, guild_id)


async def status(db: AsyncSession, guild_id: int) -> AnnouncementInfo:
    """The server's settings, its next announcements, and recent ones that went wrong."""
    row = await db.get(GuildSettings, guild_id)
    if row is None:
        raise NotSetUp()
    recipient = guild_recipient(guild_id)
    rows = await db.execute(
        select(Delivery.due_at, Session)
        .join(Session, Session.id == Delivery.session_id)
        .where(Delivery.recipient == recipient, Delivery.state == deliveries.PENDING)
        .order_by(Delivery.due_at, Session.starts_at)
        .limit(UPCOMING_SHOWN)
        .options(*SESSION_LOAD)
    )
    upcoming = tuple(PlannedReminder(session_view(session), due_at) for due_at, session in rows)
    return AnnouncementInfo(
        guild_id=row.guild_id,
        channel_id=row.channel_id,
        role_id=row.role_id,
        lead_minutes=row.lead_minutes,
        kinds=tuple(row.kinds),
        enabled=row.enabled,
        disabled_reason=row.disabled_reason,
        upcoming=upcoming,
        problems=await deliveries.problems(db, Delivery.recipient == recipient, limit=5),
    )


async def turn_off(db: AsyncSession, clock: Clock, guild_id: int) -> AnnouncementInfo:
    """Stop announcing; the settings stay, so /announce setup can turn them back on."""
    await commit_and_lock_for_write(db)
    row = await db.get(GuildSettings, guild_id)
    if row is None:
        raise NotSetUp()
    if not row.enabled:
        raise DomainError(
            N_("Announcements are already off here ({reason})."),
            reason=Phrases(reason for reason in [row.disabled_reason] if reason),
        )
    row.enabled = False
    row.disabled_reason = TURNED_OFF
    row.updated_at = clock.now()
    await deliveries.drop_pending(db, Delivery.recipient == guild_recipient(guild_id))
    await db.commit()
    return await status(db, guild_id)

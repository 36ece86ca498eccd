"""What an operator watches: the bot's counters in Prometheus's text format, on an HTTP
endpoint of its own (`CONFBOT_METRICS_PORT`; off by default, on 127.0.0.1 unless
`CONFBOT_METRICS_HOST` says otherwise).

The metrics live in one registry of this module, recorded from wherever things happen (the
command tree, the reminders' sender, the followed sources' poller, the store): counting is a
few hundred nanoseconds, so they are recorded whether or not anything serves them.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from threading import Thread
from wsgiref.simple_server import WSGIServer

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Enum,
    GCCollector,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    disable_created_metrics,
    start_http_server,
)
from sqlalchemy import event
from sqlalchemy.engine import Engine, ExceptionContext

log = logging.getLogger(__name__)

disable_created_metrics()  # type: ignore[no-untyped-call]
"""No `_created` series beside every counter and histogram: a timestamp per series that
nobody graphs, doubling what a scraper stores."""
REGISTRY = CollectorRegistry()
ProcessCollector(registry=REGISTRY)
GCCollector(registry=REGISTRY)
PlatformCollector(registry=REGISTRY)


class Outcome(StrEnum):
    """How a slash command or a click ended."""

    OK = "ok"
    REFUSED = "refused"
    """A failure the user caused, answered with why (a domain error, a missing permission)."""
    FAILED = "failed"
    """Our fault: logged, and the user told to try again."""


class Kind(StrEnum):
    """What a member did: ran a slash command, or pressed a button under an answer."""

    COMMAND = "command"
    BUTTON = "button"


INTERACTIONS = Counter(
    "confbot_interactions",
    "Slash commands and button clicks answered, by kind, name and outcome.",
    ["kind", "name", "outcome"],
    registry=REGISTRY,
)
INTERACTION_SECONDS = Histogram(
    "confbot_interaction_seconds",
    "How long a slash command or a click took, from its arrival to the end of its handler.",
    ["kind", "name"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30, 60),
    registry=REGISTRY,
)
DELIVERIES = Counter(
    "confbot_deliveries",
    "Reminders and announcements finished, by outcome (sent, late, missed, failed) or tried "
    "again (retried).",
    ["outcome"],
    registry=REGISTRY,
)
DELIVERY_LATENESS = Histogram(
    "confbot_delivery_lateness_seconds",
    "How long after its due time a reminder went out (programme time).",
    buckets=(1, 5, 15, 30, 60, 120, 300, 900, 1800, 3600),
    registry=REGISTRY,
)
SOURCE_POLLS = Counter(
    "confbot_followed_source_polls",
    "Polls of followed schedule URLs, by result.",
    ["result"],
    registry=REGISTRY,
)
SOURCE_LAST_POLL = Enum(
    "confbot_followed_source_last_poll",
    "The result of each followed schedule URL's last poll (one series per URL and result).",
    ["url"],
    states=["not modified", "unchanged", "applied", "held", "failed"],
    registry=REGISTRY,
)
STORE_ERRORS = Counter(
    "confbot_store_errors",
    "Errors the database answered, by kind (OperationalError, IntegrityError, ...).",
    ["kind"],
    registry=REGISTRY,
)
LOOP_BLOCKS = Histogram(
    "confbot_event_loop_block_seconds",
    "How long the event loop was held whenever it was held for more than 10 ms.",
    buckets=(0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
    registry=REGISTRY,
)


def record_interaction(kind: Kind, name: str, outcome: Outcome, seconds: float | None) -> None:
    INTERACTIONS.labels(kind, name, outcome).inc()
    if seconds is not None:
        INTERACTION_SECONDS.labels(kind, name).observe(seconds)


def record_delivery(outcome: str, lateness: float | None = None) -> None:
    DELIVERIES.labels(outcome).inc()
    if lateness is not None:
        DELIVERY_LATENESS.observe(max(lateness, 0.0))


def record_poll(url: str, result: str) -> None:
    SOURCE_POLLS.labels(result).inc()
    SOURCE_LAST_POLL.labels(url).state(result)


def record_store_error(error: BaseException) -> None:
    STORE_ERRORS.labels(type(error).__name__).inc()


@event.listens_for(Engine, "handle_error")
def _store_error(context: ExceptionContext) -> None:
    record_store_error(context.original_exception)


def record_reader_error(error: sqlite3.Error) -> None:
    """The store's reader speaks to SQLite without SQLAlchemy: its errors come here."""
    record_store_error(error)


@dataclass
class Endpoint:
    """The metrics' HTTP server, serving from a thread of its own until `close`."""

    server: WSGIServer
    thread: Thread

    @property
    def port(self) -> int:
        return int(self.server.server_port)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


def serve(host: str, port: int) -> Endpoint:
    """Serve the metrics at http://host:port/metrics (and at /)."""
    server, thread = start_http_server(port, addr=host, registry=REGISTRY)
    endpoint = Endpoint(server, thread)
    log.info("metrics on http://%s:%d/metrics", host, endpoint.port)
    return endpoint

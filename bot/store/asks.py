"""The reads of one answer, written once for both stores: a plan asks, a backend answers.

A plan is a generator that yields each thing it needs from the store (an `Ask`) and is sent
the answer back. On SQLite the whole plan runs in the reader's thread, every statement on a
plain connection, so an answer costs one hop to the database thread instead of one per
statement; on PostgreSQL the same plan is driven from the event loop, each ask awaited. The
rules of an answer (search strategy, relevance, ordering) therefore live once, in the plans;
only what each ask sends to the database is spelt per dialect.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Generator, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar, cast

from sqlalchemy.ext.asyncio import AsyncSession

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Rows(Protocol):
    """Runs one SQLite statement with named parameters and returns all its rows."""

    def __call__(self, sql: str, params: Mapping[str, Any], /) -> Sequence[Sequence[Any]]: ...


class Ask(ABC, Generic[T_co]):
    """One read a plan needs, and how each store answers it."""

    @abstractmethod
    def on_sqlite(self, rows: Rows) -> T_co:
        """The answer from SQLite, synchronously: in the reader's thread, or inside a session."""

    @abstractmethod
    async def on_postgres(self, db: AsyncSession) -> T_co:
        """The answer from PostgreSQL, through the session."""


Plan = Generator[Ask[Any], Any, T]
"""Yields asks, is sent their answers, returns the answer of the whole read."""


def ask(request: Ask[T]) -> Plan[T]:
    """`found = yield from ask(Request(...))`: one ask inside a plan, typed."""
    return cast(T, (yield request))


def run_on_sqlite(plan: Plan[T], rows: Rows) -> T:
    """Drives a plan to its end with every ask answered by SQLite statements."""
    try:
        request = next(plan)
        while True:
            request = plan.send(request.on_sqlite(rows))
    except StopIteration as done:
        return cast(T, done.value)


async def run_on_postgres(plan: Plan[T], db: AsyncSession) -> T:
    """Drives a plan to its end, each ask awaited through the session."""
    try:
        request = next(plan)
        while True:
            request = plan.send(await request.on_postgres(db))
    except StopIteration as done:
        return cast(T, done.value)

"""Copies of a seeded PostgreSQL template, reused from one test to the next.

Creating a database from a template costs the server a checkpoint and a copy of every file of
the template (a third of a second of its CPU, more than most tests themselves), and dropping
it costs more; yet most tests only read. So a copy a test has finished with is checked and put
back instead: the connections left on it are ended; if its schema is no longer the template's
it is dropped; else each table whose rows changed (its row count differs, or a row was written
after the copy was handed out) is emptied and filled again from the template's rows, which the
server saved into files when the template was first copied, and every sequence is set back.
The next test gets the same rows, ids and schema a fresh copy would have.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar

import asyncpg

from tests.postgres import USER, Cluster

T = TypeVar("T")

SCHEMA = """
SELECT md5(string_agg(item, ',' ORDER BY item)) FROM (
    SELECT format('%s:%s:%s:%s:%s', c.oid::regclass, c.relkind, a.attname,
                  format_type(a.atttypid, a.atttypmod), a.attnotnull) AS item
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    UNION ALL
    SELECT format('default:%s:%s', adrelid::regclass, pg_get_expr(adbin, adrelid))
    FROM pg_attrdef
    UNION ALL
    SELECT format('constraint:%s:%s', conname, pg_get_constraintdef(oid)) FROM pg_constraint
    UNION ALL
    SELECT format('index:%s', pg_get_indexdef(indexrelid)) FROM pg_index
    UNION ALL
    SELECT format('trigger:%s:%s', tgrelid::regclass, tgname) FROM pg_trigger
    WHERE NOT tgisinternal
    UNION ALL
    SELECT format('function:%s', p.oid::regprocedure) FROM pg_proc p
    JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
    UNION ALL
    SELECT format('enum:%s:%s', enumtypid::regtype, enumlabel) FROM pg_enum
    UNION ALL
    SELECT format('schema:%s', nspname) FROM pg_namespace
    UNION ALL
    SELECT format('extension:%s', extname) FROM pg_extension
    UNION ALL
    SELECT format('setting:%s', setconfig) FROM pg_db_role_setting
    WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
) AS items
"""
"""A digest of everything a test could change besides rows and sequences."""
TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
SEQUENCES = """
SELECT format('SELECT setval(%L, %s, %L)', format('%I.%I', schemaname, sequencename),
              coalesce(last_value, start_value), last_value IS NOT NULL)
FROM pg_sequences
"""
LAST_XID = "SELECT pg_current_xact_id()::text::bigint"
OTHERS_OFF = """
SELECT pg_terminate_backend(pid) FROM pg_stat_activity
WHERE datname = current_database() AND pid <> pg_backend_pid()
"""


@dataclass(frozen=True)
class Pristine:
    """What a copy of one template holds when handed out."""

    schema: str
    rows: dict[str, int]
    sequences: list[str]
    files: dict[str, str]

    def changed_tables(self, counts: list[asyncpg.Record]) -> list[str]:
        return [
            record["name"]
            for record in counts
            if record["rows"] != self.rows[record["name"]] or record["written"]
        ]


@dataclass
class TemplateCopies:
    """The copies of this cluster's templates that no test is using, by template."""

    cluster: Cluster
    _pristine: dict[str, Pristine] = field(default_factory=dict)
    _free: dict[str, list[str]] = field(default_factory=dict)
    _handed_out: dict[str, tuple[str, int]] = field(default_factory=dict)
    _names: int = 0
    _runner: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(1))

    def take(self, template: str) -> str:
        """The name of a database holding exactly what `template` holds, for one test."""
        if template not in self._pristine:
            self._pristine[template] = self._run(lambda: self._saved(template))
        free = self._free.setdefault(template, [])
        if free:
            name = free.pop()
        else:
            self._names += 1
            name = f"copy_{self._names}"
            self.cluster.create_database(name, template=template)
        self._handed_out[name] = (template, self._run(lambda: _last_xid(self._connect(name))))
        return name

    def give_back(self, name: str) -> None:
        """Put the copy back as the template has it, or drop it when it cannot be."""
        template, handed_out_at = self._handed_out.pop(name)
        try:
            reset = self._run(lambda: self._reset(name, self._pristine[template], handed_out_at))
        except (OSError, asyncpg.PostgresError):
            reset = False
        if reset:
            self._free[template].append(name)
        else:
            self.cluster.drop_database(name)

    def _run(self, work: Callable[[], Awaitable[T]]) -> T:
        """Run `work` on an event loop of its own: fixtures end inside the tests' loop."""

        async def run() -> T:
            return await work()

        return self._runner.submit(asyncio.run, run()).result()

    async def _connect(self, database: str) -> asyncpg.Connection:
        return await asyncpg.connect(
            host="127.0.0.1", port=self.cluster.port, user=USER, database=database
        )

    async def _saved(self, template: str) -> Pristine:
        """The template's schema digest, row counts and sequences; its rows into files."""
        connection = await self._connect(template)
        try:
            tables = [record["tablename"] for record in await connection.fetch(TABLES)]
            files = {table: str(self.cluster.directory / f"{template}.{table}") for table in tables}
            async with connection.transaction(isolation="repeatable_read"):
                for table, path in files.items():
                    await connection.execute(
                        f"COPY public.{_quoted(table)} TO {_literal(path)} (FORMAT binary)"
                    )
                rows = {
                    record["name"]: record["rows"]
                    for record in await connection.fetch(_counts(tables), 0)
                }
            return Pristine(
                schema=await connection.fetchval(SCHEMA),
                rows=rows,
                sequences=[record[0] for record in await connection.fetch(SEQUENCES)],
                files=files,
            )
        finally:
            await connection.close()

    async def _reset(self, name: str, pristine: Pristine, handed_out_at: int) -> bool:
        connection = await self._connect(name)
        try:
            await connection.execute(OTHERS_OFF)
            if await connection.fetchval(SCHEMA) != pristine.schema:
                return False
            counts = await connection.fetch(_counts(list(pristine.rows)), handed_out_at)
            async with connection.transaction():
                await connection.execute("SET LOCAL session_replication_role = replica")
                for table in pristine.changed_tables(counts):
                    await connection.execute(f"DELETE FROM public.{_quoted(table)}")
                    copy = f"COPY public.{_quoted(table)} FROM {_literal(pristine.files[table])}"
                    await connection.execute(f"{copy} (FORMAT binary)")
                for statement in pristine.sequences:
                    await connection.execute(statement)
            return True
        finally:
            await connection.close()


async def _last_xid(connecting: Awaitable[asyncpg.Connection]) -> int:
    """The newest transaction id so far: rows written later carry a higher one."""
    connection = await connecting
    try:
        xid: int = await connection.fetchval(LAST_XID)
        return xid
    finally:
        await connection.close()


def _counts(tables: list[str]) -> str:
    """Each table's rows and how many were written after transaction $1."""
    return " UNION ALL ".join(
        f"SELECT {_literal(table)} AS name, count(*) AS rows, "
        f"count(*) FILTER (WHERE xmin::text::bigint > $1) AS written FROM public.{_quoted(table)}"
        for table in tables
    )


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"

"""A PostgreSQL copy handed back by one test is, for the next, what a fresh copy of the template
is: same rows, same next ids, same schema, though the test left a transaction open; one whose
schema a test changed is not reused."""

from __future__ import annotations

import asyncpg

from tests.postgres import USER
from tests.template_copies import TemplateCopies

FRESH = "fresh_for_comparison"
TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
NEXT_IDS = """
SELECT string_agg(format('%s:%s', sequencename, nextval(format('%I', sequencename))), ','
                  ORDER BY sequencename)
FROM pg_sequences WHERE schemaname = 'public'
"""


async def connect(copies: TemplateCopies, database: str) -> asyncpg.Connection:
    return await asyncpg.connect(
        host="127.0.0.1", port=copies.cluster.port, user=USER, database=database
    )


async def contents(copies: TemplateCopies, database: str) -> tuple[dict[str, list[str]], str]:
    """Every table's rows, then the id each sequence gives next."""
    connection = await connect(copies, database)
    try:
        rows = {
            table: [
                record[0]
                for record in await connection.fetch(f'SELECT t::text FROM "{table}" t ORDER BY 1')
            ]
            for (table,) in await connection.fetch(TABLES)
        }
        return rows, await connection.fetchval(NEXT_IDS)
    finally:
        await connection.close()


async def test_rows_and_ids_a_test_changed_are_the_templates_again_for_the_next(
    postgres_copies: TemplateCopies, postgres_template: str
) -> None:
    postgres_copies.cluster.create_database(FRESH, template=postgres_template)
    try:
        fresh = await contents(postgres_copies, FRESH)
    finally:
        postgres_copies.cluster.drop_database(FRESH)
    name = postgres_copies.take(postgres_template)
    left_open = await connect(postgres_copies, name)
    await left_open.execute("UPDATE papers SET title = 'changed' WHERE id = 1")
    await left_open.execute("DELETE FROM related_papers")
    await left_open.execute(
        "INSERT INTO rooms (conference_id, slug, name, purpose) VALUES (1, 'annex', 'Annex', '')"
    )
    await left_open.execute("BEGIN; UPDATE sessions SET kind = 'half done'")

    postgres_copies.give_back(name)
    again = postgres_copies.take(postgres_template)

    assert again == name, "the copy was reused, not made again"
    assert await contents(postgres_copies, again) == fresh
    postgres_copies.give_back(again)
    left_open.terminate()


async def test_a_copy_whose_schema_a_test_changed_is_not_handed_out_again(
    postgres_copies: TemplateCopies, postgres_template: str
) -> None:
    name = postgres_copies.take(postgres_template)
    connection = await connect(postgres_copies, name)
    await connection.execute("ALTER TABLE rooms ADD COLUMN floor integer")
    await connection.close()

    postgres_copies.give_back(name)
    again = postgres_copies.take(postgres_template)

    connection = await connect(postgres_copies, again)
    try:
        columns = await connection.fetch(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'rooms'"
        )
    finally:
        await connection.close()
        postgres_copies.give_back(again)
    assert again != name
    assert "floor" not in {record["column_name"] for record in columns}

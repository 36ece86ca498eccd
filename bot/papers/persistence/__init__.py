"""The papers' reads: search (FTS5 on SQLite, tsvector and pg_trgm on PostgreSQL), titles for
autocomplete, papers in full; and the authors' abstracts `confbot enrich` keeps (`abstracts`).
Imported by the papers feature only; the index these read is written by the store's seeding
(`bot.store.search_index`)."""

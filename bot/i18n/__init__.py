"""Languages the bot answers in: catalogues of its sentences and CLDR formatting.

Shared by every feature and by the Discord glue; it knows neither Discord nor the store, so a
Discord locale comes in as its string (discord.Locale is a str enum)."""

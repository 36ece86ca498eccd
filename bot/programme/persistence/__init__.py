"""The programme's reads: sessions, topics and the papers on them, papers by keyword.
Imported by the programme feature only."""

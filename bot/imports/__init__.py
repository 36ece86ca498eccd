"""Reading conferences from the files organisers have, and applying them to the store."""

"""Storage: peewee over one SQLite file. Knows nothing of Qt."""

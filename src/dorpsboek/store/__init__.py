"""Storage: the encrypted book file, its schema, migrations and the SQL that reads and writes it."""

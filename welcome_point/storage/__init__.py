"""Storage: SQLAlchemy tables, the SQLite engine, migrations and repositories."""

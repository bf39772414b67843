"""Alembic environment: the connection comes from ``storage.schema.run_alembic``."""

from __future__ import annotations

from alembic import context

from welcome_point.storage.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through welcome_point.storage.schema, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

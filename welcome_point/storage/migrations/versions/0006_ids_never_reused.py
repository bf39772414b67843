"""Ids of accounts, volunteers and visitors are never reused: the tables get AUTOINCREMENT

Revision ID: 0006_ids_never_reused
Revises: 0005_accounts_and_audit
Create Date: 2026-11-26 10:00:00

The audit log and the subject access records find people by id (audit_events holds ids, no
foreign keys). With a plain INTEGER PRIMARY KEY SQLite hands out the highest deleted id again,
so the next new person would inherit an erased person's audit entries. Each table is rebuilt
with AUTOINCREMENT (batch mode keeps rows, ids, constraints and foreign keys; run_alembic runs
this with foreign keys off, so dropping the old table touches none of its children) and
``sqlite_sequence`` starts at the highest id in use: the table's own, or one the audit log still
names, since a person erased before this upgrade is known only there.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_ids_never_reused'
down_revision = '0005_accounts_and_audit'
branch_labels = None
depends_on = None

# Only the primary key's name is needed: without AUTOINCREMENT it is a named table constraint again.
NAMING = {"pk": "pk_%(table_name)s"}

# The highest id ever given, per table: the rows still there and the ids the audit log names.
HIGHEST = {
    "volunteers": "SELECT max(coalesce((SELECT max(id) FROM volunteers), 0), "
                  "coalesce((SELECT max(object_id) FROM audit_events WHERE object_type = 'volunteer'), 0))",
    "visitors": "SELECT max(coalesce((SELECT max(id) FROM visitors), 0), "
                "coalesce((SELECT max(object_id) FROM audit_events WHERE object_type = 'visitor'), 0))",
    "accounts": "SELECT max(coalesce((SELECT max(id) FROM accounts), 0), "
                "coalesce((SELECT max(account_id) FROM audit_events), 0), "
                "coalesce((SELECT max(object_id) FROM audit_events WHERE object_type = 'account'), 0))",
}


def _rebuild(autoincrement: bool) -> None:
    for name in HIGHEST:
        with op.batch_alter_table(name, recreate="always", naming_convention=NAMING,
                                  table_kwargs={"sqlite_autoincrement": autoincrement}):
            pass


def upgrade() -> None:
    _rebuild(autoincrement=True)
    connection = op.get_bind()
    for name, query in HIGHEST.items():
        highest = connection.execute(sa.text(query)).scalar_one()
        connection.execute(sa.text("DELETE FROM sqlite_sequence WHERE name = :n"), {"n": name})
        if highest:
            connection.execute(sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES (:n, :s)"),
                               {"n": name, "s": highest})


def downgrade() -> None:
    _rebuild(autoincrement=False)  # dropping an AUTOINCREMENT table drops its sqlite_sequence row too

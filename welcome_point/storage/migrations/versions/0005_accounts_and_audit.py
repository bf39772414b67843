"""Accounts get a PIN and a persistent login throttle; the audit log becomes append-only and hash-chained

Revision ID: 0005_accounts_and_audit
Revises: 0004_assignment_history
Create Date: 2026-11-25 18:40:00
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = '0005_accounts_and_audit'
down_revision = '0004_assignment_history'
branch_labels = None
depends_on = None

GENESIS = "0" * 64
TRIGGERS = {
    "audit_events_no_update": "UPDATE",
    "audit_events_no_delete": "DELETE",
}


def _chain(prev: str, event_id: int, row: sa.Row) -> str:
    # The same canonical text as domain.audit.event_hash (frozen here: a migration never changes).
    at = str(row.at)[:19].replace("T", " ")  # whole seconds, as domain.audit writes them
    text = "|".join([prev, str(event_id), at, "" if row.account_id is None else str(row.account_id),
                     row.action, row.object_type or "", "" if row.object_id is None else str(row.object_id)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pin_hash', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('failed_logins', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(), nullable=True))
        batch_op.create_check_constraint('failed_logins_not_negative', 'failed_logins >= 0')

    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_constraint('fk_audit_events_account_id_accounts', type_='foreignkey')
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=False, server_default=GENESIS))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=False, server_default=GENESIS))

    # domain.audit.check_chain wants ids 1, 2, 3, ...: older rows are renumbered in id order before
    # they are hashed (a gap, 1, 2, 5, would fail every check). Nothing refers to audit ids, and
    # the new id is never above the old one, so each UPDATE lands on a free id.
    connection = op.get_bind()
    prev = GENESIS
    rows = connection.execute(sa.text(
        "SELECT id, at, account_id, action, object_type, object_id FROM audit_events ORDER BY id")).all()
    for number, row in enumerate(rows, start=1):
        digest = _chain(prev, number, row)
        connection.execute(
            sa.text("UPDATE audit_events SET id = :n, prev_hash = :p, hash = :h WHERE id = :i"),
            {"n": number, "p": prev, "h": digest, "i": row.id})
        prev = digest
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.alter_column('prev_hash', server_default=None)
        batch_op.alter_column('hash', server_default=None)
    for name, statement in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} BEFORE {statement} ON audit_events "
                   f"BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
        batch_op.create_foreign_key('fk_audit_events_account_id_accounts', 'accounts', ['account_id'], ['id'],
                                    ondelete='SET NULL')
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_accounts_failed_logins_not_negative'), type_='check')
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_logins')
        batch_op.drop_column('pin_hash')

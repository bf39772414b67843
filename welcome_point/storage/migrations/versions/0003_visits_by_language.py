"""Visits by language: an index for the Visits page filter over years of visits

Revision ID: 0003_visits_by_language
Revises: 0002_desk_queue
Create Date: 2026-11-25 14:33:07.563625
"""

from __future__ import annotations

from alembic import op

revision = '0003_visits_by_language'
down_revision = '0002_desk_queue'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index('ix_visits_language_arrived', ['language', 'arrived_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index('ix_visits_language_arrived')


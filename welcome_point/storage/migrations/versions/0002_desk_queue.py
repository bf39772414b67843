"""Desk queue: people waiting keep their place across a restart

Revision ID: 0002_desk_queue
Revises: 0001_initial_schema
Create Date: 2026-11-25 14:05:09.721862
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002_desk_queue'
down_revision = '0001_initial_schema'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('queue_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('arrived_at', sa.DateTime(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('card_code', sa.String(length=11), nullable=True),
    sa.Column('called_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("language IS NULL OR language IN ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'ku', 'ti', 'so', 'ps', 'fr', 'sq', 'ro', 'bg', 'es', 'other')", name=op.f('ck_queue_entries_language_code')),
    sa.CheckConstraint('called_at IS NULL OR called_at >= arrived_at', name=op.f('ck_queue_entries_called_after_arrival')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_queue_entries_site_id_sites'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_entries')),
    sqlite_autoincrement=True,
    )
    with op.batch_alter_table('queue_entries', schema=None) as batch_op:
        batch_op.create_index('ix_queue_entries_site_arrived', ['site_id', 'arrived_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('queue_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_queue_entries_site_arrived')

    op.drop_table('queue_entries')

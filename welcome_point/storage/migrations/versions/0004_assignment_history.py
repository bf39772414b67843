"""Assignment history: cancellations and swaps of shift assignments are kept, with ids only

Revision ID: 0004_assignment_history
Revises: 0003_visits_by_language
Create Date: 2026-11-25 15:07:35.238065
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004_assignment_history'
down_revision = '0003_visits_by_language'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('assignment_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('action', sa.String(length=12), nullable=False),
    sa.Column('assignment_id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=True),
    sa.Column('other_volunteer_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("action IN ('assigned', 'cancelled', 'swapped', 'no_show')", name=op.f('ck_assignment_changes_action_code')),
    sa.ForeignKeyConstraint(['assignment_id'], ['assignments.id'], name=op.f('fk_assignment_changes_assignment_id_assignments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['other_volunteer_id'], ['volunteers.id'], name=op.f('fk_assignment_changes_other_volunteer_id_volunteers'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_assignment_changes_volunteer_id_volunteers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignment_changes'))
    )
    with op.batch_alter_table('assignment_changes', schema=None) as batch_op:
        batch_op.create_index('ix_assignment_changes_assignment', ['assignment_id', 'at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('assignment_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_assignment_changes_assignment')

    op.drop_table('assignment_changes')

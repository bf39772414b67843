"""Initial schema: the whole first data model

Revision ID: 0001_initial_schema
Revises: -
Create Date: 2026-11-25 13:25:46.582433
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001_initial_schema'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('organisations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=24), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('opening_hours', sa.String(length=300), nullable=False),
    sa.Column('what_to_bring', sa.String(length=500), nullable=False),
    sa.Column('is_example', sa.Boolean(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.CheckConstraint("category IN ('authority', 'counselling', 'language_course', 'health', 'housing', 'legal_aid', 'education', 'labour_market', 'community', 'other')", name=op.f('ck_organisations_category_code')),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_organisations_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisations'))
    )
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.create_index('ix_organisations_name', ['name'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.String(length=2000), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('sites',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('opening_hours', sa.String(length=300), nullable=False),
    sa.CheckConstraint('length(trim(code)) > 0', name=op.f('ck_sites_code_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sites')),
    sa.UniqueConstraint('code', name=op.f('uq_sites_code'))
    )
    op.create_table('visitors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_code', sa.String(length=11), nullable=False),
    sa.Column('first_seen', sa.Date(), nullable=False),
    sa.Column('age_band', sa.String(length=12), nullable=False),
    sa.Column('gender', sa.String(length=12), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('region', sa.String(length=24), nullable=False),
    sa.CheckConstraint("age_band IN ('0-17', '18-26', '27-39', '40-59', '60+', 'not_stated')", name=op.f('ck_visitors_age_band_code')),
    sa.CheckConstraint("gender IN ('female', 'male', 'diverse', 'not_stated')", name=op.f('ck_visitors_gender_code')),
    sa.CheckConstraint("language IS NULL OR language IN ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'ku', 'ti', 'so', 'ps', 'fr', 'sq', 'ro', 'bg', 'es', 'other')", name=op.f('ck_visitors_language_code')),
    sa.CheckConstraint("region IN ('eu', 'europe_other', 'middle_east', 'north_africa', 'sub_saharan_africa', 'central_south_asia', 'other', 'not_stated')", name=op.f('ck_visitors_region_code')),
    sa.CheckConstraint('length(card_code) = 11', name=op.f('ck_visitors_card_code_length')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visitors')),
    sa.UniqueConstraint('card_code', name=op.f('uq_visitors_card_code'))
    )
    op.create_table('volunteers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('display_name', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint("(phone = '' AND email = '') OR consent_on IS NOT NULL", name=op.f('ck_volunteers_contact_needs_consent')),
    sa.CheckConstraint('left_on IS NULL OR left_on >= joined_on', name=op.f('ck_volunteers_left_after_joined')),
    sa.CheckConstraint('length(trim(display_name)) > 0', name=op.f('ck_volunteers_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteers'))
    )
    op.create_table('accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('secret_hash', sa.String(length=300), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("role IN ('volunteer', 'coordinator', 'staff', 'admin')", name=op.f('ck_accounts_role_code')),
    sa.CheckConstraint('length(trim(username)) > 0', name=op.f('ck_accounts_username_not_blank')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_accounts_volunteer_id_volunteers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts')),
    sa.UniqueConstraint('username', name=op.f('uq_accounts_username'))
    )
    op.create_table('organisation_languages',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.CheckConstraint("language IN ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'ku', 'ti', 'so', 'ps', 'fr', 'sq', 'ro', 'bg', 'es', 'other')", name=op.f('ck_organisation_languages_language_code')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_organisation_languages_organisation_id_organisations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('organisation_id', 'language', name=op.f('pk_organisation_languages'))
    )
    op.create_table('organisation_topics',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('topic', sa.String(length=16), nullable=False),
    sa.CheckConstraint("topic IN ('residence', 'housing', 'german_course', 'work', 'school', 'health', 'benefits', 'family', 'letters', 'leisure', 'volunteering', 'donations', 'other')", name=op.f('ck_organisation_topics_topic_code')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_organisation_topics_organisation_id_organisations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('organisation_id', 'topic', name=op.f('pk_organisation_topics'))
    )
    with op.batch_alter_table('organisation_topics', schema=None) as batch_op:
        batch_op.create_index('ix_organisation_topics_topic', ['topic', 'organisation_id'], unique=False)

    op.create_table('shifts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('min_staff', sa.Integer(), nullable=False),
    sa.CheckConstraint("role IN ('desk', 'interpreter', 'coordinator')", name=op.f('ck_shifts_role_code')),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_shifts_ends_after_start')),
    sa.CheckConstraint('min_staff >= 1', name=op.f('ck_shifts_min_staff_positive')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_shifts_site_id_sites'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shifts'))
    )
    with op.batch_alter_table('shifts', schema=None) as batch_op:
        batch_op.create_index('ix_shifts_site_starts', ['site_id', 'starts_at'], unique=False)

    op.create_table('visits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('visitor_id', sa.Integer(), nullable=True),
    sa.Column('arrived_at', sa.DateTime(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('group_size', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('interpreter_needed', sa.Boolean(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.CheckConstraint("language IN ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'ku', 'ti', 'so', 'ps', 'fr', 'sq', 'ro', 'bg', 'es', 'other')", name=op.f('ck_visits_language_code')),
    sa.CheckConstraint("outcome IN ('advised', 'referred', 'appointment', 'come_back', 'not_resolved')", name=op.f('ck_visits_outcome_code')),
    sa.CheckConstraint('ended_at IS NULL OR (started_at IS NOT NULL AND ended_at >= started_at)', name=op.f('ck_visits_end_after_start')),
    sa.CheckConstraint('group_size BETWEEN 1 AND 20', name=op.f('ck_visits_group_size_range')),
    sa.CheckConstraint('started_at IS NULL OR started_at >= arrived_at', name=op.f('ck_visits_start_after_arrival')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_visits_site_id_sites'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['visitor_id'], ['visitors.id'], name=op.f('fk_visits_visitor_id_visitors'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index('ix_visits_arrived', ['arrived_at'], unique=False)
        batch_op.create_index('ix_visits_site_arrived', ['site_id', 'arrived_at'], unique=False)
        batch_op.create_index('ix_visits_visitor', ['visitor_id', 'arrived_at'], unique=False)

    op.create_table('volunteer_languages',
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('level', sa.String(length=8), nullable=False),
    sa.CheckConstraint("language IN ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'ku', 'ti', 'so', 'ps', 'fr', 'sq', 'ro', 'bg', 'es', 'other')", name=op.f('ck_volunteer_languages_language_code')),
    sa.CheckConstraint("level IN ('native', 'fluent', 'basic')", name=op.f('ck_volunteer_languages_level_code')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_volunteer_languages_volunteer_id_volunteers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('volunteer_id', 'language', name=op.f('pk_volunteer_languages'))
    )
    with op.batch_alter_table('volunteer_languages', schema=None) as batch_op:
        batch_op.create_index('ix_volunteer_languages_language', ['language', 'volunteer_id'], unique=False)

    op.create_table('volunteer_roles',
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.CheckConstraint("role IN ('desk', 'interpreter', 'coordinator')", name=op.f('ck_volunteer_roles_role_code')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_volunteer_roles_volunteer_id_volunteers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('volunteer_id', 'role', name=op.f('pk_volunteer_roles'))
    )
    op.create_table('assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(), nullable=True),
    sa.Column('checked_out_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("status IN ('planned', 'confirmed', 'attended', 'no_show', 'cancelled')", name=op.f('ck_assignments_status_code')),
    sa.CheckConstraint('checked_out_at IS NULL OR (checked_in_at IS NOT NULL AND checked_out_at >= checked_in_at)', name=op.f('ck_assignments_out_after_in')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_assignments_shift_id_shifts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_assignments_volunteer_id_volunteers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignments'))
    )
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.create_index('ix_assignments_shift', ['shift_id', 'status'], unique=False)
        batch_op.create_index('ix_assignments_volunteer', ['volunteer_id', 'shift_id'], unique=False)

    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('object_type', sa.String(length=30), nullable=False),
    sa.Column('object_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_audit_events_account_id_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_events_at', ['at'], unique=False)

    op.create_table('referrals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('topic', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('status_changed_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("status IN ('open', 'followed_up', 'completed', 'not_reached')", name=op.f('ck_referrals_status_code')),
    sa.CheckConstraint("topic IN ('residence', 'housing', 'german_course', 'work', 'school', 'health', 'benefits', 'family', 'letters', 'leisure', 'volunteering', 'donations', 'other')", name=op.f('ck_referrals_topic_code')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_referrals_organisation_id_organisations'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_referrals_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals'))
    )
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.create_index('ix_referrals_created', ['created_at'], unique=False)
        batch_op.create_index('ix_referrals_organisation', ['organisation_id', 'status'], unique=False)
        batch_op.create_index('ix_referrals_status_follow_up', ['status', 'follow_up_on'], unique=False)
        batch_op.create_index('ix_referrals_visit', ['visit_id'], unique=False)

    op.create_table('shift_languages',
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.CheckConstraint("language IN ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'ku', 'ti', 'so', 'ps', 'fr', 'sq', 'ro', 'bg', 'es', 'other')", name=op.f('ck_shift_languages_language_code')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_shift_languages_shift_id_shifts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('shift_id', 'language', name=op.f('pk_shift_languages'))
    )
    op.create_table('visit_topics',
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('topic', sa.String(length=16), nullable=False),
    sa.CheckConstraint("topic IN ('residence', 'housing', 'german_course', 'work', 'school', 'health', 'benefits', 'family', 'letters', 'leisure', 'volunteering', 'donations', 'other')", name=op.f('ck_visit_topics_topic_code')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_visit_topics_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'topic', name=op.f('pk_visit_topics'))
    )
    with op.batch_alter_table('visit_topics', schema=None) as batch_op:
        batch_op.create_index('ix_visit_topics_topic', ['topic', 'visit_id'], unique=False)

    op.create_table('visit_volunteers',
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_visit_volunteers_visit_id_visits'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_visit_volunteers_volunteer_id_volunteers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'volunteer_id', name=op.f('pk_visit_volunteers'))
    )
    with op.batch_alter_table('visit_volunteers', schema=None) as batch_op:
        batch_op.create_index('ix_visit_volunteers_volunteer', ['volunteer_id', 'visit_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('visit_volunteers', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_volunteers_volunteer')

    op.drop_table('visit_volunteers')
    with op.batch_alter_table('visit_topics', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_topics_topic')

    op.drop_table('visit_topics')
    op.drop_table('shift_languages')
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_index('ix_referrals_visit')
        batch_op.drop_index('ix_referrals_status_follow_up')
        batch_op.drop_index('ix_referrals_organisation')
        batch_op.drop_index('ix_referrals_created')

    op.drop_table('referrals')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_at')

    op.drop_table('audit_events')
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_index('ix_assignments_volunteer')
        batch_op.drop_index('ix_assignments_shift')

    op.drop_table('assignments')
    op.drop_table('volunteer_roles')
    with op.batch_alter_table('volunteer_languages', schema=None) as batch_op:
        batch_op.drop_index('ix_volunteer_languages_language')

    op.drop_table('volunteer_languages')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index('ix_visits_visitor')
        batch_op.drop_index('ix_visits_site_arrived')
        batch_op.drop_index('ix_visits_arrived')

    op.drop_table('visits')
    with op.batch_alter_table('shifts', schema=None) as batch_op:
        batch_op.drop_index('ix_shifts_site_starts')

    op.drop_table('shifts')
    with op.batch_alter_table('organisation_topics', schema=None) as batch_op:
        batch_op.drop_index('ix_organisation_topics_topic')

    op.drop_table('organisation_topics')
    op.drop_table('organisation_languages')
    op.drop_table('accounts')
    op.drop_table('volunteers')
    op.drop_table('visitors')
    op.drop_table('sites')
    op.drop_table('settings')
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.drop_index('ix_organisations_name')

    op.drop_table('organisations')

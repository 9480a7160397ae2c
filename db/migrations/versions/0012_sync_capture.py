"""sync: the outbox, refused changes, the conflict log and the capture triggers

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('tbl', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=40), nullable=False),
    sa.Column('op', sa.String(length=1), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('base', sa.String(length=64), nullable=True),
    sa.Column('changed', sa.Text(), nullable=True),
    sa.Column('data', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_outbox')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.create_index('ix_sync_outbox_tbl_row_id', ['tbl', 'row_id'], unique=False)

    op.create_table('sync_rejected',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('tbl', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=40), nullable=False),
    sa.Column('op', sa.String(length=1), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('reason', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_rejected')),
    sa.UniqueConstraint('seq', name=op.f('uq_sync_rejected_seq'))
    )
    op.create_table('sync_conflicts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('tbl', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=40), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('kept_value', sa.Text(), nullable=False),
    sa.Column('kept_hlc', sa.String(length=64), nullable=False),
    sa.Column('lost_value', sa.Text(), nullable=False),
    sa.Column('lost_hlc', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    from db.sync.capture import refresh_triggers

    refresh_triggers(op.get_bind())


def downgrade() -> None:
    from db.sync.capture import drop_sql
    from db.sync.tables import POLICIES

    for table in POLICIES:
        for sql in drop_sql(table):
            op.execute(sql)
    op.drop_table('sync_conflicts')
    op.drop_table('sync_rejected')
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_outbox_tbl_row_id')
    op.drop_table('sync_outbox')

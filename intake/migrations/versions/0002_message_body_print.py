"""messages.body_print: a sketch of a message's new text, to link a message sent again (intake.resent)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 04:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("body_print", sa.String(length=128), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("body_print")

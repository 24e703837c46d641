"""outbox.sent_at index: the global breaker counts the acknowledgements sent in the last hour on every outbox run

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 13:20:00
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_outbox_sent_at"), "outbox", ["sent_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_outbox_sent_at"), table_name="outbox")

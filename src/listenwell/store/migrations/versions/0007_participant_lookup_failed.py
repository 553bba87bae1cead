"""the roster's columns where a spreadsheet lookup found nothing for a person ("#N/A"), so what they
hold is unknown, not empty (participants.lookup_failed)

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


# A plain ADD/DROP COLUMN, as in 0003 and 0006: a batch rebuild of participants on SQLite would drop
# the old table, and with foreign keys on that would cascade to the interviews' links. Rosters
# imported before it have no failed lookups stored; importing the roster again fills them.


def upgrade() -> None:
    op.add_column("participants",
                  sa.Column("lookup_failed", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))


def downgrade() -> None:
    op.drop_column("participants", "lookup_failed")

"""the names a participant goes by besides the roster's main one (participants.other_names)

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


# A plain ADD/DROP COLUMN, not a batch copy of the table: on SQLite a batch rebuild drops the
# old participants table, and with foreign keys on that would cascade to the interviews' links.


def upgrade() -> None:
    op.add_column("participants",
                  sa.Column("other_names", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))


def downgrade() -> None:
    op.drop_column("participants", "other_names")

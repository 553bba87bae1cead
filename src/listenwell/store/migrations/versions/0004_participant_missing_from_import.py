"""whether a participant was missing from the study's last roster import
(participants.missing_from_import)

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


# A plain ADD/DROP COLUMN, as in 0003: a SQLite batch rebuild of participants would cascade to
# the interviews' links.


def upgrade() -> None:
    op.add_column("participants",
                  sa.Column("missing_from_import", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("participants", "missing_from_import")

"""the first name a roster gives apart from the whole name, for an invitation's greeting
(participants.first_name)

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


# A plain ADD/DROP COLUMN, as in 0003: a batch rebuild of participants on SQLite would drop the
# old table, and with foreign keys on that would cascade to the interviews' links. Rosters
# imported before it have no first name stored; importing the roster again fills it.


def upgrade() -> None:
    op.add_column("participants", sa.Column("first_name", sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.drop_column("participants", "first_name")

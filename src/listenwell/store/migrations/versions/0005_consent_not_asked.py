"""a participant's consent to share recordings or to be quoted may be unknown: the roster never
asked (participants.consent_share_recordings, participants.consent_quotes nullable)

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# On SQLite this is a batch rebuild of participants; env.py runs it with foreign keys off, so
# dropping the old table does not cascade to the interviews' links. The values stored so far
# stay: a True may be a yes or a "not asked", which the data cannot tell apart.


_COLUMNS = ("consent_share_recordings", "consent_quotes")


def upgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.alter_column("consent_share_recordings", existing_type=sa.Boolean(), nullable=True)
        batch.alter_column("consent_quotes", existing_type=sa.Boolean(), nullable=True)


def downgrade() -> None:
    # unknown was read as allowed unless refused
    people = sa.table("participants", *(sa.column(c, sa.Boolean()) for c in _COLUMNS))
    for c in _COLUMNS:
        op.execute(people.update().where(people.c[c].is_(None)).values({c: True}))
    with op.batch_alter_table("participants") as batch:
        batch.alter_column("consent_share_recordings", existing_type=sa.Boolean(), nullable=False)
        batch.alter_column("consent_quotes", existing_type=sa.Boolean(), nullable=False)

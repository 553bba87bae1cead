"""the study's recruitment plan (recruit_plans + recruit_plan_members)

Revision ID: 0002
Revises: web1
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "web1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recruit_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("study_id", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("dimensions", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["study_id"], ["studies.id"], ondelete="CASCADE",
                                name=op.f("fk_recruit_plans_study_id_studies")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recruit_plans")),
        sa.UniqueConstraint("study_id", name=op.f("uq_recruit_plans_study_id")),
    )
    op.create_table(
        "recruit_plan_members",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("segments", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["recruit_plans.id"], ondelete="CASCADE",
                                name=op.f("fk_recruit_plan_members_plan_id_recruit_plans")),
        sa.ForeignKeyConstraint(["participant_id"], ["participants.id"], ondelete="CASCADE",
                                name=op.f("fk_recruit_plan_members_participant_id_participants")),
        sa.PrimaryKeyConstraint("plan_id", "participant_id", name=op.f("pk_recruit_plan_members")),
    )


def downgrade() -> None:
    op.drop_table("recruit_plan_members")
    op.drop_table("recruit_plans")

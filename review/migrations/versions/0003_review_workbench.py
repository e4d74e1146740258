"""The reviewer's workbench: sign-offs kept, who has a case open, log-in throttling, audit values.

Revision ID: 0003_review_workbench
Revises: 0002_ledger
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0003_review_workbench"
down_revision: str | None = "0002_ledger"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(JSONB(), "postgresql")
WHEN = sa.DateTime(timezone=True)
KEEP_STANDING_SIGN_OFFS = """
INSERT INTO review_sign_offs (case_id, reviewer, signed_off_at, undecided)
SELECT case_id, signed_off_by, signed_off_at, '[]' FROM review_cases
WHERE signed_off_by IS NOT NULL AND signed_off_at IS NOT NULL
"""


def _case_key() -> sa.ForeignKey:
    return sa.ForeignKey("review_cases.case_id", ondelete="CASCADE")


def upgrade() -> None:
    op.add_column("review_audit", sa.Column("old_value", sa.Text, nullable=True))
    op.add_column("review_audit", sa.Column("new_value", sa.Text, nullable=True))
    op.create_table(
        "review_sign_offs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.String(128), _case_key(), nullable=False),
        sa.Column("reviewer", sa.String(128), nullable=False),
        sa.Column("signed_off_at", WHEN, nullable=False),
        sa.Column("undecided", JSON, nullable=False),
    )
    op.create_index("ix_review_sign_offs_case_id", "review_sign_offs", ["case_id"])
    op.execute(KEEP_STANDING_SIGN_OFFS)
    op.create_table(
        "review_case_presence",
        sa.Column("case_id", sa.String(128), _case_key(), primary_key=True),
        sa.Column("username", sa.String(128), primary_key=True),
        sa.Column("seen_at", WHEN, nullable=True),
        sa.Column("claimed_at", WHEN, nullable=True),
    )
    op.create_table(
        "review_login_throttle",
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("key", sa.String(128), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_failure_at", WHEN, nullable=False),
        sa.Column("locked_until", WHEN, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("review_login_throttle")
    op.drop_table("review_case_presence")
    op.drop_index("ix_review_sign_offs_case_id", table_name="review_sign_offs")
    op.drop_table("review_sign_offs")
    op.drop_column("review_audit", "new_value")
    op.drop_column("review_audit", "old_value")

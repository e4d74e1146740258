"""The ledger: every uploaded object seen, its bytes, sightings, state and attempts.

Revision ID: 0002_ledger
Revises: 0001_review_queue
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_ledger"
down_revision: str | None = "0001_review_queue"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "ledger_entries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.String(128), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("source", sa.String(512), nullable=False),
        sa.Column("object_key", sa.Text, nullable=False),
        sa.Column("size_bytes", sa.Integer, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(64), nullable=True),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("flow_run_id", sa.String(36), nullable=True),
        sa.Column("due_at", WHEN, nullable=True),
        sa.Column("first_seen_at", WHEN, nullable=False),
        sa.Column("updated_at", WHEN, nullable=False),
        sa.Column("finished_at", WHEN, nullable=True),
        sa.UniqueConstraint("case_id", "sha256", name="uq_ledger_case_sha256"),
    )
    op.create_index("ix_ledger_entries_case_id", "ledger_entries", ["case_id"])
    op.create_index("ix_ledger_entries_state", "ledger_entries", ["state"])
    op.create_index("ix_ledger_entries_due_at", "ledger_entries", ["due_at"])
    op.create_table(
        "ledger_contents",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "ledger_sightings",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("ledger_entries.id"), nullable=False),
        sa.Column("seen_at", WHEN, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("ledger_sightings")
    op.drop_table("ledger_contents")
    op.drop_index("ix_ledger_entries_due_at", "ledger_entries")
    op.drop_index("ix_ledger_entries_state", "ledger_entries")
    op.drop_index("ix_ledger_entries_case_id", "ledger_entries")
    op.drop_table("ledger_entries")

"""The review queue: cases, documents, page images, decisions, audit, users and sessions.

Revision ID: 0001_review_queue
Revises:
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0001_review_queue"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(JSONB(), "postgresql")
WHEN = sa.DateTime(timezone=True)

AUDIT_IS_APPEND_ONLY = """
CREATE OR REPLACE FUNCTION review_audit_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'review_audit is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER review_audit_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON review_audit
  FOR EACH STATEMENT EXECUTE FUNCTION review_audit_append_only();
"""

AUDIT_IS_APPEND_ONLY_SQLITE = [
    """CREATE TRIGGER review_audit_no_update BEFORE UPDATE ON review_audit
       BEGIN SELECT RAISE(ABORT, 'review_audit is append-only'); END""",
    """CREATE TRIGGER review_audit_no_delete BEFORE DELETE ON review_audit
       BEGIN SELECT RAISE(ABORT, 'review_audit is append-only'); END""",
]


def upgrade() -> None:
    op.create_table(
        "review_cases",
        sa.Column("case_id", sa.String(128), primary_key=True),
        sa.Column("received_at", WHEN, nullable=True),
        sa.Column("updated_at", WHEN, nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("tumour_type", sa.String(128), nullable=True),
        sa.Column("marker_badges", JSON, nullable=False),
        sa.Column("conflicts_count", sa.Integer, nullable=False),
        sa.Column("documents_count", sa.Integer, nullable=False),
        sa.Column("markers_count", sa.Integer, nullable=False),
        sa.Column("case_json", JSON, nullable=True),
        sa.Column("signed_off_at", WHEN, nullable=True),
        sa.Column("signed_off_by", sa.String(128), nullable=True),
    )
    op.create_index("ix_review_cases_received_at", "review_cases", ["received_at"])
    op.create_index("ix_review_cases_status", "review_cases", ["status"])
    op.create_index("ix_review_cases_tumour_type", "review_cases", ["tumour_type"])
    op.create_table(
        "review_documents",
        sa.Column(
            "case_id",
            sa.String(128),
            sa.ForeignKey("review_cases.case_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("document_id", sa.String(64), primary_key=True),
        sa.Column("added_at", WHEN, nullable=False),
        sa.Column("results_json", JSON, nullable=False),
    )
    op.create_table(
        "review_page_images",
        sa.Column("document_id", sa.String(64), primary_key=True),
        sa.Column("page", sa.Integer, primary_key=True),
        sa.Column("png", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "review_decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "case_id",
            sa.String(128),
            sa.ForeignKey("review_cases.case_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("result_key", sa.String(200), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("result_json", JSON, nullable=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("username", sa.String(128), nullable=False),
        sa.Column("decided_at", WHEN, nullable=False),
    )
    op.create_index("ix_review_decisions_case_id", "review_decisions", ["case_id"])
    op.create_table(
        "review_audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", WHEN, nullable=False),
        sa.Column("username", sa.String(128), nullable=True),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("case_id", sa.String(128), nullable=True),
        sa.Column("detail", sa.String(500), nullable=False),
    )
    op.create_index("ix_review_audit_at", "review_audit", ["at"])
    op.create_index("ix_review_audit_action", "review_audit", ["action"])
    op.create_index("ix_review_audit_case_id", "review_audit", ["case_id"])
    op.create_table(
        "review_users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(128), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(256), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
    )
    op.create_table(
        "review_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer,
            sa.ForeignKey("review_users.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("last_seen_at", WHEN, nullable=False),
    )
    op.create_index("ix_review_sessions_user_id", "review_sessions", ["user_id"])
    _make_audit_append_only()


def _make_audit_append_only() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(AUDIT_IS_APPEND_ONLY)
    elif dialect == "sqlite":
        for statement in AUDIT_IS_APPEND_ONLY_SQLITE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS review_audit_append_only ON review_audit")
        op.execute("DROP FUNCTION IF EXISTS review_audit_append_only()")
    for table in (
        "review_sessions",
        "review_users",
        "review_audit",
        "review_decisions",
        "review_page_images",
        "review_documents",
        "review_cases",
    ):
        op.drop_table(table)

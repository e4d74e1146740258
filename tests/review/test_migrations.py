"""The Alembic revisions build exactly the tables the models describe, on both databases."""

import importlib
import importlib.util

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from review.db import Base, init_db

importlib.import_module("review.tables")
if importlib.util.find_spec("review.ledger") is not None:
    importlib.import_module("review.ledger")

REVIEW_TABLES = {
    "review_cases",
    "review_documents",
    "review_page_images",
    "review_decisions",
    "review_audit",
    "review_users",
    "review_sessions",
    "review_sign_offs",
    "review_case_presence",
    "review_login_throttle",
}


def test_init_db_creates_the_review_tables(engine: Engine) -> None:
    assert REVIEW_TABLES <= set(inspect(engine).get_table_names())


def test_init_db_twice_changes_nothing(engine: Engine) -> None:
    init_db(engine)
    assert REVIEW_TABLES <= set(inspect(engine).get_table_names())


def test_the_migrated_schema_matches_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_the_revisions_read_without_alembic_are_the_ones_alembic_reads(engine: Engine) -> None:
    """Every flow run checks the database's revision without importing Alembic: the newest
    migration file's name, and the row of Alembic's version table."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from review import db

    assert db.head_revision() == ScriptDirectory.from_config(db.alembic_config()).get_current_head()
    for revision in ("0002_ledger", "head"):
        command.stamp(db.alembic_config(engine), revision)
        with engine.connect() as connection:
            by_alembic = MigrationContext.configure(connection).get_current_revision()
        assert db.current_revision(engine) == by_alembic
    with engine.begin() as connection:
        connection.exec_driver_sql(f"DROP TABLE {db.VERSION_TABLE}")
    assert db.current_revision(engine) is None


def test_a_database_at_head_is_not_upgraded_again_and_an_older_one_is(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    from review import db

    assert db.current_revision(engine) == db.head_revision() == "0004_ledger_turns"
    command.stamp(db.alembic_config(engine), "0001_review_queue")
    upgrades: list[str] = []
    monkeypatch.setattr(command, "upgrade", lambda _config, target: upgrades.append(target))
    init_db(engine)
    assert upgrades == ["head"]
    command.stamp(db.alembic_config(engine), "head")
    init_db(engine)
    assert upgrades == ["head"]


def test_the_workbench_revision_keeps_a_standing_sign_off_and_downgrades(engine: Engine) -> None:
    from alembic import command
    from sqlalchemy import text

    from review import db

    config = db.alembic_config(engine)
    command.downgrade(config, "0002_ledger")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO review_cases (case_id, updated_at, status, marker_badges,"
                " conflicts_count, documents_count, markers_count, signed_off_at, signed_off_by)"
                " VALUES ('c-1', CURRENT_TIMESTAMP, 'signed_off', '[]', 0, 0, 0,"
                " CURRENT_TIMESTAMP, 'rita')"
            )
        )

    command.upgrade(config, "head")

    with engine.connect() as connection:
        kept = connection.execute(text("SELECT case_id, reviewer FROM review_sign_offs")).all()
    assert [tuple(row) for row in kept] == [("c-1", "rita")]

"""The review database: one SQLAlchemy engine and declarative base for the queue and ledger."""

import os
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic's version table, by its default name: one row, the revision the database is at.
VERSION_TABLE = "alembic_version"


class Base(DeclarativeBase):
    """Declarative base of every table in the review database."""


def markerflow_home() -> Path:
    """The folder holding markerflow's state ($MARKERFLOW_HOME, default ./var)."""
    return Path(os.environ.get("MARKERFLOW_HOME", "var")).resolve()


def database_url() -> str:
    """$MARKERFLOW_DATABASE_URL, else SQLite at $MARKERFLOW_HOME/markerflow.db."""
    url = os.environ.get("MARKERFLOW_DATABASE_URL")
    if url:
        return url
    home = markerflow_home()
    home.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{home / 'markerflow.db'}"


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    """An engine for the review database; SQLite gets WAL and a busy timeout."""
    url = url or database_url()
    engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """A session factory bound to the engine; sessions keep objects usable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(engine: Engine | None = None) -> "Config":
    """Alembic's configuration for the review database, found inside the installed package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("review") / "migrations"))
    config.set_main_option("path_separator", "os")
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
        config.attributes["engine"] = engine
    return config


@cache
def head_revision() -> str | None:
    """The newest revision of the review database: its newest migration file's name.

    Each migration's revision id is its file name (`0004_ledger_turns`), numbered in order; a
    test holds this to what Alembic reads from the scripts, which costs every flow run an
    import of Alembic (with its PostgreSQL support, about 0.3 s of CPU).
    """
    names = [
        entry.name.removesuffix(".py")
        for entry in (files("review") / "migrations" / "versions").iterdir()
        if entry.name[:4].isdigit() and entry.name.endswith(".py")
    ]
    return max(names, default=None)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None when it has no tables yet."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        revision = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()  # noqa: S608 - a constant
    return None if revision is None else str(revision)


def init_db(engine: Engine) -> None:
    """Create or upgrade the review database's tables to the newest Alembic revision.

    A database already at the newest revision costs one query: every flow run opens the
    database, and running Alembic's upgrade each time cost about 0.1 s of CPU.
    """
    if current_revision(engine) == head_revision():
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")

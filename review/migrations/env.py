"""Alembic environment: migrates the engine handed over by review.db.init_db, or the URL."""

import importlib
import importlib.util

from alembic import context
from sqlalchemy import Engine, create_engine

from review.db import Base

importlib.import_module("review.tables")
if importlib.util.find_spec("review.ledger") is not None:
    importlib.import_module("review.ledger")

target_metadata = Base.metadata


def _engine() -> Engine:
    engine = context.config.attributes.get("engine")
    if engine is not None:
        return engine
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        from review.db import database_url

        url = database_url()
    return create_engine(url)


def run_offline() -> None:
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    with _engine().connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()

"""The review database as the flows use it: one engine per process, migrated once."""

from functools import cache

from sqlalchemy import Engine

from flows.settings import FlowSettings
from review.db import init_db, make_engine
from review.ledger import Ledger


@cache
def review_engine() -> Engine:
    """The engine of $MARKERFLOW_DATABASE_URL or $MARKERFLOW_HOME/markerflow.db, at head."""
    engine = make_engine()
    init_db(engine)
    return engine


def open_ledger(settings: FlowSettings) -> Ledger:
    """The ledger with the configured lease."""
    return Ledger(review_engine(), lease=settings.lease)

"""Database errors never quote the values of the statement that failed (they may be PHI)."""

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, insert
from sqlalchemy.exc import IntegrityError

from review.db import make_engine


def test_a_failed_statement_does_not_quote_its_values(tmp_path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'errors.db'}")
    metadata = MetaData()
    table = Table("t", metadata, Column("id", Integer, primary_key=True), Column("v", String))
    metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(table).values(id=1, v="first"))
    with pytest.raises(IntegrityError) as raised, engine.begin() as conn:
        conn.execute(insert(table).values(id=1, v="CANARY Patient Name"))
    assert "CANARY" not in str(raised.value)

"""Alembic migrations of the review database, shipped inside the package."""

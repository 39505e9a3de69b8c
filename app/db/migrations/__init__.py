"""Alembic migrations of the Resident Desk schema."""

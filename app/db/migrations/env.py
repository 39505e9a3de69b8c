"""Alembic environment: runs on the connection the program hands over (no URL of its own)."""

from __future__ import annotations

from alembic import context

from app.db import text_index
from app.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through app.db.migrate, which supplies a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=text_index.outside_models,  # the FTS5 index is made by its migration, not models
)
with context.begin_transaction():
    context.run_migrations()

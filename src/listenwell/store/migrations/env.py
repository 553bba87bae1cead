"""Alembic environment: the engine comes from ``Config.attributes`` (see store.engine)."""

from alembic import context

from listenwell.store.tables import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite needs batch mode to alter tables
    )
    context.run_migrations()

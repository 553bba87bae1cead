"""Alembic environment: the engine comes from ``Config.attributes`` (see store.engine).

On SQLite the migrations run with foreign keys off: a batch migration rebuilds a table (copy,
drop the old one, rename), and with foreign keys on, dropping the old ``participants`` would
cascade to every row that points at it (an interview's links, a plan's members). The keys are
checked before the migration commits and turned on again after.
"""

from alembic import context

from listenwell.store.tables import Base

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:  # a no-op inside a transaction, so before it begins
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
    try:
        with connection.begin():
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                render_as_batch=True,  # SQLite needs batch mode to alter tables
            )
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the schema upgrade would leave rows pointing nowhere: {broken[:5]}")
    finally:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()

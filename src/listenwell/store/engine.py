"""Engine set-up and automatic migration.

SQLite gets foreign keys and WAL on every connection. Opening a workspace upgrades its
database to the newest schema with Alembic, after copying an existing SQLite file aside
(``listenwell.db.bak-<revision>``) so an upgrade can always be undone by hand. A URL may
name PostgreSQL instead (``postgresql+psycopg://...``); then no file backup is made.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001 - DB-API objects
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def upgrade(engine: Engine, db_file: Path | None = None) -> None:
    """Bring the database to the newest schema, backing up an existing SQLite file first."""
    current, head = current_revision(engine), head_revision(engine)
    if current == head:
        return
    if current is not None and db_file is not None and db_file.exists():
        with engine.connect() as conn:  # fold the WAL into the main file before copying
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(db_file, db_file.with_name(f"{db_file.name}.bak-{current}"))
    command.upgrade(alembic_config(engine), "head")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False, future=True)

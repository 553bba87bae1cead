"""full-text search index over statements, notes and highlights (SQLite FTS5 only)

One FTS5 table, ``search_fts``, whose rowid encodes the source: ``id * 4 + kind`` with kind
0 = statement, 1 = note, 2 = highlight, so triggers update one row by rowid without scanning.
Other databases get nothing here; search then falls back to LIKE (services/search.py).

Revision ID: web1
Revises: 0001
"""

from alembic import op

revision = "web1"
down_revision = "0001"
branch_labels = None
depends_on = None

_SOURCES = (  # (table, kind, text column)
    ("statements", 0, "text"),
    ("notes", 1, "text"),
    ("highlights", 2, "snippet"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
        "body, tokenize = 'porter unicode61 remove_diacritics 2')"
    )
    for table, kind, col in _SOURCES:
        op.execute(
            f"INSERT INTO search_fts(rowid, body) SELECT id * 4 + {kind}, {col} FROM {table}"
        )
        op.execute(
            f"CREATE TRIGGER IF NOT EXISTS {table}_fts_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO search_fts(rowid, body) VALUES (new.id * 4 + {kind}, new.{col}); END"
        )
        op.execute(
            f"CREATE TRIGGER IF NOT EXISTS {table}_fts_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search_fts WHERE rowid = old.id * 4 + {kind}; END"
        )
        op.execute(
            f"CREATE TRIGGER IF NOT EXISTS {table}_fts_au AFTER UPDATE OF {col} ON {table} BEGIN "
            f"DELETE FROM search_fts WHERE rowid = old.id * 4 + {kind}; "
            f"INSERT INTO search_fts(rowid, body) VALUES (new.id * 4 + {kind}, new.{col}); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, _kind, _col in _SOURCES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_fts")

"""The Alembic migrations and ``store/tables.py`` describe the same schema, and an upgrade
from an older revision keeps what the workspace holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from listenwell.store import engine as eng
from listenwell.store.tables import Base
from listenwell.workspace import Workspace


def _fts(diff: tuple) -> bool:
    """The full-text index is SQLite-only and lives outside the metadata on purpose."""
    return diff[0] == "remove_table" and diff[1].name.startswith("search_fts")


def test_migrated_database_matches_the_tables(tmp_path: Path) -> None:
    Workspace.open(tmp_path / "ws").close()
    engine = eng.make_engine(f"sqlite:///{tmp_path / 'ws' / 'listenwell.db'}")
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert [d for d in diffs if not _fts(d)] == []


def test_upgrade_from_the_first_schema_keeps_the_data(tmp_path: Path) -> None:
    db = tmp_path / "ws" / "listenwell.db"
    db.parent.mkdir()
    engine = eng.make_engine(f"sqlite:///{db}")
    command.upgrade(eng.alembic_config(engine), "web1")  # a workspace made before recruit plans
    engine.dispose()
    con = sqlite3.connect(db)
    con.execute("insert into studies (slug, title, description, goals, created_at) "
                "values ('old', 'Old study', '', '[]', '2026-01-01 00:00:00')")
    con.commit()
    con.close()
    with Workspace.open(tmp_path / "ws") as ws:
        assert ws.study("old").title == "Old study"
    assert (tmp_path / "ws" / "listenwell.db.bak-web1").is_file()
    tables = {r[0] for r in sqlite3.connect(db).execute("select name from sqlite_master")}
    assert {"recruit_plans", "recruit_plan_members"} <= tables


def test_adding_other_names_keeps_who_each_interview_was_with(tmp_path: Path) -> None:
    db = tmp_path / "ws" / "listenwell.db"
    db.parent.mkdir()
    engine = eng.make_engine(f"sqlite:///{db}")
    command.upgrade(eng.alembic_config(engine), "0002")  # before participants.other_names
    engine.dispose()
    con = sqlite3.connect(db)
    con.execute("insert into studies (id, slug, title, description, goals, created_at) "
                "values (1, 'old', 'Old study', '', '[]', '2026-01-01 00:00:00')")
    con.execute("insert into participants (id, study_id, pid, name, attributes, tags, "
                "consent_share_recordings, consent_quotes) values (1, 1, 'P1', 'Ann Lee', '{}', '[]', 1, 1)")
    con.execute("insert into interviews (id, study_id, title, content_hash, created_at) "
                "values (1, 1, 'call', 'abc', '2026-01-02 00:00:00')")
    con.execute("insert into interview_participants (interview_id, participant_id) values (1, 1)")
    con.commit()
    con.close()
    with Workspace.open(tmp_path / "ws") as ws:
        assert ws.participants("old")[0].other_names == []
        assert ws.interview(1).participants == ["P1"]


def test_consent_may_be_unknown_after_an_upgrade_that_keeps_every_link(tmp_path: Path) -> None:
    # 0005 rebuilds the participants table on SQLite: nothing that points at a participant may go
    db = tmp_path / "ws" / "listenwell.db"
    db.parent.mkdir()
    engine = eng.make_engine(f"sqlite:///{db}")
    command.upgrade(eng.alembic_config(engine), "0004")
    engine.dispose()
    con = sqlite3.connect(db)
    con.executescript("""
        insert into studies (id, slug, title, description, goals, created_at)
            values (1, 'old', 'Old study', '', '[]', '2026-01-01 00:00:00');
        insert into participants (id, study_id, pid, name, attributes, tags, consent_share_recordings,
            consent_quotes) values (1, 1, 'P1', 'Ann Lee', '{}', '[]', 1, 0);
        insert into interviews (id, study_id, title, content_hash, created_at)
            values (1, 1, 'call', 'abc', '2026-01-02 00:00:00');
        insert into interview_participants (interview_id, participant_id) values (1, 1);
        insert into speakers (id, interview_id, name, role, participant_id) values (1, 1, 'Ann', 'participant', 1);
        insert into recruit_plans (id, study_id, size, seed, as_of, options, dimensions, created_at)
            values (1, 1, 1, 0, '2026-01-01', '{}', '[]', '2026-01-01 00:00:00');
        insert into recruit_plan_members (plan_id, participant_id, position, segments) values (1, 1, 0, '{}');
    """)
    con.commit()
    con.close()
    with Workspace.open(tmp_path / "ws") as ws:
        [ann] = ws.participants("old")
        assert (ann.consent.share_recordings, ann.consent.quotes) == (True, False)  # as stored
        assert ws.interview(1).participants == ["P1"]
        assert ws.interview(1).speakers[0].participant_pid == "P1"
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from recruit_plan_members").fetchone() == (1,)
    assert con.execute("pragma foreign_keys").fetchone() == (0,)  # a plain connection's default
    con.execute("update participants set consent_quotes = null, consent_share_recordings = null")
    con.commit()
    con.close()
    with Workspace.open(tmp_path / "ws") as ws:
        [ann] = ws.participants("old")
        assert (ann.consent.share_recordings, ann.consent.quotes) == (None, None)


def test_failed_lookups_start_empty_after_an_upgrade_and_a_roster_import_fills_them(tmp_path: Path) -> None:
    db = tmp_path / "ws" / "listenwell.db"
    db.parent.mkdir()
    engine = eng.make_engine(f"sqlite:///{db}")
    command.upgrade(eng.alembic_config(engine), "0006")  # before participants.lookup_failed
    engine.dispose()
    con = sqlite3.connect(db)
    con.executescript("""
        insert into studies (id, slug, title, description, goals, created_at)
            values (1, 'old', 'Old study', '', '[]', '2026-01-01 00:00:00');
        insert into participants (id, study_id, pid, name, attributes, tags, other_names, missing_from_import)
            values (1, 1, 'P1', 'Ann Lee', '{"plan": "pro"}', '[]', '[]', 0);
        insert into interviews (id, study_id, title, content_hash, created_at)
            values (1, 1, 'call', 'abc', '2026-01-02 00:00:00');
        insert into interview_participants (interview_id, participant_id) values (1, 1);
    """)
    con.commit()
    con.close()
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,plan,account_status\nP1,Ann Lee,pro,#N/A\n")
    with Workspace.open(tmp_path / "ws") as ws:
        [ann] = ws.participants("old")
        assert ann.lookup_failed == [] and ann.attributes == {"plan": "pro"}
        ws.import_roster(roster, study="old")
    assert (tmp_path / "ws" / "listenwell.db.bak-0006").is_file()
    with Workspace.open(tmp_path / "ws") as ws:
        [ann] = ws.participants("old")
        assert ann.lookup_failed == ["account_status"]
        assert ws.interview(1).participants == ["P1"]

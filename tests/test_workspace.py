"""The facade: studies, rosters, imports in one transaction, re-import detection."""

from __future__ import annotations

import sqlite3

import pytest

from listenwell.domain import Conflict, InputError, NotFound, Role
from listenwell.workspace import Workspace


def test_open_creates_folder_database_and_media(tmp_path) -> None:
    with Workspace.open(tmp_path / "new") as ws:
        assert (ws.root / "listenwell.db").is_file() and ws.media_dir.is_dir()
    con = sqlite3.connect(tmp_path / "new" / "listenwell.db")
    assert con.execute("pragma journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    assert {"studies", "interviews", "segments", "themes", "alembic_version"} <= tables


def test_foreign_keys_are_enforced(ws) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), ws.transaction() as s:
        s.connection().exec_driver_sql(
            "insert into participants (study_id, pid, attributes, tags, consent_share_recordings,"
            " consent_quotes) values (999, 'X', '{}', '[]', 1, 1)")


def test_upgrade_backs_up_an_old_database(tmp_path) -> None:
    root = tmp_path / "ws"
    Workspace.open(root).close()
    con = sqlite3.connect(root / "listenwell.db")
    con.execute("update alembic_version set version_num='0000'")  # pretend: an older schema
    con.execute("create table marker (x)")
    con.commit()
    con.close()
    from listenwell.store import engine as eng

    engine = eng.make_engine(f"sqlite:///{root / 'listenwell.db'}")
    assert eng.current_revision(engine) == "0000"
    engine.dispose()
    with pytest.raises(Exception):  # 0000 is unknown to alembic: the upgrade fails, backup stays
        Workspace.open(root)
    backup = root / "listenwell.db.bak-0000"
    assert backup.is_file()
    assert "marker" in {r[0] for r in sqlite3.connect(backup).execute("select name from sqlite_master")}


def test_study_create_and_conflict(ws) -> None:
    st = ws.create_study("Checkout drop-off", ["Why do people abandon signup?"])
    assert st.slug == "checkout-drop-off" and ws.study(st.slug).goals == st.goals
    with pytest.raises(Conflict):
        ws.create_study("Checkout  Drop-off!")
    with pytest.raises(NotFound, match="checkout-drop-off"):
        ws.study("nope")


def test_roster_update_keeps_ids(ws, study, fixtures, tmp_path) -> None:
    people = ws.participants(study)
    assert [p.pid for p in people] == ["P1", "P2", "P3"]
    changed = tmp_path / "r.csv"
    changed.write_text("id,plan\nP1,Team\nP4,Free\n")
    after = {p.pid: p for p in ws.import_roster(changed, study).people}
    assert after["P1"].attributes["plan"] == "Team" and after["P1"].id == people[0].id
    # what this file has no column for is kept from the earlier import
    assert after["P1"].attributes["nps"] == "9" and after["P1"].email == "priya@example.com"
    assert after["P1"].tags == people[0].tags and after["P1"].consent == people[0].consent
    assert set(after) == {"P1", "P2", "P3", "P4"}


def test_import_links_participants_and_roles(ws, study, fixtures) -> None:
    out = ws.import_transcripts([fixtures / "transcripts/zoom.vtt",
                                 fixtures / "transcripts/stamped.txt"], study)
    zoom, stamped = (o.interview for o in out)
    assert zoom.interviewers == ["Dana Whitfield"] and zoom.participants == ["P1"]
    assert zoom.speaker("Priya Natarajan").participant_pid == "P1"
    assert stamped.participants == ["P3"]  # "Omar Haddad" is on the roster


def test_participant_option_links_an_unknown_speaker(ws, study, fixtures) -> None:
    [o] = ws.import_transcripts([fixtures / "transcripts/plain.txt"], study, participant="P2")
    assert o.interview.participants == ["P2"]
    assert o.interview.speaker("Nora Ellis").participant_pid == "P2"


def test_reimport_is_detected(ws, study, fixtures) -> None:
    first = ws.import_transcripts([fixtures / "transcripts/teams.vtt"], study)
    again = ws.import_transcripts([fixtures / "transcripts/teams.vtt"], study)
    assert not first[0].skipped and again[0].skipped
    assert len(ws.interviews(study)) == 1


def test_one_bad_file_imports_nothing(ws, study, fixtures, tmp_path) -> None:
    bad = tmp_path / "broken.vtt"
    bad.write_text("WEBVTT\n\n00:00:01.000 --> nonsense\nA: hi\n")
    with pytest.raises(InputError, match="broken.vtt:3"):
        ws.import_transcripts([fixtures / "transcripts/zoom.vtt", bad], study)
    assert ws.interviews(study) == []


def test_unknown_participant_or_study(ws, study, fixtures) -> None:
    with pytest.raises(NotFound, match="P99"):
        ws.import_transcripts([fixtures / "transcripts/zoom.vtt"], study, participant="P99")
    with pytest.raises(NotFound, match="no study"):
        ws.import_transcripts([fixtures / "transcripts/zoom.vtt"], "missing")


def test_interviewer_override(ws, study, fixtures) -> None:
    [o] = ws.import_transcripts([fixtures / "transcripts/teams.vtt"], study)
    fixed = ws.set_interviewer(o.interview.id, "Leo Park")
    assert fixed.role_of("Leo Park") == Role.INTERVIEWER and fixed.role_of("Sam Okafor") == Role.PARTICIPANT
    with pytest.raises(NotFound, match="no speaker"):
        ws.set_interviewer(o.interview.id, "Nobody")


def test_media_is_content_addressed(ws, tmp_path) -> None:
    f = tmp_path / "call.M4A"
    f.write_bytes(b"not really audio but bytes")
    a, b = ws.store_media(f), ws.store_media(f)
    assert a.path == b.path and a.path.endswith(".m4a")
    assert ws.media_path(a).read_bytes() == f.read_bytes()
    assert [p.name for p in ws.media_dir.iterdir()] == [a.path]


def test_titles_with_no_latin_letters_get_slugs_of_their_own(tmp_path) -> None:
    with Workspace.open(tmp_path / "ws") as ws:
        # Chinese characters and kana alone: "study", then "study-2"; between digits they part words
        assert [ws.create_study(t).slug for t in ("顧客満足度調査", "新機能ヒアリング", "2027年3月 営業")] == [
            "study", "study-2", "2027-3"]
        assert ws.create_study("顧客満足度調査", slug="cs-2027").slug == "cs-2027"
        with pytest.raises(InputError, match="lower-case letters"):
            ws.create_study("営業", slug="Eigyo 2027")
        with pytest.raises(Conflict, match="--slug"):
            ws.create_study("営業", slug="cs-2027")


def test_a_slug_writes_letters_nfkd_keeps_whole_as_plain_ones_and_an_older_slug_still_works(tmp_path) -> None:
    with Workspace.open(tmp_path / "ws") as ws:
        # "ł" is "l", not dropped ("płatności" → "platnosci"); "ß", "ø", "æ", "đ" likewise
        assert ws.create_study("Przelewy i płatności w Łodzi").slug == "przelewy-i-platnosci-w-lodzi"
        assert ws.create_study("Straße, Ørsted, Æble, Đakovo").slug == "strasse-orsted-aeble-dakovo"
        # a study made before keeps the slug stored then, and is found by the one its title gives now
        old = ws.create_study("Składki ZUS w aplikacji", slug="skadki-zus-w-aplikacji")
        assert ws.study("skadki-zus-w-aplikacji").id == old.id
        assert ws.study("skladki-zus-w-aplikacji").id == old.id
        with pytest.raises(NotFound, match="skadki-zus-w-aplikacji"):
            ws.study("skladki-zus")

"""`listenwell interviews remove ID`: an interview imported into the wrong study is taken out
with all that was made from it, and the study's analysis, report and coverage still work."""

from __future__ import annotations

import json
import sqlite3

import pytest
import themes_study
from typer.testing import CliRunner

from listenwell.cli.app import app
from listenwell.workspace import Workspace

pytestmark = pytest.mark.slow

# a call that belongs to the 'fleet' study, imported into 'shop' by a slip of --study
CALL = """Interviewer: Thanks for making time. Tell me how you plan the routes for your vans.
Ana: Most mornings I sketch the routes on a whiteboard before the drivers come in.
Interviewer: What happens when a van breaks down?
Ana: Then I phone every driver and redo the whole whiteboard, which takes an hour.
"""


@pytest.fixture
def ws_path(tmp_path, theme_embedder):  # noqa: ANN001, ANN201
    ws = Workspace.open(tmp_path / "ws")
    ws._embedder = theme_embedder
    themes_study.build(ws)
    ws.create_study("Fleet", slug="fleet")
    ws.close()
    return tmp_path / "ws"


def _run(ws_path, *args: str):  # noqa: ANN001, ANN202
    return CliRunner().invoke(app, ["-w", str(ws_path), *args], catch_exceptions=False)


def test_remove_takes_an_analysed_interview_and_all_made_from_it(ws_path) -> None:  # noqa: ANN001
    assert _run(ws_path, "analyze", "--study", "shop").exit_code == 0
    with Workspace.open(ws_path) as ws:
        night = next(t for t in ws.themes("shop") if t.evidence.participant_count == 1)
        p4 = next(i for i in ws.interviews("shop") if i.participants == ["P4"])
        seg = next(s for s in p4.segments if "night" in s.text)
        ws.add_highlight(p4.id, seg.id, 8, 20, codes=["screen"])
        ws.add_note(p4.id, "asked to see the dark mode mock-up")
        statements_before = len(ws.statements("shop"))
        assert ws.search("dark mode mock-up")
    res = _run(ws_path, "interviews", "remove", str(p4.id))
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert f"removed interview {p4.id} (Interview P4) from study 'shop'" in out and "with P4" in out
    assert "1 highlight, 1 note" in out
    assert repr(night.title) in out  # the theme only P4 spoke to went, and is named
    with Workspace.open(ws_path) as ws:
        assert p4.id not in [i.id for i in ws.interviews("shop")]
        statements = ws.statements("shop")
        assert statements and all(s.interview_id != p4.id for s in statements)
        assert len(statements) < statements_before
        themes = ws.themes("shop")
        assert night.id not in [t.id for t in themes]
        assert all("P4" not in t.evidence.participants for t in themes)
        assert all(p.interview_id != p4.id for p in ws.saturation("shop"))
        assert not ws.search("dark mode mock-up")  # the note left the search index too
    db = sqlite3.connect(ws_path / "listenwell.db")
    for table in ("segments", "speakers", "statements", "notes", "interview_participants"):
        assert db.execute(f"SELECT count(*) FROM {table} WHERE interview_id = ?", (p4.id,)).fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM highlights").fetchone() == (0,)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()
    # the study goes on: a report, a new analysis, and the command again answers "no interview"
    res = _run(ws_path, "report", "--study", "shop", "-o", str(ws_path / "r.md"))
    assert res.exit_code == 0, res.output
    assert "Interview P4" not in (ws_path / "r.md").read_text()
    res = _run(ws_path, "analyze", "--study", "shop", "--json")
    assert res.exit_code == 0 and json.loads(res.stdout)["interviews"] == 4
    res = CliRunner().invoke(app, ["-w", str(ws_path), "interviews", "remove", str(p4.id)])
    assert res.exit_code == 2 and f"no interview with id {p4.id}" in res.stderr


def test_a_file_imported_into_the_wrong_study_is_taken_out_of_it_only(ws_path, tmp_path) -> None:  # noqa: ANN001
    call = tmp_path / "routes call.txt"
    call.write_text(CALL)
    assert _run(ws_path, "import", str(call), "--study", "fleet").exit_code == 0
    res = _run(ws_path, "import", str(call), "--study", "shop", "--json")
    wrong = json.loads(res.stdout)[0]["interview"]
    with Workspace.open(ws_path) as ws:
        assert ws.interview(wrong).participants == ["P1"]  # Ana is P1 of the shop roster too
        ws.link_participant(wrong, "P1", remove=True)
    warned = _run(ws_path, "recruit", "coverage", "--study", "shop", "--size", "3")
    assert "linked to nobody" in warned.stdout
    res = _run(ws_path, "interviews", "remove", str(wrong), "--json")
    assert res.exit_code == 0
    assert json.loads(res.stdout) | {"media_kept": None} == {
        "interview": wrong, "title": "routes call", "study": "shop", "participants": [], "turns": 4,
        "statements": 0, "highlights": 0, "notes": 0, "themes_changed": 0, "themes_removed": [],
        "media_kept": None}
    coverage = _run(ws_path, "recruit", "coverage", "--study", "shop", "--size", "3")
    assert coverage.exit_code == 0 and "linked to nobody" not in coverage.stdout
    with Workspace.open(ws_path) as ws:
        assert [i.title for i in ws.interviews("fleet")] == ["routes call"]
        assert "routes call" not in [i.title for i in ws.interviews("shop")]


"""Full-text search: the FTS5 index follows the tables; filters; the CLI command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import text, update
from typer.testing import CliRunner

from listenwell.cli.app import app
from listenwell.domain.errors import InputError, NotFound
from listenwell.services.search import SearchFilters, fts_query
from listenwell.store.tables import InterviewRow, StatementRow


def test_search_finds_statements_with_participants(ws):
    hits = ws.search("pricing")
    assert {h.participant for h in hits} == {"P1", "P2"}
    assert all(h.kind == "statement" for h in hits)
    assert all(any(m for _, m in h.parts) for h in hits)


def test_stemming_and_all_words(ws):
    assert len(ws.search("prices")) == len(ws.search("pricing")) == 3
    assert len(ws.search("pricing spreadsheet")) == 1


def test_notes_and_highlights_are_indexed(ws, info):
    iid = info["interviews"]["P1"]
    ws.add_note(iid, "Mentions a competitor called Zebrapay", offset=8.0)
    seg = ws.interview(iid).segments[5]
    ws.add_highlight(iid, seg.id, 0, len(seg.text), ["speed"])
    note = ws.search("zebrapay")
    assert [(h.kind, h.start, h.link) for h in note] == [("note", 8.0, f"/interviews/{iid}#note-{note[0].id}")]
    kinds = {h.kind for h in ws.search("phone")}
    assert kinds == {"statement", "highlight"}


def test_index_follows_updates_and_deletes(ws):
    with ws.transaction() as s:
        s.execute(update(StatementRow).where(StatementRow.id == 1).values(text="Quokka payments"))
    assert [h.id for h in ws.search("quokka")] == [1]
    with ws.transaction() as s:
        s.execute(text("DELETE FROM statements WHERE id = 1"))
    assert ws.search("quokka") == []


def test_filters(ws, info):
    assert {h.participant for h in ws.search("pricing", SearchFilters(segment="churned"))} == {"P2"}
    assert {h.participant for h in ws.search("pricing", SearchFilters(segment="plan=pro"))} == {"P1"}
    assert {h.insight_type for h in ws.search("pricing", SearchFilters(insight_type="worry"))} == {"worry"}
    # a filter naming something that does not exist is an error, not "no results"
    with pytest.raises(NotFound, match="no study 'other'"):
        ws.search("pricing", SearchFilters(study="other"))
    with pytest.raises(NotFound, match="no theme 99999"):
        ws.search("pricing", SearchFilters(theme=99999))
    with pytest.raises(InputError, match="unknown insight type 'nonsense'"):
        ws.search("pricing", SearchFilters(insight_type="nonsense"))
    assert {h.insight_type for h in ws.search("pricing", SearchFilters(insight_type="Worry"))} == {"worry"}
    assert ws.search("checkout", SearchFilters(theme=info["themes"]["slow"]))[0].theme_id == info["themes"]["slow"]
    with ws.transaction() as s:
        s.execute(update(InterviewRow).where(InterviewRow.id == info["interviews"]["P2"])
                  .values(date=dt.date(2026, 1, 5)))
    dated = ws.search("pricing", SearchFilters(date_from=dt.date(2026, 1, 1)))
    assert {h.participant for h in dated} == {"P2"}
    assert ws.search("pricing", SearchFilters(date_to=dt.date(2025, 12, 31))) == []


def test_query_syntax_cannot_leak_into_fts():
    assert fts_query('pricing" OR secret NEAR(x') == '"pricing" "OR" "secret" "NEAR" "x"'
    with pytest.raises(InputError):
        fts_query("*** ---")


def test_search_page_filters_and_bad_values(client):
    r = client.get("/search.json?q=pricing&segment=churned")
    assert [x["participant"] for x in r.json()["results"]] == ["P2"]
    assert client.get("/search.json?q=pricing&date_from=yesterday").status_code == 400
    assert client.get("/search.json?q=pricing&type=nonsense").status_code == 400
    assert client.get("/search.json?q=%22%22").status_code == 400


def test_cli_search(template_ws):
    root, _ = template_ws
    r = CliRunner().invoke(app, ["-w", str(root), "search", "pricing", "--json", "--segment", "churned"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert [d["participant"] for d in data] == ["P2"] and data[0]["link"].startswith("/interviews/")
    table = CliRunner().invoke(app, ["-w", str(root), "search", "spreadsheet"])
    assert table.exit_code == 0 and "spreadsheet" in table.output
    bad = CliRunner().invoke(app, ["-w", str(root), "search", "---"])
    assert bad.exit_code == 2
    for args, needle in ((["--study", "nosuch"], "no study 'nosuch'"), (["--type", "nonsense"], "nonsense"),
                         (["--theme", "99999"], "no theme 99999"), (["--limit", "0"], "--limit")):
        wrong = CliRunner().invoke(app, ["-w", str(root), "search", "pricing", *args])
        assert wrong.exit_code == 2 and needle in wrong.output, wrong.output


def test_cli_users_and_serve_refusal(tmp_path):
    ws = str(tmp_path / "w")
    r = CliRunner().invoke(app, ["-w", ws, "serve", "--host", "0.0.0.0"])
    assert r.exit_code == 2 and "users add" in r.output
    add = CliRunner().invoke(app, ["-w", ws, "users", "add", "ann", "--role", "editor",
                                   "--password-env", "LW_TEST_PW"], env={"LW_TEST_PW": "a-long-password"})
    assert add.exit_code == 0, add.output
    listed = CliRunner().invoke(app, ["-w", ws, "users", "list", "--json"])
    assert json.loads(listed.output) == [{"username": "ann", "role": "editor"}]
    bad = CliRunner().invoke(app, ["-w", ws, "users", "add", "bob", "--role", "god",
                                   "--password-env", "LW_TEST_PW"], env={"LW_TEST_PW": "a-long-password"})
    assert bad.exit_code == 2 and "role" in bad.output


def test_theme_filter_menu_appears_for_one_study(client, info):
    import lxml.html

    d = lxml.html.fromstring(client.get("/search?q=pricing&study=checkout").text)
    values = d.xpath("//select[@name='theme']/option/@value")
    assert str(info["themes"]["pricing"]) in values
    r = client.get(f"/search.json?q=pricing&study=checkout&theme={info['themes']['pricing']}").json()
    assert r["results"] and {x["theme_id"] for x in r["results"]} == {info["themes"]["pricing"]}
    assert client.get("/search.json?q=pricing&theme=abc").status_code == 400


def test_upgrading_an_older_workspace_indexes_what_it_holds(template_ws, tmp_path):
    import shutil

    from listenwell.store.engine import alembic_config
    from alembic import command
    from listenwell.workspace import Workspace

    root, _ = template_ws
    dest = tmp_path / "old"
    shutil.copytree(root, dest)
    ws = Workspace.open(dest)
    command.downgrade(alembic_config(ws.engine), "0001")  # as a workspace from before search
    with ws.engine.connect() as conn:
        assert not conn.exec_driver_sql(
            "select name from sqlite_master where name = 'search_fts'").fetchall()
    ws.close()
    again = Workspace.open(dest)  # upgrades, with a backup, and fills the index
    assert {h.participant for h in again.search("pricing")} == {"P1", "P2"}
    assert list(dest.glob("listenwell.db.bak-*"))
    again.close()


def test_serve_runs_and_answers(template_ws, tmp_path):
    """The real command as a subprocess: it serves the workspace on 127.0.0.1 until stopped."""
    import os
    import shutil
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    root, _ = template_ws
    dest = tmp_path / "served"
    shutil.copytree(root, dest)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2] / "src"))
    proc = subprocess.Popen([sys.executable, "-m", "listenwell.cli.app", "-w", str(dest), "serve",
                             "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        body = None
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/studies.json", timeout=2) as r:
                    body = json.loads(r.read())
                break
            except OSError:
                time.sleep(0.2)
        assert body and body["studies"][0]["slug"] == "checkout"
    finally:
        proc.send_signal(signal.SIGINT)
        out = proc.communicate(timeout=20)[0].decode()
    assert f"127.0.0.1:{port}" in out

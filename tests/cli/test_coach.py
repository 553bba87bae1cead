"""`listenwell coach` through Typer's CliRunner: table, JSON, HTML and Markdown, exit codes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from listenwell.cli.app import app

from ..coach_workspace import add_without_interviewer, build


@pytest.fixture(scope="module")
def wsdir(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli") / "ws"
    build(root, guide=False).close()
    return root


def run(wsdir, *args):
    return CliRunner().invoke(app, ["-w", str(wsdir), "coach", *args])


def test_table_and_advice(wsdir):
    r = run(wsdir, "-s", "checkout")
    assert r.exit_code == 0, r.output
    assert "Timed" in r.output and "60%" in r.output
    assert "Ask open, neutral questions" in r.output


def test_json(wsdir):
    r = run(wsdir, "-s", "checkout", "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    timed = data["interviews"][0]
    assert timed["talk"]["share"] == pytest.approx(0.6)
    assert len(timed["interruptions"]) == 3
    assert timed["questions"]["by_kind"]["leading"] == 2


def test_html_and_markdown_reports(wsdir, tmp_path):
    html, md = tmp_path / "coach.html", tmp_path / "coach.md"
    assert run(wsdir, "-s", "checkout", "-o", str(html)).exit_code == 0
    assert run(wsdir, "-s", "checkout", "-o", str(md)).exit_code == 0
    page = html.read_text()
    assert page.startswith("<!doctype html>") and "Don&#39;t you think our new app is much easier?" in page
    assert "[00:32]" in md.read_text()


def test_bad_report_suffix_exits_2_and_writes_nothing(wsdir, tmp_path):
    r = run(wsdir, "-s", "checkout", "-o", str(tmp_path / "coach.pdf"))
    assert r.exit_code == 2
    assert ".html or .md" in r.output
    assert list(tmp_path.iterdir()) == []


def test_no_interviewer_exits_2_with_the_fix(tmp_path):
    root = tmp_path / "ws"
    ws = build(root, guide=False)
    bad = add_without_interviewer(ws)
    ws.close()
    r = CliRunner().invoke(app, ["-w", str(root), "coach", "-s", "checkout", "-i", str(bad)])
    assert r.exit_code == 2
    assert "no interviewer identified" in r.output
    # the fix to copy names the workspace the command ran with
    assert f"listenwell -w {root} interviews speakers" in r.output.replace("\n", "")

"""The share commands through Typer's CliRunner: success, and bad input as one line + exit 2."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from listenwell.cli.app import app
from tests.report.share_workspace import SECRETS, build_share_workspace


@pytest.fixture(scope="module")
def ws_path(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    build_share_workspace(root).close()
    return root


def run(ws_path, *args):
    return CliRunner().invoke(app, ["-w", str(ws_path / "ws"), *args])


def test_report_quotes_export_commands(ws_path):
    r = run(ws_path, "report", "--study", "checkout", "-o", str(ws_path / "r.md"), "--top", "3")
    assert r.exit_code == 0, r.output
    assert "3 findings" in r.output
    text = (ws_path / "r.md").read_text()
    assert text.count("### ") == 3 + 4  # 3 findings + method subsections
    r = run(ws_path, "quotes", "--study", "checkout", "--type", "worry", "--json")
    assert r.exit_code == 0 and '"insight_type": "worry"' in r.output
    assert not any(s in r.output for s in SECRETS)
    r = run(ws_path, "quotes", "--study", "checkout", "--theme", "Data safety worries")
    assert r.exit_code == 0 and "[P2]" in r.output  # placeholders are printed, not eaten as markup
    r = run(ws_path, "export", "--study", "checkout", "-o", str(ws_path / "s.qdpx"))
    assert r.exit_code == 0 and (ws_path / "s.qdpx").is_file()
    r = run(ws_path, "clip", "--study", "checkout", "--quote", "payment step failed again", "-o", str(ws_path / "q.mp4"))
    assert r.exit_code == 0, r.output
    assert (ws_path / "q.mp4").stat().st_size > 1000
    r = run(ws_path, "import-qdpx", str(ws_path / "s.qdpx"), "--study", "again", "--json")
    assert r.exit_code == 0 and '"study": "again"' in r.output


@pytest.mark.parametrize("args,message", [
    (["report", "--study", "nope", "-o", "x.html"], "nope"),
    (["reel", "--study", "checkout", "--theme", "zzz", "-o", "x.m4a"], "unknown theme"),
    (["report", "--study", "checkout", "-o", "/nonexistent/dir/r.html"], "folder does not exist"),
    (["quotes", "--study", "checkout", "--type", "banana"], "unknown insight type"),
    (["clip", "--study", "checkout", "--statement", "4", "-o", "x.mp4"], "did not agree"),
    (["clip", "--study", "checkout", "--quote", "the", "-o", "x.mp4"], "statements contain"),
    (["clip", "--study", "checkout", "--quote", "no such words", "-o", "x.mp4"], "no statement contains"),
    (["clip", "--study", "checkout", "--statement", "999", "-o", "x.mp4"], "no statement 999"),
])
def test_bad_input_exits_2_with_one_line(ws_path, args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run(ws_path, *args)
    assert r.exit_code == 2, r.output
    assert message in r.output and len(r.output.strip().splitlines()) <= 2
    assert list(tmp_path.iterdir()) == []

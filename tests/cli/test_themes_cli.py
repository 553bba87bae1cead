"""`listenwell analyze` and `listenwell themes ...` through Typer's CliRunner."""

from __future__ import annotations

import json

import pytest
import themes_study
from typer.testing import CliRunner

from listenwell.cli.app import app
from listenwell.workspace import Workspace

pytestmark = pytest.mark.slow


@pytest.fixture
def ws_path(tmp_path):  # noqa: ANN001, ANN201
    ws = Workspace.open(tmp_path / "ws")
    themes_study.build(ws)
    ws.create_study("Empty", slug="empty")
    ws.close()
    return tmp_path / "ws"


def _run(ws_path, *args: str):  # noqa: ANN001, ANN202
    return CliRunner().invoke(app, ["-w", str(ws_path), *args], catch_exceptions=False)


def test_analyze_list_show_and_edit(ws_path) -> None:  # noqa: ANN001
    res = _run(ws_path, "analyze", "--study", "shop", "--json")
    assert res.exit_code == 0, res.output
    result = json.loads(res.stdout)
    assert result["themes"] == 4 and result["statements"] > 0
    listed = json.loads(_run(ws_path, "themes", "list", "--study", "shop", "--json").stdout)
    assert len(listed) == 4 and sum(t["single_voice"] for t in listed) == 1
    first = listed[0]
    shown = json.loads(_run(ws_path, "themes", "show", str(first["id"]), "--study", "shop",
                            "--json").stdout)
    assert shown["evidence"]["participant_count"] == first["participants"]
    assert shown["quotes"] and shown["quotes"][0]["text"]
    res = _run(ws_path, "themes", "rename", str(first["id"]), "Payments", "--study", "shop",
               "--expected-version", str(first["version"]))
    assert res.exit_code == 0 and "Payments" in res.stdout
    res = _run(ws_path, "themes", "rename", str(first["id"]), "Again", "--study", "shop",
               "--expected-version", str(first["version"]))
    assert res.exit_code == 2 and "changed by someone else" in res.stderr
    res = _run(ws_path, "themes", "merge", str(listed[0]["id"]), str(listed[1]["id"]),
               "--study", "shop", "--json")
    assert res.exit_code == 0 and json.loads(res.stdout)["title"] == "Payments"
    res = _run(ws_path, "themes", "split", str(first["id"]), "--study", "shop", "--json")
    assert res.exit_code == 0 and len(json.loads(res.stdout)) == 2
    for cmd in (["hide", str(first["id"])], ["pin", str(first["id"])],
                ["pin", str(first["id"]), "--undo"]):
        assert _run(ws_path, "themes", *cmd, "--study", "shop").exit_code == 0
    show = json.loads(_run(ws_path, "themes", "show", str(first["id"]), "--study", "shop",
                           "--json").stdout)
    sid = show["statement_ids"][0]
    assert _run(ws_path, "themes", "move", str(sid), "--study", "shop").exit_code == 0
    outliers = json.loads(_run(ws_path, "themes", "outliers", "--study", "shop", "--json").stdout)
    assert sid in [o["id"] for o in outliers]
    sat = json.loads(_run(ws_path, "themes", "saturation", "--study", "shop", "--json").stdout)
    assert len(sat) == 5
    text = _run(ws_path, "themes", "list", "--study", "shop", "--hidden")
    assert text.exit_code == 0 and "hidden" in text.stdout


def test_human_output(ws_path) -> None:  # noqa: ANN001
    res = _run(ws_path, "analyze", "--study", "shop")
    assert res.exit_code == 0 and "themes" in res.stdout and "single voice" in res.stdout
    listed = json.loads(_run(ws_path, "themes", "list", "--study", "shop", "--json").stdout)
    res = _run(ws_path, "themes", "show", str(listed[0]["id"]), "--study", "shop")
    assert res.exit_code == 0 and "participants" in res.stdout and "“" in res.stdout


def test_bad_input_exits_2(ws_path) -> None:  # noqa: ANN001
    res = _run(ws_path, "analyze", "--study", "empty")
    assert res.exit_code == 2 and "no interviews" in res.stderr
    res = _run(ws_path, "themes", "show", "12345", "--study", "shop")
    assert res.exit_code == 2 and "no theme" in res.stderr

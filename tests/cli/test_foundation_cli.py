"""The foundation commands, through Typer's CliRunner and as real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from listenwell.cli.app import app

runner = CliRunner()


def run(ws_dir, *args: str):
    return runner.invoke(app, ["-w", str(ws_dir), *args])


@pytest.fixture
def ws_dir(tmp_path, fixtures):
    d = tmp_path / "research"
    assert run(d, "study", "create", "Checkout drop-off", "--goal", "Why do people abandon signup?").exit_code == 0
    assert run(d, "participants", "import", str(fixtures / "roster.csv"), "--study", "checkout-drop-off").exit_code == 0
    return d


def test_study_list_and_show_json(ws_dir) -> None:
    studies = json.loads(run(ws_dir, "study", "list", "--json").stdout)
    assert [s["slug"] for s in studies] == ["checkout-drop-off"]
    shown = json.loads(run(ws_dir, "study", "show", "checkout-drop-off", "--json").stdout)
    assert shown["participants"] == ["P1", "P2", "P3"]


def test_participants_list_hides_private_fields(ws_dir) -> None:
    out = json.loads(run(ws_dir, "participants", "list", "--study", "checkout-drop-off", "--json").stdout)
    assert out[0]["pid"] == "P1" and "name" not in out[0] and "priya@" not in json.dumps(out)
    private = json.loads(run(ws_dir, "participants", "list", "--study", "checkout-drop-off", "--json",
                             "--private").stdout)
    assert private[0]["email"] == "priya@example.com"


def test_import_list_show(ws_dir, fixtures) -> None:
    files = [str(fixtures / "transcripts" / n) for n in ("zoom.vtt", "otter.txt", "sample.srt")]
    r = run(ws_dir, "import", *files, "--study", "checkout-drop-off", "--participant", "P3", "--json")
    assert r.exit_code == 0, r.output
    listed = json.loads(run(ws_dir, "interviews", "list", "--study", "checkout-drop-off", "--json").stdout)
    assert [i["format"] for i in listed] == ["vtt", "otter", "srt"]
    assert all("P3" in i["participants"] for i in listed)
    shown = run(ws_dir, "interviews", "show", str(listed[1]["id"]))
    assert "1:02:05" in shown.stdout and "Maya" in shown.stdout
    again = json.loads(run(ws_dir, "import", files[0], "--study", "checkout-drop-off", "--json").stdout)
    assert again[0]["skipped"] is True


def test_interviewer_correction(ws_dir, fixtures) -> None:
    run(ws_dir, "import", str(fixtures / "transcripts/teams.vtt"), "--study", "checkout-drop-off")
    r = run(ws_dir, "interviews", "speakers", "1", "--interviewer", "Leo Park", "--json")
    assert {s["name"]: s["role"] for s in json.loads(r.stdout)} == {
        "Sam Okafor": "participant", "Leo Park": "interviewer"}


@pytest.mark.parametrize(("args", "words"), [
    (["import", "{bad}", "--study", "checkout-drop-off"], "bad.vtt:3"),
    (["import", "{junk}", "--study", "checkout-drop-off"], "binary"),
    (["import", "{empty}", "--study", "checkout-drop-off"], "empty"),
    (["import", "{good}", "--study", "checkout-drop-off", "--participant", "P42"], "P42"),
    (["import", "{good}", "--study", "no-such-study"], "no-such-study"),
    (["participants", "import", "{empty}", "--study", "checkout-drop-off"], "empty"),
    (["interviews", "show", "99"], "99"),
])
def test_bad_input_exits_2_and_changes_nothing(ws_dir, fixtures, tmp_path, tree_snapshot, args, words) -> None:
    paths = {"bad": tmp_path / "bad.vtt", "junk": tmp_path / "junk.txt", "empty": tmp_path / "empty.csv",
             "good": fixtures / "transcripts" / "zoom.vtt"}
    paths["bad"].write_text("WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nA: hi\n")
    paths["junk"].write_bytes(bytes(range(256)) * 4)
    paths["empty"].write_bytes(b"")
    before = tree_snapshot(ws_dir)
    r = run(ws_dir, *[a.format(**paths) for a in args])
    assert r.exit_code == 2
    assert words in r.stderr and "Traceback" not in r.output
    assert len(r.stderr.strip().splitlines()) == 1
    assert tree_snapshot(ws_dir) == before


def test_readme_commands_as_subprocess(tmp_path, fixtures) -> None:
    env = {**os.environ, "LISTENWELL_WORKSPACE": str(tmp_path / "research")}

    def lw(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "listenwell", *args], env=env,
                              capture_output=True, text=True, timeout=120)

    assert lw("study", "create", "Checkout drop-off", "--goal", "Why do people abandon signup?").returncode == 0
    assert lw("participants", "import", str(fixtures / "roster.csv"), "--study", "checkout-drop-off").returncode == 0
    r = lw("import", str(fixtures / "transcripts/zoom.vtt"), str(fixtures / "transcripts/otter.txt"),
           "--study", "checkout-drop-off", "--participant", "P1")
    assert r.returncode == 0, r.stderr
    listed = json.loads(lw("interviews", "list", "--study", "checkout-drop-off", "--json").stdout)
    assert len(listed) == 2
    bad = lw("import", str(tmp_path / "missing.vtt"), "--study", "checkout-drop-off")
    assert bad.returncode == 2 and "missing.vtt: no such file" in bad.stderr
    assert lw("frobnicate").returncode == 2  # usage error


def test_speakers_rename_and_interviewer_in_one_go(ws_dir, fixtures) -> None:
    run(ws_dir, "import", str(fixtures / "transcripts/teams.vtt"), "--study", "checkout-drop-off")
    r = run(ws_dir, "interviews", "speakers", "1", "--rename", "Leo Park=Leo", "--rename",
            "Sam Okafor=Sam", "--interviewer", "Sam", "--json")
    assert r.exit_code == 0, r.output
    assert {s["name"]: s["role"] for s in json.loads(r.stdout)} == {"Sam": "interviewer", "Leo": "participant"}
    shown = json.loads(run(ws_dir, "interviews", "show", "1", "--json").stdout)
    assert [s["speaker"] for s in shown["segments"]] == ["Sam", "Leo", "Sam", "Leo"]
    # a clash or a bad pair changes nothing
    bad = run(ws_dir, "interviews", "speakers", "1", "--rename", "Leo=Ann", "--rename", "Sam=Ann")
    assert bad.exit_code == 2 and "already has a speaker 'Ann'" in bad.stderr
    assert run(ws_dir, "interviews", "speakers", "1", "--rename", "Leo").exit_code == 2
    again = json.loads(run(ws_dir, "interviews", "speakers", "1", "--json").stdout)
    assert sorted(s["name"] for s in again) == ["Leo", "Sam"]

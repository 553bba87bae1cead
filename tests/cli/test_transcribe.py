"""`listenwell transcribe` through Typer's runner and as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from listenwell.cli.app import app
from listenwell.speech.media import SAMPLE_RATE, decode, encode

REPO = Path(__file__).resolve().parents[2]
AUDIO = REPO.parent / "shared" / "data" / "audio"


def _clip(name: str) -> Path:
    path = AUDIO / name
    if not path.exists():
        pytest.skip(f"shared test audio not found: {path}")
    return path


@pytest.fixture
def ws(tmp_path) -> Path:
    root = tmp_path / "ws"
    r = CliRunner().invoke(app, ["-w", str(root), "study", "create", "Calls"])
    assert r.exit_code == 0, r.output
    return root


def run(ws: Path, *args: str):
    return CliRunner().invoke(app, ["-w", str(ws), *args])


def test_transcribe_mp4_then_skip_then_correct_interviewer(ws, tmp_path):
    # JFK as the sound track of a small video, the way a Zoom recording arrives.
    mp4 = encode(decode(_clip("jfk.wav")).samples, tmp_path / "zoom_call.mp4", video=True)
    r = run(ws, "transcribe", str(mp4), "--study", "calls", "--speakers", "2")
    assert r.exit_code == 0, r.output
    assert "transcribed" in r.stdout and "zoom_call.mp4" in r.stdout
    r = run(ws, "transcribe", str(mp4), "--study", "calls", "--json")
    assert r.exit_code == 0
    [row] = json.loads(r.stdout)
    assert row["skipped"] is True
    listed = json.loads(run(ws, "interviews", "list", "--study", "calls", "--json").stdout)
    assert len(listed) == 1 and listed[0]["format"] == "whisper"
    iid = str(listed[0]["id"])
    shown = json.loads(run(ws, "interviews", "show", iid, "--json").stdout)
    text = " ".join(s["text"] for s in shown["segments"]).lower()
    assert "ask not what your country" in text
    names = [s["name"] for s in shown["speakers"]]
    r = run(ws, "interviews", "speakers", iid, "--interviewer", names[-1], "--json")
    roles = {s["name"]: s["role"] for s in json.loads(r.stdout)}
    assert roles[names[-1]] == "interviewer"


def test_stereo_split_json(ws):
    r = run(ws, "transcribe", str(_clip("stereo_diarization.wav")), "-s", "calls",
            "--stereo-split", "--json")
    assert r.exit_code == 0, r.output
    [row] = json.loads(r.stdout)
    assert row["turns"] == 2 and len(row["speakers"]) == 2


@pytest.mark.parametrize("content,expect", [
    (b"not audio at all\n", "not an audio or video file"),
    (b"", "not an audio or video file"),
])
def test_bad_file_exit_2_names_it_and_stores_nothing(ws, tmp_path, content, expect):
    bad = tmp_path / "meeting.m4a"
    bad.write_bytes(content)
    r = run(ws, "transcribe", str(bad), "-s", "calls")
    assert r.exit_code == 2
    assert str(bad) in r.stderr and expect in r.stderr
    assert "Traceback" not in r.output
    assert json.loads(run(ws, "interviews", "list", "-s", "calls", "--json").stdout) == []
    assert list((ws / "media").iterdir()) == []


def test_usage_errors_exit_2(ws, tmp_path):
    clip = str(_clip("jfk.wav"))
    for args, expect in [(["--device", "tpu"], "--device"), (["--speakers", "0"], "--speakers"),
                         (["--model", "tiny-banana"], "unknown model"),
                         (["--model", str(tmp_path)], "model.bin")]:
        r = run(ws, "transcribe", clip, "-s", "calls", *args)
        assert r.exit_code == 2, args
        assert expect in r.stderr
    # a day that reads two ways (4 October or 10 April) is refused, naming both
    r = run(ws, "transcribe", clip, "-s", "calls", "--date", "04/10/2026")
    assert r.exit_code == 2 and "--date" in r.stderr and "2026-10-04" in r.stderr and "2026-04-10" in r.stderr
    r = run(ws, "transcribe", clip, "-s", "no-such-study")
    assert r.exit_code == 2 and "no-such-study" in r.stderr


def test_silent_recording_warns(ws, tmp_path):
    silent = encode(np.zeros(2 * SAMPLE_RATE, np.float32), tmp_path / "muted.m4a")
    r = run(ws, "transcribe", str(silent), "-s", "calls")
    assert r.exit_code == 0
    assert "no speech found" in r.stderr and "transcribed" in r.stdout


def test_real_process(ws):
    """The README command, as a user runs it (a fresh interpreter, the packaged model)."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.run(
        [sys.executable, "-c", "from listenwell.cli.app import main; main()", "-w", str(ws),
         "transcribe", str(_clip("librispeech_2412-153948-0000.flac")), "-s", "calls",
         "--speakers", "1", "--device", "cpu"],
        capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "transcribed" in proc.stdout and "1 speakers" in proc.stdout

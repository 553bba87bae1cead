"""`benchmarks/links.py` scores who imported transcripts are linked to, against answer files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(folder: Path | None = None) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    args = [sys.executable, str(ROOT / "benchmarks" / "links.py"), *(["--dir", str(folder)] if folder else [])]
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=300, check=True).stdout


def test_it_scores_links_against_the_answers(tmp_path: Path) -> None:
    study = tmp_path / "harbour"
    study.mkdir()
    (study / "roster.csv").write_text("id,name\nH1,Odile Marchetti\nH2,Yann Le Goff\nH3,Ines Roux\n")
    (study / "a.txt").write_text("Ravi: Hello?\nOdile Marchetti (Guest): Hello.\nRavi: How was the crossing?\n"
                                 "Odile Marchetti (Guest): Rough.\n")
    (study / "b.txt").write_text("Ravi: Hello?\nYann Le Goff: Hi.\nRavi: How was it?\nYann Le Goff: Fine.\n")
    (study / "c.txt").write_text("Ravi: Hello?\nSpeaker 2: Hi.\nRavi: How was it?\nSpeaker 2: Fine.\n")
    (study / "answers.json").write_text(json.dumps({"files": {
        "a.txt": {"participants": ["H1"]},
        "b.txt": {"participants": ["H3"]},     # an answer the names contradict: a wrong link
        "c.txt": {"participants": []},
    }}))
    out = run(tmp_path)
    assert "harbour: files right 2/3 (0.667); links: precision 0.500 (1/2), recall 0.500 (1/2); " \
           "nobody when nobody 1/1" in out
    assert "XX harbour/b.txt: want ['H3'] got ['H2']" in out
    assert "interviewer guessed right in 0 of the 0 files" in out  # no answer names one here
    # the baseline takes exact roster names only: "Odile Marchetti (Guest)" is not one
    assert "baseline (exact roster name only): files right 1/3" in out


def test_a_roster_the_reader_refuses_leaves_its_set_unlinked(tmp_path: Path) -> None:
    study = tmp_path / "bookings"
    study.mkdir()
    (study / "roster.csv").write_text("Respondent ID,Name,Status\nR1,Liam Hart,No Show\nR1,Liam Hart,Attended\n")
    (study / "a.txt").write_text("Ravi: Hello?\nLiam Hart: Hi.\nRavi: How was it?\nLiam Hart: Fine.\n")
    (study / "answers.json").write_text(json.dumps({"files": {"a.txt": {"participants": ["R1"]}}}))
    out = run(tmp_path)
    assert "bookings: roster refused: " in out and "appears twice" in out
    assert "bookings: files right 0/1" in out and "rosters refused 1" in out


def test_the_bundled_studies_are_all_read() -> None:
    out = run()
    assert "all 49 sets" in out
    # three voice-memo transcripts have no speaker names and are refused for that, as they should
    # be (a transcript that cannot say who said what cannot be linked or analysed)
    assert out.count("refused: ") == 3 and out.count("no speaker names found") == 3

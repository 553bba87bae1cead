"""`benchmarks/questions.py --file` scores any file of labelled questions in the benchmark's
formats, so a later evaluation (or a set gathered from other guides) is scored the same way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "questions.py"), *args],
                         capture_output=True, text=True, env=env, timeout=120, check=True)
    return out.stdout


def test_a_file_of_guide_questions_is_scored_whole(tmp_path: Path) -> None:
    rows = [("Can you walk me through the last time you cooked for friends?", "open_good"),
            ("What happened after the delivery was late?", "open_good"),
            ("Do you like our recipes?", "closed"),
            ("Would you pay for a weekly menu?", "hypothetical_future"),
            ("Tell me about your week.", "leading")]  # labelled bad, but the checker finds it fine
    path = tmp_path / "mine.jsonl"
    path.write_text("".join(json.dumps({"text": t, "label": lab}) + "\n" for t, lab in rows))
    out = _run("--file", str(path))
    assert "(5 questions, mine.jsonl)" in out
    assert "all    n=  5  bad: P=1.000 R=0.667 F1=0.800" in out
    assert "dev-A" not in out  # only the development file is split in halves
    # both flagged questions get a rewrite that passes the checker and keeps "recipes" / "menu"
    assert "rewrites: 2 of 2 flagged questions have one; clean when checked again 2/2; keep the topic 2/2" in out


def test_a_file_of_open_and_closed_labels_is_scored_as_annomi(tmp_path: Path) -> None:
    path = tmp_path / "coded.tsv"
    path.write_text("transcript_id\tutterance_id\tlabel\ttext\n"
                    "1\t1\topen\tWhat brings you here today?\n"
                    "1\t2\tclosed\tDo you smoke?\n"
                    "2\t3\tclosed\tHow many drinks a week?\n"
                    "2\t4\topen\tHow do you feel about that?\n")
    out = _run("--file", str(path))
    assert "Open vs closed (4 questions, coded.tsv)" in out and "AnnoMI" not in out
    assert "all            4     1.000" in out  # macro F1: the short fact counts as closed

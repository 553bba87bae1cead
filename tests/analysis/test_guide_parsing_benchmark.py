"""`benchmarks/guide_parsing.py` counts how much of a guide file the parser reads as questions."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_it_counts_the_question_sentences_read_and_names_the_missed(tmp_path: Path) -> None:
    read = tmp_path / "bullets.md"
    read.write_text("## Dinner\n- How did you plan last night's dinner?\n  - What happened next?\n")
    prose = tmp_path / "prose.md"  # a question inside a paragraph with a list: not read
    prose.write_text("## Intro\nWelcome. Is it all right if I record this call? Thanks.\n"
                     "- Tell me about your week.\n")
    refused = tmp_path / "empty.md"
    refused.write_text("# Nothing to ask here\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "guide_parsing.py"),
                          str(read), str(prose), str(refused)],
                         capture_output=True, text=True, env=env, timeout=120, check=True).stdout
    assert "bullets.md: 2 of 2 question sentences read (1 sections, 1 questions, 1 follow-ups)" in out
    assert "prose.md: 0 of 1 question sentences read" in out
    assert "missed, line 2: Is it all right if I record this call?" in out
    assert "empty.md: 0 of 0 question sentences read (refused:" in out
    assert "3 guides: 2 of 3 question sentences read (0.667)" in out


def test_without_files_it_scores_the_sample_guide() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "guide_parsing.py")],
                         capture_output=True, text=True, env=env, timeout=120, check=True).stdout
    assert "guide.md:" in out and "14 questions" in out  # the sample guide's 14 main questions
    assert "missed, line 19: Goal: Why do people abandon signup before paying?" in out  # a goal, not asked

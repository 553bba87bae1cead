"""The public interviews the benchmarks read from ../shared/data (never copied into the repo):
one loader for every script."""

from __future__ import annotations

import csv
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
INTERVIEWS = SHARED / "interviews"
GROUPS = ("creatives", "scientists")


def interview_rows() -> list[tuple[str, str, str]]:
    """(group, transcript_id, text) for the 250 AI-at-work interviews."""
    csv.field_size_limit(10**9)
    rows = []
    for group in GROUPS:
        with (INTERVIEWS / f"{group}_transcripts.csv").open(newline="", encoding="utf-8") as fh:
            rows += [(group, r["transcript_id"], r["text"]) for r in csv.DictReader(fh)]
    return rows


def write_interview_files(folder: Path) -> list[Path]:
    """Each interview as an `Assistant:`/`User:` text file, ready for the plain-text reader."""
    files = []
    for _group, tid, text in interview_rows():
        path = Path(folder) / f"{tid}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files

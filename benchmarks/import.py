"""Import the 250 public research interviews through the plain-text reader.

Target (issue 2): all 250 in under 20 s on 2 cores. Baseline in the same run: reading and
parsing alone (no database), so the ratio shows what storing costs.

    .venv/bin/python benchmarks/import.py
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from listenwell.ingest import read_transcript
from listenwell.workspace import Workspace

from public_data import INTERVIEWS as DATA, write_interview_files


def main() -> int:
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        files = write_interview_files(Path(tmp))
        t0 = time.perf_counter()
        turns = sum(len(read_transcript(p).segments) for p in files)
        parse_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        with Workspace.open(Path(tmp) / "ws") as ws:
            ws.create_study("AI at work")
            ws.import_transcripts(files, "ai-at-work")
            n = len(ws.interviews("ai-at-work"))
        total_s = time.perf_counter() - t0
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"interviews imported: {n} ({turns} turns)")
    print(f"parse only (baseline): {parse_s:.2f} s")
    print(f"full import (parse + store, one transaction): {total_s:.2f} s  "
          f"(x{total_s / parse_s:.1f} the baseline; target < 20 s: {'met' if total_s < 20 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

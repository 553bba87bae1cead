"""`benchmarks/guide_coverage.py` on the sample study: the coach's guide coverage is scored
against the hand labels, and the configured coach does better than the names-only baseline."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_guide_coverage_against_the_hand_labels() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "guide_coverage.py")],
                         capture_output=True, text=True, env=env, timeout=600, check=True).stdout
    assert "14 guide questions x 10 interviews" in out
    rows = {(m.group(1).strip(), m.group(2)): tuple(float(x) for x in m.group(3, 4, 5))
            for m in re.finditer(r"^(.{32}) (all|certain)\s+\d+\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", out, re.M)}
    configured, baseline = rows["as configured", "all"], rows["baseline: names only, bar 0.55", "all"]
    assert configured[2] > baseline[2]  # F1
    assert configured[0] >= 0.9  # few guide questions called asked that were not

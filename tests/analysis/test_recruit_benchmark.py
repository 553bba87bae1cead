"""`benchmarks/recruit.py` compares the plan as configured with the greedy pick alone."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_swaps_bring_some_plans_closer_and_none_further() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "recruit.py"), "--rosters", "60",
                          "--people", "300"],
                         capture_output=True, text=True, env=env, timeout=300, check=True).stdout
    closer, further = map(int, re.search(r"closer (\d+), further (\d+)", out).groups())
    assert closer >= 1 and further == 0
    base, full = map(float, re.search(r"greedy only ([\d.]+), as configured ([\d.]+)", out).groups())
    assert full < base
    assert "300 people, by plan and region:" in out and "size 60:" in out

"""`listenwell demo`, the README's first command, as a real process: the sample study is
loaded, its recording transcribed, its themes found and its report written."""

from __future__ import annotations

import subprocess
import sys

from listenwell.workspace import Workspace


def test_demo_end_to_end(tmp_path) -> None:
    ws_dir = tmp_path / "demo-ws"
    r = subprocess.run([sys.executable, "-m", "listenwell", "-w", str(ws_dir), "demo"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    report = ws_dir / "report.html"
    assert f"Report: {report}" in " ".join(r.stdout.split())
    assert "Top themes" in r.stdout
    html = report.read_text(encoding="utf-8")
    assert "Checkout drop-off" in html and "<svg" in html
    with Workspace.open(ws_dir) as ws:
        recorded = [i for i in ws.interviews("checkout-drop-off") if i.media is not None]
        assert len(recorded) == 1
        call = recorded[0]
        assert call.participants == ["P9"] and call.interviewers == ["Sam Okafor"]
        assert len({s.speaker for s in call.segments}) == 2
        assert ws.themes("checkout-drop-off")
    # the demo refuses to load the sample twice into one workspace, and says so
    again = subprocess.run([sys.executable, "-m", "listenwell", "-w", str(ws_dir), "demo"],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "already has the sample study" in again.stderr

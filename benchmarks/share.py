"""Share benchmarks: redaction throughput, clip cutting speed, report rendering.

    .venv/bin/python benchmarks/share.py

Baselines measured in the same run: redaction against one e-mail regex pass over the same
text; clip cutting against decoding the whole recording once; each report format against
the HTML render (the PDF is the HTML laid out by WeasyPrint).
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests.report fixtures
from public_data import INTERVIEWS as DATA, interview_rows, write_interview_files  # noqa: E402


def timed(fn):  # noqa: ANN001, ANN201
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def bench_redaction() -> None:
    from listenwell.domain.model import Participant
    from listenwell.report.redact import EMAIL, Redactor

    if not DATA.is_dir():
        print(f"redaction: skipped ({DATA} not found)")
        return
    texts = [text for _group, _tid, text in interview_rows()]
    roster = [Participant(f"P{i}", name=n) for i, n in enumerate(
        ["Maya Lindqvist", "Tom Becker", "Priya Nair", "Jonas Weber", "Aisha Bello", "Carlos Mendes", "Hannah Kowalski",
         "Ravi Shah", "Elena Petrova", "Grace Thompson", "Leo Martin", "Fatima Zahra", "Ben Carter", "Sofia Rossi",
         "Noah Kim", "Ingrid Holm"], 1)]
    red = Redactor(roster, other_names=["Dana Whitfield", "Sam Okafor"], terms=["Sprout"])
    chars = sum(len(t) for t in texts)
    base, _ = timed(lambda: [EMAIL.findall(t) for t in texts])
    full, spans = timed(lambda: [red.find(t) for t in texts])
    n = sum(len(s) for s in spans)
    print(f"redaction: {len(texts)} transcripts, {chars / 1e6:.2f} M chars in {full:.2f} s "
          f"({chars / full / 1e6:.2f} M chars/s), {n} spans; e-mail regex alone {base:.3f} s; ratio {full / base:.1f}x")


def bench_clips() -> None:
    from listenwell.report.media_cut import ClipSpec, cut_clip
    from tests.report.media_fixture import RATE, decode_audio, write_media

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        for kind, path in (("audio", d / "long.m4a"), ("video", d / "long.mp4")):
            write_media(path, 120.0, video=kind == "video")
            base, x = timed(lambda p=path: decode_audio(p))
            t, _ = timed(lambda p=path: [cut_clip(ClipSpec(p, 5 + 10 * i, 10 + 10 * i), d / f"c{i}{p.suffix}") for i in range(10)])
            clip_s = 10 * 5.8
            print(f"clips ({kind}): 10 clips of 5 s (+0.4 s padding each side) from a 120 s recording in {t:.2f} s "
                  f"= {clip_s / t:.1f}x realtime; decoding the whole recording's audio once: {base:.2f} s "
                  f"({x.size / RATE / base:.0f}x realtime)")


def bench_report() -> None:
    from tests.report.share_workspace import build_share_workspace

    with tempfile.TemporaryDirectory() as tmp:
        ws = build_share_workspace(Path(tmp))
        times = {}
        for ext in ("html", "md", "docx", "pdf"):
            times[ext], _ = timed(lambda e=ext: ws.report("checkout", Path(tmp) / f"r.{e}"))
        ws.close()
    base = times["html"]
    print("report (4 interviews, 12 statements; HTML includes cutting 6 clips): " + ", ".join(
        f"{k} {v:.2f} s ({v / base:.1f}x html)" for k, v in times.items()))


def bench_qdpx() -> None:
    """Export the 250 public interviews as REFI-QDA and import them back; baseline: the
    plain-text import of the same transcripts."""
    from listenwell.report.qdpx import read_qdpx
    from listenwell.workspace import Workspace

    if not DATA.is_dir():
        print(f"qdpx: skipped ({DATA} not found)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        files = write_interview_files(Path(tmp))
        with Workspace.open(Path(tmp) / "ws") as ws:
            ws.create_study("AI at work")
            base, _ = timed(lambda: ws.import_transcripts(files, "ai-at-work"))
            out = Path(tmp) / "ai.qdpx"
            export_s, _ = timed(lambda: ws.export("ai-at-work", "qdpx", out))
            import_s, result = timed(lambda: ws.import_qdpx(out, "ai-copy"))
            read_s, project = timed(lambda: read_qdpx(out))
        size = out.stat().st_size if out.exists() else 0
    chars = sum(len(s.text) for s in project.sources)
    print(f"qdpx: {result.interviews} sources ({chars / 1e6:.2f} M chars, {size / 1e6:.1f} MB zip): export {export_s:.2f} s, "
          f"import {import_s:.2f} s (read alone {read_s:.2f} s); plain-text import of the same {base:.2f} s "
          f"(export x{export_s / base:.1f}, import x{import_s / base:.1f})")


def main() -> int:
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    bench_redaction()
    bench_clips()
    bench_report()
    bench_qdpx()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

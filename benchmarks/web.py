"""Web app speed: the transcript page of a 2-hour interview, the theme board of the
250-interview study, and search across it.

Targets (issue 8): page server time under 300 ms (median of repeated requests), search under
50 ms. Requests go through the in-process ASGI client, so the figures are the app's own time
(routing, database, template) without a network. Baselines measured in the same run: loading
the same data through the workspace without rendering (so the ratio shows what the page adds),
and a bare FTS5 count for search.

    .venv/bin/python benchmarks/web.py [--repeat 15] [--synthetic-themes]

The 2-hour interview is assembled from the public Rev16 podcast turns (../shared/data), turns
cut to 60 words, times spread at 2.6 words a second; the 250 interviews are the public AI-at-work interviews.
Themes come from `ws.analyze` when the themes area is present (slow: it embeds every
statement), or with --synthetic-themes from a statement per sentence dealt into 110 themes
(about the size the real analysis gives: ~8,300 statements, ~110 themes).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import text

from listenwell.domain.timecode import format_timecode
from listenwell.services.search import SearchFilters
from listenwell.store.tables import ParticipantRow, StatementRow, ThemeRow
from listenwell.web.app import create_app
from listenwell.web.board_view import board_view
from listenwell.web.settings import WebSettings
from listenwell.workspace import Workspace

from public_data import INTERVIEWS as DATA, write_interview_files  # noqa: E402


def vtt_time(s: float) -> str:
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{int(h):02d}:{int(m):02d}:{sec:06.3f}"


def two_hour_vtt(path: Path) -> int:
    """A 2-hour two-speaker interview from Rev16 turns; returns the number of turns."""
    rows = []
    for tsv in sorted((DATA / "rev16").glob("*.tsv")):
        with tsv.open(encoding="utf-8") as f:
            rows += [r for r in csv.DictReader(f, delimiter="\t") if r.get("text")]
    out, t, n = ["WEBVTT", ""], 0.0, 0
    for i, r in enumerate(rows):
        words = min(len(r["text"].split()), 60)  # long monologues cut to interview-sized turns
        r = {"text": " ".join(r["text"].split()[:60])}
        dur = max(1.0, words / 2.6)
        who = "Interviewer" if i % 2 == 0 else "Guest"
        out += [f"{vtt_time(t)} --> {vtt_time(t + dur)}", f"<v {who}>{r['text']}", ""]
        t += dur + 0.4
        n += 1
        if t >= 7200:
            break
    path.write_text("\n".join(out), encoding="utf-8")
    return n


def load_250(ws: Workspace, tmp: Path) -> str:
    ws.create_study("AI at work", ["How do professionals use AI?"], slug="ai-at-work")
    ws.import_transcripts(write_interview_files(tmp), "ai-at-work")
    return "ai-at-work"


def synthetic_themes(ws: Workspace, slug: str, n_themes: int = 110) -> None:
    """Every sentence of participant talk a statement (about as many as the real analysis
    makes), dealt into themes; one participant per interview."""
    with ws.transaction() as s:
        study = s.execute(text("select id from studies where slug = :s"), {"s": slug}).scalar()
        themes = [ThemeRow(study_id=study, label=f"theme {i}", version=1) for i in range(n_themes)]
        s.add_all(themes)
        s.flush()
        segs = s.execute(text(
            "select g.id, g.interview_id, g.text, g.start, g.end, sp.name from segments g "
            "join speakers sp on sp.id = g.speaker_id join interviews i on i.id = g.interview_id "
            "where i.study_id = :s and sp.role = 'participant'"), {"s": study}).all()
        pids = {}
        for iid in sorted({g[1] for g in segs}):
            p = ParticipantRow(study_id=study, pid=f"P{iid}", attributes={"segment": ["creative", "scientist"][iid % 2]})
            s.add(p)
            s.flush()
            pids[iid] = p.id
        k = 0
        for sid, iid, body, start, end, speaker in segs:
            for m in re.finditer(r"[^.!?]+[.!?]*", body):
                if len(m.group().split()) < 4:
                    continue
                k += 1
                s.add(StatementRow(study_id=study, interview_id=iid, segment_id=sid,
                                   participant_id=pids[iid], speaker=speaker, start_char=m.start(),
                                   end_char=m.end(), text=m.group(), start=start, end=end,
                                   insight_type="other",
                                   theme_id=themes[(k * 7919) % n_themes].id if k % 11 else None))


def timed(fn, repeat: int) -> float:
    fn()  # warm caches and template compilation
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--synthetic-themes", action="store_true")
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found")
        return 0
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        ws = Workspace.open(tmp / "ws")
        t0 = time.perf_counter()
        slug = load_250(ws, tmp)
        if hasattr(ws, "analyze") and not args.synthetic_themes:
            ws.analyze(slug)
            themes_from = "ws.analyze"
        else:
            synthetic_themes(ws, slug)
            themes_from = "synthetic (110 themes, a statement per sentence)"
        ws.create_study("Long interview", [], slug="long")
        turns = two_hour_vtt(tmp / "long.vtt")
        long_iv = ws.import_transcripts([tmp / "long.vtt"], "long")[0].interview
        setup_s = time.perf_counter() - t0

        app = create_app(ws, WebSettings())

        async def get(client: httpx.AsyncClient, url: str) -> httpx.Response:
            r = await client.get(url)
            assert r.status_code == 200, (url, r.status_code, r.text[:300])
            return r

        loop = asyncio.new_event_loop()
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench")
        fetch = lambda url: loop.run_until_complete(get(client, url))  # noqa: E731

        with ws.transaction() as s:
            n_statements = s.execute(text("select count(*) from statements")).scalar()
            n_themes = s.execute(text("select count(*) from themes")).scalar()
        page = fetch(f"/interviews/{long_iv.id}")
        board = fetch(f"/studies/{slug}/board")
        rows = []
        rows.append(("transcript page, 2-hour interview (HTML)", timed(lambda: fetch(f"/interviews/{long_iv.id}"), args.repeat), 300))
        rows.append(("  same, JSON twin", timed(lambda: fetch(f"/interviews/{long_iv.id}.json"), args.repeat), None))
        rows.append(("  baseline: ws.interview() load only", timed(lambda: ws.interview(long_iv.id), args.repeat), None))
        rows.append(("theme board, 250 interviews (HTML)", timed(lambda: fetch(f"/studies/{slug}/board"), args.repeat), 300))
        rows.append(("  same, JSON twin", timed(lambda: fetch(f"/studies/{slug}/board.json"), args.repeat), None))
        rows.append(("  baseline: board data only", timed(lambda: board_view(ws, slug), args.repeat), None))
        rows.append(("study overview, 250 interviews (HTML)", timed(lambda: fetch(f"/studies/{slug}"), args.repeat), None))
        rows.append(("studies list (HTML)", timed(lambda: fetch("/studies"), args.repeat), None))
        for q in ("pricing", "workflow", "trust the output"):
            rows.append((f"search '{q}' (JSON page)", timed(lambda q=q: fetch(f"/search.json?q={q}&study={slug}"), args.repeat), 50))
            rows.append((f"  search service only", timed(lambda q=q: ws.search(q, SearchFilters(study=slug)), args.repeat), None))
        with ws.transaction() as s:
            rows.append(("  baseline: bare FTS5 count 'workflow'", timed(lambda: s.execute(text(
                "select count(*) from search_fts where search_fts match '\"workflow\"'")).scalar(), args.repeat), None))
        loop.run_until_complete(client.aclose())
        loop.close()
        ws.close()

    print(f"machine: {platform.machine()} {platform.processor() or ''} cpus={os.cpu_count()} "
          f"python {platform.python_version()} (shared with other jobs; figures are under load)")
    print(f"set-up {setup_s:.1f} s: 250 interviews, themes from {themes_from}: {n_themes} themes, "
          f"{n_statements} statements; 2-hour interview: {turns} turns, "
          f"{format_timecode(long_iv.duration)}; transcript page {len(page.content) / 1e6:.2f} MB, "
          f"board page {len(board.content) / 1e6:.2f} MB; median of {args.repeat}")
    base = {}
    for name, ms, target in rows:
        verdict = "" if target is None else ("  OK" if ms < target else f"  OVER target {target} ms")
        print(f"{name:48s} {ms:8.1f} ms{verdict}")
        base[name] = ms
    t_page, t_load = rows[0][1], rows[2][1]
    b_page, b_data = rows[3][1], rows[5][1]
    print(f"ratios: transcript page / data load = {t_page / t_load:.1f}x; "
          f"board page / board data = {b_page / b_data:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Share outputs on the bundled sample study: no roster name, email or interviewer name in
any export; and, once the study is analysed, the report in four formats."""

from __future__ import annotations

import csv
import json
import re

import pytest

from listenwell.report.qdpx import read_qdpx
from listenwell.report.verbatim import check_quotes, quotes_in_html
from listenwell.services.demo import SAMPLE_DIR, load_sample
from listenwell.services.share import segment_texts
from listenwell.workspace import Workspace
from tests.services.test_share import text_of


def sample_secrets() -> list[str]:
    rows = list(csv.DictReader((SAMPLE_DIR / "roster.csv").open(encoding="utf-8")))
    secrets = {r["email"] for r in rows}
    for r in rows:
        secrets.update(r["name"].split())
    manifest = json.loads((SAMPLE_DIR / "study.json").read_text(encoding="utf-8"))
    for name in manifest.get("interviewers", []):
        secrets.update(name.split())
    for entry in manifest["interviews"]:
        for key in ("note_taker", "interviewer"):
            if entry.get(key):
                secrets.update(entry[key].split())
    return sorted(secrets)


def leaks(text: str) -> list[str]:
    return [s for s in sample_secrets() if re.search(r"\b" + re.escape(s) + r"\b", text)]


RECORDING = SAMPLE_DIR / "recordings" / "p9_call.m4a"


@pytest.fixture(scope="module")
def sample_ws(tmp_path_factory):
    root = tmp_path_factory.mktemp("sample")
    ws = Workspace.open(root / "ws")
    load_sample(ws, transcribe=False)
    if RECORDING.exists() and not any(iv.media for iv in ws.interviews("checkout-drop-off")):
        ws.transcribe([RECORDING], "checkout-drop-off", participant="P9")
    yield root, ws
    ws.close()


def test_sample_exports_leak_no_personal_data(sample_ws):
    root, ws = sample_ws
    slug = "checkout-drop-off"
    outs = [
        ws.export(slug, "csv", root / "csv"),
        ws.export(slug, "markdown", root / "md"),
        ws.export(slug, "json", root / "study.json"),
        ws.export(slug, "qdpx", root / "study.qdpx"),
    ]
    for out in outs:
        assert leaks(text_of(out)) == [], out.name
    project = read_qdpx(root / "study.qdpx")
    assert len(project.sources) == len(ws.interviews(slug))
    # the participants' own words are kept apart from what redaction removed
    assert "[P3]" in text_of(root / "md")


@pytest.mark.skipif(not hasattr(Workspace, "analyze"), reason="the themes analysis is not merged yet")
def test_sample_report_in_four_formats(sample_ws):
    root, ws = sample_ws
    slug = "checkout-drop-off"
    ws.analyze(slug)
    ev = ws.evidence(slug)
    for ext in ("html", "pdf", "docx", "md"):
        report = ws.report(slug, root / f"report.{ext}")
        assert check_quotes(report.all_quotes(), segment_texts(ev)) == []
        assert len(report.findings) == 5
        assert leaks(text_of(root / f"report.{ext}")) == [], ext
    html = (root / "report.html").read_text(encoding="utf-8")
    assert check_quotes(quotes_in_html(html), segment_texts(ev)) == []
    quotes = ws.quotes(slug)
    assert quotes and leaks(" ".join(q.text + q.attribution for q in quotes)) == []
    # P6 asked not to be quoted
    assert "P6" not in {q.pid for q in quotes} and "P6" not in {q.pid for q in report.all_quotes()}


@pytest.mark.slow
@pytest.mark.skipif(not RECORDING.exists(), reason="the recorded interview is not in the sample yet")
def test_clip_and_reel_from_the_recorded_interview(sample_ws):
    from listenwell.report.media_cut import probe

    root, ws = sample_ws
    slug = "checkout-drop-off"
    if not ws.themes(slug):
        ws.analyze(slug)
    ev = ws.evidence(slug)
    p9 = [s for s in ev.statements if s.participant == "P9" and s.start is not None]
    assert p9, "the recording was transcribed and linked to P9"
    clip = ws.clip(slug, p9[0].id, root / "p9.m4a")
    info = probe(clip)
    assert info.has_audio and not info.has_video
    assert (p9[0].end - p9[0].start) < info.duration < (p9[0].end - p9[0].start) + 1.2
    theme = next(t for t in ev.themes if any(s.id in t.statement_ids for s in p9))
    for ext, video in (("m4a", False), ("mp4", True)):
        path, picked = ws.reel(slug, str(theme.id), root / f"reel.{ext}")
        assert picked and {q.pid for q in picked} == {"P9"}  # the only recording
        assert probe(path).has_video is video
    report = ws.report(slug, root / "with-clips.html")
    linked = [q for q in report.all_quotes() if q.clip_href]
    assert all(q.pid == "P9" for q in linked)
    assert all((root / q.clip_href).is_file() for q in linked)

"""Clips from a real transcription: espeak-ng speech in an .mp4, transcribed with Whisper
(word timings) and analysed; the clip of a statement that names the participant has that
name's words silenced."""

from __future__ import annotations

import numpy as np
import pytest

from listenwell.report.media_cut import probe
from listenwell.speech.media import SAMPLE_RATE
from listenwell.workspace import Workspace
from tests.report.media_fixture import RATE, decode_audio, write_speech_media
from tests.speech.speech_audio import build_conversation

pytestmark = pytest.mark.slow

LINES = [
    ("A", "Thanks for joining. Can you tell me about the last time you tried to pay for a box?"),
    ("B", "Sure. My name is Maya and the checkout kept failing when I typed my card, so I gave up twice."),
    ("A", "What did you do after that?"),
    ("B", "I asked my sister Priya to order it for me instead, which felt silly."),
]


@pytest.fixture(scope="module")
def spoken(tmp_path_factory):
    root = tmp_path_factory.mktemp("speech")
    samples, _ = build_conversation(LINES)
    video = write_speech_media(samples, SAMPLE_RATE, root / "call.mp4", video=True)
    ws = Workspace.open(root / "ws")
    ws.create_study("Spoken", slug="spoken")
    (root / "roster.csv").write_text("id,name,email\nP1,Maya Lindqvist,maya@example.com\nP3,Priya Nair,priya@example.com\n")
    ws.import_roster(root / "roster.csv", "spoken")
    ws.transcribe([video], "spoken", participant="P1")
    ws.analyze("spoken")
    yield root, ws
    ws.close()


def test_clip_of_a_transcribed_video_silences_the_name(spoken):
    root, ws = spoken
    ev = ws.evidence("spoken", require_analysis=False)
    st = next(s for s in ev.statements if "Maya" in s.text)
    seg = next(g for iv in ev.interviews for g in iv.segments if g.id == st.segment_id)
    word = next(w for w in seg.words if "Maya" in w.text)
    from listenwell.services.share import ShareOptions, write_clip

    out = write_clip(ev, st.id, root / "maya.m4a", ws.media_dir, ShareOptions(padding=0.0))
    x = decode_audio(out)
    a, b = int((word.start - st.start) * RATE), int((word.end - st.start) * RATE)
    assert b > a + int(0.05 * RATE)
    trim = int(0.02 * RATE)  # the codec smears a few ms around any edge
    name_rms = float(np.sqrt(np.mean(x[a + trim : b - trim] ** 2)))
    speech_rms = float(np.sqrt(np.mean(x ** 2)))
    assert speech_rms > 0.01  # the rest is speech
    assert name_rms < 0.02 * speech_rms  # the name is silent
    assert "Maya" in st.text  # the transcript keeps the words; only outward copies change
    video = write_clip(ev, st.id, root / "maya.mp4", ws.media_dir, ShareOptions())
    info = probe(video)
    assert info.has_video and info.has_audio


def test_report_of_a_small_analysed_study(spoken):
    """Analysed, even if the analysis found few or no themes: the report is written and
    its quotes are verbatim; the name said in the talk is redacted."""
    from listenwell.report.verbatim import check_quotes
    from listenwell.services.share import segment_texts

    root, ws = spoken
    report = ws.report("spoken", root / "r.md")
    ev = ws.evidence("spoken", require_analysis=False)
    assert check_quotes(report.all_quotes(), segment_texts(ev)) == []
    text = (root / "r.md").read_text(encoding="utf-8")
    assert report.all_quotes() and "Maya" not in text and "Priya" not in text

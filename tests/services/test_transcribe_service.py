"""Workspace.transcribe: what gets stored, what is skipped, and what a bad file leaves behind."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import wave
from pathlib import Path

import av
import numpy as np
import pytest

from listenwell.domain import InputError, NotFound, Role
from listenwell.speech.media import SAMPLE_RATE, decode, encode
from listenwell.workspace import Workspace

AUDIO = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "audio"


def _speak(text: str, voice: str, pitch: int) -> np.ndarray:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    wav = subprocess.run(["espeak-ng", "-v", voice, "-p", str(pitch), "--stdout", text],
                         capture_output=True, check=True).stdout
    with av.open(io.BytesIO(wav)) as c:
        r = av.AudioResampler(format="fltp", layout="mono", rate=SAMPLE_RATE)
        return np.concatenate([f.to_ndarray()[0] for fr in c.decode(audio=0)
                               for f in r.resample(fr)])


@pytest.fixture(scope="module")
def recordings(tmp_path_factory) -> dict[str, Path]:
    """A short interview as .m4a, a second one as .mp4, silence, and a broken file."""
    d = tmp_path_factory.mktemp("recordings")
    gap = np.zeros(int(0.8 * SAMPLE_RATE), np.float32)
    a = _speak("Can you walk me through the last time you signed up for something?",
               "en-us+m3", 30)
    b = _speak("I filled in a long form and it timed out, so I lost everything.", "en-gb+f4", 75)
    c = _speak("What did you do then?", "en-us+m3", 30)
    e = _speak("I wrote my answers in a notes app first and pasted them in.", "en-gb+f4", 75)
    one = np.concatenate([gap, a, gap, b, gap])
    two = np.concatenate([gap, c, gap, e, gap])
    silence = np.zeros(3 * SAMPLE_RATE, np.float32)
    silent = d / "silent.wav"
    with wave.open(str(silent), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes((silence * 0).astype("<i2").tobytes())
    broken = d / "broken.m4a"
    broken.write_bytes(b"\x00\x00\x00\x20ftypM4A " + b"\x13" * 500)
    return {"m4a": encode(one, d / "signup.m4a"), "mp4": encode(two, d / "notes.mp4", video=True),
            "silent": silent, "broken": broken}


@pytest.fixture
def ws(tmp_path) -> Workspace:
    w = Workspace.open(tmp_path / "ws")
    w.create_study("Signup", slug="signup")
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name\nP1,Elena Petrova\nP2,Tom Becker\n")
    w.import_roster(roster, "signup")
    yield w
    w.close()


def test_transcribes_into_the_study_with_media(ws, recordings):
    [out] = ws.transcribe([recordings["m4a"]], "signup", participant="P1")
    assert not out.skipped and out.warnings == []
    i = out.interview
    assert i.source_format == "whisper"
    assert i.title == "signup"
    assert [s.speaker for s in i.segments] == ["Speaker 1", "Speaker 2"]
    assert "lost everything" in i.segments[1].text.lower()
    assert i.segments[0].words and i.segments[0].words[0].start is not None
    assert i.interviewers == ["Speaker 1"]
    assert i.participants == ["P1"]
    assert i.speaker("Speaker 2").participant_pid == "P1"
    # The recording is kept, content-addressed, and linked.
    digest = hashlib.sha256(recordings["m4a"].read_bytes()).hexdigest()
    assert i.content_hash == digest
    assert i.media.sha256 == digest and i.media.kind == "audio"
    stored = ws.media_path(i.media)
    assert stored.read_bytes() == recordings["m4a"].read_bytes()
    assert i.duration == pytest.approx(decode(recordings["m4a"]).duration, abs=0.01)
    # And it reads back the same from the store.
    again = ws.interview(i.id)
    assert [s.text for s in again.segments] == [s.text for s in i.segments]


def test_rerun_skips_done_files(ws, recordings):
    first = ws.transcribe([recordings["m4a"]], "signup")
    assert not first[0].skipped
    second = ws.transcribe([recordings["m4a"], recordings["mp4"]], "signup")
    assert [o.skipped for o in second] == [True, False]
    assert second[1].interview.media.kind == "video"
    assert len(ws.interviews("signup")) == 2


def test_interrupted_run_keeps_finished_files_only(ws, recordings):
    def stop_in_second_file(done, total, what):
        if "notes" in what:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ws.transcribe([recordings["m4a"], recordings["mp4"]], "signup",
                      progress=stop_in_second_file)
    assert [i.title for i in ws.interviews("signup")] == ["signup"]
    outs = ws.transcribe([recordings["m4a"], recordings["mp4"]], "signup")
    assert [o.skipped for o in outs] == [True, False]
    assert sorted(i.title for i in ws.interviews("signup")) == ["notes", "signup"]


def test_a_bad_file_in_a_batch_stores_nothing(ws, recordings):
    with pytest.raises(InputError) as info:
        ws.transcribe([recordings["m4a"], recordings["broken"]], "signup")
    assert info.value.file == str(recordings["broken"])
    assert ws.interviews("signup") == []
    assert list(ws.media_dir.iterdir()) == []


def test_silence_is_an_empty_interview_with_a_warning(ws, recordings):
    [out] = ws.transcribe([recordings["silent"]], "signup")
    assert out.interview is not None and out.interview.segments == []
    assert out.warnings and "no speech" in out.warnings[0]


def test_unknown_study_and_participant(ws, recordings):
    with pytest.raises(NotFound):
        ws.transcribe([recordings["m4a"]], "nope")
    with pytest.raises(NotFound, match="P9"):
        ws.transcribe([recordings["m4a"]], "signup", participant="P9")
    assert ws.interviews("signup") == []


def test_interviewer_can_be_corrected(ws, recordings):
    [out] = ws.transcribe([recordings["m4a"]], "signup")
    fixed = ws.set_interviewer(out.interview.id, "Speaker 2")
    assert fixed.role_of("Speaker 2") == Role.INTERVIEWER
    assert fixed.role_of("Speaker 1") == Role.PARTICIPANT


def test_shared_public_clip(ws):
    clip = AUDIO / "jfk.wav"
    if not clip.exists():
        pytest.skip(f"shared test audio not found: {clip}")
    [out] = ws.transcribe([clip], "signup")
    assert "country" in " ".join(s.text for s in out.interview.segments).lower()


def test_date_and_title(ws, recordings):
    import datetime as dt

    [out] = ws.transcribe([recordings["mp4"]], "signup", date=dt.date(2026, 10, 15),
                          title="Call with Elena")
    got = ws.interview(out.interview.id)
    assert got.date == dt.date(2026, 10, 15) and got.title == "Call with Elena"

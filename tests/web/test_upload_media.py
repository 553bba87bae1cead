"""Uploading a recording: stored by hash, transcribed in a background job with progress, then
shown as an interview that plays. Uses the public JFK clip (11 s) and the real Whisper model."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from listenwell.web.app import create_app
from listenwell.web.settings import WebSettings

from .conftest import ASGIClient

JFK = Path(__file__).resolve().parents[3] / "shared" / "data" / "audio" / "jfk.wav"


@pytest.mark.slow
@pytest.mark.skipif(not JFK.exists(), reason=f"public test audio not found at {JFK}")
def test_recording_upload_is_transcribed_with_progress(ws):
    if not hasattr(ws, "transcribe"):
        pytest.skip("the speech area is not merged yet")
    client = ASGIClient(create_app(ws, WebSettings(max_upload_bytes=5 * 1024 * 1024)))
    r = client.post("/studies/checkout/upload", files={"file": ("../jfk speech.wav", JFK.read_bytes())},
                    data={"participant": "P1"},
                    headers={"X-CSRF-Token": client.csrf(), "Accept": "application/json"})
    assert r.status_code == 202, r.text
    job_url = r.json()["url"]
    seen = []
    deadline = time.time() + 240
    while time.time() < deadline:
        job = client.get(job_url).json()
        seen.append(job["done"])
        if job["state"] != "running":
            break
        time.sleep(0.5)
    assert job["state"] == "done", job
    assert job["what"] == "Transcribing jfk speech.wav"
    page = client.get(job["result"]["url"])
    assert "country" in page.text.lower()
    assert "<h1>jfk speech</h1>" in page.text  # the upload's own name, not its hash
    assert "<audio" in page.text
    media = client.get(job["result"]["url"] + "/media", headers={"Range": "bytes=0-99"})
    assert media.status_code == 206 and media.content[:4] == b"RIFF"

"""The bundled sample study loads completely, with the roles its manifest names."""

from __future__ import annotations

import json

import pytest

from listenwell.domain import Conflict, Role
from listenwell.services.demo import SAMPLE_DIR, load_sample


def test_sample_study_loads(ws) -> None:
    manifest = json.loads((SAMPLE_DIR / "study.json").read_text())
    study = load_sample(ws, transcribe=False)
    interviews = ws.interviews(study.slug)
    text_entries = [e for e in manifest["interviews"]]
    assert len(interviews) == len(text_entries) >= 8
    assert {i.source_format for i in interviews} >= {"vtt", "otter", "text", "docx"}
    by_pid = {i.participants[0]: i for i in interviews}
    for entry in text_entries:
        i = by_pid[entry["participant"]]
        assert i.interviewers == [entry["interviewer"]]
        assert i.speaker(entry["speaker"]).participant_pid == entry["participant"]
        assert str(i.date) == entry["date"]
        if entry.get("note_taker"):
            assert i.role_of(entry["note_taker"]) == Role.NOTE_TAKER
        assert not any("otter.ai" in s.text for s in i.segments)
    with pytest.raises(Conflict):
        load_sample(ws, transcribe=False)

"""`import --interviewer`: the speaker the name means, in every file of the import, or a
refusal that names the file; never a made-up speaker with no turns."""

from __future__ import annotations

from pathlib import Path

import pytest

from listenwell.domain import InputError, Role
from listenwell.workspace import Workspace

CALL = ("WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nNoor Haddad: What do you track each week?\n\n"
        "2\n00:00:05.000 --> 00:00:08.000\nEli: Orders, mostly.\n")
NOTES = "Noor: What do you track each week?\nBo: Stock.\nNoor: Why stock?\nBo: It runs out.\n"


def test_a_first_name_in_typed_notes_is_the_interviewer_given(ws: Workspace, tmp_path: Path) -> None:
    ws.create_study("Tracking", slug="tracking")
    (tmp_path / "call.vtt").write_text(CALL)
    (tmp_path / "notes.txt").write_text(NOTES)
    done = ws.import_transcripts([tmp_path / "call.vtt", tmp_path / "notes.txt"], "tracking",
                                 interviewer="Noor Haddad")
    for o in done:
        roles = {s.name: s.role for s in o.interview.speakers}
        assert roles["Noor Haddad"] == Role.INTERVIEWER and len(roles) == 2
        assert o.interview.interviewers == ["Noor Haddad"]


def test_an_interviewer_no_speaker_is_refused_naming_the_file(ws: Workspace, tmp_path: Path) -> None:
    ws.create_study("Tracking", slug="tracking")
    (tmp_path / "notes.txt").write_text(NOTES)
    with pytest.raises(InputError, match=r"notes\.txt: no speaker is the interviewer 'Priya'"):
        ws.import_transcripts([tmp_path / "notes.txt"], "tracking", interviewer="Priya")
    assert ws.interviews("tracking") == []


def test_the_name_given_replaces_a_label_the_meeting_tool_only_dressed(ws: Workspace, tmp_path: Path) -> None:
    # Teams writes the tenant's display name: the same two names, with the company after a bar
    ws.create_study("Tracking", slug="tracking")
    (tmp_path / "call.vtt").write_text(CALL.replace("Noor Haddad:", "Noor Haddad | Stockly:"))
    [done] = ws.import_transcripts([tmp_path / "call.vtt"], "tracking", interviewer="Noor Haddad")
    assert done.interview.interviewers == ["Noor Haddad"]
    assert "Noor Haddad | Stockly" not in {s.name for s in done.interview.speakers}

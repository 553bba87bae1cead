"""Importing transcript files into a study: read, link speakers to participants, store."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from listenwell.domain import Conflict, Interview, Role, Transcript
from listenwell.domain.roles import assign_roles
from listenwell.domain.text import sha256_bytes
from listenwell.ingest import parse_transcript
from listenwell.ingest.files import read_user_file
from listenwell.store import interviews as q
from listenwell.store.participants import get_participant_row, participant_rows_by_pid
from listenwell.store.tables import MediaRow, ParticipantRow, StudyRow
from listenwell.store.studies import get_study_row

Progress = Callable[[float, float, str], None]


@dataclass
class ImportOutcome:
    path: str
    interview: Interview | None
    skipped: bool  # same content already in the study


def link_speakers(transcript: Transcript, roster: dict[str, ParticipantRow],
                  linked: list[ParticipantRow]) -> list[ParticipantRow]:
    """Attach participant ids to speakers; returns the participants the interview is with.

    A speaker whose name (or first name) matches a roster name is that participant. When the
    caller named the participants and one speaker is left unmatched, it is them.
    """
    def first(name: str | None) -> str:
        return (name or "").strip().split(" ")[0].lower()

    found: list[ParticipantRow] = list(linked)
    speakers = [s for s in transcript.speakers if s.role == Role.PARTICIPANT]
    pool = linked or list(roster.values())
    for sp in speakers:
        match = [p for p in pool if p.name and (p.name.lower() == sp.name.lower()
                 or first(p.name) == sp.name.lower() or first(p.name) == first(sp.name))]
        if len(match) == 1:
            sp.participant_pid = match[0].pid
            if match[0] not in found:
                found.append(match[0])
    unmatched = [s for s in speakers if s.participant_pid is None]
    free = [p for p in linked if p.pid not in {s.participant_pid for s in speakers}]
    if len(unmatched) == 1 and len(free) == 1:
        unmatched[0].participant_pid = free[0].pid
    return found


def store_transcript(session: Session, study: str, transcript: Transcript, *, content_hash: str,
                     source_name: str, participants: Sequence[str] = (),
                     interviewer: str | None = None, title: str | None = None,
                     media: MediaRow | None = None, note_takers: Sequence[str] = ()) -> Interview:
    srow: StudyRow = get_study_row(session, study)
    if q.find_by_hash(session, srow.id, content_hash) is not None:
        raise Conflict(f"{source_name}: already imported into {study!r}")
    linked = [get_participant_row(session, srow.id, pid) for pid in participants]
    if all(s.role == Role.PARTICIPANT for s in transcript.speakers) or interviewer or note_takers:
        assign_roles(transcript, interviewer=interviewer,
                     known_roles={n: Role.NOTE_TAKER for n in note_takers})
    roster = participant_rows_by_pid(session, srow.id)
    with_whom = link_speakers(transcript, roster, linked)
    row = q.add_interview(session, srow, transcript, title=title or transcript.title or Path(source_name).stem,
                          content_hash=content_hash, source_name=Path(source_name).name,
                          participants=with_whom, media=media)
    return q.load_interview(session, row.id)


def import_files(session: Session, paths: Sequence[Path], study: str, participant: str | None = None,
                 interviewer: str | None = None, progress: Progress | None = None) -> list[ImportOutcome]:
    """Import every file or none: one bad file raises and the caller's transaction rolls back."""
    srow = get_study_row(session, study)
    if participant is not None:
        get_participant_row(session, srow.id, participant)
    outcomes: list[ImportOutcome] = []
    seen: set[str] = set()
    for n, path in enumerate(paths):
        data = read_user_file(path, "transcript file")
        digest = sha256_bytes(data)
        if digest in seen or q.find_by_hash(session, srow.id, digest) is not None:
            outcomes.append(ImportOutcome(str(path), None, skipped=True))
        else:
            seen.add(digest)
            transcript = parse_transcript(data, str(path))
            interview = store_transcript(
                session, study, transcript, content_hash=digest, source_name=str(path),
                participants=[participant] if participant else [], interviewer=interviewer)
            outcomes.append(ImportOutcome(str(path), interview, skipped=False))
        if progress:
            progress(n + 1, len(paths), Path(path).name)
    return outcomes

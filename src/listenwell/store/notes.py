"""Queries for timestamped notes on an interview."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.domain.errors import NotFound
from listenwell.domain.model import Note
from listenwell.store.tables import NoteRow


def _to_domain(row: NoteRow) -> Note:
    return Note(text=row.text, author=row.author, offset=row.offset,
                interview_id=row.interview_id, id=row.id)


def load_notes(session: Session, interview_id: int) -> list[Note]:
    rows = session.scalars(
        select(NoteRow).where(NoteRow.interview_id == interview_id)
        .order_by(NoteRow.offset.is_(None), NoteRow.offset, NoteRow.id)
    )
    return [_to_domain(r) for r in rows]


def insert_note(session: Session, note: Note) -> Note:
    row = NoteRow(interview_id=note.interview_id, author=note.author, offset=note.offset, text=note.text)
    session.add(row)
    session.flush()
    return _to_domain(row)


def delete_note(session: Session, note_id: int) -> int:
    """Delete a note; returns its interview id."""
    row = session.get(NoteRow, note_id)
    if row is None:
        raise NotFound(f"no note with id {note_id}")
    interview_id = row.interview_id
    session.delete(row)
    return interview_id

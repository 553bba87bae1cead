"""Queries for participants (the roster of a study)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.domain import Consent, NotFound, Participant
from listenwell.store.tables import ParticipantRow


def to_participant(row: ParticipantRow) -> Participant:
    return Participant(
        pid=row.pid,
        name=row.name,
        email=row.email,
        other_names=list(row.other_names or []),
        attributes=dict(row.attributes or {}),
        tags=list(row.tags or []),
        consent=Consent(
            recorded=row.consent_recorded,
            share_recordings=row.consent_share_recordings,
            quotes=row.consent_quotes,
        ),
        id=row.id,
    )


def fill_row(row: ParticipantRow, p: Participant) -> None:
    row.name, row.email, row.other_names = p.name, p.email, list(p.other_names)
    row.attributes, row.tags = dict(p.attributes), list(p.tags)
    row.consent_recorded = p.consent.recorded
    row.consent_share_recordings = p.consent.share_recordings
    row.consent_quotes = p.consent.quotes


def load_participants(session: Session, study_id: int) -> list[Participant]:
    rows = session.scalars(
        select(ParticipantRow).where(ParticipantRow.study_id == study_id).order_by(ParticipantRow.id)
    )
    return [to_participant(r) for r in rows]


def participant_rows_by_pid(session: Session, study_id: int) -> dict[str, ParticipantRow]:
    rows = session.scalars(select(ParticipantRow).where(ParticipantRow.study_id == study_id))
    return {r.pid: r for r in rows}


def get_participant_row(session: Session, study_id: int, pid: str) -> ParticipantRow:
    row = session.scalar(
        select(ParticipantRow).where(ParticipantRow.study_id == study_id, ParticipantRow.pid == pid)
    )
    if row is None:
        raise NotFound(f"no participant {pid!r} in this study (import a roster with "
                       f"`listenwell participants import`)")
    return row

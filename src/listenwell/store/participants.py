"""Queries for participants (the roster of a study)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.domain import Consent, NotFound, Participant
from listenwell.domain.ids import nearest_ids
from listenwell.store.tables import ParticipantRow


def to_participant(row: ParticipantRow) -> Participant:
    return Participant(
        pid=row.pid,
        name=row.name,
        email=row.email,
        other_names=list(row.other_names or []),
        first_name=row.first_name,
        lookup_failed=list(row.lookup_failed or []),
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
    row.name, row.email, row.other_names, row.first_name = p.name, p.email, list(p.other_names), p.first_name
    row.attributes, row.tags, row.lookup_failed = dict(p.attributes), list(p.tags), list(p.lookup_failed)
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


def missing_from_import(session: Session, study_id: int) -> set[str]:
    """The ids of the study's people its last roster import did not have (kept as they were)."""
    return set(session.scalars(select(ParticipantRow.pid).where(ParticipantRow.study_id == study_id,
                                                                ParticipantRow.missing_from_import)))


def get_participant_row(session: Session, study_id: int, pid: str) -> ParticipantRow:
    row = session.scalar(
        select(ParticipantRow).where(ParticipantRow.study_id == study_id, ParticipantRow.pid == pid)
    )
    if row is None:
        raise NotFound(f"no participant {pid!r} in this study ({_nearest(session, study_id, pid)})")
    return row


def _nearest(session: Session, study_id: int, pid: str) -> str:
    """What to say about an id the study does not have: the person whose other roster column
    holds it (an export's own seller or customer number), else the ids it is one slip away
    from, else where the ids are."""
    rows = list(participant_rows_by_pid(session, study_id).values())
    if not rows:
        return "import a roster with `listenwell participants import`"
    wanted = pid.strip().lower()
    holders = [(r.pid, col) for r in rows for col, v in (r.attributes or {}).items()
               if str(v).strip().lower() == wanted]
    if len(holders) == 1:
        who, col = holders[0]
        return f"{pid!r} is the {col!r} of participant {who}: use {who}"
    # "p9" is a slip of the shift key for "P9"; "730194857202" a long number with a digit dropped
    near = nearest_ids(wanted, [r.pid for r in rows])
    if near:
        return f"did you mean {' or '.join(near)}?"
    return f"its roster has {len(rows)} people: `listenwell participants list` shows their ids"

"""Who has been interviewed, and when: the input to recruitment's recency rule and coverage."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.store.tables import InterviewParticipantRow, InterviewRow, ParticipantRow


def last_interviews(session: Session, study_id: int) -> dict[str, dt.date | None]:
    """pid → date of their latest interview in the study (None when no interview has a date).

    Only participants with at least one interview appear. An interview without a date falls
    back to the day it was imported.
    """
    rows = session.execute(
        select(ParticipantRow.pid, InterviewRow.date, InterviewRow.created_at)
        .join(InterviewParticipantRow, InterviewParticipantRow.participant_id == ParticipantRow.id)
        .join(InterviewRow, InterviewRow.id == InterviewParticipantRow.interview_id)
        .where(ParticipantRow.study_id == study_id)
    ).all()
    out: dict[str, dt.date | None] = {}
    for pid, date, created in rows:
        day = date or (created.date() if created else None)
        prev = out.get(pid)
        if pid not in out or (day is not None and (prev is None or day > prev)):
            out[pid] = day
    return out

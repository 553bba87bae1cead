"""Light summaries for list pages: counts and titles without loading every transcript line
(the 250-interview study would otherwise read ~30,000 segments to draw a table)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from listenwell.store.tables import (
    InterviewParticipantRow,
    InterviewRow,
    ParticipantRow,
    SegmentRow,
    StudyRow,
)


def interview_counts(session: Session) -> dict[str, int]:
    """study slug → number of interviews."""
    rows = session.execute(
        select(StudyRow.slug, func.count(InterviewRow.id))
        .outerjoin(InterviewRow, InterviewRow.study_id == StudyRow.id).group_by(StudyRow.slug))
    return {slug: n for slug, n in rows}


def interview_summaries(session: Session, study_id: int) -> list[dict]:
    seg_counts = dict(session.execute(
        select(SegmentRow.interview_id, func.count(SegmentRow.id))
        .join(InterviewRow, InterviewRow.id == SegmentRow.interview_id)
        .where(InterviewRow.study_id == study_id).group_by(SegmentRow.interview_id)).all())
    pids: dict[int, list[str]] = defaultdict(list)
    for iid, pid in session.execute(
            select(InterviewParticipantRow.interview_id, ParticipantRow.pid)
            .join(ParticipantRow, ParticipantRow.id == InterviewParticipantRow.participant_id)
            .where(ParticipantRow.study_id == study_id).order_by(ParticipantRow.pid)):
        pids[iid].append(pid)
    rows = session.execute(
        select(InterviewRow.id, InterviewRow.title, InterviewRow.date, InterviewRow.duration,
               InterviewRow.source_format, InterviewRow.media_id)
        .where(InterviewRow.study_id == study_id).order_by(InterviewRow.id))
    return [{"id": i, "title": title, "date": date, "duration": duration,
             "participants": pids.get(i, []), "segments": seg_counts.get(i, 0),
             "source_format": fmt, "media": media_id is not None}
            for i, title, date, duration, fmt, media_id in rows]

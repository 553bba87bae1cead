"""A cheap fingerprint of what a study's derived views depend on (interviews, speaker roles,
the guide), so the web app can keep a slow result (coaching) until one of them changes."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.store.tables import GuideRow, InterviewRow, SpeakerRow, StudyRow


def study_fingerprint(session: Session, slug: str) -> str | None:
    study_id = session.scalar(select(StudyRow.id).where(StudyRow.slug == slug))
    if study_id is None:
        return None
    h = hashlib.sha256()
    for row in session.execute(select(InterviewRow.id, InterviewRow.content_hash)
                               .where(InterviewRow.study_id == study_id).order_by(InterviewRow.id)):
        h.update(f"i{row[0]}:{row[1]};".encode())
    for row in session.execute(select(SpeakerRow.id, SpeakerRow.role, SpeakerRow.participant_id)
                               .join(InterviewRow, InterviewRow.id == SpeakerRow.interview_id)
                               .where(InterviewRow.study_id == study_id).order_by(SpeakerRow.id)):
        h.update(f"s{row[0]}:{row[1]}:{row[2]};".encode())
    for row in session.execute(select(GuideRow.id, GuideRow.created_at).where(GuideRow.study_id == study_id)):
        h.update(f"g{row[0]}:{row[1]};".encode())
    return h.hexdigest()

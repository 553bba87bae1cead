"""Queries for a study's discussion guide (one per study) and its questions.

The Markdown is stored as written, so the guide can be re-parsed with a newer parser; the
``guide_questions`` rows hold the parsed questions (follow-ups point at their main question)
for queries and for the interview coach's guide-coverage check.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from listenwell.analysis.guide import Guide
from listenwell.store.tables import GuideQuestionRow, GuideRow


def get_guide_row(session: Session, study_id: int) -> GuideRow | None:
    return session.scalar(select(GuideRow).where(GuideRow.study_id == study_id))


def save_guide(session: Session, study_id: int, guide: Guide) -> GuideRow:
    """Replace the study's guide (and its question rows) with ``guide``."""
    row = get_guide_row(session, study_id)
    if row is None:
        row = GuideRow(study_id=study_id, markdown=guide.markdown)
        session.add(row)
    else:
        session.execute(delete(GuideQuestionRow).where(GuideQuestionRow.guide_id == row.id))
    row.markdown = guide.markdown
    row.source_name = guide.source_name
    row.planned_minutes = guide.planned_minutes
    session.flush()
    idx = 0
    for s in guide.sections:
        goal = s.goal
        for q in s.questions:
            main = GuideQuestionRow(guide_id=row.id, idx=idx, section=s.title, goal=goal,
                                    text=q.text, line=q.line)
            session.add(main)
            session.flush()
            idx += 1
            for f in q.followups:
                if f.instruction:
                    continue
                session.add(GuideQuestionRow(guide_id=row.id, idx=idx, section=s.title, goal=goal,
                                             text=f.text, parent_id=main.id, line=f.line))
                idx += 1
    session.flush()
    return row


def guide_questions(session: Session, study_id: int) -> list[GuideQuestionRow]:
    row = get_guide_row(session, study_id)
    if row is None:
        return []
    return list(session.scalars(select(GuideQuestionRow).where(GuideQuestionRow.guide_id == row.id)
                                .order_by(GuideQuestionRow.idx)))

"""Read the theme board of a study in two queries: its themes, and its statements with the
participant (and their roster attributes) each came from. Writes go through the themes area."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.domain.errors import NotFound
from listenwell.store.tables import ParticipantRow, StatementRow, ThemeRow


def load_board_rows(session: Session, study_id: int) -> tuple[list[ThemeRow], list[tuple]]:
    themes = list(session.scalars(
        select(ThemeRow).where(ThemeRow.study_id == study_id)
        .order_by(ThemeRow.pinned.desc(), ThemeRow.id)))
    statements = session.execute(
        select(StatementRow.id, StatementRow.theme_id, StatementRow.text, StatementRow.interview_id,
               StatementRow.segment_id, StatementRow.start, StatementRow.insight_type,
               StatementRow.speaker, ParticipantRow.pid, ParticipantRow.attributes)
        .outerjoin(ParticipantRow, ParticipantRow.id == StatementRow.participant_id)
        .where(StatementRow.study_id == study_id)
        .order_by(StatementRow.interview_id, StatementRow.start_char, StatementRow.segment_id)
    ).all()
    return themes, statements


def statement_theme_id(session: Session, study_id: int, statement_id: int) -> int | None:
    row = session.get(StatementRow, statement_id)
    if row is None or row.study_id != study_id:
        raise NotFound(f"no statement {statement_id} in this study")
    return row.theme_id

"""Read the theme board of a study in three flat queries — themes, statements, and the
participants they came from (each participant's roster attributes read once, not per card).
Writes go through the themes area."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.domain.errors import NotFound
from listenwell.store.tables import ParticipantRow, StatementRow, ThemeRow


def load_board_rows(session: Session, study_id: int) -> tuple[list[ThemeRow], list[tuple], dict[int, tuple]]:
    """(themes, statement tuples, participant id → (pid, attributes))."""
    themes = list(session.scalars(
        select(ThemeRow).where(ThemeRow.study_id == study_id)
        .order_by(ThemeRow.pinned.desc(), ThemeRow.id)))
    conn = session.connection()  # Core rows: no ORM row processing for thousands of cards
    statements = conn.execute(
        select(StatementRow.id, StatementRow.theme_id, StatementRow.text, StatementRow.interview_id,
               StatementRow.segment_id, StatementRow.start, StatementRow.insight_type,
               StatementRow.speaker, StatementRow.participant_id)
        .where(StatementRow.study_id == study_id)
        .order_by(StatementRow.id)  # the analysis stores them in interview order; no sort needed
    ).all()
    people = {pid: (code, attrs) for pid, code, attrs in conn.execute(
        select(ParticipantRow.id, ParticipantRow.pid, ParticipantRow.attributes)
        .where(ParticipantRow.study_id == study_id))}
    return themes, statements, people


def statement_theme_id(session: Session, study_id: int, statement_id: int) -> int | None:
    row = session.get(StatementRow, statement_id)
    if row is None or row.study_id != study_id:
        raise NotFound(f"no statement {statement_id} in this study")
    return row.theme_id

"""Queries for statements and themes of a study, and row ↔ domain conversion."""

from __future__ import annotations

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.domain import Conflict, InsightType, NotFound, Statement, Theme
from listenwell.store.tables import (
    AnalysisRunRow,
    ParticipantRow,
    StatementRow,
    ThemeRow,
)


def pid_by_participant_id(session: Session, study_id: int) -> dict[int, str]:
    return dict(session.execute(
        select(ParticipantRow.id, ParticipantRow.pid).where(ParticipantRow.study_id == study_id)
    ).all())


def to_statement(row: StatementRow, pids: dict[int, str]) -> Statement:
    return Statement(
        interview_id=row.interview_id, segment_id=row.segment_id, speaker=row.speaker,
        participant=pids.get(row.participant_id) if row.participant_id else None,
        start_char=row.start_char, end_char=row.end_char, text=row.text, start=row.start,
        end=row.end, question=row.question, insight_type=InsightType(row.insight_type),
        confidence=row.confidence, id=row.id,
    )


def statement_rows(session: Session, study_id: int) -> list[StatementRow]:
    return list(session.scalars(
        select(StatementRow).where(StatementRow.study_id == study_id).order_by(StatementRow.id)
    ))


def get_statement_row(session: Session, study_id: int, statement_id: int) -> StatementRow:
    row = session.get(StatementRow, statement_id)
    if row is None or row.study_id != study_id:
        raise NotFound(f"no statement {statement_id} in this study")
    return row


def theme_rows(session: Session, study_id: int) -> list[ThemeRow]:
    return list(session.scalars(
        select(ThemeRow).where(ThemeRow.study_id == study_id).order_by(ThemeRow.id)
    ))


def get_theme_row(session: Session, study_id: int, theme_id: int,
                  expected_version: int | None = None) -> ThemeRow:
    """The theme, checked against the version the caller saw (optimistic locking)."""
    row = session.get(ThemeRow, theme_id)
    if row is None or row.study_id != study_id:
        raise NotFound(f"no theme {theme_id} in this study")
    if expected_version is not None and row.version != expected_version:
        raise Conflict(
            f"theme {theme_id} was changed by someone else (version {row.version}, "
            f"you had {expected_version}); reload and try again"
        )
    return row


def to_theme(row: ThemeRow, statement_ids: list[int]) -> Theme:
    return Theme(label=row.label, name=row.name, summary=row.summary,
                 statement_ids=statement_ids, hidden=row.hidden, pinned=row.pinned,
                 version=row.version, id=row.id)


def centre_of(row: ThemeRow) -> np.ndarray | None:
    return np.frombuffer(row.centroid, dtype="<f4") if row.centroid else None


def set_centre(row: ThemeRow, centre: np.ndarray | None) -> None:
    row.centroid = np.asarray(centre, dtype="<f4").tobytes() if centre is not None else None


def latest_run(session: Session, study_id: int) -> AnalysisRunRow | None:
    return session.scalars(
        select(AnalysisRunRow).where(AnalysisRunRow.study_id == study_id)
        .order_by(AnalysisRunRow.id.desc()).limit(1)
    ).first()

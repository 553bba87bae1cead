"""Queries for highlights, their codes (tags) and the codes of a study."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from listenwell.domain.errors import NotFound
from listenwell.domain.model import Code, Highlight
from listenwell.store.tables import (
    CodeRow,
    HighlightCodeRow,
    HighlightRow,
    InterviewRow,
    SegmentRow,
)


def _codes_by_highlight(session: Session, ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    if not ids:
        return out
    rows = session.execute(
        select(HighlightCodeRow.highlight_id, CodeRow.name)
        .join(CodeRow, CodeRow.id == HighlightCodeRow.code_id)
        .where(HighlightCodeRow.highlight_id.in_(ids))
        .order_by(CodeRow.name)
    )
    for hid, name in rows:
        out[hid].append(name)
    return out


def _to_domain(row: HighlightRow, codes: list[str]) -> Highlight:
    return Highlight(
        segment_id=row.segment_id, start_char=row.start_char, end_char=row.end_char,
        snippet=row.snippet, start=row.start, end=row.end, codes=list(codes), id=row.id,
    )


def load_highlights(session: Session, interview_id: int) -> list[Highlight]:
    rows = list(session.scalars(
        select(HighlightRow)
        .join(SegmentRow, SegmentRow.id == HighlightRow.segment_id)
        .where(SegmentRow.interview_id == interview_id)
        .order_by(SegmentRow.idx, HighlightRow.start_char)
    ))
    codes = _codes_by_highlight(session, [r.id for r in rows])
    return [_to_domain(r, codes.get(r.id, [])) for r in rows]


def get_highlight(session: Session, highlight_id: int) -> Highlight:
    row = session.get(HighlightRow, highlight_id)
    if row is None:
        raise NotFound(f"no highlight with id {highlight_id}")
    return _to_domain(row, _codes_by_highlight(session, [row.id]).get(row.id, []))


def insert_highlight(session: Session, h: Highlight) -> Highlight:
    row = HighlightRow(
        segment_id=h.segment_id, start_char=h.start_char, end_char=h.end_char,
        snippet=h.snippet, start=h.start, end=h.end,
    )
    session.add(row)
    session.flush()
    return _to_domain(row, [])


def delete_highlight(session: Session, highlight_id: int) -> None:
    row = session.get(HighlightRow, highlight_id)
    if row is None:
        raise NotFound(f"no highlight with id {highlight_id}")
    session.delete(row)


def highlight_study_id(session: Session, highlight_id: int) -> int:
    sid = session.scalar(
        select(InterviewRow.study_id)
        .join(SegmentRow, SegmentRow.interview_id == InterviewRow.id)
        .join(HighlightRow, HighlightRow.segment_id == SegmentRow.id)
        .where(HighlightRow.id == highlight_id)
    )
    if sid is None:
        raise NotFound(f"no highlight with id {highlight_id}")
    return sid


def ensure_code(session: Session, study_id: int, name: str) -> CodeRow:
    row = session.scalar(select(CodeRow).where(CodeRow.study_id == study_id, CodeRow.name == name))
    if row is None:
        row = CodeRow(study_id=study_id, name=name, description="")
        session.add(row)
        session.flush()
    return row


def add_code_to_highlight(session: Session, highlight_id: int, code_id: int) -> None:
    exists = session.get(HighlightCodeRow, (highlight_id, code_id))
    if exists is None:
        session.add(HighlightCodeRow(highlight_id=highlight_id, code_id=code_id))
        session.flush()


def remove_code_from_highlight(session: Session, highlight_id: int, code_id: int) -> None:
    session.execute(delete(HighlightCodeRow).where(
        HighlightCodeRow.highlight_id == highlight_id, HighlightCodeRow.code_id == code_id))


def load_codes(session: Session, study_id: int) -> list[Code]:
    rows = list(session.scalars(select(CodeRow).where(CodeRow.study_id == study_id).order_by(CodeRow.name)))
    names = {r.id: r.name for r in rows}
    return [Code(name=r.name, parent=names.get(r.parent_id) if r.parent_id else None,
                 description=r.description or "", id=r.id) for r in rows]

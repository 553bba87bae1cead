"""Queries the share area reads: analysed statements and themes, the guide, findings, and
codes/highlights (written by REFI-QDA import). Row → domain conversion only; no logic."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.domain.model import Code, Finding, Highlight, InsightType, Statement, Theme
from listenwell.store.tables import (
    AnalysisRunRow,
    CodeRow,
    FindingRow,
    GuideQuestionRow,
    GuideRow,
    HighlightCodeRow,
    HighlightRow,
    ParticipantRow,
    SegmentRow,
    StatementRow,
    ThemeRow,
)


def _insight(value: str) -> InsightType:
    try:
        return InsightType(value)
    except ValueError:
        return InsightType.OTHER


def load_statements(session: Session, study_id: int) -> tuple[list[Statement], dict[int, int | None]]:
    """All statements of a study and, per statement id, its theme id."""
    pid_of = dict(session.execute(select(ParticipantRow.id, ParticipantRow.pid).where(ParticipantRow.study_id == study_id)).all())
    rows = session.scalars(
        select(StatementRow).where(StatementRow.study_id == study_id).order_by(StatementRow.interview_id, StatementRow.id)
    )
    out, theme_of = [], {}
    for r in rows:
        out.append(
            Statement(
                interview_id=r.interview_id, segment_id=r.segment_id, speaker=r.speaker,
                participant=pid_of.get(r.participant_id) if r.participant_id else None,
                start_char=r.start_char, end_char=r.end_char, text=r.text, start=r.start, end=r.end,
                question=r.question, insight_type=_insight(r.insight_type), confidence=r.confidence or 0.0,
                id=r.id,
            )
        )
        theme_of[r.id] = r.theme_id
    return out, theme_of


def load_themes(session: Session, study_id: int, theme_of: dict[int, int | None]) -> list[Theme]:
    members: dict[int, list[int]] = {}
    for sid, tid in theme_of.items():
        if tid is not None:
            members.setdefault(tid, []).append(sid)
    rows = session.scalars(select(ThemeRow).where(ThemeRow.study_id == study_id).order_by(ThemeRow.id))
    return [
        Theme(label=r.label, name=r.name, summary=r.summary or "", statement_ids=sorted(members.get(r.id, [])),
              hidden=bool(r.hidden), pinned=bool(r.pinned), version=r.version, id=r.id)
        for r in rows
    ]


def has_analysis(session: Session, study_id: int) -> bool:
    """True once the analysis has run on the study (even if it found no themes)."""
    return session.scalar(select(AnalysisRunRow.id).where(AnalysisRunRow.study_id == study_id).limit(1)) is not None


def load_guide(session: Session, study_id: int) -> list[str]:
    guide = session.scalar(select(GuideRow).where(GuideRow.study_id == study_id))
    if guide is None:
        return []
    rows = session.scalars(
        select(GuideQuestionRow).where(GuideQuestionRow.guide_id == guide.id, GuideQuestionRow.parent_id.is_(None))
        .order_by(GuideQuestionRow.idx)
    )
    return [r.text for r in rows]


def load_findings(session: Session, study_id: int) -> list[Finding]:
    rows = session.scalars(select(FindingRow).where(FindingRow.study_id == study_id).order_by(FindingRow.rank))
    return [Finding(theme_id=r.theme_id, text=r.text, rank=r.rank, id=r.id) for r in rows if r.theme_id is not None]


def load_codes(session: Session, study_id: int) -> list[tuple[Code, str | None]]:
    """Codes with their REFI-QDA guid (None when never exported or imported)."""
    rows = list(session.scalars(select(CodeRow).where(CodeRow.study_id == study_id).order_by(CodeRow.id)))
    name_of = {r.id: r.name for r in rows}
    return [
        (Code(r.name, parent=name_of.get(r.parent_id) if r.parent_id else None, description=r.description or "", id=r.id), r.guid)
        for r in rows
    ]


def load_highlights(session: Session, interview_id: int) -> list[tuple[Highlight, str | None]]:
    rows = list(
        session.execute(
            select(HighlightRow).join(SegmentRow, SegmentRow.id == HighlightRow.segment_id)
            .where(SegmentRow.interview_id == interview_id).order_by(SegmentRow.idx, HighlightRow.start_char, HighlightRow.id)
        ).scalars()
    )
    if not rows:
        return []
    codes = session.execute(
        select(HighlightCodeRow.highlight_id, CodeRow.name).join(CodeRow, CodeRow.id == HighlightCodeRow.code_id)
        .where(HighlightCodeRow.highlight_id.in_([r.id for r in rows]))
    ).all()
    by_h: dict[int, list[str]] = {}
    for hid, name in codes:
        by_h.setdefault(hid, []).append(name)
    return [
        (Highlight(r.segment_id, r.start_char, r.end_char, r.snippet, r.start, r.end, sorted(by_h.get(r.id, [])), id=r.id), r.guid)
        for r in rows
    ]


def add_code(session: Session, study_id: int, code: Code, guid: str | None, parent_id: int | None) -> int:
    row = CodeRow(study_id=study_id, name=code.name, parent_id=parent_id, description=code.description, guid=guid)
    session.add(row)
    session.flush()
    return row.id


def add_highlight(session: Session, h: Highlight, guid: str | None, code_ids: list[int]) -> int:
    row = HighlightRow(segment_id=h.segment_id, start_char=h.start_char, end_char=h.end_char, snippet=h.snippet,
                       start=h.start, end=h.end, guid=guid)
    session.add(row)
    session.flush()
    for cid in sorted(set(code_ids)):
        session.add(HighlightCodeRow(highlight_id=row.id, code_id=cid))
    return row.id

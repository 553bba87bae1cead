"""Queries for studies."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.domain import NotFound, Study
from listenwell.domain.text import slugify
from listenwell.store.tables import StudyRow


def to_study(row: StudyRow) -> Study:
    return Study(
        title=row.title,
        slug=row.slug,
        goals=list(row.goals or []),
        description=row.description or "",
        planned_minutes=row.planned_minutes,
        id=row.id,
        created_at=row.created_at,
    )


def get_study_row(session: Session, slug: str) -> StudyRow:
    row = session.scalar(select(StudyRow).where(StudyRow.slug == slug))
    if row is None:
        # a study made before slugs wrote "ł" as "l" keeps its slug ("patnosci"), and is found by the
        # slug its title gives now ("platnosci") too, where that names one study only
        same = [r for r in session.scalars(select(StudyRow)) if slugify(r.title) == slug]
        row = same[0] if len(same) == 1 else None
    if row is None:
        known = session.scalars(select(StudyRow.slug).order_by(StudyRow.slug)).all()
        hint = f" (studies: {', '.join(known)})" if known else " (no studies yet: `listenwell study create`)"
        raise NotFound(f"no study {slug!r}{hint}")
    return row


def list_studies(session: Session) -> list[Study]:
    return [to_study(r) for r in session.scalars(select(StudyRow).order_by(StudyRow.created_at, StudyRow.id))]

"""Use cases for studies and their rosters."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.analysis.mix import check_roster
from listenwell.domain import Conflict, InputError, Participant, Study
from listenwell.domain.text import slugify
from listenwell.ingest.roster import read_roster
from listenwell.store.participants import fill_row, load_participants, participant_rows_by_pid
from listenwell.store.studies import get_study_row, to_study
from listenwell.store.tables import ParticipantRow, StudyRow


def create_study(session: Session, title: str, goals: list[str], description: str = "",
                 slug: str | None = None, planned_minutes: int | None = None) -> Study:
    if not title.strip():
        raise InputError("a study needs a title")
    slug = slug or slugify(title)
    if session.scalar(select(StudyRow.id).where(StudyRow.slug == slug)) is not None:
        raise Conflict(f"a study {slug!r} already exists")
    row = StudyRow(slug=slug, title=title.strip(), goals=[g.strip() for g in goals if g.strip()],
                   description=description, planned_minutes=planned_minutes)
    session.add(row)
    session.flush()
    return to_study(row)


def import_roster(session: Session, path: Path, study: str) -> list[Participant]:
    """Add new participants and update known ones (matched by id); one transaction."""
    people = read_roster(path)
    try:
        check_roster(people)  # a date or NPS the plan cannot read is refused now, not later
    except InputError as err:
        # the line of the person it names, as an id made from an address is nowhere in the file
        line = next((p.line for p in people if f"participant {p.pid}," in err.detail), None)
        raise InputError(err.detail, file=str(path), line=line) from None
    srow = get_study_row(session, study)
    existing = participant_rows_by_pid(session, srow.id)
    for p in people:
        row = existing.get(p.pid)
        if row is None:
            row = ParticipantRow(study_id=srow.id, pid=p.pid)
            session.add(row)
        fill_row(row, p)
    session.flush()
    return load_participants(session, srow.id)

"""Use cases for studies and their rosters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.analysis.mix import MixOptions, Person, check_roster, segment
from listenwell.domain import Conflict, InputError, Participant, Study
from listenwell.domain.text import slugify
from listenwell.ingest.roster import read_roster
from listenwell.store.participants import (
    fill_row,
    get_participant_row,
    load_participants,
    participant_rows_by_pid,
    to_participant,
)
from listenwell.store.recruitment import load_plan
from listenwell.store.studies import get_study_row, to_study
from listenwell.store.tables import InterviewParticipantRow, ParticipantRow, RecruitPlanMemberRow, StudyRow


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


@dataclass
class RosterUpdate:
    """What an import did: a client's re-sent roster may have dropped people who must not be asked."""
    people: list[Participant]  # the study's whole roster afterwards
    added: list[str]
    changed: list[str]
    missing: list[str]  # in the study but not in this file: kept as they were


def import_roster(session: Session, path: Path, study: str) -> RosterUpdate:
    """Add new participants and update known ones (matched by id); one transaction. People the
    file no longer has are kept (their interviews depend on them) and named."""
    people = read_roster(path)
    try:
        check_roster(people)  # a date or NPS the plan cannot read is refused now, not later
    except InputError as err:
        # the line of the person it names, as an id made from an address is nowhere in the file
        line = next((p.line for p in people if f"participant {p.pid}," in err.detail), None)
        raise InputError(err.detail, file=str(path), line=line) from None
    srow = get_study_row(session, study)
    existing = participant_rows_by_pid(session, srow.id)
    added, changed = [], []
    for p in people:
        row = existing.get(p.pid)
        if row is None:
            row = ParticipantRow(study_id=srow.id, pid=p.pid)
            session.add(row)
            added.append(p.pid)
        elif _as_stored(to_participant(row)) != _as_stored(p):
            changed.append(p.pid)
        fill_row(row, p)
    session.flush()
    in_file = {p.pid for p in people}
    return RosterUpdate(people=load_participants(session, srow.id), added=added, changed=changed,
                        missing=[pid for pid in existing if pid not in in_file])


def _as_stored(p: Participant) -> tuple:
    return (p.name, p.email, list(p.other_names), dict(p.attributes), list(p.tags), p.consent)


def remove_participant(session: Session, study: str, pid: str) -> bool:
    """Take a person off the study's roster (a client's erasure request, someone who left the
    panel); refused while an interview is linked to them, as its quotes and coverage depend on
    them. Returns whether they were in the saved plan (they leave it too)."""
    srow = get_study_row(session, study)
    row = get_participant_row(session, srow.id, pid)
    talks = session.scalars(select(InterviewParticipantRow.interview_id)
                            .where(InterviewParticipantRow.participant_id == row.id)).all()
    if talks:
        ids = ", ".join(str(i) for i in sorted(talks))
        raise Conflict(f"participant {pid} is linked to interview {ids}: their quotes and coverage depend on "
                       f"them, so they stay; if it was not them, `listenwell interviews link ID {pid} --remove` "
                       "first")
    planned = session.scalar(select(RecruitPlanMemberRow.plan_id)
                             .where(RecruitPlanMemberRow.participant_id == row.id)) is not None
    session.delete(row)
    session.flush()
    return planned


@dataclass
class Listing:
    """A study's roster with each person's segments, and the settings they were worked out with."""
    people: list[Participant]
    persons: list[Person]  # the segments, in the order of ``people``
    dimensions: list[str]
    options: MixOptions  # as_of set: the day the segments are for
    from_plan: bool  # the saved plan's settings (else the defaults, as of today)


def participant_listing(session: Session, study: str, today: dt.date | None = None) -> Listing:
    """The roster segmented as the study's saved plan segments it (its day, lapsed window,
    frequent threshold and usage columns), so the list and the plan agree on who is lapsed;
    without a plan, with the defaults as of today."""
    srow = get_study_row(session, study)
    people = load_participants(session, srow.id)
    plan = load_plan(session, srow.id)
    columns = {k for p in people for k in p.attributes}
    if plan is not None:
        # a column the plan read may have left the roster since: the rest still apply
        opts = replace(plan.options, as_of=plan.as_of, by=[], weights={},
                       usage_from=[c for c in plan.options.usage_from if c.lower() in columns])
    else:
        opts = MixOptions(as_of=today or dt.date.today())
    dims, persons = segment(people, opts) if people else ([], [])
    return Listing(people=people, persons=persons, dimensions=dims, options=opts, from_plan=plan is not None)

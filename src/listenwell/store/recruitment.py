"""Who has been interviewed, and when (the input to recruitment's recency rule and coverage),
and the study's saved recruitment plan."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.analysis.mix import MixOptions, MixPlan, Person, SavedPlan
from listenwell.store.participants import participant_rows_by_pid
from listenwell.store.tables import (
    InterviewParticipantRow,
    InterviewRow,
    ParticipantRow,
    RecruitPlanMemberRow,
    RecruitPlanRow,
    StudyRow,
)


def last_interviews(session: Session, study_id: int) -> dict[str, dt.date | None]:
    """pid → date of their latest interview in the study (None when none of their interviews
    has a date).

    Only participants with at least one interview appear. An interview whose file gave no date
    has none: the day it was imported is not the day it happened (a week's transcripts are
    often imported together, weeks later), so it is not passed off as one.
    """
    rows = session.execute(
        select(ParticipantRow.pid, InterviewRow.date)
        .join(InterviewParticipantRow, InterviewParticipantRow.participant_id == ParticipantRow.id)
        .join(InterviewRow, InterviewRow.id == InterviewParticipantRow.interview_id)
        .where(ParticipantRow.study_id == study_id)
    ).all()
    out: dict[str, dt.date | None] = {}
    for pid, day in rows:
        prev = out.get(pid)
        out[pid] = max(day, prev) if day is not None and prev is not None else day or prev
    return out


def interviews_elsewhere(session: Session, study_id: int) -> dict[str, tuple[dt.date, str]]:
    """pid → (day, "study <slug>") of the latest dated interview, in the workspace's other
    studies, of someone on this study's roster: the same person by id or by email, as one
    client's roster is often imported into several studies. An undated one has no day to weigh."""
    mine = participant_rows_by_pid(session, study_id)
    by_email = {r.email.strip().lower(): pid for pid, r in mine.items() if r.email and "@" in r.email}
    rows = session.execute(
        select(ParticipantRow.pid, ParticipantRow.email, InterviewRow.date, StudyRow.slug)
        .join(InterviewParticipantRow, InterviewParticipantRow.participant_id == ParticipantRow.id)
        .join(InterviewRow, InterviewRow.id == InterviewParticipantRow.interview_id)
        .join(StudyRow, StudyRow.id == InterviewRow.study_id)
        .where(InterviewRow.study_id != study_id, InterviewRow.date.is_not(None))
    ).all()
    out: dict[str, tuple[dt.date, str]] = {}
    for pid, email, day, slug in rows:
        same = {pid if pid in mine else None, by_email.get((email or "").strip().lower())}
        for who in same - {None}:
            if who not in out or day > out[who][0]:
                out[who] = (day, f"study {slug}")
    return out


def _options_json(opts: MixOptions) -> dict:
    return {"by": list(opts.by), "weights": opts.weights, "exclude_recent_days": opts.exclude_recent_days,
            "lapsed_after_days": opts.lapsed_after_days, "frequent_per_month": opts.frequent_per_month,
            "include_unconsented": opts.include_unconsented, "keep_interviewed": opts.keep_interviewed,
            "usage_from": list(opts.usage_from), "at_most": dict(opts.at_most), "balance_usage": opts.balance_usage,
            "balance_nps": opts.balance_nps,
            "leave_out": list(opts.leave_out), "adult_age": opts.adult_age}


def save_plan(session: Session, study_id: int, plan: MixPlan) -> dt.datetime | None:
    """Keep ``plan`` as the study's recruitment plan, replacing an earlier one; returns when
    the replaced plan was made (None when there was none)."""
    old = session.scalar(select(RecruitPlanRow).where(RecruitPlanRow.study_id == study_id))
    replaced = None
    if old is not None:
        replaced = old.created_at
        session.delete(old)
        session.flush()
    row = RecruitPlanRow(study_id=study_id, size=plan.options.size, seed=plan.options.seed,
                         as_of=plan.as_of, options=_options_json(plan.options),
                         dimensions=list(plan.dimensions))
    session.add(row)
    session.flush()
    rows = participant_rows_by_pid(session, study_id)
    for i, person in enumerate(plan.chosen):
        session.add(RecruitPlanMemberRow(plan_id=row.id, participant_id=rows[person.pid].id, position=i,
                                         segments=dict(person.segments)))
    session.flush()
    return replaced


def load_plan(session: Session, study_id: int) -> SavedPlan | None:
    row = session.scalar(select(RecruitPlanRow).where(RecruitPlanRow.study_id == study_id))
    if row is None:
        return None
    members = session.execute(
        select(ParticipantRow.pid, RecruitPlanMemberRow.segments)
        .join(ParticipantRow, ParticipantRow.id == RecruitPlanMemberRow.participant_id)
        .where(RecruitPlanMemberRow.plan_id == row.id)
        .order_by(RecruitPlanMemberRow.position)
    ).all()
    o, default = row.options or {}, MixOptions()
    opts = MixOptions(size=row.size, seed=row.seed, as_of=row.as_of, by=list(o.get("by", [])),
                      weights=o.get("weights", {}), exclude_recent_days=o.get("exclude_recent_days"),
                      lapsed_after_days=o.get("lapsed_after_days", default.lapsed_after_days),
                      frequent_per_month=o.get("frequent_per_month", default.frequent_per_month),
                      include_unconsented=o.get("include_unconsented", default.include_unconsented),
                      keep_interviewed=o.get("keep_interviewed", default.keep_interviewed),
                      usage_from=list(o.get("usage_from", [])), at_most=dict(o.get("at_most", {})),
                      balance_usage=o.get("balance_usage", default.balance_usage),
                      balance_nps=o.get("balance_nps", default.balance_nps),
                      leave_out=list(o.get("leave_out", [])), adult_age=o.get("adult_age"))
    return SavedPlan(size=row.size, seed=row.seed, as_of=row.as_of, options=opts,
                     dimensions=list(row.dimensions or []),
                     members=[Person(pid=pid, segments=dict(segs)) for pid, segs in members],
                     created_at=row.created_at)

"""The study-level view: every interview's coaching side by side, and one row per
interviewer, so a team sees who dominates conversations or asks leading questions."""

from __future__ import annotations

import statistics

from .asked import is_leading
from .model import InterviewCoaching, InterviewerSummary, StudyCoaching, Trend


def summarise_interviewers(coachings: list[InterviewCoaching]) -> list[InterviewerSummary]:
    names: list[str] = []
    for c in coachings:
        names += [n for n in c.interviewers if n not in names]
    rows = []
    for name in names:
        mine = [c for c in coachings if name in c.interviewers and not c.no_participant_speech]
        shares = [c.talk.share for c in mine if c.talk]
        asked = [q for c in mine if c.questions for q in c.questions.asked]
        judged = [q for q in asked if q.checked]  # none (not in English): "–", not "0 closed"
        read = [q for q in asked if q.checked or q.problems]  # and a leading form found in another language
        silences = [c.silence.median for c in mine if c.silence and c.silence.median is not None]
        moments = sum(c.followups.moments for c in mine if c.followups)
        followed = sum(c.followups.followed for c in mine if c.followups)
        rows.append(
            InterviewerSummary(
                name=name,
                interviews=len([c for c in coachings if name in c.interviewers]),
                mean_talk_share=statistics.fmean(shares) if shares else None,
                questions=len(asked),
                leading=sum(1 for q in read if is_leading(q)) if read else None,
                closed=sum(1 for q in judged if q.kind == "closed") if judged else None,
                problem_questions=sum(1 for q in read if not q.ok) if read else None,
                interruptions=sum(len(c.interruptions) for c in mine),
                median_silence=statistics.median(silences) if silences else None,
                followup_rate=followed / moments if moments else None,
                reflections=sum(c.listening.reflections for c in mine if c.listening),
            )
        )
    return rows


def _mean(xs: list[float]) -> float | None:
    return statistics.fmean(xs) if xs else None


def trends(coachings: list[InterviewCoaching]) -> list[Trend]:
    """First half against second half, in the order given (the order interviews were held).
    Needs at least four coached interviews."""
    done = [c for c in coachings if not c.no_participant_speech and c.talk]
    if len(done) < 4:
        return []
    half = len(done) // 2
    parts = (done[:half], done[half:])

    def pair(measure, unit, get):
        first, second = ([x for x in map(get, p) if x is not None] for p in parts)
        return Trend(measure, _mean(first), _mean(second), unit)

    return [
        pair("talk share", "share", lambda c: c.talk.share),
        pair("leading questions per interview", "count", lambda c: sum(1 for q in c.questions.asked if is_leading(q)) if c.questions.judged else None),
        pair("interruptions per interview", "count", lambda c: len(c.interruptions)),
        pair("follow-up rate", "share", lambda c: c.followups.rate),
        pair("reflections per interview", "count", lambda c: c.listening.reflections),
    ]


def summarise_study(
    slug: str, title: str, coachings: list[InterviewCoaching], guide_questions: int = 0
) -> StudyCoaching:
    notes = []
    empty = [c.title for c in coachings if c.no_participant_speech]
    if empty:
        notes.append("No participant speech in: " + ", ".join(empty))
    return StudyCoaching(
        study_slug=slug,
        study_title=title,
        interviews=coachings,
        interviewers=summarise_interviewers(coachings),
        guide_questions=guide_questions,
        notes=notes,
        trends=trends(coachings),
    )

"""A real workspace holding the coach fixtures, shared by the service, CLI and report tests."""

from __future__ import annotations

from pathlib import Path

from listenwell.domain.model import Role, Segment, Speaker, Transcript
from listenwell.store.tables import GuideQuestionRow, GuideRow
from listenwell.workspace import Workspace

from .analysis.coach_fixtures import GUIDE, timed_interview, untimed_interview


def transcript_of(interview) -> Transcript:
    return Transcript(
        segments=interview.segments,
        speakers=[Speaker(s.name, Role.PARTICIPANT) for s in interview.speakers],
        format="vtt" if interview.segments[0].start is not None else "text",
    )


def build(root: Path, *, guide: bool = True) -> Workspace:
    ws = Workspace.open(root)
    ws.create_study("Checkout", goals=["Why do people drop off at checkout?"])
    ws.add_interview("checkout", transcript_of(timed_interview()), content_hash="t1",
                     source_name="timed.vtt", interviewer="Alex", title="Timed")
    ws.add_interview("checkout", transcript_of(untimed_interview()), content_hash="u1",
                     source_name="untimed.txt", interviewer="Alex", title="Untimed")
    if guide:
        with ws.transaction() as s:
            study_id = ws_study_id(ws, s)
            g = GuideRow(study_id=study_id, markdown="\n".join(f"- {q}" for q in GUIDE))
            s.add(g)
            s.flush()
            rows = [GuideQuestionRow(guide_id=g.id, idx=n, section="Main", text=q)
                    for n, q in enumerate(GUIDE)]
            s.add_all(rows)
            s.flush()
            # A probe under the first question: not counted for coverage.
            s.add(GuideQuestionRow(guide_id=g.id, idx=len(GUIDE), section="Main",
                                   text="What else did you try?", parent_id=rows[0].id))
    return ws


def ws_study_id(ws: Workspace, session) -> int:
    from listenwell.store.studies import get_study_row

    return get_study_row(session, "checkout").id


def add_without_interviewer(ws: Workspace) -> int:
    t = Transcript(
        segments=[Segment("A", "We went shopping on Monday.", index=0),
                  Segment("B", "It was nice and quiet.", index=1)],
        speakers=[Speaker("A"), Speaker("B")],
        format="text",
    )
    return ws.add_interview("checkout", t, content_hash="n1", source_name="nobody.txt",
                            title="Nobody asks").id


def add_monologue(ws: Workspace) -> int:
    t = Transcript(
        segments=[Segment("Alex", "Hello? Is anyone there? Can you hear me?", 0.0, 5.0, index=0)],
        speakers=[Speaker("Alex")],
        format="vtt",
    )
    return ws.add_interview("checkout", t, content_hash="m1", source_name="mono.vtt",
                            interviewer="Alex", title="No answer").id

"""A real workspace holding the hand-written study of ``evidence_fixture`` as if it had been
analysed: interviews stored through the Workspace, two with recordings (an .m4a and an .mp4
generated with PyAV), statements and themes written into the store the way the analysis
writes them."""

from __future__ import annotations

from pathlib import Path

from listenwell.domain.model import Transcript
from listenwell.domain.text import sha256_text
from listenwell.store.tables import (
    GuideQuestionRow,
    GuideRow,
    ParticipantRow,
    StatementRow,
    StudyRow,
    ThemeRow,
)
from listenwell.workspace import Workspace
from sqlalchemy import select

from tests.report.evidence_fixture import ROSTER_EMAILS, ROSTER_NAMES, make_evidence
from tests.report.media_fixture import write_media


def build_share_workspace(root: Path, *, analysed: bool = True) -> Workspace:
    ev = make_evidence()
    ws = Workspace.open(root / "ws")
    ws.create_study("Checkout study", ["Why do people abandon checkout?"], slug="checkout")
    roster = root / "roster.csv"
    lines = ["id,name,email,plan,usage,share_recordings,quotes"]
    for p in ev.participants:
        lines.append(f"{p.pid},{p.name},{p.email},{p.attributes['plan']},{p.attributes['usage']},"
                     f"{'yes' if p.consent.share_recordings else 'no'},{'yes' if p.consent.quotes else 'no'}")
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ws.import_roster(roster, "checkout")
    media = {
        1: write_media(root / "iv1.m4a", 20.0, video=False),
        2: write_media(root / "iv2.mp4", 20.0, video=True),
        3: write_media(root / "iv3.mp4", 20.0, video=True),
    }
    seg_map: dict[int, int] = {}  # fixture segment id -> stored segment id
    for iv in ev.interviews:
        m = None
        if iv.id in media:
            path = media[iv.id]
            m = ws.store_media(path, kind="video" if path.suffix == ".mp4" else "audio", duration=20.0)
        # the participant speaks under their real name, as a Zoom transcript would show it
        real = ROSTER_NAMES[int(iv.participants[0][1:]) - 1]
        for seg in iv.segments:
            if seg.speaker != "Sam Interviewer":
                seg.speaker = real
        for sp in iv.speakers:
            if sp.name != "Sam Interviewer":
                sp.name, sp.participant_pid = real, None
        t = Transcript(segments=iv.segments, speakers=iv.speakers, format="json", title=iv.title, date=iv.date)
        stored = ws.add_interview("checkout", t, content_hash=sha256_text(iv.title + "x"), source_name=f"{iv.title}.json",
                                  participants=iv.participants, interviewer="Sam Interviewer", title=iv.title, media=m)
        for old, new in zip(iv.segments, stored.segments):
            seg_map[old.id] = new.id
        for st in ev.statements:
            if st.interview_id == iv.id:
                st.interview_id = stored.id
    with ws.transaction() as s:
        study = s.scalar(select(StudyRow).where(StudyRow.slug == "checkout"))
        g = GuideRow(study_id=study.id, markdown="# Guide", source_name="guide.md")
        s.add(g)
        s.flush()
        s.add(GuideQuestionRow(guide_id=g.id, idx=0, section="Warm-up", text="Tell me about the last time you bought something online."))
        if analysed:
            pid_row = {r.pid: r.id for r in s.scalars(select(ParticipantRow).where(ParticipantRow.study_id == study.id))}
            theme_ids = {}
            for t in ev.themes:
                row = ThemeRow(study_id=study.id, label=t.label, summary=t.summary)
                s.add(row)
                s.flush()
                theme_ids[t.id] = row.id
            theme_of = {sid: theme_ids[t.id] for t in ev.themes for sid in t.statement_ids}
            for st in ev.statements:
                s.add(StatementRow(
                    study_id=study.id, interview_id=st.interview_id, segment_id=seg_map[st.segment_id],
                    participant_id=pid_row[st.participant], speaker=ROSTER_NAMES[int(st.participant[1:]) - 1],
                    start_char=st.start_char, end_char=st.end_char, text=st.text, start=st.start, end=st.end,
                    insight_type=str(st.insight_type), confidence=st.confidence, theme_id=theme_of.get(st.id),
                ))
    return ws


SECRETS = ROSTER_NAMES + ROSTER_EMAILS + [n.split()[0] for n in ROSTER_NAMES] + [n.split()[1] for n in ROSTER_NAMES] + ["Sam Interviewer", "7946 0958", "4111 1111", "221 Baker"]

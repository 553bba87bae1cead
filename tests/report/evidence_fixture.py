"""A small hand-written study as domain objects, for the report layer's tests (no store)."""

from __future__ import annotations

import datetime as dt

from listenwell.domain.model import (
    Consent,
    InsightType,
    Interview,
    Participant,
    Role,
    Segment,
    Speaker,
    Statement,
    Study,
    Theme,
    Word,
)
from listenwell.report.build import StudyEvidence

ROSTER_NAMES = ["Anna Berg", "Ben Okafor", "Carla Diaz", "Dmitri Volkov"]
ROSTER_EMAILS = ["anna.berg@example.com", "ben@okafor.dev", "carla.d@example.org", "dv@example.net"]

LINES = {
    "P1": [
        ("The checkout kept failing when I typed my card, so I gave up twice.", InsightType.PAIN_POINT),
        ("Honestly I now keep a spreadsheet of orders because I don't trust the emails, mail me at anna.berg@example.com.", InsightType.WORKAROUND),
        ("I worry about where my card details end up, Ben Okafor told me about a leak.", InsightType.WORRY),
    ],
    "P2": [
        ("Paying was a nightmare, the page froze and I lost my basket.", InsightType.PAIN_POINT),
        ("Call me on +44 20 7946 0958 if you want, I'm Ben by the way.", InsightType.OTHER),
        ("I'd love a way to save my address at 221 Baker Street for next time.", InsightType.NEED),
    ],
    "P3": [
        ("The payment step failed again and again on my phone.", InsightType.PAIN_POINT),
        ("I copy the order number into my notes app as a workaround.", InsightType.WORKAROUND),
        ("It would be great to pay with 4111 1111 1111 1111 saved, safely.", InsightType.FEATURE_REQUEST),
    ],
    "P4": [
        ("Delivery was fast, I really like that part.", InsightType.PRAISE),
        ("I'm nervous that my data is shared with advertisers.", InsightType.WORRY),
        ("Once I ordered a cake shaped like a boat, unrelated but fun.", InsightType.OTHER),
    ],
}


def make_evidence(*, consent_p3_quotes: bool = True, with_words: bool = True) -> StudyEvidence:
    participants = [
        Participant(
            pid=f"P{i + 1}",
            name=ROSTER_NAMES[i],
            email=ROSTER_EMAILS[i],
            attributes={"plan": ["free", "pro", "free", "pro"][i], "usage": ["weekly", "weekly", "churned", "monthly"][i]},
            consent=Consent(recorded=True, share_recordings=(i != 1), quotes=(consent_p3_quotes or i != 2)),
        )
        for i in range(4)
    ]
    interviews, statements = [], []
    seg_id, st_id = 1, 1
    for n, (pid, lines) in enumerate(LINES.items()):
        iv_id = n + 1
        segments = [Segment("Sam Interviewer", "Can you tell me about the last time you bought something?", 0.0, 3.0, id=seg_id, index=0)]
        seg_id += 1
        t = 3.5
        for k, (text, kind) in enumerate(lines):
            words = []
            if with_words:
                wt = t
                for w in text.split(" "):
                    words.append(Word(" " + w, wt, wt + 0.3))
                    wt += 0.35
            end = t + 0.35 * len(text.split(" "))
            seg = Segment(pid, text, t, end, words=words, id=seg_id, index=k + 1)
            segments.append(seg)
            statements.append(
                Statement(iv_id, seg_id, pid, pid, 0, len(text), text, t, end, insight_type=kind, confidence=0.8, id=st_id)
            )
            seg_id += 1
            st_id += 1
            t = end + 1.0
        interviews.append(
            Interview(
                study_slug="checkout",
                title=f"Interview {iv_id}",
                segments=segments,
                speakers=[Speaker("Sam Interviewer", Role.INTERVIEWER), Speaker(pid, Role.PARTICIPANT, pid)],
                participants=[pid],
                interviewers=["Sam Interviewer"],
                date=dt.date(2026, 11, 2 + n),
                id=iv_id,
            )
        )
    by_type = {}
    for st in statements:
        by_type.setdefault(st.insight_type, []).append(st.id)
    themes = [
        Theme("Payment step fails", summary="Payment fails at the card step and people abandon their basket.",
              statement_ids=[1, 4, 7], id=1),
        Theme("Workarounds for order tracking", statement_ids=[2, 8], id=2),
        Theme("Data safety worries", statement_ids=[3, 11], id=3),
        Theme("Delivery speed", statement_ids=[10], id=4),
        Theme("Saved details", statement_ids=[6, 9], id=5),
    ]
    outliers = [statements[11]]
    study = Study("Checkout study", "checkout", goals=["Why do people abandon checkout?"], id=1)
    return StudyEvidence(
        study=study,
        participants=participants,
        interviews=interviews,
        themes=themes,
        statements=statements,
        outliers=outliers,
        guide=["Tell me about the last time you bought something online."],
    )


def segment_texts(ev: StudyEvidence) -> dict[int, str]:
    return {s.id: s.text for iv in ev.interviews for s in iv.segments}

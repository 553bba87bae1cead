"""Hand-written interviews with known answers for the coach tests.

TIMED: Alex interviews Sam. Alex speaks 60% of the time, interrupts three times (two
overlaps, one take-over 0.1 s after Sam stops), asks two leading questions, reflects back
once, says "mm-hm" once, covers all four intro points, follows up on one of two moments.
"""

from __future__ import annotations

from listenwell.domain.model import Interview, Role, Segment, Speaker


def _interview(title: str, rows, *, interviewer: str | None = "Alex") -> Interview:
    segments = [
        Segment(speaker=sp, text=text, start=start, end=end, index=i)
        for i, (sp, start, end, text) in enumerate(rows)
    ]
    names = sorted({sp for sp, *_ in rows})
    speakers = [
        Speaker(n, Role.INTERVIEWER if n == interviewer else Role.PARTICIPANT) for n in names
    ]
    return Interview(
        study_slug="fixture",
        title=title,
        segments=segments,
        speakers=speakers,
        interviewers=[interviewer] if interviewer else [],
    )


TIMED_ROWS = [
    ("Alex", 0.0, 12.0, "Hi, thanks for joining. We're doing some research to understand how "
     "people shop online. I'm not here to sell you anything, and there are no right or wrong "
     "answers. Is it okay if I record this call?"),
    ("Sam", 13.0, 15.0, "Sure, that's fine."),
    ("Alex", 16.5, 20.5, "Tell me about the last time you bought something online."),
    ("Sam", 21.0, 33.0, "Last week I ordered shoes. The checkout kept failing and it was really "
     "frustrating, so I ended up paying on my phone instead."),
    ("Alex", 32.0, 38.0, "Don't you think our new app is much easier?"),  # overlap 1.0 s
    ("Sam", 38.1, 44.0, "Maybe. I don't really know, I only used it once."),
    ("Alex", 44.1, 50.0, "Wouldn't you agree that paying by card is faster?"),  # 0.1 s after
    ("Sam", 51.0, 55.0, "I guess so."),
    ("Alex", 57.0, 63.0, "How often do you shop online?"),
    ("Sam", 64.0, 70.0, "Every week or so, mostly groceries and things for the kids."),
    ("Alex", 69.5, 75.5, "So what I'm hearing is that you shop every week. How do you keep "
     "track of your orders?"),  # overlap 0.5 s
    ("Sam", 77.5, 83.5, "I write it down in a notebook because the emails get lost."),
    ("Alex", 84.0, 85.0, "Mm-hm."),
    ("Sam", 85.5, 88.0, "It works for me."),
    ("Alex", 91.0, 97.0, "How did that make you feel?"),
    ("Sam", 97.5, 100.0, "Fine, honestly."),
    ("Alex", 101.0, 115.45, "Thanks so much, that's all I had for today."),
]
# Alex: 12+4+6+5.9+6+6+1+6+14.45 = 61.35 s; Sam: 2+12+5.9+4+6+6+2.5+2.5 = 40.9 s → 60%.


def timed_interview() -> Interview:
    return _interview("Timed fixture", TIMED_ROWS)


def untimed_interview() -> Interview:
    """The same conversation without timings, plus one turn Sam did not finish (cut-off
    marked with a dash): word share and one interruption."""
    rows = [(sp, None, None, text) for sp, _, _, text in TIMED_ROWS]
    rows.insert(9, ("Sam", None, None, "Well, when the page froze I tried to-"))
    rows.insert(10, ("Alex", None, None, "Right, and what do you buy most?"))
    return _interview("Untimed fixture", rows)


def no_interviewer_interview() -> Interview:
    return _interview("Nobody asks", TIMED_ROWS, interviewer=None)


def monologue_interview() -> Interview:
    rows = [("Alex", 0.0, 5.0, "Hello? Is anyone there? Can you hear me?"),
            ("Alex", 6.0, 9.0, "I'll try again later.")]
    return _interview("No answer", rows)


GUIDE = [
    "Tell me about the last time you bought something online.",
    "How do you keep track of the things you ordered?",
    "How do you feel about the new app?",
    "What do you do when a delivery arrives late?",
]

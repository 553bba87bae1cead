"""A small hand-written study for theme tests: four themes, one resting on a single voice.

Built as domain objects (not files) so theme tests do not depend on the transcript readers.
"""

from __future__ import annotations

import csv
from pathlib import Path

from listenwell.domain import Role, Segment, Speaker, Transcript
from listenwell.domain.text import sha256_text

PAYMENT = [
    "The payment page kept failing every time I entered my credit card.",
    "My card got declined at checkout twice even though the card was fine.",
    "Paying at checkout is where it breaks, the card payment just errors out.",
    "I tried to pay with my card and the payment form threw an error again.",
    "Checkout rejected my credit card payment and I had no idea why.",
]
PRIVACY = [
    "I'm worried whether my personal data is safe with you.",
    "Honestly I am concerned about who can see my personal information and data.",
    "I worry that my data gets shared or sold without me knowing.",
    "My main concern is privacy, where does my personal data end up?",
    "I'm nervous about giving you my data because I don't know how safe it is.",
]
EXPORT = [
    "So I just copy the order list into a spreadsheet every week.",
    "I export everything by hand and paste the orders into Excel.",
    "Every Friday I copy my orders into a Google Sheets spreadsheet manually.",
    "I end up pasting all the order data into my own spreadsheet to track it.",
]
NIGHT = [  # one participant only: a single-voice theme
    "On night shifts the bright white screen hurts my eyes in the dark warehouse.",
    "At night in the dim warehouse the glaring white screen is painful to look at.",
    "The screen brightness at night really hurts my eyes during the dark shift.",
]
QUESTIONS = {
    "payment": "Can you walk me through the last time you paid at checkout?",
    "privacy": "How do you feel about the information you share with us?",
    "export": "What do you do with your orders after they come in?",
    "night": "Tell me about when you use the app at work.",
}
PARTICIPANTS = {  # pid -> (name, plan, themes they speak to)
    "P1": ("Ana", "free", ["payment", "privacy"]),
    "P2": ("Ben", "pro", ["payment", "export"]),
    "P3": ("Cai", "free", ["privacy", "export", "payment"]),
    "P4": ("Dee", "pro", ["export", "privacy", "night"]),
    "P5": ("Eli", "free", ["payment", "privacy", "export"]),
}
LINES = {"payment": PAYMENT, "privacy": PRIVACY, "export": EXPORT, "night": NIGHT}


def transcript(pid: str) -> Transcript:
    _, _, topics = PARTICIPANTS[pid]
    n = int(pid[1:])
    segs: list[Segment] = []
    t = 0.0

    def say(who: str, text: str) -> None:
        nonlocal t
        segs.append(Segment(speaker=who, text=text, start=t, end=t + 8.0, index=len(segs)))
        t += 10.0

    say("Interviewer", "Thanks for joining. There are no right or wrong answers here.")
    say(pid, "Yeah, sure.")
    for topic in topics:
        say("Interviewer", QUESTIONS[topic])
        lines = LINES[topic]
        if topic == "night":
            picked = lines  # all three from the one voice
        else:
            picked = [lines[(n + k) % len(lines)] for k in range(2)]
        say(pid, "Mm-hmm. " + " ".join(picked))
        say("Interviewer", "Can you give me another example?")
        say(pid, "Right.")
    speakers = [Speaker("Interviewer", Role.INTERVIEWER),
                Speaker(pid, Role.PARTICIPANT, participant_pid=pid)]
    return Transcript(segments=segs, speakers=speakers, format="text", title=f"Interview {pid}")


def write_roster(path: Path) -> Path:
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["pid", "name", "plan"])
        for pid, (name, plan, _) in PARTICIPANTS.items():
            w.writerow([pid, name, plan])
    return path


def build(ws, slug: str = "shop", pids: list[str] | None = None) -> str:  # noqa: ANN001
    """Create the study (if needed) and add the interviews of ``pids`` (default: all)."""
    if slug not in {s.slug for s in ws.studies()}:
        ws.create_study("Shop", slug=slug)
        ws.import_roster(write_roster(ws.root / f"roster-{slug}.csv"), study=slug)
    for pid in pids or list(PARTICIPANTS):
        tr = transcript(pid)
        ws.add_interview(slug, tr, content_hash=sha256_text(pid + slug), source_name=f"{pid}.txt",
                         participants=[pid], interviewer="Interviewer", title=f"Interview {pid}")
    return slug

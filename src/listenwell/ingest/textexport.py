"""Turns in a text export, whatever wrote it (Otter, Teams, Rev, Meet, notes), under a head.

Used for plain-text files and for the paragraphs of a Word document alike.
"""

from __future__ import annotations

import re

from listenwell.domain import Transcript
from listenwell.ingest import otter, plaintext
from listenwell.ingest.head import split_head, written_by_rev
from listenwell.ingest.turns import LONE_TIME
from listenwell.ingest.turns import capitalise_lower_labels


# Google Meet's text download: "<meeting> (<date and time>) - Transcript", then "Attendees", their
# names, and "Transcript" alone on their lines, above the turns
_MEET_TITLE = re.compile(r"\s[-\u2013\u2014]\s*Transcript\s*$")


def written_by_meet(head: str, body: str) -> bool:
    """Whether a transcript is Google Meet's: its title, then "Attendees" (an older download
    has none) or the turns opening on a time alone, "00:00:00"."""
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()]
    first = next((ln for ln in body.split("\n") if ln.strip()), "")
    return bool(lines) and bool(_MEET_TITLE.search(lines[0])) and (
        "Attendees" in lines[1:] or bool(LONE_TIME.match(first)))


def read_text_export(text: str, file: str) -> Transcript | None:
    """The transcript, or None when the text (below its head) has no speaker turns."""
    head, body = split_head(capitalise_lower_labels(text))
    for module in (otter, plaintext):
        if module.looks_like(body):
            transcript = module.read(body, file)
            transcript.title = transcript.title or head.title
            transcript.said_participants = head.participants
            transcript.head = head.text
            transcript.date = head.date
            transcript.date_readings = head.date_readings
            if written_by_rev(body):
                transcript.format = "rev"
            elif written_by_meet(head.text, body):
                transcript.format = "meet"
            return transcript
    return None

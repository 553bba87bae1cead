"""Turns in a text export, whatever wrote it (Otter, Teams, Rev, Meet, notes), under a head.

Used for plain-text files and for the paragraphs of a Word document alike.
"""

from __future__ import annotations

from listenwell.domain import Transcript
from listenwell.ingest import otter, plaintext
from listenwell.ingest.head import split_head, written_by_rev
from listenwell.ingest.turns import capitalise_lower_labels


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
            return transcript
    return None

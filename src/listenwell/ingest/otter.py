"""Otter.ai text export: a speaker line with a time (``Dana Whitfield  0:03``), then text."""

from __future__ import annotations

import re

from listenwell.domain import InputError, Transcript, parse_timecode
from listenwell.ingest.turns import Cue, TurnBuilder

# Otter's own footer, not part of the conversation.
FOOTER = re.compile(r"^Transcribed by https?://otter\.ai\S*$", re.IGNORECASE)
HEADER = re.compile(r"^(?P<name>[^\d\s][^\n]{0,60}?)\s+(?P<tc>\d{1,2}:\d{2}(?::\d{2})?)\s*$")


def looks_like(text: str) -> bool:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    headers = sum(1 for ln in lines[:40] if HEADER.match(ln.strip()))
    return headers >= 1 and bool(HEADER.match(lines[0].strip())) if lines else False


def read(text: str, file: str) -> Transcript:
    builder = TurnBuilder("otter", merge_same_speaker=False)
    current: Cue | None = None
    body: list[str] = []
    last = -1.0

    def flush() -> None:
        if current is not None:
            current.text = " ".join(body)
            builder.add(current)

    for n, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if not line or FOOTER.match(line):
            continue
        m = HEADER.match(line)
        if m:
            flush()
            try:
                start = parse_timecode(m.group("tc"))
            except ValueError as exc:
                raise InputError(str(exc), file=file, line=n) from None
            if start < last:
                raise InputError(f"time {m.group('tc')} goes backwards", file=file, line=n)
            last = start
            current, body = Cue(speaker=m.group("name").strip(), text="", start=start, line=n), []
        elif current is None:
            raise InputError("text before the first speaker line ('Name  0:00')", file=file, line=n)
        else:
            body.append(line)
    flush()
    transcript = builder.build()
    if not transcript.segments:
        raise InputError("no speaker turns with text found", file=file)
    # Otter gives start times only: a turn ends where the next one starts.
    segs = transcript.segments
    for a, b in zip(segs, segs[1:]):
        a.end = b.start
    return transcript

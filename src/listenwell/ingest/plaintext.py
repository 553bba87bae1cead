"""Plain text: ``Name: text`` turns, optionally ``[hh:mm:ss]`` first; other lines continue
the turn above (long answers with paragraphs)."""

from __future__ import annotations

import re

from listenwell.domain import InputError, Transcript, parse_timecode
from listenwell.ingest.turns import Cue, TurnBuilder, split_speaker

STAMP = re.compile(r"^\s*[\[(](\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]\s*(.*)$")


def looks_like(text: str) -> bool:
    lines = [ln for ln in text.split("\n") if ln.strip()][:30]
    hits = 0
    for ln in lines:
        m = STAMP.match(ln)
        if split_speaker(m.group(2) if m else ln)[0]:
            hits += 1
    return hits >= 1 and hits >= len(lines) // 4


def read(text: str, file: str) -> Transcript:
    builder = TurnBuilder("text", merge_same_speaker=False)
    current: Cue | None = None
    body: list[str] = []
    last = -1.0

    def flush() -> None:
        if current is not None:
            current.text = "\n".join(body)
            builder.add(current)

    for n, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            continue
        stamp = None
        line = raw
        m = STAMP.match(raw)
        if m:
            try:
                stamp = parse_timecode(m.group(1))
            except ValueError as exc:
                raise InputError(str(exc), file=file, line=n) from None
            line = m.group(2)
        speaker, said = split_speaker(line)
        if speaker is not None:
            flush()
            if stamp is not None:
                if stamp < last:
                    raise InputError(f"time {m.group(1)} goes backwards", file=file, line=n)
                last = stamp
            current, body = Cue(speaker=speaker, text="", start=stamp, line=n), [said]
        elif current is None:
            raise InputError("text before the first 'Name: text' line", file=file, line=n)
        else:
            body.append(line.strip())
    flush()
    transcript = builder.build()
    if not transcript.segments:
        raise InputError("no 'Name: text' turns found", file=file)
    # Stamps give start times only: a turn ends where the next stamped one starts.
    segs = transcript.segments
    for a, b in zip(segs, segs[1:]):
        if a.start is not None and b.start is not None:
            a.end = b.start
    return transcript

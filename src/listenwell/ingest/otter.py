"""A speaker line with a time, then what they said: Otter.ai's text export and Teams' Word
download (``Dana Whitfield  0:03``), Rev's (``Dana Whitfield (00:00:03):``), Word's Transcribe
(``00:00:03 Speaker 1``)."""

from __future__ import annotations

from listenwell.domain import InputError, Transcript, parse_timecode
from listenwell.ingest.head import speaker_line
from listenwell.ingest.turns import NOTICE, Cue, TurnBuilder


def looks_like(text: str) -> bool:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    return bool(lines) and speaker_line(lines[0]) is not None


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
        if not line or NOTICE.match(line):
            continue
        m = speaker_line(line)
        if m:
            flush()
            name, tc = m
            try:
                start = parse_timecode(tc)
            except ValueError as exc:
                raise InputError(str(exc), file=file, line=n) from None
            if start < last:
                raise InputError(f"time {tc} goes backwards", file=file, line=n)
            last = start
            current, body = Cue(speaker=name.strip(), text="", start=start, line=n), []
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

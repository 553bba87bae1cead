"""A speaker line, then what they said: Otter.ai's text export and Teams' Word download
(``Dana Whitfield  0:03``), Rev's (``Dana Whitfield (00:00:03):``), Word's Transcribe
(``00:00:03 Speaker 1``), Fathom's (``0:07 - Dana Whitfield (Acme)``), Fireflies' (the name, then
the time on its own line) and Otter's with timestamps turned off (the name alone)."""

from __future__ import annotations

from listenwell.domain import InputError, Transcript
from listenwell.ingest.head import bare_names, recurring_speakers, speaker_line
from listenwell.ingest.turns import LONE_TIME, NOTICE, Clock, Cue, TurnBuilder



def _header(line: str, names: set[str], known: frozenset[str] = frozenset()) -> tuple[str, str | None] | None:
    timed = speaker_line(line, known)
    if timed:
        return timed
    return (line.strip(), None) if line.strip() in names else None


def looks_like(text: str) -> bool:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    return bool(lines) and _header(lines[0], bare_names(lines[:80])) is not None


def read(text: str, file: str) -> Transcript:
    builder = TurnBuilder("otter", merge_same_speaker=False)
    current: Cue | None = None
    body: list[str] = []

    def flush() -> None:
        if current is not None:
            current.text = " ".join(body)
            builder.add(current)

    clock = Clock(file)
    all_lines = text.split("\n")
    names = bare_names(all_lines)
    known = recurring_speakers(all_lines)
    for n, raw in enumerate(all_lines, 1):
        line = raw.strip()
        if not line or NOTICE.match(line):
            continue
        header = _header(line, names, known)
        lone = LONE_TIME.match(line)
        if header:
            flush()
            name, tc = header
            current, body = Cue(speaker=name.strip(), text="", line=n), []
            current.start = clock.at(tc, n) if tc is not None else None
        elif lone and current is not None and not body and current.start is None:
            current.start = clock.at(lone.group(1), n)  # Fireflies: the time under the name
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
        if a.start is not None:
            a.end = b.start
    return transcript

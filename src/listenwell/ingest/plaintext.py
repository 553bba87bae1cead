"""Plain text: ``Name: text`` turns, optionally ``[hh:mm:ss]`` first, ``(mm:ss)`` after the
name (notetaker bots) or ``[hh:mm:ss]`` after the colon (Sonix); other lines continue the turn
above (long answers with paragraphs). A time alone on a line (Google Meet writes one every few
minutes) times the turn after it; a ``#00:01:23-4#`` mark (f4transkript, MAXQDA) is the time a
turn ends."""

from __future__ import annotations

import re

from listenwell.domain import InputError, Transcript, parse_timecode
from listenwell.ingest.head import RULE
from listenwell.ingest.turns import (
    ENDED_AFTER,
    LONE_TIME,
    NOTICE,
    TIMECODE,
    Clock,
    Cue,
    TurnBuilder,
    recurring_labels,
    split_speaker,
    split_turn,
)

STAMP = re.compile(rf"^\s*[\[(]({TIMECODE})[\])]\s*(.*)$")
F4_MARK = re.compile(r"\s*#(\d{1,2}:\d{2}:\d{2})(?:-(\d))?#\s*")


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
    unusual = recurring_labels(text.split("\n"))
    current: Cue | None = None
    body: list[str] = []

    def flush() -> None:
        if current is not None:
            said = "\n".join(body)
            marks = F4_MARK.findall(said)
            if marks:  # f4transkript: the time at the end of the turn
                hms, tenth = marks[-1]
                current.end = parse_timecode(hms) + (int(tenth) / 10 if tenth else 0.0)
                said = F4_MARK.sub(" ", said).strip()
            current.text = said
            builder.add(current)

    clock = Clock(file)
    pending: str | None = None  # a time alone on its line, for the turn after it
    ended_after: float | None = None  # the call's length, where the tool writes it
    for n, raw in enumerate(text.split("\n"), 1):
        if not raw.strip() or NOTICE.match(raw.strip()) or RULE.match(raw):
            ended = ENDED_AFTER.match(raw.strip())
            ended_after = parse_timecode(ended.group(1)) if ended else ended_after
            continue
        lone = LONE_TIME.match(raw)
        if lone:
            pending = lone.group(1)
            continue
        m = STAMP.match(raw)
        line = m.group(2) if m else raw
        speaker, after_name, said = split_turn(line, stamped=m is not None, known=unusual)
        inner = STAMP.match(said) if speaker is not None and not m and not after_name else None
        if inner:  # "Name: [00:00:09] text" (Sonix)
            after_name, said = inner.group(1), inner.group(2)
        tc = m.group(1) if m else after_name or (pending if speaker is not None else None)
        if speaker is not None:
            flush()
            stamp = clock.at(tc, n) if tc is not None else None
            pending = None
            current, body = Cue(speaker=speaker, text="", start=stamp, line=n), [said]
        elif current is None:
            raise InputError("text before the first 'Name: text' line", file=file, line=n)
        else:
            body.append(line.strip())
    flush()
    transcript = builder.build()
    if not transcript.segments:
        raise InputError("no 'Name: text' turns found", file=file)
    # Stamps give start times only: a turn ends where the next stamped one starts; f4 marks give
    # end times only: a turn starts where the one before it ended.
    segs = transcript.segments
    for a, b in zip(segs, segs[1:]):
        if a.start is not None and b.start is not None:
            a.end = b.start
    if ended_after is not None and segs[-1].end is None and (segs[-1].start or 0.0) <= ended_after:
        segs[-1].end = ended_after  # the last turn runs until the call ended
    ended = 0.0
    for seg in segs:
        if seg.start is None and seg.end is not None:
            seg.start = min(ended, seg.end)
        ended = seg.end if seg.end is not None else max(ended, seg.start or 0.0)
    # a time alone on its line starts a block of turns (Meet writes one every few minutes): the
    # block's last turn ends where the next block starts, so the call lasts at least that long
    stamped = [i for i, seg in enumerate(segs) if seg.start is not None]
    for k, j in zip(stamped, stamped[1:]):
        if segs[j - 1].end is None:
            segs[j - 1].end = segs[j].start
    return transcript

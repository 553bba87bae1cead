"""SubRip (.srt): numbered cues with ``00:00:01,000 --> 00:00:04,000`` timings."""

from __future__ import annotations

import html
import re

from listenwell.domain import InputError, Transcript, parse_timecode
from listenwell.ingest.turns import Cue, TurnBuilder, blocks, recurring_labels, split_speaker

TIMING = re.compile(r"^\s*(\d+:\d+:\d+[,.]\d+)\s+-->\s+(\d+:\d+:\d+[,.]\d+)")
BRACKET_SPEAKER = re.compile(r"^\s*\[([^\]]{1,60})\]\s*(.*)$")
TAG = re.compile(r"</?[^>]*>")


def looks_like(text: str) -> bool:
    lines = [ln for ln in text.lstrip("\ufeff").split("\n") if ln.strip()][:2]
    return len(lines) == 2 and lines[0].strip().isdigit() and "-->" in lines[1]


def read(text: str, file: str) -> Transcript:
    lines = text.lstrip("\ufeff").split("\n")
    builder = TurnBuilder("srt")
    unusual = recurring_labels(lines)
    for block_start, block in blocks(lines):
        if not block[0].strip().isdigit():
            raise InputError(f"expected a cue number, found {block[0].strip()[:40]!r}",
                             file=file, line=block_start + 1)
        if len(block) < 2:
            raise InputError("cue has no timing line", file=file, line=block_start + 1)
        m = TIMING.match(block[1])
        if not m:
            raise InputError(f"broken cue timing {block[1].strip()[:60]!r}", file=file,
                             line=block_start + 2)
        try:
            start, end = parse_timecode(m.group(1)), parse_timecode(m.group(2))
        except ValueError as exc:
            raise InputError(str(exc), file=file, line=block_start + 2) from None
        if end < start:
            raise InputError("cue ends before it starts", file=file, line=block_start + 2)
        said = html.unescape(TAG.sub("", " ".join(ln.strip() for ln in block[2:]))).strip()
        bm = BRACKET_SPEAKER.match(said)
        speaker, said = (bm.group(1).strip(), bm.group(2)) if bm else split_speaker(said, unusual)
        builder.add(Cue(speaker=speaker, text=said, start=start, end=end, line=block_start + 2))
    transcript = builder.build()
    if not transcript.segments:
        raise InputError("no cues with text found", file=file)
    return transcript

"""YouTube's SubViewer captions (.sbv): ``0:00:01.000,0:00:04.000`` then the text.

Captions name a speaker with ``NAME:`` or only mark a change of speaker with ``>>``; unnamed
changes are taken to go back and forth between "Speaker 1" and "Speaker 2" (an interview has
two voices), which `listenwell interviews speakers --rename` can correct.
"""

from __future__ import annotations

import re

from listenwell.domain import InputError, Transcript, parse_timecode
from listenwell.ingest.turns import Cue, TurnBuilder, blocks, split_speaker

TIMING = re.compile(r"^\s*(\d+:\d{2}:\d{2}\.\d{1,3}),(\d+:\d{2}:\d{2}\.\d{1,3})\s*$")


def looks_like(text: str) -> bool:
    first = next((ln for ln in text.lstrip("\ufeff").split("\n") if ln.strip()), "")
    return bool(TIMING.match(first))


def read(text: str, file: str) -> Transcript:
    lines = text.lstrip("\ufeff").split("\n")
    builder = TurnBuilder("sbv")
    speaker: str | None = None
    turns = 0
    for first, block in blocks(lines):
        m = TIMING.match(block[0])
        if not m:
            raise InputError(f"expected a caption timing 'start,end', found {block[0].strip()[:40]!r}",
                             file=file, line=first + 1)
        try:
            start, end = parse_timecode(m.group(1)), parse_timecode(m.group(2))
        except ValueError as exc:
            raise InputError(str(exc), file=file, line=first + 1) from None
        said = " ".join(ln.strip() for ln in block[1:])
        if said.startswith(">>"):
            said = said[2:].strip()
            named, rest = split_speaker(said)
            if named is None:
                turns += 1
                speaker = f"Speaker {2 - turns % 2}"
            else:
                speaker, said = named, rest
        else:
            named, rest = split_speaker(said)
            if named is not None:
                speaker, said = named, rest
        builder.add(Cue(speaker=speaker or "Speaker 1", text=said, start=start, end=end, line=first + 1))
    transcript = builder.build()
    if not transcript.segments:
        raise InputError("no captions with text found", file=file)
    return transcript

"""Shared steps for readers: speaker prefixes, merging cues into turns, building a Transcript."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from listenwell.domain import Segment, Speaker, Transcript

# "Dana Whitfield: text" — a short name (1–4 words, no sentence punctuation) then a colon.
SPEAKER_PREFIX = re.compile(
    r"^\s*(?P<name>[^\W\d_][\w'’.\-]*(?: [\w'’.\-()]+){0,3}?)\s*:\s+(?P<text>\S.*)$"
)
# Words that end in a colon inside prose, not speaker names.
_NOT_NAMES = {"note", "update", "edit", "ps", "p.s", "warning", "example", "tip", "http", "https"}


_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "bin", "al", "dos"}


def _is_name(name: str) -> bool:
    """Names are capitalised words ("Dana Whitfield", "Speaker 2", "AI"), so a sentence such
    as "Here's my final question: ..." inside a turn is not taken for a new speaker."""
    if name.lower().rstrip(".") in _NOT_NAMES:
        return False
    words = name.split()
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _PARTICLES for w in words)


def split_speaker(line: str) -> tuple[str | None, str]:
    m = SPEAKER_PREFIX.match(line)
    if m and _is_name(m.group("name").strip()):
        return m.group("name").strip(), m.group("text").strip()
    return None, line.strip()


def blocks(lines: list[str], start: int = 0) -> Iterator[tuple[int, list[str]]]:
    """Runs of non-blank lines (cues of VTT and SRT), each with its 0-based first line."""
    i = start
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        first = i
        while i < len(lines) and lines[i].strip():
            i += 1
        yield first, lines[first:i]


@dataclass
class Cue:
    speaker: str | None
    text: str
    start: float | None = None
    end: float | None = None
    line: int = 0


@dataclass
class TurnBuilder:
    """Collects cues and merges consecutive cues of one speaker into one turn."""

    fmt: str
    merge_same_speaker: bool = True
    segments: list[Segment] = field(default_factory=list)
    names: list[str] = field(default_factory=list)

    def add(self, cue: Cue) -> None:
        text = cue.text.strip()
        if not text:
            return
        name = cue.speaker or "Unknown"
        if name not in self.names:
            self.names.append(name)
        last = self.segments[-1] if self.segments else None
        if self.merge_same_speaker and last is not None and last.speaker == name:
            last.text = f"{last.text} {text}"
            if cue.end is not None:
                last.end = cue.end
            return
        self.segments.append(
            Segment(speaker=name, text=text, start=cue.start, end=cue.end, index=len(self.segments))
        )

    def build(self) -> Transcript:
        return Transcript(
            segments=self.segments,
            speakers=[Speaker(name=n) for n in self.names],
            format=self.fmt,
        )

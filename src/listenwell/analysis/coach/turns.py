"""Turns: consecutive segments of one side merged, with who is interviewer and who is not.

Everything in the coach works on turns, because transcript tools cut one person's talk into
many cues; a change of side between two turns is where interruptions, silences and
follow-ups happen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from listenwell.domain.errors import InputError
from listenwell.domain.model import Interview, Role, Segment

from .model import Quote

_WORD = re.compile(r"[\w']+(?:-[\w']+)*")

INTERVIEWER = "interviewer"
PARTICIPANT = "participant"
OTHER = "other"


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass
class Turn:
    side: str  # INTERVIEWER, PARTICIPANT or OTHER
    speaker: str
    segments: list[Segment]

    @property
    def text(self) -> str:
        return " ".join(s.text.strip() for s in self.segments if s.text.strip())

    @property
    def start(self) -> float | None:
        return self.segments[0].start

    @property
    def end(self) -> float | None:
        ends = [s.end for s in self.segments if s.end is not None]
        return max(ends) if ends else None

    @property
    def index(self) -> int:
        return self.segments[0].index

    @property
    def words(self) -> int:
        return sum(count_words(s.text) for s in self.segments)

    def quote(self, text: str | None = None) -> Quote:
        """A quote of this turn (or of a verbatim part of it), timed at the segment holding it."""
        if text is None:
            return Quote(self.text, self.speaker, self.index, self.start)
        for seg in self.segments:
            pos = seg.text.find(text)
            if pos >= 0:
                return Quote(text, self.speaker, seg.index, _time_at(seg, pos))
        return Quote(text, self.speaker, self.index, self.start)


def _time_at(seg: Segment, pos: int) -> float | None:
    """When the character at ``pos`` was said: the word timing when the segment has words,
    else interpolated across the segment (speech runs at a fairly even pace within a cue)."""
    if seg.start is None or pos == 0:
        return seg.start
    if seg.words:
        said = len(seg.text[:pos].split())
        if said < len(seg.words):
            return seg.words[said].start
    if seg.end is None or not seg.text:
        return seg.start
    return round(seg.start + (seg.end - seg.start) * pos / len(seg.text), 2)


def interviewer_names(interview: Interview) -> list[str]:
    """The interviewers named on the interview, or the speakers whose role says so."""
    names = list(interview.interviewers)
    names += [s.name for s in interview.speakers if s.role == Role.INTERVIEWER and s.name not in names]
    return names


def no_interviewer_error(interview: Interview) -> InputError:
    ref = interview.id if interview.id is not None else interview.title
    return InputError(
        f"interview {ref} ({interview.title!r}) has no interviewer identified; set one with "
        f"`listenwell interviews speakers {ref} --interviewer NAME`"
    )


def side_of(interview: Interview, interviewers: list[str]) -> dict[str, str]:
    """Speaker name → side. Note-takers, observers and interpreters are left out of every measure."""
    sides: dict[str, str] = {}
    for sp in interview.speakers:
        if sp.name in interviewers:
            sides[sp.name] = INTERVIEWER
        elif sp.role in (Role.NOTE_TAKER, Role.OBSERVER, Role.INTERPRETER):
            sides[sp.name] = OTHER
        else:
            sides[sp.name] = PARTICIPANT
    for seg in interview.segments:
        if seg.speaker not in sides:
            sides[seg.speaker] = INTERVIEWER if seg.speaker in interviewers else PARTICIPANT
    return sides


def build_turns(interview: Interview, interviewers: list[str]) -> list[Turn]:
    """Merge consecutive segments of the same speaker; drop empty ones and other roles."""
    sides = side_of(interview, interviewers)
    turns: list[Turn] = []
    segments = sorted(interview.segments, key=lambda s: s.index)
    for seg in segments:
        if not seg.text.strip():
            continue
        side = sides[seg.speaker]
        if side == OTHER:
            continue
        if turns and turns[-1].speaker == seg.speaker:
            turns[-1].segments.append(seg)
        else:
            turns.append(Turn(side, seg.speaker, [seg]))
    return turns


def is_timed(interview: Interview, turns: list[Turn]) -> bool:
    """Timed when every kept segment has a start and an end."""
    segs = [s for t in turns for s in t.segments]
    return bool(segs) and all(s.start is not None and s.end is not None for s in segs)

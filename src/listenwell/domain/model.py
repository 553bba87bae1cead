"""Plain dataclasses for everything a study holds. No I/O, no imports from the package.

Ids are ``None`` until the store has saved an object. Times are seconds from the start of the
recording, ``None`` when a transcript has no timings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    INTERVIEWER = "interviewer"
    PARTICIPANT = "participant"
    NOTE_TAKER = "note-taker"
    OBSERVER = "observer"
    INTERPRETER = "interpreter"  # renders the others' words: neither side's own


class InsightType(StrEnum):
    PAIN_POINT = "pain_point"
    WORKAROUND = "workaround"
    NEED = "need"
    FEATURE_REQUEST = "feature_request"
    WORRY = "worry"
    PRAISE = "praise"
    EMOTION = "emotion"
    OTHER = "other"

    @classmethod
    def parse(cls, value: str) -> InsightType:
        """A type from what a person typed ("pain-point", "Pain_Point"); a clear error otherwise."""
        from listenwell.domain.errors import InputError

        key = value.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return cls(key)
        except ValueError:
            raise InputError(f"unknown insight type {value!r}; one of "
                             f"{', '.join(sorted(t.value for t in cls))}") from None


@dataclass
class Study:
    title: str
    slug: str
    goals: list[str] = field(default_factory=list)
    description: str = ""
    planned_minutes: int | None = None
    id: int | None = None
    created_at: dt.datetime | None = None


@dataclass
class Consent:
    """What a participant agreed to; None where the roster did not ask. Sharing clips and
    quoting are opt-outs: only a no (False) keeps a clip or a quote out, and ``may_share`` and
    ``may_quote`` say so."""

    recorded: bool | None = None
    share_recordings: bool | None = None
    quotes: bool | None = None

    @property
    def may_share(self) -> bool:
        return self.share_recordings is not False

    @property
    def may_quote(self) -> bool:
        return self.quotes is not False


@dataclass
class Participant:
    pid: str  # pseudonymous id shown everywhere outward ("P3")
    name: str | None = None  # private: never leaves the machine unredacted
    email: str | None = None  # private
    other_names: list[str] = field(default_factory=list)  # private: a preferred name they go by
    attributes: dict[str, str] = field(default_factory=dict)  # segment columns: plan, nps, ...
    tags: list[str] = field(default_factory=list)
    consent: Consent = field(default_factory=Consent)
    id: int | None = None
    line: int | None = field(default=None, compare=False)  # where a roster file has them, to name it in an error
    first_name: str | None = None  # private: the roster's first name alone, to greet them in an invitation
    # the roster's columns where a spreadsheet lookup for them found nothing ("#N/A"): unknown, not empty
    lookup_failed: list[str] = field(default_factory=list)


@dataclass
class Word:
    text: str
    start: float
    end: float
    probability: float | None = None


@dataclass
class Segment:
    """One turn of talk: a speaker, the words, and when (if known)."""

    speaker: str
    text: str
    start: float | None = None
    end: float | None = None
    words: list[Word] = field(default_factory=list)
    id: int | None = None
    index: int = 0  # position in the interview


@dataclass
class Speaker:
    name: str
    role: Role = Role.PARTICIPANT
    participant_pid: str | None = None
    id: int | None = None


@dataclass
class Transcript:
    """What a reader or the transcriber returns: turns and who spoke them."""

    segments: list[Segment]
    speakers: list[Speaker]
    format: str  # "vtt", "srt", "otter", "rev", "meet", "text", "docx", "json", "whisper"
    title: str | None = None
    date: dt.date | None = None
    language: str | None = None
    # who the file's head says was interviewed ("Participant: Kate O'Sullivan"); used to link
    # speakers to roster people at import, not stored
    said_participants: list[str] = field(default_factory=list)
    # the head's lines as written (a title, a date, "Transcript pseudonymised"): read at import
    # to tell a rehearsal or a pseudonymised transcript, not stored
    head: str = ""
    # the two days a head's date that reads both ways ("Date: 03/11/2026") could be, when it
    # left ``date`` unset: said at import so the researcher can choose; not stored
    date_readings: tuple[dt.date, ...] = ()

    @property
    def duration(self) -> float | None:
        ends = [s.end for s in self.segments if s.end is not None]
        return max(ends) if ends else None

    @property
    def timed(self) -> bool:
        return any(s.start is not None for s in self.segments)


@dataclass
class Media:
    sha256: str
    path: str  # relative to the workspace's media/ folder
    original_name: str
    kind: str  # "audio" or "video"
    duration: float | None = None
    id: int | None = None


@dataclass
class Interview:
    study_slug: str
    title: str
    segments: list[Segment] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)  # pids
    interviewers: list[str] = field(default_factory=list)  # speaker names
    date: dt.date | None = None
    language: str | None = None
    duration: float | None = None
    source_name: str | None = None
    source_format: str | None = None
    content_hash: str | None = None
    media: Media | None = None
    id: int | None = None

    def speaker(self, name: str) -> Speaker | None:
        return next((s for s in self.speakers if s.name == name), None)

    def role_of(self, name: str) -> Role | None:
        sp = self.speaker(name)
        return sp.role if sp else None


@dataclass
class Note:
    text: str
    author: str | None = None
    offset: float | None = None  # seconds into the recording, or None
    interview_id: int | None = None
    id: int | None = None


@dataclass
class Code:
    """A tag; hierarchical through ``parent`` (a code name)."""

    name: str
    parent: str | None = None
    description: str = ""
    id: int | None = None


@dataclass
class Highlight:
    """A span of one segment: character offsets plus the time span, with a cached snippet."""

    segment_id: int
    start_char: int
    end_char: int
    snippet: str
    start: float | None = None
    end: float | None = None
    codes: list[str] = field(default_factory=list)
    id: int | None = None


@dataclass
class Statement:
    """An idea-sized unit of participant talk: a verbatim span of one segment."""

    interview_id: int
    segment_id: int
    speaker: str
    participant: str | None  # pid
    start_char: int
    end_char: int
    text: str
    start: float | None = None
    end: float | None = None
    question: str | None = None  # the interviewer question it answers
    insight_type: InsightType = InsightType.OTHER
    confidence: float = 0.0
    id: int | None = None


@dataclass
class Theme:
    label: str
    name: str | None = None  # set by a person; wins over the label
    summary: str = ""
    statement_ids: list[int] = field(default_factory=list)
    hidden: bool = False
    pinned: bool = False
    version: int = 1
    id: int | None = None

    @property
    def title(self) -> str:
        return self.name or self.label


@dataclass
class Finding:
    theme_id: int
    text: str
    rank: int
    id: int | None = None

"""Shared steps for readers: speaker prefixes, merging cues into turns, building a Transcript."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from listenwell.domain import InputError, Segment, Speaker, Transcript, parse_timecode
from listenwell.domain.names import EMAIL, PARTICLES

TIMECODE = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
LONE_TIME = re.compile(rf"^\s*({TIMECODE})\s*$")  # a time alone on its line
# A display name as meeting tools write it: 1–6 words ("Jose Luis De La Cruz Morales"; "&" may
# be one: "Oak & Ember", "Geoff & Nell"; "G/Medhin", as Ethiopian names shorten Gebre-; a Thai name with
# the vowel and tone marks written above and below its letters, "ณัฐญา", which \w does not take), then
# what the tool adds ("(she/her)", "(Guest)", "| Acme", " - Back Office"), or an email address
# or a phone number when the person joined without a name.
_NAME = (r"(?:[^\W\d_][\w'’.\-/\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*(?:,? (?:&|[\w'’.\-/\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+)){0,5}?"
         rf"(?:\s*[(\[](?!{TIMECODE}\s*[)\]])[^()\[\]\n]{{1,40}}[)\]])?(?:\s+[-–—|·]\s+[^:|()\n]{{1,40}}?)?"
         rf"|{EMAIL.pattern}|\+\d[\d ().-]{{6,18}}\d|\d{{9,15}})")
# "Dana Whitfield: text", and "Dana Whitfield (01:23): text" as notetaker bots write it, or
# "Dana [0:02]: text"
SPEAKER_PREFIX = re.compile(
    rf"^\s*(?P<name>{_NAME})(?:\s*[(\[](?P<tc>{TIMECODE})[)\]])?\s*:\s+(?P<text>\S.*)$"
)
_EXTRAS = re.compile(r"\s*[(\[][^)\]]*[)\]]|\s+[|·]\s.*$")
# Words that end in a colon inside prose, not speaker names.
PROSE_LABELS = {"note", "update", "edit", "ps", "p.s", "warning", "example", "tip", "http", "https", "q & a"}
# Lines meeting tools write into the conversation that nobody said.
NOTICE = re.compile(
    r"^(?:.{1,80} (?:started|stopped|paused|resumed) transcription"
    r"|Meeting ended after [\d:]+.*"
    # Google Meet's closing disclaimer, under the last turn
    r"|This (?:editable )?transcript was computer[- ]generated\b.*"
    r"|Transcribed by https?://otter\.ai\S*)$", re.IGNORECASE)
# "Meeting ended after 00:14:31": Google Meet says how long the call ran
ENDED_AFTER = re.compile(rf"^Meeting ended after ({TIMECODE})\b", re.IGNORECASE)



_LOWER_LABEL = re.compile(r"^(\s*)([a-z][a-z'’\-]{0,19}):(?=\s+\S)", re.M)


def capitalise_lower_labels(text: str) -> str:
    """Names typed without capitals ("dana: …", "tom: …") capitalised, when two or more of
    them, each starting several lines, take turns through most of the text (typed notes)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    counts = Counter(m.group(2) for ln in lines for m in [_LOWER_LABEL.match(ln)]
                     if m and m.group(2) not in PROSE_LABELS)
    names = {w for w, k in counts.items() if k >= 2}
    if len(names) < 2 or sum(counts[w] for w in names) * 2 < len(lines):
        return text
    return _LOWER_LABEL.sub(lambda m: m.group(1) + (m.group(2).capitalize() if m.group(2) in names else m.group(2))
                            + ":", text)


def is_name(name: str) -> bool:
    """Names are capitalised words ("Dana Whitfield", "Speaker 2", "AI", "Dana's iPad"), so a
    sentence such as "Here's my final question: ..." inside a turn is not taken for a new
    speaker. An email address or a phone number is a name too: tools show it for people who
    gave none."""
    if "@" in name or name.startswith("+") or re.fullmatch(r"\d{9,15}", name):
        return True
    if re.fullmatch(r"[a-z]{2,}(?:[._][a-z]{2,})+", name):  # a username: "rafael.duarte"
        return True
    base = _EXTRAS.sub("", name).strip()
    room, _, where = base.partition(" - ")
    if where and len(room.split()) >= 2:  # "Sala Ipiranga - 4º andar": a room and its floor
        base = room
    if not base or base.lower().rstrip(".") in PROSE_LABELS:
        return False
    # capitalised, or in a script without capitals ("中村愛子", "김서연")
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in PARTICLES or re.match(r"i[A-Z]", w)
               or (w[0].isalpha() and not w[0].islower() and len(w) <= 12)
               for w in base.split() if w not in ("-", "–", "—", "&"))


# "**Dana:** text" and "**Dana**: text", as Markdown, Notion and Google Docs exports write it
_BOLD_LABEL = re.compile(r"^\s*(\*\*|__)([^*_:\n]{1,80}?)(:?)\1\s*(:?)")


def split_turn(line: str, stamped: bool = False,
               known: frozenset[str] = frozenset()) -> tuple[str | None, str | None, str]:
    """``"Dana (01:23): text"`` → ``("Dana", "01:23", "text")``; no speaker: ``(None, None, line)``.
    After a time stamp (``[00:00:13] marco: text``) a name need not be capitalised; a label in
    ``known`` (``recurring_labels``) is a name whatever its shape."""
    line = _BOLD_LABEL.sub(lambda b: b.group(2) + b.group(3) + b.group(4) + " ", line)
    m = SPEAKER_PREFIX.match(line)
    if m and (stamped or is_name(m.group("name").strip())):
        return m.group("name").strip(), m.group("tc"), m.group("text").strip()
    label = _LABEL.match(line) if known else None
    if label and label.group(1) in known:
        return label.group(1), None, label.group(2).strip()
    return None, None, line.strip()


def split_speaker(line: str, known: frozenset[str] = frozenset()) -> tuple[str | None, str]:
    speaker, _, text = split_turn(line, known=known)
    return speaker, text


# a label before a colon that the name rules do not take (a name of many words, "Dra. María José
# de la Cruz Morales y Gasset (CEO, Grupo Cruz)"), but that begins several lines of a transcript
_LABEL = re.compile(r"^\s*([^\W\d_a-z][^:\n]{0,79}?)\s*:\s+(\S.*)$")


def recurring_labels(lines: list[str]) -> frozenset[str]:
    """Labels that begin three lines or more: speakers, though their names are unusual (rather
    than their turns run into the turn above, put in someone else's mouth)."""
    counts = Counter(m.group(1) for ln in lines for m in [_LABEL.match(ln.strip())]
                     if m and split_turn(ln)[0] is None)
    return frozenset(k for k, c in counts.items() if c >= 3 and k.lower() not in PROSE_LABELS
                     and not re.search(r"[?!;]|,\s|\.\s+[a-z]", re.sub(r"\([^)]*\)", "", k)))  # not a sentence


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
class Clock:
    """Start times in the order a file gives them: a time that does not parse, or one before
    the last, is an error naming the line."""

    file: str
    last: float = -1.0

    def at(self, tc: str, line: int) -> float:
        try:
            seconds = parse_timecode(tc)
        except ValueError as exc:
            raise InputError(str(exc), file=self.file, line=line) from None
        if seconds < self.last:
            raise InputError(f"time {tc} goes backwards", file=self.file, line=line)
        self.last = seconds
        return seconds


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
    merge_same_speaker: bool = True  # caption cues: one turn is many cues
    segments: list[Segment] = field(default_factory=list)
    names: list[str] = field(default_factory=list)

    def add(self, cue: Cue) -> None:
        text = cue.text.strip()
        if not text:
            return
        # captions name the speaker when the speaker changes: a cue without a name goes on
        # with the one before
        last_name = self.segments[-1].speaker if self.segments else None
        name = cue.speaker or (last_name if self.merge_same_speaker and last_name else "Unknown")
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

"""Readers for transcript files and rosters. Each returns domain objects or raises an
InputError naming the file and line; none touches the store."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

from listenwell.domain import InputError, Transcript
from listenwell.domain.dates import find_date
from listenwell.ingest import docx_reader, jsonfmt, sbv, srt, table, vtt
from listenwell.ingest.decode import decode_text
from listenwell.ingest.files import looks_like_a_table, read_user_file
from listenwell.ingest.textexport import read_text_export

FORMATS = ("vtt", "srt", "sbv", "otter", "rev", "meet", "text", "table", "docx", "json")


def parse_transcript(data: bytes, name: str) -> Transcript:
    """Detect the format from the content (not the extension) and parse it; the interview's
    date is the one the file gives, else the one in its name."""
    transcript = _parse(data, name)
    # Zoom names a recording "GMT20261120-130212_…", Teams and Meet put the day in theirs; a
    # date the file itself gives wins (Zoom's is the UTC time, turned into this machine's day)
    transcript.date = transcript.date or zoom_local_day(Path(name).name) or find_date(Path(name).name)
    return transcript


# Zoom's recording name: "GMT" and the start in UTC, "GMT20261125-230512_Recording…"
_ZOOM_UTC = re.compile(r"GMT(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})")


def zoom_local_day(name: str, zone: dt.tzinfo | None = None) -> dt.date | None:
    """The day a Zoom recording started, where local: its name gives the UTC time
    ("GMT20261125-230512" is 23:05 UTC on 25 November, which in Melbourne is 10:05 on the 26th),
    turned into ``zone``, by default this machine's time zone (the researcher's, who imports
    it). None for a name that is not Zoom's."""
    m = _ZOOM_UTC.search(name)
    if not m:
        return None
    try:
        start = dt.datetime(*map(int, m.groups()), tzinfo=dt.timezone.utc)
    except ValueError:
        return None
    return start.astimezone(zone).date()


# Zoom saves the meeting's chat beside its transcript ("15:03:12 From Kenji to Everyone:", or
# "00:14:22\t From  Kenji : text" in older versions): typed messages, not the conversation
_CHAT_LINE = re.compile(r"^\d{1,2}:\d{2}:\d{2}\s+From\s+.{1,100}?(?:\s+to\s+.{1,100}?:|\s:\s)", re.M)


def _refuse_chat_log(text: str, name: str) -> None:
    if len(_CHAT_LINE.findall(text)) >= 2:
        raise InputError(
            "this is a meeting's chat log (Zoom's meeting_saved_chat.txt), not its transcript: "
            "import the transcript Zoom saves beside it (…transcript.vtt, or the captions), or "
            "transcribe the recording with `listenwell transcribe`", file=name, line=1)


def _parse(data: bytes, name: str) -> Transcript:
    if docx_reader.looks_like(data):
        return docx_reader.read(data, name)
    text = decode_text(data, name)
    _refuse_chat_log(text, name)
    for module in (vtt, jsonfmt, srt, sbv, table):
        if module.looks_like(text):
            return module.read(text, name)
    transcript = read_text_export(text, name)
    if transcript is not None:
        return transcript
    if looks_like_a_table(text):  # a table with no speaker and text columns: a roster, given to `import`
        raise InputError(
            "this looks like a table of people (a roster?), not a transcript: `listenwell participants import` "
            "reads a roster; a transcript is the text of the conversation, with who said what",
            file=name, line=1)
    if sum(1 for ln in text.split("\n") if len(ln.strip()) > 40) >= 3:
        raise InputError(
            "no speaker names found (a voice memo's or dictation app's text?): listenwell needs to "
            "know who said what; put 'Name:' before each turn, e.g. 'Interviewer:' and "
            "'Participant:', or transcribe the recording with `listenwell transcribe`",
            file=name, line=1)
    raise InputError(
        "unrecognised transcript format (expected WebVTT, SRT or YouTube captions, an Otter.ai, "
        "Rev, Teams or Fireflies text export, 'Name: text' lines, a table with speaker and text "
        "columns, a Word .docx or listenwell JSON)",
        file=name,
        line=1,
    )


# an interview's transcript given to another command (`participants import`, `guide import`):
# what it is, in words a researcher knows
_CAPTIONS = ((vtt, "a WebVTT transcript (captions with times, as Teams and Zoom save them)"),
             (srt, "an SRT subtitle file (numbered captions with times)"),
             (sbv, "YouTube captions (.sbv)"))
_TEXT_EXPORTS = {"meet": "a Google Meet transcript (its text download)",
                 "rev": "a Rev transcript",
                 "otter": "an interview transcript (speaker lines with the words under them, as Otter.ai, "
                          "Teams and Fathom write it)",
                 "text": "an interview transcript ('Name: text' turns)"}


def what_transcript(text: str) -> str | None:
    """What kind of interview transcript ``text`` is, in words, or None where it is not one:
    captions by their look; a text export only where its turns are timed (two or more, as a
    meeting or transcription tool writes them, or Google Meet's head above them), two people or
    more each take two turns or more, and the turns hold a good share of its lines. Untimed "Label: text" lines are not enough: a guide's "Ask:" and
    "Probe:" lines, or a tester's "Saw:" and "Expected:", read so too."""
    said = next((what for module, what in _CAPTIONS if module.looks_like(text)), None)
    if said or looks_like_a_table(text):
        return said
    try:
        transcript = read_text_export(text, "")
    except InputError:
        return None
    if transcript is None:
        return None
    turns = Counter(s.speaker for s in transcript.segments)
    lines = sum(1 for ln in text.split("\n") if ln.strip())
    timed = sum(s.start is not None for s in transcript.segments)
    if (timed < 2 and transcript.format != "meet") or sum(k >= 2 for k in turns.values()) < 2 or 4 * len(transcript.segments) < lines:
        return None
    return _TEXT_EXPORTS.get(transcript.format, _TEXT_EXPORTS["text"])


def read_transcript(path: str | Path) -> Transcript:
    return parse_transcript(read_user_file(path, "transcript file"), str(path))


__all__ = ["FORMATS", "parse_transcript", "read_transcript", "what_transcript"]

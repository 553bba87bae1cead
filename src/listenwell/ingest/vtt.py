"""WebVTT as Zoom (``Name: text``), Teams (``<v Name>text</v>``), Google Meet, Webex (the name
in the cue's identifier: ``1 "Dana Whitfield" (3407861504)``) and WhisperX
(``[SPEAKER_00]: text``) write it."""

from __future__ import annotations

import html
import re

from listenwell.domain import InputError, Transcript, parse_timecode
from listenwell.ingest.head import date_in_head
from listenwell.ingest.turns import Cue, TurnBuilder, blocks, recurring_labels, split_speaker

TIMING = re.compile(r"^\s*(\S+)\s+-->\s+(\S+)(?:\s+.*)?$")
VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>", re.IGNORECASE)
TAG = re.compile(r"</?[^>]*>")
WEBEX_ID = re.compile(r'^\s*\d+\s+"([^"]{1,80})"(?:\s+\(\d+\))?\s*$')
BRACKET_NAME = re.compile(r"^\s*\[([^\]]{1,40})\]:\s*(.*)$")


def looks_like(text: str) -> bool:
    return text.lstrip("\ufeff \n").startswith("WEBVTT")


def read(text: str, file: str) -> Transcript:
    lines = text.split("\n")
    first = lines[0].lstrip("\ufeff")
    if not first.startswith("WEBVTT"):
        raise InputError("a WebVTT file must start with 'WEBVTT'", file=file, line=1)
    builder = TurnBuilder("vtt")
    unusual = recurring_labels(lines)
    last_start = -1.0
    closed = 0  # cues whose voice tag is closed (Teams closes every one)
    # what a tool writes before the first cue: a title after "WEBVTT", header metadata, NOTEs
    above = [first.removeprefix("WEBVTT").strip(" -\t")]
    for block_start, block in blocks(lines, 1):
        head = block[0].strip()
        if head.startswith(("NOTE", "STYLE", "REGION")) or block_start == 1:
            if not builder.segments and not head.startswith(("STYLE", "REGION")):
                above += [head.removeprefix("NOTE").strip(), *(ln.strip() for ln in block[1:])]
            continue  # comments, styles, and header metadata right after WEBVTT
        if not any("-->" in ln for ln in block[:2]):
            at = 1 if block[0].strip().isdigit() and len(block) > 1 else 0  # after a cue number
            raise InputError(f"expected a cue timing 'start --> end', found {block[at].strip()[:60]!r}",
                             file=file, line=block_start + at + 1)
        timing_at = 0 if "-->" in block[0] else 1
        if timing_at >= len(block) or "-->" not in block[timing_at]:
            raise InputError("cue has no timing line", file=file, line=block_start + 1)
        line_no = block_start + timing_at + 1
        m = TIMING.match(block[timing_at])
        if not m:
            raise InputError(f"broken cue timing {block[timing_at].strip()!r}", file=file, line=line_no)
        try:
            start, end = parse_timecode(m.group(1)), parse_timecode(m.group(2))
        except ValueError as exc:
            raise InputError(str(exc), file=file, line=line_no) from None
        if end < start:
            raise InputError("cue ends before it starts", file=file, line=line_no)
        if start + 0.001 < last_start - 1.0:
            raise InputError("cue starts before the previous one", file=file, line=line_no)
        last_start = start
        payload = block[timing_at + 1:]
        said_raw = " ".join(payload)
        if VOICE.search(said_raw) and "</v>" not in said_raw.lower() and closed and \
                block_start + len(block) >= len(lines) - 2 and not text.endswith("\n"):
            # the last cue breaks off where every earlier one closed its voice: a download cut short
            raise InputError("the file ends in the middle of a cue (every earlier cue closes with </v>): an "
                             "incomplete download or copy? Get the whole transcript and import it again",
                             file=file, line=line_no + 1)
        closed += "</v>" in said_raw.lower()
        named = WEBEX_ID.match(block[0]) if timing_at == 1 else None
        for speaker, said in _payload(payload, unusual):
            speaker = speaker or (named.group(1).strip() if named else None)
            builder.add(Cue(speaker=speaker, text=said, start=start, end=end, line=line_no))
    transcript = builder.build()
    if not transcript.segments:
        raise InputError("no cues with text found", file=file)
    transcript.date = date_in_head([ln for ln in above if ln])
    return transcript


def _payload(lines: list[str], known: frozenset[str] = frozenset()) -> list[tuple[str | None, str]]:
    """One cue may hold several voices (``<v A>..</v><v B>..</v>``) or a ``Name:`` prefix."""
    raw = " ".join(ln.strip() for ln in lines)
    voices = list(VOICE.finditer(raw))
    out: list[tuple[str | None, str]] = []
    if voices:
        for n, m in enumerate(voices):
            end = voices[n + 1].start() if n + 1 < len(voices) else len(raw)
            said = html.unescape(TAG.sub("", raw[m.end():end])).strip()
            if said:
                out.append((m.group(1).strip(), said))
        return out
    said = html.unescape(TAG.sub("", raw)).strip()
    bracketed = BRACKET_NAME.match(said)
    if bracketed and bracketed.group(2).strip():
        out.append((bracketed.group(1).strip(), bracketed.group(2).strip()))
    elif said:
        out.append(split_speaker(said, known))
    return out

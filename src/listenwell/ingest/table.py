"""A transcript kept as a table, a row per turn: NVivo's transcript rows (Timespan, Content,
Speaker), and the CSV or tab-separated exports of tools that keep a speaker and a text column."""

from __future__ import annotations

import csv
import io
import re

from listenwell.domain import InputError, Transcript, parse_timecode
from listenwell.ingest.turns import TIMECODE, Cue, TurnBuilder

SPEAKER_COLUMNS = ("speaker", "speaker name", "name", "who", "participant")
TEXT_COLUMNS = ("content", "text", "transcript", "utterance", "words", "what was said", "said")
START_COLUMNS = ("start", "start time", "starttime", "begin", "timestamp", "time", "in")
END_COLUMNS = ("end", "end time", "endtime", "out")
SPAN_COLUMNS = ("timespan", "time span", "span")
_SPAN = re.compile(rf"^\s*({TIMECODE})\s*[-–]\s*({TIMECODE})\s*$")


def _dialect(first_line: str) -> str:
    return "\t" if "\t" in first_line else ","


def _header(text: str) -> tuple[list[str], str] | None:
    first = next((ln for ln in text.lstrip("\ufeff").split("\n") if ln.strip()), "")
    delimiter = _dialect(first)
    cells = [c.strip().lower() for c in next(csv.reader([first], delimiter=delimiter), [])]
    if any(c in SPEAKER_COLUMNS for c in cells) and any(c in TEXT_COLUMNS for c in cells):
        return cells, delimiter
    return None


def looks_like(text: str) -> bool:
    return _header(text) is not None


def _column(cells: list[str], names: tuple[str, ...]) -> int | None:
    return next((cells.index(n) for n in names if n in cells), None)


def _time(value: str, file: str, line: int) -> float | None:
    if not value.strip():
        return None
    try:
        return parse_timecode(value.strip())
    except ValueError as exc:
        raise InputError(str(exc), file=file, line=line) from None


def read(text: str, file: str) -> Transcript:
    found = _header(text)
    if found is None:
        raise InputError("expected a header with a speaker and a text column", file=file, line=1)
    cells, delimiter = found
    who, said = _column(cells, SPEAKER_COLUMNS), _column(cells, TEXT_COLUMNS)
    start_col, end_col, span_col = (_column(cells, START_COLUMNS), _column(cells, END_COLUMNS),
                                    _column(cells, SPAN_COLUMNS))
    builder = TurnBuilder("table", merge_same_speaker=False)
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
    next(rows)
    for row in rows:
        n = rows.line_num
        if not any(c.strip() for c in row):
            continue
        if len(row) <= max(who, said):
            raise InputError(f"{len(row)} fields, but the header has {len(cells)}", file=file, line=n)
        start = end = None
        if span_col is not None and span_col < len(row) and row[span_col].strip():
            span = _SPAN.match(row[span_col])
            if not span:
                raise InputError(f"time span {row[span_col].strip()!r} is not 'start - end'", file=file, line=n)
            start, end = _time(span.group(1), file, n), _time(span.group(2), file, n)
        if start_col is not None and start_col < len(row):
            start = _time(row[start_col], file, n)
        if end_col is not None and end_col < len(row):
            end = _time(row[end_col], file, n)
        builder.add(Cue(speaker=row[who].strip() or None, text=row[said], start=start, end=end, line=n))
    transcript = builder.build()
    if not transcript.segments:
        raise InputError("the table has a header but no turns", file=file, line=2)
    return transcript

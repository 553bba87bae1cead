"""Highlights, tags and notes made on a transcript: validated, then stored in one transaction.

A highlight is a character span of one segment. Its snippet is cut from the stored segment
text (never taken from the browser), and its time span comes from word timings when the
transcript has them, otherwise by spreading the segment's time evenly over its characters, so
a quote always leads back to a second in the recording.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from listenwell.domain.errors import InputError, NotFound
from listenwell.domain.model import Highlight, Note
from listenwell.store import highlights as hl_store
from listenwell.store import notes as note_store
from listenwell.store.tables import InterviewRow, SegmentRow

MAX_NOTE = 10_000
MAX_CODE = 100


@dataclass(frozen=True)
class HighlightRequest:
    interview_id: int
    segment_id: int
    start_char: int
    end_char: int
    codes: tuple[str, ...] = ()


def span_times(seg: SegmentRow, start_char: int, end_char: int) -> tuple[float | None, float | None]:
    """The seconds a character span covers in its segment, or (None, None) when untimed."""
    if seg.start is None:
        return None, None
    if seg.words:
        pos, first, last = 0, None, None
        for w in seg.words:
            text, ws, we = w[0], w[1], w[2]
            i = seg.text.find(text.strip(), pos) if text.strip() else -1
            if i < 0:
                continue
            j = i + len(text.strip())
            pos = j
            if j > start_char and i < end_char:
                first = ws if first is None else first
                last = we
        if first is not None:
            return first, last
    end = seg.end if seg.end is not None else seg.start
    n = max(len(seg.text), 1)
    dur = end - seg.start
    return seg.start + dur * start_char / n, seg.start + dur * end_char / n


def clean_code(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_CODE:
        raise InputError(f"a tag must be 1 to {MAX_CODE} characters")
    return name


def add_highlight(session: Session, req: HighlightRequest) -> Highlight:
    seg = session.get(SegmentRow, req.segment_id)
    if seg is None or seg.interview_id != req.interview_id:
        raise NotFound(f"interview {req.interview_id} has no line with id {req.segment_id}")
    if not (0 <= req.start_char < req.end_char <= len(seg.text)):
        raise InputError(
            f"highlight span {req.start_char}-{req.end_char} is outside the line (0-{len(seg.text)})")
    start, end = span_times(seg, req.start_char, req.end_char)
    h = hl_store.insert_highlight(session, Highlight(
        segment_id=seg.id, start_char=req.start_char, end_char=req.end_char,
        snippet=seg.text[req.start_char:req.end_char], start=start, end=end))
    study_id = session.get(InterviewRow, seg.interview_id).study_id
    for name in req.codes:
        code = hl_store.ensure_code(session, study_id, clean_code(name))
        hl_store.add_code_to_highlight(session, h.id, code.id)
    return hl_store.get_highlight(session, h.id)


def tag_highlight(session: Session, highlight_id: int, code: str) -> Highlight:
    study_id = hl_store.highlight_study_id(session, highlight_id)
    row = hl_store.ensure_code(session, study_id, clean_code(code))
    hl_store.add_code_to_highlight(session, highlight_id, row.id)
    return hl_store.get_highlight(session, highlight_id)


def untag_highlight(session: Session, highlight_id: int, code: str) -> Highlight:
    study_id = hl_store.highlight_study_id(session, highlight_id)
    row = hl_store.ensure_code(session, study_id, clean_code(code))
    hl_store.remove_code_from_highlight(session, highlight_id, row.id)
    return hl_store.get_highlight(session, highlight_id)


def add_note(session: Session, interview_id: int, text: str, *, offset: float | None = None,
             author: str | None = None) -> Note:
    if session.get(InterviewRow, interview_id) is None:
        raise NotFound(f"no interview with id {interview_id}")
    text = text.strip()
    if not text or len(text) > MAX_NOTE:
        raise InputError(f"a note must be 1 to {MAX_NOTE} characters")
    if offset is not None and not (0 <= offset < 10 * 24 * 3600):
        raise InputError("a note's time must be between 0 and 10 days")
    return note_store.insert_note(session, Note(text=text, author=author, offset=offset,
                                                interview_id=interview_id))


def marked_pieces(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[str, int | None]]:
    """Cut a line into (text, highlight id or None) pieces; overlapping spans: first wins."""
    out: list[tuple[str, int | None]] = []
    pos = 0
    for start, end, hid in sorted(spans):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], hid))
        pos = end
    if pos < len(text) or not out:
        out.append((text[pos:], None))
    return out

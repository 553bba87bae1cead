"""listenwell's own JSON transcript (what `interviews show --json` writes, and what other
tools can produce): {"title", "date", "language", "speakers": [{"name", "role"}],
"segments": [{"speaker", "text", "start", "end", "words": [[text, start, end, p]]}]}."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from listenwell.domain import InputError, Role, Segment, Speaker, Transcript, Word


def looks_like(text: str) -> bool:
    head = text.lstrip("\ufeff \n\t")
    return head.startswith("{") or re.match(r"\[\s*[{\]]", head) is not None


def read(text: str, file: str) -> Transcript:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", file=file, line=exc.lineno) from None
    if isinstance(doc, list):
        doc = {"segments": doc}
    if not isinstance(doc, dict) or not isinstance(doc.get("segments"), list):
        raise InputError("JSON transcript needs a 'segments' list", file=file)
    segments = [_segment(s, i, file) for i, s in enumerate(doc["segments"])]
    segments = [s for s in segments if s.text]
    for i, s in enumerate(segments):
        s.index = i
    if not segments:
        raise InputError("no segments with text", file=file)
    names: list[str] = []
    for s in segments:
        if s.speaker not in names:
            names.append(s.speaker)
    roles: dict[str, Role] = {}
    for sp in doc.get("speakers") or []:
        if isinstance(sp, dict) and isinstance(sp.get("name"), str):
            try:
                roles[sp["name"]] = Role(sp.get("role", "participant"))
            except ValueError:
                raise InputError(f"unknown role {sp.get('role')!r}", file=file) from None
    date = None
    if doc.get("date"):
        try:
            date = dt.date.fromisoformat(str(doc["date"])[:10])
        except ValueError:
            raise InputError(f"date {doc['date']!r} is not YYYY-MM-DD", file=file) from None
    title = doc.get("title")
    language = doc.get("language")
    return Transcript(
        segments=segments,
        speakers=[Speaker(name=n, role=roles.get(n, Role.PARTICIPANT)) for n in names],
        format="json",
        title=title if isinstance(title, str) else None,
        date=date,
        language=language if isinstance(language, str) else None,
    )


def _num(value: Any, what: str, i: int, file: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise InputError(f"segment {i + 1}: {what} must be a number of seconds", file=file)
    return float(value)


def _segment(raw: Any, i: int, file: str) -> Segment:
    if not isinstance(raw, dict):
        raise InputError(f"segment {i + 1} is not an object", file=file)
    text = raw.get("text")
    speaker = raw.get("speaker") or "Unknown"
    if not isinstance(text, str) or not isinstance(speaker, str):
        raise InputError(f"segment {i + 1} needs 'text' and 'speaker' strings", file=file)
    words = []
    for w in raw.get("words") or []:
        if not (isinstance(w, list) and len(w) >= 3 and isinstance(w[0], str)):
            raise InputError(f"segment {i + 1}: words must be [text, start, end, p]", file=file)
        p = _num(w[3], "probability", i, file) if len(w) > 3 else None
        words.append(Word(w[0], _num(w[1], "word start", i, file) or 0.0,
                          _num(w[2], "word end", i, file) or 0.0, p))
    return Segment(
        speaker=speaker.strip() or "Unknown",
        text=text.strip(),
        start=_num(raw.get("start"), "start", i, file),
        end=_num(raw.get("end"), "end", i, file),
        words=words,
        index=i,
    )

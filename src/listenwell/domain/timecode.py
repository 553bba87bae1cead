"""Time codes as people and transcript tools write them, to and from seconds."""

from __future__ import annotations

import re

_TC = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?\s*$")


def parse_timecode(text: str) -> float:
    """Parse ``hh:mm:ss.mmm``, ``hh:mm:ss,mmm`` (SRT), ``mm:ss`` or ``h:mm:ss``.

    Raises ValueError on anything else, so readers can turn it into an InputError with the
    file and line.
    """
    m = _TC.match(text)
    if not m:
        raise ValueError(f"not a time code: {text.strip()!r}")
    hours = int(m.group(1) or 0)
    minutes, seconds = int(m.group(2)), int(m.group(3))
    if minutes >= 60 and m.group(1) is not None or seconds >= 60:
        raise ValueError(f"not a time code: {text.strip()!r}")
    frac = m.group(4) or "0"
    millis = int(frac.ljust(3, "0"))
    return hours * 3600 + minutes * 60 + seconds + millis / 1000


def format_timecode(seconds: float | None, *, millis: bool = False) -> str:
    """``12:03`` under an hour, ``1:02:03`` above; ``--:--`` when unknown."""
    if seconds is None:
        return "--:--"
    total_ms = int(round(seconds * 1000))
    total, ms = divmod(total_ms, 1000)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    out = f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"
    if millis:
        out += f".{ms:03d}"
    return out

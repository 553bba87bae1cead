"""Word .docx transcripts (Teams and Otter exports): paragraphs read with python-docx, then
parsed as the Otter layout (``Name  0:03`` then text) or ``Name: text`` lines."""

from __future__ import annotations

import io
import re
import zipfile

from listenwell.domain import InputError, Transcript
from listenwell.ingest import otter, plaintext

# Teams writes "Dana Whitfield   0:03" or "0:0:3.120 --> 0:0:6.200" + "Dana Whitfield" lines.
TEAMS_RANGE = re.compile(r"^\d+:\d+:\d+(?:\.\d+)?\s+-->\s+\d+:\d+:\d+(?:\.\d+)?$")


def looks_like(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def read(data: bytes, file: str) -> Transcript:
    try:
        import docx  # python-docx
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise InputError("python-docx is needed to read .docx files", file=file) from exc
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = [p.text for p in document.paragraphs]
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(f"not a readable Word document ({type(exc).__name__})", file=file) from None
    except Exception as exc:  # lxml and docx raise a zoo of errors on junk # noqa: BLE001
        raise InputError(f"not a readable Word document ({type(exc).__name__})", file=file) from None
    lines = [p.strip() for p in paragraphs]
    text = "\n".join(_teams_ranges_to_otter(lines))
    if not text.strip():
        raise InputError("the document has no text", file=file)
    reader = otter if otter.looks_like(text) else plaintext
    transcript = reader.read(text, file)
    transcript.format = "docx"
    return transcript


def _teams_ranges_to_otter(lines: list[str]) -> list[str]:
    """Rewrite Teams' ``start --> end`` + name lines as Otter headers, so one parser serves."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if TEAMS_RANGE.match(ln) and i + 1 < len(lines) and lines[i + 1]:
            start = ln.split("-->")[0].strip().split(".")[0]
            h, m, s = (int(x) for x in start.split(":"))
            out.append(f"{lines[i + 1]}  {h}:{m:02d}:{s:02d}")
            i += 2
            continue
        out.append(ln)
        i += 1
    return out

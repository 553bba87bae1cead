"""Readers for transcript files and rosters. Each returns domain objects or raises an
InputError naming the file and line; none touches the store."""

from __future__ import annotations

from pathlib import Path

from listenwell.domain import InputError, Transcript
from listenwell.ingest import docx_reader, jsonfmt, srt, vtt
from listenwell.ingest.decode import decode_text
from listenwell.ingest.files import read_user_file
from listenwell.ingest.textexport import read_text_export

FORMATS = ("vtt", "srt", "otter", "text", "docx", "json")


def parse_transcript(data: bytes, name: str) -> Transcript:
    """Detect the format from the content (not the extension) and parse it."""
    if docx_reader.looks_like(data):
        return docx_reader.read(data, name)
    text = decode_text(data, name)
    for module in (vtt, jsonfmt, srt):
        if module.looks_like(text):
            return module.read(text, name)
    transcript = read_text_export(text, name)
    if transcript is not None:
        return transcript
    raise InputError(
        "unrecognised transcript format (expected WebVTT, SRT, an Otter.ai, Rev or Teams text "
        "export, 'Name: text' lines, a Word .docx or listenwell JSON)",
        file=name,
        line=1,
    )


def read_transcript(path: str | Path) -> Transcript:
    return parse_transcript(read_user_file(path, "transcript file"), str(path))


__all__ = ["FORMATS", "parse_transcript", "read_transcript"]

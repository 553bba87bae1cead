"""Files people upload through the web page: checked by name and content, stored by hash.

No part of the user's file name reaches the disk: the bytes are written to
``<workspace>/uploads/<sha256>.<ext>`` where ext comes from a fixed allow-list. The original
name is kept only as text (its last path part, cleaned) to show where an interview came from.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import BinaryIO

from listenwell.domain.errors import InputError

TRANSCRIPT_TYPES = {"vtt", "srt", "sbv", "txt", "docx", "json", "md", "csv", "tsv"}
MEDIA_TYPES = {"wav", "mp3", "m4a", "mp4", "webm", "ogg", "oga", "flac", "mov", "mkv", "aac"}
_MEDIA_MAGIC = (b"RIFF", b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2", b"OggS", b"fLaC",
                b"\x1aE\xdf\xa3")


@dataclass(frozen=True)
class StoredUpload:
    path: Path
    sha256: str
    ext: str
    kind: str  # transcript | media
    display_name: str
    size: int


def display_name(raw: str | None) -> str:
    """The last part of a user-given name, with control and path characters removed."""
    raw = raw or "upload"
    name = PureWindowsPath(PurePosixPath(raw).name).name
    name = re.sub(r"[\x00-\x1f\x7f/\\:]", "", name).strip(" .") or "upload"
    return name[:200]


def kind_of(name: str) -> tuple[str, str]:
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext in TRANSCRIPT_TYPES:
        return "transcript", ext
    if ext in MEDIA_TYPES:
        return "media", ext
    raise InputError(
        f"{name}: not a transcript ({', '.join(sorted(TRANSCRIPT_TYPES))}) "
        f"or a recording ({', '.join(sorted(MEDIA_TYPES))})")


def _check_content(head: bytes, kind: str, ext: str, name: str) -> None:
    if kind == "media":
        iso = len(head) > 8 and head[4:8] == b"ftyp"
        if not (iso or head.startswith(_MEDIA_MAGIC)):
            raise InputError(f"{name}: does not look like a recording (unknown file header)")
    elif ext != "docx" and b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: does not look like a text transcript (binary content)")
    elif ext == "docx" and not head.startswith(b"PK"):
        raise InputError(f"{name}: is not a Word document")


def store_upload(stream: BinaryIO, raw_name: str | None, uploads_dir: Path, limit: int) -> StoredUpload:
    """Copy an upload to uploads/<sha256>.<ext> (the same SHA-256 the CLI's importers use as
    the content hash), checking type and size; nothing is left behind on error."""
    name = display_name(raw_name)
    kind, ext = kind_of(name)
    uploads_dir.mkdir(parents=True, exist_ok=True)
    digest, size, head = hashlib.sha256(), 0, b""
    fd, tmp = tempfile.mkstemp(dir=uploads_dir, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := stream.read(1024 * 1024):
                size += len(chunk)
                if size > limit:
                    raise InputError(f"{name}: larger than the upload limit of {limit / 1024 / 1024:.1f} MB")
                if len(head) < 8192:
                    head += chunk[: 8192 - len(head)]
                digest.update(chunk)
                out.write(chunk)
        if size == 0:
            raise InputError(f"{name}: the file is empty")
        _check_content(head, kind, ext, name)
        sha = digest.hexdigest()
        final = uploads_dir / f"{sha}.{ext}"
        os.replace(tmp, final)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return StoredUpload(path=final, sha256=sha, ext=ext, kind=kind, display_name=name, size=size)

"""Transcribing recordings into a study: check every file, then one transaction per file.

Why this order: a batch with one unreadable file must store nothing, so every file is
decoded once up front (cheap next to transcription) before any is transcribed. After that
each file is committed on its own, so an interrupted run keeps what it finished, and
running the same command again skips those files by their content hash.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from listenwell.domain import Conflict, Interview, NotFound
from listenwell.domain.text import sha256_file
from listenwell.ingest.files import user_file
from listenwell.speech.media import DecodedAudio, decode
from listenwell.speech.options import Notice, Progress, TranscribeOptions
from listenwell.speech.pipeline import SpeechPipeline

if TYPE_CHECKING:
    from listenwell.workspace import Workspace

# Decoded audio kept between the check and the transcription, instead of decoding twice
# (16 kHz float32 mono: one hour is about 230 MB).
_KEEP_DECODED_S = 3600.0


@dataclass
class TranscribeOutcome:
    path: str
    interview: Interview | None
    skipped: bool  # the same recording is already in the study
    duration: float | None = None
    warnings: list[str] = field(default_factory=list)


def file_sha256(path: Path) -> str:
    """The recording's content hash, read in chunks (videos can be large)."""
    with user_file(path, "recording"):
        return sha256_file(path)


def transcribe_files(ws: Workspace, paths: list[Path], study: str, *,
                     participant: str | None = None, options: TranscribeOptions | None = None,
                     progress: Progress | None = None, notice: Notice | None = None,
                     date: dt.date | None = None,
                     title: str | None = None) -> list[TranscribeOutcome]:
    """``date`` is when the interviews took place (a recording rarely says); ``title``
    replaces the file name as the title, numbered when there are several files."""
    options = options or TranscribeOptions()
    ws.study(study)  # NotFound before any work
    if participant is not None and participant not in {p.pid for p in ws.participants(study)}:
        raise NotFound(f"no participant {participant!r} in study {study!r}")

    # 1. Hash and check every file; skip what the study already has.
    outcomes: list[TranscribeOutcome] = []
    todo: list[tuple[TranscribeOutcome, str]] = []
    kept: dict[str, DecodedAudio] = {}
    kept_s = 0.0
    seen: set[str] = set()
    for path in paths:
        digest = file_sha256(path)
        outcome = TranscribeOutcome(str(path), None, skipped=False)
        outcomes.append(outcome)
        if digest in seen or ws.interview_by_hash(study, digest) is not None:
            outcome.skipped = True
            continue
        seen.add(digest)
        audio = decode(path, keep_channels=options.stereo_split)
        outcome.duration = audio.duration
        if kept_s + audio.duration <= _KEEP_DECODED_S:
            kept[digest] = audio
            kept_s += audio.duration
        todo.append((outcome, digest))
    if not todo:
        return outcomes

    # 2. Transcribe and store each file in its own transaction.
    pipeline = SpeechPipeline(options, notice=notice)
    total = sum(o.duration or 0.0 for o, _ in todo)
    offset = 0.0
    for n, (outcome, digest) in enumerate(todo, 1):
        path = Path(outcome.path)
        base = offset
        report = None
        if progress is not None:
            def report(done: float, _of: float, what: str, base: float = base) -> None:
                progress(base + done, total, what)
        result = pipeline.run(path, report, decoded=kept.pop(digest, None))
        outcome.warnings.extend(result.warnings)
        result.transcript.date = date
        name = path.stem
        if title:
            name = title if len(todo) == 1 else f"{title} ({n})"
        media = ws.store_media(path, kind=result.media.kind, duration=result.duration)
        try:
            outcome.interview = ws.add_interview(
                study, result.transcript, content_hash=digest, source_name=path.name,
                participants=[participant] if participant else [], title=name,
                media=media)
        except Conflict:  # another run stored it meanwhile
            outcome.skipped = True
        offset += outcome.duration or 0.0
        if progress is not None:
            progress(offset, total, path.name)
    return outcomes

"""The bundled sample study: a manifest (study.json), a roster, a guide, transcripts in
several formats and a short recording. `listenwell demo` and the tests load it from here."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from listenwell.domain import Conflict, InputError, Study
from listenwell.domain.text import sha256_bytes
from listenwell.ingest import read_transcript

if TYPE_CHECKING:
    from listenwell.workspace import Workspace

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "samples" / "checkout"

Progress = Callable[[float, float, str], None]


def read_manifest(sample_dir: Path) -> dict:
    path = sample_dir / "study.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("sample manifest missing", file=str(path)) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", file=str(path), line=exc.lineno) from None


def load_sample(ws: Workspace, sample_dir: Path = SAMPLE_DIR, progress: Progress | None = None,
                transcribe: bool = True) -> Study:
    """Create the sample study in ``ws`` (again: a study of that slug must not exist yet)."""
    manifest = read_manifest(sample_dir)
    slug = manifest.get("slug")
    if slug and any(s.slug == slug for s in ws.studies()):
        raise Conflict(f"the workspace already has the sample study {slug!r}")
    study = ws.create_study(manifest["title"], manifest.get("goals", []),
                            manifest.get("description", ""), slug=slug,
                            planned_minutes=manifest.get("planned_minutes"))
    ws.import_roster(sample_dir / manifest.get("roster", "roster.csv"), study.slug)
    if manifest.get("guide"):
        ws.import_guide(sample_dir / manifest["guide"], study.slug)
    entries = manifest.get("interviews", [])
    for n, entry in enumerate(entries):
        path = sample_dir / entry["file"]
        transcript = read_transcript(path)
        if entry.get("date"):
            transcript.date = dt.date.fromisoformat(entry["date"])
        ws.add_interview(study.slug, transcript, content_hash=sha256_bytes(path.read_bytes()),
                         source_name=path.name, participants=[entry["participant"]],
                         interviewer=entry.get("interviewer"),
                         title=entry.get("title") or f"Interview with {entry['participant']}",
                         note_takers=[entry["note_taker"]] if entry.get("note_taker") else [])
        if progress:
            progress(n + 1, len(entries), path.name)
    if transcribe:
        transcribe_recordings(ws, study.slug, sample_dir / "recordings", progress)
    return study


def transcribe_recordings(ws: Workspace, study: str, folder: Path,
                          progress: Progress | None = None) -> None:
    """Each ``<name>.json`` beside a recording says whose call it is; transcribe it offline."""
    from listenwell.speech.options import TranscribeOptions

    for meta_path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        [outcome] = ws.transcribe(
            [folder / meta["file"]], study, participant=meta.get("participant"),
            options=TranscribeOptions(speakers=meta.get("speakers")), progress=progress,
            date=dt.date.fromisoformat(meta["date"]) if meta.get("date") else None,
            title=meta.get("title"),
        )
        interview = outcome.interview
        if interview is not None and interview.interviewers and meta.get("interviewer"):
            # the recording says "Speaker 1"; the manifest knows who asked the questions
            ws.edit_speakers(interview.id, [(interview.interviewers[0], meta["interviewer"])])

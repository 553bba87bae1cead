"""Upload transcripts and recordings into a study, with the same importers and transcriber
as the CLI. Transcripts import at once; recordings are transcribed in a background job whose
progress the page polls at /api/jobs/<id>."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse

from listenwell.domain.errors import InputError, NotFound
from listenwell.services import uploads
from listenwell.web.render import html, wants_json

router = APIRouter()


@router.get("/studies/{slug}/upload")
def upload_form(request: Request, slug: str):
    st = request.app.state.workspace.study(slug)
    limit_mb = request.app.state.settings.max_upload_bytes // (1024 * 1024)
    return html(request, "upload.html", {"study": {"slug": st.slug, "title": st.title},
                                         "limit_mb": limit_mb,
                                         "transcript_types": sorted(uploads.TRANSCRIPT_TYPES),
                                         "media_types": sorted(uploads.MEDIA_TYPES)},
                title=f"Upload to {st.title}")


@router.post("/studies/{slug}/upload")
async def upload(request: Request, slug: str):
    ws = request.app.state.workspace
    ws.study(slug)
    form = await request.form()
    file = form.get("file")
    if file is None or isinstance(file, str):
        raise InputError("choose a file to upload")
    participant = str(form.get("participant") or "").strip() or None
    stored = uploads.store_upload(file.file, file.filename, Path(ws.root) / "uploads",
                                  request.app.state.settings.max_upload_bytes)
    if stored.kind == "transcript":
        interview_id = _import_transcript(ws, slug, stored, participant)
        result = {"interview_id": interview_id, "url": f"/interviews/{interview_id}"}
        if wants_json(request) or "application/json" in request.headers.get("accept", ""):
            return JSONResponse(result, status_code=201)
        return RedirectResponse(result["url"], status_code=303)
    if not hasattr(ws, "transcribe"):
        raise NotFound("transcription is not available in this build")
    job = request.app.state.jobs.start(
        f"Transcribing {stored.display_name}",
        lambda progress: _transcribe(ws, slug, stored, participant, progress))
    return JSONResponse({"job": job.id, "url": f"/api/jobs/{job.id}"}, status_code=202)


@router.get("/api/jobs/{job_id}")
def job_status(request: Request, job_id: str):
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise NotFound(f"no job {job_id}")
    return job.to_dict()


def _import_transcript(ws, slug: str, stored: uploads.StoredUpload, participant: str | None) -> int:  # noqa: ANN001
    from listenwell.ingest import read_transcript

    existing = ws.interview_by_hash(slug, stored.sha256)
    if existing is not None:
        return existing.id
    transcript = read_transcript(stored.path)
    iv = ws.add_interview(study=slug, transcript=transcript, content_hash=stored.sha256,
                          source_name=stored.display_name,
                          participants=[participant] if participant else [])
    return iv.id


def _transcribe(ws, slug, stored, participant, progress) -> dict:  # noqa: ANN001
    outcome = ws.transcribe([stored.path], slug, participant=participant, progress=progress,
                            title=Path(stored.display_name).stem)[0]
    iv = outcome.interview or ws.interview_by_hash(slug, stored.sha256)
    if iv is None:
        raise NotFound("the recording was transcribed but its interview could not be found")
    return {"interview_id": iv.id, "url": f"/interviews/{iv.id}", "warnings": list(outcome.warnings)}

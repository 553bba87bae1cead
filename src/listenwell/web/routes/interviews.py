"""One interview: transcript, player, highlights, notes; and its recording with Range support."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

from listenwell.domain.errors import NotFound
from listenwell.web.render import page, respond
from listenwell.web.transcript_view import interview_view

router = APIRouter()


@page(router, "/interviews/{interview_id:int}")
def interview_page(request: Request, interview_id: int):
    data = interview_view(request.app.state.workspace, interview_id)
    return respond(request, "interview.html", data, title=data["interview"]["title"])


def media_path(ws, interview_id: int) -> tuple[Path, str]:  # noqa: ANN001
    """The recording's file inside the workspace's media folder, never anywhere else."""
    iv = ws.interview(interview_id)
    if iv.media is None:
        raise NotFound(f"interview {interview_id} has no recording")
    root = Path(ws.media_dir).resolve()
    path = (root / iv.media.path).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        raise NotFound(f"the recording of interview {interview_id} is missing from the workspace")
    mime = mimetypes.guess_type(path.name)[0] or (
        "video/mp4" if iv.media.kind == "video" else "audio/mpeg")
    return path, mime


class LinkIn(BaseModel):
    pid: str = Field(min_length=1, max_length=100)
    speaker: str | None = Field(default=None, max_length=300)
    remove: bool = False


@router.post("/api/interviews/{interview_id:int}/participants")
def link_participant(request: Request, interview_id: int, body: LinkIn):
    """Who the interview was with, where the import's names did not tell (or told wrong)."""
    iv = request.app.state.workspace.link_participant(interview_id, body.pid, body.speaker or None, body.remove)
    return {"participants": list(iv.participants),
            "speakers": [{"name": s.name, "role": str(s.role), "participant": s.participant_pid}
                         for s in iv.speakers]}


@router.get("/interviews/{interview_id:int}/media")
def interview_media(request: Request, interview_id: int):
    path, mime = media_path(request.app.state.workspace, interview_id)
    return FileResponse(path, media_type=mime, headers={"Cache-Control": "private, max-age=3600"})

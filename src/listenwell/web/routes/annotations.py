"""JSON endpoints for highlights, tags and notes made on the transcript page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from listenwell.services import annotate
from listenwell.store import highlights as hl_store
from listenwell.store import notes as note_store

router = APIRouter(prefix="/api")


class HighlightIn(BaseModel):
    segment_id: int
    start_char: int = Field(ge=0)
    end_char: int = Field(ge=0)
    codes: list[str] = Field(default_factory=list, max_length=20)


class CodeIn(BaseModel):
    code: str = Field(min_length=1, max_length=200)


class NoteIn(BaseModel):
    text: str = Field(min_length=1, max_length=20000)
    offset: float | None = None
    author: str | None = Field(default=None, max_length=300)


def _hl(h) -> dict:  # noqa: ANN001
    return {"id": h.id, "segment_id": h.segment_id, "start_char": h.start_char,
            "end_char": h.end_char, "snippet": h.snippet, "start": h.start, "end": h.end,
            "codes": h.codes}


@router.post("/interviews/{interview_id:int}/highlights", status_code=201)
def add_highlight(request: Request, interview_id: int, body: HighlightIn):
    h = request.app.state.workspace.add_highlight(interview_id, body.segment_id, body.start_char,
                                                  body.end_char, body.codes)
    return JSONResponse(_hl(h), status_code=201)


@router.delete("/highlights/{highlight_id:int}")
def delete_highlight(request: Request, highlight_id: int):
    with request.app.state.workspace.transaction() as session:
        hl_store.delete_highlight(session, highlight_id)
    return {"deleted": highlight_id}


@router.post("/highlights/{highlight_id:int}/codes")
def tag(request: Request, highlight_id: int, body: CodeIn):
    return _hl(request.app.state.workspace.tag_highlight(highlight_id, body.code))


@router.delete("/highlights/{highlight_id:int}/codes/{code}")
def untag(request: Request, highlight_id: int, code: str):
    with request.app.state.workspace.transaction() as session:
        return _hl(annotate.untag_highlight(session, highlight_id, code))


@router.post("/interviews/{interview_id:int}/notes", status_code=201)
def add_note(request: Request, interview_id: int, body: NoteIn):
    user = getattr(request.state, "user", None)
    author = body.author or (user.username if user and user.id is not None else None)
    n = request.app.state.workspace.add_note(interview_id, body.text, offset=body.offset,
                                             author=author)
    return JSONResponse({"id": n.id, "text": n.text, "offset": n.offset, "author": n.author},
                        status_code=201)


@router.delete("/notes/{note_id:int}")
def delete_note(request: Request, note_id: int):
    with request.app.state.workspace.transaction() as session:
        note_store.delete_note(session, note_id)
    return {"deleted": note_id}

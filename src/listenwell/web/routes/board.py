"""The theme board page and the edits made on it.

Every edit names the version of the theme(s) the browser last saw; the themes area refuses
a stale version with Conflict, which the app answers as 409 with a message the board shows.
After an edit the endpoint answers the fresh columns it touched, so counts stay true.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from listenwell.web.board_view import board_view, statement_theme
from listenwell.web.render import page, respond

router = APIRouter()


CARDS_SHOWN = 40  # per column on the page; the rest on request (?cards=all) and in the JSON


@page(router, "/studies/{slug}/board")
def board_page(request: Request, slug: str, hidden: bool = False, cards: str = ""):
    data = board_view(request.app.state.workspace, slug, show_hidden=hidden)
    data["card_limit"] = None if cards == "all" else CARDS_SHOWN
    return respond(request, "board.html", data, title=f"Themes: {data['study']['title']}")


class MoveIn(BaseModel):
    statement_id: int
    to_theme: int | None = None
    to_expected_version: int | None = None  # of the theme the card joins (the one checked)
    expected_version: int | None = None  # of the theme the card leaves (informational)


class RenameIn(BaseModel):
    name: str = Field(min_length=1, max_length=500)
    expected_version: int


class MergeIn(BaseModel):
    into: int
    into_expected_version: int | None = None  # the theme that stays is the one checked


class SplitIn(BaseModel):
    statement_ids: list[int] = Field(min_length=1)
    name: str = Field(default="", max_length=500)
    expected_version: int


class HideIn(BaseModel):
    hidden: bool = True
    expected_version: int


def _fresh(request: Request, slug: str, ids: set) -> dict:  # noqa: ANN001
    """The columns an edit touched, as they are now; ids of themes the edit removed."""
    board = board_view(request.app.state.workspace, slug, show_hidden=True)
    cols = [c for c in board["columns"] if c["id"] in ids]
    if None in ids:
        cols.append(board["outliers"])
    present = {c["id"] for c in cols}
    return {"columns": [{k: v for k, v in c.items() if k != "cards"}
                        | {"cards": [x["id"] for x in c["cards"]]} for c in cols],
            "removed": sorted(i for i in ids if i is not None and i not in present)}


@router.post("/api/studies/{slug}/board/move")
def move(request: Request, slug: str, body: MoveIn):
    ws = request.app.state.workspace
    source = statement_theme(ws, slug, body.statement_id)
    ws.move_statement(slug, body.statement_id, body.to_theme,
                      expected_version=body.to_expected_version)
    return _fresh(request, slug, {source, body.to_theme})


@router.post("/api/studies/{slug}/themes/{theme_id:int}/rename")
def rename(request: Request, slug: str, theme_id: int, body: RenameIn):
    request.app.state.workspace.rename_theme(slug, theme_id, body.name.strip(),
                                             expected_version=body.expected_version)
    return _fresh(request, slug, {theme_id})


@router.post("/api/studies/{slug}/themes/{theme_id:int}/merge")
def merge(request: Request, slug: str, theme_id: int, body: MergeIn):
    request.app.state.workspace.merge_themes(slug, body.into, [theme_id],
                                             expected_version=body.into_expected_version)
    return _fresh(request, slug, {body.into, theme_id})


@router.post("/api/studies/{slug}/themes/{theme_id:int}/split")
def split(request: Request, slug: str, theme_id: int, body: SplitIn):
    ws = request.app.state.workspace
    _kept, new = ws.split_theme(slug, theme_id, body.statement_ids,
                                expected_version=body.expected_version)
    if body.name.strip():
        ws.rename_theme(slug, new.id, body.name.strip(), expected_version=new.version)
    return _fresh(request, slug, {theme_id, new.id}) | {"new_theme": new.id}


@router.post("/api/studies/{slug}/themes/{theme_id:int}/hide")
def hide(request: Request, slug: str, theme_id: int, body: HideIn):
    request.app.state.workspace.hide_theme(slug, theme_id, hidden=body.hidden,
                                           expected_version=body.expected_version)
    return _fresh(request, slug, {theme_id})

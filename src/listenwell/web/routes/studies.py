"""The studies list and one study's overview."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

from listenwell.store.overview import interview_counts
from listenwell.web import sections
from listenwell.web.render import page, respond

router = APIRouter()


@router.get("/")
async def home(request: Request):
    return RedirectResponse("/studies", status_code=303)


@page(router, "/studies")
def studies_page(request: Request):
    ws = request.app.state.workspace
    with ws.transaction() as session:
        counts = interview_counts(session)
    rows = [{"slug": st.slug, "title": st.title, "goals": st.goals, "description": st.description,
             "interviews": counts.get(st.slug, 0), "created_at": st.created_at}
            for st in ws.studies()]
    return respond(request, "studies.html", {"studies": rows}, title="Studies")


@page(router, "/studies/{slug}")
def study_page(request: Request, slug: str):
    ws = request.app.state.workspace
    data = sections.study_overview(ws, slug)
    return respond(request, "study.html", data, title=data["study"]["title"])

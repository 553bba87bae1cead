"""Search across every study, with filters; each hit links to its line in the transcript."""

from __future__ import annotations


from fastapi import APIRouter, Request

from listenwell.domain.errors import InputError
from listenwell.domain.model import InsightType
from listenwell.services import search as search_svc
from listenwell.services.search import parse_date
from listenwell.web.render import page, respond

router = APIRouter()


@page(router, "/search")
def search_page(request: Request, q: str = "", study: str = "", segment: str = "",
                theme: str = "", type: str = "", date_from: str = "", date_to: str = ""):  # noqa: A002
    ws = request.app.state.workspace
    if theme and not theme.isdigit():
        raise InputError("theme must be a theme id")
    filters = search_svc.SearchFilters(
        study=study or None, segment=segment or None, theme=int(theme) if theme else None,
        insight_type=type or None, date_from=parse_date(date_from, "date_from"),
        date_to=parse_date(date_to, "date_to"))
    with ws.transaction() as session:
        hits = search_svc.search(session, q, filters) if q.strip() else []
        segments = search_svc.segment_options(session)
        themes = search_svc.theme_options(session, study) if study else []
    data = {
        "query": q, "filters": {"study": study, "segment": segment, "theme": theme, "type": type,
                                "date_from": date_from, "date_to": date_to},
        "results": [h.to_dict() | {"parts": [{"text": t, "match": m} for t, m in h.parts]}
                    for h in hits],
        "options": {"studies": [{"slug": s.slug, "title": s.title} for s in ws.studies()],
                    "segments": segments, "themes": themes,
                    "types": [t.value for t in InsightType]},
    }
    return respond(request, "search.html", data, title=f"Search: {q}" if q else "Search")

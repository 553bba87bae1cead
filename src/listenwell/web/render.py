"""One way to answer a page: HTML from a Jinja template, or the same data as JSON.

A data page answers JSON when its path ends in ``.json`` or the client asks for
``application/json`` (and not HTML). Templates autoescape everything; user text is never
marked safe.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Callable

from fastapi import APIRouter, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from listenwell.domain.timecode import format_timecode
from listenwell.web.auth import csrf_for

TEMPLATES = Path(__file__).with_name("templates")


def make_env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html"], default=True),
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["tc"] = lambda s: format_timecode(s)
    env.filters["pct"] = lambda x: "" if x is None else f"{100 * x:.0f}%"
    env.filters["date"] = lambda d: d.isoformat()[:10] if isinstance(d, (dt.date, dt.datetime)) else (d or "")
    return env


def wants_json(request: Request) -> bool:
    if request.url.path.endswith(".json") or request.url.path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def respond(request: Request, template: str, data: dict[str, Any], *, title: str = "",
            status_code: int = 200) -> HTMLResponse | JSONResponse:
    if wants_json(request):
        return JSONResponse(jsonable_encoder(data), status_code=status_code)
    return html(request, template, data, title=title, status_code=status_code)


def html(request: Request, template: str, data: dict[str, Any], *, title: str = "",
         status_code: int = 200) -> HTMLResponse:
    env: Environment = request.app.state.jinja
    user = getattr(request.state, "user", None)
    body = env.get_template(template).render(
        d=data, title=title, user=user, csrf=csrf_for(request),
        login_required=request.app.state.settings.login_required, path=request.url.path,
    )
    return HTMLResponse(body, status_code=status_code)


def page(router: APIRouter, path: str) -> Callable:
    """Register a GET data page at ``path`` and its JSON twin at ``path.json``."""

    def deco(fn: Callable) -> Callable:
        router.add_api_route(path + ".json", fn, methods=["GET"], include_in_schema=False)
        router.add_api_route(path, fn, methods=["GET"])
        return fn

    return deco

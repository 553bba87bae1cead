"""One way to answer a page: HTML from a Jinja template, or the same data as JSON.

A data page answers JSON when its path ends in ``.json`` or the client asks for
``application/json`` (and not HTML). Templates autoescape everything; user text is never
marked safe.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from enum import Enum
from pathlib import Path
from typing import Any, Callable

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
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


def _default(obj: Any) -> Any:
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    if isinstance(obj, Enum):
        return obj.value
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if isinstance(obj, (set, tuple)):
        return list(obj)
    raise TypeError(f"cannot encode {type(obj).__name__} as JSON")


def json_response(data: Any, status_code: int = 200) -> Response:
    """Plain json.dumps: the page dicts are already JSON-shaped (10x faster than
    FastAPI's generic encoder on a board of thousands of cards)."""
    body = json.dumps(data, default=_default, ensure_ascii=False, separators=(",", ":"))
    return Response(body.encode("utf-8"), status_code=status_code, media_type="application/json")


def wants_json(request: Request) -> bool:
    if request.url.path.endswith(".json") or request.url.path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def respond(request: Request, template: str, data: dict[str, Any], *, title: str = "",
            status_code: int = 200) -> HTMLResponse | Response:
    if wants_json(request):
        return json_response(data, status_code)
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

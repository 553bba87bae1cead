"""Sign in and out (only needed when the server listens beyond 127.0.0.1)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

from listenwell.web.auth import SESSION_COOKIE
from listenwell.web.render import html

router = APIRouter()


def _safe_next(value: object) -> str:
    nxt = value if isinstance(value, str) else "/"
    return nxt if nxt.startswith("/") and not nxt.startswith("//") and "\\" not in nxt else "/"


@router.get("/login")
async def login_form(request: Request, next: str = "/"):  # noqa: A002 - the query name
    return html(request, "login.html", {"next": _safe_next(next), "error": None}, title="Sign in")


@router.post("/login")
async def login(request: Request):
    form = await request.form()
    username, password = str(form.get("username", "")), str(form.get("password", ""))
    nxt = _safe_next(form.get("next"))
    ws = request.app.state.workspace
    user = ws.authenticate(username, password)
    if user is None:
        return html(request, "login.html", {"next": nxt, "error": "Wrong name or password."},
                    title="Sign in", status_code=401)
    settings = request.app.state.settings
    resp = RedirectResponse(nxt, status_code=303)
    resp.set_cookie(SESSION_COOKIE, request.app.state.signer.sign(user.id, settings.session_hours),
                    httponly=True, samesite="strict", secure=settings.secure_cookies,
                    max_age=settings.session_hours * 3600)
    return resp


@router.post("/logout")
async def logout(request: Request):
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(SESSION_COOKIE)
    return resp

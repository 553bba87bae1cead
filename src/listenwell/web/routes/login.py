"""Sign in and out (only needed when the server listens beyond 127.0.0.1)."""

from __future__ import annotations

import math
import time

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


class Throttle:
    """Failed sign-ins per (address, name) in a sliding window: after ``attempts`` failures,
    passwords are not checked until the oldest failure leaves the window (guessing is slowed to
    a handful a window; one person's typos do not lock out the others)."""

    def __init__(self, attempts: int, window_s: float, clock=time.monotonic) -> None:  # noqa: ANN001
        self.attempts, self.window_s, self.clock = attempts, window_s, clock
        self.failures: dict[tuple[str, str], list[float]] = {}

    def _recent(self, key: tuple[str, str]) -> list[float]:
        now = self.clock()
        kept = [t for t in self.failures.get(key, []) if now - t < self.window_s]
        if kept:
            self.failures[key] = kept
        else:
            self.failures.pop(key, None)
        return kept

    def wait_s(self, key: tuple[str, str]) -> float:
        """Seconds until this key may try again (0: now)."""
        recent = self._recent(key)
        if len(recent) < self.attempts:
            return 0.0
        return max(0.0, self.window_s - (self.clock() - recent[0]))

    def failed(self, key: tuple[str, str]) -> None:
        self._recent(key)
        self.failures.setdefault(key, []).append(self.clock())
        if len(self.failures) > self.MAX_KEYS:  # names sprayed at the form: forget stale ones
            for k in list(self.failures):
                self._recent(k)

    MAX_KEYS = 10_000

    def succeeded(self, key: tuple[str, str]) -> None:
        self.failures.pop(key, None)


@router.post("/login")
async def login(request: Request):
    form = await request.form()
    username, password = str(form.get("username", "")), str(form.get("password", ""))
    nxt = _safe_next(form.get("next"))
    ws = request.app.state.workspace
    throttle: Throttle = request.app.state.login_throttle
    key = (request.client.host if request.client else "", username.strip().lower())
    wait = throttle.wait_s(key)
    if wait:
        minutes = max(1, math.ceil(wait / 60))
        return html(request, "login.html", {"next": nxt, "error": "Too many failed sign-ins for this "
                    f"name; try again in {minutes} minute{'s' if minutes > 1 else ''}."},
                    title="Sign in", status_code=429)
    user = ws.authenticate(username, password)
    if user is None:
        throttle.failed(key)
        return html(request, "login.html", {"next": nxt, "error": "Wrong name or password."},
                    title="Sign in", status_code=401)
    throttle.succeeded(key)
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

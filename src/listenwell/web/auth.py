"""Who is asking, and may they do it.

On 127.0.0.1 the person at the keyboard owns the workspace: every request acts as the local
owner. Bound to any other address, sign-in is required: a signed session cookie
(``user id . expiry . HMAC``) names the user, and their role decides what they may change.
One guard (``guard``) runs before every route, so no route can forget it:

- not signed in → HTML pages redirect to /login, JSON answers 401;
- any change (POST, PUT, PATCH, DELETE) must come from our own origin with the CSRF token,
  and from an owner or editor — a viewer gets 403.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass

from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from listenwell.domain.errors import NotFound
from listenwell.services import users as users_svc
from listenwell.services.users import User
from listenwell.web import security
from listenwell.web.settings import WebSettings

SESSION_COOKIE = "lw_session"
LOCAL_OWNER = User(username="local", role="owner", id=None)
PUBLIC_PATHS = ("/login", "/static/", "/favicon.ico")


class LoginRequired(Exception):
    """Raised by the guard; the app turns it into a redirect or a 401."""


class Forbidden(Exception):
    """Raised by the guard; the app turns it into a 403 with the reason."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Signer:
    secret: bytes

    def sign(self, user_id: int, hours: int) -> str:
        body = f"{user_id}.{int(time.time()) + hours * 3600}"
        mac = hmac.new(self.secret, b"session:" + body.encode(), hashlib.sha256).hexdigest()
        return f"{body}.{mac}"

    def user_id(self, cookie: str | None) -> int | None:
        if not cookie or cookie.count(".") != 2:
            return None
        uid, expiry, mac = cookie.split(".")
        body = f"{uid}.{expiry}"
        want = hmac.new(self.secret, b"session:" + body.encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(mac, want) or not (uid.isdigit() and expiry.isdigit()):
            return None
        return int(uid) if int(expiry) > time.time() else None


class CsrfSeed:
    """ASGI middleware: gives every browser a random CSRF seed cookie and exposes it in state."""

    def __init__(self, app: ASGIApp, secure: bool = False) -> None:
        self.app = app
        self.secure = secure

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cookies = _cookies(scope)
        seed = cookies.get(security.CSRF_COOKIE)
        fresh = not seed or len(seed) > 64
        if fresh:
            seed = security.new_csrf_seed()
        scope.setdefault("state", {})["csrf_seed"] = seed

        async def send_cookie(message: Message) -> None:
            if fresh and message["type"] == "http.response.start":
                flags = "Path=/; HttpOnly; SameSite=Strict" + ("; Secure" if self.secure else "")
                message["headers"] = list(message.get("headers", [])) + [
                    (b"set-cookie", f"{security.CSRF_COOKIE}={seed}; {flags}".encode())]
            await send(message)

        await self.app(scope, receive, send_cookie)


def _cookies(scope: Scope) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in scope.get("headers", []):
        if k == b"cookie":
            for part in v.decode("latin-1").split(";"):
                if "=" in part:
                    name, val = part.strip().split("=", 1)
                    out[name] = val
    return out


def current_user(request: Request) -> User | None:
    settings: WebSettings = request.app.state.settings
    if not settings.login_required:
        return LOCAL_OWNER
    uid = request.app.state.signer.user_id(request.cookies.get(SESSION_COOKIE))
    if uid is None:
        return None
    ws = request.app.state.workspace
    try:
        with ws.transaction() as session:
            return users_svc.get_user(session, uid)
    except NotFound:
        return None


async def guard(request: Request) -> None:
    """Runs before every route: sign-in, origin, CSRF token and role checks."""
    path = request.url.path
    user = current_user(request)
    request.state.user = user
    public = any(path == p or (p.endswith("/") and path.startswith(p)) for p in PUBLIC_PATHS)
    if user is None and not public:
        raise LoginRequired()
    if request.method in security.SAFE_METHODS:
        return
    if not security.same_origin(request.headers, request.url.scheme):
        raise Forbidden("Cross-site request refused: this form must be sent from listenwell's own pages.")
    token = request.headers.get(security.CSRF_HEADER)
    if token is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        token = form.get(security.CSRF_FIELD)
    seed = request.scope.get("state", {}).get("csrf_seed")
    if not security.csrf_ok(request.app.state.settings.secret_key, seed, token if isinstance(token, str) else None):
        raise Forbidden("Missing or stale security token: reload the page and try again.")
    if public:
        return
    if user is None or not user.can_edit:
        raise Forbidden("Viewers cannot change anything: ask an owner for the editor role.")


def csrf_for(request: Request) -> str:
    seed = request.scope.get("state", {}).get("csrf_seed", "")
    return security.csrf_token(request.app.state.settings.secret_key, seed)

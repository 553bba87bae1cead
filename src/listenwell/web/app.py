"""The FastAPI app factory: one app per workspace, no module-level state.

``create_app(workspace, settings)`` wires the guard (sign-in, CSRF, roles), the security
headers, the upload size limit, the routes and the error mapping (InputError 400, NotFound
404, Conflict 409, MissingDependency 501), each answered as HTML or JSON as the client asked.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from urllib.parse import quote

from listenwell.domain.errors import Conflict, InputError, ListenwellError, MissingDependency, NotFound
from listenwell.web import auth, security
from listenwell.web.jobs import Jobs
from listenwell.web.render import html, make_env, wants_json
from listenwell.web.routes import annotations, board, downloads, interviews, login, search, studies, upload
from listenwell.web.settings import WebSettings

STATIC = Path(__file__).with_name("static")
STATUS = {InputError: 400, NotFound: 404, Conflict: 409, MissingDependency: 501}


def _status(exc: ListenwellError) -> int:
    for cls, code in STATUS.items():
        if isinstance(exc, cls):
            return code
    return 400


def _error(request: Request, status: int, message: str):
    if wants_json(request):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    return html(request, "error.html", {"status": status, "message": message},
                title="Error", status_code=status)


def create_app(workspace, settings: WebSettings | None = None) -> FastAPI:  # noqa: ANN001
    settings = settings or WebSettings()
    app = FastAPI(title="listenwell", docs_url=None, redoc_url=None, openapi_url=None,
                  dependencies=[Depends(auth.guard)])
    app.state.workspace = workspace
    app.state.settings = settings
    app.state.signer = auth.Signer(settings.secret_key)
    app.state.jinja = make_env()
    app.state.jobs = Jobs()
    app.state.cache = {}  # slow derived views, keyed with a fingerprint of their inputs
    app.state.login_throttle = login.Throttle(settings.login_attempts, settings.login_window_s)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (login, studies, interviews, annotations, board, search, upload, downloads):
        app.include_router(module.router)

    @app.exception_handler(ListenwellError)
    async def on_error(request: Request, exc: ListenwellError):
        return _error(request, _status(exc), exc.message)

    @app.exception_handler(auth.LoginRequired)
    async def on_login(request: Request, exc: auth.LoginRequired):
        if wants_json(request) or request.method not in security.SAFE_METHODS:
            return JSONResponse({"error": "Sign in first.", "status": 401}, status_code=401)
        return RedirectResponse("/login?next=" + quote(request.url.path), status_code=303)

    @app.exception_handler(auth.Forbidden)
    async def on_forbidden(request: Request, exc: auth.Forbidden):
        return _error(request, 403, exc.message)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path"))
        return _error(request, 400, f"Bad value for {where or 'the request'}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "Request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"Nothing here: {request.url.path}"
        return _error(request, exc.status_code, message)

    app.add_middleware(auth.CsrfSeed, secure=settings.secure_cookies)
    app.add_middleware(security.BodyLimit, limit=settings.max_upload_bytes)
    app.add_middleware(security.SecurityHeaders)
    return app

"""`listenwell serve`: the local web page (transcripts with sound, the theme board, search)."""

from __future__ import annotations

import threading
import webbrowser
from typing import Annotated

import typer
from rich.markup import escape

from listenwell.cli.common import console, open_workspace
from listenwell.domain import InputError
from listenwell.web.settings import LOCAL_HOSTS, WebSettings


def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option("--host", help="Address to listen on. Anything but "
                                      "127.0.0.1 requires sign-in (see `listenwell users add`).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 7465,
    open_: Annotated[bool, typer.Option("--open", help="Open the page in a browser.")] = False,
    max_upload_mb: Annotated[int, typer.Option("--max-upload-mb", help="Largest upload accepted.")] = 500,
    secure_cookies: Annotated[bool, typer.Option(
        "--secure-cookies", help="Mark cookies Secure (when served behind an HTTPS proxy).")] = False,
) -> None:
    """Serve the workspace as a web page (Ctrl-C to stop)."""
    import uvicorn

    from listenwell.web.app import create_app

    if not 0 < port < 65536:
        raise InputError(f"--port must be between 1 and 65535, not {port}")
    ws = open_workspace(ctx)
    if max_upload_mb < 1:
        raise InputError("--max-upload-mb must be at least 1")
    settings = WebSettings(host=host, port=port, max_upload_bytes=max_upload_mb * 1024 * 1024,
                           secure_cookies=secure_cookies, secret_key=ws.session_key())
    if settings.login_required and not ws.users():
        raise InputError(f"listening on {host} requires sign-in, but the workspace has no accounts: "
                         "add one with `listenwell users add NAME --role owner`")
    url = f"http://{'127.0.0.1' if host in LOCAL_HOSTS else host}:{port}/"
    console.print(f"listenwell: serving {escape(str(ws.root))} at [bold]{url}[/]"
                  + (" (sign-in required)" if settings.login_required else ""), soft_wrap=True)
    if open_:
        threading.Timer(1.0, lambda: webbrowser.open(url)).start()
    uvicorn.run(create_app(ws, settings), host=host, port=port, log_level="warning")

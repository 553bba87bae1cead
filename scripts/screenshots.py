"""Screenshots of the web pages of a workspace (for the README): serves it on a free port of
127.0.0.1 and drives Debian's chromium with Playwright (never downloads a browser).

    .venv/bin/python scripts/screenshots.py demo-workspace test-output/screenshots
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from listenwell.web.app import create_app
from listenwell.web.settings import WebSettings
from listenwell.workspace import Workspace

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--mute-audio"]


def main(workspace: str, out: str) -> int:
    ws = Workspace.open(workspace)
    study = ws.studies()[0].slug
    first = ws.interviews(study)[0].id
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    srv = uvicorn.Server(uvicorn.Config(create_app(ws, WebSettings()), log_level="warning", lifespan="off"))
    threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not srv.started:
        time.sleep(0.05)
    Path(out).mkdir(parents=True, exist_ok=True)
    pages = {"studies": "/studies", "study": f"/studies/{study}", "board": f"/studies/{study}/board",
             "interview": f"/interviews/{first}", "search": "/search?q=price"}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        for name, path in pages.items():
            page.goto(base + path, wait_until="load")
            if name == "study":  # the coach table arrives after the page (a model loads once)
                page.wait_for_selector("#coach-summary table, #coach-summary p", timeout=180_000)
            page.screenshot(path=str(Path(out) / f"{name}.png"))
            print(Path(out) / f"{name}.png")
        browser.close()
    srv.should_exit = True
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))

"""End to end in a real headless Chromium (Debian's), driven by Playwright, against a real
uvicorn server on 127.0.0.1. Screenshots of each main page go to test-output/screenshots/."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from listenwell.web.app import create_app
from listenwell.web.settings import WebSettings
from listenwell.workspace import Workspace

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--autoplay-policy=no-user-gesture-required", "--mute-audio"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The sample study as `listenwell demo` builds it, its recorded call transcribed with the
    real Whisper model and the themes found by the real analysis, served by uvicorn."""
    uvicorn = pytest.importorskip("uvicorn")
    from listenwell.services.demo import SAMPLE_DIR, load_sample

    recording = SAMPLE_DIR / "recordings" / "p9_call.m4a"
    if not recording.exists():
        pytest.skip("the sample recording is missing")
    ws = Workspace.open(tmp_path_factory.mktemp("e2e") / "ws")
    study = load_sample(ws).slug  # transcribes the recorded call, as `listenwell demo` does
    recorded = next(i for i in ws.interviews(study) if i.media is not None)
    ws.analyze(study)
    ws.add_user("edna", "editor-pass-1", "editor")
    ws.add_user("vic", "viewer-pass-1", "viewer")
    app = create_app(ws, WebSettings(require_login=True))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    info = {"study": study, "recorded": recorded.id, "title": ws.study(study).title}
    yield f"http://127.0.0.1:{port}", info, ws
    srv.should_exit = True
    thread.join(timeout=10)
    sock.close()
    ws.close()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def signed_in(browser, base: str, name: str, password: str):
    ctx = browser.new_context(viewport={"width": 1360, "height": 860})
    page = ctx.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(base + "/studies")
    assert "/login" in page.url
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/studies")
    return ctx, page, errors


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def test_editor_walkthrough(server, browser):
    base, info, ws = server
    ctx, page, errors = signed_in(browser, base, "edna", "editor-pass-1")
    try:
        shot(page, "studies")
        page.click(f"text={info['title']}")
        page.wait_for_selector("#interviews")
        shot(page, "study")

        # play the recorded interview and click a line: the player's time moves there
        page.click(f"#interviews a[href='/interviews/{info['recorded']}']")
        page.wait_for_selector("#player")
        page.wait_for_function("() => document.getElementById('player').readyState >= 1")
        line = page.locator("#lines .line").nth(2)
        start = float(line.get_attribute("data-start"))
        assert start > 5
        line.locator(".text").click()
        page.wait_for_function(f"() => document.getElementById('player').currentTime >= {start}")
        t0 = page.evaluate("() => document.getElementById('player').currentTime")
        page.wait_for_function(f"() => document.getElementById('player').currentTime > {t0} + 0.3", timeout=10000)
        page.wait_for_selector("#lines .line.current")
        assert page.locator("#lines .line.current").get_attribute("data-seg") == line.get_attribute("data-seg")
        page.evaluate("() => document.getElementById('player').pause()")

        # select words in a line, save a highlight with a tag, add a second tag
        text_el = page.locator("#lines .line").nth(1).locator(".text")
        words = text_el.text_content()[:24].rsplit(" ", 1)[0]
        page.evaluate("""(el) => {
            const node = el.firstChild; const text = node.textContent;
            const end = text.slice(0, 24).lastIndexOf(' ');
            const r = document.createRange(); r.setStart(node, 0); r.setEnd(node, end);
            const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
            document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
        }""", text_el.element_handle())
        page.wait_for_selector("#tagger:not([hidden])")
        assert page.text_content("#tagger-snippet") == words
        page.fill("#tag-input", "signup timeout")
        page.click("#tag-form button[type=submit]")
        page.wait_for_selector("#lines mark[data-hl]")
        assert page.text_content("#lines mark[data-hl]") == words
        assert page.text_content("#hl-list .tag") == "signup timeout"
        page.click("#hl-list button.add-tag")  # asks in the page, not with window.prompt
        page.wait_for_selector("dialog#ask[open]")
        page.fill("#ask-text", "lost progress")
        page.click("#ask-ok")
        page.wait_for_function("() => document.querySelectorAll('#hl-list .tag').length === 2")

        # a live note, stamped with the player's time (or the time since live mode began)
        page.check("#live-mode")
        page.fill("#note-text", "She sighs at the timeout")
        page.press("#note-text", "Enter")
        page.wait_for_selector("#note-list li")
        shot(page, "interview")
        saved = ws.notes(info["recorded"])
        assert saved[-1].text == "She sighs at the timeout" and saved[-1].offset is not None
        assert [h.codes for h in ws.highlights(info["recorded"])] == [["lost progress", "signup timeout"]]

        # search and follow a result to its line
        page.fill("form.quicksearch input[name=q]", "price")
        page.press("form.quicksearch input[name=q]", "Enter")
        page.wait_for_selector("ol.results li")
        shot(page, "search")
        page.click("ol.results li a.result-link")
        page.wait_for_selector("#lines .line.target")
        assert "pric" in page.text_content("#lines .line.target").lower()
        assert errors == [], errors
    finally:
        ctx.close()


def _card_that_changes_both(board: dict) -> tuple[int, int, int]:
    """A card whose participant speaks only once in its theme and not at all in another."""
    # both columns on the first screen (the board scrolls sideways): a drag that needs no
    # scrolling while the mouse button is down
    cols = [c for c in board["columns"][:4] if len(c["cards"]) <= 40]
    for i, a in enumerate(cols):
        voices = [c["participant"] for c in a["cards"]]
        for card in a["cards"]:
            if voices.count(card["participant"]) != 1:
                continue
            # the nearest column first: a drag that needs no long sideways scroll
            for b in sorted((c for c in cols if c is not a), key=lambda c: abs(cols.index(c) - i)):
                if card["participant"] not in {c["participant"] for c in b["cards"]}:
                    return card["id"], a["id"], b["id"]
    pytest.fail("no card on the sample board moves both counts")


def test_drag_a_card_between_themes(server, browser):
    base, info, ws = server
    ctx, page, errors = signed_in(browser, base, "edna", "editor-pass-1")
    try:
        board = page.request.get(f"{base}/studies/{info['study']}/board.json").json()
        card_id, a_id, b_id = _card_that_changes_both(board)
        counts = {c["id"]: c["participants"] for c in board["columns"]}
        page.goto(f"{base}/studies/{info['study']}/board")
        a, b = page.locator(f"#theme-{a_id}"), page.locator(f"#theme-{b_id}")
        assert a.locator(".participants").text_content() == str(counts[a_id])
        assert b.locator(".participants").text_content() == str(counts[b_id])
        shot(page, "board")
        b.scroll_into_view_if_needed()
        page.locator(f"#card-{card_id}").drag_to(b.locator(".dropzone"))
        page.wait_for_function(
            f"() => document.querySelector('#theme-{b_id} .participants').textContent === '{counts[b_id] + 1}'")
        assert a.locator(".participants").text_content() == str(counts[a_id] - 1)
        assert b.locator(f"#card-{card_id}").count() == 1
        page.wait_for_selector("#flash:not([hidden])")
        assert "Moved" in page.text_content("#flash")
        shot(page, "board-after-move")
        after = page.request.get(f"{base}/studies/{info['study']}/board.json").json()
        got = {c["id"]: c["participants"] for c in after["columns"]}
        assert (got[a_id], got[b_id]) == (counts[a_id] - 1, counts[b_id] + 1)

        # and back again without dragging: "Move…" on the card, the theme picked in the page's
        # own dialog; cancelling first changes nothing
        page.locator(f"#card-{card_id} .act-move").click()
        page.wait_for_selector("dialog#ask[open]")
        assert page.locator(f"#ask-choice option[value='theme-{b_id}']").count() == 0  # not its own
        page.keyboard.press("Escape")
        page.wait_for_selector("dialog#ask:not([open])", state="attached")
        assert b.locator(f"#card-{card_id}").count() == 1
        def slow_move(route):  # the server's answer to the move comes late
            time.sleep(1.0)
            route.continue_()

        page.route("**/board/move", slow_move)
        page.locator(f"#card-{card_id} .act-move").click()
        page.wait_for_selector("dialog#ask[open]")
        page.select_option("#ask-choice", f"theme-{a_id}")
        shot(page, "board-move-dialog")
        page.click("#ask-ok")
        page.wait_for_function(
            f"() => document.querySelector('#theme-{a_id} .participants').textContent === '{counts[a_id]}'")
        assert b.locator(".participants").text_content() == str(counts[b_id])
        # rename the theme at once, before the move's answer may have come back: edits queue,
        # so the rename carries the version the move left and meets no conflict; the board and
        # the store both show the new name
        page.locator(f"#theme-{a_id} .act-rename").click()
        page.wait_for_selector("dialog#ask[open]")
        page.fill("#ask-text", "Renamed in the browser")
        page.click("#ask-ok")
        page.wait_for_function(
            f"() => document.querySelector('#theme-{a_id} .theme-title').textContent === 'Renamed in the browser'")
        renamed = page.request.get(f"{base}/studies/{info['study']}/board.json").json()
        assert next(c for c in renamed["columns"] if c["id"] == a_id)["title"] == "Renamed in the browser"
        assert errors == [], errors
    finally:
        ctx.close()


def test_viewer_cannot_edit(server, browser):
    base, info, ws = server
    ctx, page, _errors = signed_in(browser, base, "vic", "viewer-pass-1")
    try:
        page.goto(f"{base}/interviews/{info['recorded']}")
        assert not page.is_visible("#note-form")
        assert page.locator("#hl-list button.add-tag").count() == 0
        # even a hand-made request from the page is refused
        status = page.evaluate("""async () => {
            const r = await fetch(location.pathname.replace('/interviews/', '/api/interviews/') + '/notes', {
              method: 'POST', headers: {'Content-Type': 'application/json',
              'X-CSRF-Token': document.querySelector('meta[name=csrf-token]').content},
              body: JSON.stringify({text: 'sneaky'})});
            return [r.status, (await r.json()).error];
        }""")
        assert status[0] == 403 and "Viewers cannot change" in status[1]
        assert not [n for n in ws.notes(info["recorded"]) if n.text == "sneaky"]
        page.goto(f"{base}/studies/{info['study']}/board")
        assert page.locator(".theme-actions").first.is_hidden()
        shot(page, "viewer")
    finally:
        ctx.close()

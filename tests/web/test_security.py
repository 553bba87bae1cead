"""Escaping, CSP, cross-site requests, uploads and media confinement."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html

from listenwell.web.app import create_app
from listenwell.web.settings import WebSettings

from .conftest import XSS, ASGIClient


def test_script_in_a_transcript_line_shows_as_text(client, info):
    r = client.get(f"/interviews/{info['interviews']['P2']}")
    assert XSS not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    d = lxml.html.fromstring(r.text)
    assert d.xpath("//script/@src") == ["/static/app.js", "/static/transcript.js"]
    assert not [s for s in d.xpath("//script") if (s.text or "").strip()]
    assert XSS in d.xpath("//ol[@id='lines']/li")[1].text_content()


def test_script_in_search_and_board_is_escaped(client):
    for url in ("/search?q=script+alert", "/studies/checkout/board", "/search?q=%3Cscript%3E"):
        r = client.get(url)
        assert XSS not in r.text, url


def test_every_page_has_csp_without_inline_script(client, info):
    pages = ["/studies", "/studies/checkout", f"/interviews/{info['interviews']['P1']}",
             "/studies/checkout/board", "/search?q=pricing", "/studies/checkout/upload"]
    for url in pages:
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert not re.search(r"\son[a-z]+\s*=", r.text), f"inline handler on {url}"
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", r.text), f"inline script on {url}"
        assert "style=" not in r.text, f"inline style on {url}"


def test_cross_site_post_is_refused(client, info):
    token = client.csrf()
    r = client.post(f"/api/interviews/{info['interviews']['P1']}/notes",
                    json={"text": "planted"},
                    headers={"X-CSRF-Token": token, "Origin": "http://evil.example"})
    assert r.status_code == 403 and "Cross-site" in r.json()["error"]
    form = client.post("/studies/checkout/upload", data={"csrf_token": token},
                       headers={"Origin": "http://evil.example", "Accept": "text/html"})
    assert form.status_code == 403
    assert not client.get(f"/interviews/{info['interviews']['P1']}.json").json()["notes"]


def test_post_without_token_is_refused(client, info):
    client.get("/studies")
    r = client.post(f"/api/interviews/{info['interviews']['P1']}/notes", json={"text": "x"})
    assert r.status_code == 403 and "token" in r.json()["error"]
    forged = client.post(f"/api/interviews/{info['interviews']['P1']}/notes", json={"text": "x"},
                         headers={"X-CSRF-Token": "0" * 64})
    assert forged.status_code == 403


def test_same_origin_post_with_token_works(client, info):
    token = client.csrf()
    r = client.post(f"/api/interviews/{info['interviews']['P1']}/notes",
                    json={"text": "Mentions the coupon", "offset": 12.5},
                    headers={"X-CSRF-Token": token, "Origin": "http://testserver"})
    assert r.status_code == 201 and r.json()["offset"] == 12.5


def test_media_supports_range_requests(client, info, ws):
    url = f"/interviews/{info['interviews']['P1']}/media"
    full = client.get(url)
    assert full.status_code == 200 and full.headers["content-type"] == "audio/x-wav"
    assert full.headers.get("accept-ranges") == "bytes"
    part = client.get(url, headers={"Range": "bytes=100-199"})
    assert part.status_code == 206
    assert part.content == full.content[100:200]
    assert part.headers["content-range"] == f"bytes 100-199/{len(full.content)}"


def test_media_path_outside_the_workspace_is_never_served(client, info, ws):
    from sqlalchemy import update

    from listenwell.store.tables import MediaRow

    secret = Path(ws.root).parent / "secret.txt"
    secret.write_text("private")
    with ws.transaction() as s:
        s.execute(update(MediaRow).values(path="../../secret.txt"))
    r = client.get(f"/interviews/{info['interviews']['P1']}/media")
    assert r.status_code == 404 and "private" not in r.text


def test_interview_without_media_404(client, info):
    assert client.get(f"/interviews/{info['interviews']['P2']}/media").status_code == 404


def _upload(client, name, data, **headers):
    token = client.csrf()
    return client.post("/studies/checkout/upload", files={"file": (name, data)},
                       headers={"X-CSRF-Token": token, "Accept": "application/json", **headers})


def test_oversized_upload_is_refused(client, ws):
    before = set(Path(ws.root).rglob("*"))
    r = _upload(client, "big.vtt", b"WEBVTT\n\n" + b"x" * 300_000)
    assert r.status_code == 413 and "limit" in r.text
    after = {p for p in Path(ws.root).rglob("*") if not p.name.startswith("listenwell.db")}
    assert after <= before | {Path(ws.root) / "uploads"}


def test_oversized_upload_without_content_length_is_refused(ws, settings):
    app = create_app(ws, WebSettings(secret_key=settings.secret_key, max_upload_bytes=1000))
    c = ASGIClient(app)
    token = c.csrf()

    async def chunks():
        yield b'--zz\r\nContent-Disposition: form-data; name="file"; filename="a.vtt"\r\n\r\n'
        for _ in range(10):
            yield b"y" * 500

    r = c.post("/studies/checkout/upload", content=chunks(),
               headers={"X-CSRF-Token": token, "Content-Type": "multipart/form-data; boundary=zz"})
    assert r.status_code == 413


def test_path_traversal_filename_cannot_reach_the_disk(client, ws):
    vtt = b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>I compare pricing every month.\n"
    r = _upload(client, "../../../../tmp/evil/../pwned.vtt", vtt)
    assert r.status_code == 201, r.text
    stored = list((Path(ws.root) / "uploads").iterdir())
    assert [p.name for p in stored] == [f"{__import__('hashlib').sha256(vtt).hexdigest()}.vtt"]
    assert not Path("/tmp/pwned.vtt").exists()
    iv = client.get(r.json()["url"] + ".json").json()
    assert iv["interview"]["source_name"] == "pwned.vtt"


def test_upload_type_is_checked(client):
    r = _upload(client, "notes.exe", b"MZ\x00\x00")
    assert r.status_code == 400 and "not a transcript" in r.json()["error"]
    fake = _upload(client, "call.mp3", b"this is text, not audio")
    assert fake.status_code == 400 and "does not look like a recording" in fake.json()["error"]


def test_upload_of_a_transcript_imports_it(client):
    vtt = b"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Interviewer>How do you pay?\n\n00:00:03.500 --> 00:00:06.000\n<v Kim>With my card, after checking the pricing page.\n"
    r = _upload(client, "kim.vtt", vtt)
    assert r.status_code == 201
    page = client.get(r.json()["url"])
    assert "checking the pricing page" in page.text
    again = _upload(client, "kim-again.vtt", vtt)
    assert again.json()["interview_id"] == r.json()["interview_id"]


def test_bad_transcript_upload_changes_nothing(client):
    before = len(client.get("/studies/checkout.json").json()["interviews"])
    r = _upload(client, "broken.srt", b"1\nnot a time code\nhello\n")
    assert r.status_code == 400
    assert len(client.get("/studies/checkout.json").json()["interviews"]) == before


def test_plain_form_upload_without_javascript_redirects_to_the_interview(client):
    token = client.csrf("/studies/checkout/upload")
    vtt = b"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Lee>The coupon field ate my discount.\n"
    r = client.post("/studies/checkout/upload", files={"file": ("lee.vtt", vtt)},
                    data={"csrf_token": token, "participant": "P2"},
                    headers={"Accept": "text/html", "Origin": "http://testserver"},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/interviews/")
    page = client.get(r.headers["location"])
    assert "coupon field ate my discount" in page.text and "P2" in page.text

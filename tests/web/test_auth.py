"""Sign-in beyond 127.0.0.1, roles, and the password store."""

from __future__ import annotations

import pytest

from listenwell.domain.errors import Conflict, InputError
from listenwell.services.users import hash_password, verify_password
from listenwell.web.app import create_app
from listenwell.web.settings import WebSettings

from .conftest import ASGIClient


@pytest.fixture
def remote(ws):
    ws.add_user("olive", "owner-pass-1", "owner")
    ws.add_user("vic", "viewer-pass-1", "viewer")
    ws.add_user("eddie", "editor-pass-1", "editor")
    return ASGIClient(create_app(ws, WebSettings(host="0.0.0.0", secret_key=b"s" * 32)))


def sign_in(c: ASGIClient, name: str, password: str, nxt: str = "/studies"):
    token = c.csrf("/login")
    return c.post("/login", data={"username": name, "password": password, "next": nxt,
                                  "csrf_token": token}, follow_redirects=False)


def test_local_binding_needs_no_sign_in(client):
    assert client.get("/studies").status_code == 200


def test_network_binding_requires_sign_in(remote):
    r = remote.get("/studies/checkout", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login?next=/studies/checkout"
    assert remote.get("/studies.json").status_code == 401
    assert remote.get("/login").status_code == 200
    assert remote.get("/static/style.css").status_code == 200


def test_wrong_password_is_refused(remote):
    r = sign_in(remote, "olive", "nope-nope")
    assert r.status_code == 401 and "Wrong name or password" in r.text
    assert remote.get("/studies.json").status_code == 401


def test_sign_in_then_browse_and_sign_out(remote):
    r = sign_in(remote, "olive", "owner-pass-1", "/studies/checkout")
    assert r.status_code == 303 and r.headers["location"] == "/studies/checkout"
    page = remote.get("/studies/checkout")
    assert page.status_code == 200 and "olive" in page.text
    token = remote.csrf()
    remote.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert remote.get("/studies.json").status_code == 401


def test_next_cannot_point_off_site(remote):
    r = sign_in(remote, "olive", "owner-pass-1", "//evil.example/")
    assert r.headers["location"] == "/"


def test_viewer_reads_but_cannot_change(remote, info):
    sign_in(remote, "vic", "viewer-pass-1")
    iid = info["interviews"]["P1"]
    assert remote.get(f"/interviews/{iid}").status_code == 200
    assert 'data-readonly="1"' in remote.get(f"/interviews/{iid}").text
    token = remote.csrf()
    for url, body in ((f"/api/interviews/{iid}/notes", {"text": "x"}),
                      (f"/api/interviews/{iid}/highlights", {"segment_id": 1, "start_char": 0, "end_char": 3}),
                      ("/api/studies/checkout/board/move", {"statement_id": 1, "to_theme": None})):
        r = remote.post(url, json=body, headers={"X-CSRF-Token": token})
        assert r.status_code == 403 and "Viewers cannot change" in r.json()["error"], url
    assert remote.get(f"/interviews/{iid}.json").json()["notes"] == []


def test_editor_can_change(remote, info):
    sign_in(remote, "eddie", "editor-pass-1")
    token = remote.csrf()
    r = remote.post(f"/api/interviews/{info['interviews']['P1']}/notes", json={"text": "ok"},
                    headers={"X-CSRF-Token": token})
    assert r.status_code == 201 and r.json()["author"] == "eddie"


def test_forged_session_cookie_is_ignored(remote):
    remote.cookies.set("lw_session", "1.99999999999.deadbeef", domain="testserver")
    assert remote.get("/studies.json").status_code == 401


def test_password_hashes_are_salted_and_verify():
    a, b = hash_password("correct horse"), hash_password("correct horse")
    assert a != b and a.startswith("scrypt$")
    assert verify_password("correct horse", a) and not verify_password("wrong", a)
    assert not verify_password("x", "garbage")


def test_users_validation(ws):
    with pytest.raises(InputError):
        ws.add_user("a", "short", "owner")
    with pytest.raises(InputError):
        ws.add_user("a", "long-enough", "admin")
    ws.add_user("a", "long-enough", "viewer")
    with pytest.raises(Conflict):
        ws.add_user("a", "long-enough", "viewer")
    assert [(u.username, u.role) for u in ws.users()] == [("a", "viewer")]


def test_repeated_wrong_passwords_are_throttled(ws):
    ws.add_user("olive", "owner-pass-1", "owner")
    ws.add_user("vic", "viewer-pass-1", "viewer")
    remote = ASGIClient(create_app(ws, WebSettings(host="0.0.0.0", secret_key=b"s" * 32,
                                                   login_attempts=3, login_window_s=600)))
    for _ in range(3):
        assert sign_in(remote, "olive", "guess-guess").status_code == 401
    # the fourth try is not checked, even with the right password, and says when to retry
    r = sign_in(remote, "Olive", "owner-pass-1")
    assert r.status_code == 429 and "try again in 10 minutes" in r.text
    assert remote.get("/studies.json").status_code == 401
    # another name from the same address is not locked out
    assert sign_in(remote, "vic", "viewer-pass-1").status_code == 303


def test_throttle_window_slides_and_success_clears_it():
    from listenwell.web.routes.login import Throttle

    now = [0.0]
    t = Throttle(attempts=2, window_s=60, clock=lambda: now[0])
    key = ("1.2.3.4", "olive")
    t.failed(key)
    now[0] = 30
    t.failed(key)
    assert t.wait_s(key) == 30  # the first failure leaves the window at 60 s
    now[0] = 61
    assert t.wait_s(key) == 0
    t.failed(key)
    assert t.wait_s(key) > 0
    t.succeeded(key)
    assert t.wait_s(key) == 0


def test_session_key_survives_a_restart(ws):
    key = ws.session_key()
    path = ws.root / "web-session.key"
    assert len(key) == 32 and path.stat().st_mode & 0o077 == 0  # owner only
    assert ws.session_key() == key
    ws.add_user("olive", "owner-pass-1", "owner")
    first = ASGIClient(create_app(ws, WebSettings(host="0.0.0.0", secret_key=ws.session_key())))
    assert sign_in(first, "olive", "owner-pass-1").status_code == 303
    cookie = first.cookies.get("lw_session")
    assert cookie
    # a new server process on the same workspace accepts the session
    second = ASGIClient(create_app(ws, WebSettings(host="0.0.0.0", secret_key=ws.session_key())))
    second.cookies.set("lw_session", cookie)
    assert second.get("/studies.json").status_code == 200

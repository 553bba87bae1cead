"""Theme board edits through the JSON endpoints, and the 409 when two people edit at once."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("needs_themes")


@pytest.fixture
def needs_themes(ws):
    if not hasattr(ws, "move_statement"):
        pytest.skip("the themes area is not merged yet")


def post(client, url, body):
    return client.post(url, json=body, headers={"X-CSRF-Token": client.csrf()})


def columns(client):
    data = client.get("/studies/checkout/board.json").json()
    return {c["id"]: c for c in data["columns"]}, data["outliers"]


def test_move_a_card_updates_both_counts(client, info):
    cols, _ = columns(client)
    pricing, slow = info["themes"]["pricing"], info["themes"]["slow"]
    card = next(c for c in cols[pricing]["cards"] if c["participant"] == "P2")
    r = post(client, "/api/studies/checkout/board/move",
             {"statement_id": card["id"], "to_theme": slow, "to_expected_version": cols[slow]["version"]})
    assert r.status_code == 200, r.text
    got = {c["id"]: c for c in r.json()["columns"]}
    assert got[pricing]["participants"] == 1 and got[pricing]["single_voice"]
    assert got[slow]["participants"] == 2 and not got[slow]["single_voice"]
    assert card["id"] in got[slow]["cards"]


def test_move_to_outliers_and_back(client, info):
    cols, outliers = columns(client)
    slow = info["themes"]["slow"]
    card = cols[slow]["cards"][0]["id"]
    r = post(client, "/api/studies/checkout/board/move", {"statement_id": card, "to_theme": None})
    assert r.status_code == 200
    _, outliers = columns(client)
    assert card in [c["id"] for c in outliers["cards"]]


def test_second_of_two_concurrent_edits_gets_409(client, info):
    cols, _ = columns(client)
    pricing = info["themes"]["pricing"]
    seen = cols[pricing]["version"]  # both people loaded the board at this version
    first = post(client, f"/api/studies/checkout/themes/{pricing}/rename",
                 {"name": "Confusing prices", "expected_version": seen})
    assert first.status_code == 200
    second = post(client, f"/api/studies/checkout/themes/{pricing}/rename",
                  {"name": "Price shock", "expected_version": seen})
    assert second.status_code == 409
    assert second.json()["error"]
    cols, _ = columns(client)
    assert cols[pricing]["title"] == "Confusing prices"
    page = client.get(f"/studies/checkout/themes/{pricing}/rename")
    assert page.status_code in (404, 405)


def test_stale_move_gets_409_and_changes_nothing(client, info):
    cols, _ = columns(client)
    pricing, slow = info["themes"]["pricing"], info["themes"]["slow"]
    stale = cols[slow]["version"]
    post(client, f"/api/studies/checkout/themes/{slow}/rename", {"name": "Slow", "expected_version": stale})
    card = cols[pricing]["cards"][0]["id"]
    r = post(client, "/api/studies/checkout/board/move",
             {"statement_id": card, "to_theme": slow, "to_expected_version": stale})
    assert r.status_code == 409
    cols2, _ = columns(client)
    assert card in [c["id"] for c in cols2[pricing]["cards"]]


def test_rename_hide_merge_split(client, info):
    pricing, slow = info["themes"]["pricing"], info["themes"]["slow"]
    cols, _ = columns(client)
    r = post(client, f"/api/studies/checkout/themes/{slow}/hide",
             {"hidden": True, "expected_version": cols[slow]["version"]})
    assert r.status_code == 200
    assert slow not in columns(client)[0]
    assert "hidden" in client.get("/studies/checkout/board").text
    assert slow in {c["id"] for c in client.get("/studies/checkout/board.json?hidden=true").json()["columns"]}

    cols = {c["id"]: c for c in client.get("/studies/checkout/board.json?hidden=true").json()["columns"]}
    ids = [c["id"] for c in cols[pricing]["cards"]]
    r = post(client, f"/api/studies/checkout/themes/{pricing}/split",
             {"statement_ids": ids[:1], "name": "Spreadsheets", "expected_version": cols[pricing]["version"]})
    assert r.status_code == 200, r.text
    new = r.json()["new_theme"]
    cols = {c["id"]: c for c in client.get("/studies/checkout/board.json?hidden=true").json()["columns"]}
    assert cols[new]["title"] == "Spreadsheets" and [c["id"] for c in cols[new]["cards"]] == ids[:1]

    r = post(client, f"/api/studies/checkout/themes/{new}/merge",
             {"into": pricing, "into_expected_version": cols[pricing]["version"]})
    assert r.status_code == 200 and r.json()["removed"] == [new]
    cols = {c["id"]: c for c in client.get("/studies/checkout/board.json?hidden=true").json()["columns"]}
    assert new not in cols and len(cols[pricing]["cards"]) == len(ids)


def test_move_of_unknown_statement_is_404(client):
    r = post(client, "/api/studies/checkout/board/move", {"statement_id": 9999, "to_theme": None})
    assert r.status_code == 404

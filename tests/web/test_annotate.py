"""Highlights with tags, and notes (live-mode offsets), through the JSON endpoints."""

from __future__ import annotations

import pytest

from listenwell.domain.errors import InputError, NotFound
from listenwell.services.annotate import marked_pieces


def post(client, url, body):
    return client.post(url, json=body, headers={"X-CSRF-Token": client.csrf()})


def test_highlight_and_tag(client, info):
    iid = info["interviews"]["P1"]
    line = client.get(f"/interviews/{iid}.json").json()["lines"][1]
    start = line["text"].index("the pricing page")
    r = post(client, f"/api/interviews/{iid}/highlights",
             {"segment_id": line["id"], "start_char": start, "end_char": start + 16, "codes": ["pricing"]})
    assert r.status_code == 201, r.text
    h = r.json()
    assert h["snippet"] == "the pricing page" and h["codes"] == ["pricing"]
    assert line["start"] <= h["start"] < h["end"] <= line["end"]
    tagged = post(client, f"/api/highlights/{h['id']}/codes", {"code": "confusion"}).json()
    assert tagged["codes"] == ["confusion", "pricing"]
    page = client.get(f"/interviews/{iid}")
    assert f'<mark data-hl="{h["id"]}">the pricing page</mark>' in page.text
    data = client.get(f"/interviews/{iid}.json").json()
    assert data["codes"] == ["confusion", "pricing"]
    assert client.delete(f"/api/highlights/{h['id']}/codes/confusion",
                         headers={"X-CSRF-Token": client.csrf()}).json()["codes"] == ["pricing"]


def test_highlight_outside_the_line_is_400(client, info):
    iid = info["interviews"]["P1"]
    line = client.get(f"/interviews/{iid}.json").json()["lines"][1]
    r = post(client, f"/api/interviews/{iid}/highlights",
             {"segment_id": line["id"], "start_char": 5, "end_char": 10_000})
    assert r.status_code == 400 and "outside the line" in r.json()["error"]


def test_highlight_of_another_interviews_line_is_404(client, info):
    other = client.get(f"/interviews/{info['interviews']['P2']}.json").json()["lines"][1]
    r = post(client, f"/api/interviews/{info['interviews']['P1']}/highlights",
             {"segment_id": other["id"], "start_char": 0, "end_char": 3})
    assert r.status_code == 404


def test_bad_json_body_is_400(client, info):
    r = post(client, f"/api/interviews/{info['interviews']['P1']}/highlights", {"segment_id": "x"})
    assert r.status_code == 400 and "segment_id" in r.json()["error"]


def test_notes_with_offsets_sorted_by_time(client, info):
    iid = info["interviews"]["P1"]
    for text, offset in (("later", 20.0), ("earlier", 3.25), ("no time", None)):
        assert post(client, f"/api/interviews/{iid}/notes", {"text": text, "offset": offset}).status_code == 201
    notes = client.get(f"/interviews/{iid}.json").json()["notes"]
    assert [(n["text"], n["offset"]) for n in notes] == [("earlier", 3.25), ("later", 20.0), ("no time", None)]
    page = client.get(f"/interviews/{iid}").text
    assert 'data-offset="3.25"' in page
    r = client.delete(f"/api/notes/{notes[0]['id']}", headers={"X-CSRF-Token": client.csrf()})
    assert r.status_code == 200


def test_note_validation(ws, info):
    with pytest.raises(InputError):
        ws.add_note(info["interviews"]["P1"], "   ")
    with pytest.raises(InputError):
        ws.add_note(info["interviews"]["P1"], "x", offset=-1)
    with pytest.raises(NotFound):
        ws.add_note(999, "x")


def test_highlight_times_follow_words(ws, info):
    from listenwell.store.tables import SegmentRow

    iid = info["interviews"]["P1"]
    seg_id = ws.interview(iid).segments[1].id
    with ws.transaction() as s:
        seg = s.get(SegmentRow, seg_id)
        seg.text = "alpha beta gamma"
        seg.words = [["alpha", 5.0, 5.5, 0.9], [" beta", 6.0, 6.4, 0.9], [" gamma", 7.0, 7.5, 0.9]]
    h = ws.add_highlight(iid, seg_id, 6, 10, ["w"])
    assert (h.snippet, h.start, h.end) == ("beta", 6.0, 6.4)


def test_marked_pieces_keep_every_character():
    text = "one two three"
    pieces = marked_pieces(text, [(4, 7, 1), (5, 9, 2), (10, 13, 3)])
    assert "".join(t for t, _ in pieces) == text
    assert pieces == [("one ", None), ("two", 1), (" t", 2), ("h", None), ("ree", 3)]


def test_delete_a_highlight(client, info):
    iid = info["interviews"]["P1"]
    line = client.get(f"/interviews/{iid}.json").json()["lines"][1]
    h = post(client, f"/api/interviews/{iid}/highlights",
             {"segment_id": line["id"], "start_char": 0, "end_char": 5, "codes": ["x"]}).json()
    r = client.delete(f"/api/highlights/{h['id']}", headers={"X-CSRF-Token": client.csrf()})
    assert r.status_code == 200 and r.json() == {"deleted": h["id"]}
    assert client.get(f"/interviews/{iid}.json").json()["highlights"] == []
    again = client.delete(f"/api/highlights/{h['id']}", headers={"X-CSRF-Token": client.csrf()})
    assert again.status_code == 404


def test_unknown_job_is_404(client):
    assert client.get("/api/jobs/nope").status_code == 404


def test_who_an_interview_was_with_is_set_on_its_page(client, info):
    iid = info["interviews"]["P1"]
    page = client.get(f"/interviews/{iid}").text
    assert 'id="link-form"' in page and '<option value="P2">P2</option>' in page
    assert "Dana Smith" not in page  # roster names stay out of the page
    r = post(client, f"/api/interviews/{iid}/participants", {"pid": "P2", "speaker": "Dana"})
    assert r.status_code == 200, r.text
    assert sorted(r.json()["participants"]) == ["P1", "P2"]
    assert {s["name"]: s["participant"] for s in r.json()["speakers"]}["Dana"] == "P2"
    assert post(client, f"/api/interviews/{iid}/participants", {"pid": "P9"}).status_code == 404
    assert post(client, f"/api/interviews/{iid}/participants",
                {"pid": "P2", "speaker": "Interviewer"}).status_code == 400
    r = post(client, f"/api/interviews/{iid}/participants", {"pid": "P1", "remove": True})
    assert r.json()["participants"] == ["P2"]
    page = client.get(f"/interviews/{iid}").text
    assert '>P2</a> <small class="muted">(Dana)</small>' in page and '>P1</a>' not in page

"""Every page through the in-process client: HTML structure, and the same data as JSON."""

from __future__ import annotations

import lxml.html
import pytest


def doc(resp):
    assert resp.status_code == 200, resp.text[:500]
    assert resp.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(resp.text)


def test_root_redirects_to_studies(client):
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/studies"


def test_studies_page_lists_the_study(client):
    d = doc(client.get("/studies"))
    links = d.xpath("//li[contains(@class,'study-card')]//a/@href")
    assert links == ["/studies/checkout"]
    assert d.xpath("//meta[@name='csrf-token']/@content")[0]


@pytest.mark.parametrize("how", ["suffix", "accept"])
def test_studies_json_twin(client, how):
    r = client.get("/studies.json") if how == "suffix" else client.get(
        "/studies", headers={"Accept": "application/json"})
    assert r.headers["content-type"] == "application/json"
    assert r.json()["studies"][0]["slug"] == "checkout"
    assert r.json()["studies"][0]["interviews"] == 2


def test_study_overview_sections(client, info):
    d = doc(client.get("/studies/checkout"))
    for section in ("goals", "guide", "participants", "interviews", "coach", "themes", "downloads"):
        assert d.get_element_by_id(section) is not None, section
    assert [li.text_content() for li in d.xpath("//section[@id='goals']//li")] == [
        "Why do people abandon checkout?", "What worries them?"]
    hrefs = d.xpath("//section[@id='interviews']//a/@href")
    assert f"/interviews/{info['interviews']['P1']}" in hrefs
    themes = d.xpath("//section[@id='themes']//li")
    assert "pricing confusion" in themes[0].text_content()
    assert "single voice" in themes[1].text_content()


def test_study_overview_json(client):
    data = client.get("/studies/checkout.json").json()
    assert data["study"]["title"] == "Checkout study"
    assert {p["pid"] for p in data["participants"]} == {"P1", "P2"}
    assert data["themes"][0]["participants"] == 2


def test_unknown_study_is_404_in_both_forms(client):
    assert client.get("/studies/nope").status_code == 404
    r = client.get("/studies/nope.json")
    assert r.status_code == 404 and "nope" in r.json()["error"]


def test_interview_page_has_player_lines_and_panels(client, info):
    iid = info["interviews"]["P1"]
    d = doc(client.get(f"/interviews/{iid}"))
    audio = d.xpath("//audio[@id='player']")
    assert audio and audio[0].get("src") == f"/interviews/{iid}/media"
    lines = d.xpath("//ol[@id='lines']/li")
    assert len(lines) == 6
    assert lines[1].get("data-start") == "4.5"
    assert lines[1].xpath(".//span[@class='who']")[0].text == "Dana"
    assert lines[1].xpath(".//button[@class='time']")[0].text == "00:04"
    for panel in ("tagger", "highlights", "notes", "live-mode"):
        assert d.get_element_by_id(panel) is not None
    assert d.xpath("//script/@src") == ["/static/app.js", "/static/transcript.js"]


def test_interview_json(client, info):
    data = client.get(f"/interviews/{info['interviews']['P1']}.json").json()
    assert data["interview"]["media"]["kind"] == "audio"
    assert data["lines"][1]["speaker"] == "Dana"
    assert data["lines"][0]["role"] == "interviewer"


def test_interview_without_recording_says_so(client, info):
    d = doc(client.get(f"/interviews/{info['interviews']['P2']}"))
    assert not d.xpath("//audio") and "No recording" in d.text_content()


def test_board_page_columns_and_counts(client, info):
    d = doc(client.get("/studies/checkout/board"))
    cols = d.xpath("//div[@id='board']/section")
    assert [c.get("id") for c in cols] == [
        f"theme-{info['themes']['pricing']}", f"theme-{info['themes']['slow']}", "theme-none"]
    pricing, slow, outliers = cols
    assert pricing.xpath(".//span[@class='participants']")[0].text == "2"
    assert len(pricing.xpath(".//li[contains(@class,'note-card')]")) == 3
    assert pricing.xpath(".//span[contains(@class,'single')]")[0].get("hidden") is not None
    assert slow.xpath(".//span[contains(@class,'single')]")[0].get("hidden") is None
    card = pricing.xpath(".//li[contains(@class,'note-card')]")[0]
    assert card.get("draggable") == "true" and card.get("data-participant") == "P1"
    assert card.get("data-segment") == "frequent"


def test_board_json(client, info):
    data = client.get("/studies/checkout/board.json").json()
    assert [c["participants"] for c in data["columns"]] == [2, 1]
    assert data["outliers"]["cards"][0]["participant"] == "P2"


def test_search_page_results_link_to_lines(client):
    d = doc(client.get("/search?q=pricing"))
    results = d.xpath("//ol[@class='results']/li")
    assert len(results) == 3
    link = results[0].xpath(".//a[@class='result-link']")[0]
    assert link.get("href").startswith("/interviews/") and "#seg-" in link.get("href")
    assert [m.text for m in link.xpath(".//mark")] == ["pricing"]


def test_search_page_without_query_shows_form(client):
    d = doc(client.get("/search"))
    assert d.xpath("//form[@class='search-form']//input[@name='q']")
    assert not d.xpath("//ol[@class='results']")


def test_upload_form(client):
    d = doc(client.get("/studies/checkout/upload"))
    form = d.get_element_by_id("upload-form")
    assert form.get("enctype") == "multipart/form-data"
    assert form.xpath(".//input[@name='csrf_token']/@value")[0]


def test_static_files_served(client):
    for name in ("app.js", "transcript.js", "board.js", "upload.js", "style.css"):
        assert client.get(f"/static/{name}").status_code == 200


def test_missing_page_is_404_html(client):
    r = client.get("/no/such/page")
    assert r.status_code == 404 and "Nothing here" in r.text


def test_study_overview_links_downloads_and_coach(client):
    d = doc(client.get("/studies/checkout"))
    hrefs = d.xpath("//section[@id='downloads']//a/@href")
    assert "/studies/checkout/report.pdf" in hrefs and "/studies/checkout/export/qdpx" in hrefs
    assert d.get_element_by_id("coach-summary").get("data-src") == "/studies/checkout/coach.json"


@pytest.mark.parametrize("url,mime", [("/studies/checkout/report.md", "text/markdown"),
                                      ("/studies/checkout/export/csv", "application/zip"),
                                      ("/studies/checkout/export/qdpx", "application/zip")])
def test_downloads_are_attachments(client, url, mime):
    r = client.get(url)
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"].startswith(mime)
    assert r.headers["content-disposition"].startswith("attachment")
    assert len(r.content) > 100


def test_unknown_download_format_is_400(client):
    assert client.get("/studies/checkout/report.exe").status_code == 400
    assert client.get("/studies/checkout/export/../../etc").status_code in (400, 404)


def test_coach_page_and_json(client, info):
    data = client.get("/studies/checkout/coach.json").json()
    assert [c["id"] for c in data["interviews"]] == [info["interviews"]["P1"], info["interviews"]["P2"]]
    assert 0 < data["interviews"][0]["talk_share"] < 1
    d = doc(client.get("/studies/checkout/coach"))
    assert len(d.xpath("//table[@id='coach-table']/tbody/tr")) == 2


def test_coach_is_cached_until_the_interviews_change(client, ws, info):
    first = client.get("/studies/checkout/coach.json").json()
    assert client.get("/studies/checkout/coach.json").json() == first
    ws.set_interviewer(info["interviews"]["P1"], "Dana")  # roles swap: the measures change
    changed = client.get("/studies/checkout/coach.json").json()
    assert changed["interviews"][0]["talk_share"] != first["interviews"][0]["talk_share"]


def test_board_shows_a_limited_number_of_cards_per_column(client, info, monkeypatch):
    from listenwell.web.routes import board

    monkeypatch.setattr(board, "CARDS_SHOWN", 2)
    d = doc(client.get("/studies/checkout/board"))
    pricing = d.get_element_by_id(f"theme-{info['themes']['pricing']}")
    assert len(pricing.xpath(".//li[contains(@class,'note-card')]")) == 2
    assert pricing.get("data-more") == "1"
    assert pricing.xpath(".//span[@class='participants']")[0].text == "2"  # counted over all cards
    assert pricing.xpath(".//a[@class='more']/@href")[0].startswith("?cards=all")
    full = doc(client.get("/studies/checkout/board?cards=all"))
    assert len(full.get_element_by_id(f"theme-{info['themes']['pricing']}").xpath(".//li[contains(@class,'note-card')]")) == 3


def test_study_overview_shows_progress_against_the_saved_plan(client, ws, tmp_path):
    roster = tmp_path / "more.csv"
    roster.write_text("id,name,segment,plan\nP3,Lee Park,frequent,free\n")
    ws.import_roster(roster, "checkout")  # someone not interviewed yet
    before = doc(client.get("/studies/checkout"))
    assert "No saved recruitment plan" in before.get_element_by_id("participants").text_content()
    plan = ws.recruit_plan("checkout")
    data = client.get("/studies/checkout.json").json()["coverage"]
    assert data["plan"]["size"] == len(plan.chosen)
    done = [p.pid for p in plan.chosen if p.pid in {"P1", "P2"}]  # both have an interview
    assert data["plan"]["done"] == len(done)
    text = doc(client.get("/studies/checkout")).get_element_by_id("participants").text_content()
    assert f"Recruitment plan: {len(done)} of {len(plan.chosen)} interviewed" in text
    page = doc(client.get("/studies/checkout"))
    badges = {row.xpath("./td[1]/text()")[0].strip(): [b.text for b in row.xpath(".//span[contains(@class,'badge')]")]
              for row in page.xpath("//section[@id='participants']//tbody/tr")}
    assert all(badges[pid] == ["planned"] for pid in done)  # planned and interviewed
    assert badges["P3"] == ["planned", "not yet"]


def test_the_interview_kit_downloads_from_the_guide_panel(client, ws, tmp_path):
    none = client.get("/studies/checkout/kit.md")
    assert none.status_code == 404 and "no guide yet" in none.text  # said, not a 500
    guide = tmp_path / "guide.md"
    guide.write_text("## Paying\n- Tell me about the last time you paid online.\n  - What happened next?\n")
    ws.import_guide(guide, "checkout")
    hrefs = doc(client.get("/studies/checkout")).xpath("//section[@id='guide']//p[@class='kit']/a/@href")
    assert hrefs == ["/studies/checkout/kit.html", "/studies/checkout/kit.pdf", "/studies/checkout/kit.md"]
    r = client.get("/studies/checkout/kit.md")
    assert r.status_code == 200 and r.headers["content-disposition"].startswith("attachment")
    assert "Tell me about the last time you paid online." in r.text and "Note-taker sheet" in r.text
    assert client.get("/studies/checkout/kit.docx").status_code == 400


def test_a_guide_question_in_another_language_says_it_was_not_checked(client, ws, tmp_path):
    guide = tmp_path / "leitfaden.md"
    guide.write_text("## Einkaufen\n- Was ist Ihnen beim letzten Einkauf schwergefallen?\n"
                     "- Tell me about the last time you paid online.\n", encoding="utf-8")
    ws.import_guide(guide, "checkout")
    items = doc(client.get("/studies/checkout")).xpath("//section[@id='guide']//ol[@class='guide']/li")
    badges = [" ".join(li.xpath(".//span[@class='badge']/text()")) for li in items]
    assert badges == ["not checked: not in English", ""]

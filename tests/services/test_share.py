"""The share use cases on a real workspace: report in four formats, quotes, clips, reels,
exports, REFI-QDA round trip, redaction and consent, and bad input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from listenwell.domain.errors import Conflict, InputError
from listenwell.report.media_cut import probe
from listenwell.report.qdpx import read_qdpx
from listenwell.report.verbatim import check_quotes, quotes_in_html
from listenwell.services.share import ShareOptions, segment_texts
from tests.report.media_fixture import RATE, decode_audio
from tests.report.share_workspace import SECRETS, build_share_workspace


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    root = tmp_path_factory.mktemp("share")
    ws = build_share_workspace(root)
    yield root, ws
    ws.close()


@pytest.fixture(scope="module")
def reports(shared):
    root, ws = shared
    out = {}
    for ext in ("html", "pdf", "docx", "md"):
        out[ext] = root / f"report.{ext}"
        out[ext + "_model"] = ws.report("checkout", out[ext])
    return out


def text_of(path: Path) -> str:
    """What a reader of the file sees, as text."""
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in d.paragraphs] + cells)
    if path.suffix == ".qdpx":
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8") for n in z.namelist())
    if path.is_dir():
        return "\n".join(p.read_text(encoding="utf-8") for p in sorted(path.rglob("*")) if p.is_file())
    return path.read_text(encoding="utf-8")


def assert_no_secrets(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret.lower() not in text.lower(), f"{secret!r} leaked into {where}"


def verify_report_quotes(ws, model) -> None:
    """The verbatim check, on the report model."""
    ev = ws.evidence("checkout")
    assert check_quotes(model.all_quotes(), segment_texts(ev)) == []


# --- the report --------------------------------------------------------------------------------


def test_every_report_quote_is_verbatim(shared, reports):
    _, ws = shared
    ev = ws.evidence("checkout")
    for ext in ("html", "pdf", "docx", "md"):
        verify_report_quotes(ws, reports[ext + "_model"])
    html_quotes = quotes_in_html(reports["html"].read_text(encoding="utf-8"))
    assert len(html_quotes) == len(reports["html_model"].all_quotes()) > 5
    assert check_quotes(html_quotes, segment_texts(ev)) == []


def test_rendered_files_show_every_quote(reports):
    model = reports["md_model"]
    for ext in ("md", "docx", "pdf"):
        seen = " ".join(text_of(reports[ext]).split()).replace("\\", "")
        for q in model.all_quotes():
            words = " ".join(q.text.split())
            if ext == "pdf":  # pdftotext breaks lines; compare the first words
                words = " ".join(words.split()[:4])
            assert words in seen, f"{q.text!r} missing from {ext}"


def test_report_ranks_pain_by_distinct_participants(reports):
    r = reports["html_model"]
    assert r.findings[0].title == "Payment step fails" and r.findings[0].participants == 3
    assert r.findings[-1].single_voice and r.findings[-1].title == "Delivery speed"
    first = r.findings[0]
    assert 2 <= len(first.quotes) <= 4 and len({q.pid for q in first.quotes}) == len(first.quotes)
    assert {s.key for s in r.sections} == {"workarounds", "needs", "worries", "outliers"}
    assert r.method.goals and r.method.guide and r.method.caveats and r.method.mix


def test_html_is_self_contained_with_charts_and_clips(shared, reports):
    root, _ = shared
    html = reports["html"].read_text(encoding="utf-8")
    assert "<svg" in html and "@media print" in html and 'name="viewport"' in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "") and "<script" not in html
    assert "single voice" in html
    links = [q.clip_href for q in reports["html_model"].all_quotes() if q.clip_href]
    assert links and all((root / h).is_file() for h in links)
    # P2 did not agree to share recordings: no clip link for their quotes
    assert all(q.clip_href is None for q in reports["html_model"].all_quotes() if q.pid == "P2")


def test_pdf_pages_render(reports, tmp_path):
    pdf = reports["pdf"]
    assert pdf.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) >= 2
    from PIL import Image

    img = Image.open(pages[0]).convert("L")
    dark = sum(img.histogram()[:128])
    assert dark > 500  # text is drawn, not a blank page


def test_docx_is_readable(reports):
    d = docx.Document(str(reports["docx"]))
    heads = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert any("Payment step fails" in h for h in heads) and "Method" in heads


def test_no_roster_name_or_email_in_any_report(reports):
    for ext in ("html", "pdf", "docx", "md"):
        assert_no_secrets(text_of(reports[ext]), ext)


def test_no_redact_is_explicit(shared):
    root, ws = shared
    r = ws.report("checkout", root / "open.md", ShareOptions(redact=False))
    verify_report_quotes(ws, r)
    text = (root / "open.md").read_text()
    assert "anna.berg@example.com" in text
    assert "Anna Berg" not in text  # people still appear by pseudonym in attributions


def test_user_terms_are_redacted(shared):
    root, ws = shared
    r = ws.report("checkout", root / "terms.md", ShareOptions(terms=["spreadsheet"]))
    verify_report_quotes(ws, r)
    assert "spreadsheet" not in (root / "terms.md").read_text().lower()


# --- quotes ------------------------------------------------------------------------------------------


def test_quote_bank_filters_and_obeys_consent(shared):
    root, ws = shared
    ev = ws.evidence("checkout")
    with ws.transaction() as s:
        from listenwell.store.tables import ParticipantRow

        s.query(ParticipantRow).filter(ParticipantRow.pid == "P3").update({"consent_quotes": False})
    try:
        quotes = ws.quotes("checkout")
        assert quotes and "P3" not in {q.pid for q in quotes}
        r = ws.report("checkout", root / "noquote.md")
        verify_report_quotes(ws, r)
        assert "P3" not in {q.pid for q in r.all_quotes()}
        assert r.findings[0].participants == 3  # still counted
    finally:
        with ws.transaction() as s:
            s.query(ParticipantRow).filter(ParticipantRow.pid == "P3").update({"consent_quotes": True})
    wk = ws.quotes("checkout", kind="workaround")
    assert wk and all(q.insight_type == "workaround" for q in wk)
    assert check_quotes(wk, segment_texts(ev)) == []
    for ext in ("csv", "md"):
        ws.write_quotes("checkout", root / f"quotes.{ext}", theme="Payment step fails")
        text = (root / f"quotes.{ext}").read_text()
        assert "payment step failed again" in text.lower()
        assert_no_secrets(text, f"quotes.{ext}")


def test_a_consent_the_roster_never_asked_about_is_unknown_and_allows_as_before(shared, tmp_path):
    # a roster with no quotes or sharing column: not asked, which no quote or clip waits for
    root, ws = shared
    from listenwell.services.share import clip_spec
    from listenwell.store.tables import ParticipantRow

    with ws.transaction() as s:
        s.query(ParticipantRow).filter(ParticipantRow.pid == "P3").update(
            {"consent_quotes": None, "consent_share_recordings": None})
    try:
        ev = ws.evidence("checkout")
        p3 = next(p for p in ev.participants if p.pid == "P3")
        assert (p3.consent.quotes, p3.consent.share_recordings) == (None, None)
        assert "P3" in {q.pid for q in ws.quotes("checkout")}
        r = ws.report("checkout", root / "unasked.md")
        assert "P3" in {q.pid for q in r.all_quotes()}
        st = next(s for s in ev.statements if s.participant == "P3" and s.start is not None)
        assert clip_spec(ev, st, root, ShareOptions()).start == st.start  # no refusal
        out = ws.export("checkout", "json", tmp_path / "study.json")
        data = json.loads(out.read_text())
        consent = next(p["consent"] for p in data["participants"] if p["pid"] == "P3")
        assert consent == {"share_recordings": None, "quotes": None}
    finally:
        with ws.transaction() as s:
            s.query(ParticipantRow).filter(ParticipantRow.pid == "P3").update(
                {"consent_quotes": True, "consent_share_recordings": True})


# --- clips and reels -----------------------------------------------------------------------------------


def test_clip_of_non_consenting_participant_is_refused(shared, tmp_path):
    _, ws = shared
    p2 = next(s for s in ws.evidence("checkout").statements if s.participant == "P2")
    with pytest.raises(InputError, match="did not agree"):
        ws.clip("checkout", p2.id, tmp_path / "p2.mp4")
    assert not list(tmp_path.iterdir())


def test_clip_mutes_redacted_words(shared, tmp_path):
    _, ws = shared
    st = next(s for s in ws.evidence("checkout").statements if "anna.berg@example.com" in s.text)
    out = ws.clip("checkout", st.id, tmp_path / "email.m4a", ShareOptions(padding=0.0))
    x = decode_audio(out)
    iv = next(i for i in ws.evidence("checkout").interviews if i.id == st.interview_id)
    seg = next(s for s in iv.segments if s.id == st.segment_id)
    w = next(w for w in seg.words if "anna.berg" in w.text)
    a, b = int((w.start - st.start + 0.05) * RATE), int((w.end - st.start - 0.05) * RATE)
    import numpy as np

    assert float(np.sqrt(np.mean(x[a:b] ** 2))) < 0.01
    assert float(np.sqrt(np.mean(x[int(0.5 * RATE) : int(1.0 * RATE)] ** 2))) > 0.1
    # the unredacted clip keeps the sound
    y = decode_audio(ws.clip("checkout", st.id, tmp_path / "open.m4a", ShareOptions(padding=0.0, redact=False)))
    assert float(np.sqrt(np.mean(y[a:b] ** 2))) > 0.1


def test_reels_video_and_audio(shared, tmp_path):
    _, ws = shared
    path, picked = ws.reel("checkout", "Payment step fails", tmp_path / "reel.mp4")
    assert {q.pid for q in picked} == {"P1", "P3"}  # P2 opted out of sharing recordings
    info = probe(path)
    assert info.has_video and info.has_audio
    path, _ = ws.reel("checkout", "1", tmp_path / "reel.m4a")
    assert not probe(path).has_video


# --- exports ----------------------------------------------------------------------------------------------


def test_exports_have_tables_pages_and_json_without_personal_data(shared):
    root, ws = shared
    csv_dir = ws.export("checkout", "csv", root / "csv")
    assert sorted(p.name for p in csv_dir.iterdir()) == ["interviews.csv", "participants.csv", "quotes.csv", "statements.csv", "themes.csv"]
    md_dir = ws.export("checkout", "markdown", root / "md")
    index = (md_dir / "index.md").read_text()
    links = [line.split("](")[1].split(")")[0] for line in index.splitlines() if "](" in line]
    assert links and all((md_dir / link).is_file() for link in links)
    js = json.loads(ws.export("checkout", "json", root / "study.json").read_text())
    assert len(js["interviews"]) == 4 and js["themes"] and js["redacted"] is True
    qd = ws.export("checkout", "qdpx", root / "study.qdpx")
    for out in (csv_dir, md_dir, root / "study.json", qd):
        assert_no_secrets(text_of(out), out.name)


def test_qdpx_round_trip_is_identical(shared, tmp_path):
    _, ws = shared
    first = ws.export("checkout", "qdpx", tmp_path / "a.qdpx")
    result = ws.import_qdpx(first, "checkout-copy")
    assert result.codings > 0 and result.skipped == 0
    second = ws.export("checkout-copy", "qdpx", tmp_path / "b.qdpx")
    a, b = read_qdpx(first), read_qdpx(second)
    assert a.comparable() == b.comparable()
    assert len(a.codes) == 6 and sum(len(s.selections) for s in a.sources) == 10
    assert {p.pid: p.attributes.get("plan") for p in ws.participants("checkout-copy")} == {
        "P1": "free", "P2": "pro", "P3": "free", "P4": "pro"}
    with pytest.raises(Conflict):
        ws.import_qdpx(first, "checkout-copy")


# --- bad input ---------------------------------------------------------------------------------------------


def test_bad_input_is_one_clear_error_and_no_file(shared, tmp_path):
    root, ws = shared
    ws.create_study("Fresh", slug="fresh")
    with pytest.raises(InputError, match="not been analysed"):
        ws.report("fresh", tmp_path / "r.html")
    with pytest.raises(InputError, match="unknown theme"):
        ws.reel("checkout", "no such theme", tmp_path / "r.m4a")
    with pytest.raises(InputError, match="folder does not exist"):
        ws.report("checkout", tmp_path / "missing" / "r.html")
    with pytest.raises(InputError, match="format"):
        ws.report("checkout", tmp_path / "r.txt")
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(InputError):
        ws.import_qdpx(bad, "broken")
    assert "broken" not in {s.slug for s in ws.studies()}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.qdpx"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder(shared, tmp_path):
    _, ws = shared
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(InputError, match="permission"):
            ws.report("checkout", ro / "r.pdf")
    finally:
        ro.chmod(0o700)
        shutil.rmtree(ro)


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_unwritable_path_even_for_root(shared):
    _, ws = shared
    with pytest.raises(InputError, match="cannot write"):
        ws.report("checkout", Path("/proc/listenwell-report.html"))
    with pytest.raises(InputError, match="cannot write"):
        ws.export("checkout", "csv", Path("/proc/listenwell-csv"))


def test_term_list_reader(tmp_path):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from listenwell.services.share import read_terms

    good = tmp_path / "terms.txt"
    good.write_text("# our code names\nProject Falcon\n\n  Acme  \n", encoding="utf-8")
    assert read_terms(good) == ["Project Falcon", "Acme"]

    @settings(max_examples=50, deadline=None)
    @given(st.binary(max_size=200))
    def any_bytes(data):
        f = tmp_path / "any.txt"
        f.write_bytes(data)
        try:
            terms = read_terms(f)
        except InputError:
            return
        assert all(t and not t.startswith("#") for t in terms)

    any_bytes()


def test_report_view_is_the_same_model_without_files(shared, tmp_path):
    _, ws = shared
    view = ws.report_view("checkout", ShareOptions(top=2))
    assert [f.title for f in view.findings] == ["Payment step fails", "Data safety worries"]
    assert all(q.clip_href is None for q in view.all_quotes())
    verify_report_quotes(ws, view)


def test_embedded_clips_keep_the_html_one_file(shared, tmp_path):
    _, ws = shared
    out = tmp_path / "one.html"
    report = ws.report("checkout", out, ShareOptions(embed_clips=True))
    html = out.read_text(encoding="utf-8")
    embedded = [q for q in report.all_quotes() if q.clip_href]
    assert embedded and all(q.clip_href.startswith("data:") for q in embedded)
    assert html.count("<audio") + html.count("<video") == len(embedded)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.html"]  # no clip folder
    assert check_quotes(quotes_in_html(html), segment_texts(ws.evidence("checkout"))) == []


def test_failed_report_leaves_no_clip_folder(shared, tmp_path, monkeypatch):
    _, ws = shared
    import listenwell.services.share as share_service

    def boom(report, path):  # noqa: ANN001, ANN202
        raise InputError("disk full", file=str(path))

    monkeypatch.setattr(share_service, "write_report", boom)
    with pytest.raises(InputError):
        ws.report("checkout", tmp_path / "r.html")
    assert list(tmp_path.iterdir()) == []


def test_the_method_says_how_recruitment_followed_a_saved_plan(tmp_path):
    from listenwell.analysis.mix import MixOptions

    ws = build_share_workspace(tmp_path)
    try:
        before = ws.report_view("checkout").method.caveats
        assert not any(c.startswith("Recruitment") for c in before)  # no plan, nothing to say
        plan = ws.recruit_plan("checkout", MixOptions(size=2, seed=1, by=["plan"]))
        cov = ws.recruit_coverage("checkout")
        line = [c for c in ws.report_view("checkout").method.caveats if c.startswith("Recruitment")]
        assert len(line) == 1
        done = sum(p.interviewed for p in cov.planned)
        assert f"Plan of 2 made" in line[0] and f"{done} interviewed, {2 - done} to go" in line[0]
        assert len(cov.off_plan) == len(cov.interviewed) - done
        if cov.off_plan:
            assert f"{len(cov.off_plan)} interviewed outside the plan" in line[0]
        assert cov.plan_gaps and all(g in line[0] for g in cov.plan_gaps)
        assert [p.pid for p in plan.chosen] == [p.pid for p in cov.planned]
        md = tmp_path / "r.md"
        ws.report("checkout", md, ShareOptions(clips=False))
        assert line[0] in md.read_text(encoding="utf-8")
    finally:
        ws.close()

"""`listenwell guide`, `recruit` and `kit` through Typer's CliRunner on a real workspace."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from listenwell.cli.app import app
from listenwell.workspace import Workspace

GUIDE = """\
# Grocery app study
Length: 30 minutes

## Warm-up
- Tell me a bit about how your household does its food shopping.

## Planning the shop (goal: 1)
- Can you walk me through how you planned your last weekly shop?
  - What happened next?
- What gets in the way when you plan?
  - Can you give me another example?

## Paying (goal: 2)
- Tell me about the last time you paid for groceries online.
  - What did you do then?

## Wrap-up
- What should I have asked that I didn't?
"""

BAD_GUIDE = """\
## Questions
- Do you like our app?
  - Why didn't you use the planner?
- Would you pay for a meal plan?
"""

ROSTER = """\
id,name,email,status,sessions_per_month,last_active,nps,plan
P1,Ann Lee,ann@example.com,active,12,2026-05-28,10,pro
P2,Bo Chan,bo@example.com,active,9,2026-05-20,9,free
P3,Cy Diaz,cy@example.com,active,2,2026-05-02,8,free
P4,Di Ek,di@example.com,,1,2026-04-20,7,pro
P5,Ed Fox,ed@example.com,churned,0,2025-10-01,2,pro
P6,Flo Gu,flo@example.com,cancelled,0,2025-12-11,4,free
P7,Gus Ho,gus@example.com,trial,,,,free
P8,Hal Ito,hal@example.com,active,15,2026-05-30,10,pro
P9,Ida Jo,ida@example.com,active,20,2026-05-29,9,free
"""

TRANSCRIPT = """\
Interviewer: Can you walk me through how you planned your last weekly shop?
Ann: I made a list on Sunday and ordered on Monday.
Interviewer: What happened next?
Ann: The delivery came late.
"""

GOALS = ["Learn how households plan a weekly shop",
         "Understand why people abandon the basket at payment"]


@pytest.fixture()
def env(tmp_path: Path):
    ws_path = tmp_path / "ws"
    files = tmp_path / "files"
    files.mkdir()
    (files / "guide.md").write_text(GUIDE)
    (files / "bad.md").write_text(BAD_GUIDE)
    (files / "roster.csv").write_text(ROSTER)
    (files / "ann.txt").write_text(TRANSCRIPT)
    with Workspace.open(ws_path) as ws:
        ws.create_study("Grocery planning", goals=GOALS, planned_minutes=30)
        ws.import_roster(files / "roster.csv", study="grocery-planning")
        ws.import_transcripts([files / "ann.txt"], study="grocery-planning", participant="P1")
    return ws_path, files


def run(ws: Path, *args: str):
    return CliRunner().invoke(app, ["-w", str(ws), *args])


def test_guide_check_file_clean_and_problems(env) -> None:  # noqa: ANN001
    ws, files = env
    ok = run(ws, "guide", "check", str(files / "guide.md"), "--study", "grocery-planning")
    assert ok.exit_code == 0, ok.output
    assert "clean" in ok.output
    bad = run(ws, "guide", "check", str(files / "bad.md"), "--json")
    assert bad.exit_code == 3, bad.output
    data = json.loads(bad.output)
    verdicts = {q["text"]: q["verdict"] for q in data["questions"]}
    assert verdicts["Do you like our app?"] == "closed"
    assert verdicts["Would you pay for a meal plan?"] == "hypothetical"
    assert verdicts["Why didn't you use the planner?"] == "accusatory_why"
    closed = next(q for q in data["questions"] if q["text"] == "Do you like our app?")
    assert closed["problems"][0]["rewrite"]
    assert 2 <= len(closed["suggested_followups"]) <= 3
    plain = run(ws, "guide", "check", str(files / "bad.md"))
    assert plain.exit_code == 3 and "try:" in plain.output


def test_guide_import_show_and_stored_check(env) -> None:  # noqa: ANN001
    ws, files = env
    res = run(ws, "guide", "import", str(files / "guide.md"), "--study", "grocery-planning")
    assert res.exit_code == 0, res.output
    one = files / "one.md"
    one.write_text("## Paying\n- Do you like paying online?\n")
    said = run(ws, "guide", "import", str(one), "--study", "grocery-planning").output
    assert "1 section, 1 question." in said  # counted, not "1 sections, 1 questions"
    # import shows its check, as its help says, with the same counts as `guide check`
    checked = run(ws, "guide", "check", "--study", "grocery-planning").output
    assert "closed  Do you like paying online?" in said and checked.splitlines()[-1] in said
    res = run(ws, "guide", "import", str(files / "guide.md"), "--study", "grocery-planning")
    shown = run(ws, "guide", "show", "--study", "grocery-planning", "--json")
    assert json.loads(shown.output)["sections"][1]["title"] == "Planning the shop"
    stored = run(ws, "guide", "check", "--study", "grocery-planning")
    assert stored.exit_code == 0, stored.output
    with Workspace.open(ws) as w:
        assert len(w.guide("grocery-planning").questions) == 5


@pytest.mark.parametrize("content, needle", [
    ("", "empty"),
    ("# Just a title\n\nNo list here.\n", "no questions"),
])
def test_guide_bad_input_stores_nothing(env, content: str, needle: str) -> None:  # noqa: ANN001
    ws, files = env
    path = files / "broken.md"
    path.write_text(content)
    res = run(ws, "guide", "import", str(path), "--study", "grocery-planning")
    assert res.exit_code == 2
    assert needle in res.output and "broken.md" in res.output
    assert run(ws, "guide", "show", "--study", "grocery-planning").exit_code == 2  # still none


def test_a_guide_saved_as_pdf_is_refused_with_what_to_do(env) -> None:  # noqa: ANN001
    from weasyprint import HTML

    ws, files = env
    path = files / "guide.pdf"
    HTML(string="<h2>Planning</h2><ul><li>How did you plan your last shop?</li></ul>").write_pdf(path)
    res = run(ws, "guide", "import", str(path), "--study", "grocery-planning")
    assert res.exit_code == 2
    assert "guide.pdf" in res.output and "Word document (.docx)" in res.output
    assert run(ws, "guide", "show", "--study", "grocery-planning").exit_code == 2  # nothing stored


def _word_guide(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Grocery planning guide", 0)
    d.add_heading("Planning the shop", 1)
    d.add_paragraph("Can you walk me through how you planned your last weekly shop?", style="List Number")
    d.add_paragraph("What happened next?", style="List Bullet 2")
    bold = d.add_paragraph().add_run("Paying")
    bold.bold = True
    d.add_paragraph("Do you like our app?", style="List Bullet")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Tell me about the last time a payment failed?"
    table.cell(0, 1).text = "What did you do then?"
    d.save(path)
    return path


def test_a_guide_written_in_word(env) -> None:  # noqa: ANN001
    ws, files = env
    path = _word_guide(files / "guide.docx")
    res = run(ws, "guide", "check", str(path), "--json")
    assert res.exit_code == 3, res.output  # the closed question
    data = json.loads(res.output)
    mains = [(q["section"], q["text"], q["verdict"]) for q in data["questions"] if not q["followup"]]
    assert mains == [
        ("Planning the shop", "Can you walk me through how you planned your last weekly shop?", "open"),
        ("Paying", "Do you like our app?", "closed"),
        ("Paying", "Tell me about the last time a payment failed?", "open")]
    assert [q["text"] for q in data["questions"] if q["followup"]] == [
        "What happened next?", "What did you do then?"]
    assert run(ws, "guide", "import", str(path), "--study", "grocery-planning").exit_code == 0
    with Workspace.open(ws) as w:
        assert len(w.guide("grocery-planning").questions) == 3


def test_a_broken_word_guide_is_refused(env) -> None:  # noqa: ANN001
    ws, files = env
    path = files / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    res = run(ws, "guide", "import", str(path), "--study", "grocery-planning")
    assert res.exit_code == 2
    assert "broken.docx" in res.output and "Word document" in res.output
    assert run(ws, "guide", "show", "--study", "grocery-planning").exit_code == 2  # nothing stored


def test_recruit_plan(env, tmp_path: Path) -> None:  # noqa: ANN001
    ws, _ = env
    out = tmp_path / "plan.csv"
    args = ["recruit", "plan", "--study", "grocery-planning", "--size", "4", "--seed", "3",
            "--as-of", "2026-06-01", "--exclude-recent", "90d", "--by", "plan"]
    res = run(ws, *args, "--json", "-o", str(out))
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    pids = [c["pid"] for c in data["chosen"]]
    assert len(pids) == 4 and "P1" not in pids  # interviewed today
    usages = {c["segments"]["usage"] for c in data["chosen"]}
    assert usages == {"frequent", "occasional", "lapsed", "never_activated"}
    assert data["excluded"][0]["pid"] == "P1"
    rows = list(csv.DictReader(out.open()))
    assert [r["pid"] for r in rows] == pids
    again = json.loads(run(ws, *args, "--json").output)
    assert [c["pid"] for c in again["chosen"]] == pids
    table = run(ws, *args)
    assert table.exit_code == 0 and "left out P1" in table.output


def test_recruit_plan_as_an_invitation_list(env, tmp_path: Path) -> None:  # noqa: ANN001
    ws, _ = env
    base = ["recruit", "plan", "--study", "grocery-planning", "--size", "3", "--as-of", "2026-06-01"]
    out = tmp_path / "invite.csv"
    assert run(ws, *base, "--contacts", "-o", str(out)).exit_code == 0
    rows = list(csv.DictReader(out.open()))
    emails = {line.split(",")[0]: line.split(",")[2] for line in ROSTER.splitlines()[1:]}
    assert [r["email"] for r in rows] == [emails[r["pid"]] for r in rows] and rows[0]["name"]
    plain = tmp_path / "plain.csv"
    run(ws, *base, "-o", str(plain))
    assert "email" not in plain.read_text() and "@" not in plain.read_text()
    res = run(ws, *base, "--contacts")  # nowhere to put them
    assert res.exit_code == 2 and "-o plan.csv" in res.output


def test_recruit_thresholds(env) -> None:  # noqa: ANN001
    ws, _ = env
    base = ["recruit", "plan", "--study", "grocery-planning", "--as-of", "2026-06-01", "--json"]
    seg = lambda res: {c["pid"]: c["segments"]["usage"] for c in json.loads(res.output)["chosen"]}  # noqa: E731
    default = seg(run(ws, *base, "--size", "9"))
    assert default["P3"] == "occasional" and default["P4"] == "occasional"
    strict = seg(run(ws, *base, "--size", "9", "--frequent", "2", "--lapsed-after", "30d"))
    assert strict["P3"] == "frequent" and strict["P4"] == "lapsed"  # 42 days idle


def test_recruit_coverage_without_a_saved_plan(env) -> None:  # noqa: ANN001
    ws, _ = env
    res = run(ws, "recruit", "coverage", "--study", "grocery-planning", "--size", "8", "--json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["plan"] is None and data["even_plan_size"] == 8
    assert [p["pid"] for p in data["interviewed"]] == ["P1"]
    # one interview in: the segments not done yet are not warned about, the table says it
    assert not any("interviewed of" in w for w in data["warnings"]), data["warnings"]
    detractors = next(r for r in data["rows"] if r["value"] == "detractor")
    assert detractors["chosen"] == 0 and detractors["eligible"] > 0


def test_recruit_coverage_tracks_the_saved_plan(env, tmp_path: Path) -> None:  # noqa: ANN001
    ws, files = env
    base = ["recruit", "plan", "--study", "grocery-planning", "--as-of", "2026-06-01", "--json"]
    first = json.loads(run(ws, *base, "--size", "4", "--seed", "3", "--by", "plan").output)
    assert first["saved"] is True and first["replaced"] is None
    planned = [c["pid"] for c in first["chosen"]]
    trial = json.loads(run(ws, *base, "--size", "2", "--no-save").output)  # a look, not a new plan
    assert trial["saved"] is False

    who = next(pid for pid in planned if pid != "P1")
    (files / "b.txt").write_text(TRANSCRIPT.replace("Ann:", "Them:"))
    with Workspace.open(ws) as w:
        w.import_transcripts([files / "b.txt"], study="grocery-planning", participant=who)
    res = run(ws, "recruit", "coverage", "--study", "grocery-planning", "--json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["plan"]["size"] == 4 and data["plan"]["as_of"] == "2026-06-01"
    assert [p["pid"] for p in data["plan"]["people"]] == planned
    done = [pid for pid in planned if pid in (who, "P1")]  # P1 was interviewed before the plan
    assert [p["pid"] for p in data["plan"]["people"] if p["interviewed"]] == done
    assert [p["pid"] for p in data["off_plan"]] == (["P1"] if "P1" not in planned else [])
    assert "plan" in data["dimensions"]  # --by plan, from the saved plan
    waiting = [pid for pid in planned if pid not in done]
    assert data["to_go"] == waiting and not any(pid in w for w in data["warnings"] for pid in waiting)
    table = run(ws, "recruit", "coverage", "--study", "grocery-planning")
    assert "Plan of 4" in table.output and f"{len(done)} interviewed, {len(waiting)} to go" in table.output
    assert f"Still to interview ({len(waiting)}): {', '.join(waiting)}" in table.output
    assert "not yet" in table.output
    assert "remaining" in table.output and "eligible" not in table.output  # roster people not seen yet

    # plan options do not apply to a saved plan: said so, exit 2
    res = run(ws, "recruit", "coverage", "--study", "grocery-planning", "--size", "8")
    assert res.exit_code == 2 and "saved plan" in res.output and "recruit plan" in res.output
    assert res.output.startswith("error: --size:")  # the option given is named

    again = json.loads(run(ws, *base, "--size", "3").output)
    assert again["replaced"] is not None
    data = json.loads(run(ws, "recruit", "coverage", "--study", "grocery-planning", "--json").output)
    assert [p["pid"] for p in data["plan"]["people"]] == [c["pid"] for c in again["chosen"]]
    assert "plan" not in data["dimensions"]


@pytest.mark.parametrize("args, needle", [
    (["--by", "region"], "no column 'region'"),
    (["--exclude-recent", "soon"], "not a duration"),
    (["--as-of", "June"], "not a date"),
    (["-o", "plan.xlsx"], ".csv"),
    (["--leave-out", "P1,P404"], "--leave-out: no participant 'P404' in the roster"),
])
def test_recruit_bad_input(env, args: list[str], needle: str) -> None:  # noqa: ANN001
    ws, _ = env
    res = run(ws, "recruit", "plan", "--study", "grocery-planning", *args)
    assert res.exit_code == 2
    assert needle in res.output


def test_as_of_reads_a_day_written_day_first_as_interviews_date_does(env) -> None:  # noqa: ANN001
    ws, _ = env
    res = run(ws, "recruit", "plan", "--study", "grocery-planning", "--size", "2", "--no-save", "--as-of", "29/11/2026")
    assert res.exit_code == 0, res.output
    both = run(ws, "recruit", "plan", "--study", "grocery-planning", "--no-save", "--as-of", "04/10/2026")
    assert both.exit_code == 2 and "2026-04-10 or 2026-10-04" in " ".join(both.output.split()), both.output

def test_a_bad_date_or_nps_in_a_roster_is_refused_when_it_is_imported(env, tmp_path: Path) -> None:  # noqa: ANN001
    ws, files = env
    with Workspace.open(ws) as w:
        w.create_study("Other")
    for name, text, words in (("r2.csv", "id,last_active\nQ0,2026-05-01\nQ1,last tuesday\n", ("Q1", "last_active")),
                              ("r3.csv", "id,NPS (latest)\nQ0,8\nQ1,11\n", ("Q1", "nps (latest)", "11"))):
        (files / name).write_text(text)
        res = run(ws, "participants", "import", str(files / name), "--study", "other")
        assert res.exit_code == 2 and name in res.output and all(w in res.output for w in words), res.output
    with Workspace.open(ws) as w:
        assert w.participants("other") == []  # nothing stored


def test_kit(env, tmp_path: Path) -> None:  # noqa: ANN001
    ws, files = env
    assert run(ws, "kit", "--study", "grocery-planning", "-o", str(tmp_path / "k.html")).exit_code == 2
    run(ws, "guide", "import", str(files / "guide.md"), "--study", "grocery-planning")
    for name in ("k.html", "k.md"):
        res = run(ws, "kit", "--study", "grocery-planning", "-o", str(tmp_path / name))
        assert res.exit_code == 0, res.output
    html = (tmp_path / "k.html").read_text()
    assert "Note-taker sheet" in html and "Planning the shop" in html
    assert "- What should I have asked that I didn't?" in (tmp_path / "k.md").read_text()  # the guide's own closing
    bad = run(ws, "kit", "--study", "grocery-planning", "-o", str(tmp_path / "k.txt"))
    assert bad.exit_code == 2


def test_kit_on_letter_paper_in_large_print(env, tmp_path: Path) -> None:  # noqa: ANN001
    ws, files = env
    run(ws, "guide", "import", str(files / "guide.md"), "--study", "grocery-planning")
    res = run(ws, "kit", "--study", "grocery-planning", "-o", str(tmp_path / "big.html"), "--paper", "Letter",
              "--large-print")
    assert res.exit_code == 0, res.output
    big = (tmp_path / "big.html").read_text()
    assert "size: letter;" in big and "font-size: 14pt" in big
    run(ws, "kit", "--study", "grocery-planning", "-o", str(tmp_path / "small.html"))
    small = (tmp_path / "small.html").read_text()
    assert "size: A4;" in small and "font-size: 14pt" not in small
    bad = run(ws, "kit", "--study", "grocery-planning", "-o", str(tmp_path / "k.html"), "--paper", "A5")
    assert bad.exit_code == 2 and "a4, letter" in bad.output and not (tmp_path / "k.html").exists()


def test_a_kit_pdf_whose_lines_print_as_boxes_exits_3(env, tmp_path: Path) -> None:  # noqa: ANN001
    if not shutil.which("fc-list") or subprocess.run(["fc-list", ":lang=th"], capture_output=True,
                                                     text=True).stdout.strip():
        pytest.skip("needs fontconfig and no Thai font installed")
    ws, files = env
    (files / "th.md").write_text("## 1. การสั่งซื้อ (10 นาที)\n- ครั้งล่าสุดที่คุณสั่งของผ่านแอป เกิดอะไรขึ้นบ้าง?\n")
    run(ws, "guide", "import", str(files / "th.md"), "--study", "grocery-planning")
    res = run(ws, "kit", "--study", "grocery-planning", "-o", str(tmp_path / "k.pdf"))
    assert res.exit_code == 3, res.output
    assert (tmp_path / "k.pdf").read_bytes().startswith(b"%PDF")  # written, for a look; not one to hand out
    assert "empty boxes" in res.output and "fonts-thai-tlwg" in res.output
    # the HTML, which the browser draws with its own fonts, is fine
    assert run(ws, "kit", "--study", "grocery-planning", "-o", str(tmp_path / "k.html")).exit_code == 0


def test_subprocess_guide_check(env) -> None:  # noqa: ANN001
    """The README command, as a real process: exit 3 on problems."""
    _, files = env
    src = Path(__file__).resolve().parents[2] / "src"
    envvars = {**os.environ, "PYTHONPATH": str(src)}
    proc = subprocess.run([sys.executable, "-m", "listenwell.cli.app", "guide", "check",
                           str(files / "bad.md")], capture_output=True, text=True, env=envvars)
    assert proc.returncode == 3, proc.stderr
    assert "closed" in proc.stdout


def test_a_guide_in_another_language_is_not_given_english_verdicts(tmp_path: Path) -> None:
    guide = tmp_path / "leitfaden.md"
    guide.write_text("## Einkaufen\n- Was ist Ihnen beim letzten Einkauf schwergefallen?\n"
                     "  - Wie ging es danach weiter?\n", encoding="utf-8")
    res = run(tmp_path / "ws", "guide", "check", str(guide))
    # nothing flagged (before, every question was "closed"), but nothing was checked either: not
    # "clean", and not the exit code of a clean guide, which a CI gate would pass
    assert res.exit_code == 4, res.output
    said = " ".join(res.output.split())
    assert "clean" not in said
    assert said.endswith("1 question and 1 probe not checked: the guide is in German, and the checks read "
                         "English only; 0 guide issues"), said
    data = json.loads(run(tmp_path / "ws", "guide", "check", str(guide), "--json").output)
    assert {q["verdict"] for q in data["questions"]} == {"not_checked"}
    assert not any(q["checked"] for q in data["questions"])
    assert data["clean"] is False and data["not_checked"] == 2 and data["language"] == "German"


def test_a_question_left_in_another_language_keeps_an_english_guide_from_being_called_clean(tmp_path: Path) -> None:
    guide = tmp_path / "guide.md"
    guide.write_text("## Renting a bike\n- Tell me about the last time you rented a bike.\n  - What happened next?\n"
                     "- ¿Cómo eligió la tienda donde lo alquiló?\n", encoding="utf-8")
    res = run(tmp_path / "ws", "guide", "check", str(guide))
    assert res.exit_code == 4, res.output
    said = " ".join(res.output.split())
    assert "clean" not in said and said.endswith("; 1 question not checked: not in English, and the checks "
                                                 "read English only"), said
    # problems found come first: exit 3, whatever else was not checked
    guide.write_text(guide.read_text(encoding="utf-8") + "- Do you like the app?\n", encoding="utf-8")
    assert run(tmp_path / "ws", "guide", "check", str(guide)).exit_code == 3


ANON = """\
Speaker 1  0:01
Can you walk me through how you planned your last weekly shop?

Speaker 2  0:06
I did not plan it, I just went.

Speaker 1  0:11
What happened next?

Speaker 2  0:15
I forgot the milk.
"""


def test_an_interview_the_names_did_not_link_is_linked_by_hand(env, tree_snapshot) -> None:  # noqa: ANN001
    ws, files = env
    (files / "GMT20260601-101500_Recording.txt").write_text(ANON)
    imported = run(ws, "import", str(files / "GMT20260601-101500_Recording.txt"), "--study", "grocery-planning")
    assert imported.exit_code == 0, imported.output
    said = " ".join(imported.output.split())
    assert "no roster match" in said and "interviews link 2 PARTICIPANT_ID" in said

    cov = json.loads(run(ws, "recruit", "coverage", "--study", "grocery-planning", "--json").output)
    assert [p["pid"] for p in cov["interviewed"]] == ["P1"]
    assert any(w.startswith("1 interview is linked to nobody") and "2 (GMT20260601-101500_Recording)" in w
               for w in cov["warnings"])

    before = tree_snapshot(ws)
    for args, needle in [(["P99"], "P99"), (["P5", "--speaker", "Speaker 9"], "Speaker 9"),
                         (["P5", "--speaker", "Speaker 1"], "interviewer"),
                         (["P5", "--remove", "--speaker", "Speaker 2"], "--speaker")]:
        bad = run(ws, "interviews", "link", "2", *args)
        assert bad.exit_code != 0 and needle in bad.output, bad.output
    assert run(ws, "interviews", "link", "7", "P5").exit_code != 0
    assert tree_snapshot(ws) == before

    done = json.loads(run(ws, "interviews", "link", "2", "P5", "--speaker", "Speaker 2", "--json").output)
    assert done["participants"] == ["P5"]
    assert {s["name"]: s["participant"] for s in done["speakers"]} == {"Speaker 1": None, "Speaker 2": "P5"}
    cov = json.loads(run(ws, "recruit", "coverage", "--study", "grocery-planning", "--json").output)
    assert [p["pid"] for p in cov["interviewed"]] == ["P1", "P5"]
    assert not any("linked to nobody" in w for w in cov["warnings"])

    undone = run(ws, "interviews", "link", "2", "P5", "--remove")
    assert undone.exit_code == 0 and "nobody on the roster" in " ".join(undone.output.split())
    cov = json.loads(run(ws, "recruit", "coverage", "--study", "grocery-planning", "--json").output)
    assert [p["pid"] for p in cov["interviewed"]] == ["P1"]


def test_naming_a_speaker_after_a_roster_person_links_them(env) -> None:  # noqa: ANN001
    ws, files = env
    (files / "call.txt").write_text(ANON)
    run(ws, "import", str(files / "call.txt"), "--study", "grocery-planning")
    res = run(ws, "interviews", "speakers", "2", "--rename", "Speaker 2=Ed Fox (Guest)", "--json")
    assert res.exit_code == 0, res.output
    assert {s["name"]: s["participant"] for s in json.loads(res.output)}["Ed Fox (Guest)"] == "P5"
    listed = json.loads(run(ws, "interviews", "list", "--study", "grocery-planning", "--json").output)
    assert [i["participants"] for i in listed] == [["P1"], ["P5"]]


def test_a_roster_with_nothing_to_segment_says_which_columns_could_be(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,country\nQ1,Ann Lee,FR\nQ2,Bo Chan,BE\nQ3,Cy Diaz,CA\n")
    assert run(ws, "study", "create", "Bare roster").exit_code == 0
    assert run(ws, "participants", "import", str(roster), "--study", "bare-roster").exit_code == 0
    for args in (["recruit", "plan", "--size", "2", "--no-save"], ["recruit", "coverage"]):
        res = run(ws, *args, "--study", "bare-roster")
        said = " ".join(res.output.split())
        assert res.exit_code == 0 and "no segments to balance" in said and "(this roster has: country)" in said
        assert "segment ┃ value" not in res.output  # no empty table of segments


def test_a_hint_that_names_a_command_carries_the_workspace_the_user_named(env, tmp_path: Path) -> None:  # noqa: ANN001
    ws, _files = env
    res = run(ws, "kit", "--study", "grocery-planning", "-o", str(tmp_path / "k.md"))  # no guide yet
    assert res.exit_code == 2
    assert f"`listenwell -w {ws} guide import guide.md --study grocery-planning`" in res.output


def test_coverage_quotes_the_link_command_with_the_workspace_the_user_named(env) -> None:  # noqa: ANN001
    ws, files = env
    (files / "call.txt").write_text(ANON)
    assert run(ws, "import", str(files / "call.txt"), "--study", "grocery-planning").exit_code == 0
    res = CliRunner().invoke(app, ["-w", str(ws), "recruit", "coverage", "--study", "grocery-planning"],
                             env={"COLUMNS": "400"})
    assert f"`listenwell -w {ws} interviews link ID PARTICIPANT_ID`" in res.output, res.output


def test_kit_says_on_the_terminal_what_the_check_flagged_and_when_it_runs_over(env, tmp_path: Path) -> None:  # noqa: ANN001
    ws, files = env
    timed = files / "timed.md"
    timed.write_text("## Shopping (20 min)\n- Do you like our app?\n- Tell me about your last shop.\n"
                     "  - What happened next?\n\n## Paying (15 min)\n- Tell me about the last time you paid.\n"
                     "  - What happened next?\n")
    run(ws, "guide", "import", str(timed), "--study", "grocery-planning")
    res = run(ws, "kit", "--study", "grocery-planning", "-o", str(tmp_path / "k.md"))
    assert res.exit_code == 0, res.output
    out = " ".join(res.output.split())
    assert "1 of 3 questions have problems the check found" in out
    assert f"`listenwell -w {ws} guide check --study grocery-planning`" in out
    # the guide's own 35 minutes already pass the planned 30: no warm-up of the kit's on top
    assert "warning: The kit runs about 43 minutes, 13 over the planned 30" in out
    kit = (tmp_path / "k.md").read_text()
    assert "- Do you like our app?\n" in kit and "Warm-up" not in kit  # as written


def test_guide_show_keeps_the_notes_and_the_minutes_it_stored(env) -> None:  # noqa: ANN001
    ws, files = env
    noted = files / "noted.md"
    noted.write_text("# Guide\n\nNever mention the discount.\n\n## Shopping (12 min)\n"
                     "- [only if they shop online] Tell me about your last order.\n- Thank them for the detail.\n")
    run(ws, "guide", "import", str(noted), "--study", "grocery-planning")
    shown = run(ws, "guide", "show", "--study", "grocery-planning").output
    assert "note: Never mention the discount." in shown and "Shopping (12 min)" in shown
    assert "- [only if they shop online] Tell me about your last order." in shown
    assert "note: Thank them for the detail." in shown
    data = json.loads(run(ws, "guide", "show", "--study", "grocery-planning", "--json").output)
    assert data["notes"] == ["Never mention the discount."] and data["sections"][0]["minutes"] == 12


def test_guide_check_json_carries_the_planned_minutes_it_measured_against(env) -> None:  # noqa: ANN001
    ws, files = env
    res = run(ws, "guide", "check", str(files / "guide.md"), "--study", "grocery-planning", "--json")
    assert json.loads(res.output)["planned_minutes"] == 30  # the study's, as in the text output
    res = run(ws, "guide", "check", str(files / "guide.md"), "--minutes", "20", "--json")
    assert json.loads(res.output)["planned_minutes"] == 20


def test_guide_check_without_a_study_says_the_sections_goals_were_not_checked(env) -> None:  # noqa: ANN001
    ws, files = env
    alone = run(ws, "guide", "check", str(files / "guide.md"))
    assert "add --study SLUG" in " ".join(alone.output.split())
    with_study = run(ws, "guide", "check", str(files / "guide.md"), "--study", "grocery-planning")
    assert "add --study" not in with_study.output
    assert "add --study" not in run(ws, "guide", "check", str(files / "bad.md")).output  # it names no goals


def test_no_usage_balances_only_on_what_is_named_and_the_saved_plan_keeps_it(env) -> None:  # noqa: ANN001
    ws, _ = env
    base = ["recruit", "plan", "--study", "grocery-planning", "--size", "4", "--as-of", "2026-06-01", "--by", "plan"]
    usual = json.loads(run(ws, *base, "--json", "--no-save").output)
    assert "usage" in usual["dimensions"]
    res = run(ws, *base, "--no-usage", "--json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert "usage" not in data["dimensions"] and "plan" in data["dimensions"]
    assert all("usage" not in c["segments"] for c in data["chosen"])
    from listenwell.store.recruitment import load_plan
    from listenwell.store.studies import get_study_row
    with Workspace.open(ws) as w, w.transaction() as session:
        saved = load_plan(session, get_study_row(session, "grocery-planning").id)
        assert saved is not None and saved.options.balance_usage is False
    clash = run(ws, *base, "--no-usage", "--mix", "usage=lapsed:2")
    assert clash.exit_code == 2 and "--no-usage" in clash.output


def test_a_leading_form_in_a_guide_in_another_language_is_told_and_exits_3(tmp_path: Path) -> None:
    guide = tmp_path / "guide.md"
    guide.write_text("# Réserver un terrain\n\n## Échauffement\n- Racontez-moi votre dernière réservation au club.\n"
                     "- Vous ne trouvez pas que le nouveau site est beaucoup plus simple ?\n"
                     "  - Qu'est-ce qui vous fait dire ça ?\n", encoding="utf-8")
    res = run(tmp_path / "ws", "guide", "check", str(guide))
    assert res.exit_code == 3, res.output  # a problem found: the CI gate fails, not "not checked" only
    said = " ".join(res.output.split())
    assert "leading Vous ne trouvez pas que le nouveau site est beaucoup plus simple ?" in said
    assert "a leading form in French" in said and "(but 1 in a leading form: see above)" in said
    data = json.loads(run(tmp_path / "ws", "guide", "check", str(guide), "--json").output)
    assert [q["verdict"] for q in data["questions"]] == ["not_checked", "leading", "not_checked"]
    assert not any(q["checked"] for q in data["questions"])
    # an accusatory "why not" beside it, told and counted as what it is
    guide.write_text(guide.read_text(encoding="utf-8") + "- Pourquoi n'avez-vous pas réservé en ligne ?\n", encoding="utf-8")
    res = run(tmp_path / "ws", "guide", "check", str(guide))
    said = " ".join(res.output.split())
    assert res.exit_code == 3 and "an accusatory form in French" in said
    assert "(but 2 in a leading or accusatory form: see above)" in said


def test_guide_check_and_the_kit_count_flagged_probes_apart_from_questions(env, tmp_path: Path) -> None:  # noqa: ANN001
    ws, files = env
    guide = files / "probes.md"
    guide.write_text("## Ordering (20 min)\n- Tell me about your last order.\n"
                     "  - Where were you, and what else was going on that day?\n  - What happened next?\n"
                     "- Do you like our app?\n")
    said = " ".join(run(ws, "guide", "check", str(guide)).output.split())
    assert "2 questions, 1 with problems, 1 of 2 probes with problems, " in said, said
    run(ws, "guide", "import", str(guide), "--study", "grocery-planning")
    out = " ".join(run(ws, "kit", "--study", "grocery-planning", "-o", str(tmp_path / "k.md")).output.split())
    assert "1 of 2 questions and 1 of 2 probes have problems the check found" in out, out


def test_an_adult_age_is_kept_with_the_saved_plan_and_a_wrong_one_refused(env) -> None:  # noqa: ANN001
    ws, _ = env
    base = ["recruit", "plan", "--study", "grocery-planning", "--size", "4", "--as-of", "2026-06-01"]
    res = run(ws, *base, "--adult-age", "20", "--json")
    assert res.exit_code == 0, res.output
    from listenwell.store.recruitment import load_plan
    from listenwell.store.studies import get_study_row
    with Workspace.open(ws) as w, w.transaction() as session:
        saved = load_plan(session, get_study_row(session, "grocery-planning").id)
        assert saved is not None and saved.options.adult_age == 20
    bad = run(ws, *base, "--adult-age", "15")
    assert bad.exit_code == 2 and "--adult-age 15" in bad.output, bad.output
    # planned again without it: the saved plan's age holds
    assert run(ws, *base, "--seed", "2").exit_code == 0
    with Workspace.open(ws) as w, w.transaction() as session:
        saved = load_plan(session, get_study_row(session, "grocery-planning").id)
        assert saved is not None and saved.options.adult_age == 20


def test_an_adult_age_of_20_is_the_one_the_plan_names_and_coverage_rechecks(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "members.csv"
    head = "member_id,visits_30d,age_range,age\n"
    rows = [f"M{i},5,,{40 + i}" for i in range(5)] + ["Y1,5,18-24,"]
    roster.write_text(head + "\n".join(rows) + "\n")
    assert run(ws, "study", "create", "Clinic visits").exit_code == 0
    assert run(ws, "participants", "import", str(roster), "--study", "clinic-visits").exit_code == 0
    res = run(ws, "recruit", "plan", "--study", "clinic-visits", "--size", "6", "--as-of", "2026-06-01",
              "--adult-age", "20")
    out = " ".join(res.output.split())
    assert res.exit_code == 0, res.output
    assert "1 of the 6 chosen may be under 20: Y1 (age_range: 18-24, an age band that reaches under 20" in out, out
    assert "under 18" not in out, out
    # the roster again, with an age for M0 that only the plan's 20 leaves out: coverage says so
    roster.write_text(head + "\n".join(["M0,5,,19", *rows[1:]]) + "\n")
    assert run(ws, "participants", "import", str(roster), "--study", "clinic-visits").exit_code == 0
    cov = run(ws, "recruit", "coverage", "--study", "clinic-visits")
    out = " ".join(cov.output.split())
    assert cov.exit_code == 0 and "now left out by the roster: M0 (under 20 (age: 19))" in out, out
    # a study without a saved plan takes the age for coverage too, refused outside 18-21
    assert run(ws, "study", "create", "Walk-ins").exit_code == 0
    assert run(ws, "participants", "import", str(roster), "--study", "walk-ins").exit_code == 0
    bad = run(ws, "recruit", "coverage", "--study", "walk-ins", "--adult-age", "16")
    assert bad.exit_code == 2 and "--adult-age 16" in bad.output, bad.output
    ok = run(ws, "recruit", "coverage", "--study", "walk-ins", "--adult-age", "20", "--json")
    assert ok.exit_code == 0, ok.output
    assert sum(r["eligible"] for r in json.loads(ok.output)["rows"] if r["dimension"] == "usage") == 5, ok.output


def test_a_failed_lookup_is_kept_and_named_when_the_plan_picks_them(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "riders.csv"
    head = "rider_id,trips_30d,account_status,safety_notes,favourite_route\n"
    rows = [f"R{i},4,active,,route {i}" for i in range(4)]
    roster.write_text(head + "\n".join([*rows, "R8,4,#N/A,#N/A,route 8", "R9,4,active,,#N/D"]) + "\n")
    assert run(ws, "study", "create", "Night rides").exit_code == 0
    imp = run(ws, "participants", "import", str(roster), "--study", "night-rides")
    assert imp.exit_code == 0 and "R8" in imp.output, imp.output
    res = run(ws, "recruit", "plan", "--study", "night-rides", "--size", "6", "--as-of", "2026-06-01", "--json")
    assert res.exit_code == 0, res.output
    warnings = json.loads(res.output)["warnings"]
    deciding = [w for w in warnings if "in a column that decides who is left out" in w]
    assert len(deciding) == 1 and "R8 (account_status, safety_notes)" in deciding[0], warnings
    assert "so what they hold is unknown" in deciding[0], deciding
    other = [w for w in warnings if "lookup fail (#N/A) in some columns" in w]
    assert len(other) == 1 and "R9 (favourite_route)" in other[0] and "R8" not in other[0], warnings
    # the sheet fixed and exported again: the lookups found their rows, and the plan names nobody
    roster.write_text(head + "\n".join([*rows, "R8,4,active,,route 8", "R9,4,active,,route 9"]) + "\n")
    assert run(ws, "participants", "import", str(roster), "--study", "night-rides").exit_code == 0
    res = run(ws, "recruit", "plan", "--study", "night-rides", "--size", "6", "--as-of", "2026-06-01", "--json")
    assert res.exit_code == 0 and not any("#N/A" in w for w in json.loads(res.output)["warnings"]), res.output


def test_no_nps_leaves_the_recommend_score_out_of_the_balance_and_the_saved_plan_keeps_it(env) -> None:  # noqa: ANN001
    ws, _ = env
    base = ["recruit", "plan", "--study", "grocery-planning", "--size", "4", "--as-of", "2026-06-01", "--by", "plan"]
    usual = json.loads(run(ws, *base, "--json", "--no-save").output)
    assert "sentiment" in usual["dimensions"]
    res = run(ws, *base, "--no-nps", "--json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert "sentiment" not in data["dimensions"] and "usage" in data["dimensions"]
    assert not any("NPS column" in w for w in data["warnings"])  # asked for, not missing
    from listenwell.store.recruitment import load_plan
    from listenwell.store.studies import get_study_row
    with Workspace.open(ws) as w, w.transaction() as session:
        saved = load_plan(session, get_study_row(session, "grocery-planning").id)
        assert saved is not None and saved.options.balance_nps is False
    clash = run(ws, *base, "--no-nps", "--mix", "sentiment=promoter:2")
    assert clash.exit_code == 2 and "--no-nps" in clash.output


def test_a_closed_yes_no_form_in_a_croatian_guide_is_told_and_named_in_the_summary(tmp_path: Path) -> None:
    guide = tmp_path / "vodic.md"
    guide.write_text("# Parkiranje\n\n## Plaćanje (10 min)\n- Ispričajte mi kako ste zadnji put platili parking.\n"
                     "- Jeste li koristili SMS za plaćanje?\n", encoding="utf-8")
    res = run(tmp_path / "ws", "guide", "check", str(guide))
    said = " ".join(res.output.split())
    assert res.exit_code == 3 and "a closed form in Serbian, Croatian or Bosnian" in said
    assert "(but 1 in a closed form: see above)" in said

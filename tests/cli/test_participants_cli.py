"""`listenwell participants list` through Typer's CliRunner on a real workspace: what a shared
listing holds, and that it agrees with the study's plan."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from listenwell.cli.app import app
from listenwell.workspace import Workspace

# a mobile game's roster: Unix-time last seen, a phone column, long ids and many columns
ROSTER = """\
user_id,display_name,mobile number,last_seen,sessions_7d,nps,platform,country,level,guild,device,notes
a1f3c9e2-0000-4a5b-9c01-1d2e3f4a5b01,Kim Park,+44 7700 900101,1795755600,9,10,ios,UK,20,red,iphone 15,
a1f3c9e2-0000-4a5b-9c01-1d2e3f4a5b02,Lou Rey,+44 7700 900102,1793077200,0,3,android,FR,19,blue,pixel 8,
a1f3c9e2-0000-4a5b-9c01-1d2e3f4a5b03,Mo Diaz,+44 7700 900103,1795150800,1,8,ios,ES,21,,ipad air,
"""


@pytest.fixture()
def ws(tmp_path: Path) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER)
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Level 20 churn", [])
        w.import_roster(path, "level-20-churn")
    return tmp_path / "ws"


def run(ws: Path, *args: str, width: int = 200):
    return CliRunner().invoke(app, ["-w", str(ws), *args], env={"COLUMNS": str(width)})


def test_the_listing_as_json_carries_the_segments_the_table_shows(ws: Path) -> None:
    data = json.loads(run(ws, "participants", "list", "--study", "level-20-churn", "--json").output)
    table = run(ws, "participants", "list", "--study", "level-20-churn").output
    assert [p["segments"]["sentiment"] for p in data] == ["promoter", "detractor", "passive"]
    assert all(p["segments"]["usage"] in ("frequent", "occasional", "lapsed") and p["usage_from"] for p in data)
    assert "promoters" in table and "detractors" in table


def test_a_phone_number_is_private_like_a_name(ws: Path) -> None:
    shared = run(ws, "participants", "list", "--study", "level-20-churn", "--json").output
    table = run(ws, "participants", "list", "--study", "level-20-churn").output
    assert "7700" not in shared and "7700" not in table and "mobile number" not in table
    private = json.loads(run(ws, "participants", "list", "--study", "level-20-churn", "--json", "--private").output)
    assert private[0]["phones"] == {"mobile number": "+44 7700 900101"}
    assert "+44 7700 900101" in run(ws, "participants", "list", "--study", "level-20-churn", "--private").output


def test_ids_are_never_cut_in_a_narrow_terminal(ws: Path) -> None:
    out = run(ws, "participants", "list", "--study", "level-20-churn", width=80).output
    assert all(f"a1f3c9e2-0000-4a5b-9c01-1d2e3f4a5b0{i}" in out for i in (1, 2, 3)), out
    assert max(len(line) for line in out.splitlines() if line.startswith(("│", "┃"))) <= 80
    assert "more columns:" in out  # what gave way is named


def test_a_unix_time_the_plan_reads_is_shown_as_its_day(ws: Path) -> None:
    # 1795755600 is 2026-11-27 05:00 UTC; read on Kim's own row, not anywhere (the footer names today)
    out = run(ws, "participants", "list", "--study", "level-20-churn").output
    kim = next(line for line in out.splitlines() if "4a5b01" in line)
    assert "2026-11-27" in kim and "1795755600" not in out


def test_the_listing_segments_people_as_the_saved_plan_does(ws: Path) -> None:
    # Lou was last seen 31 days before the plan's day: lapsed under the plan's 30 days, not the default 90
    # the first plan keeps the defaults on the same day, so neither listing depends on today's date
    first = run(ws, "recruit", "plan", "--study", "level-20-churn", "--size", "2", "--as-of", "2026-11-28")
    assert first.exit_code == 0, first.output
    before = json.loads(run(ws, "participants", "list", "--study", "level-20-churn", "--json").output)
    plan = run(ws, "recruit", "plan", "--study", "level-20-churn", "--size", "2", "--as-of", "2026-11-28",
               "--lapsed-after", "30d", "--frequent", "8")
    assert plan.exit_code == 0, plan.output
    after = json.loads(run(ws, "participants", "list", "--study", "level-20-churn", "--json").output)
    assert after[1]["segments"]["usage"] == "lapsed" and before[1]["segments"]["usage"] != "lapsed"
    said = run(ws, "participants", "list", "--study", "level-20-churn").output
    assert "usage as of 2026-11-28: lapsed after 30 days" in said and "saved plan" in said


def test_a_re_sent_roster_names_who_it_no_longer_has_and_they_can_be_taken_off(ws: Path, tmp_path: Path) -> None:
    lines = ROSTER.splitlines()
    update = tmp_path / "update.csv"
    update.write_text("\n".join([lines[0], lines[1], lines[3].replace(",8,", ",9,")]) + "\n")
    res = run(ws, "participants", "import", str(update), "--study", "level-20-churn")
    assert res.exit_code == 0, res.output
    gone = "a1f3c9e2-0000-4a5b-9c01-1d2e3f4a5b02"
    assert "(0 added, 1 changed)" in res.output
    assert f"1 participant of the study is not in this file, kept as it was: {gone}" in res.output
    assert f"`listenwell -w {ws} participants remove ID --study level-20-churn`" in res.output
    plan = run(ws, "recruit", "plan", "--study", "level-20-churn", "--size", "3", "--as-of", "2026-11-28")
    assert plan.exit_code == 0, plan.output
    removed = run(ws, "participants", "remove", gone, "--study", "level-20-churn")
    assert removed.exit_code == 0 and "and from its saved plan" in removed.output, removed.output
    left = json.loads(run(ws, "participants", "list", "--study", "level-20-churn", "--json").output)
    assert gone not in [p["pid"] for p in left] and len(left) == 2
    cov = json.loads(run(ws, "recruit", "coverage", "--study", "level-20-churn", "--json").output)
    assert gone not in [p["pid"] for p in cov["plan"]["people"]]


def test_someone_with_an_interview_is_not_taken_off_the_roster(ws: Path, tmp_path: Path) -> None:
    kim = "a1f3c9e2-0000-4a5b-9c01-1d2e3f4a5b01"
    talk = tmp_path / "talk.txt"
    talk.write_text("Interviewer: How did level 20 go?\nKim: Too hard, I stopped.\n")
    with Workspace.open(ws) as w:
        w.import_transcripts([talk], study="level-20-churn", participant=kim)
    res = run(ws, "participants", "remove", kim, "--study", "level-20-churn")
    assert res.exit_code != 0 and "linked to interview 1" in res.output and "--remove" in res.output
    assert kim in run(ws, "participants", "list", "--study", "level-20-churn", "--json").output


def test_a_lookup_that_found_nothing_is_no_name_and_is_said_at_import(tmp_path: Path) -> None:
    # a sheet joined with VLOOKUP writes #N/A on the rows it found nothing for
    path = tmp_path / "joined.csv"
    path.write_text("member_id,name,email,research_ok,sessions_30d\n"
                    "M1,Ada Quist,ada@example.org,yes,5\n"
                    "M2,#N/A,#N/A,#N/A,2\n")
    workspace = tmp_path / "ws"
    assert run(workspace, "study", "create", "Joined").exit_code == 0
    said = run(workspace, "participants", "import", str(path), "--study", "joined")
    assert said.exit_code == 0, said.output
    assert "names for 1, emails for 1 of 2" in said.output
    assert "#N/A (a lookup that found nothing) read as empty for 1 person (M2) in research_ok" in said.output
    listed = json.loads(run(workspace, "participants", "list", "--study", "joined", "--json", "--private").output)
    assert [(p["name"], p["email"]) for p in listed] == [("Ada Quist", "ada@example.org"), (None, None)]
    # read as empty means empty everywhere: not listed, nor written to the plan's file, as "#N/A"
    assert [p["attributes"] for p in listed] == [{"research_ok": "yes", "sessions_30d": "5"}, {"sessions_30d": "2"}]
    shown = run(workspace, "participants", "list", "--study", "joined")
    assert "#N/A" not in shown.output, shown.output
    out = tmp_path / "plan.csv"
    planned = run(workspace, "recruit", "plan", "--study", "joined", "--size", "2", "--no-save", "-o", str(out),
                  "--with", "research_ok")
    assert planned.exit_code == 0, planned.output
    assert "#N/A" not in out.read_text() and "research_ok" in out.read_text().splitlines()[0]


def test_a_re_import_names_the_columns_it_kept_and_a_no_it_would_not_erase(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    marked, plain = tmp_path / "members_marked.csv", tmp_path / "members.csv"
    marked.write_text("Member ID,Email,Visits,Happy to be recorded?,Our notes\n"
                      "40017,ada@example.com,3,no,prefers mornings\n40018,ben@example.com,8,yes,\n")
    plain.write_text("Member ID,Email,Visits\n40017,ada@example.com,4\n40018,ben@example.com,8\n")
    assert run(ws, "study", "create", "Gym visits").exit_code == 0
    assert run(ws, "participants", "import", str(marked), "--study", "gym-visits").exit_code == 0
    res = run(ws, "participants", "import", str(plain), "--study", "gym-visits")
    assert res.exit_code == 0, res.output
    assert "(0 added, 1 changed)" in res.output
    assert ("kept from the earlier import, as this file has no column for them: recording consent of 2 "
            "(1 said no); 'our notes' of 1") in res.output
    blank = tmp_path / "members_blank.csv"
    blank.write_text("Member ID,Email,Visits,Happy to be recorded?\n40017,ada@example.com,4,\n40018,ben@example.com,8,yes\n")
    res = run(ws, "participants", "import", str(blank), "--study", "gym-visits")
    assert ("this file leaves the recording consent of 1 participant empty where the study has their no, "
            "which is kept (a yes in the file changes it): 40017") in res.output, res.output
    ada = json.loads(run(ws, "participants", "list", "--study", "gym-visits", "--json").output)[0]
    assert ada["consent"]["recorded"] is False and ada["attributes"]["our notes"] == "prefers mornings"


def test_a_romanian_excel_sheet_re_imported_after_its_google_sheets_copy_keeps_a_no_and_adds_no_columns(
        tmp_path: Path) -> None:
    # Windows Excel's cp1250 with the cedilla ş ţ; the Google Sheets copy in UTF-8 with the comma-below ș ț,
    # where a colleague recorded a "Nu" (no) to research
    ws = tmp_path / "ws"
    excel, sheets = tmp_path / "abonati_excel.csv", tmp_path / "abonati_sheets.csv"
    excel.write_bytes(("Cod client;Nume şi prenume;Judeţ;Acord cercetare;Observaţii\r\n"
                       "C-1;Vlad Ştefănescu;Argeş;Da;\r\nC-2;Irina Ţepeş;Mureş;;\r\n").encode("cp1250"))
    sheets.write_text("Cod client,Nume și prenume,Județ,Acord cercetare,Observații\n"
                      "C-2,Irina Țepeș,Mureș,Nu,\n")
    assert run(ws, "study", "create", "Abonati").exit_code == 0
    for f in (excel, sheets, excel):
        res = run(ws, "participants", "import", str(f), "--study", "abonati")
        assert res.exit_code == 0, res.output
    assert "'acord cercetare' of 1 participant empty where the study has their no, which is kept" in res.output
    assert " added in " not in res.output, res.output
    people = json.loads(run(ws, "participants", "list", "--study", "abonati", "--json", "--private").output)
    irina = next(p for p in people if p["pid"] == "C-2")
    assert irina["name"] == "Irina Ţepeş" and set(irina["attributes"]) == {"judeţ", "acord cercetare"}


def test_a_crm_re_import_over_a_billing_extract_names_whom_it_cleared_and_who_is_eligible_again(tmp_path: Path) -> None:
    # the CRM's sheet, then the billing team's notes for five of them, then the CRM's sheet again, its notes empty
    ws = tmp_path / "ws"
    crm, billing = tmp_path / "crm.csv", tmp_path / "billing.csv"
    crm.write_text("Cod client,Stare,Logări 30 zile,Observații\n"
                   + "".join(f"T-{i},Activ,{i},\n" for i in range(1, 9)))
    billing.write_text("Cod client;Observații\nT-1;transmis la recuperare creanțe\nT-2;restanță\nT-3;restanță\n"
                       "T-4;restanță\nT-5;restanță\n")
    assert run(ws, "study", "create", "Facturi").exit_code == 0
    for f in (crm, billing, crm):
        res = run(ws, "participants", "import", str(f), "--study", "facturi", width=400)
        assert res.exit_code == 0, res.output
    assert "'observații' cleared for: T-1, T-2, T-3, T-4, T-5" in res.output, res.output
    eligible = next(line for line in res.output.splitlines() if "eligible now" in line)
    assert eligible.startswith("warning: 1 participant the roster left out before this file is eligible now")
    assert "T-1 (was: in debt collection" in eligible and "T-2" not in eligible


def test_a_re_import_says_which_rows_it_matched_by_a_salesforce_id_and_which_share_an_email(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    long, short = tmp_path / "contacts_18.csv", tmp_path / "contacts_15.csv"
    long.write_text("Contact ID,Email,Title\n0032x00000Qa1BcAAF,ola@example.com,Buyer\n"
                    "0032x00000Rd2EfAAG,pia@example.com,CFO\n")
    short.write_text("Contact ID,Email,Title\n0032x00000Qa1Bc,ola@example.com,Buyer\n"
                     "0032x00000Zz9Yx,pia@example.com,CFO\n")
    run(ws, "study", "create", "Spend")
    run(ws, "participants", "import", str(long), "--study", "spend")
    res = run(ws, "participants", "import", str(short), "--study", "spend")
    assert res.exit_code == 0, res.output
    assert "3 participants in spend (1 added, 0 changed)" in res.output  # not 4: Ola is matched
    assert ("1 row matched to the study's people by the other form of their Salesforce id (15 or 18 "
            "characters), kept under the ids stored: 0032x00000Qa1Bc is 0032x00000Qa1BcAAF") in res.output
    assert "1 added participant has the email of someone the file no longer has" in res.output
    assert "0032x00000Zz9Yx has the email of 0032x00000Rd2EfAAG" in res.output
    assert "participants remove 0032x00000Rd2EfAAG --study spend" in res.output


def test_a_re_import_says_which_rows_it_matched_without_their_leading_zeros(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    padded, bare = tmp_path / "patients.csv", tmp_path / "patients_excel.csv"
    padded.write_text("MRN,clinic\n00731,North\n00845,South\n")
    bare.write_text("MRN,clinic\n731,North\n845,East\n")
    run(ws, "study", "create", "Visits")
    run(ws, "participants", "import", str(padded), "--study", "visits")
    res = run(ws, "participants", "import", str(bare), "--study", "visits")
    assert res.exit_code == 0, res.output
    assert "2 participants in visits (0 added, 1 changed)" in res.output  # not 4
    assert ("2 rows matched to the study's people by their id without its leading zeros (a spreadsheet such as "
            "Excel drops them when it saves a column of numbers), kept under the ids stored: 731 is 00731, "
            "845 is 00845") in " ".join(res.output.split())
    assert "not in this file" not in res.output


def test_an_id_with_a_digit_dropped_suggests_the_ids_it_is_one_digit_from(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "buyers.csv"
    roster.write_text("Customer ID,Email\n" + "".join(f"51920384{k:03d},c{k}@example.com\n" for k in range(300, 350)))
    talk = tmp_path / "talk.txt"
    talk.write_text("Interviewer: How did the last order go?\nCustomer: Late, again.\n")
    run(ws, "study", "create", "Orders")
    run(ws, "participants", "import", str(roster), "--study", "orders")
    run(ws, "import", str(talk), "--study", "orders")
    res = run(ws, "interviews", "link", "1", "5192038432")  # 51920384320, its last digit dropped
    assert res.exit_code == 2
    assert "did you mean 51920384320 or 51920384321 or 51920384322?" in res.output, res.output


def test_a_guide_and_a_roster_given_to_each_others_command_are_named(tmp_path: Path) -> None:
    import docx

    ws = tmp_path / "ws"
    run(ws, "study", "create", "Mixups")
    guide = tmp_path / "Discussion guide.docx"
    doc = docx.Document()
    doc.add_heading("Warm-up", 1)
    doc.add_paragraph("Tell me about your week.", style="List Bullet")
    doc.save(guide)
    res = run(ws, "participants", "import", str(guide), "--study", "mixups")
    assert res.exit_code == 2
    assert "this is a Word document, not a roster (CSV): if it is the interview guide" in res.output
    assert "guide import" in res.output and "workbook" not in res.output
    roster = tmp_path / "panel.csv"
    roster.write_text("id,name,plan,region\nP1,Ana,pro,EU\nP2,Bo,free,US\nP3,Cy,pro,US\n")
    res = run(ws, "guide", "import", str(roster), "--study", "mixups")
    assert res.exit_code == 2
    assert "this looks like a CSV table (a roster?), not a guide" in res.output
    assert "participants" in res.output and "has no questions" not in res.output
    assert json.loads(run(ws, "participants", "list", "--study", "mixups", "--json").output) == []


def test_a_survey_export_with_a_title_row_is_refused_as_a_guide_and_the_guide_kept(tmp_path: Path) -> None:
    # a survey tool's export: a title row and a blank line above the header, whose last cell is
    # the survey's own question; read as a guide it was "1 section, 1 question" over the real one
    ws = tmp_path / "ws"
    run(ws, "study", "create", "Bakery")
    guide = tmp_path / "guide.md"
    guide.write_text("## Mornings\n\n- How do you plan your morning bake?\n- What gets in the way?\n")
    assert run(ws, "guide", "import", str(guide), "--study", "bakery").exit_code == 0
    survey = tmp_path / "encuesta.csv"
    survey.write_text("Encuesta de clientes - marzo\n\nID;Fecha;Puntuación;¿Por qué diste esa puntuación?\n"
                      "881;01/03/2026;9;Buen pan\n882;02/03/2026;4;\n883;02/03/2026;7;Caro\n884;03/03/2026;10;\n")
    res = run(ws, "guide", "import", str(survey), "--study", "bakery")
    assert res.exit_code == 2, res.output
    assert "this looks like a CSV table (a roster?), not a guide" in res.output
    shown = run(ws, "guide", "show", "--study", "bakery").output
    assert "How do you plan your morning bake?" in shown and "Puntuación" not in shown


def test_import_says_which_column_the_ids_come_from_when_it_is_not_the_usual_one(tmp_path: Path) -> None:
    first, again = tmp_path / "panel.csv", tmp_path / "screener.csv"
    first.write_text("Participant id,Age\n61aa01,34\n61aa02,29\n")
    again.write_text("Response ID,How often do you cook?,PROLIFIC_PID\nR_9x1,Daily,61aa01\nR_9x2,Weekly,61aa02\n")
    ws = tmp_path / "ws"
    with Workspace.open(ws) as w:
        w.create_study("Cooking", [])
        w.import_roster(first, "cooking")
    result = run(ws, "participants", "import", str(again), "--study", "cooking")
    assert result.exit_code == 0, result.output
    assert "2 participants in cooking (0 added, 2 changed)" in result.output
    assert "ids read from column 'PROLIFIC_PID', which holds the ids the study's people are stored under" in \
        result.output


def test_a_cleaned_sheet_points_at_replace_which_takes_the_deleted_rows_off(tmp_path: Path) -> None:
    first, cleaned = tmp_path / "choir.csv", tmp_path / "choir cleaned.csv"
    first.write_text("Member ID,Voice\nV1,alto\nV2,tenor\nV3,bass\n")
    cleaned.write_text("Member ID,Voice\nV1,alto\nV3,bass\n")
    ws = tmp_path / "ws"
    with Workspace.open(ws) as w:
        w.create_study("Choir", [])
        w.import_roster(first, "choir")
    kept = run(ws, "participants", "import", str(cleaned), "--study", "choir")
    assert kept.exit_code == 0 and "1 participant of the study is not in this file, kept as it was: V2" in kept.output
    assert f"participants import '{cleaned}' --study choir --replace` takes them off" in kept.output
    replaced = run(ws, "participants", "import", str(cleaned), "--study", "choir", "--replace")
    assert replaced.exit_code == 0, replaced.output
    assert "Removed 1 participant this file no longer has: V2" in replaced.output and "warning" not in replaced.output
    with Workspace.open(ws) as w:
        assert [p.pid for p in w.participants("choir")] == ["V1", "V3"]


def test_consent_the_roster_never_asked_about_is_null_not_yes(tmp_path: Path) -> None:
    # a product export with no sharing column and a quotes column one row leaves blank
    roster = tmp_path / "crm.csv"
    roster.write_text("id,name,plan,may_quote\nC1,Ada Ruiz,free,\nC2,Ben Ode,pro,no\nC3,Cal Imm,pro,yes\n")
    ws = tmp_path / "ws"
    with Workspace.open(ws) as w:
        w.create_study("Billing", [])
        w.import_roster(roster, "billing")
    listed = json.loads(run(ws, "participants", "list", "--study", "billing", "--json").output)
    assert [(p["consent"]["share_recordings"], p["consent"]["quotes"]) for p in listed] == [
        (None, None), (None, False), (None, True)]
    plan = json.loads(run(ws, "recruit", "plan", "--study", "billing", "--size", "3", "--no-save",
                          "--json").output)
    assert {p["pid"]: p["consent"]["quotes"] for p in plan["chosen"]} == {"C1": None, "C2": False, "C3": True}


def test_a_phone_column_named_in_another_language_or_under_a_group_is_private(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "kobo.csv"
    roster.write_text("_id;socia/nombre;socia/telefono;socia/contacto_recados;grupo/nombre_grupo\n"
                      "901;Flor Ruiz Mendez;951 200 1101;+52 951 300 2201;Las Palmas\n"
                      "902;Alma Cruz Diaz;9512001102;951 300 2202;Las Palmas\n")
    assert run(ws, "study", "create", "Ahorro").exit_code == 0
    assert run(ws, "participants", "import", str(roster), "--study", "ahorro").exit_code == 0
    shared = run(ws, "participants", "list", "--study", "ahorro", "--json").output
    assert "Flor" not in shared and "951" not in shared and "Las Palmas" in shared
    private = json.loads(run(ws, "participants", "list", "--study", "ahorro", "--json", "--private").output)
    assert private[0]["name"] == "Flor Ruiz Mendez"
    assert private[0]["phones"] == {"socia/telefono": "951 200 1101", "socia/contacto_recados": "+52 951 300 2201"}


def test_a_second_source_is_said_to_add_columns_and_a_re_import_says_what_it_kept_on_its_own_line(
        tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    crm, screener = tmp_path / "crm.csv", tmp_path / "screener.csv"
    crm.write_text("user_id,email,plan,logins_30d\n"
                   "U1,ivo@example.org,pro,9\nU2,lea@example.org,free,0\nU3,max@example.org,pro,4\n")
    screener.write_text("#,How often do you export a report?,Which report matters most?,user_id\n"
                        "1,Weekly,Cash flow,U1\n2,Never,,U404\n")
    assert run(ws, "study", "create", "Reports").exit_code == 0
    assert run(ws, "participants", "import", str(crm), "--study", "reports").exit_code == 0
    res = run(ws, "participants", "import", str(screener), "--study", "reports")
    assert res.exit_code == 0, res.output
    out = res.output.replace("\n", " ")
    assert "this file adds columns for 1 of the study's 3 people ('how often do you export a report?', " \
           "'which report matters most?'); the others are kept as they were" in out, out
    assert "added U404: not on the roster before" in out
    assert "--replace" not in out and "not in this file" not in out
    again = run(ws, "participants", "import", str(crm), "--study", "reports")
    lines = again.output.splitlines()
    kept = next(i for i, ln in enumerate(lines) if ln.startswith("kept from the earlier import"))
    assert "clears" not in lines[kept] and "'how often do you export a report?' of 1" in lines[kept]
    assert lines[kept + 1] == "(to clear a column's values, import a file that has the column, left empty)"
    assert "not in this file" not in again.output  # U404 came from the screener, not the CRM


def test_a_file_with_few_of_the_rosters_columns_does_not_suggest_replace_with_itself(tmp_path: Path) -> None:
    # a courier panel's sheet, then a two-column file of some of them (their answers to one question)
    sheet, part = tmp_path / "couriers.csv", tmp_path / "two_couriers.csv"
    sheet.write_text("courier_id,email,city,vehicle,drops_30d,last_shift,Ok to chat?\n"
                     "CR-1,a@example.com,Leeds,bike,120,2026-11-20,Yes\nCR-2,b@example.com,York,van,80,2026-11-19,Yes\n"
                     "CR-3,c@example.com,Hull,bike,12,2026-10-02,No\nCR-4,d@example.com,Leeds,car,60,2026-11-21,Yes\n")
    part.write_text("courier_id,Ok to chat?\nCR-1,Yes\nCR-2,No\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Courier chats", [])
        w.import_roster(sheet, "courier-chats")
    out = run(tmp_path / "ws", "participants", "import", str(part), "--study", "courier-chats")
    assert out.exit_code == 0, out.output
    said = " ".join(out.output.split())
    assert "2 participants of the study are not in this file" in said
    assert f"{part} --study courier-chats --replace" not in said and "ROSTER.csv" in said


def test_a_re_import_names_the_columns_it_changed_and_which_were_only_reformatted(tmp_path: Path) -> None:
    # a tutoring app's export, then the same rows after a spreadsheet rewrote the dates and the
    # researcher added a column and moved one student's plan
    first, again = tmp_path / "students.csv", tmp_path / "students_sheet.csv"
    first.write_text("student_id,email,plan,last_lesson,lessons_30d\n"
                     "ST-1,a@example.com,free,2026-11-20T18:30:00Z,4\nST-2,b@example.com,pro,2026-11-21T09:05:00Z,9\n"
                     "ST-3,c@example.com,pro,2026-11-22T17:45:10Z,12\n")
    again.write_text("student_id,email,plan,last_lesson,lessons_30d,my_notes\n"
                     "ST-1,a@example.com,free,20/11/2026 18:30:00,4.0,\n"
                     "ST-2,b@example.com,free,21/11/2026 09:05:00,9,\n"
                     "ST-3,c@example.com,pro,22/11/2026 17:45:10,12,call first\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Tutoring", [])
        w.import_roster(first, "tutoring")
    out = run(tmp_path / "ws", "participants", "import", str(again), "--study", "tutoring")
    assert out.exit_code == 0, out.output
    said = " ".join(out.output.split())
    assert "(0 added, 3 changed)" in said
    assert ("changed: 'last_lesson' reformatted in 3, 'lessons_30d' reformatted in 1, 'my_notes' added in 1 (ST-3), "
            "'plan' changed in 1 (ST-2)") in said


def test_a_re_import_with_phones_in_scientific_notation_warns_naming_whom_and_keeps_the_numbers(tmp_path: Path) -> None:
    first, again = tmp_path / "agents.csv", tmp_path / "agents_excel.csv"
    first.write_text("agent id,name,phone\nA1,Kofi Mensah,233241112233\nA2,Ama Owusu,233245556677\n")
    again.write_text("agent id,name,phone\nA1,Kofi Mensah,2.33241E+11\nA2,Ama Owusu,233245556677\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Agents", [])
        w.import_roster(first, "agents")
    out = run(tmp_path / "ws", "participants", "import", str(again), "--study", "agents")
    assert out.exit_code == 0, out.output
    said = " ".join(out.output.split())
    assert "warning: this file has 'phone' in scientific notation (as '2.33241E+11') for 1 participant (A1)" in said
    assert "the stored ones are kept" in said and "0 changed" in said


def test_a_note_reworded_around_the_same_day_is_changed_not_reformatted_and_whose_is_said(tmp_path: Path) -> None:
    first, again = tmp_path / "panel.csv", tmp_path / "panel_edited.csv"
    first.write_text("id,email,notes,last_seen\nK-1,k1@example.com,Called 12 Mar 2026,2026-03-12\n"
                     "K-2,k2@example.com,Demo 2026-04-02,2026-04-02\n")
    # K-1's note only written another way; K-2's reworded around the same day
    again.write_text("id,email,notes,last_seen\nK-1,k1@example.com,Called 2026-03-12,2026-03-12\n"
                     "K-2,k2@example.com,Interviewed on 2026-04-02,2026-04-02\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Panel", [])
        w.import_roster(first, "panel")
    out = run(tmp_path / "ws", "participants", "import", str(again), "--study", "panel")
    assert out.exit_code == 0, out.output
    said = " ".join(out.output.split())
    assert "changed: 'notes' changed in 1 (K-2), 'notes' reformatted in 1 (reformatted: the same dates" in said, said


def test_a_second_email_column_is_private_like_the_first(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "students.csv"
    roster.write_text("Student No,Full name,College email,Home e-mail,Backup contact,Year\n"
                      "5101,Ana Lima,ana.lima@college.example,ana77@mailbox.example,al@fastpost.example,2\n"
                      "5102,Ben Ode,ben.ode@college.example,,bo@fastpost.example,3\n")
    assert run(ws, "study", "create", "Advising").exit_code == 0
    assert run(ws, "participants", "import", str(roster), "--study", "advising").exit_code == 0
    shared = run(ws, "participants", "list", "--study", "advising", "--json").output
    table = run(ws, "participants", "list", "--study", "advising").output
    for out in (shared, table):
        assert "mailbox.example" not in out and "fastpost.example" not in out and "home e-mail" not in out.lower()
    assert '"year": "2"' in shared
    private = json.loads(run(ws, "participants", "list", "--study", "advising", "--json", "--private").output)
    assert private[0]["email"] == "ana.lima@college.example"
    assert private[0]["other_emails"] == {"home e-mail": "ana77@mailbox.example", "backup contact": "al@fastpost.example"}
    assert private[0]["phones"] == {}


def test_a_turkish_sheet_saved_again_in_cp1254_after_a_utf8_import_is_the_same_roster(tmp_path: Path) -> None:
    text = ("Üye No;Ad Soyad;E-posta;Şehir;Sipariş Sayısı;Not\n"
            "U-1;Işıl Doğan;isil@example.com.tr;Iğdır;4;\n"
            "U-2;Şükrü Güneş;sukru@example.com.tr;İzmir;7;kargo gecikti\n")
    first, again = tmp_path / "uyeler.csv", tmp_path / "uyeler_excel.csv"
    first.write_text(text, encoding="utf-8")
    again.write_bytes(text.replace("kargo gecikti", "kargo gecikti, şikayet etti").encode("cp1254"))
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Üyeler", [])
        w.import_roster(first, "uyeler")
    out = run(tmp_path / "ws", "participants", "import", str(again), "--study", "uyeler")
    assert out.exit_code == 0, out.output
    said = " ".join(out.output.split())
    # one note changed, under its own column, quoted; no column is added under a garbled name
    assert "changed: 'not' changed in 1 (U-2)" in said, said
    assert "adds columns" not in said and "þ" not in said


def test_names_and_notes_under_headers_no_table_knows_are_said_at_import_and_notes_reach_the_caller(
        tmp_path: Path) -> None:
    # a made-up sheet in Swahili headers: "Jina Kamili" (full name) and "Maelezo" (notes)
    path = tmp_path / "wateja.csv"
    path.write_text("id,Jina Kamili,Barua pepe,Simu,Maelezo,vipindi_30d\n"
                    "K1,Amani Otieno,amani@mail.example,+254 712 000101,apigiwe simu jioni baada ya kazi,5\n"
                    "K2,Zawadi Mwangi,zawadi@mail.example,+254 712 000102,,3\n"
                    "K3,Baraka Kiptoo,baraka@mail.example,+254 712 000103,mke wake alifariki mwezi uliopita,7\n"
                    "K4,Neema Wanjiru,neema@mail.example,+254 712 000104,anapenda kuongea kwa kiingereza tu,1\n"
                    "K5,Juma Odhiambo,juma@mail.example,+254 712 000105,,0\n", encoding="utf-8")
    workspace = tmp_path / "ws"
    assert run(workspace, "study", "create", "Wateja").exit_code == 0
    said = run(workspace, "participants", "import", str(path), "--study", "wateja")
    assert said.exit_code == 0, said.output
    out = " ".join(said.output.split())
    assert "names for 0" not in out
    assert "no column read as names, though 'jina kamili' looks like names by its values" in out
    assert "rename its header 'Name'" in out and "read 'maelezo' as notes from its content" in out
    invite = tmp_path / "invite.csv"
    planned = run(workspace, "recruit", "plan", "--study", "wateja", "--size", "5", "--no-save", "--contacts",
                  "-o", str(invite))
    assert planned.exit_code == 0, planned.output
    rows = {r["pid"]: r for r in csv.DictReader(invite.open(encoding="utf-8"))}
    assert rows["K3"]["maelezo"] == "mke wake alifariki mwezi uliopita"


def test_a_day_the_calendar_lacks_in_a_column_of_dates_no_table_names_is_refused_at_import(tmp_path: Path) -> None:
    # "Tarehe ya oda ya mwisho": a last-order date under a header no table reads (a plan reads it with --usage-from)
    path = tmp_path / "wateja.csv"
    path.write_text("id,email,Tarehe ya oda ya mwisho,Kiasi\n"
                    "K1,k1@mail.example,02.11.2026,3\nK2,k2@mail.example,14.06.2026,1\n"
                    "K3,k3@mail.example,31.11.2026,4\nK4,k4@mail.example,,0\n", encoding="utf-8")
    workspace = tmp_path / "ws"
    assert run(workspace, "study", "create", "Wateja").exit_code == 0
    said = run(workspace, "participants", "import", str(path), "--study", "wateja")
    assert said.exit_code == 2, said.output
    out = " ".join(said.output.split())
    assert "wateja.csv:4" in out and "'31.11.2026' is not a date: November 2026 has 30 days" in out, out
    assert run(workspace, "participants", "list", "--study", "wateja", "--json").output.strip() == "[]"


def test_a_re_save_that_drops_leading_zeros_and_writes_the_clock_in_24_hours_is_reformatted(tmp_path: Path) -> None:
    # days that read both ways ("07/03/2019"), written again by a spreadsheet without zeros and AM/PM
    first, again = tmp_path / "readers.csv", tmp_path / "readers_resaved.csv"
    first.write_text("id,email,born,last_seen\n"
                     "R1,r1@example.com,07/03/2019,11/04/2026 2:05 PM\n"
                     "R2,r2@example.com,02/09/2018,10/06/2026 9:30 AM\n"
                     "R3,r3@example.com,12/01/2017,11/15/2026 4:00 PM\n")
    again.write_text("id,email,born,last_seen\n"
                     "R1,r1@example.com,7/3/2019,11/4/2026 14:05\n"
                     "R2,r2@example.com,2/9/2018,10/6/2026 9:30\n"
                     "R3,r3@example.com,1/12/2017,11/15/2026 16:00\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Readers", [])
        w.import_roster(first, "readers")
    out = run(tmp_path / "ws", "participants", "import", str(again), "--study", "readers")
    assert out.exit_code == 0, out.output
    said = " ".join(out.output.split())
    # R3's birthday moved (12 January to 1 December, read in the same order): a change
    assert "'born' reformatted in 2" in said and "'born' changed in 1 (R3)" in said, said
    assert "'last_seen' reformatted in 3" in said and "'last_seen' changed" not in said, said


def test_a_hebrew_sheet_saved_again_in_cp1255_after_a_utf8_import_is_the_same_roster(tmp_path: Path) -> None:
    text = ("מזהה,שם מלא,אימייל,עיר,הערות\n"
            "T-1,נגה אלמוג,noga@example.co.il,רחובות,\n"
            "T-2,שחר דגן,shahar@example.co.il,עכו,התקשר לשאול על חיוב\n")
    first, again = tmp_path / "lakochot.csv", tmp_path / "lakochot_excel.csv"
    first.write_text(text, encoding="utf-8")
    again.write_bytes(text.replace("התקשר לשאול על חיוב", "התקשר לשאול על חיוב ונענה").replace("\n", "\r\n").encode("cp1255"))
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Lakochot", [])
        w.import_roster(first, "lakochot")
    out = run(tmp_path / "ws", "participants", "import", str(again), "--study", "lakochot")
    assert out.exit_code == 0, out.output
    said = " ".join(out.output.split())
    # one note changed, under its own column; no column added under a garbled name, the ids read from 'מזהה'
    assert "changed: 'הערות' changed in 1 (T-2)" in said, said
    assert "adds columns" not in said and "ä" not in said and "added" not in said.replace("0 added", "")


def test_a_re_import_with_renamed_headers_says_a_new_column_holds_a_kept_one_s_values(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    own, renamed = tmp_path / "shop_vi.csv", tmp_path / "shop_en.csv"
    own.write_text("Mã KH,Họ tên,Số đơn tuần này,Ghi chú\nK1,Bùi Thị Lan,7,\nK2,Tạ Văn Phúc,3,chỉ nhắn Zalo\n"
                   "K3,Ông Thị Mơ,0,\n", encoding="utf-8")
    renamed.write_text("id,Name,Orders this week,Notes\nK1,Bùi Thị Lan,7,\nK2,Tạ Văn Phúc,3,chỉ nhắn Zalo\n"
                       "K3,Ông Thị Mơ,0,\n", encoding="utf-8")
    assert run(ws, "study", "create", "Shop").exit_code == 0
    assert run(ws, "participants", "import", str(own), "--study", "shop").exit_code == 0
    res = run(ws, "participants", "import", str(renamed), "--study", "shop")
    assert res.exit_code == 0, res.output
    said = " ".join(res.output.split())
    assert "'orders this week' holds the same values as 'số đơn tuần này' for all 3" in said, said
    assert "'notes' is 'ghi chú'" in said, said


def _as_turkish_excel_reads_vietnamese_excel(text: str) -> str:
    """``text`` saved by Vietnamese Excel (cp1258, its tones as marks of their own) and read as cp1254."""
    import unicodedata
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in "\u0300\u0301\u0303\u0309\u0323"))
            out += (base + "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")).encode("cp1258")
    return out.decode("cp1254")


def test_a_re_import_beside_columns_an_earlier_import_garbled_says_to_drop_those_not_to_take_their_names(
        tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    rows = [("K1", "Quận 7", "12", "4"), ("K2", "Thủ Đức", "0", "1"), ("K3", "Quận 7", "5", "2")]
    district, orders = "Khu vực", "Đơn tuần này"
    garbled = tmp_path / "garbled.csv"  # (as an earlier version stored a misread file: its names and places garbled)
    garbled.write_text(f"id,{_as_turkish_excel_reads_vietnamese_excel(district)},"
                       f"{_as_turkish_excel_reads_vietnamese_excel(orders)},Visits\n"
                       + "".join(f"{i},{_as_turkish_excel_reads_vietnamese_excel(d)},{n},{v}\n" for i, d, n, v in rows),
                       encoding="utf-8")
    good = tmp_path / "good.csv"  # (and its visits under the name a re-export gives them)
    good.write_text(f"id,{district},{orders},Lượt ghé\n" + "".join(f"{i},{d},{n},{v}\n" for i, d, n, v in rows),
                    encoding="utf-8")
    assert run(ws, "study", "create", "Shop").exit_code == 0
    assert run(ws, "participants", "import", str(garbled), "--study", "shop").exit_code == 0
    res = run(ws, "participants", "import", str(good), "--study", "shop", "--replace")
    assert res.exit_code == 0, res.output
    said = " ".join(res.output.split())
    bad_district, bad_orders = (_as_turkish_excel_reads_vietnamese_excel(c).lower() for c in (district, orders))
    assert (f"2 columns kept from an earlier import that misread the file (its letters read in another code page), "
            f"beside this file's: '{bad_district}' ('khu vực'), '{bad_orders}' ('đơn tuần này'); to drop them, "
            "import a file of the ids with those columns left empty") in said, said
    assert f"head the column in the file '{bad_orders}'" not in said, said
    # a column renamed, not garbled: either name may be the one to keep, and both ways are said
    assert ("'lượt ghé' holds the same values as 'visits' for all 3: the same column under another name, now kept "
            "twice; to keep one, head the column in the file 'visits' and import it again, or, to keep 'lượt ghé', "
            "import a file of the ids with a 'visits' column left empty") in said, said


def test_the_same_sheet_with_its_headers_in_another_language_says_each_column_is_now_kept_twice(
        tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    people = [("R-1", "dao.p@example.org", "ลำปาง", "14"), ("R-2", "wit.c@example.org", "สงขลา", "2"),
              ("R-3", "nok.s@example.org", "ลำปาง", "0")]
    english, thai = tmp_path / "riders_en.csv", tmp_path / "riders_th.csv"
    english.write_text("rider_id,email,province,trips\n" + "".join(",".join(p) + "\n" for p in people),
                       encoding="utf-8")
    thai.write_text("รหัสไรเดอร์,อีเมล,จังหวัด,จำนวนเที่ยว\n" + "".join(",".join(p) + "\n" for p in people),
                    encoding="utf-8")
    assert run(ws, "study", "create", "Riders").exit_code == 0
    assert run(ws, "participants", "import", str(english), "--study", "riders").exit_code == 0
    res = run(ws, "participants", "import", str(thai), "--study", "riders")
    assert res.exit_code == 0, res.output
    said = " ".join(res.output.split())
    # (the Thai for "province" is one the import reads, so it joins the column of the same words; the
    # trip count's Thai header is not, so it is the one kept twice)
    assert "'จังหวัด' is 'province'" in said and "'จังหวัด' holds the same values" not in said, said
    assert "'จำนวนเที่ยว' holds the same values as 'trips' for all 3" in said, said


def test_a_names_column_renamed_name_as_advised_says_the_old_copy_is_kept_twice(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    rows = [("KS-1", "Sunita Devi Kushwaha", "Sitapur"), ("KS-2", "Ramkishan Maurya", "Hardoi"),
            ("KS-3", "Kamla Prasad Verma", "Sitapur"), ("KS-4", "Bhagwati Yadav", "Hardoi"),
            ("KS-5", "Santosh Kumar Pal", "Sitapur")]
    before, after = tmp_path / "growers.csv", tmp_path / "growers_renamed.csv"
    before.write_text("grower_id,Grower Full Name,district\n" + "".join(",".join(r) + "\n" for r in rows))
    after.write_text("grower_id,Name,district\n" + "".join(",".join(r) + "\n" for r in rows))
    assert run(ws, "study", "create", "Seed loans").exit_code == 0
    assert run(ws, "participants", "import", str(before), "--study", "seed-loans").exit_code == 0
    res = run(ws, "participants", "import", str(after), "--study", "seed-loans")
    assert res.exit_code == 0, res.output
    said = " ".join(res.output.split())
    assert "'grower full name' holds each person's name, which the roster now reads as their name" in said, said


def test_an_import_says_once_which_columns_held_years_of_the_buddhist_era(tmp_path: Path) -> None:
    # a Thai sheet's dates of birth and sign-up days, as Excel under a Thai locale writes them
    path = tmp_path / "members.csv"
    path.write_text("member,email,date of birth,signed up,sessions_30d\n"
                    "T1,t1@example.co.th,02/01/2540,2568-06-01,4\n"
                    "T2,t2@example.co.th,13/07/1999,14/05/2568,9\n"
                    "T3,t3@example.co.th,21/12/2541,03/02/2569,0\n", encoding="utf-8")
    workspace = tmp_path / "ws"
    assert run(workspace, "study", "create", "Members").exit_code == 0
    said = run(workspace, "participants", "import", str(path), "--study", "members")
    assert said.exit_code == 0, said.output
    assert said.output.count("Buddhist Era") == 1, said.output
    assert "read years of the Buddhist Era as Gregorian ones, 543 less (2540 as 1997), in: date of birth, signed up" \
        in said.output
    # a roster of Gregorian dates says nothing of it
    path.write_text("member,email,date of birth\nT1,t1@example.co.th,02/01/1997\n", encoding="utf-8")
    assert "Buddhist" not in run(workspace, "participants", "import", str(path), "--study", "members").output


def test_an_import_says_which_columns_held_solar_hijri_dates_read_as_gregorian(tmp_path: Path) -> None:
    # a Persian admin export: its sign-up and last-login days are Iran's calendar, stored as Gregorian days
    path = tmp_path / "karbaran.csv"
    path.write_text("شناسه کاربر,شهر,تاریخ ثبت نام,آخرین ورود\nU-1,شیراز,1404/02/11,1405/09/05\n"
                    "U-2,تبریز,1403/11/30,۱۴۰۵/۰۸/۲۰\nU-3,یزد,1405/01/15,\n", encoding="utf-8")
    workspace = tmp_path / "ws"
    assert run(workspace, "study", "create", "Kala").exit_code == 0
    said = run(workspace, "participants", "import", str(path), "--study", "kala")
    assert said.exit_code == 0, said.output
    line = " ".join(said.output.split())
    assert "read dates of Iran's Solar Hijri (Jalali) calendar as their Gregorian days (1404/02/11 as 2025-05-01)" \
        in line, line
    assert line.count("Solar Hijri") == 1 and "تاریخ ثبت نام" in line and "آخرین ورود" in line, line


def test_a_survey_keyed_by_mobile_is_joined_by_the_number_and_one_that_fits_nobody_adds_no_one(tmp_path: Path) -> None:
    roster = tmp_path / "moshtarian.csv"
    roster.write_text("شناسه مشتری,نام کامل,تلفن همراه,شهر\nK-1,نسرین پاکزاد,09351112201,شیراز\n"
                      "K-2,بابک صدری,+98 935 111 2202,تبریز\nK-3,آرش گلزار,09351112203,یزد\n", encoding="utf-8")
    # the survey writes the numbers its own way: with the code, without, in Persian digits
    survey = tmp_path / "nazarsanji.csv"
    survey.write_text("موبایل,امتیاز NPS (0-10)\n+989351112201,9\n۰۹۳۵۱۱۱۲۲۰۲,4\n", encoding="utf-8")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Nazarsanji", [])
        w.import_roster(roster, "nazarsanji")
    said = run(tmp_path / "ws", "participants", "import", str(survey), "--study", "nazarsanji")
    assert said.exit_code == 0, said.output
    assert "joined 2 rows by phone number" in " ".join(said.output.split())
    listed = json.loads(run(tmp_path / "ws", "participants", "list", "--study", "nazarsanji", "--json",
                            "--private").output)
    assert sorted(p["pid"] for p in listed) == ["K-1", "K-2", "K-3"]
    nps = {p["pid"]: next((v for k, v in p["attributes"].items() if "nps" in k.lower()), None) for p in listed}
    assert nps == {"K-1": "9", "K-2": "4", "K-3": None}, nps
    assert "+98 935 111 2202" in json.dumps(listed, ensure_ascii=False)  # the number as the roster wrote it
    # a number of no one on the roster: refused by its line, nothing stored, no id made of a number
    stranger = tmp_path / "nazarsanji2.csv"
    stranger.write_text("موبایل,امتیاز NPS (0-10)\n09351112203,7\n09120000000,2\n", encoding="utf-8")
    refused = run(tmp_path / "ws", "participants", "import", str(stranger), "--study", "nazarsanji")
    assert refused.exit_code == 2
    assert "nazarsanji2.csv:3: 09120000000 is the number of nobody in the study" in " ".join(refused.output.split())
    again = json.loads(run(tmp_path / "ws", "participants", "list", "--study", "nazarsanji", "--json",
                           "--private").output)
    assert again == listed


def test_a_serbian_cp1251_roster_an_earlier_import_misread_as_cp1250_is_named_and_a_misread_copy_refused(
        tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    good = ("id;Општина;Белешка\r\nS-1;Ћуприја;позвати у јуну\r\nS-2;Љиг;\r\nS-3;Књажевац;нема телефон\r\n")
    exported = tmp_path / "opstine.csv"
    exported.write_bytes(good.encode("cp1251"))
    garbled = tmp_path / "garbled.csv"  # (as an earlier version stored it: "Ďđ" for "Пр", "Ľ" for "ј")
    garbled.write_text(good.encode("cp1251").decode("cp1250", errors="replace"), encoding="utf-8")
    assert run(ws, "study", "create", "Banka").exit_code == 0
    assert run(ws, "participants", "import", str(garbled), "--study", "banka").exit_code == 0
    res = run(ws, "participants", "import", str(exported), "--study", "banka")
    assert res.exit_code == 0, res.output
    said = " ".join(res.output.split())
    bad = good.encode("cp1251").decode("cp1250").split("\r\n")[0].lower().split(";")
    assert (f"2 columns kept from an earlier import that misread the file (its letters read in another code page), "
            f"beside this file's: '{bad[1]}' ('општина'), '{bad[2]}' ('белешка')") in said, said
    # the other way round: the roster read right, then the same sheet as a program that read it as cp1250 saved it
    assert run(ws, "study", "create", "Druga").exit_code == 0
    assert run(ws, "participants", "import", str(exported), "--study", "druga").exit_code == 0
    res = run(ws, "participants", "import", str(garbled), "--study", "druga")
    assert res.exit_code == 2 and "read in the wrong code page" in " ".join(res.output.split()), res.output


def test_a_national_id_column_is_shown_only_with_private(tmp_path: Path) -> None:
    """An Italian insurer's roster with its "Codice fiscale" (walk80 F8): the shared list, table and JSON, leaves it
    out and says so; --private shows it."""
    path = tmp_path / "clienti.csv"
    path.write_text("id,Nome,Codice fiscale,Provincia\nK1,Lia Conti,CNTLIA81C50F205Z,MI\nK2,Ugo Sala,SLAUGO77T12L219K,TO\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Rinnovi", [])
        w.import_roster(path, "rinnovi")
    ws = tmp_path / "ws"
    table = run(ws, "participants", "list", "--study", "rinnovi").output
    assert "CNTLIA81C50F205Z" not in table and "codice fiscale: a national id, not shown" in table and "MI" in table
    shared = json.loads(run(ws, "participants", "list", "--study", "rinnovi", "--json").output)
    assert all("Codice fiscale" not in p["attributes"] and "codice fiscale" not in p["attributes"] for p in shared)
    assert "CNTLIA81C50F205Z" in run(ws, "participants", "list", "--study", "rinnovi", "--private").output


def test_a_typeform_export_joins_by_its_codice_cliente_hidden_field(tmp_path: Path) -> None:
    """A Typeform export headed by its response token "#", the customer code in a hidden field "codice_cliente"
    (walk80 F12): joined by that field, its Italian NPS question read as the NPS."""
    roster, survey = tmp_path / "clienti.csv", tmp_path / "typeform.csv"
    roster.write_text("Codice cliente;Nome;Email\nK0077120;Nadia Fontana;nadia.f@posta.example.it\n"
                      "K0077131;Piero Galli;piero.galli@posta.example.it\n")
    survey.write_text("#,Quanto è probabile che consiglierebbe Polizzasicura a un amico o collega?,codice_cliente\n"
                      "r1a2b3c4d5,9,K0077120\nr9f8e7d6c5,4,K0077131\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Rinnovi", [])
        w.import_roster(roster, "rinnovi")
    out = run(tmp_path / "ws", "participants", "import", str(survey), "-s", "rinnovi").output
    assert "2 changed" in out and "NPS from: quanto" in out, out
    shared = json.loads(run(tmp_path / "ws", "participants", "list", "--study", "rinnovi", "--json").output)
    assert sorted((p["pid"], p["segments"].get("sentiment")) for p in shared) == [("K0077120", "promoter"),
                                                                                 ("K0077131", "detractor")]

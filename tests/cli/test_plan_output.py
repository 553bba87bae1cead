"""What `recruit`, `study` and `participants` print for a researcher to act on (round s15)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from listenwell.workspace import Workspace
from tests.cli.test_plan_cli import env, run  # noqa: F401 - env is a fixture

PLAN = ["recruit", "plan", "--study", "grocery-planning", "--as-of", "2026-06-01"]


def test_study_list_keeps_a_long_slug_whole_at_eighty_columns(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("COLUMNS", "80")
    ws = tmp_path / "ws"
    made = run(ws, "study", "create", "Why schoolteachers quietly stop assigning weekly quizzes")
    slug = "why-schoolteachers-quietly-stop-assigning-weekly-quizzes"
    assert f"slug: {slug}\n" in made.output  # on one line, not wrapped
    listed = run(ws, "study", "list")
    assert listed.exit_code == 0 and slug in listed.output, listed.output


def test_a_printed_command_keeps_the_workspace_it_was_run_with(env) -> None:  # noqa: ANN001
    ws, files = env
    res = run(ws, *PLAN, "--size", "3")
    assert f"`listenwell -w {ws} recruit coverage --study grocery-planning`" in res.output
    missing = run(ws, "kit", "--study", "grocery-planning", "-o", str(files / "kit.md"))
    assert missing.exit_code == 2 and f"`listenwell -w {ws} guide import" in missing.output


def test_participants_list_shows_segments_and_the_columns_the_plan_reads(env, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("COLUMNS", "250")
    ws, _ = env
    out = run(ws, "participants", "list", "--study", "grocery-planning").output
    header = next(line for line in out.splitlines() if "usage" in line)
    for column in ("sentiment", "status", "sessions_per_month", "last_active", "nps", "recording ok"):
        assert column in header, header
    assert "lapsed or churned users" in out and "promoters" in out


def test_a_mistyped_or_foreign_participant_id_gets_a_useful_answer(env, tmp_path: Path) -> None:  # noqa: ANN001
    ws, _ = env
    near = run(ws, "interviews", "link", "1", "P")
    assert near.exit_code == 2 and "no participant 'P'" in near.output
    typo = run(ws, "interviews", "link", "1", "p9")
    assert "did you mean P9?" in typo.output, typo.output
    from tests.cli.test_plan_cli import ROSTER

    lines = ROSTER.strip().splitlines()
    roster = tmp_path / "crm.csv"  # the same people, with the CRM's own number beside the id
    roster.write_text("\n".join([lines[0] + ",crm_number"]
                                + [f"{line},{80400 + i}" for i, line in enumerate(lines[1:], 1)]) + "\n")
    with Workspace.open(ws) as w:
        w.import_roster(roster, study="grocery-planning")
    foreign = run(ws, "interviews", "link", "1", "80403")
    assert foreign.exit_code == 2 and "'80403' is the 'crm_number' of participant P3: use P3" in foreign.output


def test_contacts_without_a_name_or_email_column_is_refused_before_anything_changes(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "anon.csv"
    roster.write_text("id,sessions_per_month,last_active,nps\nA1,12,2026-05-30,9\nA2,0,2025-10-01,3\n")
    with Workspace.open(ws) as w:
        w.create_study("Anon", goals=[])
        w.import_roster(roster, study="anon")
    res = run(ws, "recruit", "plan", "--study", "anon", "--size", "2", "--contacts", "-o", str(tmp_path / "p.csv"))
    assert res.exit_code == 2 and "no name or email column" in res.output
    assert not (tmp_path / "p.csv").exists()
    cov = run(ws, "recruit", "coverage", "--study", "anon", "--json")
    assert json.loads(cov.output)["plan"] is None  # no plan was saved


def test_coverage_as_of_is_marked_and_named_when_a_saved_plan_rules_it_out(env, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("COLUMNS", "250")
    ws, _ = env
    assert run(ws, *PLAN, "--size", "3").exit_code == 0
    helped = run(ws, "recruit", "coverage", "--help")
    assert "Without a saved plan: date to count" in " ".join(helped.output.split())
    res = run(ws, "recruit", "coverage", "--study", "grocery-planning", "--as-of", "2026-06-01")
    assert res.exit_code == 2 and res.output.startswith("error: --as-of: ")


def test_replanning_lists_who_left_and_who_joined(env) -> None:  # noqa: ANN001
    ws, _ = env
    first = json.loads(run(ws, *PLAN, "--size", "3", "--json").output)
    assert first["dropped"] is None  # nothing to compare with
    again = run(ws, *PLAN, "--size", "3", "--seed", "5")
    assert "Same people as the saved plan." in again.output
    bigger = json.loads(run(ws, *PLAN, "--size", "5", "--json").output)
    kept = [c["pid"] for c in first["chosen"]]
    assert [c["pid"] for c in bigger["chosen"]][:3] == kept and bigger["dropped"] == []
    assert len(bigger["added"]) == 2
    smaller = run(ws, *PLAN, "--size", "2", "--no-save")
    assert "Would drop from the saved plan:\n  " in smaller.output
    assert "no longer needed in a smaller plan, not interviewed yet; tell them if invited" in smaller.output


def test_targets_in_the_table_are_whole_people(env) -> None:  # noqa: ANN001
    ws, _ = env
    out = run(ws, *PLAN, "--size", "5", "--no-save").output
    assert "1–2" in out and "1.2" not in out and "1.7" not in out


def test_an_import_says_how_the_roster_was_read_and_a_plan_what_decided_each_usage(env, tmp_path: Path,
                                                                                  monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("COLUMNS", "250")
    ws, files = env
    roster = files / "crm.csv"
    roster.write_text("Email,Plan status,Last login,NPS answer\nkim@example.com,Cancelled,2026-05-20,4\n"
                      "lou@example.com,Active,2026-05-29,9\nmo@example.com,Active,2026-01-02,7\n")
    with Workspace.open(ws) as w:
        w.create_study("Renewals")
    out = run(ws, "participants", "import", str(roster), "--study", "renewals").output
    assert "ids made from each email address (no id column)" in out
    assert "usage from: plan status, last login" in out and "NPS from: nps answer" in out
    res = run(ws, "recruit", "plan", "--study", "renewals", "--as-of", "2026-06-01", "--size", "3", "--json",
              "-o", str(tmp_path / "plan.csv"))
    why = {c["segments"]["usage"]: c["usage_from"] for c in json.loads(res.output)["chosen"]}
    assert why["lapsed"] in ("plan status: Cancelled", "last login: 2026-01-02 (151 days before 2026-06-01)"), why
    assert why["frequent"] == "last login: 2026-05-29"
    rows = (tmp_path / "plan.csv").read_text().splitlines()
    assert rows[0] == "pid,usage,sentiment,usage_from,last_interviewed,recording_consent,quotes_consent"
    assert any(r.endswith(",last login: 2026-05-29,,,") for r in rows[1:]), rows  # then no consent column


def test_usage_from_named_columns_is_kept_with_the_saved_plan(env) -> None:  # noqa: ANN001
    ws, _ = env
    res = run(ws, *PLAN, "--size", "4", "--usage-from", "last_active", "--json")
    chosen = json.loads(res.output)["chosen"]
    assert chosen and all(c["usage_from"].startswith("last_active: ") for c in chosen
                          if c["segments"]["usage"] != "unknown"), chosen
    from listenwell.store.recruitment import load_plan
    from listenwell.store.studies import get_study_row
    with Workspace.open(ws) as w, w.transaction() as s:
        saved = load_plan(s, get_study_row(s, "grocery-planning").id)
        assert saved is not None and saved.options.usage_from == ["last_active"]
    bad = run(ws, *PLAN, "--usage-from", "last_seen")
    assert bad.exit_code == 2 and "--usage-from: no column 'last_seen'" in bad.output


def test_a_speaker_whose_name_two_roster_people_share_is_told_apart_by_hand(tmp_path: Path) -> None:
    ws, files = tmp_path / "ws", tmp_path
    (files / "r.csv").write_text("id,name,email\nA1,Noor Haddad,noor.h@shop.test\nA2,Noor Haddad,nhaddad@mail.test\n"
                                 "A3,Ivo Petrov,ivo@mail.test\n")
    run(ws, "study", "create", "Sellers")
    run(ws, "participants", "import", str(files / "r.csv"), "--study", "sellers")
    (files / "call.txt").write_text("Dana Whitfield: How did you start selling here?\n"
                                    "Noor Haddad: A friend told me about it, two years ago.\n"
                                    "Dana Whitfield: What happened next?\nNoor Haddad: I listed my first rugs.\n")
    res = run(ws, "import", str(files / "call.txt"), "--study", "sellers", "--interviewer", "Dana Whitfield")
    assert res.exit_code == 0, res.output
    out = res.output.replace("\n", " ")
    assert "'Noor Haddad' is the name of 2 roster people (A1, A2), so it links nobody" in out, out
    assert f"listenwell -w {ws} interviews link 1 ID --speaker 'Noor Haddad'" in out


def test_an_invitation_list_carries_the_phone_and_a_shared_file_can_hide_the_roster_ids(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "tutors.csv"
    roster.write_text("Member no,Tutor,Phone (WhatsApp),sessions_per_month,last_active\n"
                      "MRN-1,Kavya Nair,+91 98450 11201,12,2026-05-30\nMRN-2,Ravi Rao,+91 98450 11202,0,2025-10-01\n")
    with Workspace.open(ws) as w:
        w.create_study("Tutors", goals=[])
        w.import_roster(roster, study="tutors")
    base = ["recruit", "plan", "--study", "tutors", "--size", "2", "--as-of", "2026-06-01", "--no-save"]
    invite = tmp_path / "invite.csv"
    assert run(ws, *base, "--contacts", "-o", str(invite)).exit_code == 0
    rows = list(csv.DictReader(invite.open()))
    assert {r["phone (whatsapp)"] for r in rows} == {"+91 98450 11201", "+91 98450 11202"}
    shared = tmp_path / "shared.csv"
    res = run(ws, *base, "--made-up-ids", "-o", str(shared))
    assert res.exit_code == 0, res.output
    text = shared.read_text()
    assert "MRN-" not in text and "+91" not in text
    assert [r["ref"] for r in csv.DictReader(shared.open())] == ["R01", "R02"]
    both = tmp_path / "both.csv"
    run(ws, *base, "--made-up-ids", "--contacts", "-o", str(both))
    assert [(r["ref"], r["pid"]) for r in csv.DictReader(both.open())] == [("R01", rows[0]["pid"]),
                                                                             ("R02", rows[1]["pid"])]


def test_the_plan_says_usage_came_from_the_columns_named_with_usage_from(env) -> None:  # noqa: ANN001
    ws, _ = env
    res = run(ws, *PLAN, "--size", "3", "--usage-from", "last_active", "--no-save")
    assert res.exit_code == 0, res.output
    said = next(line for line in res.output.splitlines() if "usage from:" in line)
    assert "usage from: last_active (--usage-from)" in said and "status" not in said.split(";")[0]


def test_a_plan_written_for_excel_opens_as_columns_with_its_accents(env, tmp_path: Path) -> None:  # noqa: ANN001
    ws, _ = env
    out = tmp_path / "plan.csv"
    res = run(ws, *PLAN, "--size", "3", "--no-save", "-o", str(out), "--excel")
    assert res.exit_code == 0, res.output
    raw = out.read_bytes()
    assert raw.startswith("\ufeff".encode()) and raw.decode("utf-8-sig").splitlines()[0].startswith("pid;usage;")
    plain = tmp_path / "plain.csv"
    run(ws, *PLAN, "--size", "3", "--no-save", "-o", str(plain))
    assert plain.read_text().startswith("pid,usage,")
    bad = run(ws, *PLAN, "--size", "3", "--no-save", "--excel")
    assert bad.exit_code == 2 and "--excel is for the CSV" in bad.output


def test_long_panel_ids_are_whole_in_the_plan_and_coverage_tables_at_eighty_columns(tmp_path: Path,
                                                                                 monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("COLUMNS", "80")
    ids = [f"5f3e{i:02d}a7c9b1d24e6f80a3b5c{i:02d}" for i in range(6)]  # 30 characters, as panels write them
    lines = ["panel id,how often do you cook at home?,last cooked,how likely are you to recommend us?,household"]
    for i, pid in enumerate(ids):
        lines.append(f"{pid},{'Several times a week' if i % 2 else 'Hardly ever'},2026-05-2{i},{3 + i},"
                     f"{'Two adults with children under twelve' if i % 2 else 'Living alone'}")
    roster = tmp_path / "panel.csv"
    roster.write_text("\n".join(lines) + "\n")
    ws = tmp_path / "ws"
    with Workspace.open(ws) as w:
        w.create_study("Cooking at home")
        w.import_roster(roster, study="cooking-at-home")
    plan = run(ws, "recruit", "plan", "--study", "cooking-at-home", "--size", "4", "--by", "household",
               "--as-of", "2026-06-01")
    assert plan.exit_code == 0, plan.output
    chosen = [pid for pid in ids if pid in plan.output]
    assert len(chosen) == 4, plan.output
    cov = run(ws, "recruit", "coverage", "--study", "cooking-at-home")
    table = cov.output.split("Still to interview")[0]
    assert all(pid in table for pid in chosen), cov.output


def test_a_replan_gives_each_dropped_person_their_reason(env, tmp_path: Path) -> None:  # noqa: ANN001
    ws, files = env
    first = json.loads(run(ws, *PLAN, "--size", "4", "--seed", "2", "--json").output)
    out = first["chosen"][0]["pid"]
    lines = (files / "roster.csv").read_text().splitlines()
    lines = [lines[0] + ",research opt-in"] + [row + (",no" if row.startswith(out + ",") else ",yes")
                                                for row in lines[1:]]
    (tmp_path / "roster2.csv").write_text("\n".join(lines) + "\n")
    with Workspace.open(ws) as w:
        w.import_roster(tmp_path / "roster2.csv", study="grocery-planning")
    again = run(ws, *PLAN, "--size", "4", "--seed", "2")
    assert (f"Drops from the saved plan:\n  {out}: left out: said no to research contact (research opt-in: no); "
            "do not write to them again") in again.output, again.output
    assert "tell them if invited" not in again.output


def test_roster_columns_named_with_with_go_into_the_plan_file(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "shops.csv"
    roster.write_text("seller id,Shop name,Seller,Mobile,sessions_per_month,last_active,Región\n"
                      "S-1,Bottega Lume,Ada Rossi,+39 333 100 2001,12,2026-05-30,Nord\n"
                      "S-2,Ceramica Vento,Bruno Neri,+39 333 100 2002,0,2025-10-01,Sud\n")
    with Workspace.open(ws) as w:
        w.create_study("Sellers", goals=[])
        w.import_roster(roster, study="sellers")
    base = ["recruit", "plan", "--study", "sellers", "--size", "2", "--as-of", "2026-06-01", "--no-save"]
    out = tmp_path / "plan.csv"
    res = run(ws, *base, "--by", "region", "--with", "shop name,region", "-o", str(out))
    assert res.exit_code == 0, res.output
    rows = {r["pid"]: r for r in csv.DictReader(out.open())}
    assert rows["S-1"]["shop name"] == "Bottega Lume" and rows["S-2"]["shop name"] == "Ceramica Vento"
    assert out.read_text().splitlines()[0].count("región") == 1  # balanced on already: once
    assert "Ada" not in out.read_text() and "+39" not in out.read_text()
    phone = run(ws, *base, "--with", "mobile", "-o", str(out))
    assert phone.exit_code == 2 and "--contacts" in phone.output, phone.output
    typo = run(ws, *base, "--with", "shop nmae", "-o", str(out))
    assert typo.exit_code == 2 and "'shop name'" in typo.output, typo.output
    nowhere = run(ws, *base, "--with", "shop name")
    assert nowhere.exit_code == 2 and "-o plan.csv" in nowhere.output


def test_the_invitation_list_has_the_first_name_for_a_mail_merge_and_a_re_import_keeps_it(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "box.csv"
    roster.write_text("customer id,First Name,Last Name,Email,orders_90d\n"
                      "B-1,Ana Sofía,Reyes,ana@example.com,6\nB-2,Tom,Ng,tom@example.com,1\n")
    with Workspace.open(ws) as w:
        w.create_study("Box", goals=[])
        w.import_roster(roster, study="box")
    out = tmp_path / "invite.csv"
    base = ["recruit", "plan", "--study", "box", "--size", "2", "--no-save", "-o", str(out)]
    res = run(ws, *base, "--contacts")
    assert res.exit_code == 0, res.output
    rows = {r["pid"]: r for r in csv.DictReader(out.open())}
    assert (rows["B-1"]["name"], rows["B-1"]["first_name"]) == ("Ana Sofía Reyes", "Ana Sofía")
    assert list(rows["B-2"])[:4] == ["pid", "name", "first_name", "email"]
    # without --contacts no name of any kind is written
    run(ws, *base)
    assert "first_name" not in out.read_text() and "Ana" not in out.read_text()
    # a later file without the first-name column keeps the stored first names
    (tmp_path / "orders.csv").write_text("customer id,Email,orders_90d\nB-1,ana@example.com,7\nB-2,tom@example.com,2\n")
    with Workspace.open(ws) as w:
        w.import_roster(tmp_path / "orders.csv", study="box")
    assert run(ws, *base, "--contacts").exit_code == 0
    assert {r["pid"]: r["first_name"] for r in csv.DictReader(out.open())} == {"B-1": "Ana Sofía", "B-2": "Tom"}
    # asking for it with --with says where it is
    asked = run(ws, *base, "--contacts", "--with", "first_name")
    assert asked.exit_code == 2 and "`first_name`" in " ".join(asked.output.split()), asked.output
    # a column that is no name still gets the nearest names
    typo = run(ws, *base, "--with", "ordrs_90d")
    assert typo.exit_code == 2 and "'orders_90d'" in typo.output, typo.output


def test_at_most_per_account_is_kept_said_and_refused_when_mistyped(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "contacts.csv"
    rows = [f"C{i},{'Harbour Freight Co' if i < 5 else f'Account {i}'},{'Red' if i < 5 else 'Green'}"
            for i in range(9)]
    roster.write_text("Contact ID,Account Name,Health\n" + "\n".join(rows) + "\n")
    with Workspace.open(ws) as w:
        w.create_study("Approvals", goals=[])
        w.import_roster(roster, study="approvals")
    base = ["recruit", "plan", "--study", "approvals", "--size", "6", "--by", "health", "--as-of", "2026-06-01"]
    res = run(ws, *base, "--at-most", "account name=2", "--json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert sum(c["pid"] in {f"C{i}" for i in range(5)} for c in data["chosen"]) == 2
    assert "at most 2 per account name, as asked (Harbour Freight Co has 2)" in data["notes"]
    assert run(ws, "recruit", "coverage", "--study", "approvals").exit_code == 0
    for bad, needle in (("acount name=2", "did you mean 'account name'"), ("account name=two", "whole number")):
        refused = run(ws, *base, "--at-most", bad, "--seed", "4")
        assert refused.exit_code == 2 and needle in refused.output, refused.output
    again = json.loads(run(ws, *base, "--at-most", "account name=2", "--json", "--no-save").output)
    assert again["dropped"] == []  # the refused runs saved nothing


def test_with_a_phone_column_named_in_spanish_or_holding_numbers_needs_contacts(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "socias.csv"
    roster.write_text("_id;socia/nombre;socia/telefono;recados;grupo\n"
                      "901;Flor Ruiz;951 200 1101;+52 951 300 2201;Las Palmas\n"
                      "902;Alma Cruz;9512001102;951 300 2202;El Sol\n")
    with Workspace.open(ws) as w:
        w.create_study("Ahorro", goals=[])
        w.import_roster(roster, study="ahorro")
    base = ["recruit", "plan", "--study", "ahorro", "--size", "2", "--no-save", "-o", str(tmp_path / "plan.csv")]
    for column in ("socia/telefono", "recados"):
        res = run(ws, *base, "--with", f"{column},grupo")
        assert res.exit_code == 2 and f"--with {column}: a phone number" in res.output, res.output
    assert not (tmp_path / "plan.csv").exists()
    ok = run(ws, *base, "--with", "grupo")
    assert ok.exit_code == 0 and "951" not in (tmp_path / "plan.csv").read_text()


def test_the_invitation_list_carries_the_roster_notes_the_caller_needs(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "pantry.csv"
    roster.write_text("Client ID,Name,Phone,visits_90d,Remarques\n"
                      "K-1,Ines Moreau,514 555 0101,5,appeler après 18 h\n"
                      "K-2,Tom Baker,514 555 0102,1,\n")
    with Workspace.open(ws) as w:
        w.create_study("Pantry", goals=[])
        w.import_roster(roster, study="pantry")
    out = tmp_path / "invite.csv"
    base = ["recruit", "plan", "--study", "pantry", "--size", "2", "--no-save", "-o", str(out)]
    assert run(ws, *base, "--contacts").exit_code == 0
    rows = {r["pid"]: r for r in csv.DictReader(out.open())}
    assert (rows["K-1"]["remarques"], rows["K-2"]["remarques"]) == ("appeler après 18 h", "")
    # asked for with --with as well, it is written once
    assert run(ws, *base, "--contacts", "--with", "Remarques").exit_code == 0
    assert next(csv.reader(out.open())).count("remarques") == 1
    # without --contacts the plan file carries no notes (they may name people)
    assert run(ws, *base).exit_code == 0 and "remarques" not in out.read_text()


def test_contacts_warn_of_numbers_saved_without_their_leading_zero(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "members.csv"
    roster.write_text("id,name,mobile,tier\n"
                      "T1,Hsu Li,0917-204-883,gold\nT2,Kao Wen,917305114,gold\n"
                      "T3,Lo Pin,955660731,basic\nT4,Yeh An,0955 118 202,basic\n")
    with Workspace.open(ws) as w:
        w.create_study("Grocer", goals=[])
        w.import_roster(roster, study="grocer")
    out = tmp_path / "invite.csv"
    res = run(ws, "recruit", "plan", "--study", "grocer", "--size", "4", "--no-save", "--contacts", "-o", str(out))
    assert res.exit_code == 0, res.output
    said = " ".join(res.output.split())
    assert "mobile: 2 of the chosen have a number that a spreadsheet (Excel) seems to have saved without its " \
           "leading 0 (917305114 beside 0917-204-883): T2, T3" in said, said
    assert "no E.164 form is guessed" in said
    rows = {r["pid"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["T2"]["mobile"] == "917305114" and "mobile (E.164)" not in rows["T2"]


def test_an_invitation_list_withholds_the_listed_contacts_of_someone_with_a_safety_note(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "clients.csv"
    roster.write_text("Client ID,Name,Email,Mobile,Sessions (last 30 days),Client alerts,Notes\n"
                      "C-1,Rosa Lind,rosa.lind@example.org,0400 111 222,3,,\n"
                      "C-2,Mae Ford,mae.ford@example.org,0400 333 444,3,family violence,"
                      "Safe number only: 0400 999 000\n")
    with Workspace.open(ws) as w:
        w.create_study("Intake", goals=[])
        w.import_roster(roster, study="intake")
    invite = tmp_path / "invite.csv"
    res = run(ws, "recruit", "plan", "--study", "intake", "--size", "2", "--as-of", "2026-06-01", "--no-save",
              "--contacts", "-o", str(invite))
    assert res.exit_code == 0, res.output
    rows = {r["pid"]: r for r in csv.DictReader(invite.open())}
    assert rows["C-1"]["email"] == "rosa.lind@example.org" and rows["C-1"]["mobile"] == "0400 111 222"
    text = invite.read_text()
    assert "mae.ford@example.org" not in text and "0400 333 444" not in text and "+61400333444" not in text
    assert rows["C-2"]["email"].startswith("withheld") and rows["C-2"]["mobile"].startswith("withheld")
    # the flag and the note with the safe number stand beside them
    assert rows["C-2"]["client alerts"] == "family violence" and "0400 999 000" in rows["C-2"]["notes"]
    assert "C-2 (client alerts: family violence)" in " ".join(res.output.split())


def test_the_plan_file_carries_the_answer_to_a_question_asking_for_a_call(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "members.csv"
    asked = "Would you be open to a 20-minute call about our booking page?"
    roster.write_text(f'member id,Email,visits_90d,Tier,"{asked}"\n'
                      "M-1,lou@example.org,9,Gold,Yes\nM-2,kit@example.org,4,Gold,Maybe\n"
                      "M-3,ines@example.org,2,Silver,No\nM-4,raj@example.org,7,Silver,Yes\n")
    with Workspace.open(ws) as w:
        w.create_study("Booking", goals=[])
        w.import_roster(roster, study="booking")
    out = tmp_path / "plan.csv"
    res = run(ws, "recruit", "plan", "--study", "booking", "--size", "3", "--as-of", "2026-06-01", "--no-save",
              "-o", str(out))
    assert res.exit_code == 0, res.output
    assert "left out M-3: said no to research contact" in " ".join(res.output.split()), res.output
    assert "with no clear yes: M-2 ('Maybe')" in " ".join(res.output.split()), res.output
    rows = {r["pid"]: r for r in csv.DictReader(out.open())}
    assert set(rows) == {"M-1", "M-2", "M-4"}
    assert {pid: r[asked.lower()] for pid, r in rows.items()} == {"M-1": "Yes", "M-2": "Maybe", "M-4": "Yes"}


def test_a_plan_csv_with_column_names_beyond_english_letters_points_to_excel(env, tmp_path: Path) -> None:  # noqa: ANN001
    ws, _ = env
    with_names = tmp_path / "named.csv"
    res = run(ws, *PLAN, "--size", "3", "--no-save", "--by", "plan", "-o", str(with_names))
    assert res.exit_code == 0, res.output
    assert "--excel" not in res.output  # English names: nothing to say
    from tests.cli.test_plan_cli import ROSTER

    lines = ROSTER.strip().splitlines()
    roster = tmp_path / "kupot.csv"  # the same people, with a column named in Hebrew letters
    roster.write_text("\n".join([lines[0] + ",סניף"] + [f"{line},{'צפון' if i % 2 else 'דרום'}"
                                                        for i, line in enumerate(lines[1:], 1)]) + "\n")
    with Workspace.open(ws) as w:
        w.import_roster(roster, study="grocery-planning")
    res = run(ws, *PLAN, "--size", "3", "--no-save", "--by", "סניף", "-o", str(with_names))
    assert res.exit_code == 0, res.output
    assert ("the same command with --bom (Excel where decimals are written with a point) or --excel (where with a "
            "comma) writes a file Excel opens with them intact") in " ".join(res.output.split())
    excel = run(ws, *PLAN, "--size", "3", "--no-save", "--by", "סניף", "-o", str(with_names), "--excel")
    assert "the same command with --bom" not in " ".join(excel.output.split())


def test_an_invitation_list_carries_the_authorized_representative_the_roster_names(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "members.csv"
    roster.write_text("MEMBER_ID,MEMBER_NAME,PHONE,CALLS_12M,AUTH_REP_NAME,TTY_FLAG\n"
                      "K-1,\"ORR, NELL\",(555) 010-1111,4,,N\n"
                      "K-2,\"PAGE, OTIS\",(555) 010-2222,4,\"PAGE, RUTH (daughter)\",Y\n")
    with Workspace.open(ws) as w:
        w.create_study("Line", goals=[])
        w.import_roster(roster, study="line")
    invite = tmp_path / "invite.csv"
    res = run(ws, "recruit", "plan", "--study", "line", "--size", "2", "--as-of", "2026-06-01", "--no-save",
              "--contacts", "-o", str(invite))
    assert res.exit_code == 0, res.output
    rows = {r["pid"]: r for r in csv.DictReader(invite.open())}
    assert rows["K-2"]["auth_rep_name"] == "PAGE, RUTH (daughter)" and rows["K-1"]["auth_rep_name"] == ""
    said = " ".join(res.output.split())
    assert "K-2 (auth_rep_name: PAGE, RUTH (daughter))" in said and "K-2 (tty_flag: Y)" in said


def test_an_invitation_list_withholds_the_contacts_of_someone_in_an_open_safety_case(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "members.csv"
    roster.write_text("user_id,first_name,email,sessions_30d,account_status,moderation_notes\n"
                      "m-01,Tess,tess.w@example.net,14,active,\n"
                      "m-02,Lou,lou.b@example.net,11,active,harassed by a match - open T&S ticket; contact via T&S\n")
    with Workspace.open(ws) as w:
        w.create_study("Date safety", goals=[])
        w.import_roster(roster, study="date-safety")
    invite = tmp_path / "invite.csv"
    res = run(ws, "recruit", "plan", "--study", "date-safety", "--size", "2", "--as-of", "2026-06-01", "--no-save",
              "--contacts", "-o", str(invite))
    assert res.exit_code == 0, res.output
    rows = {r["pid"]: r for r in csv.DictReader(invite.open())}
    assert rows["m-01"]["email"] == "tess.w@example.net"
    assert "lou.b@example.net" not in invite.read_text() and rows["m-02"]["email"].startswith("withheld")
    said = " ".join(res.output.split())
    assert "is in an open trust-and-safety case" in said and "m-02 (moderation_notes:" in said, said


def test_a_plan_for_excel_where_decimals_have_a_point_keeps_commas(env, tmp_path: Path) -> None:  # noqa: ANN001
    ws, _ = env
    out = tmp_path / "plan.csv"
    res = run(ws, *PLAN, "--size", "3", "--no-save", "-o", str(out), "--bom")
    assert res.exit_code == 0, res.output
    raw = out.read_bytes()
    assert raw.startswith("\ufeff".encode()) and raw.decode("utf-8-sig").splitlines()[0].startswith("pid,usage,")
    both = run(ws, *PLAN, "--size", "3", "--no-save", "-o", str(tmp_path / "b.csv"), "--bom", "--excel")
    assert both.exit_code == 2 and "choose one" in both.output and not (tmp_path / "b.csv").exists()


def test_with_a_column_of_names_under_any_header_needs_contacts(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "growers.csv"
    roster.write_text("grower_id,Grower Full Name,district\n"
                      "G-11,Sunita Devi Kushwaha,Sitapur\nG-12,Ramkishan Maurya,Hardoi\n"
                      "G-13,Kamla Prasad Verma,Sitapur\n"
                      "G-14,Bhagwati Yadav,Hardoi\nG-15,Santosh Kumar Pal,Sitapur\nG-16,Meera Rawat,Hardoi\n")
    with Workspace.open(ws) as w:
        w.create_study("Seed loans", goals=[])
        w.import_roster(roster, study="seed-loans")
        columns = {k for p in w.participants("seed-loans") for k in p.attributes}
    named = next(c for c in columns if "grower" in c)  # (not read as the name: a header no table knows)
    base = ["recruit", "plan", "--study", "seed-loans", "--size", "3", "--no-save", "-o", str(tmp_path / "plan.csv")]
    res = run(ws, *base, "--with", f"{named},district")
    assert res.exit_code == 2 and "its values are people's names" in res.output, res.output
    assert not (tmp_path / "plan.csv").exists()
    ok = run(ws, *base, "--with", "district")
    assert ok.exit_code == 0 and "Kushwaha" not in (tmp_path / "plan.csv").read_text()


def test_the_contacts_file_carries_the_gift_officer_through_whom_a_donor_is_invited(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "alumni.csv"
    roster.write_text('"Constituent ID","Email address","Portal logins (12 mo)","Primary gift officer"\n'
                      '"A-1","ola@alum.example.edu","12","Priyanka Shah"\n"A-2","ben@alum.example.edu","3",""\n'
                      '"A-3","cy@alum.example.edu","8",""\n')
    with Workspace.open(ws) as w:
        w.create_study("Portal", goals=[])
        w.import_roster(roster, study="portal")
    out = tmp_path / "invite.csv"
    res = run(ws, "recruit", "plan", "--study", "portal", "--size", "3", "--as-of", "2026-06-01", "--no-save",
              "--contacts", "-o", str(out))
    assert res.exit_code == 0, res.output
    assert "A-1 (contact through their gift officer (primary gift officer: Priyanka Shah))" \
        in " ".join(res.output.split()), res.output
    rows = {r["pid"]: r for r in csv.DictReader(out.open())}
    assert rows["A-1"]["primary gift officer"] == "Priyanka Shah" and rows["A-2"]["primary gift officer"] == ""


def test_the_invitation_greets_by_the_preferred_name_where_the_roster_has_one(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "clients.csv"
    roster.write_text("Client ID,First name,Last name,Preferred name,Email,Bookings last 90 days\n"
                      "C-1,Katherine,Oduya,Kat,kat@example.com,6\nC-2,Robert,Lim,Bobby Lim,rob@example.com,2\n"
                      "C-3,Wen,Zhou,,wen@example.com,4\n")
    with Workspace.open(ws) as w:
        w.create_study("Portal", goals=[])
        w.import_roster(roster, study="portal")
    out = tmp_path / "invite.csv"
    res = run(ws, "recruit", "plan", "--study", "portal", "--size", "3", "--no-save", "-o", str(out), "--contacts")
    assert res.exit_code == 0, res.output
    rows = {r["pid"]: (r["name"], r["first_name"]) for r in csv.DictReader(out.open())}
    assert rows == {"C-1": ("Katherine Oduya", "Kat"), "C-2": ("Robert Lim", "Bobby"), "C-3": ("Wen Zhou", "Wen")}

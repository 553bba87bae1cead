"""A roster value the plan cannot read is refused at import, naming the line a person can find."""

from __future__ import annotations

from pathlib import Path

import pytest

from listenwell.domain import InputError
from listenwell.workspace import Workspace


@pytest.mark.parametrize(("text", "line", "words"), [
    # no id column: the id is made from the address, so only the line finds the row
    ("email,last seen\na@example.com,2026-10-01\nb@example.com,31/11/2026\n", 3, "November 2026 has 30 days"),
    ("member id,last login\nM1,30.02.2026\nM2,01.03.2026\n", 2, "February 2026 has 28 days"),
])
def test_a_day_the_calendar_lacks_is_named_with_its_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    roster = tmp_path / "panel.csv"
    roster.write_text(text)
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Renewals")
        with pytest.raises(InputError, match=words) as err:
            w.import_roster(roster, "renewals")
        assert (err.value.file, err.value.line) == (str(roster), line)
        assert w.participants("renewals") == []


def test_a_refused_date_names_the_columns_other_cells_that_are_no_dates_either(tmp_path: Path) -> None:
    rows = ["R1,17/10/2026", "R2,soon-ish", "R3,18/10/2026", "R4,2026/14/40", "R5,4 days ago", "R6,31/09/2026"]
    rows += [f"R{n},1{n % 10}/10/2026" for n in range(7, 16)] + ["R16,next Tues", "R17,x17", "R18,12.13.14.15", "R19,week 44 2026"]
    roster = tmp_path / "riders.csv"
    roster.write_text("rider id,last ride\n" + "\n".join(rows) + "\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Riders")
        with pytest.raises(InputError) as err:
            w.import_roster(roster, "riders")
        assert (err.value.file, err.value.line) == (str(roster), 3)
        assert "'soon-ish' is not a date" in err.value.detail
        # the others, counted, the first five with their lines; a day ago or a date is none of them
        assert "and 6 other cells of column 'last ride' are not dates either: line 5 '2026/14/40', line 7 " \
               "'31/09/2026', line 17 'next Tues', line 18 'x17', line 19 '12.13.14.15' and 1 more" in err.value.detail
        assert "4 days ago" not in err.value.detail and w.participants("riders") == []


# a garden-shop's customer export, with three columns the researcher added in the sheet
OWN_COLUMNS = ("Customer ID;Name;Email;Orders;OK to record the call?;NPS;Researcher notes\n"
               "880101;Ines Amaral;ines@example.com;2;yes;9;\n"
               "880102;Tom Baker;tom@example.com;5;no;4;spoke to us in June\n"
               "880103;Uma Chen;uma@example.com;0;yes;7;aged 17\n")
# the same people as the shop exports them again, without the researcher's columns
PLAIN = ("Customer ID,Name,Email,Orders\n"
         "880101,Ines Amaral,ines@example.com,3\n"
         "880102,Tom Baker,tom@example.com,5\n"
         "880103,Uma Chen,uma@example.com,0\n")


def test_a_re_export_without_the_researchers_own_columns_keeps_their_values(tmp_path: Path) -> None:
    import datetime as dt

    from listenwell.analysis.mix import MixOptions

    first, again = tmp_path / "customers_marked.csv", tmp_path / "customers.csv"
    first.write_text(OWN_COLUMNS)
    again.write_text(PLAIN)
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Seed orders")
        w.import_roster(first, "seed-orders")
        update = w.import_roster(again, "seed-orders")
        people = {p.pid: p for p in w.participants("seed-orders")}
        # the recorded no to recording stays a no, and the notes and NPS stay
        assert people["880102"].consent.recorded is False and people["880102"].consent.share_recordings is False
        assert people["880101"].consent.recorded is True
        assert people["880102"].attributes == {"orders": "5", "nps": "4", "researcher notes": "spoke to us in June"}
        assert people["880103"].attributes["researcher notes"] == "aged 17"
        assert people["880101"].attributes["orders"] == "3"  # what the file has is updated
        # and said by name, with who changed: only the one whose orders moved
        assert update.changed == ["880101"] and update.added == [] and update.missing == []
        assert update.kept_fields == {"recording consent": ["880101", "880102", "880103"]}
        assert sorted(update.kept_columns) == ["nps", "researcher notes"]
        assert update.kept_columns["researcher notes"] == ["880102", "880103"]
        plan = w.recruit_plan("seed-orders", MixOptions(size=3, as_of=dt.date(2026, 11, 1)), save=False)
        assert "880102" not in [p.pid for p in plan.chosen]


def test_an_emptied_consent_cell_keeps_a_recorded_no_but_an_emptied_note_clears(tmp_path: Path) -> None:
    roster = tmp_path / "panel.csv"
    roster.write_text("id,Recording consent,Quotes,notes\nK1,no,no,call after 5pm\nK2,yes,yes,\nK3,no,yes,\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Panel")
        w.import_roster(roster, "panel")
        roster.write_text("id,Recording consent,Quotes,notes\nK1,,,\nK2,,,\nK3,yes,,\n")
        update = w.import_roster(roster, "panel")
        k1, k2, k3 = w.participants("panel")
        assert (k1.consent.recorded, k1.consent.quotes) == (False, False)
        assert update.kept_no == {"recording consent": ["K1"], "consent to quotes": ["K1"]}
        assert k1.attributes == {}  # a note emptied in a column the file has is cleared
        assert k2.consent.recorded is None  # an emptied yes is unknown, which asks nothing of anyone
        assert k3.consent.recorded is True  # a yes in the file is their answer now
        # no file says they may share recordings: the no they had is kept, and named
        assert k3.consent.share_recordings is False
        assert update.kept_fields == {"consent to share recordings": ["K3"]} and update.kept_columns == {}



def test_an_older_sheet_keeps_a_recorded_no_to_research_or_contact_in_the_roster_columns(tmp_path: Path) -> None:
    import datetime as dt

    from listenwell.analysis.mix import MixOptions

    roster = tmp_path / "clinic.csv"
    newer = ("MRN,Research contact OK,Do not contact,Visits (90 days),Clinic\n"
             "M1,No,,3,North\nM2,Yes,,4,North\nM3,Yes,Y,2,South\nM4,No,,1,South\n")
    roster.write_text(newer)
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Clinic")
        w.import_roster(roster, "clinic")
        # last month's sheet: before anyone answered
        roster.write_text("MRN,Research contact OK,Do not contact,Visits (90 days),Clinic\n"
                          "M1,,,3,North\nM2,,,4,North\nM3,,,2,South\nM4,Yes,,1,South\n")
        update = w.import_roster(roster, "clinic")
        people = {p.pid: p for p in w.participants("clinic")}
        assert people["M1"].attributes["research contact ok"] == "No"
        assert people["M3"].attributes["do not contact"] == "Y"
        assert people["M4"].attributes["research contact ok"] == "Yes"  # a yes in the file is their answer now
        assert "research contact ok" not in people["M2"].attributes  # an emptied yes is unknown
        assert update.kept_no == {"'research contact ok'": ["M1"], "'do not contact'": ["M3"]}
        plan = w.recruit_plan("clinic", MixOptions(size=4, as_of=dt.date(2026, 11, 1)), save=False)
        assert {"M1", "M3"}.isdisjoint(p.pid for p in plan.chosen)


def test_another_systems_export_under_an_id_column_is_refused_as_not_the_roster(tmp_path: Path) -> None:
    roster, tickets = tmp_path / "members.csv", tmp_path / "helpdesk.csv"
    roster.write_text("id,email,plan,region,visits (30d)\n"
                      "C1,ada@mail.example,pro,north,4\nC2,bo@mail.example,free,south,0\nC3,cy@mail.example,pro,east,9\n")
    # ticket numbers renamed 'id', as the refusal of a file with no id column might have led someone to do
    tickets.write_text("id,Requester,Requester email,Subject,Priority\n"
                       "7001,Ada Moss,ada@mail.example,Refund,high\n7002,Ada Moss,ada@mail.example,Login,low\n"
                       "7003,Cy Vale,cy@mail.example,Bug,low\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Members")
        w.import_roster(roster, "members")
        with pytest.raises(InputError) as err:
            w.import_roster(tickets, "members")
        said = str(err.value)
        assert "not the study's roster" in said and "7001" in said and "'subject'" in said, said
        assert "nothing was changed" in said
        assert [p.pid for p in w.participants("members")] == ["C1", "C2", "C3"]
        # new people with the roster's own columns are added as before
        roster.write_text("id,email,plan,region,visits (30d)\nC4,di@mail.example,free,west,2\n"
                          "C5,ed@mail.example,pro,north,1\n")
        assert w.import_roster(roster, "members").added == ["C4", "C5"]

SF_LONG = ("Contact ID,First Name,Last Name,Email,Role\n"
           "003Hp00000aBcDeIAQ,Erin,Holt,erin@example.com,Buyer\n"
           "003Hp00000fGhIjIAR,Raj,Iyer,raj@example.com,Approver\n"
           "003Hp00000kLmNoIAS,Li,Wen,li@example.com,Admin\n")
SF_SHORT = ("Contact ID,First Name,Last Name,Email,Role\n"
            "003Hp00000aBcDe,Erin,Holt,erin@example.com,Finance lead\n"
            "003Hp00000fGhIj,Raj,Iyer,raj@example.com,Approver\n"
            "003Hp00000zZzZz,Li,Wen,li@example.com,Admin\n"
            "003Hp00000kLmNo,Kai,Sun,kai@example.com,Buyer\n")


def test_salesforce_15_character_ids_update_the_people_stored_under_their_18(tmp_path: Path) -> None:
    long, short = tmp_path / "report_18.csv", tmp_path / "report_15.csv"
    long.write_text(SF_LONG)
    short.write_text(SF_SHORT)
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Approvals")
        w.import_roster(long, "approvals")
        update = w.import_roster(short, "approvals")
        pids = [p.pid for p in w.participants("approvals")]
        assert update.same_record == [("003Hp00000aBcDe", "003Hp00000aBcDeIAQ"),
                                      ("003Hp00000fGhIj", "003Hp00000fGhIjIAR")]
        assert update.changed == ["003Hp00000aBcDeIAQ"]  # her role, under the id stored
        # the third 15-character id is Li's row with a new id (her email), not the same record; and
        # the one whose 15 characters match Li's old id but with Kai's email is not her either
        assert update.added == ["003Hp00000zZzZz", "003Hp00000kLmNo"]
        assert update.same_email == [("003Hp00000zZzZz", "003Hp00000kLmNoIAS")]
        assert update.missing == ["003Hp00000kLmNoIAS"]
        assert pids[:2] == ["003Hp00000aBcDeIAQ", "003Hp00000fGhIjIAR"] and len(pids) == 5


# a food-box service's members with the app's user id and the analytics tool's own id beside it
MEMBERS = ("tracking_id,user_id,name,plan\n"
           "90001,U-311,Ada Quist,weekly\n"
           "90002,U-312,Ben Ruiz,monthly\n"
           "90003,U-313,Cy Stone,weekly\n")


def test_one_empty_id_in_a_re_import_is_refused_naming_its_line_not_a_switch_of_id_column(tmp_path: Path) -> None:
    first, again = tmp_path / "members.csv", tmp_path / "members_dec.csv"
    first.write_text(MEMBERS)
    # a guest order: the app has no user id for them, the analytics tool has
    again.write_text(MEMBERS.replace("90002,U-312,", "90002,,") + "90004,U-314,Di Tran,weekly\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Box churn")
        w.import_roster(first, "box-churn")
        with pytest.raises(InputError, match=r"csv:3: no user_id: the study's people are stored under their 'user_id'") as err:
            w.import_roster(again, "box-churn")
        assert (err.value.file, err.value.line) == (str(again), 3)
        assert [p.pid for p in w.participants("box-churn")] == ["U-311", "U-312", "U-313"]


def test_a_re_import_whose_usual_id_column_is_complete_again_keeps_the_column_the_people_are_under(
        tmp_path: Path) -> None:
    first, again = tmp_path / "members_gap.csv", tmp_path / "members.csv"
    first.write_text(MEMBERS.replace("90002,U-312,", "90002,,"))  # first keyed by tracking_id, and said
    again.write_text(MEMBERS.replace("weekly", "paused"))
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Box churn")
        assert "'user_id' is empty on line 3" in (w.import_roster(first, "box-churn").id_note or "")
        update = w.import_roster(again, "box-churn")
        assert update.added == [] and update.missing == []
        assert sorted(update.changed) == ["90001", "90002", "90003"]  # 90002 has a user_id now
        assert "ids read from column 'tracking_id'" in (update.id_note or "")


# a survey tool's raw export of the screener: its own response ids, and the panel's id of each
# person carried in as embedded data (Qualtrics: three header rows)
PANEL = ("Participant id,Status,Age\n"
         "5f1aa0c2e4b0a1,APPROVED,31\n"
         "5f1aa0c2e4b0a2,APPROVED,44\n"
         "5f1aa0c2e4b0a3,RETURNED,27\n")
SURVEY = ('StartDate,ResponseId,Finished,Q1,PROLIFIC_PID\n'
          'Start Date,Response ID,Finished,How often do you cook at home?,PROLIFIC_PID\n'
          '{"ImportId":"startDate"},{"ImportId":"_recordId"},{"ImportId":"finished"},{"ImportId":"QID1"},'
          '{"ImportId":"PROLIFIC_PID"}\n'
          "2026-11-02 10:00:00,R_1aBcDeFgHiJkL01,True,Most days,5f1aa0c2e4b0a1\n"
          "2026-11-02 10:04:00,R_1aBcDeFgHiJkL02,True,Rarely,5f1aa0c2e4b0a2\n")


def test_a_survey_export_whose_embedded_panel_id_holds_the_studys_people_updates_them(tmp_path: Path) -> None:
    first, again = tmp_path / "panel.csv", tmp_path / "screener_raw.csv"
    first.write_text(PANEL)
    again.write_text(SURVEY)
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Home cooking")
        w.import_roster(first, "home-cooking")
        update = w.import_roster(again, "home-cooking")
        assert update.added == [] and sorted(update.changed) == ["5f1aa0c2e4b0a1", "5f1aa0c2e4b0a2"]
        assert "ids read from column 'PROLIFIC_PID'" in (update.id_note or "")
        assert "not 'Response ID', which holds none of them" in (update.id_note or "")
        people = {p.pid: p for p in w.participants("home-cooking")}
        assert len(people) == 3
        assert people["5f1aa0c2e4b0a2"].attributes["how often do you cook at home?"] == "Rarely"
        assert people["5f1aa0c2e4b0a2"].attributes["status"] == "APPROVED"  # kept: the survey has no such column


def test_a_panel_id_given_twice_in_the_survey_export_is_refused(tmp_path: Path) -> None:
    first, again = tmp_path / "panel.csv", tmp_path / "screener_raw.csv"
    first.write_text(PANEL)
    again.write_text(SURVEY + "2026-11-03 09:00:00,R_1aBcDeFgHiJkL03,True,Never,5f1aa0c2e4b0a1\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Home cooking")
        w.import_roster(first, "home-cooking")
        with pytest.raises(InputError, match=r"'5f1aa0c2e4b0a1' in column 'PROLIFIC_PID' appears twice") as err:
            w.import_roster(again, "home-cooking")
        assert err.value.line == 6
        assert "how often do you cook at home?" not in w.participants("home-cooking")[0].attributes


def test_a_column_naming_who_referred_someone_is_not_taken_for_their_id(tmp_path: Path) -> None:
    first, again = tmp_path / "wave1.csv", tmp_path / "wave2.csv"
    first.write_text("Customer ID,Name\nC-1,Ana\nC-2,Bo\n")
    again.write_text("Customer ID,Name,Referrer ID\nC-3,Cai,C-1\nC-4,Dee,C-2\nC-5,Eli,C-1\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Referrals")
        w.import_roster(first, "referrals")
        update = w.import_roster(again, "referrals")
        assert update.added == ["C-3", "C-4", "C-5"] and update.id_note is None


# a climbing gym's research panel, and the same sheet after the researcher deleted two rows
GYM = ("Member ID,Name,Visits 30d\n"
       "G-01,Ola Berg,12\nG-02,Piet Smit,0\nG-03,Rui Sa,4\nG-04,Sia Wu,7\n")
GYM_CLEANED = "Member ID,Name,Visits 30d\nG-01,Ola Berg,12\nG-03,Rui Sa,5\n"


def _gym(tmp_path: Path, w: Workspace) -> Path:
    first, cleaned = tmp_path / "panel.csv", tmp_path / "panel_cleaned.csv"
    first.write_text(GYM)
    cleaned.write_text(GYM_CLEANED)
    w.create_study("Bouldering")
    w.import_roster(first, "bouldering")
    return cleaned


def test_a_plan_picking_people_the_last_import_left_out_names_them(tmp_path: Path) -> None:
    from listenwell.analysis.mix import MixOptions

    with Workspace.open(tmp_path / "ws") as w:
        cleaned = _gym(tmp_path, w)
        assert w.import_roster(cleaned, "bouldering").missing == ["G-02", "G-04"]  # kept: the default
        plan = w.recruit_plan("bouldering", MixOptions(size=4, seed=1), save=False)
        said = [x for x in plan.warnings if "not in the last roster import" in x]
        assert len(said) == 1 and "G-02" in said[0] and "G-04" in said[0] and "--replace" in said[0]
        w.import_roster(tmp_path / "panel.csv", "bouldering")  # back in the sheet: nothing to say
        plan = w.recruit_plan("bouldering", MixOptions(size=4, seed=1), save=False)
        assert not [x for x in plan.warnings if "not in the last roster import" in x]


def test_replace_takes_off_the_people_the_file_no_longer_has_and_out_of_the_saved_plan(tmp_path: Path) -> None:
    from listenwell.analysis.mix import MixOptions

    with Workspace.open(tmp_path / "ws") as w:
        cleaned = _gym(tmp_path, w)
        w.recruit_plan("bouldering", MixOptions(size=4, seed=1))
        update = w.import_roster(cleaned, "bouldering", replace=True)
        assert (update.removed, update.removed_planned, update.missing) == (["G-02", "G-04"], ["G-02", "G-04"], [])
        assert [p.pid for p in w.participants("bouldering")] == ["G-01", "G-03"]
        assert w.participants("bouldering")[1].attributes["visits 30d"] == "5"


def test_replace_is_refused_for_someone_linked_to_an_interview_and_changes_nothing(tmp_path: Path) -> None:
    from listenwell.domain import Conflict

    with Workspace.open(tmp_path / "ws") as w:
        cleaned = _gym(tmp_path, w)
        call = tmp_path / "call.txt"
        call.write_text("Kai: How did your first month go?\nSia Wu: I came twice a week.\n"
                        "Kai: What kept you coming?\nSia Wu: The route setting.\n")
        [outcome] = w.import_transcripts([call], "bouldering", participant="G-04", interviewer="Kai")
        with pytest.raises(Conflict, match=rf"1 of the people this file no longer has is linked to an interview, "
                                           rf"so they stay: G-04 \(interview {outcome.interview.id}\)"):
            w.import_roster(cleaned, "bouldering", replace=True)
        people = {p.pid: p for p in w.participants("bouldering")}
        assert sorted(people) == ["G-01", "G-02", "G-03", "G-04"] and people["G-03"].attributes["visits 30d"] == "4"


def test_replace_with_a_file_that_has_none_of_the_studys_people_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other_gym.csv"
    other.write_text("Member ID,Name\nH-01,Tom Ek\n")
    with Workspace.open(tmp_path / "ws") as w:
        _gym(tmp_path, w)
        with pytest.raises(InputError, match="would take all 4 people of the study off the roster: this file has none"):
            w.import_roster(other, "bouldering", replace=True)
        assert len(w.participants("bouldering")) == 4


def test_a_file_of_another_source_adds_its_columns_and_marks_nobody_missing(tmp_path: Path) -> None:
    from listenwell.analysis.mix import MixOptions

    screener = tmp_path / "screener.csv"
    screener.write_text("Member ID,How often do you climb?,Favourite wall,Submitted At\n"
                        "G-01,Several times a week,The cave,2026-11-02 10:00\n"
                        "G-03,Once a week,Slab,2026-11-02 11:30\nG-09,Every day,Slab,2026-11-03 09:15\n")
    with Workspace.open(tmp_path / "ws") as w:
        cleaned = _gym(tmp_path, w)
        update = w.import_roster(screener, "bouldering")
        assert update.missing == [] and update.added == ["G-09"] and (update.covered, update.before) == (2, 4)
        assert update.adds_columns == ["favourite wall", "how often do you climb?"]
        people = {p.pid: p for p in w.participants("bouldering")}
        assert people["G-01"].attributes == {"visits 30d": "12", "how often do you climb?": "Several times a week",
                                             "favourite wall": "The cave", "submitted at": "2026-11-02 10:00"}
        plan = w.recruit_plan("bouldering", MixOptions(size=4, seed=1), save=False)
        assert not [x for x in plan.warnings if "not in the last roster import" in x]
        # the panel's own sheet again: those it dropped are missing, not the one the screener brought
        assert w.import_roster(cleaned, "bouldering").missing == ["G-02", "G-04"]


def test_a_survey_respondent_not_on_the_roster_is_named_when_chosen(tmp_path: Path) -> None:
    from listenwell.analysis.mix import MixOptions

    survey = tmp_path / "nps.csv"
    survey.write_text("Member ID,Submitted At,How likely are you to recommend us? (0-10),Why?\n"
                      "G-01,2026-11-02 10:00,9,Great setters\nG-77,2026-11-03 09:15,10,Love it\n")
    with Workspace.open(tmp_path / "ws") as w:
        _gym(tmp_path, w)
        assert w.import_roster(survey, "bouldering").added == ["G-77"]
        plan = w.recruit_plan("bouldering", MixOptions(size=5, seed=1), save=False)
        assert "G-77" in {p.pid for p in plan.chosen}
        [said] = [x for x in plan.warnings if "in none of the roster's columns" in x]
        assert said.startswith("1 of the 5 chosen is in none of the roster's columns") and ": G-77;" in said


def test_a_tab_whose_ids_are_another_systems_for_the_same_emails_is_refused(tmp_path: Path) -> None:
    first, tab = tmp_path / "users.csv", tmp_path / "sync_tab.csv"
    first.write_text("user_id,email,plan\n501,ana@school.example,pro\n502,ben@school.example,free\n"
                     "503,cas@school.example,pro\n")
    tab.write_text("Badge ID,Email,School\nb-9f1,ana@school.example,North\nb-9f2,ben@school.example,North\n"
                   "b-9f3,cas@school.example,South\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Teachers")
        w.import_roster(first, "teachers")
        with pytest.raises(InputError, match=r"none of this file's 3 ids \(column 'Badge ID'\) is one the study's "
                                             r"people are stored under, yet all of its rows have the email of one of "
                                             r"them \(b-9f1 is 501, b-9f2 is 502, b-9f3 is 503\): the ids are in another "
                                             r"column") as err:
            w.import_roster(tab, "teachers")
        assert err.value.file == str(tab)
        assert [p.pid for p in w.participants("teachers")] == ["501", "502", "503"]


def test_a_branch_export_of_the_same_borrowers_by_name_and_phone_under_its_own_ids_is_refused(tmp_path: Path) -> None:
    """A roster of phones, not emails: a branch system's export of the study's borrowers under its own client
    numbers, each row one of them by name and phone (written another way: '0918…' for '+63 918…'), is refused as
    the email-matched one is (walk86 F9); new borrowers with a phone of their own are added."""
    first, branch, new = tmp_path / "masterlist.csv", tmp_path / "branch.csv", tmp_path / "new.csv"
    first.write_text("Borrower ID,Name,Mobile,Branch\nIL-1,\"Gumban, Leo\",+63 918 222 0101,Iloilo\n"
                     "IL-2,\"Sotto, Mila\",+63 918 222 0102,Iloilo\nIL-3,\"Tan, Ria\",+63 918 222 0103,Jaro\n")
    branch.write_text("Client No.,Client Name,Cellphone No.,Center\nJ-0001,\"Gumban, Leo\",09182220101,Center 4\n"
                      "J-0002,\"SOTTO, MILA\",0918 222 0102,Center 4\nJ-0003,\"Tan, Ria\",09182220103,Center 9\n")
    new.write_text("Borrower ID,Name,Mobile,Branch\nIL-4,\"Gumban, Leo\",+63 918 222 0199,Iloilo\n"
                   "IL-5,\"Uy, Ben\",+63 918 222 0102,Iloilo\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Loans")
        w.import_roster(first, "loans")
        with pytest.raises(InputError, match=r"none of this file's 3 ids \(column 'Client No.'\) is one the study's "
                                             r"people are stored under, yet all of its rows have the name and phone "
                                             r"number of one of them \(J-0001 is IL-1, J-0002 is IL-2, J-0003 is IL-3\)"):
            w.import_roster(branch, "loans")
        assert [p.pid for p in w.participants("loans")] == ["IL-1", "IL-2", "IL-3"]
        assert sorted(w.import_roster(new, "loans").added) == ["IL-4", "IL-5"]


def test_the_same_submissions_under_other_column_names_are_refused(tmp_path: Path) -> None:
    fields, labels = tmp_path / "survey_xml.csv", tmp_path / "survey_labels.csv"
    fields.write_text("_id;_uuid;finca/municipio;finca/hectareas;finca/cultivo\n"
                      "81;a1-x;Tlacolula;2;maiz\n82;b2-y;Mitla;5;cafe\n83;c3-z;Teotitlan;1;maiz\n")
    labels.write_text("_id;_uuid;Municipio;¿Cuántas hectáreas?;¿Qué cultiva?\n"
                      "81;a1-x;Tlacolula;2;Maíz\n82;b2-y;Mitla;5;Café\n83;c3-z;Teotitlan;1;Maíz\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Fincas")
        w.import_roster(fields, "fincas")
        with pytest.raises(InputError, match=r"the same submissions as the study's roster \(_uuid the same for its 3 "
                                             r"people\) under column names none of which the roster has \('municipio' "
                                             r"where the roster has 'finca/municipio'"):
            w.import_roster(labels, "fincas")
        assert sorted(w.participants("fincas")[0].attributes) == ["_uuid", "finca/cultivo", "finca/hectareas",
                                                                  "finca/municipio"]


def test_a_re_import_says_whose_email_it_changed(tmp_path: Path) -> None:
    first, again = tmp_path / "members.csv", tmp_path / "members_again.csv"
    first.write_text("Member ID,Email,Visits 30d\nG-01,ola@old.example,3\nG-02,piet@example.org,1\n")
    again.write_text("Member ID,Email,Visits 30d\nG-01,ola@new.example,3\nG-02,PIET@example.org,2\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Bouldering")
        w.import_roster(first, "bouldering")
        assert w.import_roster(again, "bouldering").email_changed == ["G-01"]  # not a change of case


def test_an_email_in_another_case_is_no_change_and_the_stored_one_is_kept(tmp_path: Path) -> None:
    # the club's CRM writes addresses in lower case, its sign-up form as each member typed theirs
    crm, form = tmp_path / "crm.csv", tmp_path / "form.csv"
    crm.write_text("Member ID,Email,Visits 30d\nK-7,aino.virta@example.fi,3\nK-8,eero@example.fi,1\n")
    form.write_text("Member ID,Email,Visits 30d\nK-7,Aino.Virta@Example.FI,3\nK-8,eero@example.fi,1\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Club")
        w.import_roster(crm, "club")
        for again in (form, crm, form):
            update = w.import_roster(again, "club")
            assert update.changed == [] and ("email", "changed") not in update.changes
        assert {p.pid: p.email for p in w.participants("club")}["K-7"] == "aino.virta@example.fi"


def test_an_empty_stored_id_and_ids_given_twice_are_said_together(tmp_path: Path) -> None:
    screener = tmp_path / "screener.csv"
    screener.write_text("#,member_id,Favourite wall\n1,G-01,Slab\n2,G-03,Cave\n3,,Slab\n4,G-01,Roof\n")
    with Workspace.open(tmp_path / "ws") as w:
        _gym(tmp_path, w)
        with pytest.raises(InputError, match=r"no member_id: .* and this row has none.*; and the file gives an id "
                                             r"twice \(one row per person\): 'G-01' is on lines 2 and 5") as err:
            w.import_roster(screener, "bouldering")
        assert err.value.line == 4


def test_a_roster_of_names_alone_given_its_columns_later_is_the_same_sheet(tmp_path: Path) -> None:
    first, grown = tmp_path / "panel.csv", tmp_path / "panel_v2.csv"
    first.write_text("Member ID,Name\nG-01,Ola Berg\nG-02,Piet Smit\nG-03,Rui Sa\n")
    grown.write_text("Member ID,Name,Visits 30d,Home wall\nG-01,Ola Berg,12,North\nG-03,Rui Sa,4,South\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Bouldering")
        w.import_roster(first, "bouldering")
        update = w.import_roster(grown, "bouldering")
        assert update.missing == ["G-02"] and update.adds_columns == []


def test_a_re_saved_roster_whose_number_ids_lost_their_leading_zeros_updates_the_people_stored(
        tmp_path: Path) -> None:
    # a clinic's export with padded record numbers, then the same sheet saved from a spreadsheet
    # that read the column as numbers: one patient has since said no
    first, again = tmp_path / "clinic.csv", tmp_path / "clinic_resaved.csv"
    first.write_text("MRN,name,research_ok\n0042117,Ada Okoro,Y\n0042309,Per Lind,Y\n0050011,Mei Tan,Y\n")
    again.write_text("MRN,name,research_ok\n42117,Ada Okoro,Y\n42309,Per Lind,N\n50011,Mei Tan,Y\n61001,Joe Ruiz,Y\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Clinic")
        w.import_roster(first, "clinic")
        update = w.import_roster(again, "clinic")
        assert update.same_number == [("42117", "0042117"), ("42309", "0042309"), ("50011", "0050011")]
        assert update.added == ["61001"] and update.missing == [] and update.changed == ["0042309"]
        people = {p.pid: p for p in w.participants("clinic")}
        assert sorted(people) == ["0042117", "0042309", "0050011", "61001"]
        assert people["0042309"].attributes["research_ok"] == "N"


def test_ids_that_differ_by_more_than_leading_zeros_are_not_matched(tmp_path: Path) -> None:
    first, again = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("member_id,email\n00420,ana@example.com\n0100,ben@example.com\n")
    # 4200 is another number; "100" with another person's address is not Ben's record
    again.write_text("member_id,email\n4200,ana@example.com\n100,cy@example.com\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Members")
        w.import_roster(first, "members")
        update = w.import_roster(again, "members")
        assert update.same_number == [] and update.added == ["4200", "100"]


def test_a_survey_keyed_by_the_mobile_numbers_with_their_country_code_updates_the_people_stored(
        tmp_path: Path) -> None:
    # a wallet roster keyed by mobile numbers in their national form; the satisfaction survey's tool
    # writes them as dialled from abroad, with or without the "+" (Excel drops it), or with "00"
    roster, survey = tmp_path / "wallets.csv", tmp_path / "csat.csv"
    roster.write_text("Account No,Name,Segment\n01922000111,Nusrat Jahan,Retail\n01533444555,Imran Hossain,Retail\n"
                      "01877666222,Shirin Akter,Retail\n01300123456,Kamal Uddin,Retail\n")
    survey.write_text("Account No,CSAT\n8801922000111,4\n+8801533444555,2\n008801877666222,5\n"
                      "8801300123457,3\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Wallets")
        w.import_roster(roster, "wallets")
        update = w.import_roster(survey, "wallets")
        assert update.same_phone == [("8801922000111", "01922000111"), ("+8801533444555", "01533444555"),
                                     ("008801877666222", "01877666222")]
        # one digit off is another number: added, never taken for Kamal's
        assert update.added == ["8801300123457"]
        people = {p.pid: p for p in w.participants("wallets")}
        assert people["01533444555"].attributes["csat"] == "2"
        assert "csat" not in people["01300123456"].attributes


def test_names_whose_letters_a_re_save_turned_into_question_marks_keep_the_stored_ones(tmp_path: Path) -> None:
    # the first export in UTF-8; the same sheet saved again in an encoding without these letters
    first, again = tmp_path / "panel.csv", tmp_path / "panel_resaved.csv"
    first.write_text("member_id,name,city\nM1,Trần Thị Hồng,Huế\nM2,Łucja Wąs,Łódź\nM3,Ann Lee,Perth\n",
                     encoding="utf-8")
    again.write_text("member_id,name,city\nM1,Tr?n Th? H?ng,Hu?\nM2,?ucja W?s,Lodz\nM3,Ann Lee?,Perth\n",
                     encoding="utf-8")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Panel")
        w.import_roster(first, "panel")
        update = w.import_roster(again, "panel")
        people = {p.pid: p for p in w.participants("panel")}
        assert update.letters_lost == ["M1", "M2"]
        assert people["M1"].name == "Trần Thị Hồng" and people["M1"].attributes["city"] == "Huế"
        # a value changed otherwise is the file's: "Lodz" is written so; "Ann Lee?" adds a character
        assert people["M2"].name == "Łucja Wąs" and people["M2"].attributes["city"] == "Lodz"
        assert people["M3"].name == "Ann Lee?"


def test_phone_numbers_excel_rewrote_in_scientific_notation_keep_the_stored_ones(tmp_path: Path) -> None:
    # a shop's export, then the same sheet after Excel: long numbers shown, and saved, as "9.62791E+11"
    first, again = tmp_path / "shops.csv", tmp_path / "shops_excel.csv"
    first.write_text("shop_id,owner,mobile,account no,visits\nS1,Lina Haddad,+962 7 9123 4567,11000222333444,4\n"
                     "S2,Omar Saleh,962791112233,,2\nS3,Rami Nasser,0791234000,,7\n")
    again.write_text("shop_id,owner,mobile,account no,visits\nS1,Lina Haddad,9.62791E+11,1.1E+13,4\n"
                     "S2,Omar Saleh,9.62791E+11,,2\nS3,Rami Nasser,791234000,,7.0E+0\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Shops")
        w.import_roster(first, "shops")
        update = w.import_roster(again, "shops")
        people = {p.pid: p.attributes for p in w.participants("shops")}
        assert people["S1"]["mobile"] == "+962 7 9123 4567" and people["S2"]["mobile"] == "962791112233"
        assert people["S1"]["account no"] == "11000222333444"
        assert update.digits_lost == {"mobile": ["S1", "S2"], "account no": ["S1"]}
        assert update.digits_lost_as == {"mobile": "9.62791E+11", "account no": "1.1E+13"}
        # a number that only lost its leading 0 is the file's, and a short one is no long number
        assert people["S3"]["mobile"] == "791234000" and people["S3"]["visits"] == "7.0E+0"
        assert ("mobile", "changed") not in update.changes



def test_a_bengali_note_excel_saved_as_question_marks_keeps_the_stored_one_with_its_digits(tmp_path: Path) -> None:
    import re
    # one "?" a character of the file as typed ("য়" as one, U+09DF), its Bengali digits too, which are stored as ASCII
    note, name = "স\u09dfা দিদির সাথে interview শেষ ০৭/১০/২০২৬", "Sudeshna Pal"
    first, again = tmp_path / "tutors.csv", tmp_path / "tutors_ansi.csv"
    first.write_text(f"id,name,remarks\nT1,{name},{note}\nT2,Rina Das,ok\n", encoding="utf-8")
    saved = re.sub(r"[^\x00-\x7f]", "?", note)
    again.write_text(f"id,name,remarks\nT1,{name},{saved}\nT2,Rina Das,ok?\n", encoding="utf-8")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Tutors")
        w.import_roster(first, "tutors")
        stored = {p.pid: p for p in w.participants("tutors")}["T1"].attributes["remarks"]
        update = w.import_roster(again, "tutors")
        people = {p.pid: p for p in w.participants("tutors")}
        assert update.letters_lost == ["T1"] and people["T1"].attributes["remarks"] == stored
        assert people["T2"].attributes["remarks"] == "ok?"  # (all in ASCII: the file's)


# a dog-walking app's walker export joined in a sheet with the walkers' survey answers, and the
# survey's own export from the form later: walkers typed their id as they pleased, and the form
# heads the id column with the question it asked
WALKERS = ("walker_id,handle,email,city,dogs_walked_30d,last_walk,walker_tier,Ok to chat for 30 min?,"
           "Years walking dogs?\n"
           "WLK-00412,bramble,bramble@example.com,Leeds,41,2026-11-20,gold,Yes,6\n"
           "WLK-00415,pip_walks,pip@example.com,York,3,2026-10-02,bronze,Yes,1\n"
           "WLK-00419,moss,moss@example.com,Leeds,17,2026-11-18,silver,No,3\n"
           "WLK-00423,odie,odie@example.com,Hull,22,2026-11-21,silver,Yes,4\n")
FORM = ("Timestamp,Your walker ID (Profile > Account > Walker ID),Ok to chat for 30 min?,Years walking dogs?,"
        "Which days suit you?\n"
        "21/11/2026 10:02:11,wlk-00412,Yes,6,Weekends\n"
        "21/11/2026 11:40:55,WLK00415,maybe,1,Mondays\n")


def _walkers(tmp_path: Path, w: Workspace) -> Path:
    first, form = tmp_path / "walkers_joined.csv", tmp_path / "Walker survey (Responses) - Form responses 1.csv"
    first.write_text(WALKERS)
    form.write_text(FORM)
    w.create_study("Walker chats")
    w.import_roster(first, "walker-chats")
    return form


def test_a_forms_question_for_the_id_is_the_id_column(tmp_path: Path) -> None:
    from listenwell.ingest.roster import read_roster_file

    form = tmp_path / "form.csv"
    form.write_text(FORM)
    roster = read_roster_file(form)
    assert roster.id_column == "Your walker ID (Profile > Account > Walker ID)"
    assert [p.pid for p in roster.people] == ["wlk-00412", "WLK00415"]


def test_ids_typed_in_another_case_or_without_hyphens_update_the_one_stored_person(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws") as w:
        form = _walkers(tmp_path, w)
        update = w.import_roster(form, "walker-chats")
        assert update.added == [] and update.same_typed == [("wlk-00412", "WLK-00412"), ("WLK00415", "WLK-00415")]
        people = {p.pid: p for p in w.participants("walker-chats")}
        assert sorted(people) == ["WLK-00412", "WLK-00415", "WLK-00419", "WLK-00423"]
        assert people["WLK-00415"].attributes["ok to chat for 30 min?"] == "maybe"
        assert people["WLK-00415"].attributes["which days suit you?"] == "Mondays"


def test_a_typed_id_with_another_persons_email_or_two_stored_fits_is_added_not_matched(tmp_path: Path) -> None:
    first, again = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("member_id,email,plan\nGM-0101,ana@example.com,pro\nGM0202,ben@example.com,free\n"
                     "GM-0202,cy@example.com,free\n")
    again.write_text("member_id,email,plan\ngm-0101,dee@example.com,pro\ngm0202,,pro\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Members")
        w.import_roster(first, "members")
        update = w.import_roster(again, "members")
        assert update.same_typed == [] and update.added == ["gm-0101", "gm0202"]


def test_the_survey_a_roster_was_joined_with_is_another_source_and_never_suggests_replace(tmp_path: Path) -> None:
    from listenwell.analysis.mix import MixOptions

    with Workspace.open(tmp_path / "ws") as w:
        form = _walkers(tmp_path, w)
        update = w.import_roster(form, "walker-chats")
        # the form's columns are the sheet's own (it was joined with them), yet the file is a part
        assert update.other_source and update.missing == [] and (update.covered, update.before) == (2, 4)
        plan = w.recruit_plan("walker-chats", MixOptions(size=4, seed=1), save=False)
        assert not [x for x in plan.warnings if "not in the last roster import" in x or "--replace" in x]


def test_a_date_of_birth_the_calendar_lacks_is_refused_with_its_line(tmp_path: Path) -> None:
    roster = tmp_path / "panel.csv"
    roster.write_text("Respondent ID;Geboortedatum;Wijk\nR1;12-05-1970;Noord\nR2;31-06-1988;Zuid\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Bewoners")
        with pytest.raises(InputError, match="June 1988 has 30 days") as err:
            w.import_roster(roster, "bewoners")
        assert (err.value.file, err.value.line) == (str(roster), 3)
        assert "R2" in err.value.detail and "geboortedatum" in err.value.detail
        assert w.participants("bewoners") == []


def test_a_formatted_bi_export_of_the_same_question_updates_the_stored_people(tmp_path: Path) -> None:
    # a savings co-operative's members as a BI tool exports them plain, then the same question
    # exported with its formatting on: grouped ids, display-name headers, long dates, a 12-hour clock
    plain, formatted = tmp_path / "members.csv", tmp_path / "members_formatted.csv"
    plain.write_text("member_id,full_name,town,last_seen_at,savings_total\n"
                     "204518,Amina Oduya,Eldoret,2026-11-20T18:05:12+03:00,\"12,400\"\n"
                     "204519,Baraka Njeru,Nyeri,2026-06-02T07:30:00+03:00,0\n"
                     "1204520,Chebet Rono,Kericho,2026-11-01T09:00:00+03:00,300\n")
    formatted.write_text("Member ID,Full Name,Town,Last Seen At,Savings Total\n"
                         "\"204,518\",Amina Oduya,Eldoret,\"November 20, 2026, 6:05 PM\",\"12,400\"\n"
                         "\"204,519\",Baraka Njeru,Nairobi,\"June 2, 2026, 7:30 AM\",0\n"
                         "\"1,204,520\",Chebet Rono,Kericho,\"November 1, 2026, 9:00 AM\",300\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Savers")
        w.import_roster(plain, "savers")
        update = w.import_roster(formatted, "savers")
        assert update.added == [] and update.missing == []
        assert update.same_grouped == [("204,518", "204518"), ("204,519", "204519"), ("1,204,520", "1204520")]
        assert ("last seen at", "last_seen_at") in update.renamed_columns
        # the same moments written another way; the town that moved is a change
        assert update.changes[("last_seen_at", "reformatted")] == 3
        assert update.changes[("town", "changed")] == 1
        people = {p.pid: p for p in w.participants("savers")}
        assert sorted(people) == ["1204520", "204518", "204519"]
        assert set(people["204519"].attributes) == {"town", "last_seen_at", "savings_total"}
        assert people["204519"].attributes["town"] == "Nairobi"


def test_a_grouped_number_is_not_matched_to_another_number(tmp_path: Path) -> None:
    first, again = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("member_id,town\n204518,Eldoret\n")
    again.write_text("member_id,town\n\"204,519\",Eldoret\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Savers")
        w.import_roster(first, "savers")
        update = w.import_roster(again, "savers")
        assert update.same_grouped == [] and update.added == ["204,519"]


# a school's staff list, and a form's answers keyed by the address each teacher signed in with
STAFF = ("staff_id,role,first_name,email,logins_30d\n"
         "E-71,teacher,Aiko,aiko.m@harbourview.example,14\nE-72,teacher,Bram,bram.t@harbourview.example,3\n"
         "E-73,teacher,Cleo,cleo.r@harbourview.example,22\nE-74,teacher,Dev,dev.p@harbourview.example,0\n")
FORM_HEAD = "Timestamp,Email Address,How likely are you to recommend Quillpad to a colleague? (0-10)\n"


def test_a_form_keyed_by_email_alone_is_joined_to_the_study_people_by_their_email(tmp_path: Path) -> None:
    roster, form = tmp_path / "staff.csv", tmp_path / "form.csv"
    roster.write_text(STAFF)
    form.write_text(FORM_HEAD + "3/9/2026 8:01:12,Aiko.M@harbourview.example,9\n"
                    "3/9/2026 9:15:40,cleo.r@harbourview.example,4\n3/10/2026 7:30:02,bram.t@harbourview.example,7\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Quillpad")
        w.import_roster(roster, "quillpad")
        update = w.import_roster(form, "quillpad")
        assert update.joined_by_email == 3 and update.added == [] and update.missing == []
        people = {p.pid: p for p in w.participants("quillpad")}
        assert sorted(people) == ["E-71", "E-72", "E-73", "E-74"]
        nps = "how likely are you to recommend quillpad to a colleague? (0-10)"
        assert [people[pid].attributes.get(nps) for pid in sorted(people)] == ["9", "7", "4", None]


@pytest.mark.parametrize(("rows", "named"), [
    # an address nobody in the study has, among nine that are theirs
    ("".join(f"3/9/2026 8:0{i}:00,{who}@harbourview.example,8\n" for i, who in
             enumerate(["aiko.m", "bram.t", "cleo.r", "zed.q"])),
     r"form\.csv:5: zed\.q@harbourview\.example matches nobody of the study \(this file has no id column.*E-71, "
     r"E-72, E-73\): nothing was changed.*remove that row and import again; or, to add someone who matches nobody as "
     r"a new person, first import their row in a file of its own"),
    # one address two stored people share
    ("3/9/2026 8:01:12,dev.p@harbourview.example,9\n3/9/2026 9:15:40,cleo.r@harbourview.example,4\n",
     r"form\.csv:2: dev\.p@harbourview\.example is the email of several people \(E-74, E-75\) \(this file has "
     r"no id column.*E-73\): nothing was changed.*remove that row and import again$"),
])
def test_a_form_keyed_by_email_that_not_every_row_fits_by_email_is_refused_naming_the_rows(
        tmp_path: Path, rows: str, named: str) -> None:
    roster, form = tmp_path / "staff.csv", tmp_path / "form.csv"
    roster.write_text(STAFF + "E-75,teacher,Dev (2nd login),dev.p@harbourview.example,1\n")
    form.write_text(FORM_HEAD + rows)
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Quillpad")
        w.import_roster(roster, "quillpad")
        # (the file's lines and the people's roster ids, not the ids made from each email)
        with pytest.raises(InputError, match=named) as refused:
            w.import_roster(form, "quillpad")
        assert "P-" not in str(refused.value)
        assert all(len(p.attributes) == 2 for p in w.participants("quillpad"))


# a Thai co-working app's members, from Excel under a Thai locale: years of the Buddhist Era, day first,
# some in Thai digits, one row's dates typed in the Gregorian calendar by hand
THAI_EXCEL = ("รหัสสมาชิก,ชื่อ-นามสกุล,อีเมล,วันเกิด,ใช้งานล่าสุด,จำนวนครั้งที่เข้าใช้ (30 วัน)\n"
              "CM-01,สุนิสา แก้วใส,sunisa@example.co.th,05/03/2535,๒๖/๑๑/๒๕๖๙ ๑๔:๒๐,12\n"
              "CM-02,ธีรพงษ์ มีสุข,teerapong@example.co.th,2552-12-01,2569-07-20,0\n"
              "CM-03,Nok Chaiyo,nok@example.co.th,17/09/1994,20/11/2026,5\n")


def test_buddhist_era_dates_are_read_at_import_in_any_date_column_and_said(tmp_path: Path) -> None:
    roster = tmp_path / "samachik.csv"
    roster.write_text(THAI_EXCEL, encoding="utf-8-sig")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Cowork")
        update = w.import_roster(roster, "cowork")
        assert update.buddhist_columns == [("วันเกิด", "05/03/2535"), ("ใช้งานล่าสุด", "26/11/2569 14:20")]
        stored = {p.pid: p.attributes for p in w.participants("cowork")}
    assert stored["CM-01"]["ใช้งานล่าสุด"] == "26/11/2569 14:20"  # (kept as written; read 543 years less)
    # a truly bad day (31 April, in either era) is refused with its line, and the study is left as it was
    roster.write_text(THAI_EXCEL.replace("2569-07-20", "31/04/2569"), encoding="utf-8-sig")
    with Workspace.open(tmp_path / "ws") as w:
        with pytest.raises(InputError, match=r"'31/04/2569' is not a date: April 2026 \(the Buddhist Era's 2569\) "
                                             r"has 30 days") as err:
            w.import_roster(roster, "cowork")
        assert (err.value.file, err.value.line) == (str(roster), 3)
        assert {p.pid: p.attributes for p in w.participants("cowork")} == stored


def test_replace_with_a_surveys_answers_is_refused_naming_who_it_would_take_off(tmp_path: Path) -> None:
    # a choir's member sheet, then the feedback form's export of the three who answered it: given with
    # --replace by mistake, it would leave only those three on the roster
    sheet, form = tmp_path / "members.csv", tmp_path / "feedback.csv"
    sheet.write_text("member_id,name,voice,section leader,joined,rehearsals attended (3m),last app login\n"
                     "CH-01,Ana Lind,alto,no,2021-09-01,11,2026-05-20\n"
                     "CH-02,Ben Roe,tenor,yes,2019-01-10,12,2026-05-28\n"
                     "CH-03,Cy Moss,bass,no,2023-02-14,4,2026-03-02\nCH-04,Di Park,soprano,no,2022-10-03,9,2026-05-30\n"
                     "CH-05,Ed Hale,tenor,no,2024-01-08,2,2026-01-15\n")
    form.write_text("member_id,How easy is the app? (1-5),Happy to be contacted?\nCH-01,4,yes\nCH-03,2,yes\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Choir")
        w.import_roster(sheet, "choir")
        with pytest.raises(InputError) as err:
            w.import_roster(form, "choir", replace=True)
        assert "--replace would take 3 people off" in err.value.detail and "CH-05" in err.value.detail
        assert "without --replace" in err.value.detail
        assert sorted(p.pid for p in w.participants("choir")) == ["CH-01", "CH-02", "CH-03", "CH-04", "CH-05"]
        assert "how easy is the app? (1-5)" not in w.participants("choir")[0].attributes
        # the sheet itself, cleaned of one member, still replaces
        sheet.write_text("\n".join(sheet.read_text().splitlines()[:-1]) + "\n")
        assert w.import_roster(sheet, "choir", replace=True).removed == ["CH-05"]


def test_a_roster_kept_in_one_file_per_part_marks_nobody_missing(tmp_path: Path) -> None:
    # a gym keeps a sheet per site: the second site's sheet adds people, and a new export of the
    # first site's sheet is that site's part, not the whole roster
    north, south = tmp_path / "north.csv", tmp_path / "south.csv"
    head = "member_id,name,site,visits (30d)\n"
    north_rows = ["N-1,Ann Bell,North,9", "N-2,Bo Ng,North,2", "N-3,Cal Ode,North,0", "N-4,Di Roe,North,4",
                  "N-5,Ed Sim,North,1", "N-6,Flo Tam,North,6"]
    north.write_text(head + "\n".join(north_rows) + "\n")
    south.write_text(head + "S-1,Dee Fox,South,5\nS-2,Eli Gray,South,7\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Gym")
        w.import_roster(north, "gym")
        assert w.import_roster(south, "gym").missing == []
        north.write_text(head + "\n".join(r for r in north_rows if not r.startswith("N-3")) + "\n")
        # the north sheet again, with N-3 deleted: N-3 is missing, the south's people are not
        assert w.import_roster(north, "gym").missing == ["N-3"]
        from listenwell.analysis.mix import MixOptions
        plan = w.recruit_plan("gym", MixOptions(size=4, seed=1), save=False)
        said = [x for x in plan.warnings if "not in the last roster import" in x]
        assert not any("S-1" in x or "S-2" in x for x in said), said


def test_a_side_sheet_imported_again_unchanged_marks_none_of_the_main_exports_people_missing(tmp_path: Path) -> None:
    # a courier's admin export (both depots, with its masked national ids), then the Leeds depot's own sheet of
    # its other couriers, which has no such column: importing that sheet again changes nothing and names nobody
    admin, depot = tmp_path / "admin.csv", tmp_path / "leeds_depot.csv"
    admin.write_text("courier id,name,depot,national id (masked),deliveries\nK-1,Ada Ball,York,XX-1234-A,40\n"
                     "K-2,Ben Cole,Leeds,XX-2345-B,12\nK-3,Cy Dunn,Leeds,XX-3456-C,0\nK-4,Di Ellis,York,XX-4567-D,9\n")
    depot.write_text("courier id,name,depot,deliveries,remarks\nL-1,Eve Frost,Leeds,7,\nL-2,Fin Gale,Leeds,3,nights\n"
                     "L-3,Gus Hay,Leeds,0,\nL-4,Hal Ives,Leeds,15,\nL-5,Ida Joy,Leeds,2,van\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Couriers")
        w.import_roster(admin, "couriers")
        assert w.import_roster(depot, "couriers").added == ["L-1", "L-2", "L-3", "L-4", "L-5"]
        again = w.import_roster(depot, "couriers")
        assert again.missing == [] and again.changed == []
        # the depot's sheet with a courier deleted names that one, still
        depot.write_text("\n".join(depot.read_text().splitlines()[:-1]) + "\n")
        assert w.import_roster(depot, "couriers").missing == ["L-5"]


def test_a_survey_keyed_by_a_phone_question_naming_the_app_is_joined_by_its_numbers(tmp_path: Path) -> None:
    # the form's question names the app in one word of two capitals ("KoloPay"), in Pidgin
    roster, survey = tmp_path / "traders.csv", tmp_path / "form.csv"
    roster.write_text("trader id,name,phone,market\nT1,Ngozi Okafor,08051112201,Oshodi\n"
                      "T2,Sani Bello,08051112202,Wuse\nT3,Funke Adeyemi,08051112203,Bodija\n")
    survey.write_text("Timestamp,Phone number wey you use for KoloPay,How likely you go recommend KoloPay? (0-10)\n"
                      "2026/11/02 10:01:00,08051112202,8\n2026/11/02 11:30:00,08051112203,3\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Traders")
        w.import_roster(roster, "traders")
        update = w.import_roster(survey, "traders")
        assert update.joined_by_email == 2 and update.added == []
        nps = {p.pid: next((v for k, v in p.attributes.items() if "recommend" in k), None)
               for p in w.participants("traders")}
        assert nps == {"T1": None, "T2": "8", "T3": "3"}


def test_a_phone_keyed_survey_answered_twice_by_one_number_names_the_number_and_its_lines(tmp_path: Path) -> None:
    roster, survey = tmp_path / "drivers.csv", tmp_path / "nps.csv"
    roster.write_text("driver id,name,mobile\nD1,Asif Khan,923001110001\nD2,Hina Rauf,923001110002\n")
    survey.write_text("Mobile Number,Score (0-10),Why\n923001110001,7,ok\n923001110002,2,late\n923001110001,9,better\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Drivers")
        w.import_roster(roster, "drivers")
        with pytest.raises(InputError, match="923001110001 is on lines 2 and 4") as err:
            w.import_roster(survey, "drivers")
        assert err.value.line == 4 and "no participant id column" in err.value.detail
        assert all("score (0-10)" not in p.attributes for p in w.participants("drivers"))


def test_a_survey_whose_phone_column_was_headed_id_is_refused_saying_its_ids_are_phone_numbers(tmp_path: Path) -> None:
    roster, survey = tmp_path / "drivers.csv", tmp_path / "nps.csv"
    roster.write_text("driver id,name,mobile,city\nD1,Asif Khan,923001110001,Multan\nD2,Hina Rauf,923001110002,Sukkur\n"
                      "D3,Omar Ali,923001110003,Quetta\n")
    survey.write_text("id,Score (0-10),Why,Submitted at\n923001110001,7,ok,2026-10-01\n03001110002,2,late,2026-10-02\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Drivers")
        w.import_roster(roster, "drivers")
        with pytest.raises(InputError, match=r"are the phone numbers of the study's people \(923001110001 is D1, "
                                             r"03001110002 is D2\)"):
            w.import_roster(survey, "drivers")
        assert sorted(p.pid for p in w.participants("drivers")) == ["D1", "D2", "D3"]


def test_a_phone_keyed_survey_answer_goes_to_the_row_the_plan_keeps_for_one_person_on_two_rows(tmp_path: Path) -> None:
    # one shop owner on two rows (a second SIM registered again, the same name), and two others sharing a number
    roster, survey = tmp_path / "shops.csv", tmp_path / "nps.csv"
    roster.write_text("shop id,name,mobile,loads (30 days)\nS1,Liza Manalo,09181230001,12\n"
                      "S2,Liza Manalo,+63 918 123 0001,0\nS3,Ben Cruz,09181230002,4\nS4,Ana Cruz,09181230002,5\n"
                      "S5,Rey Dizon,09181230003,1\n")
    survey.write_text("Mobile number,NPS (0-10)\n09181230001,9\n09181230003,6\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Shops")
        w.import_roster(roster, "shops")
        w.import_roster(survey, "shops")
        nps = {p.pid: p.attributes.get("nps (0-10)") for p in w.participants("shops")}
        assert nps == {"S1": "9", "S2": None, "S3": None, "S4": None, "S5": "6"}
        # a number of two people of other names stays refused
        survey.write_text("Mobile number,NPS (0-10)\n09181230002,4\n09181230003,6\n")
        with pytest.raises(InputError, match="S3, S4 \\(several people\\)"):
            w.import_roster(survey, "shops")


def test_a_re_export_read_in_the_wrong_code_page_is_refused_or_named(tmp_path: Path) -> None:
    # a Bulgarian shop's export (Cyrillic) as UTF-8, then the same sheet as Excel saved it in cp1251 and
    # a program that read it as cp1252 wrote it again: every column the roster's own, misread
    good = "ID;Град;Статус;Бележки\nB-1;София;активен;\nB-2;Варна;активен;само имейл\n"
    garbled = good.encode("cp1251").decode("cp1252", errors="replace")
    first, again = tmp_path / "klienti.csv", tmp_path / "klienti_2.csv"
    first.write_text(good, encoding="utf-8")
    again.write_text(garbled, encoding="utf-8")
    again.with_name("b3.csv").write_text(garbled + "B-3;Ðóñå;;\n", encoding="utf-8")  # (and one more person)
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Shop")
        w.import_roster(first, "shop")
        stored = [(p.pid, p.attributes) for p in w.participants("shop")]
        with pytest.raises(InputError, match=r"read in the wrong code page .*save it as CSV UTF-8"):
            w.import_roster(again, "shop")
        assert [(p.pid, p.attributes) for p in w.participants("shop")] == stored
    # the other way round: the roster is the misread one; --replace with the good file says why it cannot
    with Workspace.open(tmp_path / "ws2") as w:
        w.create_study("Shop")
        w.import_roster(again.with_name("b3.csv"), "shop")
        with pytest.raises(InputError, match=r"an earlier import misread them"):
            w.import_roster(first, "shop", replace=True)


def test_a_russian_re_export_read_as_greek_is_refused(tmp_path: Path) -> None:
    # a Kazakh shop's roster in UTF-8, then the same sheet saved by Russian Excel in cp1251 and read by
    # some program as Greek (cp1253), whose letters the same bytes also are: "Город" as "Γξπξδ"
    good = "ID;Город;Статус;Заметки\nK-1;Караганда;активен;\nK-2;Костанай;активен;звонить утром\n"
    garbled = good.encode("cp1251").decode("cp1253", errors="replace")
    first, again = tmp_path / "magaziny.csv", tmp_path / "magaziny_2.csv"
    first.write_text(good, encoding="utf-8")
    again.write_text(garbled, encoding="utf-8")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Shops")
        w.import_roster(first, "shops")
        stored = [(p.pid, p.attributes) for p in w.participants("shops")]
        with pytest.raises(InputError, match=r"read in the wrong code page .*save it as CSV UTF-8"):
            w.import_roster(again, "shops")
        assert [(p.pid, p.attributes) for p in w.participants("shops")] == stored


def test_letters_a_code_page_lacked_saved_as_question_marks_are_named(tmp_path: Path) -> None:
    # Kazakh written by Russian Excel in cp1251: its қ ң ұ ә become "?", in a name and in a note
    lost = tmp_path / "dukender.csv"
    lost.write_bytes("ID;ФИО;Заметки\r\nK-1;?айратов Бауыржан;\r\nK-2;Ли Ольга;жазба?ыз, рахмет\r\n"
                     "K-3;Ким Роман;why? see page?id=3\r\n".encode("cp1251"))
    fine = tmp_path / "fine.csv"
    fine.write_text("ID;Name;Notes\nF-1;Zoë Ng;why? ask again?\nF-2;Léa Roy;page?id=3, «ok?»\n", encoding="utf-8")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Shops")
        assert w.import_roster(lost, "shops").lost_letters == [("name", "?айратов Бауыржан"),
                                                                ("заметки", "жазба?ыз, рахмет")]
        w.create_study("Other")
        assert w.import_roster(fine, "other").lost_letters == []


def test_a_survey_row_whose_mistyped_id_has_a_roster_person_s_email_is_named(tmp_path: Path) -> None:
    roster, survey = tmp_path / "members.csv", tmp_path / "survey.csv"
    roster.write_text("ID,Name,Email,Plan\nM-101,Rui Sol,rui@mail.example,basic\nM-102,Ana Lua,ana@mail.example,pro\n"
                      "M-103,Iva Mar,iva@mail.example,pro\n")
    # a form's answers: one respondent typed "M-13" for "M-103"
    survey.write_text("Timestamp,Email,Member ID,How likely are you to recommend us? (0-10),Comments\n"
                      "2026-11-20 10:00,rui@mail.example,M-101,9,fine\n2026-11-21 11:00,iva@mail.example,M-13,4,slow\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Members")
        w.import_roster(roster, "members")
        update = w.import_roster(survey, "members")
        assert update.other_source or update.partial
        assert update.same_email_kept == [("M-13", "M-103")], (update.added, update.same_email_kept)


def test_a_re_import_in_cedilla_letters_and_national_phone_numbers_is_reformatted_not_changed(tmp_path: Path) -> None:
    # a Google Sheets copy (comma-below ș ț, international numbers), then Excel's re-save (cedilla ş ţ, national ones)
    sheets, excel = tmp_path / "abonati.csv", tmp_path / "abonati_excel.csv"
    sheets.write_text("Cod abonat,Județ,Telefon,Observații\nB-1,Timiș,+40 733 201 118,\nB-2,Argeș,+40 744 550 912,\n"
                      "B-3,Vaslui,+40 755 100 300,\n")
    excel.write_bytes(("Cod abonat;Judeţ;Telefon;Observaţii\r\nB-1;Timiş;0733 201 118;\r\nB-2;Argeş;0744550912;\r\n"
                       "B-3;Vaslui;0755 100 399;\r\n").encode("cp1250"))
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Abonati")
        w.import_roster(sheets, "abonati")
        update = w.import_roster(excel, "abonati")
    kinds = {what: n for what, n in update.changes.items()}
    assert ("județ", "changed") not in kinds and kinds[("județ", "reformatted")] == 2
    phone = [what for what in kinds if what[0] != "județ"]
    assert sorted(phone) == [(phone[0][0], "changed"), (phone[0][0], "reformatted")], kinds
    assert kinds[(phone[0][0], "changed")] == 1 and update.changed_whose[(phone[0][0], "changed")] == ["B-3"]


def test_dates_excel_rewrote_as_d_mmm_yy_are_reformatted_not_changed(tmp_path: Path) -> None:
    # a shop's export ("14-Jun-2026", ISO), then Excel's re-save ("d-mmm-yy"); one day really moved
    first, excel = tmp_path / "traders.csv", tmp_path / "traders_excel.csv"
    first.write_text("trader id,last sale,joined\nT1,14-Jun-2026,2025-03-02\nT2,1-Sep-2026,2025-04-30\n"
                     "T3,30-Oct-2026,2025-05-05\n")
    excel.write_text("trader id,last sale,joined\nT1,14-Jun-26,2-Mar-25\nT2,01-Sep-26,30-Apr-25\nT3,31-Oct-26,5-May-25\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Traders")
        w.import_roster(first, "traders")
        update = w.import_roster(excel, "traders")
    assert update.changes[("last sale", "reformatted")] == 2 and update.changes[("joined", "reformatted")] == 3
    assert update.changed_whose[("last sale", "changed")] == ["T3"]


def test_a_second_systems_status_in_another_language_is_its_own_column_and_the_next_core_import_keeps_it(
        tmp_path: Path) -> None:
    # a bank's core export (Cyrillic "Статус"), then its call centre's CRM for some of the same clients, in Latin,
    # with its own "Status" and columns the core lacks: the CRM's "Blokiran" is not the core's "Активан" overwritten
    core, crm = tmp_path / "jezgro.csv", tmp_path / "crm.csv"
    core.write_text("id;Име и презиме;Град;Статус;Број картица\nC-1;Љубица Ђурић;Ниш;Активан;2\n"
                    "C-2;Џемал Њежић;Чачак;Активан;1\nC-3;Ана Ћирић;Пирот;Активан;0\n", encoding="utf-8")
    crm.write_text("id;Ime i prezime;Status;Poslednji poziv;Agent\nC-1;Ljubica Đurić;Aktivan;21.11.2026;Milica\n"
                   "C-2;DŽEMAL NJEŽIĆ;Blokiran;25.11.2026;Zoran\n", encoding="utf-8")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Banka")
        w.import_roster(core, "banka")
        update = w.import_roster(crm, "banka")
        assert update.renamed_columns == []
        # (and the name each system writes in its own script is one name, kept as first written)
        assert ("name", "changed") not in update.changes
        assert [p.name for p in w.participants("banka")] == ["Љубица Ђурић", "Џемал Њежић", "Ана Ћирић"]
        people = {p.pid: p.attributes for p in w.participants("banka")}
        assert people["C-2"]["статус"] == "Активан" and people["C-2"]["status"] == "Blokiran"
        again = w.import_roster(core, "banka")
        assert not again.changed, again.changes
        assert {p.pid: p.attributes for p in w.participants("banka")}["C-2"]["status"] == "Blokiran"


def test_an_app_export_under_its_own_user_ids_is_refused_not_added_as_new_people(tmp_path: Path) -> None:
    """A billing roster by customer number, then the self-care app's export keyed by the app's own user ids
    with the same usage columns the study already has: none is the study's, and no row gives a name or an
    email, so each would be a person nobody can reach; refused, nothing stored."""
    billing, app = tmp_path / "billing.csv", tmp_path / "app.csv"
    billing.write_text("Customer no,Name,Email,Plan,App logins (30 days)\n"
                       "77001,Iva Kos,iva@mail.example,Prepaid,3\n77002,Pero Lux,pero@mail.example,Postpaid,\n"
                       "77003,Ana Vid,ana@mail.example,Prepaid,5\n")
    app.write_text("user_id,App logins (30 days),App version\nU-501,12,4.1\nU-502,0,4.2\nU-503,7,4.1\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Switchers")
        w.import_roster(billing, "switchers")
        with pytest.raises(InputError) as err:
            w.import_roster(app, "switchers")
        said = str(err.value)
        assert "'user_id'" in said and "U-501" in said and "77001" in said and "nothing was changed" in said, said
        assert [p.pid for p in w.participants("switchers")] == ["77001", "77002", "77003"]
        # the same export under the roster's numbers adds its columns to them
        app.write_text("Customer no,App logins (30 days),App version\n77001,12,4.1\n77003,7,4.1\n")
        assert w.import_roster(app, "switchers").added == []


# a pension fund's CRM, and a survey tool's export beside it whose own "Status" is the response's
PENSION_CRM = ("Member ID,Name,Email,Status,Logins last 30 days\n"
       "M1,Ada Lund,ada@example.com,Active,6\nM2,Bo Holm,bo@example.com,Transferred out,0\n"
       "M3,Cy Berg,cy@example.com,Active,1\nM4,Di Krog,di@example.com,Transferred out,0\n")
PENSION_SURVEY = ("Response ID,Member ID,Status,How likely are you to recommend us? (0-10),Why?,Start Date\n"
          "R1,M1,Complete,9,good app,2026-11-02\nR2,M2,Complete,2,fees,2026-11-03\nR4,M4,Partial,,,2026-11-04\n")


def test_a_surveys_own_status_is_kept_apart_from_the_rosters_and_stays_so_when_imported_again(tmp_path: Path) -> None:
    import datetime as dt

    from listenwell.analysis.mix import MixOptions

    crm, survey, again = tmp_path / "members.csv", tmp_path / "nps.csv", tmp_path / "nps_export_2.csv"
    crm.write_text(PENSION_CRM)
    survey.write_text(PENSION_SURVEY)
    again.write_text(PENSION_SURVEY)
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Transfers")
        w.import_roster(crm, "transfers")
        update = w.import_roster(survey, "transfers")
        assert update.kept_apart == [("response status", "status")]
        people = {p.pid: p for p in w.participants("transfers")}
        # the roster's status is as the CRM wrote it, the survey's under a name of its own
        assert people["M2"].attributes["status"] == "Transferred out"
        assert people["M2"].attributes["response status"] == "Complete"
        # the same survey exported again goes to the same column, the roster's still its own
        update = w.import_roster(again, "transfers")
        assert update.kept_apart == [("response status", "status")] and update.changed == []
        people = {p.pid: p for p in w.participants("transfers")}
        assert people["M4"].attributes["status"] == "Transferred out"
        plan = w.recruit_plan("transfers", MixOptions(size=4, as_of=dt.date(2026, 11, 29)), save=False)
        assert {p.pid: p.segments["usage"] for p in plan.chosen}["M2"] == "lapsed"
        # the CRM imported again changes its own status, as before
        crm.write_text(PENSION_CRM.replace("M3,Cy Berg,cy@example.com,Active", "M3,Cy Berg,cy@example.com,Transferred out"))
        update = w.import_roster(crm, "transfers")
        assert update.kept_apart == [] and update.changed == ["M3"]
        assert {p.pid: p for p in w.participants("transfers")}["M3"].attributes["status"] == "Transferred out"


def test_a_survey_keyed_by_its_own_response_ids_names_the_column_that_holds_the_study_ids(tmp_path: Path) -> None:
    # a survey tool's export keyed by its response ids, the roster's customer numbers asked in a question of their
    # own: refused, naming that column and the rename that joins the file by it (walk78 F11)
    roster, survey = tmp_path / "crm.csv", tmp_path / "survey.csv"
    roster.write_text("id,name,email,plan\nC-5501,Ada Lind,ada@example.org,Basic\nC-5502,Ben Ruiz,ben@example.org,Plus\n"
                      "C-5503,Cy Moss,cy@example.org,Basic\n")
    survey.write_text("Response ID,Which code is printed on your card?,Score (0-10)\n"
                      "R-901,C-5502,7\nR-902,C-5503,9\nR-903,C-5501,3\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Cards")
        w.import_roster(roster, "cards")
        with pytest.raises(InputError, match=r"column 'which code is printed on your card\?' holds all of its rows' "
                                             r"ids that are the study's people's: rename that column 'id'"):
            w.import_roster(survey, "cards")
        assert sorted(p.pid for p in w.participants("cards")) == ["C-5501", "C-5502", "C-5503"]


def test_a_korean_survey_keyed_by_its_mobile_question_is_joined_and_its_why_question_is_no_date(tmp_path: Path) -> None:
    # "휴대폰 번호" is the phone; "최근 주문을 안 하신 이유" asks why they have not ordered lately (no last-order day)
    roster, survey = tmp_path / "members.csv", tmp_path / "form.csv"
    roster.write_text("회원 아이디,이름,휴대폰 번호\nmoon_a,문아름,010-2345-0001\nkang_b,강보람,010-2345-0002\n"
                      "seo_c,서찬우,010-2345-0003\n", encoding="utf-8")
    survey.write_text("타임스탬프,휴대폰 번호 (연락용),최근 주문을 안 하신 이유는?,추천 가능성 (0-10)\n"
                      "2026/11/02 10:01:00,010-2345-0002,가격이 비싸서,4\n"
                      "2026/11/02 11:30:00,010-2345-0003,배송 지연,9\n", encoding="utf-8")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Members")
        w.import_roster(roster, "members")
        update = w.import_roster(survey, "members")
        assert update.added == []
        why = {p.pid: p.attributes.get("최근 주문을 안 하신 이유는?") for p in w.participants("members")}
        assert why == {"moon_a": None, "kang_b": "가격이 비싸서", "seo_c": "배송 지연"}


def test_a_list_renumbered_by_another_sort_is_refused_not_given_to_other_people(tmp_path: Path) -> None:
    # a study keyed by a row counter ("#", the only id there was) and the same list sorted by another column
    first, again = tmp_path / "list.csv", tmp_path / "list_sorted.csv"
    first.write_text("#,Name,Email\n1,Ana Ruiz,ana@example.com\n2,Bo Lind,bo@example.com\n3,Cy Park,cy@example.com\n")
    again.write_text("#,Name,Email\n1,Cy Park,cy@example.com\n2,Ana Ruiz,ana@example.com\n3,Bo Lind,bo@example.com\n")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Shop")
        w.import_roster(first, "shop")
        with pytest.raises(InputError, match=r"column '#' holds the study's ids, but under every one of them \(3"):
            w.import_roster(again, "shop")
        assert {p.pid: p.name for p in w.participants("shop")} == {"1": "Ana Ruiz", "2": "Bo Lind", "3": "Cy Park"}
        # one person's new name and address (a marriage) is an update, as before
        again.write_text("#,Name,Email\n1,Ana Ruiz Lind,ana.lind@example.com\n2,Bo Lind,bo@example.com\n"
                         "3,Cy Park,cy@example.com\n")
        assert w.import_roster(again, "shop").changed == ["1"]

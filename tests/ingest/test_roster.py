import pytest

from listenwell.domain import InputError
from listenwell.ingest.roster import parse_roster, parse_roster_file, read_roster


def test_columns_matched_case_insensitively_and_kept(fixtures) -> None:
    people = read_roster(fixtures / "roster.csv")
    assert [p.pid for p in people] == ["P1", "P2", "P3"]
    p1, p2, p3 = people
    assert p1.name == "Priya Natarajan" and p1.email == "priya@example.com"
    assert p1.attributes == {"plan": "Pro", "sessions_per_month": "12", "status": "active", "nps": "9"}
    assert p1.tags == ["early adopter", "mobile"]
    assert p2.consent.share_recordings is False and p2.consent.quotes is True
    assert p3.consent.quotes is False and p3.tags == ["churned"]


def test_semicolon_roster() -> None:
    people = parse_roster(b"participant;Plan\nA1;free\nA2;pro\n", "r.csv")
    assert [(p.pid, p.attributes["plan"]) for p in people] == [("A1", "free"), ("A2", "pro")]


@pytest.mark.parametrize(("data", "line", "words"), [
    (b"name,plan\nAna,free\n", 1, "no participant id column"),
    (b"name,email\nAna,a@example.com\nAl,a@example.com\n", 1, "no participant id column"),
    (b"id,NPS,Survey date,NPS\nP1,3,2026-05-01,9\n", 1, "'nps' in columns 2 and 4"),
    (b"id,name\nP1,Ana\nP1,Ben\n", 3, "appears twice"),
    # a panel's export with a row per booking: a no-show, then the session they rebooked
    (b"Respondent ID,Name,Status\nR1,Liam,No Show\nR1,Liam,Attended\n", 3, "row per device, per booking"),
    (b"id,quotes\nP1,maybe\n", 2, "not yes/no"),
    (b"id,name\nP1,Ana,extra,fields\n", 2, "fields"),
    (b"id,name\n", 2, "no participants"),
    (b",,\n", None, "empty"),
    (b'id,name,plan\nP1,Ana,free\nP2,"Ben,pro\nP3,Cy,free\n', 3, "never closed"),
])
def test_bad_rosters(data: bytes, line, words: str) -> None:
    with pytest.raises(InputError, match=words) as err:
        parse_roster(data, "r.csv")
    assert err.value.line == line and err.value.file == "r.csv"


def test_a_spreadsheet_workbook_is_refused_with_what_to_do(tmp_path) -> None:
    import zipfile

    book = tmp_path / "roster.xlsx"  # the container an .xlsx is: a zip holding the sheet's XML
    with zipfile.ZipFile(book, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>")
    for data in (book.read_bytes(), b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)):  # xlsx, old xls
        with pytest.raises(InputError, match="save the sheet as CSV") as err:
            parse_roster(data, "roster.xlsx")
        assert err.value.file == "roster.xlsx"


def test_names_and_emails_as_crm_and_form_exports_head_them() -> None:
    # a CRM export splits the name; a form export heads columns with the question asked
    crm = parse_roster(b"id,First Name,Last Name,E-mail Address,Plan\nP1,Ana,Lopez,ana@example.com,pro\n", "r.csv")
    assert (crm[0].name, crm[0].email, crm[0].attributes) == ("Ana Lopez", "ana@example.com", {"plan": "pro"})
    form = parse_roster(b"Participant ID,What is your name?,Your email address,Region\nP2,Ben Okafor,ben@example.com,North\n",
                        "r.csv")
    assert (form[0].name, form[0].email, form[0].attributes) == ("Ben Okafor", "ben@example.com", {"region": "North"})


def test_names_and_emails_under_the_questions_a_form_asked() -> None:
    # Typeform and Google Forms head a column with the question: the field is what it asks for
    form = parse_roster("#,What\u2019s your first name?,What's your last name?,What's your email?,Plan\n"
                        "t1,Ana,Lopez,ana@example.com,Monthly\n".encode(), "signup.csv")
    assert (form[0].name, form[0].email, form[0].attributes) == ("Ana Lopez", "ana@example.com", {"plan": "Monthly"})
    enter = parse_roster(b"id,Please enter your full name *,Email (required),Plan\nP1,Ben Okafor,ben@example.com,pro\n",
                         "form.csv")
    assert (enter[0].name, enter[0].email) == ("Ben Okafor", "ben@example.com")
    # a column of addresses under a name that says nothing ("Contact"): the email, kept private
    bare = parse_roster(b"id,Contact,Owner,Plan\nP1,cy@example.com,rep@shop.test,pro\nP2,di@example.com,rep@shop.test,free\n",
                        "crm.csv")
    assert [(p.email, p.attributes) for p in bare] == [
        ("cy@example.com", {"owner": "rep@shop.test", "plan": "pro"}),
        ("di@example.com", {"owner": "rep@shop.test", "plan": "free"})]
    # the same person twice under the question-headed email: the second row is still the same address
    twice = parse_roster(b"#,What's your email?\nt1,ana@example.com\nt2,ANA@example.com\n", "signup.csv")
    assert {p.email.lower() for p in twice} == {"ana@example.com"}


def test_a_legal_name_and_the_name_someone_goes_by() -> None:
    hr = parse_roster("Staff ID,Legal name,Preferred name,Ward\n"
                      "S1,OKONJO-BRANDT Adaeze Marie,Dazie Brandt,Ward 4\nS2,LUND Per,,Ward 2\n".encode(), "staff.csv")
    assert (hr[0].name, hr[0].other_names, hr[0].attributes) == (
        "OKONJO-BRANDT Adaeze Marie", ["Dazie Brandt"], {"ward": "Ward 4"})
    assert (hr[1].name, hr[1].other_names) == ("LUND Per", [])
    only = parse_roster(b"id,Known as\nK1,Dazie\n", "k.csv")
    assert (only[0].name, only[0].other_names) == ("Dazie", [])


def test_the_id_column_of_a_crm_or_product_export_is_the_participant_id() -> None:
    hubspot = parse_roster(b"Record ID,First Name,Last Name,Email,Lifecycle Stage\n5012,Ana,Lopez,ana@example.com,customer\n",
                           "contacts.csv")
    assert (hubspot[0].pid, hubspot[0].attributes) == ("5012", {"lifecycle stage": "customer"})
    stripe = parse_roster(b"customer_id,email,plan\ncus_9,ben@example.com,pro\n", "customers.csv")
    assert stripe[0].pid == "cus_9"


def test_exports_with_their_own_header_rows_footers_and_id_columns() -> None:
    # Qualtrics: column ids, then the questions asked, then import ids; the questions name the columns
    qualtrics = (b'StartDate,ResponseId,Q2,Q3\n'
                 b'Start Date,Response ID,How often do you use Acme?,How likely are you to recommend Acme?\n'
                 b'"{""ImportId"":""startDate""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID2""}",'
                 b'"{""ImportId"":""QID3""}"\n'
                 b'2026-05-01 10:00:00,R_abc,Every day,9\n')
    people = parse_roster(qualtrics, "survey.csv")
    assert [(p.pid, p.attributes["how often do you use acme?"]) for p in people] == [("R_abc", "Every day")]
    # Typeform heads its response token "#"; a report tool signs off under the data
    typeform = parse_roster(b"#,Email,Plan\nx1y2,a@example.com,pro\n", "responses.csv")
    assert typeform[0].pid == "x1y2"
    report = parse_roster(b"Contact ID;Plan\n003A;pro\n003B;free\n;\n\"Copyright (c) 2026 Example, inc.\";\n"
                          b"\"Generated By: Sam\";\n", "report.csv")
    assert [p.pid for p in report] == ["003A", "003B"]


def test_a_date_column_with_one_date_only_day_first_among_month_first_ones_is_refused_at_import() -> None:
    """'13/10/2026' among '10/21/2026' and '9/30/2026' (a US sheet, one cell typed the other way) is refused at
    import, naming its line and participant, not stored to be refused at plan time (walk86 F11); dates that read
    both ways, and a notes column that mentions dates, are read."""
    roster = (b"Client ID,Paid last,Remarks\nK1,10/21/2026,ok\nK2,9/30/2026,\nK3,13/10/2026,\nK4,11/02/2026 3:05 PM,\n")
    with pytest.raises(InputError, match="13/10/2026") as err:
        parse_roster(roster, "clients.csv")
    assert err.value.line == 4 and "K3" in str(err.value) and "day-first" in str(err.value)
    fine = parse_roster(b"Client ID,Paid last,Remarks\nK1,10/01/2026,visit 13/10/2026\nK2,9/30/2026,paid 10/21/2026\n"
                        b"K3,11/02/2026,\n", "clients.csv")
    assert [p.attributes["paid last"] for p in fine] == ["10/01/2026", "9/30/2026", "11/02/2026"]


def test_rows_a_spreadsheet_broke_are_refused_saying_what_happened() -> None:
    with pytest.raises(InputError, match="scientific notation") as err:
        parse_roster(b"user_id,plan\n4.41209E+17,pro\n4.41209E+17,free\n", "panel.csv")
    assert err.value.line == 2 and "user_id" in str(err.value)
    # Google Sheets keeps 15 digits and writes the rest as zeros: each id a different, wrong one
    with pytest.raises(InputError, match="rounded") as err:
        parse_roster(b"user_id,plan\n7301245518826430000,pro\n7301245518826440000,free\n", "panel.csv")
    assert err.value.line == 2 and "7301245518826430000" in str(err.value)
    # real ids that long, and a short id that happens to end in zeros, are read
    assert [p.pid for p in parse_roster(b"user_id,plan\n7301245518826431234,pro\n7301245518826400000,free\n"
                                        b"1000,pro\n", "panel.csv")] == ["7301245518826431234",
                                                                        "7301245518826400000", "1000"]
    with pytest.raises(InputError, match="repeats the header") as err:
        parse_roster(b"#,Email\nx1,a@example.com\n#,Email\nx2,b@example.com\n", "merged.csv")
    assert err.value.line == 3


def test_recording_consent_as_panels_and_forms_ask_it() -> None:
    people = parse_roster("id,Recording consent,Is it OK if we record the call?\n"
                          "A,Yes – video + audio,1\nB,Audio only,\nC,No recording,\n"
                          "D,\"Yes, but I'd rather not be recorded\",\n".encode(), "panel.csv")
    assert [p.consent.recorded for p in people] == [True, True, False, False]
    assert "is it ok if we record the call?" in people[0].attributes  # only one column says it


def test_a_formula_error_is_refused_and_a_failed_lookup_is_an_empty_cell() -> None:
    with pytest.raises(InputError, match="formula error") as err:
        parse_roster(b"Panel ID,Last interviewed\nK1,2026-10-01\nK2,#REF!\n", "panel.csv")
    assert err.value.line == 3 and "Last interviewed" in str(err.value)
    people = parse_roster(b"Panel ID,Delighted Score\nK1,#N/A\nK2,9\n", "panel.csv")
    assert [p.pid for p in people] == ["K1", "K2"]


def test_an_id_column_named_by_the_tool() -> None:
    # no usual name: the first column ending in ID that names every person once, not the company's
    people = parse_roster(b"Company GSID,Person GSID,Email\nC1,P-1,a@example.com\nC1,P-2,b@example.com\n", "cs.csv")
    assert [p.pid for p in people] == ["P-1", "P-2"]
    # SurveyMonkey: the questions, then a row naming each column's answer
    monkey = parse_roster(b"Respondent ID,How often do you use Acme?,Which have you done?,,\n"
                          b",Response,Booked,Paid,Other (please specify)\n"
                          b"1148,Every day,Booked,,\n", "monkey.csv")
    assert monkey[0].pid == "1148"
    assert monkey[0].attributes == {"how often do you use acme?": "Every day", "which have you done? - booked": "Booked"}
    with pytest.raises(InputError, match="ending in ID"):
        parse_roster(b"Team ID,Name\nT1,Ana\nT1,Ben\n", "r.csv")


def test_a_quote_written_twice_inside_a_cell_is_one_quote() -> None:
    # the CSV sniffer can take such a file for one that escapes quotes some other way
    data = ('ID,Start time,How often?,Notes\n1,15/11/2026 19:20:40,"Most days","fine"\n'
            '2,17/11/2026 22:58:11,"haven\'t downloaded it yet, just had the meter put in",\n'
            '3,19/11/2026 07:47:36,Most days,"Tariff graph is wrong.\nAlso the ""daily cost"" never matches"\n').encode()
    people = parse_roster(data, "forms.csv")
    assert people[2].attributes["notes"] == 'Tariff graph is wrong.\nAlso the "daily cost" never matches'


def test_a_list_keyed_by_email_a_title_row_and_attendee_numbers() -> None:
    # an audience list with no id: a pseudonym from the address, the same on every import
    audience = b"Email Address,First Name,Plan\nana@example.com,Ana,pro\nben@example.com,Ben,free\n"
    first, again = parse_roster(audience, "audience.csv"), parse_roster(audience, "audience.csv")
    assert [p.pid for p in first] == [p.pid for p in again] and len({p.pid for p in first}) == 2
    assert all(p.pid.startswith("P-") and "@" not in p.pid for p in first) and first[0].email == "ana@example.com"
    # a sheet with its title and a blank row over the header, every row padded with commas
    sheet = parse_roster(b"Interview candidates - pulled 11/26,,,\n,,,\nuser #,name,last used app,\n"
                         b"u1,Ana,11/20/2026,\nu2,Ben,never,\n", "sheet.csv")
    assert [p.pid for p in sheet] == ["u1", "u2"]
    with pytest.raises(InputError) as err:
        parse_roster(b"Title,,\n,,\nuser_id,name,plan\nu1,Ana,pro\nu1,Ben,pro\n", "sheet.csv")
    assert err.value.line == 5 and "twice" in str(err.value)  # the line in the file, title rows counted
    attendees = parse_roster(b"Order #,Attendee #,Email\n900,1,a@example.com\n900,2,b@example.com\n", "event.csv")
    assert [p.pid for p in attendees] == ["1", "2"]


def test_consent_a_tracker_writes_as_granted_declined_or_not_asked() -> None:
    people = parse_roster(b"ID,Recording consent\nR1,Granted\nR2,Declined\nR3,Not asked yet\n", "notion.csv")
    assert [p.consent.recorded for p in people] == [True, False, None]


def test_a_fourth_round_of_exports() -> None:
    # "Uid", "Client Ref"; of several ids, the one naming a person ("Customer User ID")
    assert parse_roster(b"Uid,Email\nQy9L,a@example.com\n", "people.csv")[0].pid == "Qy9L"
    assert parse_roster(b"Title row,,\n,,\nClient Ref,First Name,Postcode\nDH-1,Ann,HV2 4RT\n", "list.csv")[0].pid == "DH-1"
    installs = parse_roster(b"AppsFlyer ID,Customer User ID,hikes_recorded_90d\n1700-a,rdg_1,0\n1700-b,rdg_2,4\n",
                            "installs.csv")
    assert [p.pid for p in installs] == ["rdg_1", "rdg_2"]
    # a count of things recorded is not an answer about being recorded
    assert all(p.consent.recorded is None for p in installs)
    with pytest.raises(InputError, match=r"appears twice \(first on line 2\)") as err:
        parse_roster(b"user_id,device\nu1,ios\nu1,web\n", "ga4.csv")
    assert err.value.line == 3


def test_what_a_download_or_a_narrow_column_leaves_in_the_file() -> None:
    with pytest.raises(InputError, match="XML or HTML page.*AccessDenied.*expired"):
        parse_roster(b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
                     b"<Message>Request has expired</Message></Error>\n", "export.csv")
    with pytest.raises(InputError, match="too narrow") as err:
        parse_roster(b"id,Last session\nS1,3 May 2026\nS2,#############\n", "panel.csv")
    assert err.value.line == 3


def test_what_is_not_a_list_of_people() -> None:
    with pytest.raises(InputError, match="pivot table") as err:
        parse_roster(b"status,active\n,\nCount of Visitor ID,Column Labels\nRow Labels,Frequent,Grand Total\n"
                     b"Acme,3,3\nGrand Total,3,3\n", "pivot.csv")
    with pytest.raises(InputError, match="separated by semicolons") as err:
        parse_roster(b"participant_id,country,sessions_30d,nps,consent\nNA-1,US,4,9,yes\n"
                     b"EU-1;DE;2,5;7;Ja\n", "merged.csv")
    assert err.value.line == 3
    with pytest.raises(InputError, match="merged cells") as err:
        parse_roster(b"Member ID,Name,Class\nM1,Ana,Row\n,,Spin\nM2,Ben,Row\n", "attendance.csv")
    assert err.value.line == 3 and "Member ID" in str(err.value)
    # of two id columns, the one every row fills
    people = parse_roster(b"Response ID,Contact ID,Status\nR1,,Complete\nR2,C9,Complete\n", "survey.csv")
    assert [p.pid for p in people] == ["R1", "R2"]


def test_ids_as_shopify_and_a_learning_platform_write_them() -> None:
    # Shopify keeps a long number away from a spreadsheet with a leading apostrophe
    assert parse_roster(b"Customer ID,Email\n'7291840126001,a@example.com\n", "customers.csv")[0].pid == "7291840126001"
    assert parse_roster(b"Username,Email\ns1234,a@example.com\n", "moodle.csv")[0].pid == "s1234"


def test_columns_and_cells_that_only_look_like_a_pivot_or_a_pasted_line() -> None:
    people = parse_roster(b'id,Count of logins,notes,plan\nP1,3,"a; b; c; d",\nP2,1,,pro\n', "r.csv")
    assert [p.pid for p in people] == ["P1", "P2"]


def test_formulas_saved_showing_and_a_csv_pasted_into_one_column() -> None:
    with pytest.raises(InputError, match="formulas showing") as err:
        parse_roster(b'id,NPS\nV1,"=IFERROR(VLOOKUP(A2,\'NPS Q3\'!A:D,4,FALSE),"""")"\n', "panel.csv")
    assert err.value.line == 2 and "NPS" in str(err.value)
    with pytest.raises(InputError, match="whole header is in one column") as err:
        parse_roster(b'"Record ID,First Name,Last Name,Email"\n"5012,Ana,Lopez,ana@example.com"\n', "pasted.csv")
    assert err.value.line == 1


def test_a_merge_conflict_left_in_the_file() -> None:
    with pytest.raises(InputError, match="merge conflict") as err:
        parse_roster(b"id,do_not_contact\nP1,no\n<<<<<<< HEAD\nP2,yes\n=======\nP2,no\n>>>>>>> panel-update\n",
                     "panel.csv")
    assert err.value.line == 3


def test_a_membership_list_with_its_title_rows_and_total_row() -> None:
    people = parse_roster(b"FRIENDS OF THE MUSEUM,,,\nLast updated 24/11/2026,,,\n,,,\n"
                          b"Membership No.,Name,Visits This Year,Status\nF0107,Margaret,46,Current\n"
                          b"F0112,Tom,3,Current\n,,,\nTOTAL,,49,\n", "friends.csv")
    assert [p.pid for p in people] == ["F0107", "F0112"]


@pytest.mark.parametrize("footer", [b"Total patients: 2,,", b"Total: 2 members,,", b"Record count: 2,,",
                                    b"Total de pacientes: 2,,", b"Gesamtzahl: 2,,", b"Patients total = 2,,",
                                    b"Total (2 records),,",
                                    # Salesforce: the count, a blank row, then its confidentiality lines
                                    b"\"Total (2 records)\"\r\n\r\n\"Confidential Information - Do Not Distribute\"\r\n"
                                    b"\"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\""])
def test_a_reports_count_line_straight_under_the_data_is_no_participant(footer: bytes) -> None:
    # an EHR or CRM report closes with its own count of rows, in one cell, with no blank row above
    people = parse_roster(b"MRN,patient_name,clinic\n00310452,\"Okoro, Ada\",North\n"
                          b"00310977,\"Lind, Per\",South\n" + footer + b"\r\n", "report.csv")
    assert [p.pid for p in people] == ["00310452", "00310977"]


def test_an_id_that_only_starts_with_total_is_still_a_participant() -> None:
    # a one-column list of codes, and a last row with a code of several cells: people, not counts
    people = parse_roster(b"code,plan\nTOT-1,free\nTotal 3,pro\n", "r.csv")
    assert [p.pid for p in people] == ["TOT-1", "Total 3"]


@pytest.mark.parametrize(("data", "pid", "name", "email"), [
    # a Swiss panel sheet, a French one, a Spanish one, an Italian one, a Dutch one
    ("TN-Nr.,Vorname,Nachname,E-Mail,Rolle\nTN-01,Ursula,Brändli,u.b@example.ch,Vorstand\n",
     "TN-01", "Ursula Brändli", "u.b@example.ch"),
    ("N°,Prénom,Nom,Courriel\nF-7,Élodie,Perrin,elodie@example.fr\n", "F-7", "Élodie Perrin", "elodie@example.fr"),
    ("ID,Nombre,Apellidos,Correo electrónico\nE3,María José,Ortega Sánchez,mj@example.es\n",
     "E3", "María José Ortega Sánchez", "mj@example.es"),
    ("Codice,Nome,Cognome,Email\nI9,Giulia,Romano,g@example.it\n", "I9", "Giulia Romano", "g@example.it"),
    ("Deelnemer nr,Voornaam,Achternaam,E-mailadres\n12,Daan,de Vries,daan@example.nl\n", "12", "Daan de Vries",
     "daan@example.nl"),
])
def test_rosters_with_their_columns_in_other_languages(data: str, pid: str, name: str, email: str) -> None:
    [person] = parse_roster(data.encode(), "panel.csv")
    assert (person.pid, person.name, person.email) == (pid, name, email)


def test_consent_tags_and_ids_in_other_tools_words() -> None:
    data = ("Código;Nome;Gravação autorizada?;Etiquetas\n"
            "C-1;Ana;Sim;cliente, piloto\n"
            "C-2;Bia;Não;\n"
            "C-3;Caio;Só áudio;\n").encode()
    ana, bia, caio = parse_roster(data, "painel.csv")
    assert (ana.consent.recorded, bia.consent.recorded, caio.consent.recorded) == (True, False, True)
    assert ana.tags == ["cliente", "piloto"] and "etiquetas" not in ana.attributes
    # RevenueCat's customer id is a person's, though it says "app"
    people = parse_roster(b"rc_original_app_user_id,email\n$RCAnon:1,\nu2,b@example.com\n", "rc.csv")
    assert [p.pid for p in people] == ["$RCAnon:1", "u2"]


def test_smart_quotes_that_split_a_line_are_named() -> None:
    data = 'id,name,notes\nP1,Ana,"fine, thanks"\nP2,Bo,\u201cbusy, call later\u201d\n'.encode()
    with pytest.raises(InputError, match="curly quotes") as err:
        parse_roster(data, "panel.csv")
    assert err.value.line == 3


def test_a_quiz_reports_numbered_columns_and_a_short_code_column() -> None:
    data = b"id,name,101: How often?,1.0,102: Why?,1.0\nS1,Ana,Daily,1,Habit,0\n"
    (ana,) = parse_roster(data, "quiz.csv")
    assert "1.0" not in ana.attributes and ana.attributes["101: how often?"] == "Daily"
    (bo,) = parse_roster("Cód.;Nome\nCE-7;Bo\n".encode(), "painel.csv")
    assert bo.pid == "CE-7"


def test_a_boards_groups_subitems_and_a_tables_spare_rows() -> None:
    data = ("Research panel board,,,,\n,,,,\nActive,,,,\n"
            "Name,Subitems,Consent,Email,Item ID\n"
            "Ana,Call 1,Recording OK,ana@example.com,101\n"
            ",Subitems,Owner,Status,Date\n"
            ",Call 1,Kim,Done,2026-03-01\n"
            "Bo,,Consent withdrawn,bo@example.com,102\n"
            ",,,,\nPaused,,,,\n"
            "Name,Subitems,Consent,Email,Item ID\n"
            "Cy,,Audio only,cy@example.com,103\n"
            ",,FALSE,,\n").encode()
    people = parse_roster(data, "board.csv")
    assert [p.pid for p in people] == ["101", "102", "103"]
    assert [p.consent.recorded for p in people] == [True, False, True]
    # a header pasted straight under the rows, with no group's name above it, is still refused
    with pytest.raises(InputError, match="repeats the header"):
        parse_roster(b"id,name\nP1,Ana\nid,name\nP2,Bo\n", "twice.csv")


def test_an_id_column_named_id_first() -> None:
    people = parse_roster("ID użytkownika;Imię;Rola\n10231;Kasia;Właściciel\n10232;Jan;Księgowy\n".encode(), "u.csv")
    assert [p.pid for p in people] == ["10231", "10232"]


def test_a_consent_question_in_spanish_without_a_question_mark() -> None:
    people = parse_roster("Código,Autoriza grabación\nA1,Sí\nA2,No\n".encode(), "panel.csv")
    assert [p.consent.recorded for p in people] == [True, False]


@pytest.mark.parametrize(("data", "line", "words"), [
    # a database unload with no header row
    (b"52841ead,saoirse@example.com,2026-05-01\n71aa0c3e,ben@example.com,2026-04-02\n", 1, "no header row"),
    # a sheet sorted with its header row among the people
    (b"Ana Ruiz,ana@example.com,P1\nid,name,email\nBo Li,bo@example.com,P2\n", 1, "the header is on line 2"),
    # a sheet transposed for a slide
    (b"Panel ID,P1,P2,P3\nName,Ana,Bo,Cy\nEmail,a@example.com,b@example.com,c@example.com\nRole,Owner,Admin,Owner\n"
     b"NPS,9,7,3\n", 1, "transposed"),
])
def test_a_file_whose_first_line_is_not_its_header(data: bytes, line: int, words: str) -> None:
    with pytest.raises(InputError, match=words) as err:
        parse_roster(data, "r.csv")
    assert err.value.line == line


def test_french_consent_answers_with_more_words() -> None:
    data = ("ID,Acceptez-vous que l'entretien soit enregistré ?\n"
            "E1,\"Oui, audio uniquement\"\nE2,\"Non, je préfère pas\"\nE3,Oui\n").encode()
    assert [p.consent.recorded for p in parse_roster(data, "f.csv")] == [True, False, True]


def test_a_sheet_downloaded_while_still_loading() -> None:
    with pytest.raises(InputError, match="still loading") as err:
        parse_roster(b"id,last_active,nps\nP1,2026-05-01,9\nP2,Loading...,Loading...\n", "panel.csv")
    assert err.value.line == 3


def test_a_join_that_repeats_a_column_and_an_id_only_some_rows_have() -> None:
    data = (",Subscriber ID,Email,Name,user_id,email,sessions_30d\n"
            "0,1001,ana@example.com,Ana,u1,ana@example.com,9\n"
            "1,1002,bo@example.com,Bo,,,\n").encode()
    people = parse_roster(data, "joined.csv")
    assert [p.pid for p in people] == ["1001", "1002"] and people[0].attributes["user_id"] == "u1"
    # the same name over different values is still refused
    with pytest.raises(InputError, match="same name"):
        parse_roster(b"id,email,email\nP1,a@example.com,b@example.com\n", "two.csv")


@pytest.mark.parametrize(("data", "words"), [
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03junk", "gzip-compressed"),
    (b"Panelnr  Naam            E-mailadres\nZW-1     Sanne van Dijk  sanne@example.nl\n", "lined up with spaces"),
    (("id,email\n" + "".join(f"P{i},k.m@example.com\n" for i in range(6))).encode(), "filled down"),
])
def test_files_a_researcher_sends_by_mistake(data: bytes, words: str) -> None:
    with pytest.raises(InputError, match=words):
        parse_roster(data, "panel.csv")


def test_one_placeholder_address_for_everyone_is_not_filled_down() -> None:
    people = parse_roster(("id,email\n" + "".join(f"P{i},anonymous\n" for i in range(6))).encode(), "forms.csv")
    assert len(people) == 6


def test_an_id_first_column_in_other_languages_and_consent_to_share_without_a_recording() -> None:
    people = parse_roster(b"id_vendedor;email;gravacao ok?\n10231;ana@example.com;nao\n10245;bia@example.com;sim\n",
                          "vendedores.csv")
    assert [p.pid for p in people] == ["10231", "10245"]
    assert [p.line for p in people] == [2, 3]
    # no recording, so none to share; else the sheet said nothing of sharing: not asked
    assert [(p.consent.recorded, p.consent.share_recordings) for p in people] == [(False, False), (True, None)]


def test_a_name_column_named_for_whom_a_report_line_under_the_data_and_an_id_on_two_rows() -> None:
    people = parse_roster(b"Learner ID,Learner Name,Course,Last login\nL1,\"Moreau, Ines\",Maths,2026-05-02\n"
                          b"L2,Tom Brand,Art,2026-05-03\n"
                          b"Exported from the learning platform on 2026-05-04 by admin,,,\n", "learners.csv")
    assert [(p.pid, p.name) for p in people] == [("L1", "Moreau, Ines"), ("L2", "Tom Brand")]
    with pytest.raises(InputError, match="'L1' in column 'Learner ID' appears twice") as err:
        parse_roster(b"Learner ID,Learner Name,Score\nL1,Ines,9\nL2,Tom,8\nL1,Ines,6\n", "learners.csv")
    assert err.value.line == 4


QUALTRICS_SCREENER = (
    'StartDate,IPAddress,LocationLatitude,Finished,ResponseId,Q1,Q2,Q3,Q4,first_name,town,Q9\n'
    '"Start Date","IP Address","Location Latitude","Finished","Response ID",'
    '"I have read the information sheet and agree to take part in this study.",'
    '"Is it OK to audio record the interview?","May I use anonymised quotes from the interview in my report?",'
    '"Please confirm you are 18 or over.","Your first name (or the name you go by)","Which town do you work in?",'
    '"Anything else I should know?"\n'
    '"{""ImportId"":""startDate""}","{""ImportId"":""ipAddress""}","{""ImportId"":""locationLatitude""}",'
    '"{""ImportId"":""finished""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2""}",'
    '"{""ImportId"":""QID3""}","{""ImportId"":""QID4""}","{""ImportId"":""QID5""}","{""ImportId"":""QID6""}",'
    '"{""ImportId"":""QID9""}"\n'
    '2026-10-01,10.0.0.1,51.5,True,R_a,I agree,Yes,No,Yes,Ines,Leeds,\n'
    '2026-10-01,10.0.0.2,51.5,True,R_b,I do not agree,Yes,Yes,Yes,Tom,York,\n'
    '2026-10-01,10.0.0.3,51.5,True,R_c,I agree,Yes,Yes,No,Ari,Leeds,\n'
    '2026-10-01,10.0.0.4,51.5,False,R_d,I agree,,,,Bo,,\n')


def test_a_survey_screener_with_its_consent_age_and_quote_questions() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    people = {p.pid: p for p in parse_roster(QUALTRICS_SCREENER.encode(), "screener.csv")}
    a = people["R_a"]
    # the researcher's own column names stand; Qualtrics' "Q3" gives way to its question
    assert a.name == "Ines" and a.attributes["town"] == "Leeds"
    assert "ip address" not in a.attributes and "location latitude" not in a.attributes  # where they were: private
    assert (a.consent.recorded, a.consent.quotes) == (True, False)  # recorded, but not to be quoted
    assert left_out_by_roster(a) is None
    assert "did not agree to take part" in (left_out_by_roster(people["R_b"]) or "")
    assert "under 18" in (left_out_by_roster(people["R_c"]) or "")
    assert "unfinished" in (left_out_by_roster(people["R_d"]) or "")
    numeric = QUALTRICS_SCREENER.replace("I agree,Yes,No,Yes", "1,1,2,1").replace("I do not agree,Yes,Yes,Yes", "2,2,1,1") \
        .replace("I agree,Yes,Yes,No", "1,1,1,2")
    with pytest.raises(InputError, match="answers with numbers"):
        parse_roster(numeric.encode(), "screener.csv")


def test_a_polish_no_to_recording() -> None:
    people = parse_roster("id,Zgoda na nagrywanie\nP1,Tak\nP2,Nie\n".encode(), "klienci.csv")
    assert [p.consent.recorded for p in people] == [True, False]


def test_a_word_document_or_a_pdf_given_as_a_roster_is_named_for_what_it_is(tmp_path) -> None:
    import docx

    path = tmp_path / "Interview guide.docx"
    doc = docx.Document()
    doc.add_paragraph("How do you plan your week?")
    doc.save(path)
    with pytest.raises(InputError, match=r"this is a Word document, not a roster \(CSV\).*guide import"):
        read_roster(path)
    with pytest.raises(InputError, match=r"this is a PDF, not a roster"):
        parse_roster(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "panel.pdf")


def test_a_table_is_told_from_a_guide() -> None:
    from listenwell.ingest.roster import looks_like_a_table

    assert looks_like_a_table("Record ID;Name;Plan\nR1;Ana;pro\nR2;Bo;free\n")
    assert not looks_like_a_table("# Guide\n\n## Warm-up\n- Tell me about your role, your team, your week.\n"
                                  "- What does a good day look like, and a bad one?\n")
    # a CRM report's title lines above the header, and its total line below the rows
    report = ('"Donors - Q4 recruitment"\n"Charity Ltd"\n"Filtered By: Status not equal to (blank)"\n\n'
              '"Contact ID","First Name","Status","Region"\n'
              + "".join(f'"003X{n:04d}","Name{n}","Active","North"\n' for n in range(12))
              + '"Total (12 records)"\n')
    assert looks_like_a_table(report)


@pytest.mark.parametrize(("text", "words"), [
    ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Rosa Lind>Thanks for making time, Omar.</v>\n", "WebVTT transcript"),
    ("\ufeff1\n00:00:01,000 --> 00:00:04,000\nRosa: Thanks for making time.\n\n2\n00:00:05,000 --> 00:00:07,000\n"
     "Omar: Glad to.\n", "SRT subtitle file"),
    ("0:00:01.000,0:00:04.000\n>> Thanks for making time.\n", "YouTube captions"),
])
def test_a_transcript_given_as_a_roster_is_named_with_the_command_that_reads_it(text: str, words: str) -> None:
    with pytest.raises(InputError, match=f"looks like .*{words}.*`listenwell import` reads transcripts") as err:
        parse_roster(text.encode(), "pilot call.vtt")
    assert err.value.line == 1


def test_an_id_column_taken_because_the_usual_one_has_an_empty_cell_is_said() -> None:
    from listenwell.ingest.roster import parse_roster_file

    roster = parse_roster_file(b"member_id,user_id,plan\nM-71,U-1,free\nM-72,,pro\nM-73,U-3,pro\n", "app.csv")
    assert [p.pid for p in roster.people] == ["M-71", "M-72", "M-73"] and roster.id_column == "member_id"
    assert roster.id_note == ("ids read from column 'member_id', as 'user_id' is empty on line 3; a later import "
                              "matches people by 'member_id' again")
    # both filled: the usual one, and the other said as one to look people up by, not as a gap
    both = parse_roster_file(b"member_id,user_id\nM-71,U-1\nM-72,U-2\n", "app.csv").id_note
    assert both is not None and "empty" not in both and both.startswith("ids read from column 'user_id'; 'member_id'")


def test_a_first_import_names_the_id_column_where_another_names_each_person_too() -> None:
    from listenwell.ingest.roster import parse_roster_file

    # a survey's response id beside the club's own number, written number first
    text = ("Respondent ID;Número de socio;Correo;Club\nRS-9a;00412;ana@example.org;Norte\n"
            "RS-9b;00413;luis@example.org;Sur\n").encode()
    roster = parse_roster_file(text, "socios.csv")
    assert roster.id_column == "Respondent ID"
    assert roster.id_note is not None and roster.id_note.startswith(
        "ids read from column 'Respondent ID'; 'Número de socio' also names each person once"), roster.id_note
    assert "--with 'Número de socio'" in roster.id_note and "new study" in roster.id_note
    # a re-import (the stored ids given) says nothing more; nor a file whose other number repeats
    assert parse_roster_file(text, "socios.csv", known=frozenset({"RS-9a", "RS-9b"})).id_note is None
    same_club = b"Respondent ID,Club number\nRS-1,7\nRS-2,7\n"
    assert parse_roster_file(same_club, "socios.csv").id_note is None


def test_a_form_tools_group_path_is_read_by_its_last_part() -> None:
    # KoboToolbox and ODK head a question inside a group "group/field"
    people = parse_roster("_id;encuestada/nombre;encuestada/correo;encuestada/celular;empresa/nombre;huerto/parcelas\n"
                          "7001;Rosa Ibarra Luna;rosa@example.org;33 1402 9911;Cafetal El Mirador SC;3\n"
                          "7002;Delia Soto Paz;delia@example.org;33 1402 9922;Cafetal Las Nubes SC;1\n".encode(), "k.csv")
    rosa = people[0]
    assert (rosa.name, rosa.email) == ("Rosa Ibarra Luna", "rosa@example.org")
    # the company's name is not hers: a group that is someone else's keeps its column
    assert rosa.attributes["empresa/nombre"] == "Cafetal El Mirador SC"
    assert "encuestada/nombre" not in rosa.attributes and "encuestada/correo" not in rosa.attributes


@pytest.mark.parametrize(("name_q", "email_q"), [
    ("¿Cuál es tu nombre completo?", "¿Cuál es su correo electrónico?"),
    ("Qual é o seu nome completo?", "Qual é o seu e-mail?"),
    ("Wie heißen Sie?", "Wie lautet Ihre E-Mail-Adresse?"),
    ("Comment vous appelez-vous ?", "Quelle est votre adresse e-mail ?"),
])
def test_a_forms_questions_for_the_name_and_email_in_the_roster_languages(name_q: str, email_q: str) -> None:
    people = parse_roster(f'Respondent ID,"{name_q}","{email_q}",Tienda\n'
                          "R1,Lupe Arias,lupe@example.org,Norte\nR2,Tomás Gil,tomas@example.org,Sur\n".encode(), "f.csv")
    assert [(p.name, p.email) for p in people] == [("Lupe Arias", "lupe@example.org"), ("Tomás Gil", "tomas@example.org")]
    assert people[0].attributes == {"tienda": "Norte"}


def test_a_list_of_organisations_is_refused_as_one() -> None:
    companies = ("ID;Name;Ort;Personen;Offene Deals\n"
                 "71;Elbtal Kühlkette GmbH;Dresden;4;1\n72;Rheinhessen Obstbau AG;Mainz;2;0\n"
                 "73;Brightwater Freight Ltd;Leeds;3;2\n74;Kasper Logistik;Kiel;1;0\n")
    with pytest.raises(InputError, match=r"list of organisations, not of people: column 'Name' holds company names "
                                         r"\('Elbtal Kühlkette GmbH'.*'Personen' counts their people") as err:
        parse_roster(companies.encode(), "orgs.csv")
    assert err.value.line == 1
    # people at those companies are people, with their company in a column of its own
    people = parse_roster("ID;Name;E-Mail;Firma\n1;Jana Wolff;jana@example.de;Elbtal Kühlkette GmbH\n"
                          "2;Ole Brandt;ole@example.de;Rheinhessen Obstbau AG\n"
                          "3;Mia Park;mia@example.co.uk;Brightwater Freight Ltd\n".encode(), "persons.csv")
    assert [p.name for p in people] == ["Jana Wolff", "Ole Brandt", "Mia Park"]


def test_every_id_a_file_repeats_is_named_in_one_message() -> None:
    text = b"n,user_id,answer\n1,U1,a\n2,U2,b\n3,U3,c\n4,U1,d\n5,U2,e\n6,U4,f\n"
    with pytest.raises(InputError, match=r"'U1' appears twice \(first on line 2\); so does 'U2' \(lines 3 and 6\)") as err:
        parse_roster(text, "screener.csv")
    assert err.value.line == 5


def test_a_guide_given_as_a_roster_is_named_as_a_guide() -> None:
    guide = ("# Renewal interviews\n\n> Note: 30 minutes, on the phone.\n\n## Warm-up\n"
             "- How long have you kept bees?\n- What does a week at the hives look like?\n\n"
             "## Renewal\n- Tell me about the last time you renewed your membership.\n- What made you decide?\n")
    with pytest.raises(InputError, match=r"looks like a discussion guide.*`listenwell guide import` reads a guide"):
        parse_roster(guide.encode(), "guide.md")


def test_a_bilingual_guide_its_translations_in_brackets_given_as_a_roster_is_named_as_a_guide() -> None:
    guide = ("# Mwongozo / Guide, shop owners\n\n## Utangulizi / Intro\n"
             "- Una duka kwa muda gani? (How long have you had the shop?)\n"
             "- Wateja wako ni akina nani, na wanakuja lini? (Who are your customers, and when do they come?)\n\n"
             "## Malipo / Payments\n- Unalipaje bidhaa zako? (How do you pay for your stock?)\n")
    with pytest.raises(InputError, match=r"looks like a discussion guide.*`listenwell guide import` reads a guide"):
        parse_roster(guide.encode(), "mwongozo.md")


def test_a_guide_whose_questions_end_in_the_arabic_question_mark_given_as_a_roster_is_named_as_a_guide() -> None:
    guide = ("# راهنمای گفتگو با فروشندگان\n\n## شروع\n- از کسب\u200cوکارتان بگویید؛ چند سال است فعالید؟\n"
             "- روزتان معمولاً چطور شروع می\u200cشود؟\n\n## تسویه\n- آخرین تسویه حساب چطور پیش رفت؟\n"
             "- چه چیزی را عوض می\u200cکردید؟\n")
    with pytest.raises(InputError, match=r"looks like a discussion guide.*`listenwell guide import` reads a guide"):
        parse_roster(guide.encode(), "rahnama.md")


def test_a_persian_sheets_solar_hijri_dates_are_read_in_the_gregorian_calendar_and_an_arabic_ones_are_not() -> None:
    persian = ("کد مشتری,نام کامل,تاریخ عضویت,آخرین خرید,تعداد سفارش\n"
               "C-1,ژاله کیانی,1403/12/30,۱۴۰۵/۰۹/۰۱,3\nC-2,پیمان گودرزی,1399-01-01,1405/08/25,1\n")
    people = parse_roster(persian.encode(), "moshtarian.csv")
    assert [(p.attributes["تاریخ عضویت"], p.attributes["آخرین خرید"]) for p in people] == [
        ("2025-03-20", "2026-11-22"), ("2020-03-20", "2026-11-16")]
    # with no letter only Persian writes, "1445/07/12" may be the lunar calendar's: kept as written, named by the plan
    arabic = "رقم العميل,الاسم,تاريخ التسجيل\nR-1,سلمى,1445/07/12\nR-2,فهد,1446/01/03\n"
    assert [p.attributes["تاريخ التسجيل"] for p in parse_roster(arabic.encode(), "omalaa.csv")] == ["1445/07/12", "1446/01/03"]


def test_a_hospitals_medical_record_number_is_the_id() -> None:
    people = parse_roster(b"MRN,patient_name,portal_status\n00012345,Ana Ruiz,active\n00012346,Bo Li,inactive\n", "ehr.csv")
    assert [(p.pid, p.name) for p in people] == [("00012345", "Ana Ruiz"), ("00012346", "Bo Li")]


# a subscription box's billing export joined with its email tool: one row per subscription
SUBSCRIPTIONS = (b"sub_id,customer_id,email,first_name,status,cancel_comment\n"
                 b"7001,C-11,ivo@example.com,Ivo,ACTIVE,\n"
                 b"7002,C-12,una@example.com,Una,CANCELLED,no more emails please\n"
                 b"7003,C-12,una@example.com,Una,ACTIVE,\n"
                 b"7004,C-13,eli@example.com,Eli,ACTIVE,\n")


def test_a_row_per_subscription_is_read_under_the_rows_own_id_and_says_whose_rows_repeat() -> None:
    roster = parse_roster_file(SUBSCRIPTIONS, "subs.csv")
    assert [p.pid for p in roster.people] == ["7001", "7002", "7003", "7004"]
    assert roster.id_column == "sub_id"
    assert roster.people[1].attributes["customer_id"] == "C-12"  # kept, for the plan to see one person
    assert "as 'customer_id' gives one person several rows ('C-12' on lines 3 and 4" in roster.id_note
    assert "a do-not-ask on any of a person's rows leaves them out" in roster.id_note
    assert "3 people on 4 rows" in roster.id_note  # rows are not people


def test_one_id_on_rows_of_two_addresses_or_with_no_row_id_stays_refused_saying_what_a_deleted_row_loses() -> None:
    two_people = SUBSCRIPTIONS.replace(b"7003,C-12,una@example.com", b"7003,C-12,ros@example.com")
    with pytest.raises(InputError, match="'C-12' in column 'customer_id' appears twice|'C-12' appears twice"):
        parse_roster(two_people, "subs.csv")
    no_row_id = b"customer_id,email,status\nC-1,a@example.com,ACTIVE\nC-1,a@example.com,CANCELLED\n"
    with pytest.raises(InputError, match="carry over to it a do-not-contact, an opt-out or a comment"):
        parse_roster(no_row_id, "subs.csv")


def test_japanese_name_columns_and_the_reading() -> None:
    crm = parse_roster("顧客ID,氏名,フリガナ,部署\nK1,大野 蓮,オオノ レン,総務\n".encode(), "k.csv")
    assert (crm[0].name, crm[0].other_names, crm[0].attributes) == ("大野 蓮", ["オオノ レン"], {"部署": "総務"})
    # family and given name apart: joined family name first, as Japanese writes it
    split = parse_roster("顧客ID,姓,名,部署\nK2,小松,千秋,経理\n".encode(), "k.csv")
    assert (split[0].name, split[0].attributes) == ("小松 千秋", {"部署": "経理"})


def test_a_chinese_member_list_its_id_name_email_and_total_row() -> None:
    """A Taiwanese CRM export (Traditional) and a mainland one (Simplified): the member number is the
    id, 姓名 the private name, and the closing 合計 row (an Excel SUM) is no participant."""
    trad = ("會員編號,姓名,手機,電子郵件,近30天訂單數,會員等級\n"
            "A101,周子軒,0921-555-010,zx.chou@example.tw,3,金卡\nA102,蔡依林,921555011,yl.tsai@example.tw,0,一般\n"
            "合計,,,,3,\n").encode()
    people = parse_roster(trad, "會員.csv")
    assert [p.pid for p in people] == ["A101", "A102"]
    assert (people[0].name, people[0].email) == ("周子軒", "zx.chou@example.tw")
    assert "姓名" not in people[0].attributes and "電子郵件" not in people[0].attributes
    simp = "会员编号,姓名,电子邮件,备注\nB1,刘洋,yang@example.cn,\nB2,赵敏,min@example.cn,\n总计:,,,\n".encode()
    assert [(p.pid, p.name) for p in parse_roster(simp, "m.csv")] == [("B1", "刘洋"), ("B2", "赵敏")]


def test_a_person_number_in_one_dutch_or_german_word_is_the_id() -> None:
    for column in ("Klantnummer", "Deelnemersnummer", "Kundennummer"):
        people = parse_roster(f"{column};Woonplaats;Telefoonnummer\nK-7;Delft;0612\nK-9;Gouda;0613\n".encode(), "r.csv")
        assert [p.pid for p in people] == ["K-7", "K-9"], column
    # a phone or house number is no id, and the message says how to name one
    with pytest.raises(InputError, match="rename it to 'id'") as err:
        parse_roster(b"Huisnummer;Telefoonnummer;Wijk\n12;0612;Noord\n14;0613;Zuid\n", "r.csv")
    assert err.value.line == 1


def test_a_title_and_a_privacy_line_split_by_its_separator_sit_over_the_header() -> None:
    data = ("Ledenlijst bewonerspanel Oosterhout - stand 01-11-2026;;;;;;\n"
            "LET OP (AVG): persoonsgegevens, alleen voor dit onderzoek; wissen na afloop van het project;;;;;\n"
            "Respondentnummer;Voornaam;Tussenvoegsel;Achternaam;E-mailadres;Wijk;Opmerkingen\n"
            "R-01;Ilse;van der;Meer;ilse@example.nl;Noord;\n"
            "R-02;Tom;;Bakker;tom@example.nl;Zuid;belt liever 's avonds, na 19 uur\n"
            "R-03;Anouk;de;Jong;anouk@example.nl;Noord;\n").encode("cp1252")
    people = parse_roster(data, "leden.csv")
    assert [p.pid for p in people] == ["R-01", "R-02", "R-03"]
    # the particle between the first name and the surname is part of the name, not a column
    assert [p.name for p in people] == ["Ilse van der Meer", "Tom Bakker", "Anouk de Jong"]
    assert "tussenvoegsel" not in people[0].attributes
    # and a surname that already carries it is not given it twice
    again = parse_roster(b"id;Voornaam;Tussenvoegsel;Achternaam\nA;Pim;van;van Dam\n", "r.csv")
    assert again[0].name == "Pim van Dam"
    # a narrower sheet with no id: the error names the header's line, not the privacy line's
    narrow = ("Ledenlijst - stand 01-11-2026;;;;\n"
              "LET OP (AVG): persoonsgegevens, alleen voor dit onderzoek; wissen na afloop;;;\n"
              "Huisnummer;Voornaam;Achternaam;Wijk;Opmerkingen\n12;Ilse;Meer;Noord;\n14;Tom;Bakker;Zuid;ja, graag\n")
    with pytest.raises(InputError, match="no participant id column") as err:
        parse_roster(narrow.encode(), "r.csv")
    assert err.value.line == 3


def test_a_failed_lookup_in_the_sheets_own_language_is_an_empty_cell_and_said() -> None:
    from listenwell.ingest.roster import parse_roster_file
    roster = parse_roster_file(b"Panel ID;Laatste bezoek;Regio\nK1;#N/B;Noord\nK2;2026-10-01;#NV\nK3;#N/D;Zuid\n",
                               "panel.csv")
    assert [sorted(p.attributes) for p in roster.people] == [["regio"], ["laatste bezoek"], ["regio"]]
    assert roster.looked_up == {"K1": frozenset({"laatste bezoek"}), "K2": frozenset({"regio"}),
                                "K3": frozenset({"laatste bezoek"})}


def test_hungarian_excel_error_values_a_failed_lookup_empty_and_a_broken_formula_refused() -> None:
    from listenwell.ingest.roster import parse_roster_file
    # Hungarian Excel's "#HIÁNYZIK" is its "#N/A": an empty cell, and said
    roster = parse_roster_file("Azonosító;Korcsoport;Város\nM1;#HIÁNYZIK;Pécs\nM2;30–44;Szeged\n".encode("cp1250"),
                               "m.csv")
    assert [sorted(p.attributes) for p in roster.people] == [["város"], ["korcsoport", "város"]]
    assert roster.looked_up == {"M1": frozenset({"korcsoport"})}
    # its "#HIV!" (#REF!), "#ÉRTÉK!" (#VALUE!), "#NÉV?" (#NAME?), "#ZÉRÓOSZTÓ!" (#DIV/0!), and German's "#BEZUG!",
    # are broken formulas: refused, naming the column and the line
    for error in ("#HIV!", "#ÉRTÉK!", "#NÉV?", "#ZÉRÓOSZTÓ!", "#BEZUG!"):
        with pytest.raises(InputError, match="formula error") as err:
            parse_roster_file(f"Azonosító;Belépések (30 nap)\nM1;4\nM2;{error}\n".encode(), "m.csv")
        assert err.value.line == 3 and "belépések (30 nap)" in str(err.value).lower(), str(err.value)


def test_a_korean_member_list_its_id_name_and_email_columns_and_its_count_line() -> None:
    # a title over the header, Korean column names, and the count Korean Excel reports put under the list
    data = ("리서치 패널 명단 (2026-06-01 기준),,,,\n"
            "회원 번호,성명,이메일 주소,지역,비고\n"
            "K-101,오세린,serin@example.kr,부산,\n"
            "K-102,문하람,haram@example.kr,대전,직원 소개\n"
            "합계: 2명,,,,\n").encode("cp949")
    people = parse_roster(data, "panel.csv")
    assert [p.pid for p in people] == ["K-101", "K-102"]
    assert [p.name for p in people] == ["오세린", "문하람"]
    assert [p.email for p in people] == ["serin@example.kr", "haram@example.kr"]
    assert people[1].attributes == {"지역": "대전", "비고": "직원 소개"}
    # "이름" names the person too; a count line is not a person, in the ways Korean sheets write it
    for footer in ("총 2명", "전체 2건", "총 회원 수: 2"):
        rows = parse_roster(f"회원번호,이름,지역\nK-1,배도윤,서울\nK-2,남궁은,인천\n{footer},,\n".encode(), "m.csv")
        assert [(p.pid, p.name) for p in rows] == [("K-1", "배도윤"), ("K-2", "남궁은")], footer


# a bike-share's rides exported instead of its riders: a row per ride, no name or address
RIDES = (b"ride_id,customer_id,dock,minutes\n"
         b"R-901,U-17,Harbour,12\nR-902,U-17,Harbour,9\nR-903,U-17,Station,20\n"
         b"R-904,U-22,Station,7\nR-905,U-22,Market,31\n"
         b"R-906,U-35,Market,4\nR-907,U-35,Market,6\nR-908,U-35,Harbour,15\nR-909,U-40,Harbour,11\n")


def test_a_row_per_event_export_given_as_the_roster_is_named_as_one() -> None:
    for known in (frozenset(), frozenset({"U-17", "U-22"})):  # a first import, and a re-import
        with pytest.raises(InputError, match=r"this looks like one row per ride, not a roster: 3 of the 4 ids in "
                                             r"column 'customer_id' are on several rows \('U-17' on lines 2, 3 and 4"):
            parse_roster_file(RIDES, "rides.csv", known)
    # a few people with a second subscription stay read under the row's own id
    assert parse_roster_file(SUBSCRIPTIONS, "subs.csv").id_column == "sub_id"


def test_an_id_on_three_lines_is_said_with_all_three() -> None:
    text = b"member_id,town\nK1,Ayr\nK1,Ayr\nK2,Oban\nK1,Ayr\nK2,Oban\nK3,Alloa\nK4,Troon\nK5,Irvine\nK6,Largs\n"
    with pytest.raises(InputError, match=r"'K1' in column 'member_id' appears 3 times \(lines 2, 3 and 5\); "
                                         r"so does 'K2' \(lines 4 and 6\)"):
        parse_roster(text, "members.csv")


def test_people_under_their_own_id_beside_an_accounts_repeated_id_are_a_roster() -> None:
    # a pseudonymised B2B contact list: several contacts of one client account, no names
    text = (b"contact_id,client_id,role\nK-1,A-7,buyer\nK-2,A-7,admin\nK-3,A-8,buyer\nK-4,A-8,admin\n"
            b"K-5,A-9,buyer\nK-6,A-9,finance\n")
    assert [p.pid for p in parse_roster(text, "contacts.csv")] == ["K-1", "K-2", "K-3", "K-4", "K-5", "K-6"]


def test_an_indonesian_seller_export_its_id_owner_name_and_dates_with_indonesian_months() -> None:
    data = ("ID Penjual,Nama Toko,Nama Pemilik,Email,Terakhir Aktif,Catatan\n"
            "S-01,Warung Bu Tini,Sartini,tini@example.id,14 Okt 2026,\n"
            "S-02,Kopi Pak Darto,Sudarto,darto@example.id,3 Des 2025,toko kedua\n").encode()
    people = parse_roster(data, "penjual.csv")
    assert [(p.pid, p.name) for p in people] == [("S-01", "Sartini"), ("S-02", "Sudarto")]
    # the shop's name is no person's, and stays a column
    assert people[0].attributes["nama toko"] == "Warung Bu Tini"


def test_a_vietnamese_google_sheet_its_driver_code_and_full_name() -> None:
    data = ("Mã tài xế,Họ và tên,SĐT,Zalo,Trạng thái,Ghi chú\r\n"
            "D-11,Phạm Thị Hoa,0905 112 334,0905112334,Đang hoạt động,\r\n"
            "D-12,Đinh Quang Huy,0977 450 218,Có,Tạm khóa,chỉ nhắn Zalo\r\n").encode()
    people = parse_roster(data, "tai_xe.csv")
    assert [(p.pid, p.name) for p in people] == [("D-11", "Phạm Thị Hoa"), ("D-12", "Đinh Quang Huy")]
    assert people[1].attributes["trạng thái"] == "Tạm khóa"


def test_a_thai_export_its_customer_code_full_name_and_thai_digits() -> None:
    data = ("ลำดับ,รหัสลูกค้า,ชื่อ-นามสกุล,เบอร์โทร,ใช้งานล่าสุด,สถานะ,หมายเหตุ\r\n"
            "1,TH-501,นางมาลี สุขใจ,๐๘๑-๒๒๒-๓๓๓๓,๒๕/๑๑/๒๐๒๖ ๑๐:๑๕,ใช้งาน,\r\n"
            "2,TH-502,นายประยุทธ ทองคำ,089-444-5555,03/10/2026,ระงับ,ห้ามโทรหาอีก\r\n").encode("cp874")
    people = parse_roster(data, "luk_kha.csv")
    assert [(p.pid, p.name) for p in people] == [("TH-501", "นางมาลี สุขใจ"), ("TH-502", "นายประยุทธ ทองคำ")]
    assert people[0].attributes["ใช้งานล่าสุด"] == "25/11/2026 10:15"
    assert people[1].attributes["หมายเหตุ"] == "ห้ามโทรหาอีก"


def test_a_vietnamese_merchant_back_office_its_shop_code_and_its_owner_not_the_shop_as_the_name() -> None:
    data = ("Mã cửa hàng;Tên cửa hàng;Tên chủ quán;Số điện thoại;Ghi chú\r\n"
            "QN-0071;Bánh Căn Cô Sáu;Lý Thị Sáu;0905 221 448;\r\n"
            "QN-0072;Mì Quảng Ếch Bà Vị;Tôn Nữ Vị;0935 118 602;chỉ nhắn Zalo\r\n").encode("utf-8-sig")
    people = parse_roster(data, "cuahang.csv")
    assert [(p.pid, p.name) for p in people] == [("QN-0071", "Lý Thị Sáu"), ("QN-0072", "Tôn Nữ Vị")]
    assert people[1].attributes["tên cửa hàng"] == "Mì Quảng Ếch Bà Vị"


def test_a_vietnamese_parents_roster_its_parent_code_and_parent_name() -> None:
    data = ("Mã phụ huynh,Họ tên phụ huynh,SĐT,Trạng thái gói\r\n"
            "PHX-7,Vũ Thị Mai,0983 100 207,Đang dùng\r\n"
            "PHX-8,Lò Văn Sơn,0983 100 208,Hoàn tiền\r\n").encode()
    people = parse_roster(data, "phu_huynh.csv")
    assert [(p.pid, p.name) for p in people] == [("PHX-7", "Vũ Thị Mai"), ("PHX-8", "Lò Văn Sơn")]
    # a learner's code too
    people = parse_roster("Mã học viên,Tên học viên\nHV-3,Đào Minh Khôi\n".encode(), "hv.csv")
    assert [(p.pid, p.name) for p in people] == [("HV-3", "Đào Minh Khôi")]


def test_a_greek_crm_export_in_cp1253_its_customer_code_and_full_name() -> None:
    data = ("Κωδικός πελάτη;Ονοματεπώνυμο;Κινητό;Κατάσταση;Σχόλια\r\n"
            "5500101;ΜΙΧΑΗΛΙΔΗΣ ΠΕΤΡΟΣ;6977001122;Ενεργός;\r\n"
            "5500102;Ζωή Αντωνίου;+306944556677;Φραγή;Δεν επιθυμεί επικοινωνία\r\n").encode("cp1253")
    people = parse_roster(data, "pelates.csv")
    assert [(p.pid, p.name) for p in people] == [("5500101", "ΜΙΧΑΗΛΙΔΗΣ ΠΕΤΡΟΣ"), ("5500102", "Ζωή Αντωνίου")]
    assert people[1].attributes["σχόλια"] == "Δεν επιθυμεί επικοινωνία"
    # the given and family names in columns of their own
    people = parse_roster("Κωδ. πελάτη;Όνομα;Επώνυμο\n77;Σοφία;Καραλή\n".encode(), "b.csv")
    assert [(p.pid, p.name) for p in people] == [("77", "Σοφία Καραλή")]

def test_a_ukrainian_crm_export_in_cp1251_its_full_name_column_and_its_count_footer() -> None:
    # as Ukrainian Excel saves it: cp1251, ";", a title line over the header, "Всього записів" under the rows
    data = ("Клієнти станом на 01.12.2026;;;;\r\n"
            "Номер клієнта;ПІБ;Телефон;Статус;Коментар\r\n"
            "K-301;Гребенюк Ярина Тарасівна;+380661230001;Активна;\r\n"
            "K-302;Яценко Євгенія Ігорівна;+380661230002;Неактивна;лише email\r\n"
            "Всього записів: 2;;;;\r\n").encode("cp1251")
    people = parse_roster(data, "klienty.csv")
    assert [(p.pid, p.name) for p in people] == [("K-301", "Гребенюк Ярина Тарасівна"),
                                                 ("K-302", "Яценко Євгенія Ігорівна")]
    assert people[1].attributes["коментар"] == "лише email"
    # Russian: "ФИО" and an "Итого" footer; a Cyrillic header is no other Cyrillic header ("ФИО" is not "Город")
    data = "Код клиента;Город;ФИО\n77;Харьков;Лысенко Ольга\n78;Одесса;Бойко Иван\nИтого: 2;;\n".encode()
    assert [(p.pid, p.name) for p in parse_roster(data, "b.csv")] == [("77", "Лысенко Ольга"), ("78", "Бойко Иван")]


def test_a_file_numbered_by_ticket_or_order_is_not_invited_to_rename_that_number_to_id() -> None:
    for column, kind in (("Ticket ID", "ticket"), ("Order #", "order"), ("invoice_no", "invoice")):
        text = f"{column},Requester,Requester email,Subject\n5501,Ada Moss,ada@mail.example,Refund\n" \
               "5502,Ada Moss,ada@mail.example,Login\n5503,Cy Vale,cy@mail.example,Bug\n"
        with pytest.raises(InputError) as err:
            parse_roster(text.encode(), "helpdesk.csv")
        said = str(err.value)
        assert "rename it to 'id'" not in said, said
        assert f"{column!r} numbers each {kind}, not a person" in said, said


def test_a_hungarian_excel_export_its_id_name_cp1250_letters_and_count_footer() -> None:
    # Hungarian Excel's ";" CSV in cp1250, its customer id and name headed in Hungarian, and a count
    # of its rows in the last line ("Összesen: 2 tag": a total, not a member)
    data = ("Ügyfélazonosító;Név;E-mail cím;Város\r\n"
            "H-201;Kőrösi Dénes;korosi@example.hu;Győr\r\n"
            "H-202;Szűts Ödön;szuts@example.hu;Eger\r\n"
            "Összesen: 2 tag;;;\r\n").encode("cp1250")
    people = parse_roster(data, "tagok.csv")
    assert [(p.pid, p.name, p.email) for p in people] == [("H-201", "Kőrösi Dénes", "korosi@example.hu"),
                                                          ("H-202", "Szűts Ödön", "szuts@example.hu")]
    assert people[0].attributes["város"] == "Győr"


def test_a_turkish_excel_export_its_names_and_its_cp1254_letters() -> None:
    data = ("Üye No;Ad Soyad;E-posta;Şehir;Not\n"
            "U-01;Işıl Doğan;isil@example.com.tr;İzmir;\n"
            "U-02;Şükrü Güneş;sukru@example.com.tr;Iğdır;kargo gecikti\n").encode("cp1254")
    people = parse_roster(data, "uyeler.csv")
    assert [(p.pid, p.name) for p in people] == [("U-01", "Işıl Doğan"), ("U-02", "Şükrü Güneş")]
    assert people[1].attributes == {"şehir": "Iğdır", "not": "kargo gecikti"}
    # the first name and the surname in two columns ("Ad", "Soyad")
    split = parse_roster("Üye No,Ad,Soyad\nU-03,Ayten,Kurt\n".encode(), "uyeler.csv")
    assert split[0].name == "Ayten Kurt"


def test_a_romanian_excel_export_its_names_and_its_cp1250_letters() -> None:
    # Windows Excel's cedilla ş ţ in cp1250; Google Sheets' comma-below ș in UTF-8
    data = ("Raport abonaţi;;;\r\nCod abonat;Nume şi prenume;E-mail;Localitate\r\n"
            "A-11;Ştefania Ţârlea;stefania@exemplu.ro;Piteşti\r\nA-12;Radu Băluţă;radu@exemplu.ro;Bârlad\r\n").encode("cp1250")
    people = parse_roster(data, "abonati.csv")
    assert [(p.pid, p.name) for p in people] == [("A-11", "Ştefania Ţârlea"), ("A-12", "Radu Băluţă")]
    assert people[0].attributes["localitate"] == "Piteşti"
    sheets = parse_roster("Cod abonat,Nume și prenume\nA-13,Ioana Mureșan\n".encode(), "abonati.csv")
    assert sheets[0].name == "Ioana Mureșan"
    # the given name and the family name in two columns ("Prenume", "Nume de familie")
    split = parse_roster("Cod abonat,Prenume,Nume de familie\nA-14,Sorina,Pavel\n".encode(), "abonati.csv")
    assert split[0].name == "Sorina Pavel"
    # a Salesforce report's subscriber or client name ("Nume abonat", "Nume client")
    for header in ("Nume abonat", "Nume client", "Numele clientului"):
        labelled = parse_roster(f"Cod abonat,{header},Tip abonament\nA-15,Costin Oprea,Prepaid\n".encode(), "sf.csv")
        assert labelled[0].name == "Costin Oprea", header


def test_an_arabic_crm_export_its_name_email_phone_consent_and_digits_of_arabic_script() -> None:
    data = ("رقم العميل,الاسم الكامل,البريد الإلكتروني,رقم الجوال,البلد / Country,آخر حجز,الموافقة,ملاحظات\n"
            "A-1,منى الكبيسي,mona@example.net,+974 5500 1122,قطر,٠٣/١١/٢٠٢٦,نعم,\n"
            "A-2,طارق الفلاسي,tariq@example.net,٠٥٥٩٩٨٧٧٦٦,الإمارات,21/10/2026,لا,عميل قديم\n"
            "A-3,هالة سعيد,hala@example.net,۰۵۰۱۲۳۴۵۶۷,UAE,19/10/2026,نعم، موافقة,\n").encode()
    roster = parse_roster_file(data, "zoho.csv")
    people = roster.people
    # the full name is the person's private name, the email theirs, the consent read in Arabic
    assert [(p.pid, p.name, p.email) for p in people] == [("A-1", "منى الكبيسي", "mona@example.net"),
                                                         ("A-2", "طارق الفلاسي", "tariq@example.net"),
                                                         ("A-3", "هالة سعيد", "hala@example.net")]
    assert [p.consent.recorded for p in people] == [True, False, True]
    assert "الاسم الكامل" not in people[0].attributes and "name" in roster.gives
    # numbers in Arabic-Indic and Persian digits are kept as ASCII ones: a date, a phone
    assert people[0].attributes["آخر حجز"] == "03/11/2026"
    assert people[1].attributes["رقم الجوال"] == "0559987766" and people[2].attributes["رقم الجوال"] == "0501234567"
    assert people[1].attributes["ملاحظات"] == "عميل قديم"


def test_arabic_consent_that_is_no_answer_is_refused_by_name() -> None:
    data = "id,Consent\nB-1,نعم\nB-2,ربما\n".encode()
    with pytest.raises(InputError, match="'ربما' is not yes/no"):
        parse_roster(data, "r.csv")


def test_a_column_named_in_arabic_and_english_is_read_by_either_half() -> None:
    data = "Record Id,الاسم الكامل / Full Name,Email / البريد الإلكتروني,First / Last name\nR-1,منى الكبيسي,mona@example.net,x\n".encode()
    person, = parse_roster(data, "r.csv")
    assert (person.name, person.email) == ("منى الكبيسي", "mona@example.net")
    # (halves of one language are one column's name: kept as it is)
    assert person.attributes == {"first / last name": "x"}


def test_a_hebrew_crm_export_its_id_name_email_and_consent_in_hebrew_in_cp1255() -> None:
    # a clinic's export saved by Hebrew Excel: id "מס' מטופל", the full name, 'דוא"ל', consent כן/לא
    data = ("מס' מטופל,שם מלא,\"דוא\"\"ל\",טלפון נייד,הסכמה להקלטה,הערות\r\n"
            "M-1,אורנה בן עמי,orna@example.co.il,054-1112233,כן,\r\n"
            "M-2,צביקה רם,tz@example.co.il,050-9998877,לא,\"רק בוואטסאפ, לא להתקשר\"\r\n").encode("cp1255")
    roster = parse_roster_file(data, "metuplim.csv")
    people = roster.people
    assert [(p.pid, p.name, p.email) for p in people] == [("M-1", "אורנה בן עמי", "orna@example.co.il"),
                                                         ("M-2", "צביקה רם", "tz@example.co.il")]
    assert [p.consent.recorded for p in people] == [True, False]
    assert people[1].attributes["הערות"] == "רק בוואטסאפ, לא להתקשר"
    first, = parse_roster("מזהה,שם פרטי,שם משפחה\n7,שלומית,גבע\n".encode(), "r.csv")
    assert (first.pid, first.name) == ("7", "שלומית גבע")


def test_an_urdu_ops_sheet_in_cp1256_its_id_name_phone_and_status_and_a_persian_given_name_beside_its_surname() -> None:
    # as Urdu Excel saves it: cp1256, every header in Urdu; "نام" alone is the whole name
    data = ("کسٹمر آئی ڈی,نام,موبائل نمبر,شہر,اسٹیٹس,نوٹس\r\n"
            "K-71,Shazia Rehman,03331112233,Multan,فعال,\r\n"
            "K-72,Imran Butt,03454445566,Multan,بلاک,\r\n").replace("ی", "ي").encode("cp1256")  # (its yeh as Arabic's)
    roster = parse_roster_file(data, "multan.csv")
    assert roster.id_column == "کسٹمر آئي ڈي"
    assert [(p.pid, p.name, p.first_name) for p in roster.people] == [("K-71", "Shazia Rehman", "Shazia"),
                                                                     ("K-72", "Imran Butt", "Imran")]
    assert "name" in roster.gives
    # Persian's given name beside its family name
    first, = parse_roster("شناسه مشتری,نام,نام خانوادگی\n9,مریم,کاظمی\n".encode(), "r.csv")
    assert (first.pid, first.name, first.first_name) == ("9", "مریم کاظمی", "مریم")


def test_a_portuguese_nome_column_alone_holds_the_whole_name_and_greets_by_its_first_word(tmp_path):
    path = tmp_path / "clientes.csv"
    path.write_text("ID;Nome;E-mail\n31;Teresa Cristina Alves;teresa@exemplo.com.br\n", encoding="utf-8")
    [p] = read_roster(path)
    assert p.name == "Teresa Cristina Alves"
    assert p.first_name == "Teresa"
    split = tmp_path / "split.csv"
    split.write_text("ID;Nome;Sobrenome\n32;Ana Luiza;Pires\n", encoding="utf-8")
    [q] = read_roster(split)
    assert q.first_name == "Ana Luiza" and q.name == "Ana Luiza Pires"


def test_a_column_headed_by_the_part_they_play_holding_names_is_the_name_column() -> None:
    # an allotment society's register: the plot holder is the person, written "Surname, Forename";
    # the joint holder is a second person of the household and the site officer is staff
    rows = [("P-01", "Ferreira, Lucia", "Ferreira, Joao", "Nwosu, Kelechi"),
            ("P-02", "Halloran, Brendan", "", "Nwosu, Kelechi"),
            ("P-03", "Szabo, Erzsebet", "", "Pike, Imogen"),
            ("P-04", "Abernethy, Fiona", "Abernethy, Ross", "Pike, Imogen"),
            ("P-05", "Chaudhry, Imran", "", "Nwosu, Kelechi"),
            ("P-06", "van Leeuwen, Sanne", "", "Pike, Imogen")]
    text = "Plot Ref,Plot Holder,Joint Holder,Site Officer\n" + "".join(
        ",".join(f'"{v}"' for v in r) + "\n" for r in rows)
    people = parse_roster(text.encode(), "plots.csv")
    assert [p.name for p in people[:2]] == ["Ferreira, Lucia", "Halloran, Brendan"]
    assert "plot holder" not in people[0].attributes
    assert people[0].attributes["joint holder"] == "Ferreira, Joao"
    # a role column of something other than names is not read as names
    other = parse_roster(b"Ref,Lead Tenant,Tenure\nT1,Yes,Secure\nT2,No,Starter\nT3,Yes,Secure\n"
                         b"T4,Yes,Secure\nT5,No,Starter\n", "t.csv")
    assert all(p.name is None for p in other)


def test_a_phone_column_is_never_the_id_and_an_account_number_is() -> None:
    # a pay-as-you-go utility's export: the account number keys each customer; the phone number,
    # also one per row and ending in "Number", is private and never the id
    data = ("Account Number,Customer Name,Phone Number,Region\n"
            "30118452,Achieng Otieno,0733 410 998,Kisumu\n"
            "30118519,Kamau Njoroge,0721 556 031,Nyeri\n"
            "30118603,Wairimu Githinji,729884120,Nyeri\n").encode()
    roster = parse_roster_file(data, "accounts.csv")
    assert [p.pid for p in roster.people] == ["30118452", "30118519", "30118603"]
    assert roster.id_note == "ids read from column 'Account Number', one account per row"
    assert roster.people[0].attributes["phone number"] == "0733 410 998"
    renamed = parse_roster(data.replace(b"Account Number", b"Account ID"), "accounts.csv")
    assert [p.pid for p in renamed] == ["30118452", "30118519", "30118603"]
    # a phone column ending in "No." beside no other id: keyed by the number, never shown as one
    only = parse_roster(b"Name,Mobile No.,Town\nAchieng Otieno,0733 410 998,Kisumu\n"
                        b"Kamau Njoroge,0721 556 031,Nyeri\n", "phones.csv")
    assert all(p.pid.startswith("P-") and "0733" not in p.pid for p in only)
    # nor is a phone column offered as another id beside the one taken
    beside = parse_roster_file(b"Response ID,Phone Number\nR1,0733 410 998\nR2,0721 556 031\n", "survey.csv")
    assert beside.id_column == "Response ID" and "Phone Number" not in (beside.id_note or "")
    # a company's account beside each person's email stays no id: the email keys the list
    b2b = parse_roster(b"Account ID,Email\nA-1,ana@acme.example\nA-2,ben@globex.example\n", "b2b.csv")
    assert all(p.pid.startswith("P-") for p in b2b)


def test_a_serbian_core_banking_export_in_cp1251_its_count_footer_is_no_person() -> None:
    # as the bank's old Windows tool writes it: cp1251, ";", a title and an export-date line, "Укупно" under the rows
    data = ("Извештај: клијенти;;;\r\nДатум извоза: 02.12.2026.;;;\r\n"
            "id;Име и презиме;Град;Напомена\r\n"
            "S-11;Драгана Ђукић;Ниш;\r\nS-12;Милош Јањић;Шабац;позвати после 17ч\r\n"
            "Укупно: 2 клијента;;;\r\n").encode("cp1251")
    people = parse_roster(data, "klijenti.csv")
    assert [(p.pid, p.name) for p in people] == [("S-11", "Драгана Ђукић"), ("S-12", "Милош Јањић")]
    assert people[1].attributes["напомена"] == "позвати после 17ч"
    # the CRM's Latin export, in cp1250, with its "Ukupno" line; Bulgarian's "Общо" and Macedonian's "Вкупно" too
    data = "id;Ime i prezime\n7;Đorđe Šarić\n8;Ivana Čović\nUkupno: 2 klijenta;\n".encode("cp1250")
    assert [(p.pid, p.name) for p in parse_roster(data, "b.csv")] == [("7", "Đorđe Šarić"), ("8", "Ivana Čović")]
    for footer in ("Общо: 2", "Вкупно 2 клиенти", "Svega: 2"):
        data = f"id;Name\n7;Ана Петрова\n8;Иван Иванов\n{footer};\n".encode()
        assert [p.pid for p in parse_roster(data, "c.csv")] == ["7", "8"], footer


@pytest.mark.parametrize("header", ["Број клијента;Име и презиме;Е-пошта;Општина",
                                    "Broj klijenta;Ime i prezime;E-pošta;Opština",
                                    "Šifra korisnika;Prezime i ime;Imejl;Općina",
                                    "ИД;Име;Презиме;Електронска пошта;Општина"])
def test_serbian_and_croatian_client_number_name_and_email_headers_in_either_script(header: str) -> None:
    split = header.count(";") == 4
    rows = ["K-1;Весна;Илић;vesna.ilic@posta.example;Зрењанин", "K-2;Бојан;Ракић;bojan.r@posta.example;Сомбор"] \
        if split else ["K-1;Весна Илић;vesna.ilic@posta.example;Зрењанин", "K-2;Бојан Ракић;bojan.r@posta.example;Сомбор"]
    people = parse_roster(("\n".join([header, *rows]) + "\n").encode(), "klijenti.csv")
    assert [p.pid for p in people] == ["K-1", "K-2"]
    assert [p.name for p in people] == ["Весна Илић", "Бојан Ракић"]
    assert [p.email for p in people] == ["vesna.ilic@posta.example", "bojan.r@posta.example"]
    assert list(people[0].attributes) == [header.split(";")[-1].lower()]


def test_a_finnish_excel_export_its_customer_number_first_and_last_names_and_email() -> None:
    # Finnish Excel's ";" CSV in cp1252: the customer number is the id, "Etunimi" and "Sukunimi" the name,
    # "Sähköposti" the email; none of them is kept among the attributes, which a plain listing shows
    data = ("Asiakasnumero;Etunimi;Sukunimi;Sähköposti;Kaupunki\r\n"
            "7700121;Ilona;Mäkelä;ilona.makela@example.fi;Oulu\r\n"
            "7700188;Jörgen;Åström;jorgen.astrom@example.fi;Vaasa\r\n").encode("cp1252")
    people = parse_roster(data, "asiakkaat.csv")
    assert [(p.pid, p.name, p.email) for p in people] == [("7700121", "Ilona Mäkelä", "ilona.makela@example.fi"),
                                                          ("7700188", "Jörgen Åström", "jorgen.astrom@example.fi")]
    assert people[0].first_name == "Ilona" and people[0].attributes == {"kaupunki": "Oulu"}


def test_a_finnish_crm_reports_asiakkaan_tunnus_is_the_id() -> None:
    # "Asiakkaan tunnus" (the customer's id, in two words; a Salesforce account id) is the id, as "Asiakasnumero"
    # is, so a survey that carries it joins the roster by it (walk74 F9)
    data = ("Asiakkaan tunnus;Koko nimi;Sähköpostiosoite;Kaupunki\r\n"
            "001Ab00000XyZ1aQAA;Kerttu Oja;kerttu.oja@example.fi;Lahti\r\n"
            "001Ab00000XyZ2bQAA;Veikko Salo;veikko.salo@example.fi;Pori\r\n").encode("cp1252")
    people = parse_roster(data, "raportti.csv")
    assert [(p.pid, p.name) for p in people] == [("001Ab00000XyZ1aQAA", "Kerttu Oja"), ("001Ab00000XyZ2bQAA", "Veikko Salo")]


def test_a_danish_member_systems_medlemsnummer_is_the_id_and_a_masked_cpr_number_never_is() -> None:
    # a Danish pension fund's export beside the masked CPR number (a national identifier that gives the birth date,
    # shared by two members born on one day): the member number is the id, and the CPR is not offered as one
    data = ("Medlemsnr.;Fornavn;Efternavn;CPR-nr.;E-mail\r\n"
            "88012;Søs;Holst;110290-XXXX;sos.holst@example.dk\r\n"
            "88047;Bent;Kjær;230771-XXXX;bent.kjaer@example.dk\r\n").encode("cp1252")
    roster = parse_roster_file(data, "udtraek.csv")
    assert [(p.pid, p.name) for p in roster.people] == [("88012", "Søs Holst"), ("88047", "Bent Kjær")]
    assert roster.id_column == "Medlemsnr." and "cpr" not in (roster.id_note or "").lower()
    # with no member number, a national id column is no id either: ids are made from the addresses
    for header in ("CPR-nummer", "Personnummer", "Fødselsnummer", "PESEL"):
        data = (f"{header};Navn;E-mail\r\n110290-XXXX;Søs Holst;sos.holst@example.dk\r\n"
                "230771-XXXX;Bent Kjær;bent.kjaer@example.dk\r\n").encode("cp1252")
        people = parse_roster(data, "udtraek.csv")
        assert not any("XXXX" in p.pid for p in people), header


def test_a_czech_crm_export_its_customer_number_names_and_a_spaced_date_column() -> None:
    # Czech Excel's ";" CSV in cp1250: "Číslo zákazníka" is the id, "Jméno" and "Příjmení" the name (not kept
    # among the attributes), and "Datum ukončení" written "4. 9. 2026" a date kept, no phone number (walk78 F3,
    # F10, F15)
    data = ("Číslo zákazníka;Jméno;Příjmení;Telefon;Datum ukončení;Komodita\r\n"
            "200117;Božena;Říhová;+420 601 220 118;4. 9. 2026;Plyn\r\n"
            "200126;Radek;Šťastný;+420 722 904 331;17. 10. 2026;Elektřina\r\n"
            "200139;Věra;Kočí;+420 603 551 207;30. 6. 2025;Plyn\r\n").encode("cp1250")
    people = parse_roster(data, "zakaznici.csv")
    assert [(p.pid, p.name) for p in people] == [("200117", "Božena Říhová"), ("200126", "Radek Šťastný"),
                                                 ("200139", "Věra Kočí")]
    assert people[0].first_name == "Božena"
    assert people[1].attributes == {"telefon": "+420 722 904 331", "datum ukončení": "17. 10. 2026", "komodita": "Elektřina"}
    from listenwell.domain.names import phone_columns
    assert phone_columns(["datum ukončení"], [p.attributes for p in people]) == []


def test_a_file_with_no_id_column_says_which_email_is_on_two_rows() -> None:
    # no id column a name says, and the email column no fallback, as one address is on two rows: named (walk78 F10)
    data = ("Odběratel;Jméno;E-mail\r\nA;Jan Bureš;jan.bures@example.cz\r\nA;Eva Burešová;jan.bures@example.cz\r\n"
            "B;Olga Malá;olga.mala@example.cz\r\n").encode("cp1250")
    with pytest.raises(InputError, match=r"column 'E-mail' holds jan\.bures@example\.cz on two rows"):
        parse_roster(data, "odberatele.csv")


@pytest.mark.parametrize(("text", "code_page"), [
    ("Odběratel;Jméno\r\nA;Jan Bureš\r\n", "cp1250"),  # (ě alone beside letters both code pages share)
    ("Jméno;Obec\r\nIvan Kůň;Plzeň\r\n", "cp1250"),
    ("Zákazník;Obec\r\nMária Ľuptáková;Žilina\r\n", "cp1250"),  # (Slovak: ľ, which cp1252 reads as "¾")
    ("Kunde;By\r\nSøren Møller;Århus\r\n", "cp1252"),  # (Danish: ø as cp1250's ř, and å as its ĺ)
    ("Cliente;Nota\r\nAnna;così è, più tardi\r\n", "cp1252"),  # (Italian: ì ù end a word)
])
def test_czech_and_slovak_excel_files_in_cp1250_are_told_from_western_ones(text: str, code_page: str) -> None:
    from listenwell.ingest.decode import decode_text
    assert decode_text(text.encode(code_page), "x.csv", "a roster") == text.replace("\r\n", "\n")


def test_an_italian_crm_reports_codice_cliente_is_the_id_and_a_forms_italian_nps_question_its_nps() -> None:
    # "Codice cliente" (Salesforce Italia's customer code) is the id, and so is a Typeform hidden field's
    # "codice_cliente", so a survey carrying it joins; its "Quanto è probabile che consiglierebbe … a un amico o
    # collega?" is the NPS (walk80 F11, F12)
    from listenwell.analysis.roster_signals import NPS
    data = ('"Codice cliente";"Nome";"Cognome";"Email";"Provincia"\r\n'
            '"K0077120";"Nadia";"Fontana";"nadia.f@posta.example.it";"BG"\r\n'
            '"K0077131";"Piero";"Galli";"piero.galli@posta.example.it";"VR"\r\n').encode("cp1252")
    assert [(p.pid, p.name) for p in parse_roster(data, "report.csv")] == [("K0077120", "Nadia Fontana"),
                                                                          ("K0077131", "Piero Galli")]
    for question in ("Quanto è probabile che consiglierebbe Polizzasicura a un amico o collega?",
                     "Quanto è probabile che consiglieresti Polizzasicura a un amico?"):
        assert NPS.columns([question, "Cosa ti ha spinto a dare questo punteggio?"]) == [question], question


def test_an_italian_report_with_a_row_per_policy_is_read_under_its_numero_polizza() -> None:
    # a customer with a car and a motorbike policy on two rows, "Numero polizza" naming each row once (walk80 F11):
    # read as a row per subscription is, not refused as one id twice
    data = ('"Codice cliente";"Numero polizza";"Nome";"Email";"Stato polizza"\r\n'
            '"K0077120";"RC-2024-55101";"Nadia Fontana";"nadia.f@posta.example.it";"Disdetta"\r\n'
            '"K0077120";"MO-2025-00231";"Nadia Fontana";"nadia.f@posta.example.it";"Attiva"\r\n'
            '"K0077131";"RC-2024-55188";"Piero Galli";"piero.galli@posta.example.it";"Scaduta"\r\n').encode("cp1252")
    people = parse_roster(data, "polizze.csv")
    assert [p.pid for p in people] == ["RC-2024-55101", "MO-2025-00231", "RC-2024-55188"]
    assert [p.attributes["codice cliente"] for p in people] == ["K0077120", "K0077120", "K0077131"]


def test_a_row_counter_is_not_the_id_beside_a_member_id() -> None:
    # an admin console numbers its list ("No" 1, 2, 3…) beside the member's login: the login is the id,
    # and the counter, renumbered by another sort, is neither taken nor offered as one
    data = ("No,회원 아이디,이름,이메일\n1,hana_k,김하나,hana@example.kr\n2,minsu99,이민수,minsu@example.kr\n"
            "3,yuna.p,박유나,yuna@example.kr\n").encode("utf-8")
    roster = parse_roster_file(data, "members.csv")
    assert [p.pid for p in roster.people] == ["hana_k", "minsu99", "yuna.p"]
    assert roster.id_note is None or "'No'" not in roster.id_note
    # and with an English login column that only its name ending says is an id
    data = b"#,Login ID,Email\n1,zed7,zed@example.com\n2,amy2,amy@example.com\n3,bo_k,bo@example.com\n"
    assert [p.pid for p in parse_roster_file(data, "list.csv").people] == ["zed7", "amy2", "bo_k"]
    # a counter is still the id where the file has nothing else to name people by
    only = parse_roster_file(b"No,Name\n1,Ann Lee\n2,Bo Kim\n", "list.csv")
    assert [p.pid for p in only.people] == ["1", "2"]

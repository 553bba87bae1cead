"""Exports from domain objects: selections land on the redacted words, withheld turns stay out."""

import json

from listenwell.report.exports import WITHHELD, CodingInput, Outward, csv_tables, markdown_pages, qda_project, study_json
from listenwell.report.qdpx import stable_guid
from tests.report.evidence_fixture import ROSTER_EMAILS, ROSTER_NAMES, make_evidence


def test_qdpx_selections_point_at_the_redacted_statement_text():
    ev = make_evidence()
    o = Outward(ev)
    project = qda_project(o, CodingInput())
    by_guid = {stable_guid("statement", "checkout", st.id): st for st in ev.statements}
    checked = 0
    for src in project.sources:
        for sel in src.selections:
            st = by_guid[sel.guid]
            assert src.text[sel.start : sel.end] == o.red(st.text)
            checked += 1
    assert checked == sum(len(t.statement_ids) for t in ev.themes)
    text = "\n".join(s.text for s in project.sources)
    assert "[email]" in text and not any(n in text for n in ROSTER_NAMES + ROSTER_EMAILS)


def test_withheld_participant_turns_stay_out_of_every_export():
    ev = make_evidence(consent_p3_quotes=False)
    o = Outward(ev)
    p3_lines = [st.text for st in ev.statements if st.participant == "P3"]
    outputs = [*csv_tables(o).values(), *markdown_pages(o).values(), study_json(o)]
    project = qda_project(o, CodingInput())
    outputs += [s.text for s in project.sources]
    for out in outputs:
        for line in p3_lines:
            assert line not in out
    assert WITHHELD in json.dumps(json.loads(study_json(o)), ensure_ascii=False)
    # no coding points into a withheld turn
    p3_guids = {stable_guid("statement", "checkout", st.id) for st in ev.statements if st.participant == "P3"}
    assert not p3_guids & {sel.guid for s in project.sources for sel in s.selections}


def test_markdown_pages_link_both_ways():
    pages = markdown_pages(Outward(make_evidence()))
    theme_pages = [p for p in pages if p.startswith("themes/")]
    assert theme_pages and all("../index.md" in pages[p] and "../interviews/" in pages[p] for p in theme_pages)
    assert all("../themes/" in pages[p] for p in pages if p.startswith("interviews/") and "Themes:" in pages[p])


def test_a_phone_column_named_in_another_language_stays_out_of_every_export():
    from dataclasses import replace

    ev = make_evidence()
    numbers = {p.pid: f"+52 951 {100 + i} 22{i}0" for i, p in enumerate(ev.participants)}
    ev.participants = [replace(p, attributes={**p.attributes, "socia/telefono": numbers[p.pid],
                                              "recados": numbers[p.pid]}) for p in ev.participants]
    o = Outward(ev)
    outputs = [csv_tables(o)["participants.csv"], study_json(o)]
    assert all("telefono" not in out and "recados" not in out for out in outputs)
    assert not any(n in out for out in outputs for n in numbers.values())


def test_a_redacted_export_leaves_out_birth_dates_special_categories_and_notes():
    from dataclasses import replace

    ev = make_evidence()
    extra = {"Date of Birth": "03/04/2001", "Disability declared": "Y", "Ethnicity": "Mixed",
             "Staff notes": "flagged by the conduct panel", "Plan": "Pro", "Customer health score": "72"}
    ev.participants = [replace(p, attributes={**p.attributes, **extra}) for p in ev.participants]
    redacted = Outward(ev)
    outputs = [csv_tables(redacted)["participants.csv"], study_json(redacted)]
    for out in outputs:
        assert "03/04/2001" not in out and "conduct panel" not in out and "Mixed" not in out
        assert "Disability declared" not in out and "Date of Birth" not in out
        assert "Pro" in out and "Customer health score" in out  # what a study is cut by stays
    kept = csv_tables(Outward(ev, redact=False))["participants.csv"]
    assert "03/04/2001" in kept and "conduct panel" in kept and "Disability declared" in kept


def test_names_and_notes_under_headers_no_table_knows_stay_out_of_a_redacted_export_and_its_titles() -> None:
    from dataclasses import replace

    from listenwell.domain.model import Participant

    ev = make_evidence()
    # a roster whose name column went unread ("Jina Kamili"): no name, and the title names the person
    names = ["Amani Otieno", "Zawadi Mwangi", "Baraka Kiptoo", "Neema Wanjiru", "Juma Odhiambo", "Imani Chebet"]
    notes = ["apigiwe simu jioni baada ya kazi", "", "mke wake alifariki mwezi uliopita",
             "anapenda kuongea kwa kiingereza tu", "", "alihamia Mombasa na familia yake"]
    people = [*ev.participants, Participant(pid="P5"), Participant(pid="P6")]
    ev.participants = [replace(p, name=None, attributes={**p.attributes, "jina kamili": names[i], "maelezo": notes[i]})
                       for i, p in enumerate(people)]
    ev.interviews[0].title = f"Mahojiano - {names[0]} (2026-11-02)"
    ev.interviews[0].speakers[1] = replace(ev.interviews[0].speakers[1], name=names[0])
    redacted = csv_tables(Outward(ev))
    assert not any(n in text for text in redacted.values() for n in names), redacted["interviews.csv"]
    assert "maelezo" not in redacted["participants.csv"] and "alifariki" not in redacted["participants.csv"]
    assert "plan" in redacted["participants.csv"].splitlines()[0]  # an ordinary column stays
    assert "Mahojiano - [" in redacted["interviews.csv"]
    kept = csv_tables(Outward(ev, redact=False))
    assert "jina kamili" not in kept["participants.csv"]  # a name never leaves, by its header's words or not
    assert "alifariki" in kept["participants.csv"]


def test_a_redacted_export_leaves_out_a_birth_date_notes_and_free_answers_under_thai_headers() -> None:
    from dataclasses import replace

    from listenwell.domain.model import Participant

    ev = make_evidence()
    born = ["14/02/2528", "02/09/2531", "30/06/2519", "11/11/2540", "25/01/2535", "07/07/2523"]
    notes = ["ลูกค้าแจ้งว่าย้ายไปอยู่ต่างจังหวัดแล้ว", "", "โทรหาช่วงเย็นหลังเลิกงานเท่านั้น", "ไม่สะดวกคุยทางโทรศัพท์",
             "", "เคยร้องเรียนเรื่องค่าธรรมเนียม"]
    answers = ["โอนเงินได้เร็วทันใจดี", "แอปค้างบ่อยตอนกลางคืน", "ชอบที่ได้แต้มสะสมทุกครั้ง",
               "หน้าจอใช้งานยากสำหรับผู้สูงอายุ", "ค่าธรรมเนียมถูกกว่าธนาคาร", "อยากให้มีบริการจ่ายภาษี"]
    region = ["ภาคเหนือ", "ภาคกลาง", "ภาคเหนือ", "ภาคใต้", "ภาคกลาง", "ภาคใต้"]
    ev.participants = [replace(p, attributes={**p.attributes, "วันเกิด": born[i], "ข้อความเพิ่มเติม": notes[i],
                                              "ความเห็นของคุณ": answers[i], "ภูมิภาค": region[i]})
                       for i, p in enumerate([*ev.participants, Participant(pid="P5"), Participant(pid="P6")])]
    table = csv_tables(Outward(ev))["participants.csv"]
    head = table.splitlines()[0]
    assert "วันเกิด" not in head and "ข้อความเพิ่มเติม" not in head and "ความเห็นของคุณ" not in head, head
    assert "2528" not in table and "ย้ายไปอยู่" not in table and "แต้มสะสม" not in table
    assert "ภูมิภาค" in head  # a region, whose values repeat, is what a study is cut by
    kept = csv_tables(Outward(ev, redact=False))["participants.csv"]
    assert "วันเกิด" in kept and "ความเห็นของคุณ" in kept


def test_sign_up_dates_of_long_standing_customers_are_not_read_as_birth_dates() -> None:
    from listenwell.domain.columns import birth_date_columns

    rows = [{"since": f"01/01/{y}", "born": f"{d:02d}/0{m}/{y - 30}"}
            for d, m, y in [(3, 4, 2004), (17, 2, 2006), (9, 9, 2005), (28, 5, 2008), (12, 1, 2009), (6, 3, 2010)]]
    assert birth_date_columns(["since", "born"], rows, 2026) == ["born"]


def test_hungarian_dates_of_birth_ending_in_a_dot_are_read_as_birth_dates_by_their_values() -> None:
    # Hungarian Excel's short date, the year first and a dot after the day ("1982.05.14."), under any header
    from listenwell.domain.columns import birth_date_columns
    from listenwell.report.exports import sensitive_column

    rows = [{"x": f"{y}.{m:02d}.{d:02d}.", "belépve": f"2026.11.{d:02d}."}
            for d, m, y in [(14, 5, 1982), (2, 9, 1971), (23, 1, 1998), (30, 3, 1959), (1, 12, 1988), (9, 7, 1993)]]
    assert birth_date_columns(["x", "belépve"], rows, 2026) == ["x"]
    assert sensitive_column("Születési dátum") and sensitive_column("Megjegyzés")


def test_a_redacted_export_leaves_out_another_record_number_of_the_person_not_shown_as_a_phone() -> None:
    from dataclasses import replace

    from listenwell.domain.model import Participant

    ev = make_evidence()
    numbers = ["3100200117", "3100200245", "3100200245", "3100200381", "3100200466", "3100200512"]
    tariffs = ["A1", "B", "A1", "G1", "B", "A1"]
    ev.participants = [replace(p, attributes={**p.attributes, "Ügyfélszám": numbers[i], "Díjcsomag": tariffs[i],
                                              "Logins number": str(3 * i)})
                       for i, p in enumerate([*ev.participants, Participant(pid="P5"), Participant(pid="P6")])]
    table = csv_tables(Outward(ev))["participants.csv"]
    head = table.splitlines()[0]
    assert "ügyfélszám" not in head.lower() and "3100200" not in table and "[phone]" not in table, table
    assert "Díjcsomag" in head and "Logins number" in head
    assert "3100200245" in csv_tables(Outward(ev, redact=False))["participants.csv"]


def test_a_survey_tools_hexadecimal_network_id_is_left_out_whole_not_one_value_shown_as_a_phone() -> None:
    """Typeform's "Network ID" (walk80 F17): hexadecimal tokens, one of them all digits, an identifier left out
    whole, not "[phone]" in one row and the token in the others; a plan's code ("A1") stays."""
    from dataclasses import replace

    ev = make_evidence()
    tokens = ["5e0c71ab", "40918822", "a3f9d204", "77c1e6b0"]
    ev.participants = [replace(p, attributes={**p.attributes, "Network ID": tokens[i], "Piano": "A1"})
                       for i, p in enumerate(ev.participants)]
    table = csv_tables(Outward(ev))["participants.csv"]
    assert "network id" not in table.lower() and "[phone]" not in table and "5e0c71ab" not in table, table
    assert "Piano" in table.splitlines()[0]


def test_record_number_ids_become_the_same_stand_ins_in_every_table_and_a_spoken_one_is_masked() -> None:
    from dataclasses import replace

    from listenwell.report.build import ReportOptions, build_report, with_stand_in_ids

    ev = make_evidence()
    real = {p.pid: f"HP{880031 + i:08d}" for i, p in enumerate(ev.participants)}
    ev.participants = [replace(p, pid=real[p.pid]) for p in ev.participants]
    ev.statements = [replace(st, participant=real.get(st.participant, st.participant)) for st in ev.statements]
    ev.outliers = [replace(st, participant=real.get(st.participant, st.participant)) for st in ev.outliers]
    for iv in ev.interviews:
        iv.participants = [real.get(x, x) for x in iv.participants]
        iv.speakers = [replace(sp, participant_pid=real.get(sp.participant_pid, sp.participant_pid))
                       for sp in iv.speakers]
    first = ev.participants[0].pid
    said = next(st for st in ev.statements if st.participant == first)
    seg = next(s for iv in ev.interviews for s in iv.segments if s.id == said.segment_id)
    seg.text = seg.text + f" My member number is {first}."

    shown = with_stand_in_ids(ev)
    tables = csv_tables(Outward(shown))
    report = build_report(shown, ReportOptions())
    everything = "\n".join([*tables.values(), study_json(Outward(shown)), repr(report)])
    assert not any(pid in everything for pid in real.values()), everything[:2000]
    assert "My member number is [P01]." in everything
    people = [line.split(",")[0] for line in tables["participants.csv"].splitlines()[1:]]
    assert people == [f"P0{n}" for n in range(1, len(people) + 1)]
    kept = csv_tables(Outward(ev, redact=False))  # --no-redact: as stored
    assert first in kept["participants.csv"]
    assert with_stand_in_ids(make_evidence()).participants[0].pid == "P1"  # a stand-in already stays


def test_a_landlords_vulnerability_and_support_needs_columns_are_left_out_when_redacted() -> None:
    from listenwell.report.exports import sensitive_column
    for header in ("Vulnerability Flags", "Vulnerabilities", "Support needs", "Tenancy alerts", "Household markers",
                   "Access needs"):
        assert sensitive_column(header), header
    for header in ("Tenancy Status", "Area/Patch", "Repairs Reported Online (12m)", "Email alerts"):
        assert not sensitive_column(header), header


def test_a_national_identity_or_tax_number_is_left_out_when_redacted_whatever_the_country() -> None:
    """An Italian insurer's "Codice fiscale" (walk80 F8) and the other national numbers a header names; not a Polish
    count over "30 dni" (days), a policy's number or status, a customer code."""
    from dataclasses import replace

    from listenwell.report.exports import sensitive_column
    for header in ("Codice fiscale", "CODICE_FISCALE", "DNI", "NIE", "DNI/NIE", "PESEL", "CPR-nummer", "Personnummer",
                   "Fødselsnummer", "Henkilötunnus", "BSN", "NIN", "CNIC", "Aadhaar No.", "CPF", "CURP", "NRIC",
                   "TC Kimlik No", "Rodné číslo", "JMBG", "OIB", "National ID"):
        assert sensitive_column(header), header
    for header in ("Logowania (30 dni)", "Numero polizza", "Stato polizza", "Codice cliente", "Provincia", "Tin cans"):
        assert not sensitive_column(header), header
    ev = make_evidence()
    ev.participants = [replace(p, attributes={**p.attributes, "Codice fiscale": f"VRDLRA80A41H50{i}Q"})
                       for i, p in enumerate(ev.participants)]
    table = csv_tables(Outward(ev))["participants.csv"]
    assert "codice" not in table.lower() and "VRDLRA80A41H50" not in table


def test_a_guardians_or_coordinators_name_is_redacted_whole_and_their_columns_and_a_scheme_number_stay_out() -> None:
    from dataclasses import replace

    from listenwell.report.build import ReportOptions, make_redactor

    ev = make_evidence()
    # a care provider's export: the coordinator shares a first name with participant P2 ("Ben Okafor"), a
    # nominee shares P1's surname; the scheme number is an identifier
    extra = [{"Support Co-ordinator": "Ben Tanaka", "Nominee / Guardian": "Ruth Berg (mother)", "NDIS Number": "430555001"},
             {"Support Co-ordinator": "Ben Tanaka", "Nominee / Guardian": "", "NDIS Number": "430555002"},
             {"Support Co-ordinator": "Ola Nowak", "Nominee / Guardian": "Office of the Public Guardian",
              "NDIS Number": "430555003"},
             {"Support Co-ordinator": "Ben Tanaka", "Nominee / Guardian": "", "NDIS Number": "430555004"}]
    ev.participants = [replace(p, attributes={**p.attributes, **extra[i], "Guardian consent": "Yes"})
                       for i, p in enumerate(ev.participants)]
    table = csv_tables(Outward(ev))["participants.csv"]
    assert "Tanaka" not in table and "Ruth" not in table and "Co-ordinator" not in table
    assert "4305550" not in table and "NDIS" not in table and "[phone]" not in table
    assert "guardian consent" in table.lower() and "plan" in table.splitlines()[0]  # a consent about them stays
    redact = make_redactor(ev, ReportOptions())
    said = redact("Ben Tanaka rang Ruth Berg (mother) and Ben; Anna Berg was there")
    assert said == "[name] rang [name] (mother) and [P2]; [P1] was there", said


def test_columns_the_roster_reads_as_names_or_notes_never_leave_a_redacted_export_whatever_the_language() -> None:
    """A roster read twice, so that its Finnish and Swedish name columns stayed among the attributes beside the
    name: the names, the free-text notes and the customer number stay out by the roster's own recognition of them,
    and a "May we contact you…?" answer is not taken for a name."""
    from dataclasses import replace

    from listenwell.domain.model import Participant

    ev = make_evidence()
    first = ["Ilona", "Jörgen", "Sirkka", "Tapio", "Elsa", "Veikko"]
    last = ["Mäkelä", "Åström", "Lehto", "Kallio", "Sjöberg", "Ranta"]
    notes = ["Asiakas kuollut, omainen ilmoittanut", "", "Ei toivo yhteydenottoja", "", "Avliden", ""]
    ev.participants = [replace(p, attributes={**p.attributes, "Etunimi": first[i], "Sukunimi": last[i],
                                              "Förnamn": first[i], "Huomiot": notes[i],
                                              "Anteckningar": notes[i], "Asiakasnumero": str(7700121 + 67 * i),
                                              "Saammeko ottaa sinuun yhteyttä?": "Kyllä", "Lipputyyppi": "Aikuinen"})
                       for i, p in enumerate([*ev.participants, Participant(pid="P5"), Participant(pid="P6")])]
    for o in (Outward(ev), Outward(ev, redact=False)):
        table = csv_tables(o)["participants.csv"]
        head = table.splitlines()[0].lower()
        assert "etunimi" not in head and "sukunimi" not in head and "förnamn" not in head, head
        assert not any(n in table for n in first + last)
    table = csv_tables(Outward(ev))["participants.csv"]
    head = table.splitlines()[0].lower()
    assert "huomiot" not in head and "anteckningar" not in head and "kuollut" not in table and "Avliden" not in table
    assert "asiakasnumero" not in head and "7700121" not in table and "[phone]" not in table, table
    assert "lipputyyppi" in head and "Aikuinen" in table and "Kyllä" in table and "[name]" not in table, table


def test_czech_dates_of_birth_written_spaced_are_read_as_birth_dates_by_their_values() -> None:
    # Czech Excel's date, "3. 5. 1971", under any header; a contract's end in this year's is no birth date (walk78 F4)
    from listenwell.domain.columns import birth_date_columns
    from listenwell.report.exports import sensitive_column

    rows = [{"x": f"{d}. {m}. {y}", "konec": f"{d}. {m}. 2026"}
            for d, m, y in [(14, 5, 1982), (2, 9, 1971), (23, 1, 1998), (30, 3, 1959), (1, 12, 1988), (9, 7, 1993)]]
    assert birth_date_columns(["x", "konec"], rows, 2026) == ["x"]
    assert sensitive_column("Datum narození") and sensitive_column("Poznámka")


def test_a_norwegian_crm_exports_surname_national_number_and_remarks_stay_out_of_a_redacted_export() -> None:
    """An insurer's roster read twice, so its "Fornavn"/"Etternavn" stayed among the attributes: the surname,
    the masked "Fødselsnummer" (its first six digits a birth date) and the "Merknad" remarks stay out; a
    Polish count over "30 dni" (days) is no Spanish DNI and stays."""
    from dataclasses import replace

    from listenwell.domain.model import Participant
    from listenwell.report.exports import sensitive_column

    ev = make_evidence()
    last = ["Solbakken", "Tveit", "Rønning", "Aasheim", "Lunde", "Brøndbo"]
    ev.participants = [replace(p, attributes={**p.attributes, "Fornavn": "Marte", "Etternavn": last[i],
                                              "Fødselsnummer": f"0{i + 1}0482*****", "Merknad": "saken hos jurist",
                                              "Forsikringstype": "Innbo", "Logowania (ostatnie 30 dni)": str(i)})
                       for i, p in enumerate([*ev.participants, Participant(pid="P5"), Participant(pid="P6")])]
    table = csv_tables(Outward(ev))["participants.csv"]
    head = table.splitlines()[0].lower()
    assert "etternavn" not in head and not any(n in table for n in last), table
    assert "fødselsnummer" not in head and "0482" not in table and "merknad" not in head and "jurist" not in table
    assert "forsikringstype" in head and "logowania" in head, head
    assert sensitive_column("CPR-nummer") and sensitive_column("Personnr") and sensitive_column("DNI")

import pytest

from listenwell.domain import InputError
from listenwell.ingest.roster import parse_roster, read_roster


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
    (b"name,email\nAna,a@example.com\n", 1, "no participant id column"),
    (b"id,name\nP1,Ana\nP1,Ben\n", 3, "appears twice"),
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


def test_the_id_column_of_a_crm_or_product_export_is_the_participant_id() -> None:
    hubspot = parse_roster(b"Record ID,First Name,Last Name,Email,Lifecycle Stage\n5012,Ana,Lopez,ana@example.com,customer\n",
                           "contacts.csv")
    assert (hubspot[0].pid, hubspot[0].attributes) == ("5012", {"lifecycle stage": "customer"})
    stripe = parse_roster(b"customer_id,email,plan\ncus_9,ben@example.com,pro\n", "customers.csv")
    assert stripe[0].pid == "cus_9"

"""Matching a transcript's speaker names, file names and titles to roster people."""

import pytest

from listenwell.domain.introductions import contradicted, greeted
from listenwell.domain.names import (
    Candidate,
    display_name,
    is_anonymous,
    match_speaker,
    named_in,
)

ROSTER = [
    Candidate("P01", "Ines Albuquerque", "ines.a@example.org"),
    Candidate("P02", "Tobias Wren", "toby@example.org"),
    Candidate("P03", "Sam Achebe", "sam.achebe@example.org"),
    Candidate("P04", "Sam Lindgren", None),
    Candidate("P05", "Renée Dubois-Hart", None),
    Candidate("P06", "Kwame Mensah Owusu", None),
    Candidate("P07", "Ana de la Vega", None),
    Candidate("P08", "Margarethe (Grete) Holm", None),      # the roster records what she goes by
    Candidate("P09", "Oluwafemi Bankole", "femi@bankole.example"),  # her mailbox tells it
    Candidate("P10", "Richard Osei", None),                  # a common short form: Rick
    Candidate("P11", "Nilüfer Kılıç", None),                 # letters accents do not explain
    Candidate("P12", "Bartholomew Stroud", None),
    Candidate("P13", "Thomasina Reyes", None),
    Candidate("P14", "ØVERLAND-ACHTERBERG Ingrid Sofie", None, ("Sofie Achterberg",)),  # legal + preferred
    Candidate("P15", "MORALES DÍAZ Ana Lucía", None),
    Candidate("P16", "KÖNIG Jörg", None),
    Candidate("P17", "Jesús Reyes Molina", None),
]


@pytest.mark.parametrize(("raw", "plain"), [
    ("Tobias Wren (he/him)", "Tobias Wren"),
    ("Tobias Wren (Guest)", "Tobias Wren"),
    ("Tobias Wren | Northwind", "Tobias Wren"),
    ("Tobias Wren - Northwind Ltd", "Tobias Wren"),
    ("Wren, Tobias", "Tobias Wren"),
    ("Tobias's iPhone", "Tobias"),
    ("Tobias’s MacBook Pro", "Tobias"),
    ("iPhone de Tobias", "Tobias"),
    ("박지호의 iPhone", "박지호"),              # Korean, Japanese and Chinese iPhones' default names
    ("佐藤のiPhone", "佐藤"),
    ("王芳的iPhone 15", "王芳"),
    ("Elif'in iPhone'u", "Elif"),             # Turkish
    ("iPhone của Minh", "Minh"),             # Vietnamese
    ("Renée Dubois-Hart", "Renée Dubois-Hart"),
])
def test_display_name_drops_what_tools_add(raw, plain):
    assert display_name(raw) == plain


@pytest.mark.parametrize(("raw", "pid"), [
    ("Ines Albuquerque", "P01"),
    ("INES ALBUQUERQUE", "P01"),
    ("Albuquerque, Ines (she/her)", "P01"),
    ("Ines A.", "P01"),
    ("ines", "P01"),
    ("ines.a@example.org", "P01"),          # the roster's own address
    ("sam.achebe@example.org", "P03"),
    ("tobias.wren@elsewhere.com", "P02"),   # an address that spells the name
    ("Renee Dubois-Hart", "P05"),           # accent left out
    ("Renee Dubois", "P05"),                # half a double surname
    ("Kwame Owusu", "P06"),                 # a middle name left out
    ("Ana de la Vega (Guest)", "P07"),
    ("Dr. Tobias Wren", "P02"),
    ("Tobias's iPad", "P02"),
    ("P04", "P04"),
    ("p-4", "P04"),
    ("Sam A", "P03"),                       # the initial tells the two Sams apart
    ("Grete Holm (Guest)", "P08"),
    ("Femi Bankole", "P09"),
    ("Femi B.", "P09"),
    ("Femi", "P09"),
    ("Rick Osei", "P10"),
    ("Rick's Galaxy", None),                 # a common short form alone is a guess
    ("Nilufer Kilic", "P11"),
    ("Bart Stroud", "P12"),                 # the start of the first name, with the surname
    ("Femi Bankole (Guest)", "P09"),
    ("Wafemi Bankole", "P09"),              # ...or its end (Seun for Oluwaseun)
    ("Ana Vega", "P07"),                    # particles left out
    ("Ana dlVega", None),
    ("OVERLAND-ACHTERBERG Ingrid Sofie", "P14"),  # the legal name as written
    ("Ingrid Achterberg", "P14"),
    ("Sofie Achterberg (Guest)", "P14"),           # the name she goes by
    ("Ana Lucía Morales", "P15"),                   # given names, one surname
    ("ANA LUCIA", "P15"),                           # all the given names, no other Ana Lucía
    ("Participant (Sofie)", "P14"),                 # a label renamed with a name
    ("Participant", None),
    ("T. Wren", "P02"),                             # an initial and the surname
    ("Ana Lucia Morales D.", "P15"),               # a second surname as an initial
    ("Chuy Reyes", "P17"),                          # a Spanish short form (Jesús)
    ("Joerg Koenig", "P16"),                        # umlauts written out
    ("Jörg König", "P16"),
])
def test_a_speaker_name_names_one_person(raw, pid):
    match = match_speaker(raw, ROSTER)
    assert (match.pid if match else None) == pid


@pytest.mark.parametrize("raw", [
    "Sam",                  # two Sams
    "Speaker 2",
    "Unknown Speaker",
    "Conference Room B",
    "+44 7700 900123",
    "Tobias Kline",         # a different Tobias
    "someone@example.org",
    "Bart",                 # a short form alone is not enough: it could be anyone called Bart
    "Tom",                  # nor the start of a first name alone (Thomasina)
    "Rick Stroud",          # a short form of someone else's first name with this surname
])
def test_no_match_unless_one_person_fits(raw):
    assert match_speaker(raw, ROSTER) is None


@pytest.mark.parametrize(("label", "pid"), [
    ("P07_session", "P07"),
    ("p7 follow-up call", "P07"),
    ("2026-10-03 Interview - Tobias Wren", "P02"),
    ("tobias-wren-call-notes", "P02"),
    ("Interview with Renee Dubois-Hart", "P05"),
    ("GMT20261003-140512_Recording.transcript", None),  # Zoom's own name says nobody
    ("P01 and P02 together", None),                      # two people: not one to pick
    ("Sam interview", None),
    ("Ana Vega - call notes", "P07"),
    ("Interview - Kwame Owusu", "P06"),                  # a second surname left out
    ("Research call - Tobias - 2026_03_02", "P02"),     # a first name only one person has
    ("research call - tobias", None),                    # ...written as a name, capitalised
    ("Femi's notes", None),                              # a mailbox name is not a first name here
    ("Grete H - member interview", "P08"),              # the name she goes by and an initial
    ("Sofie Achterberg call", "P14"),                    # a preferred name
])
def test_a_file_name_names_one_person(label, pid):
    match = named_in(label, ROSTER)
    assert (match.pid if match else None) == pid


@pytest.mark.parametrize(("raw", "anonymous"), [
    ("Speaker 2", True), ("Unknown Speaker", True), ("Conference Room B", True),
    ("+44 7700 900123", True), ("HQ-4.02-Fjord (8)", True), ("Guest", True),
    ("Tobias Wren", False), ("Tom", False), ("Tobias's iPhone", True),  # a device: its owner may lend it
    ("Quay Office - Meeting Room 2", True),
])
def test_anonymous_speakers(raw, anonymous):
    assert is_anonymous(raw) is anonymous


def test_a_preferred_first_name_keeps_the_legal_surname():
    roster = [Candidate("V1", "TRAN Thi Mai", None, ("Mai",)), Candidate("V2", "Mai Okafor", None)]
    assert named_in("Mai Tran - notes", roster).pid == "V1"
    assert match_speaker("Mai Tran (Guest)", roster).pid == "V1"
    assert match_speaker("Mai", roster) is None  # two people go by Mai


def test_a_mailbox_tells_which_word_is_the_given_name():
    # a roster that cannot tell given from family names, and her mailbox that can
    roster = [Candidate("V3", "Thi Lan Nguyen", "lan.nguyen@example.org"), Candidate("V4", "Lan Okafor", None)]
    assert match_speaker("Lan Nguyen", roster).pid == "V3"
    smith = [Candidate("V5", "John Smith", "smith@example.org"), Candidate("V6", "Smith Jones", None)]
    assert match_speaker("Smith", smith).pid == "V6"  # "smith@" is John's family name, not what he goes by


def test_a_common_short_form_needs_the_surname():
    roster = [Candidate("M1", "Margaret Oyelaran"), Candidate("M2", "Tobias Wren")]
    assert match_speaker("Peggy", roster) is None  # any Peggy: a colleague, a walk-in
    assert match_speaker("Peggy Oyelaran", roster).pid == "M1"
    assert match_speaker("tobias.wren", roster).pid == "M2"  # a username as a display name


def test_ids_in_file_names_are_whole_words():
    roster = [Candidate("P2", "Ada Obi"), Candidate("P7", "Lin Wu")]
    assert named_in("P2P payments concept", roster) is None
    assert named_in("Interview 07 - pilot", roster) is None
    assert named_in("p7_session", roster).pid == "P7"


def test_initials_beside_one_name():
    # Tamil and Kannada rosters write a father's initial before or after the name a person goes by
    roster = [Candidate("T1", "R. Venkatesan", None), Candidate("T2", "S. Meena Kumari", None),
              Candidate("T3", "Meena D.", None), Candidate("T4", "K. Ponnusamy (Ponnu)", None)]
    assert match_speaker("Venkatesan R (Guest)", roster).pid == "T1"
    assert match_speaker("Venkatesan", roster).pid == "T1"
    assert match_speaker("Ponnu", roster).pid == "T4"
    assert named_in("2026-03-02 Interview - Meena Kumari", roster).pid == "T2"
    assert match_speaker("Meena", roster) is None  # T2 and T3 both go by Meena


def test_every_name_but_one_written_as_an_initial():
    roster = [Candidate("A1", "Gollapudi Surya Prakash", None), Candidate("A2", "Surya Teja", None)]
    assert match_speaker("G S Prakash", roster).pid == "A1"
    assert match_speaker("G. S. Prakash", roster).pid == "A1"
    assert match_speaker("G T Prakash", roster) is None  # no T among her names
    assert match_speaker("S Prakash", roster) is None  # the G left out: not all of her names


def test_a_mailbox_in_the_other_order_than_the_roster():
    # family name first on the roster, given name first in the mailbox
    roster = [Candidate("A3", "Pendyala Lasya", "lasya.pendyala@example.org"), Candidate("A4", "Ines Albuquerque")]
    assert match_speaker("Lasya", roster).pid == "A3"


def test_a_roster_row_with_only_an_email():
    roster = [Candidate("E1", None, "radoslaw.k.farm@example.org"), Candidate("E2", "Ines Albuquerque")]
    assert match_speaker("Radoslaw", roster).pid == "E1"  # "Hi Radoslaw"
    assert named_in("S04_2026-05-11_1300_radoslaw.k.farm", roster).pid == "E1"
    assert named_in("S05_2026-05-11_1400_radoslaw", roster).pid == "E1"  # the one person by that name
    assert match_speaker("Ines", [Candidate("E3", None, "info@example.org"), *roster[1:]]).pid == "E2"


def test_a_first_name_with_the_persons_town_or_company():
    from listenwell.domain.names import places
    roster = [Candidate("B1", "K. Ramaswamy (Ramu)", None, places=places({"City": "Madurai", "plan": "Pro"})),
              Candidate("B2", "Ramu Pillai", None, places=places({"Company": "Pillai Textiles", "City": "Salem"}))]
    assert match_speaker("Ramu Madurai", roster).pid == "B1"
    assert match_speaker("Ramu Textiles", roster).pid == "B2"
    assert match_speaker("Ramu Pro", roster) is None  # a plan is not where someone is
    assert match_speaker("Ramu Chennai", roster) is None


def test_vietnamese_names_are_said_by_their_last_part():
    # family name first on the roster; people go by the last name of the three
    roster = [Candidate("V7", "Trần Văn Khoa", None), Candidate("V8", "Phạm Khoa Duy", None),
              Candidate("V9", "Nguyen Thi Hoa", None)]
    assert match_speaker("Khoa", roster).pid == "V7"  # Phạm Khoa Duy goes by Duy
    assert match_speaker("Duy Pham (Guest)", roster).pid == "V8"
    assert match_speaker("Hoa", roster).pid == "V9"
    assert named_in("Chi Hoa - homestay call", roster).pid == "V9"
    assert greeted(["Alo, anh Khoa ơi, can you hear me?"]) == ["Khoa"]
    assert greeted(["Thank you so much, chị Hoa."]) == ["Hoa"]


def test_a_label_that_is_someones_shop_or_company():
    from listenwell.domain.names import account_of, places, short_for
    roster = [Candidate("S1", "Tobias Ferrant", None, places=places({"shop_name": "Ash & Anvil Forge", "city": "Leeds"})),
              Candidate("S2", "Tobin Ray", None, places=places({"city": "Leeds"}))]
    assert account_of("Ash & Anvil Forge", roster).pid == "S1"
    assert account_of("Leeds", roster) is None  # one word, and both live there
    assert account_of("Anvil Forge Ltd", roster) is None
    assert short_for("Tobi", roster[0]) and short_for("Tobias", roster[0]) and not short_for("Tom", roster[0])
    assert not contradicted(["Ha, that's me, Ash & Anvil Forge. Call me Tobi."], roster[0])  # his shop, not a name


def test_a_meeting_room_in_other_languages():
    assert is_anonymous("VDB-Rotterdam-Vergaderzaal") and is_anonymous("Besprechungsraum Nord")


def test_ethiopian_names_shortened_with_a_slash():
    roster = [Candidate("E7", "Eleni Gebremedhin Kidane"), Candidate("E8", "Eleni Tesfaye")]
    assert match_speaker("Eleni G/Medhin", roster).pid == "E7"
    assert match_speaker("W/ro Eleni Tesfaye", roster).pid == "E8"


def test_a_dial_in_number_the_roster_gives_for_someone():
    from listenwell.domain.names import phones
    roster = [Candidate("D1", "Aoife Brennan", None, phones=phones({"phone": "+353 87 555 0142"})),
              Candidate("D2", "Ciara Walsh", None, phones=phones({"Mobile": "087 555 0199", "city": "Cork"}))]
    assert match_speaker("+353875550142", roster).pid == "D1"
    assert match_speaker("+353 87 555 0199", roster).pid == "D2"  # the same number with its country code
    assert match_speaker("+353 87 555 0100", roster) is None
    assert match_speaker("35******0142", roster) is None  # masked: not enough to tell


def test_polish_and_german_short_forms_and_a_company_after_a_slash():
    roster = [Candidate("K1", "Katarzyna Wiśniewska"), Candidate("K2", "Johanna van der Linden"),
              Candidate("K3", "David Chen", places=frozenset({"chen", "home", "inspections"}))]
    assert match_speaker("Kasia W (Cipher Rooms) (Guest)", roster).pid == "K1"
    assert match_speaker("Jo van der Linden", roster).pid == "K2"
    assert match_speaker("David Chen / Chen Home Inspections", roster).pid == "K3"
    assert display_name("David Chen / Chen Home Inspections") == "David Chen"


def test_a_title_and_a_surname_name_nobody_by_first_name():
    roster = [Candidate("T6", "Morgan Ellis"), Candidate("T7", "Ruth Hale")]
    assert match_speaker("Mrs Morgan", roster) is None  # Morgan is Ellis's first name, not a surname here
    assert match_speaker("Mrs Hale", roster).pid == "T7"
    assert greeted(["Hi Mrs Morgan, thanks for having me at the site."]) == ["Mrs Morgan"]


def test_a_short_form_from_a_mailbox_that_starts_another_first_name():
    roster = [Candidate("J1", "Juliana Okada", "ju.okada@example.com"), Candidate("J2", "Juliana Rocha", "jr@example.com")]
    assert match_speaker("JU", roster) is None  # either Juliana may go by Ju
    assert match_speaker("Ju", roster[:1]).pid == "J1"


def test_czech_short_forms_and_rooms():
    roster = [Candidate("C1", "Jiří Veselý"), Candidate("C2", "Jan Novák"), Candidate("C3", "Josef Dvořák")]
    from listenwell.domain.names import short_for
    assert match_speaker("Honza Novák", roster).pid == "C2"
    assert match_speaker("JIRKA", roster) is None  # a common short form alone, like "Peggy"
    assert short_for("JIRKA", roster[0]) and short_for("Pepa", roster[2])  # ...but it fits a file's "R19"
    assert is_anonymous("Zasedačka MO Brno-sever")


def test_a_vietnamese_name_written_given_name_first():
    roster = [Candidate("V10", "Văn Đức Nguyễn"), Candidate("V11", "Đức Anh Trần")]  # V11 goes by Anh
    assert match_speaker("Nguyen Van Duc (Guest)", roster).pid == "V10"
    assert match_speaker("Duc", roster).pid == "V10"


def test_arabic_names_in_other_spellings():
    roster = [Candidate("A5", "Mohammed Al-Rashid"), Candidate("A6", "Youssef Haddad"), Candidate("A7", "Alexa Lind")]
    assert match_speaker("Muhammad Alrashid", roster).pid == "A5"
    assert match_speaker("Yusuf Haddad", roster).pid == "A6"
    assert match_speaker("Alexa Lind", roster).pid == "A7"


def test_a_name_two_fit_settled_by_where_the_speaker_works():
    roster = [Candidate("B5", "Beatrice Quayle", "bea@saltmarsh.example", places=frozenset({"whitby", "saltmarsh"})),
              Candidate("B6", "Beatriz Almeida", None, places=frozenset({"porto"}))]
    assert match_speaker("Bea", roster) is None
    assert match_speaker("Bea", roster, ["Hi! It's Bea, I own Saltmarsh up in Whitby."]).pid == "B5"
    # a speaker who mentions both places does not settle it
    assert match_speaker("Bea", roster, ["It's Bea from Whitby; my cousin Beatriz is in Porto."]) is None


def test_two_people_on_one_login():
    assert is_anonymous("Kwame & Ama / Mensah Trekking") and not is_anonymous("Ama Mensah")


def test_someone_who_goes_by_their_middle_name():
    roster = [Candidate("M1", "Grace Adhiambo Otieno", None), Candidate("M2", "Paul Ouma Otieno", None),
              Candidate("M3", "Adhiambo Wekesa", None)]
    assert match_speaker("Adhiambo Otieno (Guest)", roster).pid == "M1"
    assert match_speaker("Ouma Otieno", roster).pid == "M2"
    assert match_speaker("Adhiambo Wekesa", roster).pid == "M3"  # her own first name beats a middle one
    assert match_speaker("Otieno Adhiambo", roster) is None      # out of order is not the same name
    assert match_speaker("Adhiambo", roster).pid == "M3"           # a first name alone is a first name


def test_phone_columns_are_found_by_name_in_the_roster_languages_and_by_what_they_hold() -> None:
    from listenwell.domain.names import phone_columns

    named = ["hogar/telefono", "Teléfono celular", "Telefone", "Handynummer", "Numer telefonu", "Móvil", "Telefonszám",
             "Mobilszám", "Plan"]
    assert phone_columns(named) == named[:-1]
    rows = [{"contacto": "33 1234 5678", "socio": "881204512", "cnpj": "41.229.870/0001-53", "alta": "2026-03-14"},
            {"contacto": "+52 1 33 8765 4321", "socio": "881204513", "cnpj": "38.551.204/0001-07", "alta": "2026-04-02"},
            {"contacto": "3311112222", "socio": "881204514", "cnpj": "29.774.610/0001-88", "alta": "2026-05-20"}]
    # a number written as a phone's, not an id of plain digits, a company's tax number or a date
    assert phone_columns(["contacto", "socio", "cnpj", "alta"], rows) == ["contacto"]


def test_a_finnish_forms_timestamp_is_no_phone_number() -> None:
    from listenwell.domain.names import phone_columns

    # Google Forms' "Aikaleima" in Finnish: the day, then its time in dots
    rows = [{"Aikaleima": "7.10.2026 14.03.51", "Puhelin": "040 612 7788"},
            {"Aikaleima": "12.10.2026 9.41.07", "Puhelin": "+358 50 901 2233"}]
    assert phone_columns(["Aikaleima", "Puhelin"], rows) == ["Puhelin"]
    from listenwell.domain.names import looks_like_a_phone
    assert looks_like_a_phone("06.12.20.26.11") and looks_like_a_phone("+33 6.12.20.19.45")  # dotted phones still are


def test_a_column_named_for_a_phone_that_holds_answers_is_no_phone_column() -> None:
    from listenwell.domain.names import phone_columns
    rows = [{"mobile": "+91 94433 66778", "WhatsApp opt-in": "Yes", "SMS": ""},
            {"mobile": "9450011223", "WhatsApp opt-in": "No", "SMS": "07700 900123"}]
    assert phone_columns(["mobile", "WhatsApp opt-in", "SMS"], rows) == ["mobile", "SMS"]


def test_a_japanese_speaker_name_is_matched_whole() -> None:
    people = [Candidate("J1", "小松 千秋", None, ("コマツ チアキ",)), Candidate("J2", "小松　隼人"),
              Candidate("J3", "大野 蓮")]
    assert match_speaker("小松千秋（東邦運輸）", people).pid == "J1"   # a meeting tool's name, no space
    assert match_speaker("コマツ チアキ", people).pid == "J1"            # the reading in kana
    assert match_speaker("大野さん", people).pid == "J3"                 # a family name and an honorific
    assert match_speaker("小松さん", people) is None                     # two of that family name
    assert match_speaker("小松", people) is None and match_speaker("千秋", people) is None


def test_a_korean_speaker_name_in_hangul_is_matched_whole() -> None:
    people = [Candidate("K1", "한지율"), Candidate("K2", "한도겸"), Candidate("K3", "서 보람")]
    assert match_speaker("한지율", people).pid == "K1"
    assert match_speaker("한지율 님", people).pid == "K1"             # with the honorific a meeting adds
    assert match_speaker("서보람 (디자인팀)", people).pid == "K3"      # the roster's space or none, a team after
    assert match_speaker("한", people) is None and match_speaker("지율", people) is None  # a part names nobody


def test_a_speakers_account_name_is_the_one_person_whose_mailbox_spells_it() -> None:
    roster = [Candidate("C1", "林宥廷", "yuting.lin@example.com"),
              Candidate("C2", "Nguyễn Thu Hà", "ha_nguyen_thu@example.com"),
              Candidate("C3", "黃志明", "huang-chihming88@example.com"),
              Candidate("C4", "王美玲", "meiling.wang@example.com"),
              Candidate("C5", "王美玲", "meiling.wang@example.org")]
    assert match_speaker("Yu-Ting Lin", roster).pid == "C1"
    assert match_speaker("Lin Yu-Ting (Guest)", roster).pid == "C1"  # the other order
    assert match_speaker("Chih-Ming Huang", roster).pid == "C3"  # digits after the name aside
    assert match_speaker("Mei-Ling Wang", roster) is None  # two mailboxes spell it: nobody
    assert match_speaker("Yuting", roster) is None  # a first name alone is anyone's
    assert match_speaker("Yu-Ting Chen", roster) is None


def test_an_arabic_speaker_name_is_matched_whole_and_two_people_of_it_are_both_found() -> None:
    from listenwell.domain.names import speaker_candidates
    people = [Candidate("Z1", "خالد العتيبي"), Candidate("Z2", "خالد العتيبي"), Candidate("Z3", "نورة القحطاني")]
    assert [c.pid for c in speaker_candidates("نورة القحطاني", people)] == ["Z3"]
    assert [c.pid for c in speaker_candidates("نوره القحطانى", people)] == []  # another spelling: not guessed
    assert [c.pid for c in speaker_candidates("خالد العتيبي", people)] == ["Z1", "Z2"]
    assert match_speaker("نورة القحطاني", people) == people[2]


def test_a_cyrillic_speaker_name_is_the_roster_person_its_romanisation_names() -> None:
    people = [Candidate("U1", "Yuliia Tkachenko"), Candidate("U2", "Andrii Moroz"), Candidate("U3", "Dmitriy Sokolov"),
              Candidate("U4", "Natalia Hrytsenko"), Candidate("U5", "Natalia Hrytsenko"),
              Candidate("U6", "Олег Гнатюк"),
              Candidate("U7", "Iryna Lysenko"), Candidate("U8", "Iryna Savchuk")]
    assert match_speaker("Юлія Ткаченко", people).pid == "U1"       # Ukraine's national transliteration
    assert match_speaker("Андрій Мороз (Zoom)", people).pid == "U2"
    assert match_speaker("Дмитрий Соколов", people).pid == "U3"     # a Russian name, romanised the common way
    assert match_speaker("Олег Гнатюк", people).pid == "U6"         # the roster's own Cyrillic, whole
    assert match_speaker("Наталія Гриценко", people) is None        # two people of the name: nobody
    assert match_speaker("Ірина", people) is None                   # a first name two people share
    assert match_speaker("Юлія Бондар", people) is None             # another family name


def test_a_latin_speaker_is_the_serbian_roster_person_written_in_cyrillic() -> None:
    # a bank's core system writes Cyrillic, a meeting tool or a typed transcript Latin: one to one in Serbian
    people = [Candidate("S1", "Бранислав Ђукановић"), Candidate("S2", "Јована Шкорић"), Candidate("S3", "Јована Лазић"),
              Candidate("S4", "Милена Џаковић"), Candidate("S5", "Милена Џаковић")]
    assert match_speaker("Branislav Đukanović", people).pid == "S1"
    assert match_speaker("Branislav Djukanovic (Teams)", people).pid == "S1"  # đ as dj, no accents
    assert match_speaker("Jovana Škorić", people).pid == "S2"
    assert match_speaker("Jovana", people) is None                            # a first name two people share
    assert match_speaker("Milena Džaković", people) is None                   # two people of the name: nobody
    assert match_speaker("Jovana Petrović", people) is None                   # another family name
    # a Russian name, with letters Serbian does not write (ы, я), is not read as Serbian
    assert match_speaker("Vasily Ryabov", [Candidate("R1", "Василий Рябов")]) is None


def test_a_cyrillic_speaker_is_the_roster_person_whose_fio_writes_the_surname_first_with_a_patronymic() -> None:
    # a Russian or Kazakh roster's ФИО ("Surname Given Patronymic"), and a meeting's "Given Surname"
    people = [Candidate("K1", "Жумабаева Айгерим Маратовна"), Candidate("K2", "Орлов Игорь Семёнович"),
              Candidate("K3", "Орлова Ирина Павловна"), Candidate("K4", "Орлова Ирина Олеговна")]
    assert match_speaker("Айгерим Жумабаева", people).pid == "K1"
    assert match_speaker("Игорь Орлов (Google Meet)", people).pid == "K2"
    assert match_speaker("Игорь Семенович Орлов", people).pid == "K2"  # (ё or е)
    assert match_speaker("Ирина Орлова", people) is None              # two people of the name: nobody
    assert match_speaker("Игорь Жумабаев", people) is None            # another family name
    assert match_speaker("Игорь", people) is None                     # a first name alone


def test_a_hebrew_speaker_name_a_script_without_case_is_matched_whole() -> None:
    from listenwell.domain.names import speaker_candidates
    people = [Candidate("I1", "רוני שגיא"), Candidate("I2", "עדי כץ"), Candidate("I3", "עדי כץ")]
    assert match_speaker("רוני שגיא", people) == people[0]
    assert [c.pid for c in speaker_candidates("עדי כץ", people)] == ["I2", "I3"]
    assert [c.pid for c in speaker_candidates("רוני", people)] == []  # a first name alone: not guessed


def test_a_thai_speaker_name_matches_the_roster_with_or_without_its_title() -> None:
    people = [Candidate("H1", "นางสาวพิมพ์ชนก แสงทอง"), Candidate("H2", "นายสุรเชษฐ์ วงศ์ใหญ่"),
              Candidate("H3", "นางนวลจันทร์ ดีมาก")]
    assert match_speaker("พิมพ์ชนก แสงทอง", people) == people[0]
    assert match_speaker("คุณสุรเชษฐ์ วงศ์ใหญ่", people) == people[1]
    assert match_speaker("นวลจันทร์ ดีมาก", people) == people[2]
    assert match_speaker("สุรเชษฐ์", people) is None  # a first name alone: not guessed


def test_a_greek_speaker_name_matches_the_roster_with_or_without_accents_capitals_or_word_order() -> None:
    people = [Candidate("G1", "ΣΤΑΥΡΟΠΟΥΛΟΥ ΑΙΚΑΤΕΡΙΝΗ"), Candidate("G2", "Θανάσης Λαμπράκης"),
              Candidate("G3", "ΛΑΜΠΡΑΚΗ ΔΕΣΠΟΙΝΑ")]
    assert match_speaker("Αικατερίνη Σταυροπούλου", people) == people[0]  # a CRM's capitals, family name first
    assert match_speaker("Αικατερινη Σταυροπουλου", people) == people[0]
    assert match_speaker("ΘΑΝΑΣΗΣ ΛΑΜΠΡΑΚΗΣ", people) == people[1]  # (its final sigma as any other)
    assert match_speaker("Λαμπράκης Θανάσης (Cosmote)", people) == people[1]
    assert match_speaker("Δέσποινα Λαμπράκη", people) == people[2]
    assert match_speaker("Θανάσης", people) is None  # a first name alone: not guessed
    assert match_speaker("Δέσποινα Σταυροπούλου", people) is None  # (each name someone's, not one person's)

def test_a_file_name_of_everyday_words_does_not_name_a_test_account_that_shares_them():
    # "Phỏng vấn tài xế" (driver interview) is not the test row "Tài xế Test QA"
    roster = [Candidate("T1", "Đỗ Minh Khôi"), Candidate("T2", "Tài xế Test QA"), Candidate("T3", "Hồ Văn Tài")]
    assert named_in("Phỏng vấn tài xế - Đỗ Minh Khôi (2026-10-16) - Transcript", roster).pid == "T1"
    assert named_in("Phỏng vấn tài xế - notes", roster) is None


def test_a_roster_name_written_last_comma_first_with_a_middle_initial_is_matched() -> None:
    from listenwell.domain.names import Candidate, match_speaker

    people = [Candidate(pid="HX-1", name="OKAFOR, DANIEL C"), Candidate(pid="HX-2", name="OKAFOR, GRACE"),
              Candidate(pid="HX-3", name="Lindqvist, Maja"), Candidate(pid="HX-4", name="Tomas Berg, PhD")]
    assert match_speaker("Daniel Okafor", people).pid == "HX-1"
    assert match_speaker("Dan Okafor", people).pid == "HX-1"
    assert match_speaker("Grace Okafor", people).pid == "HX-2"
    assert match_speaker("Maja Lindqvist", people).pid == "HX-3"
    assert match_speaker("Tomas Berg", people).pid == "HX-4"  # a degree after the comma is no given name


def test_a_korean_speaker_named_by_their_iphone_is_the_roster_person_of_that_name() -> None:
    people = [Candidate("K1", "박지호", None), Candidate("K2", "김민서", None)]
    assert match_speaker("박지호의 iPhone", people).pid == "K1"
    assert match_speaker("이서준의 iPhone", people) is None

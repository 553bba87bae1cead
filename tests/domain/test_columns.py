"""What a roster column holds, judged by its values whatever its header's language."""

from listenwell.domain.columns import free_text_columns, name_like_columns


def _rows(**columns: list[str]) -> list[dict[str, str]]:
    n = max(len(v) for v in columns.values())
    return [{k: v[i] if i < len(v) else "" for k, v in columns.items()} for i in range(n)]


# a made-up Turkish sheet: its header words are in no table, its values say what each column is
ROWS = _rows(
    **{"Ad Soyad": ["Sevgi Aydın", "Kerem Yücel", "Nur Tanrıverdi", "Hakan Öztürk", "Leyla Demirci", "Ozan Kılıç"],
       "Açıklama": ["Akşamları aranmayı tercih ediyor", "", "Kampanya maili ile geri döndü, memnun", "",
                    "Yurt dışına taşındı, artık sipariş vermiyor", "Telefonla ulaşılamadı iki kez"],
       "Şehir": ["İzmir", "Ankara", "İzmir", "Rio de Janeiro", "Ankara", "İzmir"],
       "Unvan": ["Grade 2 Teacher", "Head of Customer Success", "Senior Product Manager", "Data Analyst",
                 "VP of Engineering", "Office Manager"],
       "Adres": ["12 rue de la Paix, 75002 Paris", "4 avenue de la gare 69001", "221B Baker Street",
                 "9 calle de la Luna 28004", "Av. da Liberdade 110", "3 place du marché 13001"],
       "Plan": ["Pro Annual", "Basic Monthly", "Pro Annual", "Pro Annual", "Team Annual", "Basic Monthly"],
       "Firma": ["Lale Mobilya Ltd", "Deniz Gıda AŞ", "Kuzey Yapı Limited", "Acme Corp", "Ege Tekstil GmbH",
                 "Mavi Lojistik Inc."],
       "Özellikler": ["Route planner, Offline maps", "Offline maps, Live tracking", "Route planner, live tracking",
                      "Offline maps", "Route planner, Offline maps, Live tracking", "Live tracking, offline maps"],
       "Web": ["lalemobilya.com.tr", "www.denizgida.com", "kuzeyyapi.com", "acme.example", "egetekstil.de",
               "mavi.example.org"]})


def test_sentences_that_vary_are_notes_and_multi_word_values_of_a_kind_are_not() -> None:
    assert free_text_columns(list(ROWS[0]), ROWS) == ["Açıklama"]


def test_notes_in_a_script_without_capitals_are_notes() -> None:
    rows = _rows(**{"ملاحظات": ["يفضل التواصل عبر البريد فقط", "انتقل إلى مدينة أخرى هذا العام",
                                "لا يرد على الهاتف في الصباح", ""],
                    "المدينة": ["دبي", "الرياض", "دبي", "جدة"]})
    assert free_text_columns(list(rows[0]), rows) == ["ملاحظات"]


def test_names_are_found_by_their_form_in_any_script_and_not_companies_places_or_titles() -> None:
    assert name_like_columns(list(ROWS[0]), ROWS) == ["Ad Soyad"]
    arabic = _rows(**{"الاسم": ["أحمد المنصوري", "سارة القحطاني", "خالد العتيبي", "نورة الشمري", "يوسف الحمادي"]})
    assert name_like_columns(["الاسم"], arabic) == ["الاسم"]
    # too few rows to tell names from places: not judged
    assert name_like_columns(["Kim"], _rows(Kim=["Ana Lopez", "Bo Chen", "Cy Diaz"])) == []


def test_names_written_surname_first_are_names_and_places_shared_by_many_are_not() -> None:
    rows = _rows(**{"Lead Tenant": ["Whitfield, Maureen", "OYELARAN, Tunde", "Kowalczyk, Ewa J", "Hart, Desmond",
                                    "DUNMORE, GRACE A", "Pryce, Llewellyn"],
                    "Patch": ["Dudley, North", "Dudley, North", "Tipton, East", "Dudley, North", "Tipton, East",
                              "Tipton, East"],
                    "Repair": ["Boiler, no heat", "Window, cracked pane", "Door, sticking", "Tap, dripping",
                               "Roof, leaking", "Fence, blown down"]})
    # (the patch repeats, so it is no column of names; a repair's "Boiler, no heat" has a word written small)
    assert name_like_columns(list(rows[0]), rows) == ["Lead Tenant"]


def test_surname_comma_forename_is_a_name_by_its_form() -> None:
    rows = [{"Holder": n, "Town": t} for n, t in [
        ("Ferreira, Lucia", "Leeds, West Yorkshire"), ("Halloran, Brendan", "Leeds, West Yorkshire"),
        ("van Leeuwen, Sanne", "York, North Yorkshire"), ("Chaudhry, Imran", "Hull, East Riding"),
        ("Abernethy, Fiona Jane", "Leeds, West Yorkshire"), ("Szabo, Erzsebet", "York, North Yorkshire")]]
    assert name_like_columns(["Holder", "Town"], rows) == ["Holder"]
    # a list of several things written with commas is no name
    lists = [{"Interests": v} for v in ("Maps, Alerts, Offline", "Alerts, Maps", "Offline, Sharing, Maps",
                                         "Sharing, Alerts", "Maps, Sharing, Alerts")]
    assert name_like_columns(["Interests"], lists) == []

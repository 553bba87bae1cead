"""Each reader on files written the way the tools write them."""

from __future__ import annotations

import io

import docx
import pytest

from listenwell.domain import InputError
from listenwell.ingest import parse_transcript, read_transcript


def speakers(t):
    return [s.speaker for s in t.segments]


def test_zoom_vtt_merges_cues_of_one_speaker(fixtures) -> None:
    t = read_transcript(fixtures / "transcripts/zoom.vtt")
    assert t.format == "vtt"
    assert speakers(t) == ["Dana Whitfield", "Priya Natarajan", "Dana Whitfield", "Priya Natarajan"]
    second = t.segments[1]
    assert second.start == pytest.approx(6.1) and second.end == pytest.approx(14.2)
    assert "lost everything & had to start over" in second.text  # entity unescaped
    assert t.duration == pytest.approx(24.0)


def test_teams_vtt_voice_tags(fixtures) -> None:
    t = read_transcript(fixtures / "transcripts/teams.vtt")
    assert speakers(t) == ["Sam Okafor", "Leo Park", "Sam Okafor", "Leo Park"]
    assert t.segments[1].text == ("A friend sent me a link. I signed up on my phone on the bus. "
                                  "Honestly the price only showed up at the very end.")
    assert "<" not in "".join(s.text for s in t.segments)


def test_meet_vtt_with_header_and_note(fixtures) -> None:
    t = read_transcript(fixtures / "transcripts/meet.vtt")
    assert speakers(t) == ["Dana Whitfield", "Ana Souza"]
    assert t.segments[0].start == 1.0


def test_srt_bracket_and_colon_speakers(fixtures) -> None:
    t = read_transcript(fixtures / "transcripts/sample.srt")
    assert t.format == "srt"
    assert speakers(t) == ["Dana Whitfield", "Ben Carter", "Dana Whitfield", "Ben Carter"]
    assert t.segments[3].end == 15.0


def test_otter_export(fixtures) -> None:
    t = read_transcript(fixtures / "transcripts/otter.txt")
    assert t.format == "otter"
    assert speakers(t) == ["Dana Whitfield", "Maya", "Dana Whitfield", "Maya", "Dana Whitfield"]
    assert t.segments[3].text.endswith("And then it logged me out.")
    assert t.segments[4].start == 3725.0
    assert t.segments[0].end == t.segments[1].start == 9.0


def test_plain_text_with_continuation_lines(fixtures) -> None:
    t = read_transcript(fixtures / "transcripts/plain.txt")
    assert t.format == "text" and not t.timed
    assert speakers(t) == ["Sam Okafor", "Nora Ellis", "Sam Okafor", "Nora Ellis"]
    assert t.segments[1].text == "I run a small bakery. Mostly I do the books at night.\nIt's a lot of spreadsheets, honestly."


def test_plain_text_with_stamps(fixtures) -> None:
    t = read_transcript(fixtures / "transcripts/stamped.txt")
    assert [s.start for s in t.segments] == [2, 6, 12, 14]
    assert t.segments[0].end == 6


def test_own_json_keeps_roles_and_words(fixtures) -> None:
    t = read_transcript(fixtures / "transcripts/ours.json")
    assert t.format == "json" and str(t.date) == "2026-10-02"
    assert [s.role.value for s in t.speakers] == ["interviewer", "participant"]
    assert [w.text for w in t.segments[1].words] == ["It", "timed", "out."]


def _docx_bytes(paragraphs: list[str]) -> bytes:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_teams_layout() -> None:
    data = _docx_bytes(["0:0:0.0 --> 0:0:4.120", "Sam Okafor", "How did you first hear about us?",
                        "0:0:4.900 --> 0:0:9.310", "Leo Park", "A friend sent me a link."])
    t = parse_transcript(data, "teams.docx")
    assert t.format == "docx"
    assert speakers(t) == ["Sam Okafor", "Leo Park"]
    assert t.segments[1].start == 4.0


def test_docx_otter_and_colon_layouts() -> None:
    t = parse_transcript(_docx_bytes(["Dana  0:03", "Hi, what brings you here?", "", "Maya  0:09",
                                      "Curiosity."]), "otter.docx")
    assert speakers(t) == ["Dana", "Maya"] and t.segments[1].start == 9
    t = parse_transcript(_docx_bytes(["Dana: What brings you?", "Maya: Curiosity."]), "n.docx")
    assert speakers(t) == ["Dana", "Maya"] and t.format == "docx"


def test_docx_with_a_teams_head() -> None:
    t = parse_transcript(_docx_bytes(["Harbour research - Odile", "March 2, 2026, 9:00AM", "14m 5s", "",
                                      "Ravi Chandran started transcription", "", "Ravi Chandran   0:03",
                                      "Can you hear me?", "", "Odile Marchetti (Guest)   0:07", "Yes.", "",
                                      "Ravi Chandran stopped transcription"]), "teams.docx")
    assert speakers(t) == ["Ravi Chandran", "Odile Marchetti (Guest)"] and t.format == "docx"
    assert t.title == "Harbour research - Odile" and t.segments[1].text == "Yes."


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_encodings(encoding: str) -> None:
    text = "Dana: Was hat Sie überrascht?\nJosé: The café’s prices — €12!\n"
    if encoding == "cp1252":
        text = text.replace("’", "'")
    t = parse_transcript(text.encode(encoding), "enc.txt")
    assert t.segments[0].text == "Was hat Sie überrascht?"
    assert t.segments[1].speaker == "José"
    assert "€12" in t.segments[1].text


@pytest.mark.parametrize(("data", "line", "words"), [
    (b"WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nA: hi\n", 3, "cue timing"),
    (b"WEBVTT\n\n00:00:01.000 --> 00:00:99.000\nA: hi\n", 3, "time code"),
    (b"WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nA: hi\n", 3, "ends before"),
    (b"1\n00:00:01,000 --> 00:00:02,000\nA: hi\n\nx\n00:00:03,000 --> 00:00:04,000\nB: yo\n", 5, "cue number"),
    (b"Dana  0:05\nhello\n\nMaya  0:02\nback in time\n", 4, "backwards"),
    # a title and a few lines above the turns are a head; a page of prose is not
    (b"some words\n" * 13 + b"Dana: hi\nMaya: yo\n" * 3, 1, "before the first"),
    (b'{"segments": [', 1, "invalid JSON"),
])
def test_broken_files_name_the_line(data: bytes, line: int, words: str) -> None:
    with pytest.raises(InputError) as err:
        parse_transcript(data, "bad.file")
    assert err.value.file == "bad.file"
    assert err.value.line == line
    assert words in str(err.value)
    assert str(err.value).startswith(f"bad.file:{line}: ")


@pytest.mark.parametrize(("data", "words"), [
    (b"", "empty"), (b"   \n\n", "empty"), (b"\x00\x01\x02\x03binary\x00junk\xff" * 20, "binary"),
    (b"PK\x03\x04not really a zip", "Word document"), (b"hello there, no speakers here", "unrecognised"),
])
def test_junk_is_refused(data: bytes, words: str) -> None:
    with pytest.raises(InputError, match=words):
        parse_transcript(data, "junk.bin")


def test_missing_file(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_transcript(tmp_path / "nope.vtt")


def test_a_teams_transcript_cut_off_inside_its_last_cue_is_refused() -> None:
    from listenwell.ingest import vtt
    whole = ("WEBVTT\n\nab/1-0\n00:00:01.000 --> 00:00:04.000\n<v Ines Moreau>How do you pay your suppliers?</v>\n\n"
             "ab/2-0\n00:00:05.000 --> 00:00:09.000\n<v Tom Brand>Mostly by transfer, once a week.</v>\n")
    assert len(vtt.read(whole, "call.vtt").segments) == 2
    cut = whole[:whole.index("once a week")]
    with pytest.raises(InputError, match="ends in the middle of a cue") as err:
        vtt.read(cut, "call.vtt")
    assert err.value.line == 9
    # a tool that never closes its voice tags is read as it is
    open_tags = whole.replace("</v>", "").rstrip("\n")
    assert len(vtt.read(open_tags, "call.vtt").segments) == 2


@pytest.mark.parametrize("chat", [
    "10:02:11 From Ada Obi to Everyone:\n\tHere is the consent link\n10:40:09 From Ben Roy to Everyone:\n\tthanks!\n",
    "00:14:22\t From  Ada Obi : Here is the consent link\n00:41:05\t From  Ben Roy : thanks!\n",
])
def test_a_meeting_chat_log_is_refused_as_a_chat_log(chat: str) -> None:
    # the file Zoom saves beside the transcript: the message says which file to pick instead
    with pytest.raises(InputError, match="chat log.*transcript.vtt"):
        parse_transcript(chat.encode(), "meeting_saved_chat.txt")


def test_a_central_european_windows_file_reads_as_its_own_code_page() -> None:
    from listenwell.ingest.decode import decode_text
    polish = "id;Imię;Miasto\nP1;Michał Wiśniewski;Łódź\n"
    assert decode_text(polish.encode("cp1250"), "klienci.csv", "a roster") == polish
    spanish = "¿Cómo te va? Ñandú, crème brûlée\n"  # Western, with a "¿" that cp1250 would read as a letter
    assert decode_text(spanish.encode("cp1252"), "notas.txt") == spanish


def test_a_file_hungarian_excel_saved_in_cp1250_keeps_its_o_and_u_with_double_acute() -> None:
    # ő and ű are the only Hungarian letters where cp1250 and cp1252 differ (cp1252 reads õ and û)
    from listenwell.ingest.decode import decode_text
    hungarian = ("Azonosító;Név;Város;Megjegyzés\nH-1;Gősi Tünde;Győr;Nem kér hírlevelet\n"
                 "H-2;Fűzi Ödön;Pécs;Csak délelőtt hívható\nH-3;ŐRY ÁGNES;Sopron;\n")
    assert decode_text(hungarian.encode("cp1250"), "tagok.csv", "a roster") == hungarian
    # not French, Portuguese or Estonian in cp1252, whose û, õ come beside letters Hungarian lacks
    for text in ("id;nom\n1;Benoît Dûment, café sûr\n", "id;nome\n1;Luís Camões, Conceição\n",
                 "id;nimi\n1;Tõnu Mägi, Pärnu\n", "id;nom\n1;Jérôme Août\n"):
        assert decode_text(text.encode("cp1252"), "x.csv", "a roster") == text


def test_a_file_romanian_excel_saved_in_cp1250_keeps_its_s_and_t_with_cedilla() -> None:
    # Romanian's ş ţ ă are where cp1252 has º þ ã (and cp1254 º ş ã): "Bucureºti", "Constanşa"
    from listenwell.ingest.decode import decode_text
    romanian = ("Cod;Nume şi prenume;Localitate;Stare;Menţiuni\r\nR-1;Ştefan Mureşan;Piteşti;Activ;nu doreşte să fie sunat\r\n"
                "R-2;Ţurcanu Ilinca;Brăila;Şters;\r\nR-3;Dan Stoica;Timiş;Activ;client fidel, mâine în concediu\r\n")
    assert decode_text(romanian.encode("cp1250"), "clienti.csv", "a roster") == romanian.replace("\r\n", "\n")
    # not Portuguese "nº" beside "ã", Icelandic "þ" or Turkish (cp1254) whose ş reads as ţ beside its ı ğ
    for text, encoding in (("id;nome\n1;João Simões;São Luís, nº 12\n", "cp1252"),
                           ("id;nome\n1;Estação São Brás, nº 3\n", "cp1252"),
                           ("id;nafn\n1;Þórður Sigurðsson;Þingvellir\n", "cp1252"),
                           ("id,ad\n1,Ayşe Işık,Muş\n2,Tuğba Şahin,Kırşehir\n", "cp1254")):
        assert decode_text(text.encode(encoding), "x.csv", "a roster") == text


@pytest.mark.parametrize(("text", "encoding"), [
    ("会員番号,氏名,プラン,最終ログイン日\nK-01,佐藤 健,プロ,2026/11/20\nK-02,山本 さくら,スタンダード,2026/10/02\n", "cp932"),
    ("회원번호,이름,요금제\nM1,김민준,프로\nM2,이서연,베이직\n", "cp949"),
    ("会员编号,姓名,套餐,城市\nC1,王小明,专业版,北京\nC2,李华,基础版,上海\n", "gb18030"),
    # Traditional Chinese Excel's Big5 (cp950), whose bytes GB18030 also reads, as rarer characters
    ("會員編號,姓名,方案,城市\nT1,陳志明,專業版,臺北\nT2,林美華,基本版,高雄\n", "cp950"),
    ("客戶編號,姓名,備註\nH1,黃家豪,請勿聯絡\nH2,吳淑芬,員工\n", "cp950"),
    # and short Simplified Chinese, which cp949 reads as Hangul mixed with Hanja
    ("会员编号,姓名,备注\nS1,王小明,员工\nS2,李四,请勿联系\n", "gb18030"),
])
def test_a_file_east_asian_excel_saved_in_its_own_code_page_reads_as_that_script(text: str, encoding: str) -> None:
    from listenwell.ingest.decode import decode_text
    assert decode_text(text.encode(encoding), "members.csv", "a roster") == text


@pytest.mark.parametrize("text", [
    "id,name,city\nF1,Renée Laurent,Sète\nF2,Zoë Brontë,Köln\nF3,Ana Muñoz,Cádiz\n",
    "id;Imię;Miasto\nP1;Michał Wiśniewski;Łódź\n",
    "¿Cómo te va? Ñandú, crème brûlée; Straße, Øresund, 12½ °C\n",
])
def test_western_and_central_european_files_are_not_taken_for_east_asian_ones(text: str) -> None:
    from listenwell.ingest.decode import decode_text
    encoding = "cp1250" if "ł" in text else "cp1252"
    assert decode_text(text.encode(encoding), "people.csv", "a roster") == text


def test_a_file_turkish_excel_saved_in_cp1254_reads_as_turkish_not_as_icelandic_letters() -> None:
    from listenwell.ingest.decode import decode_text
    turkish = ("Üye No;Adı Soyadı;Şehir;Açıklama\nU-7;Işıl Doğru;İzmir;Şikayet etti, geri aranacak\n"
               "U-8;Tuğçe Şen;Muş;\n")
    assert decode_text(turkish.encode("cp1254"), "uyeler.csv", "a roster") == turkish
    # a roster of names alone, with no ç or ü beside its ş and ı
    assert decode_text("id,ad\n1,Yıldız Aşk\n".encode("cp1254"), "a.csv", "a roster") == "id,ad\n1,Yıldız Aşk\n"


def test_a_file_hebrew_excel_saved_in_cp1255_reads_as_hebrew_not_as_western_letters() -> None:
    from listenwell.ingest.decode import decode_text
    hebrew = ('קוד,שם לקוחה,עיר,"הערה"\r\nK-31,דבורה שקד,חיפה,"התקשרה ב-14/09, מבקשת חזרה"\r\n'
              "K-32,ציון אדרי,אשדוד,\r\n")
    assert decode_text(hebrew.encode("cp1255"), "lakochot.csv", "a roster") == hebrew.replace("\r\n", "\n")
    # not French, Icelandic or German, whose accented letters sit inside Latin words
    for text in ("id,nom\n1,Hélène à Orléans\n", "id,nafn\n1,Þórður á Ísafirði\n", "id,name\n1,Jürgen Müßig\n"):
        assert decode_text(text.encode("cp1252"), "x.csv", "a roster") == text


def test_a_file_persian_or_arabic_excel_saved_in_cp1256_reads_in_its_script_not_as_western_letters() -> None:
    from listenwell.ingest.decode import decode_text
    # (cp1256 has no Persian ی: Excel writes it as Arabic ي)
    persian = ("کد مشتري,نام کامل,شهر,يادداشت\r\nC-5,ژيلا گودرزي,کرج,\"مي\u200cخواهد عصرها تماس بگيريم\"\r\n"
               "C-6,پرويز چمني,قزوين,\r\n")
    assert decode_text(persian.encode("cp1256"), "moshtarian.csv", "a roster") == persian.replace("\r\n", "\n")
    arabic = "رقم العميل,الاسم,المدينة\nR-1,سلمى الخطيب,جدة\nR-2,فهد القحطاني,الدمام\n"
    assert decode_text(arabic.encode("cp1256"), "omalaa.csv", "a roster") == arabic
    # not French, Hebrew, Thai or Korean, which cp1256 reads as Latin letters, short vowels or symbols
    for text, page in (("id,nom\n1,Hélène à Orléans\n2,Loïc Bérénice\n", "cp1252"),
                       ("שם,הערה\nרות לוי,אפשר להתקשר בצהריים\nדוד כהן,בבית\n", "cp1255"),
                       ("รหัสสมาชิก,ชื่อ-สกุล\nM-07,นางสมศรี ใจดี\n", "cp874"), ("이름,메모\n최유진,오후에 통화 가능\n", "cp949")):
        assert decode_text(text.encode(page), "x.csv", "a roster") == text


def test_a_file_thai_excel_saved_in_cp874_reads_as_thai_not_as_central_european_letters() -> None:
    from listenwell.ingest.decode import decode_text
    thai = ("รหัสสมาชิก,ชื่อ-สกุล,หมายเหตุ\r\nM-07,นางสมศรี ใจดี,โทรได้หลังเที่ยง\r\n"
            "M-08,นายเอกชัย มั่นคง,ย้ายไปเชียงใหม่\r\n")
    assert decode_text(thai.encode("cp874"), "samachik.csv", "a roster") == thai.replace("\r\n", "\n")
    # not Korean, Chinese or Hebrew, whose bytes read in cp874 are no Thai as it is spelled
    for text, page in (("이름,메모\n최유진,오후에 통화 가능\n", "cp949"), ("姓名,备注\n张伟,下午可以打电话\n", "gb18030"),
                       ("שם,הערה\nרות לוי,אפשר להתקשר בצהריים\n", "cp1255")):
        assert decode_text(text.encode(page), "x.csv", "a roster") == text


def test_a_file_danish_or_norwegian_excel_saved_in_cp1252_reads_as_itself_not_as_thai() -> None:
    from listenwell.ingest.decode import decode_text
    # ø å æ are the bytes cp874 reads as a Thai digit and two Thai marks ("D๘d", "Udtrๅdt"); no Thai consonant
    danish = ("Kundenr;Navn;Tilstand;Note\r\nK-31;Søren Bæk;Udmeldt;må gerne ringes op\r\nK-32;Åse Dønnes;Død;"
              "flyttet til Århus, ønsker brev\r\nK-33;Kåre Ås;Opsagt;bør have sin søns nummer\r\nK-34;Ærø Fødevarer;Aktiv;\r\n")
    assert decode_text(danish.encode("cp1252"), "kunder.csv", "a roster") == danish.replace("\r\n", "\n")
    norwegian = "Nr;Navn;Status\nN-1;Bjørn Kåsa;Sluttet\nN-2;Trøndelag Bær;Overført\nN-3;Gøril Sæbø;Død\n"
    assert decode_text(norwegian.encode("cp1252"), "medlemmer.csv", "a roster") == norwegian


def test_a_file_ukrainian_or_russian_excel_saved_in_cp1251_reads_as_cyrillic_not_as_central_european() -> None:
    from listenwell.ingest.decode import decode_text
    # Ukrainian and Russian Excel (and 1C) save CSV in cp1251: read as cp1250 it is "Ńňŕňóń" for "Статус"
    ukrainian = ("Код;Прізвище, ім'я;Стан;Коментар\r\nK-7;Гнатюк Богдана;Активна;інтерв’ю у березні\r\n"
                 "K-8;Ящук Євген;Закрита;ЄДРПОУ не вказано\r\n")
    assert decode_text(ukrainian.encode("cp1251"), "kontakty.csv", "a roster") == ukrainian.replace("\r\n", "\n")
    russian = "Номер;Фамилия;Город\r\n12;Щёкина;Ростов\r\n13;Жуков;Ёлкино\r\n"
    assert decode_text(russian.encode("cp1251"), "spisok.csv", "a roster") == russian.replace("\r\n", "\n")
    # (Western and Central European text keeps its own code page: accents inside Latin words)
    for text, encoding in (("Ville;Nom\nBesançon;Müller Jürgen\nSète;Hélène\n", "cp1252"),
                           ("Miasto;Imię\nŁódź;Michał Żółć\nKraków;Świętosław\n", "cp1250")):
        assert decode_text(text.encode(encoding), "x.csv", "a roster") == text


def test_a_file_greek_excel_saved_in_cp1253_reads_as_greek_not_as_western_letters() -> None:
    from listenwell.ingest.decode import decode_text
    greek = ("Αρ. συνδρομητή;Ονοματεπώνυμο;Πόλη;Παρατηρήσεις\r\nS-401;ΔΗΜΗΤΡΙΟΥ ΚΑΤΕΡΙΝΑ;Λάρισα;καλεί μετά τις 5\r\n"
             "S-402;Σπύρος Αναστασίου;Ηράκλειο;\r\n")
    assert decode_text(greek.encode("cp1253"), "syndromites.csv", "a roster") == greek.replace("\r\n", "\n")
    # not French, Icelandic, German, Turkish, Hebrew or Thai, each read as before
    for text, page in (("id,nom\n1,Hélène à Orléans\n", "cp1252"), ("id,nafn\n1,Þórður á Ísafirði\n", "cp1252"),
                       ("id,name\n1,Jürgen Müßig, «Straße» 5 €\n", "cp1252"),
                       ("Üye No;Adı Soyadı\nU-7;Işıl Doğru\n", "cp1254"),
                       ("שם,הערה\nרות לוי,אפשר להתקשר בצהריים\n", "cp1255"),
                       ("รหัสสมาชิก,ชื่อ-สกุล\nM-07,นางสมศรี ใจดี\n", "cp874")):
        assert decode_text(text.encode(page), "x.csv", "a roster") == text


def test_a_russian_excel_file_in_cp1251_whose_bytes_also_read_as_greek_reads_as_russian() -> None:
    from listenwell.ingest.decode import _greek, decode_text
    # cp1251's Cyrillic letters are nearly all Greek letters in cp1253 ("Ρςΰςσρ" for "Статус"): Greek
    # that is spelled as no Greek is (a final sigma inside a word, "ΰ" everywhere) is Russian
    russian = ("Список магазинов на 01.12.2026;;;\r\nКод магазина;ФИО владельца;Город;Состояние\r\n"
               "M-17;Иванова Ольга Петровна;Караганда;работает\r\nM-18;Сагинбаев Марат;Павлодар;закрыт\r\n"
               "M-19;Ким Виктория;Актобе;работает, просила звонить вечером\r\nВсего: 3;;;\r\n")
    data = russian.encode("cp1251")
    assert _greek(data)  # (the file this is about: its words all read as Greek letters)
    assert decode_text(data, "magaziny.csv", "a roster") == russian.replace("\r\n", "\n")
    # Greek in capitals, with no accents to tell it by, stays Greek
    greek = "Κωδικός;Ονοματεπώνυμο;Πόλη\r\nK-1;ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ;ΑΘΗΝΑ\r\nK-2;ΝΙΚΟΛΑΟΥ ΕΛΕΝΗ;ΠΑΤΡΑ\r\n"
    assert decode_text(greek.encode("cp1253"), "pelates.csv", "a roster") == greek.replace("\r\n", "\n")


@pytest.mark.parametrize("text", [
    "kennitala;nafn;bær\n1;Þórdís Guðmundsdóttir;Reykjavík\n2;Ýmir Aðalsteinsson;Höfn\n",
    "id,name,note\n7,Zoë Þorsteinsdóttir,Ærlig talt\n8,Žofie Nováková,ok\n",
])
def test_icelandic_in_cp1252_stays_icelandic(text: str) -> None:
    from listenwell.ingest.decode import decode_text
    assert decode_text(text.encode("cp1252"), "folk.csv", "a roster") == text


def _as_vietnamese_excel_writes(text: str) -> bytes:
    """cp1258 the way Vietnamese Excel saves it: a letter cp1258 lacks ("ố") as its base letter ("ô")
    and the tone as a combining mark after it."""
    import unicodedata
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += (base + tones).encode("cp1258")
    return out


def test_a_file_vietnamese_excel_saved_in_cp1258_reads_as_vietnamese_with_its_tones_composed() -> None:
    from listenwell.ingest.decode import decode_text
    vietnamese = ("Mã khách;Họ tên;Điện thoại;Ghi chú\r\nKH-12;Đặng Thị Nguyệt;0912 345 678;gọi sau 14h\r\n"
                  "KH-13;Trương Văn Hưởng;0987 654 321;không muốn được liên hệ\r\n")
    data = _as_vietnamese_excel_writes(vietnamese)
    assert "\u0323".encode("cp1258") in data  # (the dot below of "Đặng" written as a mark of its own)
    assert decode_text(data, "khachhang.csv", "a roster") == vietnamese.replace("\r\n", "\n")
    # not Italian, Portuguese, Icelandic, French or Turkish, whose ì ò Þ ã õ ð read in cp1258 as marks
    # after a consonant or as letters with no tone beside them
    for text, page in (("id;nome;nota\n1;Niccolò Ghirlandaio;però così, più tardi\n2;Lucìa;città\n", "cp1252"),
                       ("id,nome\n1,João Simões,São Tomé\n2,Conceição,ações\n", "cp1252"),
                       ("kennitala;nafn;bær\n1;Þórdís Guðmundsdóttir;Reykjavík\n2;Ýmir Aðalsteinsson;Höfn\n", "cp1252"),
                       ("id,nom\n1,Hélène à Orléans\n", "cp1252"), ("Üye No;Adı Soyadı\nU-7;Işıl Doğru\n", "cp1254")):
        assert decode_text(text.encode(page), "x.csv", "a roster") == text


def test_a_file_serbian_or_macedonian_excel_saved_in_cp1251_reads_as_cyrillic_not_as_central_european() -> None:
    # Serbian's ђ ј љ њ ћ џ and Macedonian's ѓ ќ ѕ are cp1251 bytes Russian lacks (80–9F, A3, BC–BE): read as
    # cp1250 the sheet was "ÁđîĽ đŕ÷óíŕ" for "Број рачуна", and cp1250 has no letter at all for ђ's byte
    from listenwell.ingest.decode import decode_text
    serbian = ("Преглед рачуна;;;\r\nБрој рачуна;Презиме и име;Општина;Белешка\r\n"
               "R-31;Ђурић Љиљана;Ћуприја;клијенткиња жели позив уторком\r\nR-32;Јаковљевић Његош;Књажевац;\r\n"
               "R-33;ЏАФЕРОВИЋ ЂОРЂЕ;Врњачка Бања;нови корисник\r\nСвега: 3 рачуна;;;\r\n")
    assert decode_text(serbian.encode("cp1251"), "racuni.csv", "a roster") == serbian.replace("\r\n", "\n")
    macedonian = "Шифра;Име;Град\r\nM-1;Ѓорѓи Ќосев;Скопје\r\nM-2;Ѕвонко Петрески;Кичево\r\nM-3;Јована Ѓурчинова;Штип\r\n"
    assert decode_text(macedonian.encode("cp1251"), "klienti.csv", "a roster") == macedonian.replace("\r\n", "\n")
    # (Czech and German with š ž Š Ž € — bytes Serbian's letters share — stay as they were)
    for text, encoding in (("Jméno;Obec\nŠárka Žůrková;Plzeň\nJiří Šťastný;Brno\n", "cp1250"),
                           ("id;Name;Preis\n1;Jürgen Müller;12 €\n2;Žofie Šimková;«ok»\n", "cp1252")):
        assert decode_text(text.encode(encoding), "x.csv", "a roster") == text


@pytest.mark.parametrize("text", [
    "ID klijenta;Ime i prezime;Grad;Napomena\r\nK-5;Đurđa Kovačević;Čačak;Ne želi pozive\r\nK-6;Ivan Šimić;Split;\r\n",
    # a roster of names alone, whose only such letter is the ć of "-ić"
    "id;prezime\r\n1;Petrović\r\n2;Marković\r\n3;Nikolić\r\n",
    # Slovenian: č š ž only
    "Šifra;Ime;Kraj\r\nS-1;Nataša Černe;Črnomelj\r\nS-2;Matjaž Kovač;Koper\r\n",
])
def test_a_file_serbian_croatian_or_slovenian_latin_in_cp1250_keeps_its_c_and_d_with_strokes(text: str) -> None:
    # their č ć đ Č Ć Đ are the bytes cp1252 reads as è æ ð È Æ Ð ("Ðurða Kovaèeviæ"); š ž are the same in both
    from listenwell.ingest.decode import decode_text
    assert decode_text(text.encode("cp1250"), "klijenti.csv", "a roster") == text.replace("\r\n", "\n")


@pytest.mark.parametrize("text", [
    "id;nom\n1;Hélène Brès;Sète\n2;Père Noël\n",  # French è beside é
    "id;navn;by\n1;Mads Bæk;Næstved\n2;Ida Kjær;Brædstrup\n",  # Danish æ alone, before consonants
    "id;nafn\n1;Guðrún Sigurðardóttir\n2;Ægir Þór\n",  # Icelandic ð beside ó á Þ
    "id;name;note\n1;Ærø Færgen;Straße\n",
    "id;nome;note\n1;Gino Rossi;non è interessato\n2;Lia Neri;è in ferie\n",  # Italian è, a word alone
    "id;nome;note\n1;Bar Caffè;cioè domani\n",  # or ending one
])
def test_western_text_with_the_letters_cp1250_reads_as_c_and_d_with_strokes_stays_western(text: str) -> None:
    from listenwell.ingest.decode import decode_text
    assert decode_text(text.encode("cp1252"), "x.csv", "a roster") == text

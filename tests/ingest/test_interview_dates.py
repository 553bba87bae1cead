"""When an interview happened, as its file says it: a head's date line in several languages,
a date in the title, a tool's date-and-time line, a VTT's note, or the file's name."""

from __future__ import annotations

import datetime as dt

import pytest

from listenwell.ingest import parse_transcript

TURNS = "Mira: How did the first week go?\nJon: Slowly, to be honest.\nMira: What slowed it?\nJon: The export.\n"


def read(text: str, name: str = "notes.txt"):
    return parse_transcript(text.encode(), name)


@pytest.mark.parametrize(("line", "day"), [
    ("Date: 3 June 2025", dt.date(2025, 6, 3)),
    ("Interview date: 2025-06-03", dt.date(2025, 6, 3)),
    ("Datum: 03.06.2025", dt.date(2025, 6, 3)),
    ("Data: 03/06/2025", dt.date(2025, 6, 3)),           # Portuguese writes the day first
    ("Fecha: 03/06/2025", dt.date(2025, 6, 3)),
    ("Data da entrevista: 3 de junho de 2025", dt.date(2025, 6, 3)),
    ("Date: 25/06/2025", dt.date(2025, 6, 25)),           # English, but only one way round
    ("Tanggal: 03/06/2025", dt.date(2025, 6, 3)),         # Indonesian, the day first
    ("Tanggal wawancara: 21 Agu 2025", dt.date(2025, 8, 21)),
    ("Ngày: 03/06/2025", dt.date(2025, 6, 3)),            # Vietnamese, the day first
    ("Ngày phỏng vấn: 03/06/2025 14:30", dt.date(2025, 6, 3)),
])
def test_a_date_line_in_the_head_is_the_interview_day(line: str, day: dt.date) -> None:
    t = read(f"Onboarding study - Jon\n{line}\n\n{TURNS}")
    assert t.date == day
    assert [s.name for s in t.speakers] == ["Mira", "Jon"]


def test_a_thai_transcript_its_speaker_names_and_its_buddhist_era_date() -> None:
    text = ("บันทึกการสัมภาษณ์\nวันที่: 04/09/2569\n\nพิมพ์ชนก: สวัสดีค่ะ ขอบคุณที่มาคุยกันนะคะ\n"
            "สุรเชษฐ์ วงศ์ใหญ่: ยินดีครับ\nพิมพ์ชนก: ช่วยเล่าให้ฟังหน่อยว่าใช้แอปครั้งแรกตอนไหนคะ\n"
            "สุรเชษฐ์ วงศ์ใหญ่: ประมาณปีที่แล้วครับ ตอนจ่ายค่าโทรศัพท์ครั้งแรก แล้วก็ใช้มาตลอดครับ\n")
    transcript = read(text, "samphat.txt")
    assert transcript.date == dt.date(2026, 9, 4)
    assert [s.name for s in transcript.speakers] == ["พิมพ์ชนก", "สุรเชษฐ์ วงศ์ใหญ่"]
    assert read("Date: 04/09/2569\n" + TURNS).date == dt.date(2026, 9, 4)  # (English writes it either way: one reads)


def test_a_persian_transcripts_solar_hijri_date_line_is_read_and_an_arabic_ones_is_not() -> None:
    text = ("یادداشت مصاحبه\nتاریخ: ۱۴۰۵/۰۷/۳۰\n\nنگار: سلام، ممنون که وقت گذاشتید.\n"
            "کامران: خواهش می\u200cکنم.\nنگار: از اولین خریدتان بگویید.\nکامران: پارسال بود.\n")
    assert read(text, "mosahebe.txt").date == dt.date(2026, 10, 22)
    # with no letter only Persian writes, a year-first date of 1448 is as likely lunar: not guessed
    arabic = "مقابلة\nالتاريخ: 1448/04/20\n\nسلمى: مرحبا.\nفهد: أهلا.\nسلمى: كيف كانت التجربة؟\nفهد: جيدة.\n"
    assert read(arabic, "moqabala.txt").date is None


def test_an_english_date_either_way_round_is_left_unread() -> None:
    assert read(f"Onboarding study\nDate: 06/07/2025\n\n{TURNS}").date is None


def test_a_date_in_the_title_or_on_a_line_of_its_own() -> None:
    assert read(f"Call with Jon Reyes, 4 Jun 2025\n\n{TURNS}").date == dt.date(2025, 6, 4)
    otter = ("Jon onboarding\nWed, Jun 4, 2025 9:15AM • 41:02\n\n"
             "Mira  0:02\nHow did the first week go?\n\nJon  0:09\nSlowly, to be honest.\n")
    assert read(otter).date == dt.date(2025, 6, 4)


def test_a_vietnamese_meet_date_line() -> None:
    # Google Meet in Vietnamese writes "7 thg 3, 2026" (the 7th of month 3)
    meet = ("Buổi trò chuyện với chị Hạnh - Transcript\n7 thg 3, 2026\nAttendees\nHạnh, Mira\nTranscript\n"
            "Mira: Chị dùng ứng dụng từ khi nào?\nHạnh: Từ đầu năm.\nMira: Vì sao?\nHạnh: Con tôi thích.\n")
    assert read(meet, "meet.txt").date == dt.date(2026, 3, 7)


def test_other_dates_in_a_head_are_not_the_interview_day() -> None:
    t = read(f"Onboarding study - Jon\nSigned up: 2024-01-10\nPlan: Team\n\n{TURNS}")
    assert t.date is None


def test_the_file_name_gives_the_day_when_the_file_does_not() -> None:
    vtt = ("WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nMira: How did the first week go?\n\n"
           "2\n00:00:05.000 --> 00:00:08.000\nJon: Slowly.\n")
    assert read(vtt, "GMT20250604-091500_Recording.transcript.vtt").date == dt.date(2025, 6, 4)
    assert read(vtt, "Jon onboarding 2025-06-05.vtt").date == dt.date(2025, 6, 5)
    assert read(vtt, "P1025_session.vtt").date is None
    # what the file says wins over its name (Zoom's name gives the day in GMT)
    assert read(f"Jon\nDate: 2025-06-03\n\n{TURNS}", "GMT20250604-001500_notes.txt").date == dt.date(2025, 6, 3)


def test_a_vtt_note_before_the_cues_gives_the_day() -> None:
    vtt = ("WEBVTT\n\nNOTE\nRecorded: 2025-06-02\n\n00:00:01.000 --> 00:00:04.000\n<v Mira>How did it go?</v>\n\n"
           "00:00:05.000 --> 00:00:08.000\n<v Jon>Slowly.</v>\n")
    assert read(vtt, "call.vtt").date == dt.date(2025, 6, 2)


@pytest.mark.parametrize("label", ["Notes (Mira)", "Notas", "Observações", "Notizen", "Observaciones (Ana)"])
def test_a_note_takers_line_under_the_turns_is_no_turn(label: str) -> None:
    t = read(f"{TURNS}\n{label}: keen on the export; ask about pricing next time.\n")
    assert [s.name for s in t.speakers] == ["Mira", "Jon"]
    assert len(t.segments) == 4 and "pricing" not in t.segments[-1].text


def test_a_zoom_name_gives_the_day_where_the_call_was_not_the_utc_day() -> None:
    from listenwell.ingest import zoom_local_day

    # (fixed offsets: a fresh machine may have no time-zone database) 23:05 UTC on 25 November is
    # 10:05 on the 26th in Melbourne (UTC+11 in summer), 18:05 on the 25th in New York (UTC-5)
    melbourne, new_york, los_angeles = (dt.timezone(dt.timedelta(hours=h)) for h in (11, -5, -8))
    name = "GMT20261125-230512_Recording.transcript.vtt"
    assert zoom_local_day(name, melbourne) == dt.date(2026, 11, 26)
    assert zoom_local_day(name, new_york) == dt.date(2026, 11, 25)
    assert zoom_local_day("GMT20260301-003000_Recording.vtt", los_angeles) == dt.date(2026, 2, 28)
    assert zoom_local_day("interview 2026-11-25.vtt") is None  # not Zoom's name: the day as written

"""Transcripts as meeting and transcription tools export them: a head above the turns
(title, date, attendees, a disclaimer), notices nobody said, times beside the name, and
display names with what the tool adds."""

from __future__ import annotations

import pytest

from listenwell.ingest import parse_transcript


def read(text: str):
    return parse_transcript(text.encode(), "export.txt")


def who(t):
    return [s.speaker for s in t.segments]


def test_meet_style_head_and_lone_times():
    t = read("Harbour app chat (2026-03-02 09:00 GMT) - Transcript\n"
             "Attendees\n"
             "Odile Marchetti, Ravi Chandran\n"
             "Transcript\n"
             "This transcript was made by a computer and may have errors.\n"
             "00:00:00\n"
             "\n"
             "Ravi Chandran: Thanks for joining. Where shall we start?\n"
             "Odile Marchetti: With the tide tables, I suppose.\n"
             "00:05:00\n"
             "Ravi Chandran: Tell me about the last time you checked them.\n"
             "Meeting ended after 00:06:10 👋\n")
    assert t.title == "Harbour app chat (2026-03-02 09:00 GMT) - Transcript"
    assert who(t) == ["Ravi Chandran", "Odile Marchetti", "Ravi Chandran"]
    assert t.segments[0].start == 0 and t.segments[2].start == 300
    assert all("Meeting ended" not in s.text and "Attendees" not in s.text for s in t.segments)
    # the call's length is the one Meet writes, and the turns keep their order in time
    assert t.duration == 370 and t.segments[1].start is None
    # without Meet's closing line the call lasts at least until its last time mark
    blocks = read("Ravi Chandran: Hello?\nOdile Marchetti: Hi.\n00:05:00\nRavi Chandran: Tell me more.\n"
                  "Odile Marchetti: Sure.\n00:12:00\nRavi Chandran: Thanks!\n")
    assert blocks.duration == 720 and [s.end for s in blocks.segments] == [None, None, None, 720, None]


def test_meets_closing_disclaimer_is_nobody_s_words():
    t = read("Ravi Chandran: Anything else?\n"
             "Odile Marchetti: No, that's all. Bye!\n"
             "Meeting ended after 00:21:04\n"
             "\n"
             "This editable transcript was computer generated and might contain errors. People can also "
             "change the text after it was created.\n")
    assert t.segments[-1].text == "No, that's all. Bye!" and t.duration == 21 * 60 + 4


def test_teams_word_download_saved_as_text():
    t = read("Harbour app research - Odile\n"
             "March 2, 2026, 9:00AM\n"
             "14m 5s\n"
             "\n"
             "Ravi Chandran started transcription\n"
             "\n"
             "Ravi Chandran   0:03\n"
             "Can you hear me all right?\n"
             "\n"
             "+33 6 12 34 56 78   0:07\n"
             "Yes, I am on the boat, the signal comes and goes.\n"
             "\n"
             "Ravi Chandran stopped transcription\n")
    assert t.format == "otter" and t.title == "Harbour app research - Odile"
    assert who(t) == ["Ravi Chandran", "+33 6 12 34 56 78"]
    assert t.segments[1].start == 7
    assert "stopped transcription" not in t.segments[1].text


def test_rev_names_with_times_in_brackets():
    t = read("Ravi (00:00:02):\nShall we begin?\n\nOdile M (00:00:09):\nYes, go on.\n")
    assert who(t) == ["Ravi", "Odile M"] and t.segments[1].start == 9


def test_a_rev_export_is_reported_as_rev_not_otter():
    # Rev's text export and the lines of its Word download: the vendor, for an audit of sources
    as_text = read("Kiosk study, call 3\n\nSpeaker 1 (00:00:03):\nWhere do you collect orders?\n\n"
                   "Speaker 2 (00:00:08):\nAt the locker, mostly.\n")
    as_word_lines = read("Marit Olsen: (00:02)\nHow did the pickup go?\nJonas Berg: (00:06)\nSlowly.\n")
    assert (as_text.format, as_word_lines.format) == ("rev", "rev")
    assert who(as_word_lines) == ["Marit Olsen", "Jonas Berg"]
    otter = read("Marit Olsen  0:02\nHow did the pickup go?\n\nJonas Berg  0:06\nSlowly.\n")
    assert otter.format == "otter"


def test_notetaker_time_after_the_name():
    t = read("Harbour interview\n\nRavi Chandran (00:04): Welcome back.\n"
             "odile@harbour.example (00:11): Glad to be here.\n")
    assert who(t) == ["Ravi Chandran", "odile@harbour.example"]
    assert [s.start for s in t.segments] == [4, 11]


def test_typed_notes_with_fields_above():
    t = read("Pilot of guide v2 (not a real session)\n"
             "Date: 2026-03-01\n"
             "Interviewer: Ravi\n"
             "\n"
             "Ravi: Pretend you have never used the app.\n"
             "Ines: Fine. I open it and...\n")
    assert who(t) == ["Ravi", "Ines"]
    assert t.title == "Pilot of guide v2 (not a real session)"


def test_interviewer_and_participant_as_speaker_labels_stay_speakers():
    t = read("Interviewer: How do you plan a trip?\nParticipant: With a paper chart.\n"
             "Interviewer: Always?\nParticipant: Mostly.\n")
    assert who(t) == ["Interviewer", "Participant", "Interviewer", "Participant"]


@pytest.mark.parametrize("name", [
    "Odile Marchetti (she/her)", "Odile Marchetti (Guest)", "Odile Marchetti | Harbour Co",
    "Odile's iPad", "Quay Office - Meeting Room 2", "odile@harbour.example",
])
def test_display_names_as_zoom_writes_them(name):
    t = parse_transcript(f"WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nRavi Chandran: Hello?\n\n"
                         f"2\n00:00:03.500 --> 00:00:06.000\n{name}: Hello, yes.\n".encode(), "z.vtt")
    assert who(t) == ["Ravi Chandran", name]


@pytest.mark.parametrize("line", [
    "Well - you know: it was hard.",      # prose with a dash is not a room
    "Here is my answer (honestly): no.",
])
def test_prose_with_a_colon_continues_the_turn(line):
    t = read(f"Ravi: What happened?\nOdile: I lost the chart.\n{line}\n")
    assert who(t) == ["Ravi", "Odile"] and line in t.segments[1].text


def test_a_form_head_with_a_rule_and_a_foot():
    t = read("HARBOUR APP - INTERVIEW NOTES\n"
             "=====================\n"
             "\n"
             "Participant:   Odile Marchetti (skipper, Plus plan) - Brest\n"
             "Consent:       verbal, notes only\n"
             "Date:          2 March 2026\n"
             "---------------------\n"
             "\n"
             "Q: How do you plan a crossing?\n"
             "A: Tide tables first.\n"
             "Q: Then?\n"
             "A: The weather.\n"
             "---\n"
             "Follow-up: send the voucher.\n"
             "[end of call, about 20 min]\n")
    assert t.title == "HARBOUR APP - INTERVIEW NOTES"
    assert t.said_participants == ["Odile Marchetti"]
    assert who(t) == ["Q", "A", "Q", "A"]
    assert t.segments[-1].text == "The weather."


def test_a_head_names_two_participants():
    t = read("Home visit\nParticipants: Odile Marchetti & Yann Le Goff\n\n"
             "Ravi: Thanks both.\nOdile: Welcome.\nYann: Coffee?\nRavi: Please.\n")
    assert t.said_participants == ["Odile Marchetti", "Yann Le Goff"]


def test_a_stamped_name_need_not_be_capitalised():
    t = read("[00:00:02] Ravi Chandran: Ready?\n[00:00:05] odile: Ready.\n")
    assert who(t) == ["Ravi Chandran", "odile"]


def test_caption_cues_without_a_name_go_on_with_the_speaker():
    t = parse_transcript(b"1\n00:00:01,000 --> 00:00:03,000\nRAVI: Where do you\n\n"
                         b"2\n00:00:03,100 --> 00:00:05,000\nsail most weeks?\n\n"
                         b"3\n00:00:05,500 --> 00:00:08,000\nODILE: Around Ushant.\n", "c.srt")
    assert who(t) == ["RAVI", "ODILE"] and t.segments[0].text == "Where do you sail most weeks?"


def test_a_phone_number_as_a_speaker_label():
    t = parse_transcript(b"WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nRavi Chandran: Hello?\n\n"
                         b"2\n00:00:03.500 --> 00:00:06.000\n+33 6 12-34-56-78: Hello, yes.\n", "p.vtt")
    assert who(t) == ["Ravi Chandran", "+33 6 12-34-56-78"]


def test_webex_names_the_speaker_in_the_cue_identifier():
    t = parse_transcript(b'WEBVTT\n\n1 "Ravi Chandran" (3407861504)\n00:00:01.000 --> 00:00:03.000\n'
                         b'Can you hear me?\n\n2 "Call-in User_2" (3407865600)\n00:00:03.500 --> 00:00:06.000\n'
                         b"Yes, it's Odile.\n", "w.vtt")
    assert who(t) == ["Ravi Chandran", "Call-in User_2"]


def test_whisperx_bracketed_speaker_labels():
    t = parse_transcript(b"WEBVTT\n\n00:00.000 --> 00:04.520\n[SPEAKER_00]: Ready?\n\n"
                         b"00:05.000 --> 00:07.000\n[SPEAKER_01]: Ready.\n", "x.vtt")
    assert who(t) == ["SPEAKER_00", "SPEAKER_01"]


def test_word_transcribe_puts_the_time_before_the_name():
    t = read("Harbour call 0409.m4a\nTranscript\n\n00:00:00 Speaker 1\nReady when you are.\n\n"
             "00:00:04 Speaker 2\nReady.\n10:30 was when the ferry left.\n")
    assert who(t) == ["Speaker 1", "Speaker 2"] and t.segments[1].start == 4
    assert t.segments[1].text == "Ready. 10:30 was when the ferry left."  # a time in prose is not a name


def test_a_markdown_page_with_notes_above_its_transcript():
    notes = "\n".join(f"- finding {i}" for i in range(20))  # a summary longer than a head
    t = read(f"# Interview: Odile Marchetti\n\nParticipant: Odile Marchetti\nTags: tides\n\n## Summary\n\n"
             f"{notes}\n\n## Transcript (tidied)\n\n**Ravi:** How do you plan a crossing?\n\n"
             "**Odile**: Tide tables first.\n")
    assert who(t) == ["Ravi", "Odile"] and t.segments[1].text == "Tide tables first."
    assert t.title == "Interview: Odile Marchetti" and t.said_participants == ["Odile Marchetti"]


def test_fireflies_names_with_the_time_underneath():
    t = read("Harbour call - Mar 2\nParticipants: Ravi Chandran, +33 6 12 34 56 78\n\nTranscript\n\n"
             "Ravi Chandran\n00:00\nCan you hear me?\n\n+33 6 12 34 56 78\n00:05\nYes, on the boat.\n\n"
             "Ravi Chandran\n00:09\nGood.\n\n+33 6 12 34 56 78\n00:12\nGo on.\n")
    assert who(t) == ["Ravi Chandran", "+33 6 12 34 56 78"] * 2 and t.segments[1].start == 5


def test_fathom_and_zoom_saved_captions():
    fathom = read("Harbour call\nVIEW RECORDING - 12 mins\n\n---\n\n0:00 - Ravi Chandran (Harbour Co)\n"
                  "  Ready?\n\n0:06 - Quay Office - Room 2\n  Ready.\n")
    assert who(fathom) == ["Ravi Chandran (Harbour Co)", "Quay Office - Room 2"] and fathom.segments[1].start == 6
    happy = read("[00:00:00.00] - Ravi Chandran\nReady?\n\n[00:00:04.12] - Odile\nReady.\n")
    assert who(happy) == ["Ravi Chandran", "Odile"] and happy.segments[1].start == 4.12
    zoom = read("[Ravi Chandran] 15:04:12\nReady?\n\n[33******5678] 15:04:17\nReady.\n")
    assert who(zoom) == ["Ravi Chandran", "33******5678"]  # a dial-in's number, masked


def test_otter_with_timestamps_turned_off():
    t = read("Ravi Chandran\nHow do you plan a crossing?\n\nSpeaker 2\nTide tables first.\n\n"
             "Ravi Chandran\nThen?\n\nSpeaker 2\nThe weather. Always the weather.\n")
    assert who(t) == ["Ravi Chandran", "Speaker 2"] * 2 and t.segments[0].start is None


def test_a_table_of_turns():
    nvivo = read("Timespan\tContent\tSpeaker\n0:00:00.0 - 0:00:04.5\tReady?\tRavi\n"
                 "0:00:04.5 - 0:00:09.0\tReady, go on.\tOdile\n")
    assert nvivo.format == "table" and who(nvivo) == ["Ravi", "Odile"]
    assert (nvivo.segments[1].start, nvivo.segments[1].end) == (4.5, 9.0)
    rows = read('speaker,text,start\nRavi,"Ready, then?",0:01\nOdile,Yes.,0:04\n')
    assert who(rows) == ["Ravi", "Odile"] and rows.segments[0].text == "Ready, then?"


def test_a_table_row_short_of_cells_names_its_line():
    from listenwell.domain import InputError
    with pytest.raises(InputError) as err:
        read("speaker\ttext\nRavi\tReady?\nOdile\n")
    assert err.value.line == 3


def test_youtube_captions():
    named = parse_transcript(b"0:00:00.000,0:00:02.000\nRAVI: Ready?\n\n0:00:02.500,0:00:04.000\n"
                             b"ODILE: Ready.\n", "c.sbv")
    assert named.format == "sbv" and who(named) == ["RAVI", "ODILE"]
    marked = parse_transcript(b"0:00:00.000,0:00:02.000\n>> ready when you\n\n0:00:02.000,0:00:03.000\n"
                              b"are\n\n0:00:03.500,0:00:05.000\n>> ready\n", "a.sbv")
    assert who(marked) == ["Speaker 1", "Speaker 2"] and marked.segments[0].text == "ready when you are"


def test_f4transkript_marks_and_a_german_head():
    t = read("Kundeninterview 05\nBefragte: Odile Marchetti (Skipperin) – Interviewer: Ravi – 02.03.2026\n\n"
             "I: Wie planen Sie eine Überfahrt? #00:00:04-2#\n\nB: Zuerst die Gezeiten. #00:00:09-8#\n")
    assert who(t) == ["I", "B"] and t.said_participants == ["Odile Marchetti"]
    assert t.segments[1].text == "Zuerst die Gezeiten."
    assert (t.segments[0].start, t.segments[0].end, t.segments[1].start) == (0.0, 4.2, 4.2)


def test_text_without_speaker_names_says_what_is_missing():
    from listenwell.domain import InputError
    with pytest.raises(InputError, match="no speaker names found"):
        read("Hi, do you have a minute? I am with the harbour app, over at the booth there.\n\n"
             "Sure, why not. I sail most weekends, mostly around the bay and the islands.\n\n"
             "Great. How do you plan a crossing, usually, when the weather is uncertain?\n")


def test_names_in_scripts_without_capitals():
    t = read("Hana Kobayashi: 自己紹介をお願いします。\n中村愛子: インストラクターの中村です。\n"
             "Hana Kobayashi: ありがとうございます。\n")
    assert who(t) == ["Hana Kobayashi", "中村愛子", "Hana Kobayashi"]


def test_a_phone_number_without_a_plus():
    t = parse_transcript(b"WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nRavi Chandran: Hello?\n\n"
                         b"2\n00:00:03.500 --> 00:00:06.000\n33612345678: Hello, yes.\n", "p.vtt")
    assert who(t) == ["Ravi Chandran", "33612345678"]


def test_a_line_saying_transcript_inside_the_talk_is_not_a_heading():
    t = read("Ravi: Shall I send you the notes?\nOdile: Yes.\nTranscript\nRavi: I will.\nOdile: Thanks.\n")
    assert who(t)[:2] == ["Ravi", "Odile"] and len(t.segments) == 4


@pytest.mark.parametrize(("data", "line", "words"), [
    (b"speaker,text,start\nRavi,Ready?,soon\n", 2, "not a time code"),
    (b"Timespan\tContent\tSpeaker\nlater\tReady?\tRavi\n", 2, "time span"),
    (b"0:00:00.000,0:00:02.000\nready\n\nnot a timing\nready\n", 4, "caption timing"),
])
def test_broken_tables_and_captions_name_the_line(data, line, words):
    from listenwell.domain import InputError
    with pytest.raises(InputError) as err:
        parse_transcript(data, "bad.file")
    assert err.value.line == line and words in str(err.value)


def test_otter_head_with_its_date_line_and_keywords():
    t = read("Harbour review\nTue, Mar 12, 2024 4:15PM • 14:38\n\nSUMMARY KEYWORDS\ntides, charts\n\n"
             "SPEAKERS\nRavi Chandran, Speaker 2\n\nRavi Chandran  0:03\nReady?\n\nSpeaker 2  0:11\nReady.\n")
    assert who(t) == ["Ravi Chandran", "Speaker 2"] and t.title == "Harbour review"


def test_a_surname_first_label_and_a_head_email():
    t = read("Participant: O.M. (odile.m@harbour.example)\n\nRavi: Ready?\nMarchetti, Odile: Ready.\n"
             "Ravi: Go on.\nMarchetti, Odile: The tides.\n")
    assert who(t)[:2] == ["Ravi", "Marchetti, Odile"] and "odile.m@harbour.example" in t.said_participants


def test_a_hungarian_head_and_a_note_on_the_labels():
    t = read("ÜGYFÉLINTERJÚ JEGYZET\nDátum: 2026. március 3.\nKérdező: Varga Dóra\n"
             "Interjúalany: Fekete Zsolt – Tihanyi Apartman\nJelölés: K = kérdés, V = válasz.\n\n"
             "K: Mióta adják ki a lakást?\nV: 2020 óta.\nK: És mire használja az appot?\nV: A naptárra.\n")
    assert who(t) == ["K", "V", "K", "V"] and t.said_participants == ["Fekete Zsolt"]
    assert "Jelölés" in t.head and t.title == "ÜGYFÉLINTERJÚ JEGYZET"


def test_a_name_with_an_ampersand():
    # a shop's account, a couple on one login; "Q & A:" stays a heading's words
    vtt = parse_transcript(b"WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nRavi: Who is on the call?\n\n"
                           b"2\n00:00:03.500 --> 00:00:06.000\nKiln & Co Pottery: Just me.\n", "call.vtt")
    assert who(vtt) == ["Ravi", "Kiln & Co Pottery"]
    text = read("Ravi: Who is on?\nGeoff & Nell: Both of us.\nRavi: Thanks.\nQ & A: we ran out of time.\n")
    assert who(text) == ["Ravi", "Geoff & Nell", "Ravi"] and text.segments[-1].text.endswith("out of time.")


def test_names_typed_without_capitals():
    t = read("## call notes\nparticipant: Ines Varga\ndate: 2026-10-14\n---\n\n"
             "dana: Thanks for taking the call. How did the week go?\nines: Busy.\n"
             "dana: What happened first?\nines: The van broke down.\n")
    assert who(t) == ["Dana", "Ines", "Dana", "Ines"] and t.said_participants == ["Ines Varga"]
    # one lower-case label in prose is not a speaker
    prose = read("Ravi: What did you note?\nOdile: Two things.\nnote: the second was about fees, really.\n")
    assert who(prose) == ["Ravi", "Odile"]


def test_long_names_initials_with_a_slash_and_the_time_after_the_colon():
    t = read("Ravi Menon: [00:00:01] Thanks for joining. What do you teach?\n\n"
             "Jose Luis De La Cruz Morales: [00:00:09] Wheel throwing, two evenings a week.\n\n"
             "Ravi Menon: [00:00:24] How do students book?\n\n"
             "Eleni G/Medhin: [00:00:30] Through the app, mostly.\n")
    assert who(t) == ["Ravi Menon", "Jose Luis De La Cruz Morales", "Ravi Menon", "Eleni G/Medhin"]
    assert [s.start for s in t.segments] == [1.0, 9.0, 24.0, 30.0] and t.segments[1].text.startswith("Wheel")


def test_head_fields_with_a_time_are_not_speakers():
    t = read("Project: Inspector study\nDate: 22.09.2026\nDuration: 00:27:40\nInterviewer: Rui (I)\n"
             "Interviewee: Kasia Wisniewska (KW)\n\nI: Thank you for the time. #00:00:03-1#\n\n"
             "KW: No problem. #00:00:07-4#\n")
    assert who(t) == ["I", "KW"] and t.said_participants == ["Kasia Wisniewska"]
    de = read("Nutzerinterviews Runde 2\nTeilnehmende: TN-07\nDatum: 19.03.2026, 17:30\nInterview: Simone\n"
              "-----\n\nSimone: Hallo Ngozi, passt es dir?\nNgozi: Ja, alles gut.\n")
    assert who(de) == ["Simone", "Ngozi"] and de.said_participants == ["TN-07"]


def test_a_room_with_its_floor_and_a_time_in_brackets_after_the_name():
    t = read("Patrícia Moura: Boa tarde! Tá me ouvindo?\nSala Ipiranga - 4º andar: Boa tarde, Patrícia.\n"
             "Patrícia Moura: Posso gravar?\nSala Ipiranga - 4º andar: Pode, claro.\n")
    assert who(t) == ["Patrícia Moura", "Sala Ipiranga - 4º andar"] * 2
    prose = read("Ravi: How did it go?\nOdile: Fine - well, mostly: the fees hurt.\n")
    assert who(prose) == ["Ravi", "Odile"]
    pl = read("Ola [0:02]: Dzień dobry, czy teraz pasuje?\n+48 512 334 901 [0:10]: Tak, dzień dobry.\n"
              "Ola [0:19]: Nagrywam rozmowę, zgadza się pani?\n+48 512 334 901 [0:24]: Tak, proszę.\n")
    assert who(pl) == ["Ola", "+48 512 334 901"] * 2 and [s.start for s in pl.segments] == [2.0, 10.0, 19.0, 24.0]


def test_a_polish_head():
    t = read("=== wywiady runda 2 ===\nNr: 11 | 2026-10-22 | telefon\nOsoba: Oksana K. (zapis z rekrutacji), prowadzi: Ola\n"
             "==========\n\nOla [0:02]: Dzień dobry, czy teraz pasuje?\n+48 512 334 901 [0:10]: Tak.\n")
    assert t.said_participants == ["Oksana K."] and who(t) == ["Ola", "+48 512 334 901"]


def test_a_label_the_name_rules_miss_that_begins_several_lines_is_a_speaker():
    room = "Dra. María José de la Cruz Morales y Gasset (CEO, Grupo Cruz)"
    t = read(f"Rui Carvalho: Can you hear me?\n{room}: Yes, it is only me.\nRui Carvalho: How do you book?\n"
             f"{room}: By phone, mostly.\nRui Carvalho: And then?\n{room}: Then the app.\n")
    assert who(t) == ["Rui Carvalho", room] * 3
    # said once in a turn, it stays part of the turn
    once = read("Ravi: What did the sign say?\nOdile: It said:\nOpening hours until further notice: closed.\n")
    assert who(once) == ["Ravi", "Odile"]


def test_an_unusual_name_in_captions_is_a_speaker_too():
    who_ = "Dra. María José de la Cruz Morales y Gasset (CEO, Grupo Cruz)"
    cues = "".join(f"{i}\n00:00:0{i},000 --> 00:00:0{i},900\n{'Rui: A question?' if i % 2 else who_ + ': An answer.'}\n\n"
                   for i in range(1, 7))
    t = parse_transcript(cues.encode(), "call.srt")
    assert who(t) == ["Rui", who_] * 3
    vtt = parse_transcript(("WEBVTT\n\n" + cues.replace(",000", ".000").replace(",900", ".900")).encode(), "call.vtt")
    assert who(vtt) == ["Rui", who_] * 3


def test_a_speaker_line_whose_name_does_not_look_like_one():
    # a handle, and a long name with a title, pronouns and a company, each coming back
    otter = read("Jo Marsh  0:00\nWho have I got?\n\ngutterguru88  0:06\nIt's Nate.\n\nJo Marsh  0:10\nThanks.\n\n"
                 "gutterguru88  0:12\nNo bother.\n\nJo Marsh  0:15\nAnd then?\n\ngutterguru88  0:18\nGutters.\n")
    assert who(otter) == ["Jo Marsh", "gutterguru88"] * 3
    long = "Dr. Jose Luis Garcia de la Fuente (he/him) | Picos Guías & Rutas"
    fathom = read("".join(f"0:0{i} - {'Hannah (Ridgeline)' if i % 2 == 0 else long}\n  Line {i}.\n\n" for i in range(6)))
    assert who(fathom) == ["Hannah (Ridgeline)", long] * 3


def test_a_head_field_with_the_label_its_speaker_has_below():
    t = read("Interview: INT07\nRespondent (B): Fatima Zahra El Idrissi, Atlas Treks\n\n"
             "I: How do you book? #00:00:03-1#\n\nB: By phone. #00:00:07-4#\n")
    assert t.said_participants[0] == "Fatima Zahra El Idrissi"


def test_a_roster_given_as_a_transcript_is_named_as_one():
    from listenwell.domain import InputError
    with pytest.raises(InputError, match=r"looks like a table of people \(a roster\?\).*`listenwell participants import`"):
        read("member_id;full_name;phone;hives;joined\nB-01;Ada Kerr;0161 555 0101;4;2019-03-02\n"
             "B-02;Bo Lind;0161 555 0102;12;2021-07-15\nB-03;Cy Moss;0161 555 0103;1;2026-01-09\n")


def test_an_otter_date_line_with_the_recording_s_length_in_minutes_gives_the_day():
    import datetime as dt

    t = read("Pharmacy line call - Grace Okafor\nDec 3, 2026  2:40PM  31min 5s\n\n"
             "Ravi Chandran  0:00\nThanks for joining.\n\nGrace Okafor  0:06\nHappy to.\n")
    assert t.date == dt.date(2026, 12, 3)

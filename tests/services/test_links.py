"""Which roster people an imported transcript is with: the link `recruit coverage` counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from listenwell.workspace import Workspace

ROSTER = """id,First name,Last name,Email,Plan
R1,Kwame,Asante,kwame@depot.example,Pro
R2,Sam,Whitcombe,,Free
R3,Sam,Oduya,,Pro
R4,Tomasz,Zielinski,,Free
R5,Agnieszka,Zielinska,aga@deli.example,Free
R6,Ines,Varga,ines@varga.example,Pro
R7,Helga,Brandt,,Free
"""


@pytest.fixture
def study_with(ws: Workspace, tmp_path: Path):
    """A study with this roster; returns what imports a transcript and says who it is with."""
    def make(roster_csv: str, slug: str):
        ws.create_study(slug.title(), slug=slug)
        roster = tmp_path / f"{slug}.csv"
        roster.write_text(roster_csv)
        ws.import_roster(roster, slug)

        def imported(name: str, text: str) -> list[str]:
            path = tmp_path / name
            path.write_text(text)
            [outcome] = ws.import_transcripts([path], slug)
            return sorted(outcome.interview.participants)

        return imported

    return make


@pytest.fixture
def linking(study_with):
    return study_with(ROSTER, "depot")


def test_a_phone_speaker_who_says_who_they_are(linking):
    text = ("Depot research call\nOctober 2, 2026, 10:00AM\n11m 2s\n\n"
            "Lise Moreau   0:02\nHello, who do I have on the line?\n\n"
            "+44 7700 900111   0:05\nHi, it's Kwame, from the north depot.\n\n"
            "Lise Moreau   0:09\nThanks Kwame. How did last week go?\n\n"
            "+44 7700 900111   0:15\nBusy. We ran out of pallets twice.\n")
    assert linking("call.txt", text) == ["R1"]


def test_anonymous_speakers_and_an_id_in_the_file_name(linking):
    text = ("Speaker 1  0:01\nShall we start? What did you do first today?\n\n"
            "Speaker 2  0:06\nChecked the van list, like every day.\n\n"
            "Speaker 1  0:11\nWhat happened next?\n\nSpeaker 2  0:14\nThe usual chaos.\n")
    assert linking("r-7 session.txt", text) == ["R7"]


def test_a_pilot_with_a_colleague_links_nobody(linking):
    text = ("Dry run of the guide, with Tom from support\n\n"
            "Lise: Pretend you run a depot. What did you do this morning?\n"
            "Tom: Counted pallets, I suppose.\nLise: Thanks Tom.\n")
    assert linking("pilot.txt", text) == []  # "Tom" is not Tomasz


def test_a_name_two_people_share_links_nobody(linking):
    text = "Lise: Hi Sam, how is the depot?\nSam: Fine. Busy.\nLise: What was busy?\nSam: Pallets.\n"
    assert linking("sam.txt", text) == []


def test_a_couple_and_a_name_from_a_mailbox(linking):
    text = ("Lise: Thanks for doing this together.\nTomasz: No problem.\n"
            "Aga: I do the paperwork.\nLise: Tell me about the paperwork.\nAga: Invoices, mostly.\n")
    assert linking("couple.txt", text) == ["R4", "R5"]


def test_someone_mentioned_is_not_someone_interviewed(linking):
    text = ("Lise: Hi Helga, thanks for joining.\n"
            "Helga Brandt (Guest): Hello. Ines Varga told me about this study.\n"
            "Lise: What did Ines say?\nHelga Brandt (Guest): That it is short.\n")
    assert linking("helga.txt", text) == ["R7"]


def test_a_form_head_names_who_was_interviewed(linking):
    text = ("DEPOT TOOLS - INTERVIEW NOTES\nParticipant:   Helga Brandt (night shift)\n"
            "Interviewer:   Lise\n-----\n\nQ: What did you do first tonight?\nA: The van list.\n"
            "Q: And then?\nA: Pallets.\n")
    assert linking("notes-09.txt", text) == ["R7"]


def test_one_room_two_people_saying_who_they_are(linking):
    text = ("Lise Moreau: Good morning, is it both of you in the room?\n"
            "Depot Office - Room 2: Yes. It's Kwame Asante, and next to me is Ines Varga.\n"
            "Lise Moreau: What does a normal morning look like?\n"
            "Depot Office - Room 2: Ines here. Chaos, mostly.\n")
    assert linking("room.txt", text) == ["R1", "R6"]


@pytest.mark.parametrize("room", ["Northgate Depot Library", "Depot Staff Lounge", "Training Lab"])
def test_a_room_named_for_where_it_is_is_who_says_they_are_in_it(linking, room):
    # a shared meeting device named after the room it sits in, not a person: after a yes to the
    # recording, the person says who she is in passing
    said = (f"Lise Moreau: Thanks for joining from there. Is it OK if I record this?\n"
            f"{room}: Sure, that's fine. It's Helga, by the way, I run the night shift here.\n"
            f"Lise Moreau: What did you do first tonight?\n{room}: The van list, as always.\n")
    assert linking(f"{room} call.txt", said) == ["R7"]


def test_a_surname_is_not_taken_for_a_room(linking):
    # a person not on the roster, whom the interviewer greets by the wrong name
    said = ("Lise: Hi Helga, thanks for joining.\nMaud Hall: Hello, thanks for having me.\n"
            "Lise: What do you do first?\nMaud Hall: The van list.\n")
    assert linking("cover call.txt", said) == []


def test_a_guessed_speaker_name_against_the_file_name(linking):
    # Otter guessed the voice as Tomasz; the file and the call say Helga
    said = ("Lise Moreau  0:01\nHi Helga, thanks for making time.\n\n"
            "Tomasz Zielinski  0:05\nHello. I'm Helga, I run the night shift.\n\n"
            "Lise Moreau  0:09\nWhat did you do first tonight?\n\n"
            "Tomasz Zielinski  0:12\nThe van list.\n")
    assert linking("Helga Brandt - night shift.txt", said) == ["R7"]
    # the file says one person, the speaker another, and nothing said settles it: nobody
    unsure = said.replace("Hi Helga, thanks", "Thanks").replace("I'm Helga, I run", "I run")
    assert linking("Helga Brandt - call 2.txt", unsure) == []


def test_a_first_name_in_the_file_name_does_not_overrule_a_speaker(linking):
    said = ("Lise: What did you do first tonight?\nHelga Brandt (Guest): The van list.\n"
            "Lise: And then?\nHelga Brandt (Guest): Pallets.\n")
    assert linking("Night shift call - notes by Kwame.txt", said) == ["R7"]  # Kwame took notes


def test_someone_on_anothers_laptop_is_not_them(linking):
    said = ("Lise: Hi Helga, thanks for joining.\n"
            "Helga Brandt: Hi. Small confession: this isn't Helga, I'm her husband, Piet.\n"
            "Lise: Oh, welcome Piet. What do you do at the depot?\nHelga Brandt: The vans, mostly.\n")
    assert linking("Helga Brandt - night shift 2.txt", said) == []


def test_a_file_named_after_someone_else_than_the_named_speaker(linking):
    said = ("Lise: Thanks for standing in.\nMarta Kowal: No problem, I keep Ines's books.\n"
            "Lise: What does Ines use?\nMarta Kowal: Spreadsheets.\n")
    assert linking("Interview - Ines Varga - books.txt", said) == []  # only her bookkeeper came


@pytest.mark.parametrize("name, title", [
    ("practice_run_Kwame_Asante.txt", "Interview with Kwame Asante"),
    ("kwame-asante.txt", "MOCK INTERVIEW (interviewer training): Kwame Asante"),
    ("Kwame Asante - role-play.txt", "Kwame Asante"),
    ("guide rehearsal R1.txt", "Kwame Asante"),
])
def test_a_rehearsal_links_nobody(linking, name, title):
    # a colleague plays the participant from their screener: nobody was interviewed
    text = (f"{title}\n\nLise: Stay in character. Hi Kwame, how was the depot this week?\n"
            "Kwame: Busy. We ran out of pallets twice.\nLise: What happened next?\n"
            "Kwame: We borrowed some from the bakery next door.\n")
    assert linking(name, text) == []


def test_an_interview_named_after_practice_is_still_linked(linking):
    text = ("Lise: Hi Kwame, how was the depot this week?\n"
            "Kwame: Busy. We ran out of pallets twice.\nLise: What happened next?\n")
    assert linking("Kwame - dental practice software.txt", text) == ["R1"]


def test_a_shop_account_and_what_its_speaker_says(study_with):
    imported = study_with("id,name,shop\nK1,Rafael Duarte,Kiln & Co Pottery\nK2,Mirela Voss,Glaze Street\n",
                          "makers")
    vtt = ("WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nLise Moreau: Hi, can you hear me? What do you sell?\n\n"
           "2\n00:00:05.000 --> 00:00:09.000\nKiln & Co Pottery: Rafa here, I'm on the shop's account. Mugs, mostly.\n\n"
           "3\n00:00:10.000 --> 00:00:12.000\nLise Moreau: How do you price them?\n")
    assert imported("kiln.vtt", vtt) == ["K1"]
    # someone else on the shop's account says who they are: not Rafael
    assert imported("kiln2.vtt", vtt.replace("Rafa here", "Hi, I'm Dominik, I help out")) == []


def test_a_pseudonymised_transcript_is_linked_by_id_only(linking):
    text = ("Intercept interview, pop-up shop\nTranscript pseudonymised: names have been replaced.\n\n"
            "Lise: Hi Ines, thanks for stopping. Have you used the app?\nInes: Once or twice.\n"
            "Lise: What did you use it for?\nInes: Checking opening hours.\n")
    assert linking("intercept.txt", text) == []  # "Ines" is a pseudonym, not Ines Varga
    assert linking("r6 intercept.txt", text.replace("shop\n", "shop.\n")) == ["R6"]


def test_a_guest_list_and_a_short_form_speaker(study_with):
    imported = study_with("id,name,email\nC1,Chiamaka Obi,chiamaka@second.example\nC2,Luis Ferreira,luis@f.example\n"
                          "C3,Kwabena Asante,kwabena@up.example\nC4,Chidi Okafor,\n", "sellers")
    text = ("Sellers roundtable\nGuests: chiamaka@second.example, luis@f.example, kwabena@up.example\n\n"
            "Lise: Thanks for coming. Kwabena can't make it today.\nChi: Hi all.\nLuis: Hello.\n"
            "Lise: What did you each do first this morning?\nChi: Opened the shop.\nLuis: Packed orders.\n")
    # "Chi" could be Chiamaka or Chidi; the guest list says Chiamaka, and Kwabena did not come
    assert imported("roundtable.txt", text) == ["C1", "C2"]


def test_an_unnamed_speaker_who_reads_out_their_email(linking):
    text = ("Speaker 1  0:01\nThanks for doing this. Where should I send the voucher?\n\n"
            "Speaker 2  0:05\nSame address you emailed me on: ines at varga dot example.\n\n"
            "Speaker 1  0:11\nPerfect. What did you do first today?\n\nSpeaker 2  0:14\nOpened the stall.\n")
    assert linking("aftercare.txt", text) == ["R6"]


def test_typed_notes_with_role_labels_link_by_the_id_in_the_head(study_with):
    # the study's own word for the person ("Tutor:") is a role, not a name; the head's
    # "<role> ID:" field gives their roster id
    imported = study_with("Tutor ID,Name,City\nTU-7,Ravi Menon,Pune\nTU-9,Asha Iyer,Goa\n", "tutors")
    text = ("Phone call, evening\nTutor ID: TU-9\n\n"
            "Interviewer: What made you pause your sessions?\nTutor: Exams, mostly.\n"
            "Interviewer: When might you come back?\nTutor: After March.\n")
    assert imported("call 3.txt", text) == ["TU-9"]
    untitled = text.replace("Tutor ID: TU-9", "Summary of the call")
    assert imported("Call with Ravi Menon.txt", untitled) == ["TU-7"]


def test_the_head_id_links_a_named_speaker_the_roster_has_no_name_for(study_with):
    # a roster of ids alone cannot contradict the speaker's name: the head's id says who it was
    imported = study_with("Record ID,Clinic\nREC-4410,North\nREC-4411,South\n", "clinic")
    text = ("Booking interview\nParticipant: REC-4411\n\n"
            "Maya Chen: How did you book your last visit?\nTomas Ruiz: By phone.\n"
            "Maya Chen: Why by phone?\nTomas Ruiz: The app logged me out.\n")
    assert imported("booking.txt", text) == ["REC-4411"]


def test_a_roster_row_with_only_an_email_is_named_by_its_mailbox(study_with):
    imported = study_with("id,email\nE1,lena.vogt@example.org\nE2,lena.brandt@example.org\n", "mail")
    text = ("Otto Kern: How often do you order?\nLena Vogt: Weekly.\n"
            "Otto Kern: Why weekly?\nLena Vogt: Payday.\n")
    assert imported("order habits.txt", text) == ["E1"]


SALESFORCE = """Contact ID,First Name,Last Name,Email,Province
0031t00000AbC12AAF,Rosa,Marín,,Sevilla
0031t00000AbC13AAF,Rosa,Martín,,Málaga
0031t00000AbC14AAF,Pilar,Gómez,pilar@correo.example,Cádiz
"""


def test_a_notes_head_that_gives_the_roster_id_links_it_and_names_the_interviewer_apart(study_with, ws):
    imported = study_with(SALESFORCE, "socios")
    text = ("Llamada 4 - Rosa M.\nFecha: 02/12/2026\nNúmero de socio: 0031t00000AbC13AAF\n"
            "Entrevistadora: Lucía Prieto\n\n"
            "Entrevistadora: ¿Cómo pidió la última cita?\nSocia: Por teléfono, como siempre.\n"
            "Entrevistadora: ¿Por qué no con la aplicación?\nSocia: No me fío.\n")
    assert imported("rosa.txt", text) == ["0031t00000AbC13AAF"]
    [interview] = ws.interviews("socios")
    # the head's interviewer field is not a question: four turns, the first one asked
    assert [seg.text for seg in interview.segments][0] == "¿Cómo pidió la última cita?"
    assert len(interview.segments) == 4


def test_a_speaker_with_an_initial_is_the_one_person_on_two_rows_of_one_email(study_with):
    imported = study_with("id,First name,Email\nQ1,Kwabena,kwabena.o.rides@mail.example\n"
                          "Q2,Kwabena,kwabena.o.rides@mail.example\nQ3,Ewa,ewa@mail.example\n", "riders")
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Lena Park>How was your week on the bike?</v>\n\n"
           "00:00:05.000 --> 00:00:09.000\n<v Kwabena O>Long, lots of rain.</v>\n")
    assert imported("call.vtt", vtt) == ["Q1"]


def test_an_owner_of_several_shops_on_one_phone_is_one_person_and_a_household_phone_is_not(study_with):
    # the plan keeps one row of one phone under one name: so does the link (the first); two people of
    # one household share a number under their own names and stay two
    imported = study_with("id,Name,Phone\nS1,Tạ Minh Khang,0977 410 228\nS2,Tạ Minh Khang,+84977410228\n"
                          "S3,Lò Thị Duyên,0911 002 345\nS4,Lò Thị Duyên,0911 002 345\nS5,Lò Văn Duyên,0911 002 345\n",
                          "shops")
    text = "Hạnh: Anh bán trên app bao lâu rồi?\nTạ Minh Khang: Ba năm, hai chi nhánh.\n"
    assert imported("khang.txt", text) == ["S1"]
    text = "Hạnh: Chị nhận đơn thế nào?\nDuyên: Em gái chị nhận.\n"
    assert imported("duyen.txt", text) == []  # (two people of that name on one number)


# a board-game app's players: no real names, only the names they play under
PLAYERS = """player_id,email,gamertag,Discord handle,tier
BG-101,m.holt@example.com,MeepleMage,meeplemage,gold
BG-102,rk@example.com,DiceGoblin,dice_goblin#2211,silver
BG-103,ana.v@example.com,TokenTamer,tokentamer,bronze
"""


def test_a_speaker_labelled_with_a_players_gamertag_or_handle_is_that_player(study_with):
    imported = study_with(PLAYERS, "tabletop")
    srt = ("1\n00:00:01,000 --> 00:00:04,000\nRowan: Thanks for joining, is recording OK?\n\n"
           "2\n00:00:04,500 --> 00:00:07,000\nMeepleMage: Sure, go ahead.\n\n"
           "3\n00:00:07,500 --> 00:00:10,000\nRowan: How often do you play?\n\n"
           "4\n00:00:10,500 --> 00:00:14,000\nMeepleMage: Most evenings after work.\n")
    assert imported("2026-11-02 playtest.srt", srt) == ["BG-101"]
    # the Discord handle, written as Discord shows it
    assert imported("call_2.txt", "Rowan: Hi, thanks for coming.\nDice Goblin: Hey!\n"
                                  "Rowan: What did you play last week?\nDice Goblin: Mostly the new expansion.\n") \
        == ["BG-102"]


def test_a_handle_two_players_share_or_a_name_that_says_someone_else_links_nobody(study_with):
    imported = study_with("player_id,name,gamertag\nBG-201,Tom Reyes,Nightowl\nBG-202,Ada Nightowl,Nightowl\n"
                          "BG-203,Ivo Petrov,Ivo\n", "owls")
    assert imported("a.txt", "Rowan: Hi there.\nNightowl: Hello.\nRowan: Tell me more.\nNightowl: Sure.\n") == []

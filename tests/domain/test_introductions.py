"""Who speakers say they are: introductions, greetings, corrections and emails read out."""

import pytest

from listenwell.domain.introductions import (
    contradicted,
    emails_said,
    greeted,
    introduced,
    own_name_fits,
    self_named,
)
from listenwell.domain.names import Candidate

PEOPLE = [
    Candidate("P01", "Ines Albuquerque", "ines.a@example.org"),
    Candidate("P03", "Sam Achebe", "sam.achebe@example.org"),
    Candidate("P05", "Renée Dubois-Hart", None),
]


def test_names_said_in_the_first_turns():
    own = ["Sorry, I was finding the remote. It's Kwame, from the depot.", "Yes."]
    assert introduced(own) == ["Kwame"]
    assert introduced(["It's Ines Varga, and next to me is Tobias.", "Tobias here. Hello."]) == \
        ["Ines Varga", "Tobias", "Tobias"]
    assert greeted(["Hi Tobias, can you hear me?", "Thank you for doing this, Ines."]) == ["Tobias", "Ines"]
    assert greeted(["Great. So, Kwame, just for the recording, what do you do?"]) == ["Kwame"]
    assert greeted(["Bonjour Inès, merci d'être là."]) == ["Inès"]
    assert introduced(["Yes, it's me, Ines. I'm on the train."]) == ["Ines"]
    assert introduced(["I'm not sure."]) == [] and greeted(["Thanks for joining today."]) == []


@pytest.mark.parametrize(("turns", "pid", "said_otherwise"), [
    (["Hi, yes. Slight confession: this isn't Ines. I'm Tobias, her husband."], "P01", True),
    (["Hello, sorry, it's actually Anders. I'm on her laptop."], "P01", True),
    (["Understood. It's Sam, for the recording. Sam Okonjo, from partnerships."], "P03", True),
    (["Yes, it's Sam. Sam Achebe, from the depot."], "P03", False),
    (["Hi! I'm Ines, from the north office."], "P01", False),
    (["Google Sheets, mostly. It's fine."], "P01", False),     # a capitalised phrase is not a name
])
def test_a_speaker_who_says_they_are_someone_else(turns, pid, said_otherwise):
    person = next(p for p in PEOPLE if p.pid == pid)
    assert contradicted(turns, person) is said_otherwise


def test_that_is_me_says_who_is_speaking():
    assert introduced(["Yes, sorry, that's me, Bill. I was on mute."]) == ["Bill"]


def test_a_speller_spells_their_name():
    said = ["Oh hi, it's Ravonne. Ravonne Kier.", "Everyone gets it wrong. It's S I O B H A N, and K-E-A-R."]
    assert "Siobhan" in introduced(said)


def test_this_is_and_the_name_after_a_pause():
    assert introduced(["We're both on the sofa. I'm Lionel, and this is...", "Margit. Hi."]) == ["Lionel", "Margit"]


def test_a_label_several_fit_and_the_full_name_its_speaker_gives():
    roster = [Candidate("S3", "Sam Okafor"), Candidate("S4", "Samantha Reyes"), Candidate("S5", "Samuel Ito")]
    assert self_named("Sam A", ["Sam Okafor, Accra. I fly survey drones."], roster).pid == "S3"
    assert self_named("Sam B", ["Hi, I'm Samantha Reyes but please, Sam. Glasgow."], roster).pid == "S4"
    assert self_named("Sam C", ["Sam here. Hello."], roster) is None          # which Sam, still
    assert self_named("Sam A", ["Hi, I'm Renée Dubois-Hart."], PEOPLE) is None  # not a name she goes by


@pytest.mark.parametrize(("turns", "said_otherwise"), [
    (["Ha, okay. I'm definitely not Ines. Farah. Farah Haddad."], True),
    (["Hi! Inez, actually, ha. Everyone writes Ines."], True),
    (["Hi! Ines, actually, is fine. Inês is on my passport."], False),
    (["Thursday, actually, would have suited me better."], False),  # not a name put right
])
def test_a_speaker_who_puts_the_name_right(turns, said_otherwise):
    assert contradicted(turns, PEOPLE[0]) is said_otherwise
    if said_otherwise and "Inez" in turns[0]:
        assert introduced(turns)[0] == "Inez"


def test_the_name_a_speaker_gives_against_a_person():
    rafael = Candidate("K1", "Rafael Duarte")
    assert own_name_fits(["Rafa here, on the shop's account."], rafael)
    assert own_name_fits(["Mugs, mostly."], rafael)  # no name given
    assert not own_name_fits(["Hi, I'm Dominik, I help out."], rafael)


def test_greetings_with_a_title_and_in_arabic_and_amharic():
    assert greeted(["Marhaba Dr. Youssef, thank you for having me."]) == ["Youssef"]
    assert greeted(["Selam Ato Tesfaye, can you hear me?"]) == ["Tesfaye"]
    assert greeted(["That's all from me. Thank you so much, Dr. Amal."]) == ["Amal"]


def test_a_full_name_and_where_they_are_from():
    assert introduced(["Yes, I hear you.", "Rania Odeh, from Odeh Pharmacy in Zarqa."]) == ["Rania Odeh"]
    assert introduced(["Google Sheets, mostly."]) == []


def test_an_email_said_in_the_call():
    assert emails_said(["Same address as before: t.achterberg@ziggo.nl."]) == ["t.achterberg@ziggo.nl"]
    assert emails_said(["It's msolis at sunbeltdispatch dot com, still."]) == ["msolis@sunbeltdispatch.com"]
    assert emails_said(["I'll look at it tonight."]) == []


def test_someone_else_on_a_shops_account_who_gives_their_name_bare():
    kerry = Candidate("W8", "Kerry Lund", places=frozenset({"brightside", "window", "cleaning", "norwich"}))
    assert not own_name_fits(["Gav. Gavin Tennant. Brightside Window Cleaning, Carlisle."], kerry)
    assert own_name_fits(["Kerry Lund. Brightside, Norwich."], kerry)


def test_two_on_one_device_say_who_they_are():
    said = ["Yes, we can hear you. This is Kwabena, and Efua is next to me.", "Hello Marcus, Efua here."]
    assert set(introduced(said)) == {"Kwabena", "Efua"}
    assert introduced(["On Monday, here in Accra, it rained."]) == []


def test_an_id_the_interviewer_reads_out():
    assert greeted(["Recording now. For the notes, this is participant R-07, the billing session."]) == ["R-07"]
    assert greeted(["Okay. Respondent ID: Q12. Thanks for coming in."]) == ["Q12"]
    # a bare number, or an id anywhere but the opening turns, says nothing
    assert greeted(["This is participant 19 today."]) == []
    assert greeted(["Hello.", "Right.", "As participant P4 told me last week..."]) == []

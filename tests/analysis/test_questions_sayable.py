"""Question checks, third round: every rewrite reads as a question a person could say, a second
wh-ask whose wh-word is its subject is a second question, and probes follow what is asked (a
count of people paid is no purchase). Questions written for these tests."""

from __future__ import annotations

import re

import pytest

from listenwell.analysis.questions import QuestionKind, check_question, suggest_followups
from listenwell.analysis.questions.topic import NO_TOPIC

K = QuestionKind


@pytest.mark.parametrize("text, second", [
    ("Which workshop was most useful and why and which one bored you?", "Which one bored you?"),
    ("What did you like about the course and what bothered you most?", "What bothered you most?"),
])
def test_a_second_ask_whose_wh_word_is_its_subject_is_double_barreled(text, second):
    check = check_question(text)
    assert check.kind is K.DOUBLE_BARRELED
    assert check.problems[0].rewrite.endswith(second)


def test_one_story_told_with_what_helped_is_not_split():
    assert check_question("Can you tell me what happened and what helped you?").ok


def test_three_asks_come_as_three_questions_and_a_scale_asked_how_is_no_choice():
    text = "Have you ever had to cancel a delivery, and how easy or hard was it and how long did it take?"
    check = check_question(text)
    assert check.kind is K.DOUBLE_BARRELED
    assert check.problems[0].rewrite == ("Can you walk me through the last time you had to cancel a delivery? "
                                         "How easy or hard was it? How long did it take?")
    two = check_question("Have you ever had to cancel a delivery, and how easy or hard was it?")
    assert two.kind is K.DOUBLE_BARRELED
    assert not any("this or that" in p.reason for p in two.problems)


@pytest.mark.parametrize("text, rewrite", [
    # what did not happen is no "time we had offered": the thing offered is asked about
    ("If we had offered evening classes, would you have signed up?",
     "Can you tell me about the last time evening classes came up for you? What did you do?"),
    ("If you had known about the late fee, would you have paid earlier?",
     "Can you tell me about your experience with the late fee?"),
    # the gate asked of a thing: "any of" them is "one of" them, the example beside it dropped
    ("Have any of our letters ever worried you or confused you, for example about the due date?",
     "Can you tell me about any time one of our letters has worried you or confused you, if there has been one?"),
    ("Has the scanner ever lost a parcel?",
     "Can you tell me about any time the scanner has lost a parcel, if there has been one?"),
    # what an earlier answer did, without taking it for granted
    ("Has that made the evenings easier?", "How, if at all, has that made the evenings easier?"),
    ("What changed in your commute, and has that saved you time?",
     "What changed in your commute? How, if at all, has that saved you time?"),
    # a quality after the thing is what is asked of it
    ("Did you find the sign-up form slow?", "How would you describe the sign-up form?"),
])
def test_rewrites_read_as_questions_a_person_could_say(text, rewrite):
    assert check_question(text).problems[0].rewrite == rewrite


@pytest.mark.parametrize("text", [
    "If we had offered evening classes, would you have signed up?",
    "Has that made the evenings easier?",
    "Have any of our letters ever worried you, for example about the due date?",
    "What changed in your commute, and has that saved you time?",
    "Did you find the sign-up form slow?",
])
def test_no_rewrite_is_about_a_verb_or_a_time_that_never_was(text):
    for p in check_question(text).problems:
        if p.rewrite and p.rewrite != NO_TOPIC:
            assert not re.search(r"\bexperience with (?:\w+ )*?(?:made|felt|saved|lost|took)\b", p.rewrite)
            assert not re.search(r"\ba time \w+ had \w+ed\b", p.rewrite)
            assert not re.search(r"\bform slow\b", p.rewrite)


def test_a_count_of_people_paid_gets_no_probe_about_a_purchase():
    probes = suggest_followups("How many staff do you pay, and how often do you check the rota?")
    assert "How did you decide that was worth it?" not in probes
    assert probes[0] == "When was the last time?"  # the second ask, how often, is probed
    assert "How did you decide that was worth it?" not in suggest_followups("How do you pay your drivers?")
    # a price paid is still a purchase weighed
    assert "How did you decide that was worth it?" in suggest_followups("How much did you pay for the course?")


@pytest.mark.parametrize("text, rewrite", [
    # what the thing is said to do is no part of the thing: not "…the badge login slows down your tills?"
    ("Don't you think the badge login slows down your tills?",
     "Can you tell me about your experience with the badge login?"),
    ("Don't you think the new scanner eats the battery?", "Can you tell me about your experience with the new scanner?"),
    # "would you say X is this or that" asks for an opinion, not for a time they said it
    ("Would you say homework at night is a battle or a breeze in your family?",
     "How would you describe homework at night in your family?"),
    ("Would you say cooking on weekdays is easy or hard for you?", "How does cooking on weekdays go for you?"),
    ("Would you say your landlord is responsive?", "How would you describe your landlord?"),
])
def test_a_rewrite_says_nothing_after_the_thing_it_asks_about(text, rewrite):
    problems = check_question(text).problems
    assert problems and problems[0].rewrite == rewrite


def test_one_probe_asks_them_to_walk_through_an_instance_not_two():
    probes = suggest_followups("How do you use the weekly sales report, and how often do you share it with your team?")
    assert sum("walk me through" in p.lower() for p in probes) == 1
    assert len(probes) == 3


@pytest.mark.parametrize("text, rewrite", [
    # two things done after one "to": each asked on its own, the object kept with its verb
    ("Was it easy to reach a nurse and book your appointment?",
     "What was it like to reach a nurse? What was it like to book your appointment?"),
    ("Was it hard to find the shop and sort out your return?",
     "What was it like to find the shop? What was it like to sort out your return?"),
    ("Was it simple to open the parcel and set up the kettle?",
     "What was it like to open the parcel? What was it like to set up the kettle?"),
    # how easy a thing was to do, asked yes or no: the doing stays the topic
    ("Was it easy to reach a nurse?", "What was it like to reach a nurse?"),
    ("Is it hard for you to find a seat on the morning bus?", "What is it like to find a seat on the morning bus?"),
])
def test_a_yes_no_ask_about_doing_two_things_is_split_into_sentences(text, rewrite):
    assert check_question(text).problems[0].rewrite == rewrite


@pytest.mark.parametrize("text", [
    "Wouldn't you feel safer if every rider on the bus had a photo ID?",
    "Wouldn't you feel calmer if the pharmacy texted you on the day?",
    "Wouldn't you be happier if the gym opened at six?",
    "Don't you feel more relaxed when the heating is on a timer?",
])
def test_a_leading_wish_gets_no_rewrite_about_a_describing_word(text):
    # "your experience with safer?" is no sentence; a thing named only in the condition is not the topic
    rewrite = check_question(text).problems[0].rewrite
    assert rewrite is not None
    assert not re.search(r"\bexperience with (?:safer|calmer|happier|more relaxed|a timer|the day)\b", rewrite)


@pytest.mark.parametrize("text, thing", [
    ("How useful was the Night Ride button when you left the bar last week?", "the Night Ride button"),
    ("How helpful was the route planner on your trip to the coast?", "the route planner"),
    ("How good were the recipe cards when you cooked for your parents?", "the recipe cards"),
])
def test_a_thing_judged_as_if_used_stays_the_topic_and_its_use_is_not_taken_for_granted(text, thing):
    p = check_question(text).problems[0]
    assert p.kind is K.LEADING
    assert thing in p.rewrite and "if there has been one" in p.rewrite
    assert "takes it that they used it" in p.reason


@pytest.mark.parametrize("text, thing", [
    ("Would you recommend the bike scheme to a neighbour?", "the bike scheme"),
    ("Would you recommend our night school to your friends?", "our night school"),
])
def test_a_recommendation_asked_ahead_is_asked_back_about_the_same_thing(text, thing):
    p = check_question(text).problems[0]
    assert p.kind is K.HYPOTHETICAL
    assert f"told someone about {thing}" in p.rewrite and "a product" not in p.rewrite


@pytest.mark.parametrize("text", [
    "What would make you trust the loan process more?",
    "What would change in your routine if the library opened on Sundays?",
    "How would you know that the booking process had worked?",
])
def test_a_question_about_what_would_be_gets_no_probe_to_walk_through_a_last_time(text):
    probes = suggest_followups(text)
    assert probes and not any(re.search(r"walk me through|the last time you", p) for p in probes)


def test_a_routine_still_gets_its_walk_through_probe():
    assert "Can you walk me through the last time you did that?" in suggest_followups("How do you usually handle refunds?")

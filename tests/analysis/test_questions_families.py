"""Question checks, second round: each family of rule with questions written for these tests
(a rewrite must read as English and keep the topic; the same shape gets the same verdict)."""

from __future__ import annotations

import pytest

from listenwell.analysis.questions import QuestionKind, check_question

K = QuestionKind


@pytest.mark.parametrize("text", [
    "Hello, I'm Ana from the library service. Thanks for making the time. Is now still a good time to chat?",
    "Is this a convenient moment for you?",
    "Do you still have the thirty minutes we booked?",
])
def test_asking_whether_the_call_can_go_ahead_is_a_check_in(text):
    assert check_question(text).ok


@pytest.mark.parametrize("text, cause", [
    ("Did the new delivery fee make you want to cancel your order?", "the new delivery fee"),
    ("Has the weekly newsletter made you feel more connected to the club?", "the weekly newsletter"),
    ("Would you say the welcome video prepared you for your first shift?", "the welcome video"),
])
def test_a_presumed_effect_is_leading_and_the_rewrite_keeps_the_cause(text, cause):
    check = check_question(text)
    assert check.kind is K.LEADING
    rewrite = check.problems[0].rewrite
    assert cause in rewrite and rewrite.startswith("How did") and rewrite.endswith("if at all?")
    assert "want to cancel" not in rewrite and "more connected" not in rewrite


def test_asking_whether_anything_had_an_effect_names_no_cause():
    assert not check_question("Did anything make you want to stop?").has(K.LEADING)


@pytest.mark.parametrize("text", [
    "Did it break all at once, or was it a slow decline?",
    "Were you at home, or were you travelling?",
    "Did you call the helpline, or did you go in person?",
])
def test_two_yes_no_clauses_joined_by_or_are_one_closed_choice_not_two_questions(text):
    check = check_question(text)
    assert check.kind is K.CLOSED and not check.has(K.DOUBLE_BARRELED)
    assert "two answers" in check.problems[0].reason
    assert "experience with" not in check.problems[0].rewrite


@pytest.mark.parametrize("text, halves", [
    # a second wh-question with its own verb, no comma between
    ("How long have you lived here and which shop do you use most?",
     ["How long have you lived here?", "Which shop do you use most?"]),
    # two activities after one "to", each with its own object
    ("How easy was it to choose a plan and book your first lesson?",
     ["How easy was it to choose a plan?", "How easy was it to book your first lesson?"]),
    # three things joined by "and", each asked on its own
    ("What do you think of the menu and the prices and the opening hours?",
     ["What do you think of the menu?", "What do you think of the prices?", "What do you think of the opening hours?"]),
    # two things as the subject of one verb
    ("How did the parking fees and the new bus route change how often you visit?",
     ["How did the parking fees change how often you visit?", "How did the new bus route change how often you visit?"]),
])
def test_each_thing_asked_together_gets_its_own_question(text, halves):
    check = check_question(text)
    assert check.kind is K.DOUBLE_BARRELED
    assert check.problems[0].rewrite == " ".join(halves)


@pytest.mark.parametrize("text, things", [
    # three things after a verb, not after "what do you think of"
    ("What would help you join the choir and the book club and the walking group?",
     ["the choir", "the book club", "the walking group"]),
    ("How easy is it to reach the surgery, the pharmacy and the bus stop?",
     ["the surgery", "the pharmacy", "the bus stop"]),
    ("Who in your family usually looks after the car, the garden and the bills?",
     ["the car", "the garden", "the bills"]),
])
def test_three_things_listed_after_any_verb_are_each_asked_on_their_own(text, things):
    check = check_question(text)
    assert check.kind is K.DOUBLE_BARRELED
    assert "three things" in check.problems[0].reason
    rewrite = check.problems[0].rewrite
    lead = text[: text.index(things[0])]
    assert rewrite == " ".join(f"{lead}{t}?" for t in things)


@pytest.mark.parametrize("text", [
    "Tell me about your street, your neighbours and your local shops.",  # one story, told in parts
    "How did you choose between the bus, the train and the car?",  # one choice among them
    "How do you compare the gym, the pool and the park?",
    "What would help you join the choir?",
])
def test_a_list_weighed_as_one_or_told_as_a_story_is_not_three_questions(text):
    assert not check_question(text).has(K.DOUBLE_BARRELED)


def test_the_second_of_two_split_asks_may_point_back_to_the_first():
    text = "Did you have any problems with the app or the website and how did support deal with it?"
    rewrite = check_question(text).problems[0].rewrite
    assert rewrite.endswith("? How did support deal with it?") and "the app or the website" in rewrite


@pytest.mark.parametrize("text, rewrite", [
    ("Who do you usually cook with?", "Think of the last time: who did you cook with?"),
    ("How long would you usually wait for a table?", "Can you walk me through the last time you waited for a table?"),
    ("At what time of day do you usually exercise?", "Think of the last time: what time of day did you exercise?"),
])
def test_every_ask_for_the_usual_routine_gets_the_same_verdict(text, rewrite):
    check = check_question(text)
    assert check.kind is K.VAGUE
    assert check.problems[0].rewrite == rewrite


def test_asking_whether_there_is_anything_to_change_about_a_thing_is_closed():
    check = check_question("Is there anything about the booking page you'd change?")
    assert check.kind is K.CLOSED
    assert check.problems[0].rewrite == "What would you change about the booking page?"
    assert check_question("Is there anything else you'd change?").ok  # the wrap-up's open floor


def test_a_comparison_cut_from_a_rewrite_leaves_no_intensifier_behind():
    rewrite = check_question("Don't you find the new timetable much clearer than the old one?").problems[0].rewrite
    assert "new timetable" in rewrite and "much" not in rewrite


def test_every_abbreviation_in_a_question_is_named():
    check = check_question("How clear are the SOP and the steps in the QMS?")
    jargon = next(p for p in check.problems if p.kind is K.JARGON)
    assert "\u201cSOP\u201d" in jargon.reason and "\u201cQMS\u201d" in jargon.reason


def test_a_term_with_everyday_words_and_an_abbreviation_without_are_both_named():
    check = check_question("What do you think of the KYC step and the async chat?")
    jargon = next(p for p in check.problems if p.kind is K.JARGON)
    assert "async" in jargon.reason and "KYC" in jargon.reason


@pytest.mark.parametrize("text, plain", [
    ("How does the checkout UX compare with the shop's?", "checkout experience"),
    ("How do you feel about synchronous lessons?", "live lessons"),
])
def test_a_product_teams_words_are_jargon_with_everyday_words(text, plain):
    check = check_question(text)
    jargon = next(p for p in check.problems if p.kind is K.JARGON)
    assert plain in jargon.rewrite


def test_a_term_without_everyday_words_says_how_to_declare_it():
    rewrite = check_question("How did the PRD review go?").problems[0].rewrite
    assert "Their words:" in rewrite and "Ask it as it is" not in rewrite


@pytest.mark.parametrize("text, rewrite", [
    # what is recommended may be an activity, which stays the topic
    ("How likely are you to recommend cycling to work to a colleague?",
     "Can you tell me about the last time you told someone about cycling to work? What did you say?"),
    # a task left unfinished: they were doing it
    ("Why didn't you finish setting up your profile?", "What happened when you were setting up your profile?"),
    ("Why didn't you start using the planner?", "What was going on when it came to using the planner?"),
    # one option offered: the choice keeps the kind of thing, without the option's mark
    ("Would you prefer a self-service ticket machine?",
     "The last time you had to choose a ticket machine, what did you go for? What made you choose it?"),
    # a yes/no verdict on one quality: the quality stays, asked both ways
    ("Is the loyalty scheme fair?", "How would you describe the loyalty scheme? What makes it seem fair or not?"),
])
def test_rewrites_read_as_english_and_keep_what_the_question_is_about(text, rewrite):
    assert check_question(text).problems[0].rewrite == rewrite


@pytest.mark.parametrize("text, act", [
    ("What would make you visit the market more often?", "visited the market"),
    ("What would it take for you to move your savings to a different account?", "moved"),
    ("What would have to change for you to renew your membership?", "renewed your membership"),
    ("What might convince you to try the evening classes?", "tried the evening classes"),
])
def test_what_would_move_them_to_act_is_a_guess_about_their_future(text, act):
    check = check_question(text)
    assert check.kind is K.HYPOTHETICAL
    rewrite = check.problems[0].rewrite
    assert "last time you" in rewrite and act in rewrite and "would" not in rewrite


@pytest.mark.parametrize("text", [
    "What would make this form easier to fill in?",  # a view of the thing, not their next act
    "What would make you feel welcome on your first day?",  # a feeling, no act to guess
])
def test_what_would_make_a_thing_better_is_not_a_prediction(text):
    assert not check_question(text).has(K.HYPOTHETICAL)


@pytest.mark.parametrize("text, acts", [
    ("What would get you to sign up, invite a colleague and pay for a team plan?", ("sign", "invite", "pay")),
    ("How do you plan meals and shop and cook during a busy week?", ("plan", "shop", "cook")),
])
def test_three_acts_in_one_ask_are_three_questions(text, acts):
    check = check_question(text)
    double = next(p for p in check.problems if p.kind is K.DOUBLE_BARRELED)
    assert all(f"\u201c{a}\u201d" in double.reason for a in acts)
    assert double.rewrite.count("?") >= 3


def test_steps_of_one_story_are_one_ask():
    check = check_question("Can you walk me through how you found, booked and paid for your last holiday?")
    assert not check.has(K.DOUBLE_BARRELED)


@pytest.mark.parametrize("text, terms", [
    ("What do you make of the scheduler's algorithmic heuristics and the affordance of its rota view?",
     ("affordance", "algorithmic", "heuristics")),
    ("How well does the visualisation of your sleep help you plan the week?", ("visualisation",)),
    ("How does the leverage of the new functionality facilitate your work?", ("leverage", "functionality", "facilitate")),
])
def test_every_term_the_check_calls_jargon_is_named_and_no_rewrite_keeps_one(text, terms):
    check = check_question(text)
    jargon = next(p for p in check.problems if p.kind is K.JARGON)
    assert all(f"\u201c{t}\u201d" in jargon.reason for t in terms)
    for p in check.problems:
        assert not [t for t in terms if p.rewrite and t in p.rewrite.lower()], p.rewrite


@pytest.mark.parametrize("text, kept", [
    # two features one may both use: a yes/no about using them, not a pick of one
    ("Do you use the planner's reminders or colour labels?", "the planner's reminders or colour labels"),
    ("Did you turn on notifications or weekly summaries?", "notifications or weekly summaries"),
])
def test_two_features_named_after_use_are_a_yes_no_not_a_this_or_that(text, kept):
    check = check_question(text)
    closed = check.problems[0]
    assert check.kind is K.CLOSED and "two answers" not in closed.reason
    assert kept in closed.rewrite and "that choice" not in closed.rewrite


def test_a_choice_between_two_things_is_named_in_its_rewrite():
    check = check_question("Do you use the library's website or the phone line?")
    closed = check.problems[0]
    assert "two answers" in closed.reason
    assert closed.rewrite == "Can you walk me through the last time you chose between the library's website and the phone line?"


@pytest.mark.parametrize("text, kept", [
    ("Have there been times when you cancelled the box and then signed up again?",
     "you cancelled the box and then signed up again"),
    ("Was there ever a moment when the charger stopped working on a trip?", "the charger stopped working on a trip"),
])
def test_a_gate_about_times_keeps_what_happened_and_presumes_nothing(text, kept):
    rewrite = check_question(text).problems[0].rewrite
    assert kept in rewrite and "if there has been one" in rewrite


@pytest.mark.parametrize("text, rewrite", [
    ("Would you buy from a stall that doesn't take cards?",
     "Can you tell me about the last time you came across a stall that didn't take cards? What did you do?"),
    ("Would you buy from a local farm shop?",
     "Can you tell me about the last time you bought from a local farm shop? What made you decide?"),
])
def test_where_they_would_buy_is_not_what_they_would_buy(text, rewrite):
    check = check_question(text)
    assert check.kind is K.HYPOTHETICAL and check.problems[0].rewrite == rewrite


def test_a_claim_about_a_thing_offered_for_agreement_keeps_the_change_it_claims():
    rewrite = check_question("Would you say the loyalty card has changed where you do your weekly shop?").problems[0].rewrite
    assert rewrite == "How, if at all, has the loyalty card changed where you do your weekly shop?"


@pytest.mark.parametrize("text, thing", [
    ("Would you use the library app more if it had reminders?", "the library app"),
    ("Would you ride the night bus again if it ran later?", "the night bus"),
])
def test_a_hypothetical_rewrite_leaves_how_much_off_the_thing(text, thing):
    rewrite = check_question(text).problems[0].rewrite
    assert thing in rewrite
    assert f"{thing} more" not in rewrite and f"{thing} again" not in rewrite


@pytest.mark.parametrize("text, term", [
    ("How quickly were your responsive repairs done last winter?", "responsive repairs"),
    ("What did you hear about the planned maintenance this year?", "planned maintenance"),
    ("How did the tenancy sustainment team help you?", "tenancy sustainment"),
])
def test_a_landlords_own_words_for_its_work_are_jargon_to_a_tenant(text, term):
    jargon = next(p for p in check_question(text).problems if p.kind is K.JARGON)
    assert f"\u201c{term}\u201d" in jargon.reason

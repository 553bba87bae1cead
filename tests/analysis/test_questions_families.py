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

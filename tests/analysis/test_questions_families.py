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

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from listenwell.analysis.statements import (
    StatementOptions,
    extract_statements,
    is_backchannel,
    is_pleasantry,
    split_segment,
)
from listenwell.domain import Interview, Role, Segment, Speaker


def _interview() -> Interview:
    segs = [
        Segment("Sam", "Thanks for joining. Can you walk me through the last time you paid?",
                0.0, 5.0, id=1, index=0),
        Segment("Pat", "Yeah. So I just copy it into a spreadsheet every single week. "
                "It was slow. Really slow, honestly.", 5.0, 15.0, id=2, index=1),
        Segment("Pat", "Mm-hmm, right.", 15.0, 16.0, id=3, index=2),
        Segment("Sam", "I love that our app is great, don't you agree?", 16.0, 18.0, id=4, index=3),
        Segment("Pat", "Not really, the checkout page crashed on me twice last month.",
                18.0, 24.0, id=5, index=4),
    ]
    return Interview(study_slug="s", title="i", segments=segs, id=7,
                     speakers=[Speaker("Sam", Role.INTERVIEWER),
                               Speaker("Pat", Role.PARTICIPANT, participant_pid="P1")],
                     participants=["P1"], interviewers=["Sam"])


def test_statements_are_verbatim_spans_of_participant_turns() -> None:
    interview = _interview()
    sts = extract_statements(interview)
    assert sts, "participant speech must give statements"
    for s in sts:
        seg = next(x for x in interview.segments if x.id == s.segment_id)
        assert seg.text[s.start_char : s.end_char] == s.text
        assert s.speaker == "Pat" and s.participant == "P1" and s.interview_id == 7
    assert all(s.segment_id not in (1, 4) for s in sts), "interviewer talk is not evidence"
    assert all(s.segment_id != 3 for s in sts), "backchannel is dropped"
    assert sts[0].text.startswith("So I just copy"), "a leading 'Yeah.' is not part of it"


def test_short_sentences_are_merged_and_question_is_kept() -> None:
    sts = extract_statements(_interview())
    assert [s.text for s in sts if s.segment_id == 2] == [
        "So I just copy it into a spreadsheet every single week.",
        "It was slow. Really slow, honestly.",
    ]
    assert sts[0].question == "Can you walk me through the last time you paid?"
    assert sts[-1].question == "I love that our app is great, don't you agree?"


def test_times_fall_inside_the_turn() -> None:
    for s in extract_statements(_interview()):
        assert s.start is not None and s.end is not None and s.start <= s.end
        assert 5.0 <= s.start <= 24.0


def test_word_timings_give_the_statement_its_seconds() -> None:
    from listenwell.domain import Word

    text = "The form timed out on me. I lost every answer I had typed in."
    words = [Word(t, 10.0 + i, 10.5 + i) for i, t in enumerate(text.split())]
    seg = Segment("Pat", text, 10.0, 24.0, words=words, id=9, index=1)
    interview = Interview(study_slug="s", title="i", segments=[seg], id=1,
                          speakers=[Speaker("Pat", Role.PARTICIPANT)])
    sts = extract_statements(interview)
    assert [s.text for s in sts] == ["The form timed out on me.", "I lost every answer I had typed in."]
    assert (sts[0].start, sts[0].end) == (10.0, 15.5)
    assert (sts[1].start, sts[1].end) == (16.0, 23.5)


def test_backchannel_detection() -> None:
    assert is_backchannel("Yeah, right, mm-hmm.")
    assert is_backchannel("Okay. Sure!")
    assert not is_backchannel("Yeah, the export is broken.")


@pytest.mark.parametrize("text", [
    "Thanks for having me.", "Hi Sam, hi Lena. Nice to meet you.", "You're welcome, good luck with it.",
    "My pleasure. Good luck.", "Cheers, no worries.", "Hi! Happy to help.", "Sure, that's fine, go ahead.",
    "Yes, that's fine.", "Of course, go ahead.", "No problem at all.", "You're welcome, Dana. Take care.",
    "Bye Sam, bye Lena.", "Loud and clear.", "Thank you so much for your time, have a good day.",
])
def test_pleasantries_are_small_talk(text: str) -> None:
    assert is_pleasantry(text)


@pytest.mark.parametrize("text", [
    "Thanks, the fees were a shock though.", "No problem with the card, it went through.",
    "That is a problem for me.", "Good luck finding the save button.", "I don't mind the price.",
    "I'm worried whether my data is safe.", "Sure, um, I'm a nurse, I work shifts.",
    "Yes, that's fine, but the timeout lost all my answers again.",
])
def test_pleasantry_needs_no_content_words(text: str) -> None:
    assert not is_pleasantry(text)


def test_pleasantries_never_become_statements() -> None:
    sam = "Is it okay if I record this call? Thanks. What happened at the payment page?"
    segs = [Segment("Sam", sam, 0.0, 5.0, id=1, index=0),
            Segment("Pat", "Yes, that's fine. Go ahead.", 5.0, 7.0, id=2, index=1),
            Segment("Pat", "Hi Sam! Happy to help. The fee only showed up on the last screen.",
                    7.0, 12.0, id=3, index=2),
            Segment("Pat", "You're welcome. Good luck with it!", 12.0, 14.0, id=4, index=3)]
    interview = Interview(study_slug="s", title="i", segments=segs, id=1,
                          speakers=[Speaker("Sam", Role.INTERVIEWER),
                                    Speaker("Pat", Role.PARTICIPANT, participant_pid="P1")],
                          participants=["P1"], interviewers=["Sam"])
    assert [s.text for s in extract_statements(interview)] == [
        "The fee only showed up on the last screen."]


def test_long_run_on_sentences_are_cut() -> None:
    text = ", ".join(["we went to the shop and looked around for the thing"] * 12) + "."
    spans = split_segment(text, StatementOptions(max_words=60))
    assert len(spans) >= 2
    assert all(len(text[a:b].split()) <= 60 for a, b in spans)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_spans_inside_the_text(text: str) -> None:
    spans = split_segment(text)
    last = 0
    for a, b in spans:
        assert 0 <= a < b <= len(text)
        assert a >= last, "spans do not overlap and keep their order"
        assert text[a:b] == text[a:b].strip()
        last = b

"""The coach through the workspace: a real SQLite file, the guide in the store, the real
sentence model for guide coverage."""

from __future__ import annotations

import pytest

from listenwell.domain import InputError, NotFound

from ..coach_workspace import add_monologue, add_without_interviewer, build


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    w = build(tmp_path_factory.mktemp("coach") / "ws")
    yield w
    w.close()


@pytest.fixture(scope="module")
def result(ws):
    return ws.coach("checkout")


def test_study_coaching_has_both_interviews(result):
    assert [c.title for c in result.interviews] == ["Timed", "Untimed"]
    timed, untimed = result.interviews
    assert timed.talk.share == pytest.approx(0.6)
    assert len(timed.interruptions) == 3
    assert timed.questions.by_kind["leading"] == 2
    assert untimed.talk.basis == "words"
    assert result.interviewers[0].name == "Alex"
    assert result.interviewers[0].interviews == 2


@pytest.mark.slow
def test_guide_coverage_from_the_store(result):
    assert result.guide_questions == 4  # the probe under question 1 is not counted
    g = result.interviews[0].guide
    assert (g.total, g.asked, g.leading) == (4, 3, 1)
    assert not g.matches[3].asked


def test_one_interview_and_progress(ws):
    seen = []
    one = ws.interviews("checkout")[1]
    r = ws.coach("checkout", one.id, progress=lambda d, t, w: seen.append((d, t)))
    assert [c.title for c in r.interviews] == ["Untimed"]
    assert seen[-1] == (1, 1)


def test_unknown_study_or_interview(ws):
    with pytest.raises(NotFound):
        ws.coach("nope")
    with pytest.raises(NotFound):
        ws.coach("checkout", 9999)


def test_no_interviewer_and_no_participant_speech(tmp_path):
    w = build(tmp_path / "ws", guide=False)
    try:
        bad = add_without_interviewer(w)
        with pytest.raises(InputError) as e:
            w.coach("checkout")
        assert f"listenwell interviews speakers {bad} --interviewer NAME" in str(e.value)
        w.set_interviewer(bad, "A")
        mono = add_monologue(w)
        r = w.coach("checkout")
        empty = next(c for c in r.interviews if c.interview_id == mono)
        assert empty.no_participant_speech
        assert any("No answer" in n for n in r.notes)
    finally:
        w.close()

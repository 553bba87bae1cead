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


def test_the_guides_own_words_are_not_jargon_in_the_interview(tmp_path):
    from listenwell.domain.model import Segment, Speaker, Transcript

    w = build(tmp_path / "ws", guide=False)
    try:
        t = Transcript(segments=[
            Segment("Alex", "Can you walk me through how you set up the SDK last time?", 0.0, 4.0, index=0),
            Segment("Sam", "I copied the sample app and changed the keys until it built.", 4.5, 9.0, index=1),
        ], speakers=[Speaker("Alex"), Speaker("Sam")], format="vtt")
        iid = w.add_interview("checkout", t, content_hash="sdk", source_name="sdk.vtt",
                              interviewer="Alex", title="SDK").id

        def sdk_problems() -> list[str]:
            c = next(c for c in w.coach("checkout", iid).interviews if c.interview_id == iid)
            return [p.kind for q in c.questions.asked for p in q.problems]

        guide = tmp_path / "guide.md"
        guide.write_text("## Setup\n- Tell me about the last time you set up a new SDK.\n")
        w.import_guide(guide, "checkout")
        assert sdk_problems() == ["jargon"]
        guide.write_text("Their words: SDK\n\n## Setup\n- Tell me about the last time you set up a new SDK.\n")
        w.import_guide(guide, "checkout")
        assert sdk_problems() == []
    finally:
        w.close()


def test_a_guide_in_arabic_with_english_under_its_questions_is_compared_in_its_english(tmp_path):
    from listenwell.services.coach import guide_questions
    from listenwell.store.studies import get_study_row
    from listenwell.workspace import Workspace

    path = tmp_path / "guide.md"
    path.write_text("## ١. الطلب (١٠ دقائق) / Ordering (10 min)\n"
                    "1. حدثني عن آخر مرة طلبت فيها طعاماً.\n   Tell me about the last time you ordered food.\n"
                    "2. ماذا حدث عندما تأخر الطلب؟\n   What happened when the order was late?\n", encoding="utf-8")
    with Workspace.open(tmp_path / "ws") as w:
        w.create_study("Food", [])
        w.import_guide(path, "food")
        with w.transaction() as s:
            assert guide_questions(s, get_study_row(s, "food").id) == [
                "Tell me about the last time you ordered food.", "What happened when the order was late?"]

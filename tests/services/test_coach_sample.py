"""The coach on the sample study: P3 was run badly on purpose (see samples/checkout/README.md);
the coach must flag exactly that interview, at the times the README gives."""

from __future__ import annotations

import pytest

from listenwell.services.demo import SAMPLE_DIR, load_sample
from listenwell.workspace import Workspace


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    ws = Workspace.open(tmp_path_factory.mktemp("sample") / "ws")
    try:
        study = load_sample(ws, transcribe=False)
        if ws.study(study.slug) and not _has_guide(ws, study.slug):
            ws.import_guide(SAMPLE_DIR / "guide.md", study.slug)
        yield ws.coach(study.slug)
    finally:
        ws.close()


def _has_guide(ws, slug):
    try:
        return bool(ws.guide(slug).sections)
    except Exception:  # noqa: BLE001 - NotFound until a guide is stored
        return False


def _by(result, pid):
    return next(c for c in result.interviews if c.title.endswith(pid))


def test_bad_interview_is_flagged(result):
    p3 = _by(result, "P3")
    assert p3.talk.share == pytest.approx(0.70, abs=0.03)
    assert p3.questions.by_kind["leading"] >= 7
    assert [round(i.interviewer.at) for i in p3.interruptions] == [64, 232, 288]  # 1:04, 3:51, 4:47
    assert p3.intro_score == 0
    assert p3.followups.followed == 0
    assert any("really frustrating" in m.quote.text for m in p3.followups.missed)
    titles = [a.title for a in p3.advice]
    assert titles[:3] == ["Ask open, neutral questions", "Talk less, listen more", "Let them finish"]
    dont = next(q for q in p3.questions.asked if q.quote.text.startswith("Don't you think"))
    assert dont.kind == "leading" and dont.quote.at == pytest.approx(33, abs=2)  # README: 0:33


def test_good_interviews_are_not(result):
    good = [c for c in result.interviews if not c.title.endswith("P3")]
    assert len(good) == 8
    for c in good:
        assert c.talk.share < 1 / 3, c.title
        assert c.questions.by_kind["leading"] == 0, c.title
        assert not c.interruptions, c.title
        assert c.intro_score == 4, c.title
        assert c.listening.reflections >= 1, c.title


def test_interviewer_table_singles_out_who_led(result):
    rows = {r.name: r for r in result.interviewers}
    assert rows["Sam Okafor"].leading >= 7 and rows["Dana Whitfield"].leading == 0
    assert rows["Sam Okafor"].interruptions == 3 and rows["Dana Whitfield"].interruptions == 0


@pytest.mark.slow
def test_guide_coverage_on_the_sample(result):
    assert result.guide_questions >= 10
    p3 = _by(result, "P3")
    m = next(m for m in p3.guide.matches if m.guide_question == "Do you like our new checkout?")
    assert m.asked and m.leading
    assert m.matched.text.startswith("Don't you think the new checkout")
    good = [c for c in result.interviews if not c.title.endswith("P3")]
    assert all(c.guide.leading == 0 for c in good)
    p1 = _by(result, "P1")
    walk = next(m for m in p1.guide.matches if m.guide_question.startswith("Can you walk me through"))
    assert walk.asked and walk.matched.text == "Can you walk me through the day you signed up?"

"""The coach over the real shared transcripts (250 AI-led interviews, 16 podcasts): it must
finish on every one and give figures that are fractions."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from listenwell.analysis.coach import coach_interview

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "interviews"
BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "coach.py"

pytestmark = pytest.mark.skipif(
    not (DATA / "rev16").is_dir(), reason="shared transcripts not present (../shared/data)"
)


@pytest.fixture(scope="module")
def reader():
    """The benchmark's readers, so test and benchmark see the same interviews."""
    spec = importlib.util.spec_from_file_location("coach_benchmark", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def results(reader):
    return [(i, coach_interview(i)) for i in reader.load_all(DATA)]


def _fractions(c):
    yield c.talk.share
    yield c.talk.word_share
    if c.followups.rate is not None:
        yield c.followups.rate
    if c.guide and c.guide.coverage is not None:
        yield c.guide.coverage


def test_all_266_coached_with_fractions(results):
    assert len(results) == 266
    for interview, c in results:
        if c.no_participant_speech:
            continue
        for x in _fractions(c):
            assert 0.0 <= x <= 1.0, interview.title
        # a question not in English ("Ra, Re- Rahan, Ra, Ray Rahan?") is counted, with no kind
        assert c.questions.total == sum(c.questions.by_kind.values()) + sum(
            q.kind == "not_checked" for q in c.questions.asked)
        assert len(c.advice) <= 3
        assert all(a.quotes for a in c.advice), interview.title


def test_quotes_are_verbatim(results):
    for interview, c in results[::10]:
        if c.no_participant_speech:
            continue
        texts = {s.index: s.text for s in interview.segments}
        quotes = [a.quote for a in c.questions.asked] + [m.quote for m in c.followups.missed]
        for q in quotes:
            assert q.text in texts[q.segment], (interview.title, q.text)


def test_ai_interviews_are_plausible(results):
    ai = [c for i, c in results if not i.title.startswith("rev16")]
    # The AI interviewer opens with purpose and "no right or wrong answer" every time,
    # never mentions recording, and asks mostly open questions.
    assert all(ch.passed for c in ai for ch in c.intro if ch.name in ("purpose", "no_right_answers"))
    assert not any(ch.passed for c in ai for ch in c.intro if ch.name == "consent_to_record")
    kinds = [q.kind for c in ai for q in c.questions.asked]
    assert kinds.count("open") / len(kinds) > 0.5
    assert all(not c.interruptions for c in ai)  # typed chat: no cut-offs


def test_podcast_monologue_reports_no_participant_speech(results):
    mono = [c for i, c in results if i.title == "rev16/27"]
    assert mono and mono[0].no_participant_speech
    podcasts = [c for i, c in results if i.title.startswith("rev16") and not c.no_participant_speech]
    assert sum(len(c.interruptions) for c in podcasts) > 50  # verbatim cut-offs marked "-"

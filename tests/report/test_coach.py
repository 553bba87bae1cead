"""The coach report renderers: self-contained HTML, Markdown with time codes, safe writes."""

from __future__ import annotations

import re

import pytest

from listenwell.analysis.coach import coach_interview, summarise_study
from listenwell.domain import InputError
from listenwell.report.coach import clip, render_html, render_markdown, write_report

from ..analysis.coach_fixtures import monologue_interview, timed_interview, untimed_interview


@pytest.fixture(scope="module")
def result():
    return summarise_study("f", "Fixture <study>", [
        coach_interview(timed_interview()),
        coach_interview(untimed_interview()),
        coach_interview(monologue_interview()),
    ])


def test_html_is_self_contained_and_escaped(result):
    page = render_html(result)
    assert "<script" not in page
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", page)
    assert "Fixture &lt;study&gt;" in page
    assert "no participant speech" in page
    assert page.count('class="advice"') == 6  # three for each coached interview


def test_markdown_quotes_with_time_or_turn(result):
    md = render_markdown(result)
    assert "> [00:32] **Alex:** Don't you think our new app is much easier?" in md
    assert "[turn " in md  # the untimed interview
    assert "| Timed fixture | Alex | 60% (time) |" in md


def test_trend_table_when_four_interviews():
    four = summarise_study("f", "F", [coach_interview(timed_interview()) for _ in range(4)])
    assert "## Trend" in render_markdown(four)
    assert "<h2>Trend</h2>" in render_html(four)


def test_clip_keeps_a_verbatim_prefix():
    text = "word " * 200
    out = clip(text, 50)
    assert out.endswith(" …") and text.startswith(out[:-2])


def test_write_report_by_suffix(result, tmp_path):
    assert write_report(result, tmp_path / "c.md").read_text().startswith("# Did we listen?")
    with pytest.raises(InputError):
        write_report(result, tmp_path / "c.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.md"]


def test_guide_table_tells_a_flagged_skip_from_a_missed_question():
    from listenwell.analysis.coach.model import GuideCoverage, GuideMatch

    c = coach_interview(timed_interview())
    c.guide = GuideCoverage(total=2, asked=0, leading=0, matches=[
        GuideMatch("Would you pay more for faster delivery?", False, 0.2, flagged=True),
        GuideMatch("What do you do when a delivery arrives late?", False, 0.3)])
    r = summarise_study("f", "F", [c])
    md = render_markdown(r)
    assert "| Would you pay more for faster delivery? | skipped (flagged by the guide check) |" in md
    assert "| What do you do when a delivery arrives late? | skipped |" in md
    assert "flagged by the guide check" in render_html(r)


def test_an_intro_point_not_read_in_another_language_is_shown_as_not_checked():
    from listenwell.domain.model import Interview, Role, Segment, Speaker

    rows = [("Ines", "Buenas tardes, soy Inés, de la cooperativa. ¿Está bien si grabo la conversación?"),
            ("Rosa", "Sí, está bien."),
            ("Ines", "Cuénteme cómo fue la última vez que llevó su cosecha al mercado."),
            ("Rosa", "Fue el sábado, llegamos temprano y vendimos casi todo.")]
    interview = Interview(study_slug="f", title="Cosecha", interviewers=["Ines"],
                          segments=[Segment(speaker=sp, text=t, start=None, end=None, index=i)
                                    for i, (sp, t) in enumerate(rows)],
                          speakers=[Speaker("Ines", Role.INTERVIEWER), Speaker("Rosa", Role.PARTICIPANT)])
    result = summarise_study("f", "F", [coach_interview(interview)])
    md = render_markdown(result)
    assert "said there are no right or wrong answers — not checked (not in English)" in md
    assert "| 1/1 |" in md  # the consent ask, the one point read
    assert "not checked (not in English)" in render_html(result)


def test_questions_not_in_english_show_a_dash_not_zero_leading():
    from listenwell.domain.model import Interview, Role, Segment, Speaker
    rows = [("Ines", "Racontez-moi votre dernière réservation au club de tennis."), ("Rosa", "C'était mardi."),
            ("Ines", "Est-ce que le nouveau site vous a plu ?"), ("Rosa", "Non.")]
    iv = Interview(study_slug="f", title="Entretien", interviewers=["Ines"],
                   segments=[Segment(speaker=s, text=t, start=None, end=None, index=i) for i, (s, t) in enumerate(rows)],
                   speakers=[Speaker("Ines", Role.INTERVIEWER), Speaker("Rosa", Role.PARTICIPANT)])
    study = summarise_study("f", "F", [coach_interview(iv)])
    md = render_markdown(study)
    assert re.search(r"\| Entretien \| Ines \| \d+% \(words\) \| 2 \| – \| – \|", md)  # problems, leading
    assert "not checked (not in English): 2" in md
    assert "| Ines | 1 |" in md and "| – | – | – |" in md  # the interviewer's leading, closed, problems
    assert "not checked (not in English) 2" in render_html(study)

"""Guides exported from other tools (analysis/guide_shapes.py), read through parse_guide."""

from __future__ import annotations

from listenwell.analysis.guide import parse_guide


def test_a_web_page_saved_as_html() -> None:
    g = parse_guide("""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<title>Allotment interviews</title>
<style>
  .note { color: #777; }
</style>
</head>
<body>
<h1>Allotment Society &ndash; Holder Interviews</h1>
<h2>Who we&rsquo;re talking to</h2>
<ul>
  <li>8 plot holders</li>
</ul>
<h2>The plot <span class="timing">10 min</span></h2>
<ol>
  <li>Tell me about the last time you worked on your plot.
    <ul class="probe"><li>Who was there?</li></ul>
  </li>
  <li>What do you grow and why?</li>
</ol>
</body>
</html>
""", "page.html")
    assert g.title == "Allotment Society \u2013 Holder Interviews"
    plot = g.sections[-1]
    assert (plot.title, plot.minutes) == ("The plot", 10)
    assert [(q.text, [f.text for f in q.followups]) for q in plot.questions] == [
        ("Tell me about the last time you worked on your plot.", ["Who was there?"]),
        ("What do you grow and why?", [])]
    assert "<" not in "".join(s.title for s in g.sections)


def test_setext_headings_a_numbered_outline_and_definition_lists() -> None:
    g = parse_guide("""\
Parking permits: resident sessions
==================================

Format
: Usability test and a short interview

Research questions
: RQ1 Can residents renew a permit without help?

1. Background (7 min)
---------------------

1.1 How do you park near your home at the moment?
: 1.1.a Probe \u2013 how long have you had a permit?

1.2 What happened the last time your permit ran out?
: only ask if they have had one
""", "outline.md")
    assert g.title == "Parking permits: resident sessions"
    by_title = {s.title: s for s in g.sections}
    assert not by_title["Research questions"].asked and by_title["Format"].questions == []
    background = by_title["1. Background"]
    assert background.minutes == 7
    assert [(q.text, [(f.text, f.instruction) for f in q.followups]) for q in background.questions] == [
        ("How do you park near your home at the moment?", [("how long have you had a permit?", False)]),
        ("What happened the last time your permit ran out?", [("only ask if they have had one", True)])]


def test_a_whiteboard_export_tagged_by_colour_with_a_legend() -> None:
    g = parse_guide("""\
LEGEND
[blue] = research question
[green] = main question (ask this)
[pink] = probe
[yellow] = note to interviewer
[grey] = parked, not asking this round

=== FRAME: Warm-up (5 min) ===
[blue] RQ: how do volunteers find shifts?
[green] How did you first get involved with the food bank?
[pink] probe: what keeps you coming back?
[yellow] Tom: is this one too long?
[grey] Would you recommend the app to other charities?
""", "board.txt")
    warm = g.sections[0]
    assert (warm.title, warm.minutes) == ("Warm-up", 5)
    assert [(q.text, [f.text for f in q.followups]) for q in g.questions] == [
        ("How did you first get involved with the food bank?", ["what keeps you coming back?"])]


def test_a_front_matter_is_not_a_heading_and_a_bracketed_condition_is_a_note() -> None:
    g = parse_guide("""\
---
title: Maintainer interviews
show_in_nav: true
---

## Questions

- [if they maintain more than one] How do you split your time between projects?
- [D] Why did you stop using the issue tracker?

| Question | Notes |
|---|---|
| [K] What made you pick the kiosk? | |
""", "fm.md")
    assert [s.title for s in g.sections] == ["Questions"] and g.markdown.startswith("---\ntitle:")  # kept as written
    assert [(q.text, [f.text for f in q.followups]) for q in g.questions] == [
        ("How do you split your time between projects?", ["[if they maintain more than one]"]),
        ("Why did you stop using the issue tracker?", ["[D]"]), ("What made you pick the kiosk?", ["[K]"])]

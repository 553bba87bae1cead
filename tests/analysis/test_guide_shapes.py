"""Guides exported from other tools (analysis/guide_shapes.py), read through parse_guide."""

from __future__ import annotations

from listenwell.analysis.guide import GuideIssueKind, check_guide, parse_guide


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
    # the condition stays in front of its question, not among its probes
    assert [(q.text, q.condition, q.followups) for q in g.questions] == [
        ("How do you split your time between projects?", "[if they maintain more than one]", []),
        ("Why did you stop using the issue tracker?", "[D]", []), ("What made you pick the kiosk?", "[K]", [])]


def test_a_spreadsheet_pasted_as_tab_separated_columns() -> None:
    g = parse_guide(
        "Allotment interviews\t\t\t\t\n"
        "\n"
        "Section\tTime\t#\tQuestion\tProbes / follow-ups\tNotes\n"
        "Intro\t3 min\t\t\t\"Thanks for coming.\nThere are no wrong answers.\"\tRead aloud.\n"
        "Warm-up\t5 min\t1\tTell me about your plot.\tHow long have you had it?\t\n"
        "Warm-up\t\t2\tWhat do you grow?\t\tOnly if they mention crops\n"
        "Water\t6 min\t3\tWalk me through a dry week.\tWho helps? / Any hosepipe ban?\t\n",
        "sheet.tsv")
    assert [(s.title, s.minutes, [q.text for q in s.questions]) for s in g.sections if s.questions] == [
        ("Warm-up", 5, ["Tell me about your plot.", "What do you grow?"]),
        ("Water", 6, ["Walk me through a dry week."])]
    intro = g.sections[0]  # a row that asks nothing: what to say there, under its own section
    assert (intro.title, intro.minutes, intro.notes) == (
        "Intro", 3, ["Thanks for coming. There are no wrong answers. \u2014 Read aloud."])
    first, second = g.sections[-2].questions
    assert [f.text for f in first.followups] == ["How long have you had it?"]
    assert [(f.text, f.instruction) for f in second.followups] == [("Only if they mention crops", True)]
    assert [f.text for f in g.sections[-1].questions[0].followups] == ["Who helps?", "Any hosepipe ban?"]


def test_restructured_text_and_a_plain_outline_with_numbered_sections_in_capitals() -> None:
    rst = parse_guide("""\
=====================
Study room interviews
=====================

:Duration: 45 minutes

.. note::

   Check the booking log first.

Warm-up (5 min)
===============

#. Could you tell me a bit about your course?

   - Which year are you in?
""", "guide.rst")
    assert (rst.title, rst.planned_minutes) == ("Study room interviews", 45)
    warm = rst.sections[-1]
    assert (warm.title, warm.minutes) == ("Warm-up", 5)
    assert [(q.text, [f.text for f in q.followups]) for q in warm.questions] == [
        ("Could you tell me a bit about your course?", ["Which year are you in?"])]
    outline = parse_guide("""\
MOVES - QUOTE JOURNEY
Length: 45 mins.

1. INTRO (3 MIN)

   Say: thanks for joining.

2. WARM UP (5 MIN)

   * Tell me a bit about your recent move.
       -> where from, where to
""", "outline.txt")
    assert [(s.title, s.minutes) for s in outline.sections] == [("1. INTRO", 3), ("2. WARM UP", 5)]
    assert [(q.text, [f.text for f in q.followups]) for q in outline.questions] == [
        ("Tell me a bit about your recent move.", ["where from, where to"])]


def test_a_guide_shared_in_a_chat_thread() -> None:
    g = parse_guide("""\
#research
Thread

Sam Lee  10:14 AM
draft guide for the allotment interviews, over a few messages

Sam Lee  10:15 AM
*PART 1 - warm-up (5 min)*
\u2022 Tell me how you got your plot.
    \u25e6 who helped?

Jo Park  10:20 AM
looks good! should we record on the phone?

Sam Lee  10:21 AM
*PART 2 - water (10 min)*
\u2022 Walk me through a dry week.
""", "thread.txt")
    assert [(s.title, s.minutes) for s in g.sections if s.questions] == [("PART 1 - warm-up", 5), ("PART 2 - water", 10)]
    assert [q.text for q in g.questions] == ["Tell me how you got your plot.", "Walk me through a dry week."]


def test_a_schedule_with_clock_times_is_not_a_chat_thread() -> None:
    g = parse_guide("""\
## Day plan

Intro    10:00
- How was the journey in?

Warm-up    10:05
What brought you here today?

Plots    10:15
Let them talk.

## The plot
- Tell me about your plot.
""", "plan.md")
    assert [q.text for q in g.questions] == ["How was the journey in?", "What brought you here today?",
                                            "Tell me about your plot."]


def test_an_org_mode_guide_with_questions_as_sub_headings() -> None:
    text = """\
#+TITLE: Allotment water study
#+AUTHOR: J. Ng

* Goals                                                          :noexport:
  - how plot holders water in a dry week

* Warm-up                                                        :warmup:
  :PROPERTIES:
  :TIME:     5 min
  :END:
  - How did you come to have a plot?
    - who else works it?

* Watering
  /Let them show the taps if you are on site./
*** Tell me about the last dry week on your plot.
    - what ran out first?
*** What did you do when the trough was empty?
** TODO book the site visit
"""
    g = parse_guide(text, "water.org")
    assert g.title == "Allotment water study"
    asked = [s for s in g.sections if s.questions]
    assert [s.title for s in asked] == ["Warm-up", "Watering"]
    assert [q.text for q in asked[1].questions] == ["Tell me about the last dry week on your plot.",
                                                    "What did you do when the trough was empty?"]
    assert [f.text for f in asked[1].questions[0].followups] == ["what ran out first?"]
    assert "Let them show the taps if you are on site." in asked[1].notes
    assert not any("TODO" in s.title or "book the site" in s.title for s in g.sections)
    # the parent heading over sub-headings is not a forgotten section, nor is the task
    kinds = [i.kind for i in check_guide(g, []).issues]
    assert GuideIssueKind.SECTION_WITHOUT_QUESTIONS not in kinds


def test_a_question_heading_with_its_follow_ups_is_a_question_only_below_the_sections() -> None:
    g = parse_guide("""\
# Tool library interviews

## Why people borrow
- how borrowers pick a tool

## Borrowing
### What did you last borrow, and how did it go?
- who showed you how it works?
""", "tools.md")
    # "Why people borrow" sits at the sections' own level: a section, not a question
    assert [s.title for s in g.sections] == ["Why people borrow", "Borrowing"]
    assert [(q.text, [f.text for f in q.followups]) for q in g.sections[1].questions] == [
        ("What did you last borrow, and how did it go?", ["who showed you how it works?"])]


def test_a_plain_text_outline_with_setext_headings_and_numbered_capitals() -> None:
    g = parse_guide("""\
FERRY SEASON TICKETS
====================

Study aim
---------
Things we want to find out:
  - how islanders plan crossings

1. WARM-UP (5 min)

   a) How long have you lived on the island?
        - family here too?

2. BOOKING (10 min)

   a) Talk me through the last time you booked a crossing.
""", "ferry.txt")
    assert [(s.title, s.minutes) for s in g.sections if s.questions] == [("1. WARM-UP", 5), ("2. BOOKING", 10)]
    assert [q.text for q in g.questions] == ["How long have you lived on the island?",
                                            "Talk me through the last time you booked a crossing."]


def test_a_brief_with_quoted_questions_timed_labels_and_questions_inside_prose() -> None:
    g = parse_guide("""\
Dear Sam,

WHAT THE STUDY IS FOR

We want to understand:
  - how tenants report repairs;
  - what happens after they do.

THE QUESTIONS

Warm-up (5 minutes) – go gently:

  "How long have you lived in your flat?"
  "Who else lives there with you?"

Reporting a repair (15 minutes) – this is the part the housing team cares about most, so keep time for it:

  "Can you walk me through the last repair you reported?"
      – who they told first; phone or online
  "What happened after that?" (only if they reported it online)

Close by asking "Is there anything I should have asked?" and thank them.
""", "letter.txt")
    by_title = {s.title: s for s in g.sections}
    assert by_title["Warm-up"].minutes == 5 and by_title["Reporting a repair"].minutes == 15
    assert "this is the part the housing team cares about most, so keep time for it" in by_title["Reporting a repair"].notes
    assert [q.text for q in by_title["Reporting a repair"].questions][0] == \
        "Can you walk me through the last repair you reported?"
    assert by_title["Reporting a repair"].questions[0].followups[0].text == "who they told first; phone or online"
    assert "Is there anything I should have asked?" in [q.text for q in g.questions]
    # the study's aims are not questions to ask
    assert not by_title["WHAT THE STUDY IS FOR"].asked
    assert not any("tenants report" in q.text for q in g.questions)


def test_a_script_with_speaker_labels_and_part_banners() -> None:
    g = parse_guide("""\
BIKE HIRE INTERVIEWS – SCRIPT

WHAT WE WANT TO FIND OUT
- how riders pick a hire bike

=============================
PART 1 – WELCOME (3 min)
=============================

INTERVIEWER: Thanks for coming in. Nothing you say goes on your record.

=============================
PART 2 – RIDING (10 min)
=============================

INTERVIEWER: Tell me how you started hiring bikes.
  PROBE: Who showed you?

INT: What happened the last time a dock was full?
""", "script.txt")
    assert [s.title for s in g.sections if s.questions] == ["PART 2 – RIDING"]
    assert [(q.text, [f.text for f in q.followups]) for q in g.questions] == [
        ("Tell me how you started hiring bikes.", ["Who showed you?"]),
        ("What happened the last time a dock was full?", [])]
    assert not any("how riders pick" in q.text for q in g.questions)  # the study's aims
    assert any("Nothing you say goes on your record" in n for s in g.sections for n in s.notes)


def test_questions_under_a_condition_and_a_wiki_page_numbered_by_section() -> None:
    g = parse_guide("""\
Guide

Intro script (3 min)

"Thanks for making time. There are no right or wrong answers."

1. Warm-up (5 min)
  1. Can you tell me about your role at the depot?
     ▸ Expand: probes
       – How long have you been there?

2. Breakdowns (10 min)
  2. Walk me through the last breakdown you dealt with.
- _If they called the helpline that time:_
  - What happened when you got through?
""", "wiki.txt")
    by_title = {s.title: s for s in g.sections}
    assert by_title["1. Warm-up"].minutes == 5 and by_title["2. Breakdowns"].minutes == 10
    assert [q.text for q in by_title["2. Breakdowns"].questions] == [
        "Walk me through the last breakdown you dealt with.", "What happened when you got through?"]
    assert "If they called the helpline that time:" in " ".join(by_title["2. Breakdowns"].notes)


def test_a_guide_exported_as_typed_csv_rows() -> None:
    g = parse_guide("""\
Section,Type,Content,Timing,Notes
Overview,Title,"Ferry season tickets – rider interviews",,
Overview,Goal,Understand how islanders plan crossings,,
Warm-up,Question,"Could you start by telling me where you live, and how you get to the mainland?",5 min,
Warm-up,Probe,"How often do you cross?",,
Booking,Question,Walk me through the last time you booked a crossing.,10 min,"Let them tell it in their order"
Booking,Probe,App or phone? Who helped?,,
""", "ferry.csv")
    asked = [s for s in g.sections if s.questions]
    assert [(s.title, s.minutes) for s in asked] == [("Warm-up", 5), ("Booking", 10)]
    assert [(q.text, [f.text for f in q.followups if not f.instruction]) for q in g.questions] == [
        ("Could you start by telling me where you live, and how you get to the mainland?", ["How often do you cross?"]),
        ("Walk me through the last time you booked a crossing.", ["App or phone?", "Who helped?"])]


def test_questions_in_bold_with_plain_probes_and_a_colleagues_comment_by_initials() -> None:
    g = parse_guide("""\
# Stall holders

### Getting started (5 min)

**Tell me how you got your first pitch.**
How long ago? Who helped you?

**What does a market day look like for you?**

JS: make this section optional?

> - Can you walk me through the last time it rained on a market day?
>   - what did you do with the stock?
> - How do you decide what to bring?
""", "stalls.md")
    assert [q.text for q in g.questions] == [
        "Tell me how you got your first pitch.", "What does a market day look like for you?",
        "Can you walk me through the last time it rained on a market day?", "How do you decide what to bring?"]
    assert [f.text for f in g.questions[0].followups] == ["How long ago? Who helped you?"]


def test_a_latex_protocol() -> None:
    g = parse_guide(r"""\documentclass{article}
\title{Interview protocol: allotment water}
\begin{document}
\subsection*{Research questions}
\begin{enumerate}
  \item How do plot holders water in a dry week?
\end{enumerate}
\section{Background (5 minutes)}
\begin{enumerate}
  \item How did you come to have a plot? % keep it light
  \begin{itemize}
    \item Who else works it?
  \end{itemize}
  \item What does a typical week on the plot look like -- in summer?
\end{enumerate}
\end{document}
""", "protocol.tex")
    assert g.title == "Interview protocol: allotment water"
    assert [(s.title, s.minutes) for s in g.sections if s.questions] == [("Background", 5)]
    assert [(q.text, [f.text for f in q.followups]) for q in g.questions] == [
        ("How did you come to have a plot?", ["Who else works it?"]),
        ("What does a typical week on the plot look like \u2013 in summer?", [])]


def test_a_guide_kept_as_yaml_for_an_interview_tool() -> None:
    g = parse_guide("""\
# guide.yaml -- for the notes template
study:
  title: "Allotment water"
  duration_minutes: 40
  goals:
    - Understand how plot holders water in a dry week
intro:
  script: >-
    Thanks for making time. There are no right or wrong answers.
    Is it OK if I record this call?
sections:
  - name: Warm-up
    minutes: 5
    questions:
      - q: "How did you come to have a plot?"
        probes:
          - "Who else works it?"
      - q: >-
          Walk me through the last dry week on your plot,
          from the first day without rain.
        note: "[only if they water by hand]"
""", "guide.yaml")
    assert g.title == "Allotment water" and g.planned_minutes == 40
    by_title = {s.title: s for s in g.sections}
    assert by_title["Warm-up"].minutes == 5
    assert [q.text for q in by_title["Warm-up"].questions] == [
        "How did you come to have a plot?",
        "Walk me through the last dry week on your plot, from the first day without rain."]
    assert [f.text for f in by_title["Warm-up"].questions[0].followups] == ["Who else works it?"]
    # the intro script is the intro, with its consent check
    assert "no right or wrong answers" in " ".join(by_title["Intro"].notes + [q.text for q in by_title["Intro"].items])


def test_a_mediawiki_page() -> None:
    g = parse_guide("""\
{{Draft|owner=Helen}}
= Allotment water – interview guide =
<!-- ethics ref SE-1 -->
== Research questions ==
* How do plot holders water in a dry week?
== Timings ==
{| class="wikitable"
! Section !! Minutes
|-
| Watering || 10
|}
== Watering ==
# Can you tell me how you water in a dry week?
#* Who helps? ''(only if they share the plot)''
# What happened the last time the trough ran dry?
[[Category:Research]]
""", "guide.wiki")
    assert [s.title for s in g.sections if s.questions] == ["Watering"]
    assert [(q.text, [f.text for f in q.followups]) for q in g.questions] == [
        ("Can you tell me how you water in a dry week?", ["Who helps? (only if they share the plot)"]),
        ("What happened the last time the trough ran dry?", [])]


def test_asciidoc_a_mind_map_and_footnoted_probes() -> None:
    adoc = parse_guide("""\
= Allotment water: interview guide
:toc:

== Warm-up (5 min)

. How did you come to have a plot?
** Who else works it?
[start=2]
. What does a dry week look like for you?
+
TIP: Only if they water by hand.
""", "guide.adoc")
    assert adoc.title == "Allotment water: interview guide"
    assert [(q.text, [f.text for f in q.followups]) for q in adoc.questions] == [
        ("How did you come to have a plot?", ["Who else works it?"]),
        ("What does a dry week look like for you?", [])]
    assert any("Only if they water by hand" in n for s in adoc.sections for n in s.notes)
    mind_map = parse_guide("Allotment water\n\tWarm-up - 5 min\n\t\tHow did you come to have a plot?\n"
                           "\t\t\twho else works it\n\tWatering - 10 min\n\t\tWalk me through the last dry week.\n"
                           "\t\tWhat happened when the trough ran dry?\n", "map.txt")
    assert [s.title for s in mind_map.sections if s.questions] == ["Warm-up", "Watering"]
    assert [q.text for q in mind_map.questions][0] == "How did you come to have a plot?"
    assert mind_map.questions[0].followups[0].text == "who else works it"
    footnoted = parse_guide("## Watering\n1. Walk me through the last dry week.[^1]\n2. Who helps you?[^2]\n\n"
                            "[^1]: What ran out first?\n[^2]: Family? Neighbours?\n", "guide.md")
    assert [q.text for q in footnoted.questions] == ["Walk me through the last dry week.", "Who helps you?"]


def test_html_toggles_in_a_markdown_export_fold_a_question_over_its_probes() -> None:
    # a toggle whose summary asks is a question with the folded list as its follow-ups; a toggle
    # that only labels its list ("Spare questions") heads a sub-section of its own
    g = parse_guide("""\
## Renting a bike (10 min)

<details>
<summary>Walk me through the last time you rented a bike.</summary>

- Which station did you start from?
- What did you pay?

</details>

<details>
<summary>**Spare questions**</summary>

- What would you change about the docking stations?

</details>
""", "g.md")
    first, spare = g.sections
    ask = first.questions[0]
    assert ask.text == "Walk me through the last time you rented a bike."
    assert [f.text for f in ask.followups] == ["Which station did you start from?", "What did you pay?"]
    assert len(first.questions) == 1
    assert spare.title == "Spare questions"
    assert [q.text for q in spare.questions] == ["What would you change about the docking stations?"]
    assert not any("<" in q.text for s in g.sections for q in s.items)

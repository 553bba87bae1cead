"""Listening signals (reflections, encouragers) and the intro checks."""

from __future__ import annotations

from listenwell.analysis.questions.language import mostly_english

from .cues import INTRO_CHECKS, INTRO_CHECKS_ANY_LANGUAGE, REFLECTION, is_encourager, sentences
from .model import IntroCheck, Listening
from .options import CoachOptions
from .turns import INTERVIEWER, Turn


def listening(turns: list[Turn], options: CoachOptions) -> Listening:
    reflections, encouragers, examples = 0, 0, []
    for t in turns:
        if t.side != INTERVIEWER:
            continue
        if is_encourager(t.text, options.encourager_words):
            encouragers += 1
            continue
        hit = next((s for s in sentences(t.text) if REFLECTION.search(s)), None)
        if hit:
            reflections += 1
            if len(examples) < options.max_quotes:
                examples.append(t.quote(hit))
    return Listening(reflections, encouragers, examples)


def intro_checks(turns: list[Turn], options: CoachOptions) -> list[IntroCheck]:
    """Look for each intro statement in the interviewer's first few turns. In an opening not in
    English, a statement the coach reads in English only and does not find is "not checked"
    (``checked`` False), never "never said": the consent ask is read in the guide languages too."""
    opening = [
        t for t in turns if t.side == INTERVIEWER and not is_encourager(t.text, options.encourager_words)
    ][: options.intro_turns]
    english = not opening or mostly_english([t.text for t in opening])
    checks = []
    for name, (label, rx) in INTRO_CHECKS.items():
        evidence = None
        for t in opening:
            hit = next((s for s in sentences(t.text) if rx.search(s)), None)
            if hit:
                evidence = t.quote(hit)
                break
        checked = evidence is not None or english or name in INTRO_CHECKS_ANY_LANGUAGE
        checks.append(IntroCheck(name, label, evidence is not None, evidence, checked=checked))
    return checks

"""Listening signals (reflections, encouragers) and the intro checks."""

from __future__ import annotations

from .cues import INTRO_CHECKS, REFLECTION, is_encourager, sentences
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
    """Look for each intro statement in the interviewer's first few turns."""
    opening = [
        t for t in turns if t.side == INTERVIEWER and not is_encourager(t.text, options.encourager_words)
    ][: options.intro_turns]
    checks = []
    for name, (label, rx) in INTRO_CHECKS.items():
        evidence = None
        for t in opening:
            hit = next((s for s in sentences(t.text) if rx.search(s)), None)
            if hit:
                evidence = t.quote(hit)
                break
        checks.append(IntroCheck(name, label, evidence is not None, evidence))
    return checks

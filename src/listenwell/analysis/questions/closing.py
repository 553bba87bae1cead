"""The formulaic prompts that close an interview, by what they ask for. The kit adds the ones a
guide's own closing lacks; the coach counts any of them as the guide's closing prompt asked,
since "Is there anything else you'd like to add?" and "What should I have asked?" do one job
in whatever words, which a sentence embedder does not see (0.28 alike for that pair)."""

from __future__ import annotations

import re

MISSED = "missed"  # "Is there anything I should have asked but didn't?"
ANYTHING_ELSE = "anything_else"  # "Is there anything else you'd like to add?"
WHO_ELSE = "who_else"  # "Who else do you think we should talk to?"
OPEN_FLOOR = frozenset({MISSED, ANYTHING_ELSE})  # both hand the floor over at the end

_PROMPTS = {
    MISSED: re.compile(r"\b(?:should (?:i |we )?have asked|didn'?t ask|forg[eo]t to ask|"
                       r"(?:haven'?t|have not) asked)\b", re.I),
    ANYTHING_ELSE: re.compile(r"\banything else\b.*\b(?:add|share|tell|say|mention|know|cover|ask)|"
                              r"\bwhat else should (?:we|i) know\b|"
                              r"\banything (?:we|i) (?:haven'?t|didn'?t) (?:talk|cover|ask)", re.I),
    WHO_ELSE: re.compile(r"\bwho else\b.*\b(?:talk|speak|interview|ask|recommend|contact)", re.I),
}


def closing_prompts(text: str) -> set[str]:
    """Which closing prompts ``text`` is: none, or some of MISSED, ANYTHING_ELSE, WHO_ELSE."""
    return {kind for kind, rx in _PROMPTS.items() if rx.search(text)}

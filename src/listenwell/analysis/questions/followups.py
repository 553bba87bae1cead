"""The follow-up bank: two or three probes that fit a main question.

A probe follows the answer the question is likely to get: a story gets "what happened next",
a frequency gets "when was the last time", a cost gets "how did you decide it was worth it", a
view gets "what makes you say that". The first matching kinds come first, then general probes
fill the list. Check-ins that run the session ("Any questions before we begin?", consent to
record) get none. Every probe here is an open question the checker passes itself (tested).
"""

from __future__ import annotations

import re

from .sentences import _norm, _sentence_asks, _sentences, _strip_fillers, runs_session

# (what the question asks about, the probes that follow its answer), most specific first
_PROBE_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(pattern), probes) for pattern, probes in (
        # how often: anchor the average in one instance
        (r"^how (?:often|frequently)\b|\bhow many times\b",
         ("When was the last time?", "Can you walk me through what happened that time?")),
        # what it costs in money
        (r"\b(?:pay|paid|spend|spent|cost|costs|price|money|budget|worth)\b",
         ("How did you decide that was worth it?", "Who else was involved in that decision?")),
        # how long it takes
        (r"\bhow long\b|\bhow much time\b",
         ("What made it take that long?", "Can you walk me through the last time?")),
        # what is at stake
        (r"\bwhat (?:happens|would happen|is at stake|'s at stake)\b|\bat stake\b|\bif you don'?t\b",
         ("When did that last happen? What was it like?", "Who else does it affect?")),
        # a workaround, a solution tried, a switch
        (r"\b(?:solve|solved|solving|fix|fixed|workaround|tried|alternative|instead|switch\w*|"
         r"other (?:tools|products|options|apps))\b",
         ("What have you tried so far?", "What made you stop using the last thing you tried?",
          "Where does that still fall short?")),
        # a beginning: when it started, how they found it, why they chose it
        (r"\b(?:first|realis\w+|realiz\w+|start(?:ed)? (?:to|using|looking)|began|decide\w*|chose|choose|"
         r"discover\w*|come across|came across|hear about|heard about|sign(?:ed)? up)\b",
         ("What was going on at the time?", "What did you do next?")),
        # a difficulty
        (r"\b(?:difficult\w*|hard\w*|tough\w*|trick\w*|worst|frustrat\w*|annoy\w*|problem\w*|challeng\w*|"
         r"struggl\w*|pain\w*|"
         r"stuck|went wrong|goes wrong|confus\w*)\b",
         ("Can you tell me about the last time that happened?", "What did you do about it?",
          "How did that make you feel?")),
        # what works
        (r"\b(?:works? well|worked well)\b",
         ("Can you give me an example of when it worked well?", "What makes it work for you?")),
        # a liking asked about: the answer may be yes or no, so the probes do not assume it
        (r"\b(?:you|they) (?:\w+ )?(?:like|love|enjoy|dislike|hate)\b",
         ("What makes you say that?", "Can you give me an example?")),
        # a feeling
        (r"\b(?:feel|felt|feeling|worr\w*|excit\w*|upset|happy|nervous)\b",
         ("What made it feel that way?", "Can you give me an example of when you felt that?")),
        # a story
        (r"\b(?:last time|recent\w*|time when|a time|walk me through|tell me about|example|story|"
         r"happened|describe)\b",
         ("What happened next?", "What was going through your mind then?")),
        # a view or a guess
        (r"\b(?:think|thought|opinion|impression|expect\w*|view|believe)\b",
         ("What makes you say that?", "Can you give me an example?")),
        # a comparison
        (r"\b(?:compare|compared|difference|different|versus|vs)\b",
         ("What made the difference?", "Can you give me an example?")),
        # a routine, a role, a process
        (r"\b(?:how do you|process|step|steps|currently|today|usually|typical\w*|handle|workflow|"
         r"routine|day|role|job|work)\b",
         ("Where does that get stuck or take longer than it should?",
          "Can you walk me through the last time you did that?")),
    ))

_GENERAL_PROBES = (
    "Can you say more about that?",
    "Can you give me an example?",
    "What else should I know about that?",
)


def suggest_followups(text: str) -> list[str]:
    """Two or three probes that fit the question (none for a check-in that runs the session)."""
    low = _norm(text).lower()
    bare = _strip_fillers(low)  # "First, what's your occupation?" is not about a beginning
    # an item whose asks all run the session ("Thanks for joining! Is it ok if we record? The
    # recording stays with us.") gets no probe, whatever is said around the ask
    asks = [x for x in _sentences(text) if _sentence_asks(x)] or [text]
    if not low or all(runs_session(x) for x in asks):
        return []
    probes: list[str] = []
    for pattern, fitting in _PROBE_RULES:
        if pattern.search(bare):
            probes += fitting
        if len(probes) >= 3:
            break
    probes += _GENERAL_PROBES
    chosen: list[str] = []
    for probe in probes:
        # "What did you do next?" and "What happened next?" ask the same thing: one of them
        twice = probe.endswith("next?") and any(c.endswith("next?") for c in chosen)
        if probe not in chosen and not twice and probe.lower().rstrip("?") not in low:
            chosen.append(probe)
    return chosen[:3]


def bank() -> list[str]:
    """Every probe the bank can suggest (for tests and documentation)."""
    return sorted({p for _, probes in _PROBE_RULES for p in probes} | set(_GENERAL_PROBES))

"""The follow-up bank: two or three probes that fit a main question.

A probe follows the answer the question is likely to get: a story gets "what happened next",
a frequency gets "when was the last time", a cost gets "how did you decide it was worth it", a
view gets "what makes you say that". The first matching kinds come first, then general probes
fill the list. Check-ins that run the session ("Any questions before we begin?", consent to
record) get none. Every probe here is an open question the checker passes itself (tested).
"""

from __future__ import annotations

import re

from .closing import OPEN_FLOOR, closing_prompts
from .sentences import _norm, _sentence_asks, _sentences, _strip_fillers, runs_session

# (what the question asks about, the probes that follow its answer, whether those probes take
# it that something already happened), most specific first
_PROBE_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...], bool], ...] = tuple(
    (re.compile(pattern), probes, past) for pattern, probes, past in (
        # how often: anchor the average in one instance
        (r"^how (?:often|frequently)\b|\bhow many times\b",
         ("When was the last time?", "Can you walk me through what happened that time?"), False),
        # what it costs in money: a purchase was weighed ("money" or "worth" alone is a topic or
        # a value, "to be worth opening every week", not a purchase)
        (r"\b(?:pay|paid|spend|spent|cost|costs|price|budget|bought|purchased?)\b",
         ("How did you decide that was worth it?", "Who else was involved in that decision?"), True),
        # how long they have been at it (tenure), not how long something takes
        (r"\bhow long (?:have|has|had) (?:you|they|your [\w-]+)(?: \w+)? been\b|\bhow long ago\b|"
         r"\bhow many years\b",
         ("What got you started?", "What has changed since then?"), False),
        # how long it takes
        (r"\bhow long (?:does|did|do|will|would|is|was) (?:it|that|this|the|a|an|your)\b|\bhow much time\b|"
         r"\bhow long\b[^?]*\btakes?\b",
         ("What made it take that long?", "Can you walk me through the last time?"), True),
        # what is at stake
        (r"\bwhat (?:happens|would happen|is at stake|'s at stake)\b|\bat stake\b|\bif you don'?t\b",
         ("When did that last happen? What was it like?", "Who else does it affect?"), False),
        # a workaround, a solution tried, a switch
        (r"\b(?:solve|solved|solving|fix|fixed|workaround|tried|alternative|instead|switch\w*|"
         r"other (?:tools|products|options|apps))\b",
         ("What have you tried so far?", "What made you stop using the last thing you tried?",
          "Where does that still fall short?"), False),
        # a beginning: when it started, how they found it, why they chose it
        (r"\b(?:first|realis\w+|realiz\w+|start(?:ed)? (?:to|using|looking)|began|decide\w*|chose|choose|"
         r"discover\w*|come across|came across|hear about|heard about|sign(?:ed)? up)\b",
         ("What was going on at the time?", "What did you do next?"), True),
        # a difficulty
        (r"\b(?:difficult\w*|hard\w*|tough\w*|trick\w*|worst|frustrat\w*|annoy\w*|problem\w*|challeng\w*|"
         r"struggl\w*|pain\w*|"
         r"stuck|went wrong|goes wrong|confus\w*)\b",
         ("Can you tell me about the last time that happened?", "What did you do about it?",
          "How did that make you feel?"), False),
        # what works
        (r"\b(?:works? well|worked well)\b",
         ("Can you give me an example of when it worked well?", "What makes it work for you?"), False),
        # a liking asked about: the answer may be yes or no, so the probes do not assume it
        (r"\b(?:you|they) (?:\w+ )?(?:like|love|enjoy|dislike|hate)\b",
         ("What makes you say that?", "Can you give me an example?"), False),
        # a feeling
        (r"\b(?:feel|felt|feeling|worr\w*|excit\w*|upset|happy|nervous)\b",
         ("What made it feel that way?", "Can you give me an example of when you felt that?"), False),
        # a story: an event asked for ("tell me about" or "describe" alone asks for a description,
        # "How would you describe the builder?", which has no "next")
        (r"\b(?:last time|recent\w*|time when|a time|walk me through|story|happened)\b",
         ("What happened next?", "What was going through your mind then?"), True),
        # a description
        (r"\b(?:describe|tell me about|tell me a (?:bit|little) about)\b",
         ("Can you give me an example?",), False),
        # a view or a guess
        (r"\b(?:think|thought|opinion|impression|expect\w*|view|believe)\b",
         ("What makes you say that?", "Can you give me an example?"), False),
        # a comparison
        (r"\b(?:compare|compared|difference|different|versus|vs)\b",
         ("What made the difference?", "Can you give me an example?"), False),
        # a routine, a role, a process (not "how do you feel / think about…", a view)
        (r"\b(?:how do you (?!feel|think|see|find|rate|like|describe)|process|step|steps|currently|today|usually|"
         r"typical\w*|handle|workflow|routine|day|role|job|work)\b",
         ("Where does that get stuck or take longer than it should?",
          "Can you walk me through the last time you did that?"), False),
    ))

# A question about what would be or would have to change ("What would need to be true for…",
# "If it did X, would you…") has no past yet: probes that take a story or a purchase for granted
# ("What happened next?", "How did you decide that was worth it?") do not fit it; these ask what
# lies behind the answer, and when it last came up.
_FUTURE = re.compile(r"\b(?:would|will|going to|in the future|next year|someday|one day)\b|^if\b|\bwhat if\b")
_FUTURE_PROBES = ("What makes you say that?", "When did that last come up for you?")

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
    if closing_prompts(bare) & OPEN_FLOOR:
        # "Anything else you'd like to add?" hands the floor over: whatever comes is new, and
        # asking for more of it is the one probe that fits
        return [_GENERAL_PROBES[0]]
    future = bool(_FUTURE.search(bare)) and not re.search(r"\bhow would you describe\b", bare)
    probes: list[str] = list(_FUTURE_PROBES) if future else []
    for pattern, fitting, past in _PROBE_RULES:
        if pattern.search(bare) and not (future and past):
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
    return sorted({p for _, probes, _ in _PROBE_RULES for p in probes} | set(_GENERAL_PROBES) | set(_FUTURE_PROBES))

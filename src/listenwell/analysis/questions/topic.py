"""The thing a question is about, so a rewrite keeps the topic ("Do you like our service?" →
"Can you walk me through how you last used our service?")."""

from __future__ import annotations

import re

from .sentences import _norm, _strip_fillers, _words
from .words import _EVALUATIVE, _WH


_SUBJECT_STRIP = re.compile(
    r"^(?:(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|should|don't|"
    r"doesn't|didn't|isn't|aren't|wasn't|weren't|won't|wouldn't|haven't|hasn't|can't)\s+)"
    r"(?:you\s+|we\s+|they\s+|it\s+|this\s+|that\s+|there\s+)?(?:not\s+|ever\s+|really\s+|also\s+|"
    r"usually\s+|still\s+|currently\s+)?",
    re.I,
)
_EVAL_VERBS = "like|love|enjoy|hate|prefer|dislike|appreciate|find|think|feel|agree|consider|believe"


def _clean_topic(t: str) -> str:
    t = re.sub(r"\s+", " ", t).strip(" ?.!,;:-—…")
    t = re.sub(r"\b(?:really|very|so|actually|just|ever)\b\s*", "", t, flags=re.I).strip()
    # a time phrase is not part of the topic: "the app next year" → "the app"
    t = re.sub(r"(?:^|\s+)(?:next|this|last|every|each) (?:year|month|week|time|day)$|(?:^|\s+)(?:now|"
               r"today|tomorrow|anymore|again|these days|in the future|from now on|daily|weekly|regularly)$",
               "", t, flags=re.I).strip()
    return t


_LOADED = {"confusing", "frustrating", "annoying", "horrible", "ugly", "terrible", "awful", "clunky",
           "broken", "outdated", "amazing", "awesome", "fantastic", "wonderful", "beautiful", "brilliant"}
_JUDGEMENTS = set(_EVALUATIVE) | _LOADED


def _cut_at_judgement(topic: str) -> str:
    """'our customer service team helpful' → 'our customer service team'."""
    words = topic.split()
    for i, w in enumerate(words):
        if w.lower().strip(",.") in _JUDGEMENTS and 0 < i < len(words) - 1 \
                and words[i - 1].lower() in ("the", "our", "your", "this", "that", "these", "my"):
            words = words[:i] + words[i + 1:]  # "the confusing menu" → "the menu"
            break
        if w.lower().strip(",.") in _EVALUATIVE or w.lower() in ("a", "an") and i > 0:
            words = words[:i]
            break
    t = " ".join(words)
    return t if t and t.lower() not in ("this", "it", "that", "there", "the", "our", "your", "a", "an",
                                        "my", "these", "those") else "this"


def _topic(sentence: str) -> str:
    """The noun phrase a question is about, e.g. 'Do you like our service?' → 'our service'."""
    s = _strip_fillers(_norm(sentence)).rstrip("?.! ")
    low = s.lower()
    # "… about X", "… with X", "… of X", "… for X" usually names the topic
    m = re.search(r"\b(?:about|with|of|for|using|on)\s+((?:the|our|your|this|that|these|a|an|my)"
                  r"\b[^?,.;]*)", s, re.I)
    if m:
        t = m.group(1)
        t = re.split(r"\s+(?:and|or|is|are|was|were|so|because|than|if|when)\s+", t)[0]
        return _cut_at_judgement(_clean_topic(t))
    s2 = _SUBJECT_STRIP.sub("", s)
    s2 = re.sub(rf"^(?:{_EVAL_VERBS})\s+(?:that\s+)?", "", s2, flags=re.I)
    s2 = re.sub(r"^(?:how (?:much|often|easy|hard|likely|satisfied|happy)\s+(?:do|did|would|are|is|"
                r"was|were)\s+(?:you\s+)?(?:\w+\s+)?)", "", s2, flags=re.I)
    s2 = re.sub(r"^how much (?:more \w+|\w+er)\s+(?:is|are|was|were)\s+", "", s2, flags=re.I)
    # "the new menu is easier" → "the new menu"
    s2 = re.split(r"\s+(?:is|are|was|were|would|will|be|makes?|and|or|so|because|if|than)\b", s2, 1,
                  flags=re.I)[0]
    m = re.search(r"\b((?:the|our|your|this|that|these|a|an|my)\b.*)$", s2, re.I)
    topic = m.group(1) if m else s2
    topic = _cut_at_judgement(_clean_topic(topic))
    if topic == "this":
        np = re.search(r"\b(?:the|our|your)\s+(?:[\w-]+\s+){0,1}[\w-]+", s, re.I)
        if np:
            topic = _cut_at_judgement(_clean_topic(np.group(0)))
    if not topic or low.startswith(topic.lower()) and len(_words(topic)) > 8 or topic.lower() in _WH \
            or re.match(r"^(?:what|how|why|where|when|who|which|given|considering|seeing)\b", topic, re.I):
        return "this"
    if len(_words(topic)) > 8:
        topic = " ".join(topic.split()[:8])
    if re.search(r"\byou\b|\b(?:should|would|could|must|did|does)\b|^(?:be|been)\b|^that \w+ (?:is|are|was|were|will|can)\b",
                 topic, re.I):
        return "this"  # a clause ("you since switching", "that schools should not…"), not a thing
    return topic or "this"


def _verb_phrase(sentence: str) -> tuple[str, str] | None:
    """For 'Do you VERB REST?' return (verb, rest); None for other shapes."""
    s = _strip_fillers(_norm(sentence)).rstrip("?.! ")
    m = re.match(r"^(?:do|did|have|can|could|will|would)\s+you\s+(?:ever\s+|usually\s+|currently\s+|"
                 r"still\s+|also\s+)?(\w+)\s*(.*)$", s, re.I)
    if not m:
        return None
    return m.group(1).lower(), m.group(2)


_PAST = {"use": "used", "have": "had", "take": "took", "buy": "bought", "pay": "paid",
         "find": "found", "get": "got", "make": "made", "go": "went", "try": "tried",
         "spend": "spent", "do": "did", "run": "ran", "see": "saw", "give": "gave",
         "send": "sent", "read": "read", "write": "wrote", "choose": "chose", "think": "thought",
         "feel": "felt", "know": "knew", "keep": "kept", "leave": "left", "pick": "picked",
         "shop": "shopped", "plan": "planned", "stop": "stopped", "travel": "travelled"}


def _past(verb: str) -> str:
    if verb in _PAST:
        return _PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _experience_rewrite(sentence: str) -> str:
    """A past-behaviour, open rewrite that keeps the topic."""
    vp = _verb_phrase(sentence)
    if vp:
        verb, rest = vp
        said = re.match(r"^(?:that\s+)?((?:the|our|your|this|that|it|they|these|those)\b(?:\s+[\w'-]+){0,3}?)\s+"
                        r"(?:is|was|are|were|has|had|works?|worked|did|does|went|goes|seems?|seemed)\b",
                        rest, re.I)
        if verb in ("say", "think", "feel", "find", "consider", "believe") and said:
            # "Would you say the search works well?" asks to confirm a verdict: ask for theirs
            return f"How would you describe {_clean_topic(said.group(1))}?"
        rest = _clean_topic(rest)
        if verb in ("like", "love", "enjoy", "hate", "prefer", "dislike", "appreciate", "think",
                    "feel", "agree", "consider", "believe", "find", "want", "need", "mind"):
            topic = _topic(sentence)
            return f"Can you walk me through how you last used {topic}?"
        if verb in ("use", "have", "take", "buy", "pay", "try", "spend", "get", "go", "do",
                    "make", "run", "travel", "shop", "read", "check", "book", "order", "visit",
                    "share", "send", "plan", "pick", "choose", "switch", "keep", "look", "work"):
            rest_words = rest.split()
            if len(rest_words) > 10:
                rest = " ".join(rest_words[:10])
            rest = re.sub(r"^(?:this|it)$", "this", rest)
            rest = re.sub(r"\byour\b", "your", rest)
            return f"Can you walk me through the last time you {_past(verb)} {rest}".rstrip() + "?"
    topic = _topic(sentence)
    if topic in ("this", "it", "that"):
        return "Can you tell me about the last time you dealt with this? What happened?"
    return f"Can you tell me about your experience with {topic}?"

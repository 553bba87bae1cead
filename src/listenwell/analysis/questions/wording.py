"""Problems of wording: two questions in one, an accusatory "why", jargon, vague or general asks
(routines, importance in the abstract, long recall, double negatives), length."""

from __future__ import annotations

import re

from .model import Problem, QuestionKind
from .sentences import _sentence_asks, _strip_fillers, _words
from .topic import _PARTICIPLES, _PAST, _PLACEHOLDER, _PREPOSITIONS, _base, _clean_topic, _past
from .words import (
    _ACRONYM_OK,
    _EVALUATIVE,
    _FORMAL_WORDS,
    _JARGON_TERMS,
    LONG_QUESTION_WORDS,
    LONG_TEXT_WORDS,
)

# Everyday activities that take an object; two of them joined by "and" are two questions.
_ACTION_VERBS = set(
    "book submit pay use buy plan track manage share find choose pick order cook shop read write send "
    "file approve review check store cancel install learn compare prepare organise organize schedule "
    "invite report print sell deliver return search export import upload download edit update "
    "set create build test fix hire train sign".split()
)


# pairs that name one thing to weigh, not two things to judge
_PAIRS = {"pros cons", "ups downs", "strengths weaknesses", "costs benefits", "advantages disadvantages",
          "terms conditions", "ins outs", "likes dislikes", "dos don'ts", "highs lows"}


# A wh-clause with no question order ("how often we contact you", "what the school sends"): the
# thing an ask is about, not an ask of its own
_EMBEDDED = re.compile(r"^(?:what|how|where|when|who|which|why)\s+(?:(?:much|many|often|long|well|far|soon|"
                       r"quickly|\w+ly)\s+)?(?:we|you|they|he|she|i|people|(?:the|your|our|their|this|that|these|"
                       r"those)\s+[\w'-]+)\s+(?!(?:do|does|did|is|are|was|were|have|has|would|will|can|could)\s+(?:you|"
                       r"they|we|it)\b)[\w'-]+", re.I)
# The ask a question puts to its thing: "How do you feel about", "What do you think of"
_ASK_FRAME = re.compile(r"^((?:how|what)\b[^?]{0,40}?\b(?:you|it)\b[^?]{0,20}?\b(?:about|of|with))\s", re.I)


def _check_double(s: str, sentences: list[str]) -> Problem | None:
    low = s.lower()
    q_start = r"(?:what|how|why|where|when|who|which|do|does|did|are|is|was|were|would|will|can|could|have|has)"
    m = re.search(rf"\b(?:and|or)\s+(?:also\s+)?{q_start}\s+(?:do|does|did|are|is|was|were|would|"
                  rf"will|you|your|it|they|the|features|about|many|much|often|long|kind|anyone|anybody|anything|"
                  rf"someone|there|of)\b|"
                  rf",\s*(?:and|or)\s+(?:has|have|did|does|do|is|was|were)\s+(?:that|this|those|these)\b|"
                  # "How do you pay for your phone, and does texting ever cost you…?": after a comma, a
                  # yes/no question of its own, its auxiliary before a subject and that subject's verb
                  rf",\s*and\s+(?:does|do|did|has|have|is|are|was|were|can|could|would|will)\s+(?!not\b|n't\b)"
                  rf"[a-z'-]+\s+(?:ever\s+|also\s+|still\s+|usually\s+|often\s+)?[a-z'-]+\s+\w|"
                  # "…, and how well did the contractor stick to them?", "…, and what happens when…":
                  # after a comma, a second question with its own verb
                  # ("…, and how easy or hard was it": a scale's two ends before the verb)
                  rf",\s*and\s+(?:what|how|who|which|where|when)\s+(?:\w+\s+(?:or\s+\w+\s+)?){{0,2}}?(?:do|does|did|is|are|was|"
                  rf"were|has|have|had|would|will|can|could|happens|happened|else)\b|"
                  rf"\b(?:and|or)\s+(?:what|how|who|where|when)'s\b", low)
    # "How often do you reconcile and which bank do you use?": a second wh-question with its own
    # auxiliary and subject, after a first that has its own ("how quick and how friendly did
    # you find…" shares one)
    aux_you = r"(?:do|does|did|are|is|was|were|would|will|can|could|have|has)\s+(?:you|they|we)\b"
    second_wh = re.search(rf"\band\s+(?:what|how|which|who|where|when|why)\s+(?:[\w'-]+\s+){{0,2}}?{aux_you}", low)
    if m is None and second_wh and re.search(rf"\b{aux_you}", low[: second_wh.start()]):
        m = second_wh
    if m is None:
        m = _second_subject_ask(low)
    if m and re.match(r"\s*(?:and|or)\s+(?:also\s+)?(?:what|how|why|where|when|who|which)\s+(?:you|your|it|"
                      r"they|the)\b", low[m.start():]):
        m = None  # "describe a project and how you handled it": one story, told with its ending
    if m and _CLAUSE_CHOICE.match(_strip_fillers(s)) and re.match(rf"\s*,?\s*or\s+{_YES_NO_AUX}\b", low[m.start():]):
        m = None  # "Was there a moment, or was it gradual?": one choice between two answers (closed)
    if m and re.search(r"\b(?:who|what|where|when|how|which)\s*$", low[: m.start()]) \
            and low[m.start():].lstrip().startswith("or"):
        m = None  # "who or what did you turn to?": one ask, its answer left open
    if m and low[m.start():].startswith(",") and len(re.findall(r"[a-z']+", low[m.start():])) <= 4:
        m = None  # "…, and what happened?": the rest of the same story
    if m and re.search(r"\b(?:tell|talk) (?:me|us)\b[^?]*\babout\b", low[: m.start()]) \
            and re.match(r"\s*,?\s*and\s+(?:what|how|who|where|when|why)(?:'s)?(?:\s+(?:long|much|many|often|far))?\s+"
                         r"(?!(?:do|does|did|are|is|was|were|would|will|can|could|have|has|should)\b)",
                         low[m.start():]):
        m = None  # "tell me about your role and how long you've been here": one invitation, one story
    if m and re.search(r"\bbetween\b", low[: m.start()]) and low[m.start():].lstrip().startswith("and"):
        m = None  # "the gap between what exists and what's needed": one thing, two ends
    if m and re.match(r"\s*or (?:does|doesn't|would|is|isn't) (?:it|that) (?:not |even )?matter\b", low[m.start():]):
        m = None  # "…, or does it not matter?": the option of no preference, not a second question
    # "...and why?" asks the reason for the same answer: a probe, not a second question
    if m and len(_words(s[: m.start()])) >= 2 and _sentence_asks(s[: m.start()] + "?") \
            and not re.search(r"\band (?:then|so|why)\b", low[m.start():m.start() + 10]):
        # a second ask in brackets ("Do you cook (and do your kids help)?") loses its brackets
        first = s[: m.start()].rstrip(" ,;(") + "?"
        second = re.sub(r"^,?\s*(?:and|or)\s+(?:also\s+)?", "", s[m.start():].strip(), flags=re.I)
        if second.count(")") > second.count("("):
            second = re.sub(r"\)(?=\s*[?.!]*$)", "", second)
        second = second[:1].upper() + second[1:]
        second = second if second.endswith("?") else second.rstrip(".") + "?"
        yes_no = re.match(r"^(does|do|did|has|have|is|are|was|were|can|could|would|will)\s+(?!that\b|this\b|those\b|"
                          r"these\b|you\b|we\b|i\b)(.+)$", second, re.I) if low[m.start():].lstrip().startswith(",") else None
        if yes_no:
            # "…, and does texting ever cost you?": asked open, without taking it for granted (a
            # second ask about "you" is refined as its own question: "…do you have a signal?")
            rest = re.sub(r"\bever\s+", "", yes_no.group(2), count=1)
            second = f"How, if at all, {yes_no.group(1).lower()} {rest}"
        shared = re.match(r"^(how|when|where|why|what|who)\s+(.+)$", second, re.I)
        if shared and re.search(r"\b(?:how|when|where|why|what|who)\?$", first, re.I):
            # "how and when would you decide…": two asks that share the rest of the sentence
            first = first[:-1] + " " + shared.group(2)
        elif _EMBEDDED.match(second):
            # "…the letters we send and how often we contact you?": the second is a clause the
            # first's ask is about, not a question ("How often we contact you?"): it takes the ask
            frame = _ASK_FRAME.match(first)
            second = (f"{frame.group(1)} {second[:1].lower()}{second[1:]}" if frame
                      else f"Can you tell me about {second[:1].lower()}{second[1:]}")
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       "asks two questions at once; the participant will answer one of them",
                       f"{first} Then, separately: {second}")
    # "what do you like and dislike about...": two opposite judgements in one ask
    m3 = re.search(r"\b(like|love|enjoy|value|hate|dislike)\s+(?:and|or)\s+(?:what you\s+)?"
                   r"(dislike|hate|like|love|enjoy|don't like|do not like)\b", low)
    if m3 and m3.group(1) != m3.group(2):
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       f"asks what they {m3.group(1)} and what they {m3.group(2)} at once; people "
                       "answer the easier half",
                       (s[: m3.start()] + m3.group(1) + s[m3.end():]).strip())
    # "What do you like most and least about…": the best and the worst, asked at once
    ends = re.search(r"\b(like|enjoy|value|use)\s+(most|best)\s+and\s+(least|worst)\b", low)
    if ends:
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       f"asks what they {ends.group(1)} {ends.group(2)} and {ends.group(3)} at once; people "
                       "answer the easier half",
                       (s[: ends.end(2)] + s[ends.end(3):]).strip())
    # three acts or more at once: each named, each its own question
    listed_acts = _three_acts(s)
    if listed_acts:
        return listed_acts
    # "how do you book travel and submit expenses": two activities, each with its own object
    verbs = _ACTION_VERBS
    m4 = re.search(r"\b(do|did|does|would|will|can|could) you (\w+) ((?:\w+ ){1,4}?)and (\w+)\b", low)
    if m4 and m4.group(2) in verbs and m4.group(4) in verbs and m4.group(2) != m4.group(4) \
            and not m4.group(3).startswith("to "):
        first = s[: m4.start(4) - len("and ")].rstrip(" ,") + "?"
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       f"asks about two activities (\u201c{m4.group(2)}\u201d and "
                       f"\u201c{m4.group(4)}\u201d) at once; ask about one, then the other",
                       f"{first} Then, separately: how {m4.group(1)} you "
                       f"{s[m4.start(4):].strip().rstrip('?.')}?")
    # "How easy was it to find a slot and pay the fee?": two activities after one "to"
    m8 = re.search(r"\bto (\w+) ((?:[\w'-]+ ){0,5}?)and (\w+)\b([^?]*)", low)
    if m8 and m8.group(2) and m8.group(1) in verbs and m8.group(3) in verbs and m8.group(1) != m8.group(3):
        lead = s[: m8.start(1)]
        first = s[: m8.start(3) - len("and ")].rstrip(" ,") + "?"
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       f"asks about two activities (\u201c{m8.group(1)}\u201d and "
                       f"\u201c{m8.group(3)}\u201d) at once; ask about one, then the other",
                       f"{first} Then, separately: {lead[:1].lower()}{lead[1:]}{s[m8.start(3):].strip().rstrip('?.')}?")
    # "Please rate our staff on being knowledgeable and professional": two qualities, one score
    rated = re.search(r"\brate\b.{1,60}?\b(?:on|for) (?:being |how |their |its )?([a-z]+) and (?:how )?([a-z]+)\b", low)
    if rated and rated.group(1) != rated.group(2):
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       f"asks for one rating of two qualities (\u201c{rated.group(1)}\u201d and "
                       f"\u201c{rated.group(2)}\u201d); a middling score could mean either",
                       re.sub(rf"\s+and (?:how )?{rated.group(2)}\b", "", s, count=1, flags=re.I))
    # "How clear and how useful did you find the leaflet?": two qualities, each with its "how"
    hows = re.match(r"^how ([a-z]+) and how ([a-z]+)\b", low)
    if hows and hows.group(1) != hows.group(2) and hows.group(2) not in _AUX_WORDS:
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       f"asks about two qualities at once (\u201c{hows.group(1)}\u201d and "
                       f"\u201c{hows.group(2)}\u201d); ask about one, then the other",
                       s[: hows.end(1)] + s[hows.end(2):])
    # "What did you make of the price, the excess and the mileage charge?": three things in one verdict
    thing = r"((?:the|your|our|this|these|its|their) [^,?]+?)"
    listed = re.match(r"^(?:so,? )?(what (?:do|did) you (?:make of|think (?:of|about))|how (?:do|did) you feel about) "
                      + thing + "(?:, | and )" + thing + r",? and " + thing + r"\s*\??$", low)
    if listed:
        ask = s[listed.start(1):listed.end(1)]
        ask = ask[:1].upper() + ask[1:]
        first, *others = (s[listed.start(g):listed.end(g)] for g in (2, 3, 4))
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       "asks about three things at once; the participant will answer one of them",
                       f"{ask} {first}?" + "".join(f" Then, separately: {ask.lower()} {o}?" for o in others))
    # "What would make you use the portal and the app and the text service?": three things after
    # any verb or preposition, each its own
    things = _three_things(s)
    if things:
        return things
    # "How did you feel about the time it arrived, and about getting two?": the second "about"
    again = re.search(r"\b(about|of|with) ([^?]{3,80}?),? and (?:also )?\1 ", low)
    if again and re.match(r"^(?:how|what)\b", low) and not re.search(r"\bbetween\b", low[: again.start()]):
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       "asks about two things at once; the participant will answer one of them",
                       s[: again.end(2)].rstrip(" ,") + "?")
    m5 = re.match(r"^(what do you think (?:of|about)|what did you think (?:of|about)|how do you feel about|"
                  r"how did you feel about) ((?:the|your|our|this|these|its|their) "
                  r"[\w' -]+?) and ((?:the|your|our|this|these|its|their) [\w' -]+?)\s*\??$", low)
    if m5 and re.search(r"\bbetween\b", m5.group(2)):
        m5 = None  # "the difference between the app and the website": one thing, two ends
    if m5:
        ask = m5.group(1)  # the two things in the question's own case: "the Apple Watch"
        first, second = s[m5.start(2):m5.end(2)], s[m5.start(3):m5.end(3)]
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       "asks about two things at once; the participant will answer one of them",
                       f"{ask[:1].upper()}{ask[1:]} {first}? Then, separately: {ask} {second}?")
    # "What do you think of the design and content of the pack?": two things under one "the"
    m7 = re.match(r"^(what do you think|how do you feel|what did you think|how did you feel) (of|about) "
                  r"(the|your|our|this|these|its) ([a-z]+) and "
                  r"([a-z]+)((?: (?:of|for|in|on)\b[^?]*)?)\s*\??$", low)
    if m7 and m7.group(4) != m7.group(5) and f"{m7.group(4)} {m7.group(5)}" not in _PAIRS:
        ask, prep, det, a, b, rest = m7.groups()
        first = f"{ask[:1].upper()}{ask[1:]} {prep} {det} {a}{rest}?"
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       f"asks about two things at once (\u201c{a}\u201d and \u201c{b}\u201d); the "
                       "participant will answer one of them",
                       f"{first} Then, separately: {ask} {prep} {det} {b}{rest}?")
    # "How did the fees and the opening hours affect where you shop?": two things as the subject
    # of one verb; each may have had its own effect
    pair = re.match(r"^((?:how|what|why|in what ways?) (?:did|does|do|has|have|had|would|will) )"
                    r"((?:the|your|our|their|this|these|its) [\w'-]+(?: [\w'-]+){0,3}?) and "
                    r"((?:the|your|our|their|this|these|its) [\w'-]+(?: [\w'-]+){0,3}?) "
                    r"(affect|change|influence|shape|help|hurt|make|get|put|lead|push|compare)\b(.*)$", low)
    if pair:
        ask, verb_rest = s[: pair.end(1)], s[pair.start(4):].strip().rstrip("?.")
        first, second = s[pair.start(2):pair.end(2)], s[pair.start(3):pair.end(3)]
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       f"asks about two things at once (\u201c{first}\u201d and \u201c{second}\u201d); "
                       "the participant will answer one of them",
                       f"{ask}{first} {verb_rest}? Then, separately: {ask.lower()}{second} {verb_rest}?")
    # "Is your manager honest and trustworthy?": a yes/no ask ending in two qualities; someone
    # who finds one true and the other not has no answer
    m6 = re.match(r"^(?:is|are|was|were|do you (?:think|find|feel)|did you find|would you say)\b.*?"
                  r"\b([a-z]+) and ([a-z]+)\s*\??$", low)
    if m6 and not re.search(r"\bbetween\b", low) and m6.group(1) != m6.group(2) \
            and m6.group(1) not in ("you", "i", "we", "they", "me", "them", "us", "here", "there") \
            and m6.group(2) not in ("then", "why", "how", "what", "so", "more", "others", "other"):
        a, b = m6.group(1), m6.group(2)
        subject = re.match(r"^(?:(?:do you (?:think|find|feel)|did you find|would you say) (?:that )?)?"
                           r"(?:(?:is|are|was|were) )?(.+?) (?:(?:is|are|was|were) )?"
                           + re.escape(a) + r" and ", low)
        # in the question's own case: "the KYC process" lower-cased would no longer be seen as jargon
        what = s[subject.start(1):subject.end(1)] if subject and len(subject.group(1).split()) <= 5 else "it"
        what = {"you": "yourself", "i": "it"}.get(what.lower(), what)
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       f"asks about two things at once (\u201c{a}\u201d and \u201c{b}\u201d); "
                       "someone who feels differently about each cannot answer",
                       f"How would you describe {what}?")
    # "how satisfied are you with X and Y", "was it helpful and friendly", "fast and reliable"
    evaluative = "|".join(_EVALUATIVE)
    # a word inside a compound is not the word: "acceptance-rate" asks nobody to rate
    judging = rf"(?<![\w-])(?:{evaluative}|rate)(?![\w-])"
    if (re.search(judging, low) or low.startswith("how often ")) and re.match(
            r"^(?:how|is|are|was|were|do|does|did|would|what do you think)\b", low):
        # "the staff and the doctors?": the second thing, with its own "the", runs to the end
        # "the rating and acceptance-rate system": "acceptance" is half of a compound, one thing
        m2 = re.search(r"(?<![\w-])(\w+)\s+and\s+(?:((?:the|your|our|their|its|his|her|my)\s+[^?,;]+)|(\w+)\b(?!-))", s)
        if m2 and m2.group(1).lower() not in ("you", "i", "we", "then", "between", "here") \
                and (m2.group(2) or m2.group(3).lower() not in ("then", "why", "how", "what")) \
                and (m2.group(2) or re.search(judging, low)):  # "how often… nurses and staff"
            a, b = m2.group(1), (m2.group(2) or m2.group(3)).strip()
            first = (s[: m2.start()] + a + s[m2.end():]).strip()
            two = _two_things(s, m2)
            if two:
                return Problem(QuestionKind.DOUBLE_BARRELED,
                               f"judges two things at once (\u201c{two[1]}\u201d and \u201c{two[2]}\u201d); "
                               "someone who feels differently about each cannot answer",
                               f"{two[0]} {two[1]}? Then, separately: {two[0][:1].lower()}{two[0][1:]} {two[2]}?")
            acts = _two_acts(s, m2)
            if acts:
                return acts
            return Problem(QuestionKind.DOUBLE_BARRELED,
                           f"judges two things at once (\u201c{a}\u201d and \u201c{b}\u201d); "
                           "someone who feels differently about each cannot answer",
                           first if first.endswith("?") else first + "?")
    return None


# "…, and which one annoyed you?", "…and what bothered you most?": a second wh-question whose
# wh-word (or "which one") is its subject, its verb done to "you"
_SUBJECT_ASK = re.compile(r"\band\s+(?:which|what|who)(?:\s+(?:one|ones|of them|[a-z]+))?\s+"
                          r"(?:[a-z]+ed|[a-z]+(?<!s)s|" + "|".join(sorted(set(_PAST.values()) - {"read", "put", "set", "cut", "hit", "let", "bet", "cost", "shut", "quit", "beat"}))
                          + r")\s+(?:you|your)\b")


def _second_subject_ask(low: str) -> re.Match[str] | None:
    """A second ask whose wh-word is its subject ("Which reminder was most useful and why and which
    one annoyed you?"), after a first that is a wh-question of its own (not "tell me what happened
    and what helped you", one story)."""
    m = _SUBJECT_ASK.search(low)
    if m is None or not re.match(r"^(?:so,? )?(?:what|which|who|how|where|when)\b", low):
        return None
    return m


def _two_acts(s: str, joined: re.Match[str]) -> Problem | None:
    """ "Was it easy to reach a person and get your refill?": the word after "and" is a verb with an
    object of its own ("get your refill"), a second thing done after the same "to": each asked on its
    own ("…to reach a person? Then, separately: …to get your refill?"). Cutting only that verb would
    leave its object hanging on the first ("reach a person your refill")."""
    if not joined.group(3):
        return None
    rest = s[joined.end():].strip().rstrip("?.! ")
    to = None
    for to in re.finditer(r"\bto ([a-z][\w'-]*)\s", s[: joined.start(1)], re.I):
        pass
    if to is None or not re.match(r"(?:(?:up|out|in|off|on|back|down|through|over|to|for|with)\s+)?(?:the|your|our|their|its|his|her|my|a|an|it|them|some|any|this|that)\b",
                                  rest, re.I):
        return None
    lead = s[: to.start(1)]
    first = s[: joined.end(1)].rstrip(" ,") + "?"
    return Problem(QuestionKind.DOUBLE_BARRELED,
                   f"asks about two activities (\u201c{to.group(1)}\u201d and \u201c{joined.group(3)}\u201d) "
                   "at once; ask about one, then the other",
                   f"{first} Then, separately: {lead[:1].lower()}{lead[1:]}{joined.group(3)} {rest}?")


def _two_things(s: str, joined: re.Match[str]) -> tuple[str, str, str] | None:
    """ "How satisfied are you with our delivery and customer service?": two things named after the
    ask's preposition, the second with words of its own after "and" ("customer service"), not a
    quality ("helpful and friendly") nor two words sharing a tail ("the speed and quality of
    service"): (the ask, the first thing, the second thing), each asked on its own. Cutting only
    the word after "and" would leave "our delivery service", or "our journey care touchpoints"."""
    if joined.group(2):
        return None
    prep = None
    for prep in re.finditer(r"\b(?:with|about|of|for)\s+", s[: joined.start(1)], re.I):
        pass
    after = s[joined.start(3):].strip().rstrip("?.! ")
    rest = [w.lower() for w in after.split()[1:]]
    # "customer service", "supporter care contacts with us"; not "quality of service", a shared
    # tail, nor "friendly was it", a verb
    if prep is None or not 1 <= len(rest) <= 5 or rest[0] in _PREPOSITIONS or \
            any(w in _AUX_WORDS | {"and", "or"} for w in rest):
        return None
    first = s[prep.end(): joined.end(1)].strip()
    if not 1 <= len(first.split()) <= 4 or "," in first:
        return None
    det = re.match(r"^(?:the|your|our|their|its|my)\s+", first, re.I)
    second = (det.group(0) if det else "") + after
    return s[: prep.end()].strip(), first, second


# Acts a list of asks is made of ("come back, buy more and recommend us"): the everyday
# activities, and what a customer does or stops doing
_LIST_VERBS = _ACTION_VERBS | frozenset(
    "recommend switch subscribe upgrade renew join come return visit stay leave tell go keep stop start open give "
    "spend try".split())
_ACT_AFTER = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:also\s+)?([a-z]+)\b")


def _three_acts(s: str) -> Problem | None:
    """Three acts or more asked at once after one subject ("What would make you come back more
    often and buy more and recommend us?", "How do you plan, book and pay for a trip?"): each is
    its own question. An invitation to tell a story ("Walk me through how you found, booked and
    paid…") asks for one story, in its steps, and is left alone."""
    low = s.lower()
    lead = re.search(r"\b(?:you(?: to)?|to)\s+(?:also\s+|usually\s+|ever\s+)?([a-z]+)\b", low)
    story = re.search(r"\b(?:walk|take|talk|tell|describe|show)\b[^?]*\b(?:me|us)\b|\bdescribe\b", low[: lead.start()]) \
        if lead else None
    if not lead or lead.group(1) not in _LIST_VERBS or story:
        return None
    acts = [m for m in _ACT_AFTER.finditer(low, lead.end()) if m.group(1) in _LIST_VERBS]
    if len(acts) < 2 or not any(re.match(r"\s+and\b|,\s*and\b", low[a.start():]) for a in acts) \
            or len({lead.group(1), *(a.group(1) for a in acts)}) < 3:
        return None
    head = s[: lead.start(1)]  # "What would make you "
    ends = [lead.start(1), *(a.start(1) for a in acts)]
    stops = [a.start() for a in acts] + [len(s)]
    items = [s[b:e].strip(" ,;?.") for b, e in zip(ends, stops)]
    first = f"{head}{items[0]}?"
    others = "".join(f" Then, separately: {head[:1].lower()}{head[1:]}{item}?" for item in items[1:])
    names = ", ".join(f"\u201c{low[e:e + len(x.split()[0])]}\u201d" for e, x in zip(ends, items))
    return Problem(QuestionKind.DOUBLE_BARRELED,
                   f"asks about {len(items)} acts ({names}) at once; the participant will answer one of them",
                   first + others)


# One thing of a list: its own determiner and one to four words ("the MyHome app"), no "and"/"or"
_THING = r"(?:the|your|our|their|this|these|those|its|his|her|my)\s+(?:(?!and\b|or\b)[a-z0-9'-]+\s*){1,4}?"
_THREE_THINGS = re.compile(rf"\b({_THING})(?:,\s*|\s+and\s+)({_THING})((?:(?:,\s*|,?\s+and\s+){_THING}){{1,3}}?)"
                           r"\s*[?.]*\s*$")
_COUNT = {3: "three", 4: "four", 5: "five"}
# verbs and words that take a set of things as one ("choose between", "compare", "rank"): one ask
_AS_ONE = re.compile(r"\b(?:between|among|amongst|compare[ds]?|comparing|choose|chose|pick|picked|decide|decided|"
                     r"balance[ds]?|juggle[ds]?|combine[ds]?|rank|ranked|order|which of)\b")


def _three_things(s: str) -> Problem | None:
    """Three things or more, each with its own determiner, listed at the end of a question after one
    verb or preposition ("What would make you more likely to use the portal and the MyHome app and
    the text service?", "How easy is it to reach the office, the website and the helpline?"): people
    answer for the one they think of first. Not a story invitation ("Tell me about your home, your
    family and your work"), nor a set weighed as one ("choose between the bus, the train and the car")."""
    low = s.lower()
    m = _THREE_THINGS.search(low)
    if not m or not re.match(r"^(?:so,? )?(?:what|how|why|where|when|who|which|is|are|was|were|do|does|did|would|"
                             r"will|can|could|have|has)\b", low):
        return None
    head = low[: m.start(1)]
    if re.search(r"\b(?:walk|take|talk|tell|describe|show)\b[^?]*\b(?:me|us)\b|\bdescribe\b", head) or _AS_ONE.search(head):
        return None
    listed = s[m.start(1): m.end(3)].rstrip(" ?.")
    items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed) if i.strip()]
    if len({i.lower() for i in items}) < len(items):
        return None
    lead = s[: m.start(1)]
    again = f"{lead[:1].lower()}{lead[1:]}"
    return Problem(QuestionKind.DOUBLE_BARRELED,
                   f"asks about {_COUNT.get(len(items), len(items))} things at once ({', '.join(f'“{i}”' for i in items)}); the participant "
                   "will answer for one of them",
                   f"{lead}{items[0]}?" + "".join(f" Then, separately: {again}{i}?" for i in items[1:]))


_YES_NO_AUX = r"(?:is|are|was|were|do|does|did|would|will|can|could|have|has|had)"
# Two yes/no clauses joined by "or": the participant picks one answer, so it is a closed
# this-or-that choice ("closed" says so), not two questions asked at once
_CLAUSE_CHOICE = re.compile(rf"^{_YES_NO_AUX}\b[^?]*?,?\s+or\s+{_YES_NO_AUX}\b"
                            r"(?!\s+(?:it|that)\s+(?:not\s+|even\s+)?matter\b)", re.I)  # "…, or does it not matter?": no preference


def _check_second_question(sentences: list[str]) -> Problem | None:
    """Two separate asks in one item where the second is a new question, not a probe."""
    qs = [x for x in sentences if _sentence_asks(x)]
    for prev, cur in zip(qs, qs[1:]):
        if re.match(r"^(?:and|also|plus)\s+(?:what|how|where|when|who|which|do|does|did|are|is|"
                    r"was|were|have|has)\b", cur.strip(), re.I) and len(_words(cur)) > 4:
            return Problem(QuestionKind.DOUBLE_BARRELED,
                           "asks two separate questions in one item; ask them one at a time",
                           _strip_fillers(prev))
    return None


_AUX_WORDS = {"do", "does", "did", "is", "are", "was", "were", "would", "will", "can", "could", "should", "have",
              "has", "had"}


# the people a participant answers for: "your team", "your staff", "your kids"
_THEIR_PEOPLE = (r"(?:team|staff|colleagues?|co-?workers?|manager|boss|department|family|partner|husband|wife|"
                 r"kids|children|son|daughter|parents?|employees|developers|engineers|people|committee|board)\b")


# Ending something: stopping, quitting, leaving, cancelling. "Why did you stop using X?" asks
# someone to account for a choice already made, which puts them on the defensive and brings out
# the tidy reason rather than what happened; the methods' fix is to ask what was going on at the
# time ("What was happening when you stopped using X?"), which keeps the topic and invites the
# story. A plain curious why ("Why is that important to you?", "Why did you choose X?") asks
# for no defence of a lapse and stays as it is.
_ENDING_VERBS = ("stop", "quit", "leave", "cancel", "close", "abandon", "drop", "delete", "uninstall",
                 "unsubscribe", "downgrade", "discontinue", "churn", "give up")


def _ending_forms() -> dict[str, str]:
    """Each form of an ending verb ("stop", "stopped", "given up") → its simple past."""
    forms: dict[str, str] = {}
    for verb in _ENDING_VERBS:
        head, _, particle = verb.partition(" ")
        tail = f" {particle}" if particle else ""
        past = _past(head) + tail
        participle = next((p for p, base in _PARTICIPLES.items() if base == head), _past(head))
        forms.update({verb: past, past: past, participle + tail: past})
    return forms


_ENDING_FORMS = _ending_forms()
_ENDING_WHY = re.compile(
    r"^why (?:did|do|does|have|has|had|would) (?P<who>you|your " + _THEIR_PEOPLE + r")\s+"
    r"(?:just |eventually |finally |ever |actually |decide to |decided to |choose to |chosen to |chose to )?"
    r"(?P<verb>" + "|".join(sorted(map(re.escape, _ENDING_FORMS), key=len, reverse=True)) + r")\b(?P<rest>[^?!]*)",
    re.I)


# Said with an ending "why": the question suits only those who stopped. A guide that already says
# so, before the question or in its section's title, is not told it again
ASK_ONLY_THOSE = "; if not everyone stopped, put the condition before it (\u201c[only if they stopped]\u201d)"


def _ending_why(said: str) -> Problem | None:
    """ "Why did you stop using the planner?" → "What was happening when you stopped using the
    planner?"; a justification tacked on ("…when it only costs a pound?") is not kept."""
    m = _ENDING_WHY.match(said.strip())
    if m is None:
        return None
    rest = re.split(r"\s*,?\s*\b(?:when|because|if|since|even though|although|despite|given)\b|\.",
                    m.group("rest"), maxsplit=1, flags=re.I)[0].rstrip(" ,")
    # the reasons it offers after a dash or a comma ("… — was it the fees or the app?", "…: price or service?")
    # hand them ready answers: not kept, and said
    guess = re.search(r"\s*(?:[\u2014\u2013:;]|\s-+\s|,)\s*(?:(?:was|is) it |maybe |perhaps )?(?P<offered>[^?]*\bor\b[^?]*)$",
                      rest, re.I)
    offered = ""
    if guess:
        rest = rest[:guess.start()].rstrip(" ,")
        offered = (f"; the reasons it offers (\u201c{guess.group('offered').strip()}\u201d) hand them a ready answer, "
                   "so they are left out")
    return Problem(QuestionKind.ACCUSATORY_WHY,
                   "a \u201cwhy\u201d that asks someone to account for stopping, leaving or cancelling puts them "
                   "on the defensive: they justify the choice instead of telling what happened" + offered + ASK_ONLY_THOSE,
                   f"What was happening when {m.group('who')} {_ENDING_FORMS[m.group('verb').lower()]}{rest}?")


def _gerund(verb: str) -> str:
    """ "activate" → "activating", "stop" → "stopping", "book" → "booking", "tie" → "tying"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and verb != "be":
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):  # one short syllable: the consonant doubles
        return verb + verb[-1] + "ing"
    return verb + "ing"


# how long something has not been done: "in the last year", "for months", "since March", "anymore"
_LAPSE_SPAN = re.compile(r"\s*(?:\b(?:in|over|during|for|within) the (?:last|past) (?:\w+ )?(?:years?|months?|weeks?|days?)\b|"
                         r"\bfor (?:a (?:long )?while|(?:\w+ )?(?:years|months|weeks|ages))\b|\bsince\b.*$|"
                         r"\b(?:lately|recently|this year)\b|(?P<still>\b(?:anymore|any more|any longer|no more)\b))", re.I)


def _not_done_rewrite(said: str) -> str | None:
    """Something not done, asked about as what was going on when it came to doing it: "Why
    didn't you activate your card?" → "What was going on when it came to activating your card?"
    (the topic is kept; nobody is asked to defend the lapse). Present for "don't", "won't",
    "can't": "What happens when it comes to…"."""
    m = re.match(r"^why (?P<neg>didn't|haven't|hadn't|wouldn't|couldn't|did not|have not|don't|do not|won't|can't) "
                 r"you (?:ever |just |even )?(?P<verb>[a-z]+)\b(?P<rest>[^?!.]*)", said.strip(), re.I)
    if m is None or m.group("verb").lower() in _AUX_WORDS | {"be", "get", "want", "like", "think", "feel", "know"}:
        return None  # "Why didn't you want to…", "Why don't you think…": a state, not a thing left undone
    rest = re.split(r"\s*,?\s*\b(?:when|because|if|since|even though|although|despite|given)\b",
                    m.group("rest"), maxsplit=1, flags=re.I)[0].rstrip(" ,")
    neg, verb = m.group("neg").lower(), m.group("verb").lower()
    if neg.startswith("ha"):  # "Why haven't you switched?": the participle's own verb
        verb = _PARTICIPLES.get(verb) or _base(verb)
    now = neg in ("don't", "do not", "won't", "can't")
    # a lapse that is still going on ("Why haven't you made any transaction in the last year?", "Why don't you
    # use the app anymore?"): asked as the last time it happened and what changed since
    full = m.group("rest")
    span = _LAPSE_SPAN.search(full)
    if span and (neg.startswith("ha") or span.group("still")) and verb not in ("be", "been", "start", "begin", "try"):
        what = re.split(r"\s*,?\s*\b(?:when|because|if|even though|although|despite|given)\b",
                        full[:span.start()] + full[span.end():], maxsplit=1, flags=re.I)[0]
        what = re.sub(r"\bany (?=\w+s\b)", "", what).rstrip(" ,")
        what = re.sub(r"\bany (?=[aeiou])", "an ", re.sub(r"\bany\b(?! (?:an?|the)\b)", "a", what))
        return f"Tell me about the last time you {_past(_base(verb))}{what}. What has changed since then?"
    doing = re.match(r"^\s+([a-z]{2,}ing\b.*)$", rest)
    if doing and verb in ("finish", "complete", "stop") and not now:
        # "Why didn't you finish connecting the feed?": they were doing it; ask what happened then
        return f"What happened when you were {doing.group(1)}?"
    frame = "What happens when it comes to" if now else "What was going on when it came to"
    if doing and verb in ("start", "begin", "try", "keep", "continue", "finish", "complete", "stop"):
        return f"{frame} {doing.group(1)}?"  # not "when it came to finishing connecting…"
    return f"{frame} {_gerund(verb)}{rest}?"


def _check_why(s: str) -> Problem | None:
    low = s.lower()
    lead = re.match(r"^[^,;]{3,80}[,;]\s+(?=why\b)", low)  # "Given how easy it is, why haven't you..."
    if lead:
        low = low[lead.end():]
    ending = _ending_why(s[lead.end():] if lead else s)
    if ending:
        return ending
    # the negation blames a person ("why didn't you…", "why didn't your team…"), not a thing
    # ("why didn't that work?")
    m = re.match(r"^why (?:on earth |ever |the hell )?(?:(?:didn't|don't|haven't|won't|wouldn't|"
                 r"couldn't|can't|aren't|weren't|did not|do not|have not)(?= (?:you\b|your " + _THEIR_PEOPLE + r"))\b|"
                 r"did you not|do you not|would you|"
                 r"on earth|would anyone|did you even|do you even|do you still|did you ever|"
                 r"would you ever)\b(.*)$", low)
    blame = None if m else _BLAME_WHY.match(low)
    if blame and blame.group("habit") and not re.search(r"\b(?:you|i|me|we|he|she|they)\b", low):
        blame = None  # "Why does the export never finish?" is about a thing, not a person
    # "Why not just use a savings account?": an alternative offered as a challenge ("Why not?"
    # alone asks the reason for an answer just given, and stays a probe)
    instead = re.match(r"^why not (?:just |simply )?(\w+) (.+?)[?.!]*$", (s[lead.end():] if lead else s).strip(), re.I)
    if instead:
        return Problem(QuestionKind.ACCUSATORY_WHY,
                       "\u201cwhy not just\u2026\u201d offers an alternative as a challenge and makes "
                       "people defend their choice",
                       f"How did you decide whether to {instead.group(1).lower()} {instead.group(2)}?")
    if m or blame or re.search(r"\bwhy on earth\b", low):
        not_done = _not_done_rewrite(s[lead.end():] if lead else s)
        if not_done:
            rewrite = not_done
        elif blame and blame.group("doing"):
            # what they are doing, asked as how it came about: "How did you come to be leaving?"
            rewrite = f"How did you come to be {blame.group('doing').strip().rstrip('?. ')}?"
        else:
            # the thing the why is about, never the verdict: "…never finish" is about "the export"
            said = s[lead.end():] if lead else s  # the question's own case: "the Egyptian gallery"
            parts = [said[m.start(1):m.end(1)]] if m else [
                said[blame.start(g):blame.end(g)] for g in ("before", "after") if blame.group(g)] if blame else []
            lapse = re.match(r"^why \w+ you (?:just |simply )?(?:ignore|neglect|forget|forgot|refuse|skip|give up on|"
                             r"gave up on)\b(.*)$", low)
            parts = parts or ([said[lapse.start(1):lapse.end(1)]] if lapse else [])  # "…ignore the warning"
            found = next((f for f in (re.search(r"\b((?:the|your|this|that|our|a|an)\s+\w.*)$",
                                                part.strip().rstrip("?. ")) for part in parts) if f), None)
            if found and re.match(r"your " + _THEIR_PEOPLE, found.group(1)):
                found = None  # "your team set up alerts" is what they did not do, not a topic
            if found:
                rewrite = f"Can you walk me through what happened around {_clean_topic(found.group(1))}?"
            else:
                rewrite = "What led up to that? Can you walk me through what was going on at the time?"
        reason = ("a \u201cwhy\u201d about a failing or a mistake (\u201calways\u201d, \u201clate\u201d, "
                  "\u201cthe wrong\u2026\u201d) or about what someone is doing right now" if blame else
                  "a \u201cwhy didn't you / why would you\u2026\u201d question")
        return Problem(QuestionKind.ACCUSATORY_WHY,
                       f"{reason} sounds like blame and makes people defend themselves", rewrite)
    return None


# A "why" that carries its own verdict: a person's failing made a habit ("always", "never",
# "constantly", "so much", "so often"), lateness, or what the person is doing right now ("Why are you
# leaving?"). Interview, counselling and usability sources agree these sound like blame; "Why do
# you keep doing X?" (carrying on) and "Why did you choose X?" (a reason asked, quoted as good
# as often as bad) are not among them.
_BLAME_WHY = re.compile(
    r"^why\b(?P<before>[^.?!]*?)\b(?:late|last minute|so close to|at all|leave (?:it|things) so long|"
    r"(?P<habit>always|never|constantly|so much|so often|so long|so far(?: away)?))\b"
    r"(?P<after>.*)$|"
    # a mistake put on the person ("Why did you pick the wrong zone?"), or their choice set against
    # what it costs ("…when it only works out at a pound a week?")
    r"^why (?:did|do|would) you\b[^.?!]*?\bthe wrong\b[^.!]*$|"
    # a lapse named in the verb ("Why did you ignore the warning?", "…let your holds expire?")
    r"^why (?:did|do|would|have|had) you (?:just |simply )?(?:ignore|neglect|forget|forgot|fail|refuse|skip|"
    r"give up|gave up|let\b[^.?!]{1,40}?\b(?:expire|lapse|slip|slide|run out|go to waste)|"
    r"leave\b[^.?!]{1,40}?\buntil)\b[^.!]*$|"  # "…leave everything until month end?"
    r"^why\b[^.?!]*\bwhen (?:it|that|this)\b[^.?!]{0,40}?\b(?:only|just|barely)\b[^.!]*$|"
    r"^why (?:are|were) you (?P<doing>\w+ing\b.*)$")


_FUNCTION_WORDS = frozenset("and or but is are was were to for of in on with at by from that you we they it "
                            "do does did has have had can could will would should about".split())
_DETERMINERS = frozenset("the a an your our my their his her its this that these those".split())


def _plain_words(m: re.Match[str], plain: str) -> str:
    """The plain words for a jargon term where they read as a sentence, else a placeholder: "the
    NPS dashboard" cannot become "the how likely you are to recommend it dashboard", nor "the KPIs"
    "the the numbers you track"."""
    before = m.string[: m.start()].split()
    after = re.match(r"\s+([A-Za-z][\w'-]*)", m.string[m.end():])
    # a word right after the term that is not a function word or a determiner is what the term
    # modifies ("the NPS dashboard"); "live in your household" reads
    modifier = after is not None and " " in plain \
        and after.group(1).lower() not in _FUNCTION_WORDS | _DETERMINERS
    # plain words that are a clause ("how often", "the numbers you track") read only at the start
    # or after a function word: not after a determiner, a possessive or a modifier ("your
    # traveling frequency", "the policy's efficacy", "your marketing funnel")
    after_word = before[-1].lower().strip(",;:") if before else ""
    clause = re.match(r"^(?:the|a|an|how|what|where|who)\b", plain) is not None
    if modifier or clause and after_word and after_word not in _FUNCTION_WORDS:
        return f"[{m.group(0)} in plain words]"
    if not before and m.group(0)[:1].isupper():
        return plain[:1].upper() + plain[1:]  # "Prior to…" → "Before…"
    return plain


def _in_plain_words(s: str, terms: dict[str, str], known: frozenset[str]) -> tuple[list[str], str]:
    """The terms of ``terms`` that ``s`` uses (not those in ``known``), and ``s`` with each put
    in its plain words."""
    low = re.sub(r"\[[^\]]*\]", " ", s.lower())  # not inside a placeholder a rewrite left
    found = [t for t in terms if t not in known and _says(low, t)]
    # a term inside a longer one found is named once: "stewardship journey", not "stewardship" too
    found = [t for t in found if not any(o != t and _says(o, t) for o in found)]
    rewrite = s
    for term in found:
        rewrite = re.sub(rf"(?<![\w/\[]){re.escape(term)}(?![\w/])",
                         lambda m, term=term: _plain_words(m, terms[term]), rewrite, flags=re.I)
    return found, rewrite


def in_plain_words(s: str, known: frozenset[str] = frozenset()) -> str:
    """``s`` with every team-language term and formal word it uses put in everyday words."""
    for terms in (_JARGON_TERMS, _FORMAL_WORDS):
        s = _in_plain_words(s, terms, known)[1]
    return s


def _says(low: str, term: str) -> bool:
    """Does lower-cased ``low`` use ``term`` as a word (not inside another word or a path)?"""
    return re.search(rf"(?<![\w/]){re.escape(term)}(?![\w/])", low) is not None


# An abbreviation: "CSAT", "APIs", "CI/CD"; not a contraction in capitals ("DIDN'T")
_ABBREVIATION = re.compile(r"\b[A-Z][A-Z0-9]*(?:/[A-Z0-9]+)+\b|\b[A-Z]{3,}s?\b(?!['\u2019][A-Z])|"
                           r"\b[A-Z]{2,3}\d{1,3}\b")  # and a code: "the FP17 box", "the PHQ9"


def terms_used(text: str) -> set[str]:
    """The terms in ``text`` the jargon check would otherwise flag (team language, formal words,
    abbreviations), lower case: what someone has said themselves, so that asking it back in
    their words is mirroring, not jargon ("You mentioned the PCB. What happened then?")."""
    low = text.lower()
    found = {t for terms in (_JARGON_TERMS, _FORMAL_WORDS) for t in terms if _says(low, t)}
    for tok in _ABBREVIATION.findall(text):
        found |= {tok.lower(), tok.rstrip("s").lower()}
    return found


def _check_jargon(s: str, known: frozenset[str] = frozenset()) -> Problem | None:
    """Team language, formal words and unexplained abbreviations; ``known`` holds the words the
    participants use themselves (lower case), which are never flagged. Every term is named, not
    the first: the researcher fixes them all at once."""
    reasons: list[str] = []
    rewrite = s
    # team language and formal words in one question are named and put in plain words together:
    # a rewrite that fixed one list would keep the other's terms ("the app's algorithmic
    # heuristics" left in while "affordance" was swapped)
    for terms, one, many, why in (
            (_JARGON_TERMS, "is", "are", "team language; participants may not use or know it"),
            (_FORMAL_WORDS, "is a formal word", "are formal words",
             "people rarely say; ask in the words a participant would use")):
        found, rewrite = _in_plain_words(rewrite, terms, known)
        if found:
            names = ", ".join(f"\u201c{_as_written(t, s)}\u201d" for t in found)
            reasons.append(f"{names} {one if len(found) == 1 else many} {why}")
    if reasons:
        reason = "; ".join(reasons)
        others = _unknown_abbreviations(rewrite, known)
        if others:  # "the TLM and the session plans on the LMS": LMS has plain words, TLM none
            reason += f"; {_abbreviations_reason(others)}"
            rewrite = _with_placeholders(rewrite, others)
        return Problem(QuestionKind.JARGON, reason, rewrite)
    unknown = _unknown_abbreviations(s, known)
    if not unknown:
        return None
    return Problem(QuestionKind.JARGON, _abbreviations_reason(unknown), _with_placeholders(s, unknown))


def _unknown_abbreviations(s: str, known: frozenset[str]) -> list[str]:
    """The abbreviations in ``s`` a participant may not know, in order."""
    # not a word in capitals for emphasis that is a contraction ("What DIDN'T you like?"), and
    # not the placeholder a rewrite left ("[CRM in plain words]")
    scan = re.sub(r"\[[^\]]*\]", " ", s)
    scan = re.sub(r"(?<=\w)\.[A-Z]{2,}\b|(?<![\w.])\.[A-Z]{2,}\b", " ", scan)  # a dotted name: ".NET"
    return list(dict.fromkeys(
        tok for tok in _ABBREVIATION.findall(scan)
        if not (tok.rstrip("s") in _ACRONYM_OK or tok in _ACRONYM_OK or tok.lower() in known
                or tok.rstrip("s").lower() in known or _spelled_out(tok, scan))))


def _abbreviations_reason(toks: list[str]) -> str:
    names = ", ".join(f"\u201c{t}\u201d" for t in toks)
    return f"the abbreviation{'s' if len(toks) > 1 else ''} {names} may mean nothing to the participant"


def _with_placeholders(s: str, toks: list[str]) -> str:
    for tok in toks:
        s = re.sub(rf"(?<![\w\[]){re.escape(tok)}(?!\w)", f"[{tok} in plain words]", s, count=1)
    return s


def _as_written(term: str, s: str) -> str:
    """A term as the question writes it ("UX", not "ux")."""
    m = re.search(rf"(?<![\w/]){re.escape(term)}(?![\w/])", s, re.I)
    return m.group(0) if m else term


def _spelled_out(tok: str, text: str) -> bool:
    """Whether the question spells the abbreviation out beside it: "NCRM (National Centre for
    Research Methods)", "the National Centre for Research Methods (NCRM)"."""
    t = re.escape(tok)
    return bool(re.search(rf"\b{t}\s*\(\s*[A-Z][\w'-]*(?:\s+[\w'&-]+){{1,8}}\s*\)|"
                          rf"\b[A-Z][\w'-]*(?:\s+[\w'&-]+){{1,8}}\s*\(\s*{t}\s*\)", text))


# verbs that make no "last time you…" on their own: "…the last time you were", "…you had"
_STATIVE_ROUTINE = frozenset("be am is are was were have has had get feel think know need want".split())

_VAGUE_PATTERNS = (
    r"^(?:any )?(?:thoughts|feedback|comments|opinions)\s*\??$",
    r"^what do you think\s*\??$",
    r"^what do you think (?:of|about) (?:it|this|that|everything|things|stuff|all (?:of )?(?:this|that)|it all)\s*\??$",
    r"^how (?:was|is) (?:it|everything|that)\s*\??$",
    r"^what about (?:it|this|that)\s*\??$",
    r"^(?:any )?(?:general |other |overall )?(?:thoughts|feedback|comments|opinions) (?:on|about) (?:the |this |that |it\b)"
    r"(?:[\w-]+ ?){0,2}\s*\??$",
    r"^how(?:'s| is) (?:it all|everything|it) (?:all )?going\b(?: (?:with|on) (?:the |this |that )?[\w-]+(?: [\w-]+)?)?"
    r"\s*\??$",
    r"\b(?:the whole thing|all of it)\s*\??$|\bthe whole [\w-]+(?: [\w-]+)? thing\b",  # "the whole expenses thing"
    r"^(?:what is|what's|what are) your (?:general|overall) (?:feelings?|sense|impressions?|views?|opinions?|take) "
    r"(?:about|on|of)\b",
    r"^(?:what is|what's|what are) your (?:take|thoughts|views?|opinions?|feelings?) (?:on|about|of) "
    r"(?!th(?:is|ese|at|ose)\b).{0,40}\b(?:overall|in general|generally)\s*\??$",
    r"^(?:what is|what's) your (?:(?:annual|yearly|monthly|household|total|personal) )*"
    r"(?:income|salary|opinion|view|age)\s*\??$",
    r"^what are your (?:thoughts|feelings|views|opinions|impressions)\s*\??$",
    r"^(?:what do you think|how do you feel) (?:of|about) .{0,40}\b(?:overall|in general|generally)\s*\??$",
    r"\b(?:in general|generally speaking),? what do you think\b",
    r"\beverything about\b",
    r"\bno(?:t)? (?:in)?frequently\b",
)


# Words that already carry a "not" ("unhappy", "dislike"): a "not" in front makes a double negative.
# A closed list, because "understand", "discuss" or "unique" begin the same way and negate nothing.
_UN_WORDS = ("happy|friendly|likely|clear|fair|usual|common|satisfied|comfortable|reasonable|helpful|"
             "important|necessary|able|aware|safe|pleasant|interested|sure|true|wise|kind|known|easy|"
             "acceptable|available|reliable|popular|professional")
_NEGATED = rf"un(?:{_UN_WORDS})|dis(?:agree|agreed|like|liked|satisfied|approve|approved|trust|honest|organi[sz]ed)"


# Stock questions of job interviews and appraisals: people keep a rehearsed answer for them.
_STOCK = re.compile(
    r"^(?:so,?\s+)?(?:what(?:'s| is| are| was| were)|what would you say|tell (?:me|us)|"
    r"name|list|describe|can you (?:tell me|name|list|describe))\b.{0,20}?\byour\s+"
    r"(?:(?:\w+est|main|key|top|real|personal|one|two|three)\s+)*(?:strengths?|weakness(?:es)?)\b|"
    r"\bwhere do you see yourself in (?:\d+|two|three|five|ten) years\b",
    re.I,
)


def _check_vague(s: str) -> Problem | None:
    low = s.lower().strip()
    if _STOCK.search(s):
        return Problem(QuestionKind.VAGUE,
                       "a stock question people keep a rehearsed answer for; you hear the answer "
                       "they prepared, not what they did; ask about a specific time",
                       "Can you tell me about a recent piece of work that went well, and one that "
                       "didn't? What made the difference?" if re.search(r"strength|weakness", low)
                       else "What are you working towards at the moment? What have you done about "
                       "it lately?")
    important = re.search(r"^how important (?:is|are|was|were|would) (.+?) (?:be )?(?:to|for) you\b",
                          s.strip(), re.I)
    if important:
        thing = _clean_topic(important.group(1))
        if not thing or len(_words(thing)) > 6 \
                or re.search(r"\b(?:it|you|that|this)$|^(?:it|you|that|this)\b", thing, re.I) \
                or _PLACEHOLDER.search(thing):
            thing = "this"
        return Problem(QuestionKind.VAGUE,
                       "asks how much something matters in the abstract; most things sound "
                       "important when asked; ask what they did about it",
                       f"When did {thing} last come up for you? What did you do about it?")
    # "do you usually…" and "would you usually…" ask the same: the routine
    generic = re.match(r"^(?:(?:at|in|on|for|with|from) )?(?:how|what|where|when|who)\b[^?]*?\b(?:do|would) you (?:usually|typically|normally) "
                       r"(\w+)\b\s*([^?]*)", low)
    # the routine's object is the thing asked ("What devices do you typically use…", "who do you
    # usually ask"): asked of the last time, it stays the question
    which = re.search(r"\b(what|which|who|how many|how much)((?:\s+(?!do\b|would\b)[\w-]+){0,3}?)\s+(?:do|would) you "
                      r"(?:usually|typically|normally) "
                      r"(\w+)\b([^?,;]*)", low)
    if generic and which and which.group(3).isalpha():
        thing = which.group(2).strip()
        rest = re.sub(r"\s+(?:and|or|but)$", "", which.group(4).rstrip())
        return Problem(QuestionKind.VAGUE,
                       "asks what usually happens; people describe the routine they think they "
                       "have, not what they did; ask about the last time",
                       f"Think of the last time: {which.group(1)}{' ' + thing if thing else ''} did you "
                       f"{which.group(3)}{rest}?")
    if generic:
        verb, rest = generic.group(1), re.sub(r"\s+(?:about|of|with|for|on|in|at)$", "",  # not "…notes about?"
                                              _clean_topic(generic.group(2)))
        return Problem(QuestionKind.VAGUE,
                       "asks what usually happens; people describe the routine they think they "
                       "have, not what they did; ask about the last time",
                       f"Can you walk me through the last time you {_past(verb)}{' ' + rest if rest else ''}?"
                       if verb.isalpha() and verb not in _STATIVE_ROUTINE else "Can you walk me through the last "
                       "time that happened? What did you do?")
    if re.search(r"\bhow (?:many|much|often)\b.*\b(?:in|over|during) the (?:past|last) (?:year|(?:\d+|two|"
                 r"three|six|twelve|few) (?:months|years))\b", low):
        return Problem(QuestionKind.VAGUE,
                       "asks people to count over a long stretch of time; they will guess; ask "
                       "about a recent, short stretch or the last time",
                       "Think of the last month: how many times did this come up?")
    if re.search(r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,2}?(?:" + _NEGATED + r")\b|\bdisagree\b.*\bnot\b", low):
        plain = re.sub(rf"\bnot un(?=(?:{_UN_WORDS})\b)", "", s, flags=re.I)
        return Problem(QuestionKind.VAGUE,
                       "a double negative is hard to follow and to answer",
                       plain if plain != s else
                       "Can you say that as a plain question? For example: what do you think of it?")
    if re.match(r"^(?:any|got any)\s+(?:other\s+|more\s+)?questions\s*\??$", low):
        return Problem(QuestionKind.VAGUE,
                       "a bare \u201cAny questions?\u201d mostly gets a \u201cno\u201d; invite them instead",
                       "What questions do you have for me?")
    # "What about budgets?", "What about communication generally?": a topic named, nothing asked of it
    about = re.match(r"^(?:and |so )?what about ((?:the |your |our )?[\w'-]+(?: [\w'-]+){0,2}?)"
                     r"(?:,? (?:generally|in general|overall))?\s*\??$", low)
    if about and about.group(1) not in ("it", "this", "that", "you", "them"):
        return Problem(QuestionKind.VAGUE,
                       "names a topic but asks nothing about it; say what you want to hear",
                       f"Can you tell me about the last time {about.group(1)} came up for you? What happened?")
    for pat in _VAGUE_PATTERNS:
        if re.search(pat, low):
            return Problem(QuestionKind.VAGUE,
                           "too general to answer well; anchor it in a specific, recent moment",
                           "Can you tell me about a specific recent time this came up? "
                           "What happened?")
    return None


def _short_ask(sentence: str) -> str:
    """The ask inside a long question sentence, without the elaboration around it: "When you
    used AI for the survey, how did you check what it produced - especially since…?" → "When you
    used AI for the survey, how did you check what it produced?". The scene set before the ask is
    kept while the whole stays short, and always when the ask only points back to it ("…, what
    would that be?"); a framing before a colon ("Here's my last question:") goes."""
    framed = re.match(r"^(?:[\w'-]+\s+){0,7}[\w'-]+:\s+(?=\S)", sentence)
    if framed:
        sentence = sentence[framed.end():]
    sentence = re.sub(r",\s*if (?:any|anything|at all),", "", sentence, flags=re.I)  # "what concerns, if any, do you…"
    parts = re.split(r"(\s*(?:[,;\u2014\u2013]|\s-\s)\s*)", sentence.rstrip("?. "))
    clauses = parts[::2]
    at = next((i for i, c in enumerate(clauses) if i and re.match(
        # "which" and "where" after a comma mostly begin a relative clause ("…, which will…")
        r"(?:(?:how|what|what's|why|who)\b(?!\s+(?:you|we|they|i|he|she|it)\b)|which (?:one|of)\b|"
        r"(?:when|where|which|if)\s+(?:did|do|does|was|were|is|are|has|have|had|would|will)\s+(?:you|we|they|i)\b|"
        r"(?:do|did|does|have|has|can|could|would|will|is|are|was|were)\s+you\b|(?:is|are|was|were)\s+there\b|"
        r"(?:tell|describe|walk|talk)\s+(?:me|us)\b)", c, re.I)), None)
    if at is None:
        return clauses[0].rstrip() + "?"
    scene = "".join(parts[: 2 * at - 1])
    # the ask runs on to an aside ("- especially since…", ", say, …"), which goes
    rest = "".join(parts[2 * at:])
    ask = re.split(r"\s*(?:[\u2014\u2013]|\s-\s)\s*|,\s+(?:especially|particularly|given|since|even|because|"
                   r"perhaps|maybe|say|like|for example|for instance|including|or how|or what|and how|and what)\b",
                   rest, maxsplit=1, flags=re.I)[0]
    if len(_words(ask)) > LONG_QUESTION_WORDS:
        ask = clauses[at]
    if ask != rest:  # cut short: no word left hanging ("…at that stage rather than?")
        ask = re.sub(r"[\s,]+(?:rather than|than|to|of|with|about|and|or|versus|vs\.?|the|a|an)$", "", ask, flags=re.I)
    if re.fullmatch(r"\w+ (?:would|is|was|will) (?:that|it|this) be(?: and why)?", ask, re.I):
        # "…, what would that be?" needs its scene: the "if" clause, not the asides around it
        scene = next((c for c in clauses[:at] if re.match(r"(?:if|when|suppose|imagine)\b", c, re.I)), clauses[0])
        ask = f"{scene}, {ask}"
    elif len(_words(scene)) + len(_words(ask)) <= 25:
        ask = f"{scene}, {ask}"
    elif len(_words(ask)) < 5:
        return clauses[0].rstrip() + "?"
    end = "." if re.match(r"(?:tell|describe|walk|talk)\b", clauses[at], re.I) else "?"
    return ask[:1].upper() + ask[1:] + end


def _check_length(text: str, sentences: list[str]) -> Problem | None:
    words = len(_words(text))
    longest = max((len(_words(s)) for s in sentences), default=0)
    if words > LONG_TEXT_WORDS or longest > LONG_QUESTION_WORDS:
        qs = [x for x in sentences if _sentence_asks(x)] or sentences
        ask = _strip_fillers(qs[-1])
        if len(_words(ask)) > LONG_QUESTION_WORDS:
            ask = _short_ask(ask)
        return Problem(QuestionKind.TOO_LONG,
                       f"{words} words is hard to follow when spoken; keep one short ask",
                       ask if ask.endswith(("?", ".")) else ask + "?")
    return None

"""Closed questions: a yes/no form, a rating on a scale, a forced choice between two options."""

from __future__ import annotations

import re

from .model import Problem, QuestionKind
from .sentences import _first_word, _is_declarative_question, _opens_closed, _strip_fillers
from .wording import _CLAUSE_CHOICE
from .topic import _PLACEHOLDER, NO_TOPIC, _clean_topic, _experience_rewrite, _topic, tell_about

# "Do you prefer email or phone?", "Is it good or bad?": a forced choice between two options.
# Not "... or not?", "... or anything else?", and not a list of three or more examples.
_EITHER_OR = re.compile(
    r"\b((?:the |a |an |your |our )?[\w'-]+(?: [\w'-]+){0,2}) or (?!not\b|no\b|anything\b|something\b|"
    r"else\b|other\b|so\b|two\b|more\b|less\b|whatever\b)((?:the |a |an |your |our |as )?[\w'-]+(?: [\w'-]+){0,3})"
    r"\s*\?\s*$", re.I)


# Two ends of one scale offered as the choice: asked as the scale itself, both ends named.
_SCALE_CHOICE = re.compile(
    r"^(is|was|are|were) (it|this|that|they|(?:the|your) [\w'-]+) (easy|easier|hard|harder|difficult|simple|"
    r"complicated|clear|confusing|fast|quick|slow|good|bad|better|worse|useful|useless|helpful|unhelpful|"
    r"expensive|cheap|long|short|comfortable|uncomfortable) or (easy|easier|hard|harder|difficult|simple|"
    r"complicated|clear|unclear|confusing|fast|quick|slow|good|bad|better|worse|useful|useless|helpful|"
    r"unhelpful|expensive|cheap|long|short|comfortable|uncomfortable)\b(.*)$", re.I)


# "Is there anything you do outside the tool to make this work?", "Has anyone on your team built
# something for this?": yes/no in form (the answer form stays yes_no, as MITI codes it), but
# guides use these existence checks as the standard probe for workarounds, people and gaps, and
# they are answered with the thing itself, so a guide is not told to rewrite them.
_EXISTENCE = re.compile(
    r"^(?:is|are|was|were) there (?:any|anything|anyone|anybody|something|someone|other|another)\b|"
    r"^(?:has|have|did) (?:anyone|anybody|anything)\b|^(?:is|was) (?:anything|anyone)\b", re.I)


# "Is there anything about the chat you'd change?": in the form of an existence check, but it asks
# for a wish about a named thing, which "no" ends; asked as "What would you change about…?" it
# gets the wish itself. The wrap-up "Is there anything else…?" stays an open floor.
_WISH_EXISTS = re.compile(r"^(?:is|was) there anything (?!else\b)(?:(?:about|in|with) )((?:the|your|our|this|that|these) "
                          r"[^?]{2,60}?) (?:that )?you(?:'d| would| might) (change|improve|add|remove|fix|drop|miss)\b"
                          r"\s*(.*?)[?.!]*$", re.I)


# A yes/no verdict on one quality of a thing: "Is the tier system fair?", "Was the form clear?"
_JUDGED = re.compile(r"^(is|was|are|were) ((?:the|your|our|this|that|these|those) [\w'-]+(?: [\w'-]+){0,3}?) "
                     r"(?:(?:really|very|too|quite) )?(fair|unfair|clear|easy|hard|simple|fast|slow|reliable|affordable|"
                     r"accurate|safe|useful|helpful|worth it|worthwhile|enough|convenient|friendly|good value)\s*[?.!]*$",
                     re.I)


def _check_closed(s: str) -> Problem | None:
    low = s.lower()
    wish = _WISH_EXISTS.match(_strip_fillers(s).strip())
    if wish:
        thing, verb, rest = wish.groups()
        return Problem(QuestionKind.CLOSED,
                       "\u201cIs there anything\u2026 you'd change?\u201d can be answered with a no; ask for "
                       "the change itself", f"What would you {verb.lower()} about {thing}{' ' + rest if rest else ''}?")
    if _EXISTENCE.match(_strip_fillers(s)):
        return None
    if re.search(r"\bon (?:a|that|the|this) scale\b|\bscale (?:of|from) \d|\bwhat number\b|\bfrom (?:0|1|one|zero) to (?:5|10|five|ten)\b"
                 r"|\b(?:0|1|one|zero) to (?:5|10|five|ten)\b|\brate\b.*\bout of\b", low):
        return Problem(QuestionKind.CLOSED,
                       "asks for a number on a scale, which gives a rating but no story",
                       _rating_rewrite(s))
    scale = _SCALE_CHOICE.match(_strip_fillers(s).rstrip("?. "))
    if scale:  # "Was it easy or difficult to learn?" → "How easy or difficult was it to learn?"
        aux, subject, a, b, rest = scale.groups()
        return Problem(QuestionKind.CLOSED,
                       "offers only two answers (this or that); the real answer may be both, "
                       "neither or something in between", f"How {a.lower()} or {b.lower()} {aux.lower()} {subject}{rest}?")
    either = _EITHER_OR.search(s)
    if either and re.search(r"\b(?:(?<!want )(?<!prefer )(?<!like )(?<!rather )(?<!choose )(?<!need )(?<!plan )"
                            r"(?<!going )(?<!wish )(?<!decide )to|so that|because|in order to)(?:\s+\w+)?\s*$",
                            s[: either.start(1)], re.I):
        either = None  # "…documentation to keep your insurance or benefits?": a purpose, not a choice
    if either and re.search(r"\bhow\s+[\w'-]+\s+or\s*$", s[: either.start(2)], re.I):
        either = None  # "…, and how easy or hard was it?": a scale's two ends, asked "how", not a choice
    if either and re.search(r"\bsuch as\b|,\s*(?:like|for example|for instance|e\.g\.|including|say)\b",
                            s[: either.start(2)], re.I):
        either = None  # "…, such as a strike, a log-off or a protest?": examples of one thing, not a choice
    if either and _two_features(s, either):
        either = None  # "Do you use the app's budgets or spending categories?": a yes/no about using either
    # "Which do you prefer, A or B?" offers the options after a comma; "Which tool has your most
    # important or valuable notes?" names one thing twice and asks which tool
    if either and (_opens_closed(s) or re.match(r"^which\b", low) and re.search(r"[,:]\s*[^,:]*\bor\b[^,:]*$", s)):
        seen_as = re.search(r"\b(?:think|feel|see|view|regard)\s+(?:of|about)?\s*((?:the |your |our )?"
                            r"[\w' -]+?)\s+as\b", low)
        which = re.match(r"^which ([a-z]+) (?:do|did|would|will) you\b", low)  # "Which restaurant…"
        listed = _listed_options(s, either)
        if listed and re.search(r"\b(?:prefer|rather|choose|pick|like better|go for|use|decide)\b", low):
            # "Do you prefer the app, the website or the branch?": three options, all named
            return Problem(QuestionKind.CLOSED,
                           f"offers only the {len(listed)} answers it names; the real answer may be several, "
                           "none or something else",
                           f"Can you walk me through the last time you chose between {', '.join(listed[:-1])} "
                           f"and {listed[-1]}?")
        if re.search(r"\b(?:prefer|rather|choose|pick|like better|go for|use|decide)\b", low):
            rewrite = (f"Can you walk me through the last time you chose "
                       f"{'an' if which.group(1)[0] in 'aeiou' else 'a'} {which.group(1)}?"
                       if which and which.group(1) not in ("one", "ones", "of", "is", "way") else
                       _between(either) or "Can you walk me through the last time you had to make that choice?")
        elif seen_as:
            rewrite = f"How do you think about {_clean_topic(seen_as.group(1))}?"
        else:  # the whole ask, so "a professional or academic capacity" is not cut at "or"
            rewrite = _experience_rewrite(s)
        return Problem(QuestionKind.CLOSED,
                       "offers only two answers (this or that); the real answer may be both, "
                       "neither or something else", rewrite)
    if _CLAUSE_CHOICE.match(_strip_fillers(s)):  # "Did it happen at once, or was it gradual?"
        return Problem(QuestionKind.CLOSED,
                       "offers only two answers (this or that); the real answer may be both, "
                       "neither or something else", _choice_rewrite(s))
    judged = _JUDGED.match(_strip_fillers(s).strip())
    if judged and re.search(r"\bexperiences?$", judged.group(2), re.I):
        judged = None  # "Was that experience helpful?": what happened is the story to ask for
    if judged and _opens_closed(s):  # "Is the tier system fair?": the quality asked about stays
        aux, thing, quality = judged.groups()
        return Problem(QuestionKind.CLOSED,
                       f"starts with \u201c{aux.capitalize()}\u201d, so it can be answered with a yes or no; "
                       "an open question invites a story",
                       f"How would you describe {thing[:1].lower() + thing[1:]}? What makes "
                       f"{'them' if aux.lower() in ('are', 'were') else 'it'} seem {quality} or not?")
    if _opens_closed(s):
        fw = _first_word(s)
        choice = re.search(r"\b(?:prefer|rather)\b", low)  # "Do you prefer the app to the website?"
        return Problem(QuestionKind.CLOSED,
                       f"starts with \u201c{fw.capitalize()}\u201d, so it can be answered with a "
                       "yes or no; an open question invites a story",
                       "Can you walk me through the last time you had to make that choice?" if choice
                       else _experience_rewrite(s))
    # "If we offered a discount, would you come back?": the yes/no ask after a condition
    cond = re.match(r"^(?:if|when|whenever|once|after|before|since|now that|given that|while)\b[^,;?]{2,80}[,;]"
                    r"[\s\"\u201d\u2019']*", s, re.I)  # the comma may sit inside a quote: 'say "X," can you…'
    if cond and _opens_closed(s[cond.end():]):
        return Problem(QuestionKind.CLOSED,
                       f"after the condition it asks \u201c{_first_word(s[cond.end():]).capitalize()} \u2026\u201d, "
                       "so it can be answered with a yes or no; an open question invites a story",
                       _experience_rewrite(s[cond.end():]))
    if _is_declarative_question(s):
        return Problem(QuestionKind.CLOSED,
                       "a statement with a question mark invites a yes or no",
                       _experience_rewrite(s))
    return None


# Using, having or setting up things, not choosing between them: "Do you use X or Y?" is answered
# "yes, X", "both" or "neither" when X and Y are features one can use together
_USING = re.compile(r"^(?:do|did|does|have|has|had) (?:you|they|your [\w-]+) (?:ever |also |still |currently |"
                    r"regularly |sometimes )?(?:use|used|have|had|track|tracked|set up|keep|kept|need|needed|try|tried|"
                    r"turn on|turned on|rely on|relied on|check|checked|get|got|receive|received|notice|noticed)\b",
                    re.I)
_DETERMINER = re.compile(r"^(?:the|a|an|your|our|their|its|this|that|my|his|her)\b", re.I)


def _two_features(s: str, either: re.Match[str]) -> bool:
    """Whether "X or Y" after a verb of using or having names two things that may both be used
    (a yes/no about either), not two options of which one is picked: the second shares the
    first's owner or determiner ("the app's budgets or spending categories") or is a bare
    plural ("reminders or labels"); "the app or the website", each with its own "the", and
    "card or cash" stay a this-or-that."""
    if not _USING.match(_strip_fillers(s)):
        return False
    second = either.group(2).strip()
    if _DETERMINER.match(second):
        return False
    first = either.group(1)
    shared = re.search(r"(?:\b(?:the|your|our|their|its)\s+[\w-]+'s|\b(?:your|our|their|its))\s+[\w-]+(?:\s+[\w-]+)?$",
                       first, re.I)
    plural = re.search(r"[a-z]{2}(?<!s)s$", second, re.I)
    return bool(shared or plural)


def _listed_options(s: str, either: re.Match[str]) -> list[str] | None:
    """Three options or more listed before the "or" ("the app, the AccèsD website or the branch",
    "a card, the app, your phone or cash"), all of them; None for two."""
    second = either.group(2).strip()
    parts = re.sub(r"\s+or\s+$", "", s[: either.start(2)]).split(",")
    if parts and not parts[-1].strip():
        parts.pop()  # the serial comma: "…, the supermarket, or online"
    first = re.search(r"\b(?:the|a|an|your|our|their)\s+[\w'-]+(?:\s+[\w'-]+){0,3}$", parts[0], re.I) \
        if len(parts) >= 2 else None
    rest = [p.strip() for p in parts[1:]]
    if not first or not all(0 < len(p.split()) <= 5 for p in rest) or _PLACEHOLDER.search(s):
        return None
    return [first.group(0), *rest, second]


def _between(either: re.Match[str]) -> str | None:
    """The choice named by its two options, each with its own determiner: "…use the app or the
    website?" → "…the last time you chose between the app and the website?"."""
    first = re.search(r"\b(?:the|a|an|your|our|their)\s+[\w'-]+(?:\s+[\w'-]+)?$", either.group(1), re.I)
    second = either.group(2).strip()
    if not first or not _DETERMINER.match(second) or _PLACEHOLDER.search(first.group(0) + " " + second):
        return None
    return f"Can you walk me through the last time you chose between {first.group(0)} and {second}?"


def _choice_rewrite(s: str) -> str:
    """Two things someone may have done, each asked as the last time ("…called the helpline?
    …went in person?"); two states to pick from ("a moment, or gradual?"), how it went."""
    first, second = re.split(r",?\s+or\s+(?=\w)", _strip_fillers(s).rstrip("?. "), maxsplit=1)
    halves = [_experience_rewrite(h + "?") for h in (first, second)]
    if all(h.startswith("Can you walk me through the last time you ") for h in halves):
        return " Then, separately: ".join(halves)
    # past: how it went is an open ask of its own ("a moment, or gradual?" → how it happened);
    # a present choice ("ready to book, or need more time?") has no happening to point at
    past = re.match(r"(?:was|were|did|had)\b", _strip_fillers(s), re.I)
    return "Can you walk me through how it happened?" if past else NO_TOPIC


def _rating_rewrite(s: str) -> str:
    """A score asked for, turned into a description asked for: "On a scale of 1 to 5, how
    useful was the onboarding?" → "How would you describe the onboarding?"."""
    task = re.search(r"how \w+ (?:is|was) it to (\w+)\b\s*(.*?)(?:\?|$)", s, re.I)
    if task:  # "how easy is it to find the menu?"
        return f"Can you walk me through the last time you tried to {task.group(1)} {_clean_topic(task.group(2))}?"
    m = re.search(r"how \w+ (?:is|are|was|were) (?:you |they )?(?:with |about |by )?(.+?)(?:\?|$)", s, re.I)
    if m:
        thing = _clean_topic(re.sub(r"\s+(?:on|using|from) (?:a scale|1|0)\b.*$|\s+(?:to|for) (?:you|your team|them)$",
                                    "", m.group(1), flags=re.I))
        if re.match(r"^(?:the|our|your|this|that|these|those|its|their|my)\b", thing, re.I) \
                and thing.lower() not in ("this", "that", "it"):
            return f"How would you describe {thing}?"
    return tell_about(_topic(s))

"""Leading questions: a negative opener, a tag, social proof, a judgement built in, a verdict
asked on the team's idea, an assumed feeling."""

from __future__ import annotations

import re

from .model import Problem, QuestionKind
from .sentences import _TAG_Q, _strip_fillers, _words
from .topic import (
    OFFERED_REASON,
    _base_of_ing,
    _clean_topic,
    _experience_rewrite,
    _past,
    _topic,
    _usable,
    agree_rewrite,
    as_asked,
    cannot_rewrite,
    change_rewrite,
    crowd_rewrite,
    describe_rewrite,
    experience_with,
    policy_rewrite,
    remedy_rewrite,
    reason_rewrite,
    solution_rewrite,
    when_rewrite,
)

_FEELING_REWRITE = "Can you tell me about the last time that happened? How did it feel?"
_IDEA_REWRITE = ("Can you tell me about the last time you ran into the problem this idea is meant to "
                 "solve? What did you do about it?")
_CONFIRM_REWRITE = "Can you tell me more about that?"
_CHOICE_REWRITE = "The last time you had to choose, what did you go for? What made you choose it?"


def _choice_rewrite(s: str) -> str:
    """One option offered ("Would you prefer a drive-through collection point?"): the choice is
    named by the kind of thing, without the option's own mark ("a collection point")."""
    m = re.search(r"\bprefer (a|an|the) ((?:[\w'-]+ ){1,3})([a-z][\w'-]*)\s*[?.!]*$", s)
    if not m:
        return _CHOICE_REWRITE
    *_, last = m.group(2).split()  # "drive-through collection point" → "collection point"
    head = f"{last} {m.group(3)}" if len(m.group(2).split()) > 1 and last.isalpha() else m.group(3)
    det = "an" if head[0] in "aeiou" else "a"
    return f"The last time you had to choose {det} {head}, what did you go for? What made you choose it?"

# One way of doing a thing called better than another: "Wouldn't it be easier to just use the app
# instead of calling?", "Isn't it quicker to pay online than at the counter?"
_INSTEAD = re.compile(r"\b(?:easier|better|quicker|faster|simpler|cheaper|nicer|safer|more convenient)\s+(?:for you\s+)?"
                      r"to\s+(?:just\s+|simply\s+)?(?P<x>[a-z][\w'-]*(?:\s+[\w'-]+){0,5}?)\s+(?:instead of|rather than|"
                      r"than)\s+(?P<y>[\w'-]+(?:\s+[\w'-]+){0,4}?)\s*[?.!]*$", re.I)


def _instead_rewrite(s: str) -> str | None:
    """The two ways, asked as a choice they make: "Wouldn't it be easier to just use the app instead
    of calling?" → "How do you decide whether to use the app or call? Can you walk me through the
    last time?"; not "your experience with the app instead of calling"."""
    m = _INSTEAD.search(_strip_fillers(s).strip())
    if not m:
        return None
    x, y = m.group("x"), m.group("y")
    ing = re.match(r"^([a-z]+?)ing\b(.*)$", y, re.I)
    if ing:  # "calling" → "call"
        y = _base_of_ing(ing.group(1).lower()) + ing.group(2)
    elif re.match(r"^(?:the|a|an|your|our|their)\b", y, re.I) and len(x.split()) > 1:
        y = f"{x.split()[0]} {y}"  # "use the app … than the phone": the other way, with the first's verb
    elif not re.match(r"^(?:by|at|on|in|over|through|online)\b", y, re.I):  # "…than at the counter" reads as it is
        return None
    return f"How do you decide whether to {x} or {y}? Can you walk me through the last time?"


# Leading cues: (pattern on the lower-cased sentence, the reason a person reads[, a rewrite]).
# Without a rewrite of its own a cue's fix is the neutral "what was your experience with…"
# question. First match wins; cues that need more than a fixed rewrite are checked in
# ``_check_leading`` itself.
_LEADING_CUES: tuple[tuple[re.Pattern[str], str, str | None], ...] = tuple(
    (re.compile(c[0]), c[1], c[2] if len(c) > 2 else None) for c in (
    (r"^(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|wouldn't|won't|can't|couldn't|shouldn't|"
     r"haven't|hasn't)\b|^(?:do|does|did|are|is|would|could)\s+(?:you|it|they|we|that|this)\s+not\b",
     "a negative opener (\u201cdon't you\u2026\u201d) tells the participant which answer you expect"),
    (r"\b(?:do|would|don't|wouldn't) you agree\b|\bagree (?:that|with)\b|\bwouldn't it be\b|"
     r"^(?:(?:strongly )?agree ?(?:/|or|-) ?(?:strongly )?disagree)\s*[:\-\u2013]|"
     r"\bi bet you\b|\byou (?:must|surely|probably) (?:love|like|hate|find|agree|think)\b|\bsurely\b",
     "asks the participant to agree with a view instead of giving their own"),
    (r"\bhow (?:much|often) (?:do|did|does|would|will) (?:you|they|people|it)\s+(?:really\s+)?(?:love|"
     r"like|enjoy|appreciate|value|hate|prefer|agree)\b|\bhow (?:do|did) you (?:like|love|enjoy)\b",
     "assumes the participant likes it and only asks how much; that fishes for praise"),
    (r"\bhow much (?:(?:time|money|effort|hassle|work) )?(?:did|does|has|have|will|would)\s+.{1,40}?\b(?:improve|"
     r"improved|help|helped|save|"
     r"saved|increase|boost|simplif\w*|reduce|speed|add(?:ed)? to|enhance\w*|benefit\w*|contribute\w*)\b",
     "assumes there was an improvement and only asks its size"),
    (r"\bhow much (?:time|money|effort) (?:do|does|did) (?:they|it|these|those|that|this|the \w+) (?:waste|lose)\b",
     "assumes it wastes time or money and only asks how much"),
    # your offer called the best before the ask: "The 1.69% fee is one of the lowest around – how does
    # that compare…?"
    (r"\b(?:is|are|was|were|'s|'re) (?:one of |among )?the (?:lowest|cheapest|best|fastest|easiest|simplest|quickest|"
     r"most (?:popular|trusted|reliable|generous|secure))\b[^?]*?(?:[,;:]|\s[-\u2013\u2014])\s*\w[^?]*\?",
     "calls your offer the best before asking, so the participant is led to agree"),
    # a verdict on your own change set before the ask: "The reminders are much clearer since we
    # added the map – what do you like most about them?"
    (r"\b(?:is|are|was|were|'s|'re)\s+(?:now\s+)?(?:much |a lot |far |so |way )?(?:clearer|better|easier|faster|"
     r"quicker|simpler|nicer|smoother|improved)\s+(?:since|now that|after) (?:we|you|the|our|it|they)\b[^?]*?"
     r"(?:[,;:]|\s[-\u2013\u2014])\s*\w[^?]*\?",
     "claims your change made it better before asking, so the participant is led to agree"),
    (r"\bhow much (?:better|easier|faster|quicker|simpler|nicer|(?:more|less) (?!often\b|time\b|money\b)"
     r"[a-z]+)\b",
     "assumes it is better and only asks by how much"),
    (r"\bwhat (?:do|did) you (?:love|adore)\b",
     "assumes the participant loves it; that fishes for praise"),
    (r"^why (?:do|did|would) you (?:think|feel|say|believe)\b.{0,60}?\b(?:is|are|was|were)\s+"
     r"(?:so\s+|much\s+)?(?:better|worse|easier|harder|superior|inferior|slower|faster|cheaper)\b|"
     r"\bwhy (?:do |did )?you (?:find|found|consider|considered)\b.{1,40}?\b(?:helpful|useful|easy|easier|"
     r"great|better|valuable|frustrating|confusing|difficult|hard|annoying|slow)\b",
     "builds the verdict into the question and asks only for the reasons"),
    # Not "how easy was…": the usability tester's standard task question (the Single Ease
    # Question); guides that warn against loaded wording recommend it as the neutral form.
    (r"(?:^|[,;]\s*|\s[-\u2013\u2014]\s*)how (?:great|good|helpful|useful|amazing|wonderful|simple|intuitive|enjoyable|"
     r"reassuring|"
     r"hard|difficult|frustrating|annoying|bad|painful|confusing|terrible|awful|fantastic|brilliant|"
     r"excellent|awesome|dumb|stupid|heroic|disruptive|badly)\b(?!\s+(?:or|to say))(?=\s+\w)|"
     r"^how (?:positively|negatively|favou?rably|well) (?:do|did|would) you (?:see|view|rate|think|judge)\b",
     "\u201chow helpful / how hard\u2026\u201d builds a judgement into the question"),
    (r"^how (?:confused|upset|unhappy|frustrated|annoyed|angry|irritated|disappointed|stressed|worried|anxious|"
     r"delighted|excited|thrilled|pleased|relieved|concerned|scared|afraid|nervous|embarrassed|surprised|"
     r"grateful|proud)\b(?!\s+(?:or|if|whether))",
     "assumes how the participant feels and only asks how strongly; let them name the feeling",
     _FEELING_REWRITE),
    (r"^(?:is|was|would|will) (?:this|it|that|a|an|the|our)\b[\w' -]{0,40}? (?:be )?(?:a |an )?(?:good|great|"
     r"bad|useful|smart|clever|interesting) (?:idea|concept|plan)\b|"
     r"\b(?:does|would|did) (?:this|it|that|the|a|an|our)\b[\w' -]{0,40}? sound "
     r"(?:useful|interesting|helpful|valuable|appealing|like (?:a|something))\b|"
     r"^what do you think (?:of|about) (?:this|our|my|the) (?:idea|concept|solution|pitch|prototype)\b",
     "asks for a verdict on your idea; people are kind about ideas, so the answer says little about "
     "what they would actually do", _IDEA_REWRITE),
    (r"^you(?!(?:'re| are| were) like\b)(?:'re| are| were| did| had| liked| loved| found| thought| felt| prefer| like| love| "
     r"want| think| feel)\b(?=[^?,;]*\b(?:liked?|loved?|enjoy\w*|hated?|prefer\w*|easy|easier|hard|harder|"
     r"clear(?:er)?|better|worse|annoyed|frustrated|confused|pleased|happy|upset|worried|disappointed|"
     r"impressed|satisfied|useful|helpful|great|good|bad)\b)[^?]{0,100}\?\s*$",
     "states the answer (\u201cSo you liked\u2026?\u201d) and asks the participant to confirm it",
     _CONFIRM_REWRITE),
    (r"^(?:do|did|does|is|are|was|were|would|will)\b.*\b(?:you|it|this|that|they)\b.*\b"
     r"(?:think|feel|find|consider|say)\b.{0,60}?\b(?:good|great|better|best|easier|excellent|superior|"
     r"amazing|awesome|useful|helpful|valuable|frustrating|annoying|confusing|difficult|worse|bad|idea)\b"
     # not the closing "…anything else you think would be helpful for me to know?"
     r"(?!\s+(?:for (?:me|us) )?to (?:know|hear|understand|share|add|mention)\b)|"
     r"^(?:is|are|was|were)\b.*\byour (?:favou?rite|preferred|go-to)\b",
     "names the judgement (good, better, frustrating\u2026) and asks the participant to confirm it"),
    (r"^(?:given|considering|seeing) (?:how|that it'?s|that it is) (?:easy|simple|good|great|cheap|useful|"
     r"helpful|fast|quick|popular)\b",
     "the opening states a verdict and asks the participant to explain around it"),
    (r"^if you (?:love|like|enjoy|hate)\b", "the condition assumes how the participant feels"),
    (r"(?:^|,\s*)(?:do|would|did) you (?:still |really )?prefer\b(?![^?]*\b(?:or|than|over|versus|vs)\b)"
     r"(?![^?]*\bto (?:the|a|an|your|our|my|their|this|that)\b)",
     "names one option and asks whether they prefer it; ask what they chose, without naming it",
     _CHOICE_REWRITE),
))


# a thing judged as if it had been used on an occasion: "How useful was the Safety Check-in when you
# went on your last date?" takes it that they used it then, and "on your last date" is when, not
# what it is about (without the occasion, "How would you describe…?", ``describe_rewrite``)
_JUDGED_IN_USE = re.compile(
    r"^how (?:useful|helpful|good|great|reassuring|intuitive|enjoyable|valuable|simple|confusing|frustrating|"
    r"annoying|bad|painful|difficult|hard) (?:was|were|is|are) ((?:the|your|our|this|that|these|those) "
    r"[\w'-]+(?: (?!when\b|while\b|if\b|during\b|after\b|before\b|on\b|at\b|for\b|in\b|to\b)[\w'-]+){0,4})"
    r"\s+(?:when|while|if|during|after|before|on|at|for|in)\b[^?]*\s*[?.!]*$", re.I)


def _presumed_use(s: str) -> str | None:
    """ "How useful was the Safety Check-in when…?" → "Can you tell me about any time you have used
    the Safety Check-in, if there has been one? What happened?": the thing stays the topic, and
    whether they used it at all is theirs to say."""
    m = _JUDGED_IN_USE.match(_strip_fillers(s).strip())
    if not m:
        return None
    thing = m.group(1)
    thing = thing[:1].lower() + thing[1:]
    named = any(w[:1].isupper() for w in thing.split()[1:])  # a feature by its name: "the Safety Check-in"
    verb = "used" if named or _usable(thing) else "dealt with"
    return f"Can you tell me about any time you have {verb} {thing}, if there has been one? What happened?"


def _feeling_rewrite(s: str) -> str:
    """ "How upset do you get when the printer jams?" → the situation, then the feeling named by
    the participant; "How confused are you in the settings menu?" keeps "the settings menu"."""
    when = when_rewrite(s)
    if when:
        return f"{when} How did it feel?"
    m = re.match(r"^how \w+ (?:are|were|do|did) you (?:get |feel )?(?:in|with|about|by|using) "
                 r"((?:the|our|your|this|that|these|a|an|my)\b[^?,.;]{1,60})", s.strip(), re.I)
    if m:
        return f"Can you tell me about the last time you dealt with {_clean_topic(m.group(1))}? How did it feel?"
    return _FEELING_REWRITE


def _without_reason(s: str) -> str | None:
    """The ask with the reason it offered cut off, asked openly: "Are you in favour of a tax on
    sugar in order to protect children?" → "What are your views on a tax on sugar?"."""
    cut = re.split(r",?\s+(?:because|so that|in order to|so (?=(?:you|they|it|we|people|your)\b))\b", s, maxsplit=1,
                   flags=re.I)[0]
    if cut == s or len(_words(cut)) < 4:
        return None
    rewrite = _experience_rewrite(cut.rstrip(" ,") + "?")
    return None if rewrite.startswith("Can you tell me about the last time you dealt with this") else rewrite


# An effect presumed in a yes/no ask: "Did the price rise make you want to cancel?", "Would you
# say the tutorial prepared you for the boss fight?". The participant is handed both the cause
# and what it did to them; yes is the easy answer. Not an open "Did anything make you…?", which
# names no cause.
_EFFECT = re.compile(
    r"^(?:did|does|do|has|have|had|would|will|is|was)\s+(?:you\s+(?:say|think|feel|find)\s+(?:that\s+)?)?"
    # nor a cleft ("Was it the deposit that made you…?"), which offers a reason: its own rule
    r"(?!(?:anything|something|anyone|anybody|someone|there)\b)(?!it\b[^?]*\b(?:that|who)\b)(.{3,80}?)\s+"
    r"(make|made|makes|push|pushed|drive|drove|lead|led|help|helped|prepare|prepared|encourage|encouraged|"
    r"convince|convinced|motivate|motivated|put|puts)\s+you\b\s*(.*?)[?.!]*$", re.I)
_EFFECT_BASE = {"made": "make", "makes": "make", "pushed": "push", "drove": "drive", "led": "lead", "helped": "help",
                "prepared": "prepare", "encouraged": "encourage", "convinced": "convince", "motivated": "motivate",
                "puts": "put"}


def _presumed_effect(s: str) -> Problem | None:
    """ "Did the difficulty spike make you want to quit?" → "How did the difficulty spike affect
    you, if at all?": the cause stays the topic; what it did is theirs to say."""
    m = _EFFECT.match(_strip_fillers(s).strip())
    if not m:
        return None
    cause, verb, rest = m.group(1), m.group(2).lower(), m.group(3).strip()
    cause = re.sub(r"^(?:The|This|That|These|Those|Our|Your|It)(?=\s|$)", lambda d: d.group(0).lower(), cause)
    verb = _EFFECT_BASE.get(verb, verb)
    # "make you want to quit", "put you off": the effect named is the judgement; "prepare you for
    # the exam" names only what it was for, which stays
    keep = verb in ("prepare", "help") and re.match(r"^(?:for|with)\b", rest, re.I)
    ask = f"{verb} you {rest}" if keep else "affect you"
    return Problem(QuestionKind.LEADING,
                   "presumes what it did to the participant (\u201cdid X make you\u2026\u201d); yes is "
                   "the easy answer; ask what happened and let them say how it affected them",
                   f"How did {cause} {ask}, if at all?")


# An amount asked of something unwelcome: "How much food waste do you have with the box?", "How many
# problems have you had with the app?" take it that there is some and ask only how much; someone
# who has none must correct the question. Not time or money spent, which everyone has.
_PRESUMED_AMOUNT = re.compile(
    r"^how (much|many) ((?:[a-z-]+ ){0,2}?(?:waste|wastage|trouble|problems?|issues?|difficult(?:y|ies)|hassle|"
    r"stress|frustrations?|complaints?|mistakes?|errors?|delays?|bugs?|friction|pain|headaches?|disruptions?|"
    r"confusion|breakdowns?|outages?|glitches))\s+(do|does|did|have|has|had|is|are|was|were|will)\s+(.+?)[?.!]*$",
    re.I)


def _presumed_amount(s: str) -> Problem | None:
    """ "How much food waste do you have with the box?" → "What, if any, food waste do you have
    with the box?": the thing stays the topic; whether there is any is theirs to say."""
    m = _PRESUMED_AMOUNT.match(_strip_fillers(s).strip())
    if not m:
        return None
    size, thing, aux, rest = m.groups()
    return Problem(QuestionKind.LEADING,
                   f"\u201chow {size.lower()} {thing.lower()}\u2026\u201d takes it that there "
                   f"{'is' if size.lower() == 'much' else 'are'} some and asks only how {size.lower()}; someone "
                   "who has none has to correct the question",
                   f"What, if any, {thing.lower()} {aux.lower()} {rest}?")


def _check_leading(s: str, whole: str) -> Problem | None:
    low = s.lower()
    effect = _presumed_effect(s)
    if effect is not None and not _LEADING_CUES[0][0].search(low):
        return effect
    topic = _topic(s)
    neutral = experience_with(topic)
    if topic in ("this", "it", "that"):
        neutral = "Can you walk me through the last time you did this?"
    neutral = _instead_rewrite(s) or _presumed_use(s) or agree_rewrite(whole) or policy_rewrite(s) or cannot_rewrite(s) or when_rewrite(s) or solution_rewrite(s) \
        or remedy_rewrite(s) or describe_rewrite(s) or change_rewrite(_strip_fillers(s).rstrip("?.! ")) or neutral
    if _LEADING_CUES[0][0].search(low):  # a negative opener says the most
        return Problem(QuestionKind.LEADING, _LEADING_CUES[0][1], neutral)
    if _TAG_Q.search(s) and re.search(r"[,\w]\s+\S+\s+\S+\s*\?\s*$", s) and len(_words(s)) > 3 \
            and re.search(r",\s*\S+(?:\s+\S+)?\s*\?\s*$", s):
        return Problem(QuestionKind.LEADING,
                       "a tag at the end (\u201c\u2026, isn't it?\u201d, \u201c\u2026, right?\u201d) "
                       "asks the participant to agree", _experience_rewrite(s) if as_asked(s) else neutral)
    # candidate answers offered one after another: "Was it the price? The delivery? The app?"
    parts = re.split(r"(?<=\?)\s+", whole.strip())
    if any(re.match(r"^(?:so,?\s+)?(?:is|was|are|were) (?:it|that|this) (?:the|a|an|your|their|because of)\b", x, re.I)
           and re.fullmatch(r"(?:or\s+)?(?:the|a|an|your|their)\s+[\w'-]+(?:\s+[\w'-]+){0,2}\s*\?", y, re.I)
           for x, y in zip(parts, parts[1:])):
        return Problem(QuestionKind.LEADING,
                       "offers the answers to pick from one after another (\u201cWas it the price? The "
                       "delivery?\u201d); let the participant say what it was", "What was it about that, for you?")
    if re.search(r"\b(?:most|many|all|several|lots|plenty) of (?:the |our )?[a-z]+s\b(?: (?:we|i)(?:'ve| have)? "
                 r"(?:spoken|talked) (?:to|with)(?: so far)?)?,? (?:say|said|told us|tell us|think|thought|found|love|"
                 r"loved|like|liked|prefer|preferred|agree|agreed)\b|"
                 # a verdict claimed for most others before the ask: "…works well for most households –"
                 r"\b(?:works?|worked|is|was) (?:well|fine|great|easy|popular) (?:for|with) (?:most|many|nearly all|"
                 r"almost all) (?:of )?(?:our |the )?[a-z]+s\b[^?]*[\u2013\u2014.;,-]\s*\w[^?]*\?|"
                 # "Most guests tell us…", "Most patients say…"
                 r"\b(?:most|many|lots of|plenty of) [a-z]+s (?:tell|told|keep telling) us\b|"
                 r"(?:^|[.?!]\s+)(?:most|many) [a-z]+s (?:say|said|think|thought|find|found|prefer|agree)\b|"
                 r"\b(?:(?:most|many|all|other|our)\s+(?:people|customers|users|clients|members|"
                 r"participants|of our \w+)|everyone|everybody|nobody|no one)\s+(?:say|says|said|think|"
                 r"thinks|thought|love|loves|loved|like|likes|liked|agree|agrees|agreed|tell us|find|finds|"
                 r"found|prefer|prefers|hate|hates)\b|(?:^|[.?!]\s+)(?:like|along with|as do) (?:most|many|"
                 r"other|all)(?: [\w']+){1,4},|"
                 # hearsay or authority set before the ask: "Studies have shown…", "Some say…"
                 r"(?:^|[.?!]\s+)(?:studies|research|experts|doctors|scientists|surveys) (?:have |has )?"
                 r"(?:shown|show|shows|found|proven|suggest|suggests|agree|say|says)\b|"
                 r"(?:^|[.?!]\s+)some (?:people )?say\b", whole.lower()):  # in any sentence of the item
        crowd = re.match(r"^(?:like|along with|as do) (?:most|many|other|all)\b[^,]*,\s*(.+)$", s, re.I)
        return Problem(QuestionKind.LEADING,
                       "quoting what other people think (or what research found) pushes the "
                       "participant to agree",
                       crowd.group(1)[:1].upper() + crowd.group(1)[1:] if crowd
                       else agree_rewrite(whole) or crowd_rewrite(whole) or neutral)
    # the interviewer's own assumption about the participant, said before they can answer
    assumed = re.search(r"(?:^|[.?!]\s+)i (?:suppose|assume|guess|imagine|take it|presume)\s+(?:that\s+)?"
                        r"((?:you|your)\b[^.?!]*)", whole.lower())
    if assumed:
        # "your" and the noun after it, up to the verb: "your family kept…", "your manager signs…"
        own = re.match(r"^(your\s+[\w-]+(?:\s+(?!(?:is|are|was|were|has|had|have|did|does|do|got|went|made|kept|"
                       r"said|will|would|can|could|must|should)\b)(?![\w-]+(?:ed|[^su]s)\b)[\w-]+){0,2})",
                       assumed.group(1))
        about = own.group(1) if own else _topic(assumed.group(1))
        return Problem(QuestionKind.LEADING,
                       "states your assumption about the participant (“I suppose you…”), "
                       "so agreeing is the easy answer; ask without it",
                       f"Can you tell me about {about}?" if about not in ("this", "it", "that")
                       else _CONFIRM_REWRITE)
    # the answer presumed in the ask: "…, you probably found it easy to read?", "You must have been
    # pleased?"
    if re.search(r"(?:^|[,;:.?!\u2013\u2014]\s+)(?:so\s+)?(?:i bet |surely )?you(?:'ve|'d| have| had)? "
                 r"(?:probably|surely|certainly|no doubt|must (?:have|be|feel|find|like|love))\b[^.?!]*\?|"
                 # the effect presumed: "…saves your progress – that must have made it less stressful?"
                 r"(?:^|[,;:.?!\u2013\u2014]\s+)(?:that|this|it) (?:must|surely) (?:have )?(?:made|been|felt|helped)\b"
                 r"[^.?!]*\?",
                 whole.lower()):
        # a feeling presumed ("You must have been pleased on election night?"): ask how it felt
        felt = re.search(r"\byou (?:\w+ ){0,2}(?:been|felt|be|feel) (?:so |very |quite |really )?[a-z]+\b([^.?!,]*)\?",
                         s, re.I)
        return Problem(QuestionKind.LEADING,
                       "presumes the answer (\u201cyou probably\u2026\u201d, \u201cyou must have\u2026\u201d), "
                       "so agreeing is the easy answer; ask without it",
                       f"How did you feel{felt.group(1).rstrip()}?" if felt
                       else neutral if topic not in ("this", "it", "that") else _CONFIRM_REWRITE)
    # praise of your own product or team set before the ask
    sentences = re.split(r"(?<=[.!?])\s+", whole.strip())
    if 1 < len(sentences) and len(_words(whole)) <= 45 and any(
            re.match(r"^our\s+(?:[\w-]+\s+){1,3}?(?:is|are|was|were|has|have|always|gets|got|won|wins)\b"
                     r"[^.!?]*\b(?:best|5-star|five-star|award\w*|loved?|great|amazing|excellent|proud|top|"
                     r"leading|#1|number one|popular|favou?rite)\b", x, re.I) for x in sentences[:-1]):
        return Problem(QuestionKind.LEADING,
                       "praises your own product or team before asking; people are then less "
                       "likely to criticise it", sentences[-1])  # the ask alone
    if re.search(r"\b(?:we're|we are|i'm|i am|we've been|i've been) (?:building|making|creating|designing|"
                 r"developing|launching|working on|thinking (?:of|about) (?:starting|building|making|launching))\b|"
                 r"\b(?:we've|we have|we|i've|i have|i) (?:just |recently )?(?:built|made|created|designed|developed|"
                 r"launched|prototyped) (?:a|an|this|our|my|the|something)\b|"
                 r"\bi (?:had|have) an? (?:\w+ )?idea\b|\b(?:an|my|our) idea (?:i|we)(?:'m|'re| am| are| have|'ve| had)\b",
                 whole.lower()) \
            and re.search(r"\bwhat do you think\b|\bdo you (?:like|love|think)\b|\bwould you\b|\bwill it\b|"
                          r"\bsound\b|\byour (?:thoughts|opinion|take|reaction|feedback)\b|^(?:any )?(?:thoughts|"
                          r"feedback|reactions?)\b|\bwhat do you make of\b|\bhow do you feel about (?:it|that|this)\b",
                          low):
        return Problem(QuestionKind.LEADING,
                       "pitches your idea before asking; people are kind about what you are "
                       "building, so the answer says little", _IDEA_REWRITE)
    # both ends offered ("bad, neutral, or good?", "easy or difficult"): the answer is not named
    balanced = re.search(r"\b(?:good|easy|easier|useful|helpful|positive|satisfied)\b[^?]{0,25}\bor\b[^?]{0,25}"
                         r"\b(?:bad|difficult|hard|harder|useless|unhelpful|negative|dissatisfied|neutral)\b|"
                         r"\b(?:bad|difficult|hard|negative|dissatisfied)\b[^?]{0,25}\bor\b[^?]{0,25}"
                         r"\b(?:good|easy|useful|helpful|positive|satisfied|neutral)\b", low)
    for pattern, why, rewrite in _LEADING_CUES[1:]:
        if balanced and "names the judgement" in why:
            continue
        if pattern.search(low):
            if rewrite == _FEELING_REWRITE:
                rewrite = _feeling_rewrite(s)
            elif rewrite == _CHOICE_REWRITE:
                rewrite = _choice_rewrite(s)
            if rewrite is None and neutral == _presumed_use(s):
                why += "; it also takes it that they used it"
            return Problem(QuestionKind.LEADING, why, rewrite or neutral)
    amount = _presumed_amount(s)
    if amount:
        return amount
    loaded = re.search(r"\b(?:our|the|this|your|these)\s+(?:new\s+|improved\s+)?(amazing|awesome|great|"
                       r"excellent|fantastic|wonderful|beautiful|brilliant|innovative|improved|powerful|"
                       r"seamless|terrible|awful|clunky|broken|outdated|confusing|frustrating|annoying|horrible|ugly|"
                       r"exciting|revolutionary|failed|oppressive|wasteful|ridiculous|outrageous|disastrous|"
                       r"pointless|useless|unfair|overpriced|bloated|award[- ]winning|sub-?par|second-rate|"
                       r"top-notch|world-class|best-in-class|cutting-edge|state-of-the-art|lousy|shoddy|"
                       r"dreadful|superb|incredible|stunning|sleek|mediocre|clumsy|pathetic|incompetent|"
                       r"unconstitutional|endless|never-ending|needless)\b"
                       r"(?!\s+(?:part|thing|bit|moment))",
                       low)
    if loaded:
        plain = _topic(s[: loaded.start(1)] + s[loaded.end(1) + 1:])
        return Problem(QuestionKind.LEADING,
                       f"\u201c{loaded.group(1)}\u201d tells the participant what to think of it",
                       experience_with(plain)
                       if plain not in ("this", "it", "that") else "Can you walk me through the last "
                       "time you used it?")
    if re.search(r"\b(?:understand|know|learn|hear|see|find out)\s+(?:just\s+)?how\s+(?:hard|difficult|easy|"
                 r"frustrating|annoying|painful|confusing|great|good|helpful|simple|bad)\b", low):
        task = re.search(r"\bhow \w+ (?:it (?:is|was) to|(?:is|was) it to) (\w+)\b\s*([^.?!]*)", low)
        doing = re.search(r"\bhow \w+ (\w+)ing\b\s*(.*?)\s+(?:is|was|can be|gets)\b", low)  # "how hard paying your bill is"
        verb = task.group(1) if task else _base_of_ing(doing.group(1)) if doing else None
        rewrite = (f"Can you walk me through the last time you {_past(verb)} "
                   f"{_clean_topic((task or doing).group(2))}?".replace(" ?", "?") if verb
                   else "Can you walk me through the last time you did this? What was it like?")
        return Problem(QuestionKind.LEADING,
                       "the framing already says how it was (\u201chow hard\u2026\u201d); let the "
                       "participant say whether it was hard at all", rewrite)
    tail = re.split(r"\s[-\u2013\u2014]\s|;\s", low)[-1].strip()  # "Learning X is great – is that why you started?"
    # the reason offered as a cleft: "Was it the price that made you switch?" → "What made you switch?"
    cleft = re.match(r"^(?:so,? )?(?:was|is) it (?:the |your |because of |just )?[\w' -]{1,40}? that "
                     r"(made|led|got|pushed|drove|convinced|persuaded) (you|them) ((?:to )?\w+\b.*?)[?.!]*$",
                     s.strip(), re.I)
    if cleft:
        return Problem(QuestionKind.LEADING,
                       "the question supplies the reason (\u201cwas it X that\u2026\u201d); ask what "
                       "led to it instead", f"What {cleft.group(1).lower()} {cleft.group(2).lower()} {cleft.group(3)}?")
    if (re.match(r"^(?:do|did|does|are|were|is|was|would|have|has)\b(?! there\b)", low) and OFFERED_REASON.search(low)
            or tail != low and re.match(r"^(?:is|was) (?:that|this|it) (?:part of |one of the reasons )?(?:why|the reason|"
                                        r"because)\b", tail)):
        return Problem(QuestionKind.LEADING,
                       "the question supplies the reason (\u201cbecause \u2026\u201d, \u201cthe main "
                       "reason\u201d); ask what led to it instead",
                       reason_rewrite(s) or _without_reason(s)
                       or "What leads you to do that? Can you walk me through the last time?")
    mw = re.search(r"\bwhich (?:of (?:these|the following|the(?! above\b))|one of these)\s+(.*?)(?:\s+(?:would|do|did|does|is|"
                   r"are|was|were|have|has|can|could|will)\b|[?,]|$)", low)
    if mw:
        things = _clean_topic(mw.group(1)) or "options"
        rewrite = f"Can you walk me through the last time you chose between {things}?"
        # "Which of the following do you use: A, B or C?": the ask, without the options
        own = re.match(r"^(do|did|would|have|will) (you|they) (\w+)\b([^:?]*)", mw.group(1))
        if own:
            rewrite = (f"What {own.group(1)} {own.group(2)} {own.group(3)}{own.group(4).rstrip()}? "
                       "Can you walk me through the last time?")
        return Problem(QuestionKind.LEADING,
                       "offering a set of options primes the answer; ask what they remember or "
                       "look for first", rewrite)
    return None

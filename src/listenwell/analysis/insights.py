"""Label each statement with an insight type (pain point, workaround, need, ...) and a confidence.

Why rules and not a model: the cues researchers code by are lexical and well known ("I just
copy it into a spreadsheet" is a workaround, "I wish it would" a request, "I'm worried
whether" a worry); rules are fast, deterministic, explainable (``cues`` says which words
fired) and need no training data. Each cue adds weight to a type; the strongest type wins and
the confidence grows with the weight and with the margin over the runner-up. A statement with
no cue is ``other`` with confidence 0. The classifier is a plain function so a learned one can
replace it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from listenwell.domain.model import InsightType, Statement

T = InsightType

# (pattern, weight). Patterns are matched on lower-cased text with word boundaries.
_CUES: dict[InsightType, list[tuple[str, float]]] = {
    T.WORKAROUND: [
        (r"work ?around", 2.0),
        (r"(so|then) i (just|usually|always) ", 1.2),
        (r"i (end|ended) up", 1.2),
        (r"copy(ing)? (it|them|that|everything)? ?(in)?to", 1.5),
        (r"paste", 0.8),
        (r"spreadsheets?|excel|google sheets?", 1.2),
        (r"manually|by hand", 1.3),
        (r"instead,? i", 1.2),
        (r"(a|my|little) hack", 1.3),
        (r"(screenshot|write it down|sticky notes?|post-its?)", 1.0),
        (r"i (have|had) to (use|go|switch|open)", 0.8),
        (r"(another|a different|separate|third-party) (tool|app|service)", 0.8),
        (r"my own (script|system|template|process)", 1.0),
    ],
    T.FEATURE_REQUEST: [
        (r"(would|it'd) be (great|nice|good|helpful|awesome|cool) if", 2.0),
        (r"i wish (it|you|there|they|the)", 2.0),
        (r"(should|could) (have|add|offer|support|let me|allow)", 1.5),
        (r"(an?|the) option to", 1.3),
        (r"\bfeature\b", 0.8),
        (r"(please )?add (a|an|some)", 1.0),
        (r"(integrat\w*|sync\w*|export\w*) (with|to)", 0.8),
        (r"would love (a|an|to have|it if|the ability)", 1.8),
        (r"if (only|they|you) (could|would|added)", 1.2),
        (r"dark mode|api\b|button", 0.6),
    ],
    T.NEED: [
        (r"\bi (really )?need\b", 1.5),
        (r"\bwe (really )?need\b", 1.5),
        (r"\b(want|wanted) to be able", 1.8),
        (r"\bi (just )?want\b", 1.0),
        (r"let me\b", 1.0),
        (r"i'?d like|i would like", 1.3),
        (r"(it's|it is) (really |very )?important", 1.2),
        (r"\bmust\b|have to be able|has to", 0.8),
        (r"\bwish\b", 0.8),
        (r"what i('m| am) looking for", 1.2),
    ],
    T.WORRY: [
        (r"\bworr(y|ied|ies|ying)\b", 2.0),
        (r"\bconcern(s|ed)?\b", 1.8),
        (r"\b(afraid|scared|fear|nervous|uneasy)\b", 1.8),
        (r"not sure (if|whether|how|what)", 1.0),
        (r"\b(safe|safety|secure|security|privacy|private)\b", 1.0),
        # "trust" alone is no worry ("it made me trust them more"); distrust and doubt are
        (r"\b(risk|risky|leak\w*|distrust\w*|mistrust\w*|untrustworthy|dodgy|shady)\b", 1.0),
        (r"\blegit\w*\s*\?|\b(if|whether)\b.{0,30}\blegit", 1.0),
        # looking for something to trust: "whether I can trust them", "a payment logo I trust"
        (r"\b(can|could|whether|if|only|should)\b(\s+\w+){0,3}\s+trust\b|\b(a|an|the|some)\s+(\w+\s+){0,2}"
         r"(i|we|you)\s+(can\s+|could\s+)?trust\b", 1.0),
        # doubting trust: "I don't (fully) trust it", "would not trust it for…", "can't always be
        # trusted", "lack of trust", "reluctant to trust", "will ever trust"
        (r"\b(\w+n'?t|not|never|cannot|ever)\b(\s+[\w']+){0,4}?\s+(be\s+)?trust(ed|ing)?\b", 1.5),
        (r"\b(lack|lacking|low|little|loss|lost|losing|no)\s+(of\s+|in\s+)?(level\s+of\s+)?trust\b|"
         r"\b(reluctant|hesitant|hard|difficult|wary|afraid|scared)\s+to\s+trust\b|\btrust issues\b", 1.5),
        (r"what if\b", 1.2),
        (r"\bhesita\w+", 1.0),
        (r"\b(skeptical|sceptical|wary|paranoid)\b", 1.5),
    ],
    T.PAIN_POINT: [
        (r"\bfrustrat\w*", 2.0),
        (r"\b(annoy\w*|irritat\w*)", 1.8),
        (r"\b(difficult|hard to|tricky|painful|pain)\b", 1.3),
        (r"\bconfus\w*", 1.5),
        (r"\b(problem|issue|bug|glitch)s?\b", 1.0),
        (r"\bstruggl\w*", 1.5),
        (r"\b(slow|clunky|broken|crash\w*|tedious|cumbersome|time-consuming)\b", 1.3),
        (r"(does ?n[o']?t|did ?n[o']?t|won'?t|never) work", 1.8),
        (r"\bcan'?t\b|\bcannot\b|\bunable\b", 0.8),
        (r"\b(waste\w*|hate|hated|terrible|awful|horrible|useless)\b", 1.5),
        (r"(takes|took) (forever|ages|too long)", 1.8),
        (r"\bgave up|give up|drop(ped)? off|abandon\w*", 1.5),
        (r"\b(fail\w*|error\w*|wrong)\b", 0.8),
        (r"\b(lost|lose|losing)\b", 0.8),
        (r"\b(expensive|overpriced|too much money)\b", 1.2),
        (r"\b(was ?n[o']?t|is ?n[o']?t|not|never) (really |quite )?worth (it|the|paying)\b", 1.3),
        (r"\bwhy (did ?n[o']?t|do ?n[o']?t|would ?n[o']?t) (you|they) (just )?(tell|say|show|mention|warn)\b", 1.3),
        (r"\bhallucinat\w*|\binaccura\w*|\bunreliable\b", 1.2),
        (r"\b(timed|times|timing) out\b|\btime-?out\b|\bexpired\b|\blogged (me )?out\b", 1.3),
        (r"\b(all )?over again\b|\bfrom (the very )?(beginning|scratch)\b|\bstart(ed)? again\b", 1.3),
        (r"\bsurpris\w*|\bunexpected\w*|\bhidden (fee|cost|charge)s?|\bout of nowhere", 1.2),
        (r"\b(couldn'?t|could not|can'?t|cannot) (tell|find|figure|understand|work out)", 1.0),
        (r"\bno idea\b|\b(cheated|ripped off|misled|tricked|suspicious)\b", 1.2),
        (r"\b(extra|hidden|additional|unexpected) (fees?|charges?|costs?)\b|\bcharged (me )?extra\b", 1.2),
        # a shock, a near drop-off, something sprung on you or shown only at the end
        (r"\b(a|such a|real|total|bit of a|big) shock\b|\bshock(ed|ing)\b", 1.3),  # not "shock waves"
        (r"\b(almost|nearly) (closed|quit|gave up|cancel\w*|left|walked away|abandon\w*|deleted)", 1.5),
        (r"\bspr(ing|ang|ung|ings) (a|an|the|this|that|it|them)\b.{0,20}\bon (you|me|us|people)\b", 1.3),
        (r"\bonly (show|shows|showed|shown|appear|appears|appeared|came|comes) (up )?(on|at|in) the "
         r"(very )?(last|final|end)\b", 1.2),
        # a price above what was expected or shown: "more than I expected", "a fee added on"
        (r"\b(more|higher) than (what )?(i|we)('d| had| would have)? (expected|thought|planned|seen|budgeted)\b|"
         r"\b(fees?|charges?|costs?) (was |were )?added\b", 1.2),
    ],
    T.PRAISE: [
        (r"\b(love|loved|loving)\b", 1.5),
        (r"\b(great|amazing|awesome|fantastic|excellent|brilliant|wonderful)\b", 1.0),
        (r"\breally (like|liked|enjoy)\b", 1.5),
        (r"\b(helpful|useful|handy|intuitive|smooth|seamless)\b", 1.0),
        (r"\beas(y|ier|ily)\b", 0.8),
        (r"works (really |so )?well|saves? (me )?(a lot of )?time", 1.5),
        (r"\b(impressed|enjoy\w*|best)\b", 1.0),
        (r"game.?changer|life.?saver", 2.0),
    ],
    T.EMOTION: [
        (r"\b(i|it) (feel|felt|feels)\b", 1.0),
        (r"\b(excit\w*|thrill\w*|happy|glad|delight\w*|relie\w*|proud)\b", 1.3),
        (r"\b(angry|mad|upset|sad|depress\w*|stress\w*|anxi\w*|overwhelm\w*)\b", 1.5),
        (r"\b(embarrass\w*|ashamed|guilty|lonely|scary|terrif\w*|panic\w*)\b", 1.5),
        (r"\b(hopeful|inspired|grateful|thankful|nostalgic|bittersweet)\b", 1.3),
        (r"\b(disappoint\w*|betray\w*|hurt)\b", 1.3),
    ],
}
_COMPILED = {t: [(re.compile(r"\b" + p if not p.startswith(r"\b") else p), w) for p, w in cues]
             for t, cues in _CUES.items()}
# Ties and close calls go to the more specific, more actionable type first.
_PRIORITY = [T.WORKAROUND, T.FEATURE_REQUEST, T.WORRY, T.PAIN_POINT, T.NEED, T.PRAISE, T.EMOTION]
# Worry and pain cues do not fire when negated: "no worries", "not a problem", "I wasn't
# worried", "never had an issue", "I don't mind". A negator within the four words before the
# cue, in the same clause, cancels it (cues that carry their own negation, "not sure if",
# "doesn't work", start at the negator and are not affected).
_NEGATABLE = (T.WORRY, T.PAIN_POINT)
_NEGATOR = re.compile(r"^(?:no|not|never|nothing|without|hardly|barely|none|nor|\w+n't|cannot)$")
_CLAUSE_END = re.compile(r"[,;:.!?—–()]|\bbut\b|\bthough\b")
_NEGATED_PRAISE = re.compile(
    r"\b(not|n't|never|hardly|no longer) (\w+ ){0,2}(great|good|easy|helpful|useful|intuitive|love)"
)


@dataclass(frozen=True)
class InsightLabel:
    type: InsightType
    confidence: float
    cues: tuple[str, ...] = ()


def is_negated(low: str, at: int, window: int = 4) -> bool:
    """True when a negator stands within ``window`` words before position ``at`` of the
    lower-cased text, with no clause break between them."""
    before = low[:at]
    cut = None
    for cut in _CLAUSE_END.finditer(before):
        pass
    if cut is not None:
        before = before[cut.end():]
    return any(_NEGATOR.match(w) for w in re.findall(r"[\w']+", before)[-window:])


def classify(text: str) -> InsightLabel:
    """The insight type of one statement, with a confidence in [0, 1] and the cues that fired."""
    low = text.lower().replace("’", "'")
    scores: dict[InsightType, float] = {}
    cues: dict[InsightType, list[str]] = {}
    for t, pats in _COMPILED.items():
        for pat, w in pats:
            m = pat.search(low)
            if m and t in _NEGATABLE and is_negated(low, m.start()):
                m = next((x for x in pat.finditer(low) if not is_negated(low, x.start())), None)
            if m:
                scores[t] = scores.get(t, 0.0) + w
                cues.setdefault(t, []).append(m.group(0).strip())
    if T.PRAISE in scores and _NEGATED_PRAISE.search(low):
        scores[T.PAIN_POINT] = scores.get(T.PAIN_POINT, 0.0) + scores.pop(T.PRAISE)
        cues.setdefault(T.PAIN_POINT, []).extend(cues.pop(T.PRAISE, []))
    if not scores:
        return InsightLabel(T.OTHER, 0.0)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], _PRIORITY.index(kv[0])))
    best, top = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0.0
    strength = 1.0 - math.exp(-top / 1.5)  # 1 cue of weight 1.5 → 0.63; 3.0 → 0.86
    margin = (top - runner) / top
    confidence = round(strength * (0.6 + 0.4 * margin), 3)
    return InsightLabel(best, confidence, tuple(cues[best]))


#: Types the answer to a feeling probe lends to the untyped statement it reacts to.
_LENT = (T.PAIN_POINT, T.WORRY, T.PRAISE)
_LENT_SHARE = 0.5  # a lent type is held with half the reaction's confidence
#: An interviewer probe that asks how the last thing felt: its answer is a reaction to it.
FEELING_PROBE = re.compile(
    r"\bhow did (?:that|it|this) (?:make you )?feel\b|\bhow (?:do|did) you feel (?:about (?:that|it|this)|"
    r"when|then|at that point)\b|\bwhat was (?:that|it) like\b|\bhow was that for you\b|"
    r"\bhow did you (?:react|take it)\b|\bwhat went through your (?:head|mind)\b",
    re.IGNORECASE,
)


def reaction_links(statements: list[Statement]) -> list[tuple[int, int]]:
    """(fact, reaction) index pairs of one interview's statements (in transcript order): the
    first statement of an answer to a feeling probe ("How did that feel?") and the speaker's
    last statement before the probe, which is what the feeling is about."""
    links: list[tuple[int, int]] = []
    last_by_speaker: dict[str, int] = {}
    for i, st in enumerate(statements):
        prev = last_by_speaker.get(st.speaker)
        if prev is not None and statements[prev].segment_id != st.segment_id \
                and st.question and FEELING_PROBE.search(st.question):
            links.append((prev, i))
        last_by_speaker[st.speaker] = i
    return links


def label_statements(statements: list[Statement]) -> None:
    """Set ``insight_type`` and ``confidence`` on each statement of one interview (in
    transcript order), in place.

    When the interviewer asks how something felt, the answer is about the participant's last
    statement. If that statement had no cue of its own, it takes the answer's type (pain
    point, worry or praise) at half the answer's confidence: the fact, which is what a theme
    is about, then carries the evidence too ("There was a service fee." — "How did that
    feel?" — "A bit cheated.")."""
    labels = [classify(st.text) for st in statements]
    for st, lab in zip(statements, labels):
        st.insight_type = lab.type
        st.confidence = lab.confidence
    for fact, reaction in reaction_links(statements):
        lab = labels[reaction]
        if labels[fact].type is T.OTHER and lab.type in _LENT:
            statements[fact].insight_type = lab.type
            statements[fact].confidence = round(lab.confidence * _LENT_SHARE, 3)

"""Word patterns the coach looks for: encouragers, follow-up prompts, reflections, intro
statements, and participant talk about problems, emotions and workarounds.

Patterns, not a model: each hit can be shown to the user as the words that triggered it, and
a team can read and extend the lists. They are English-only, but for the consent ask, which is
read in the guide languages too ("¿Me permite grabar la llamada?"): an opening in another language
is not said to lack what the coach cannot read (``listening.intro_checks``).
"""

from __future__ import annotations

import re

from listenwell.analysis.questions.language import OTHER_LANGUAGE_CONSENT

_ENCOURAGER_WORDS = {
    "mm", "mmm", "hmm", "hm", "mhm", "mm-hm", "mm-hmm", "uh-huh", "uh", "huh", "yeah", "yes",
    "yep", "right", "okay", "ok", "sure", "i", "see", "wow", "oh", "ah", "got", "it", "gotcha",
    "interesting", "exactly", "true", "cool", "nice", "great", "totally", "absolutely", "that",
    "makes", "sense", "alright", "ooh", "aw", "no", "aww", "ha", "haha", "yup", "mm-hmm", "uh-uh",
}
_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)*")


def is_encourager(text: str, max_words: int) -> bool:
    """A short "mm-hm" / "right" / "I see" turn: listening, not taking the floor."""
    tokens = _TOKEN.findall(text.lower())
    return 0 < len(tokens) <= max_words and all(t in _ENCOURAGER_WORDS for t in tokens)


def _rx(*patterns: str) -> re.Pattern[str]:
    """One case-blind pattern from many. Alternatives that start at a word boundary share one
    ``\\b`` (several times faster: the engine tests the boundary once per position)."""
    at_word = [p[2:] for p in patterns if p.startswith(r"\b")]
    rest = [p for p in patterns if not p.startswith(r"\b")]
    parts = ([r"\b(?:" + "|".join(f"(?:{p})" for p in at_word) + ")"] if at_word else [])
    parts += [f"(?:{p})" for p in rest]
    return re.compile("|".join(parts), re.IGNORECASE)


MOMENT_CUES: dict[str, re.Pattern[str]] = {
    "problem": _rx(
        r"\bproblems?\b", r"\bissues?\b", r"\bfrustrat\w*", r"\bannoy\w*", r"\bdifficult\w*",
        r"\bhard (?:to|for)\b", r"\bstruggl\w*", r"\bconfus\w*", r"\bbroken?\b", r"\bfail\w*",
        r"\berrors?\b", r"\bbugs?\b", r"\bcrash\w*", r"\bstuck\b", r"\bpain(?:ful)?\b",
        r"\bworst\b", r"\bcould(?:n't| not)\b", r"\bcan't\b", r"\bcannot\b",
        r"\b(?:didn't|doesn't|wasn't|won't) work", r"\bgave up\b", r"\bgive up\b",
        r"\btoo (?:slow|long|expensive|complicated)\b", r"\bwast(?:e|ed|ing)\b",
        r"\bnightmare\b", r"(?<!no )\bcomplain\w*", r"\btricky\b", r"\bchalleng\w*", r"\bmess(?:y)?\b",
    ),
    "emotion": _rx(
        r"\bfelt\b", r"\bfeel(?:s|ing|ings)?\b(?! like)", r"\bfrustrated\b", r"\bangry\b",
        r"\bupset\b", r"\bannoyed\b", r"\bfrustrating\b", r"\bstress\w*", r"\banxi\w*", r"(?<!don't )(?<!no )\bworr\w*", r"\bscar(?:ed|y)\b",
        r"\bafraid\b", r"\bnervous\b", r"\bembarrass\w*", r"\bhappy\b", r"\bglad\b",
        r"\brelieved?\b", r"\bexcit\w*", r"\bhated?\b", r"\bloved?\b", r"\bdisappoint\w*",
        r"\boverwhelm\w*", r"\bsad\b", r"\bproud\b", r"\bguilty\b", r"\buncomfortable\b",
        r"\bexhaust\w*", r"\bpanic\w*", r"\bfear\w*", r"\bfurious\b", r"\bdelighted\b",
    ),
    "workaround": _rx(
        r"\bwork ?arounds?\b", r"\bwork around\b", r"\bhacks?\b", r"\bmanually\b", r"\bby hand\b",
        r"\bspreadsheets?\b", r"\bexcel\b", r"\bcopy(?:[- ]and)?[- ]paste\w*", r"\binstead\b",
        r"\bended up\b", r"\bend up\b", r"\bsticky notes?\b", r"\bpost-its?\b",
        r"\bwr(?:ite|ote) it down\b", r"\bscreenshots?\b", r"\bmy own (?:script|tool|list|system)\b",
        r"\banother (?:tool|app|tab)\b", r"\bsecond tab\b", r"\bnotebook\b",
    ),
}

FOLLOW_UP = _rx(
    r"\bwhat happened\b", r"\btell me more\b", r"\bsay more\b", r"\bmore about (?:that|this|it)\b",
    r"\bhow did (?:that|it|you) (?:feel|make you)\b", r"\bhow (?:do|does|did) (?:that|it) (?:feel|make)\b",
    r"\bwhat was (?:that|it) like\b", r"\bwhat do you mean\b", r"\bhow so\b", r"\bhow come\b",
    r"\bwhy (?:was|is|did|do|does)\b", r"\b(?:an|another) example\b",
    r"\bwalk me through (?:that|it|what)\b", r"\bwhat did you do\b", r"\bwhat do you do (?:then|when)\b",
    r"\bhow did you (?:handle|deal|cope|get around|solve|fix|work around|manage)\b",
    r"\bwhat (?:made|makes) (?:that|it|you)\b", r"\band then\b", r"\bwhat happens (?:then|when|next)\b",
    r"\bgo on\b", r"\bwhat was (?:hard|difficult|frustrating)\b",
    r"\btell me (?:more )?about (?:that|this|it)\b", r"\b(?:how|what|why) (?:did|does|was|is) (?:that|it)\b",
    r"\bhow did (?:that|it) (?:affect|change|make)\b", r"\bin that moment\b", r"\bat that point\b",
    r"\bwhat did you (?:do|decide|think|try)\b",
)

REFLECTION = _rx(
    r"\bwhat i(?:'m| am) hearing\b", r"\b(?:it|that) sounds like\b", r"^\W*sounds like\b",
    r"\byou (?:describe|described|put it|call it)\b", r"\byour point about\b",
    r"\bif i(?:'m| am) (?:understanding|hearing) (?:you )?(?:correctly|right)\b",
    r"\bif i understand\b", r"\bso you(?:'re| are) saying\b", r"\bin other words\b",
    r"\blet me (?:make sure|check|see if) i\b", r"\bto (?:summari[sz]e|recap|sum up)\b",
    r"\byou mentioned\b", r"\byou said\b", r"\bi hear(?:d)? you\b",
    r"\bjust to (?:clarify|check|confirm)\b", r"\bit seems like (?:you|that)\b",
    r"\bso for you\b", r"\bso basically you\b",
    # "So the change in design made you unsure…": a "So …" statement about the participant.
    r"^\W*so,? you(?:'re| are| were|'ve| have| had| felt| feel| did| didn't| ended| went| kept| never| mean|'d)\b",
    r"^\W*so,? (?:the|that|this|two|three|it|what) [^?]{0,80}\b(?:made|left|stopped|kept|gave|cost|got) you\b",
)

INTRO_CHECKS: dict[str, tuple[str, re.Pattern[str]]] = {
    "purpose": (
        "explained the purpose",
        _rx(
            r"\b(?:purpose|goal|aim) of (?:this|today|the|our)\b",
            r"\b(?:we're|we are|i'm|i am) (?:conducting|doing|running) (?:this |some |a )?(?:research|study|interviews?)\b",
            r"\b(?:we're|we are|i'm|i am) (?:trying|hoping|here) to (?:learn|understand|find out|hear)\b",
            r"\bwe want(?:ed)? to (?:learn|understand|hear|find out)\b",
            r"\bto (?:better )?understand how\b", r"\bwhy we(?:'re| are) (?:talking|here|doing)\b",
            r"\bhelps? us (?:learn|understand|improve|decide)\b",
            r"\b(?:this|the) (?:research|study|conversation|interview) (?:is|will) (?:help|be about|about)\b",
            r"\bwe(?:'re| are) (?:talking|speaking) (?:to|with) [\w ,]{0,40}?\babout\b",
            r"\bso (?:that )?we can (?:understand|improve|learn|make|fix|design)\b",
            r"\bto (?:learn|find out|understand) (?:what|how|why|where)\b",
        ),
    ),
    "not_selling": (
        "said nothing is being sold",
        _rx(
            r"\bnot (?:here )?(?:to |trying to |going to )?sell\w*\b", r"\bnot a sales?\b",
            r"\bno sales? (?:pitch|call)\b", r"\bnothing to sell\b", r"\bwon'?t (?:try to )?sell\b",
            r"\bnot (?:going to|gonna) pitch\b", r"\bno pitch\b",
        ),
    ),
    "no_right_answers": (
        "said there are no right or wrong answers",
        _rx(
            r"\bno (?:right or wrong|wrong or right|wrong|right) answers?\b",
            r"\bno right or wrong\b", r"\bthere(?:'s| is| are) no (?:right|wrong)\b",
            r"\bcan'?t (?:say|get) anything wrong\b", r"\bnothing you say (?:is|will be|can be) wrong\b",
        ),
    ),
    "consent_to_record": (
        "asked for consent to record",
        _rx(
            r"\brecord\w*\b[^.?!]*\b(?:ok|okay|alright|all right|consent|permission|mind|fine|agree|allowed)\b",
            r"\b(?:ok|okay|alright|all right|consent|permission|mind|fine|agree)\b[^.?!]*\brecord\w*",
            r"\bconsent\b",
            OTHER_LANGUAGE_CONSENT,  # "¿Me permite grabar la llamada?", "Darf ich das Gespräch aufzeichnen?"
        ),
    ),
}
# the intro checks read in any of the guide languages; the others English only
INTRO_CHECKS_ANY_LANGUAGE = frozenset({"consent_to_record"})

HOUSEKEEPING = _rx(
    r"\brecord\w*\b", r"\bconsent\b", r"\bany questions\b", r"\bquestions? (?:for me|before we)\b",
    r"\bsounds? (?:good|ok|okay|alright|all right)\b", r"\bready to (?:begin|start|get started)\b",
    r"\bcan you (?:hear|see) me\b", r"\bshall we (?:begin|start|get started)\b",
    r"\bis (?:now|this) (?:still )?a good time\b",
    OTHER_LANGUAGE_CONSENT,
)

STOP_WORDS = frozenset(
    """about above after again against also although always another anything around because
    been before being below between both could didn't doesn't doing don't down during each
    either else even ever every everything from further getting going gonna have having here
    hers herself himself however into itself just kind know like little look made make many
    maybe more most much must myself never only other ours ourselves over people pretty quite
    rather really same should since some something sort still such sure than that that's their
    theirs them themselves then there these they thing things think this those though through
    time times together very want well were what whatever when where whether which while who
    whom whose will with within without would your yours yourself yourselves able actually
    said says thank thanks today yeah okay right tell mean feel felt share example could
    interesting fascinating great sounds sound walk through happened""".split()
)
_CONTENT = re.compile(r"[a-z']+")


def content_stems(text: str) -> set[str]:
    """Crude stems of the content words: enough to see whether a reply stays on the topic."""
    return {
        w[:5] for w in _CONTENT.findall(text.lower()) if len(w) >= 4 and "'" not in w and w not in STOP_WORDS
    }


# (with the full stops and question marks of Chinese, Japanese and Korean too)
_SENTENCE = re.compile(r"[^.!?\u3002\uff01\uff1f\n]+[.!?\u3002\uff01\uff1f]*")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def cut_off(text: str) -> bool:
    """An untimed transcript marks a turn that was cut off with a trailing dash."""
    t = text.rstrip()
    return t.endswith(("-", "—", "–")) and not t.endswith(("--->", "->"))

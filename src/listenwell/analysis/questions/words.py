"""Word lists the question checks share. Kept short and general: each names a grammatical or
rhetorical pattern, not a study's vocabulary."""

from __future__ import annotations

import re


_AUX = (
    "do does did is are was were am have has had can could will would shall should may might "
    "must"
).split()
_NEG_AUX = (
    "don't doesn't didn't isn't aren't wasn't weren't haven't hasn't hadn't can't couldn't "
    "won't wouldn't shouldn't mustn't ain't"
).split()
# (and Nigerian Pidgin's "wetin", what, which keeps the order of a statement: "Wetin you dey use now?")
_WH = "what how why where when who whom whose which wetin".split()
_IMPERATIVE_OPENERS = (
    "tell describe explain walk show talk help share give think imagine say take list "
    "elaborate expand picture recall remember paint go"
).split()
# Verbs that, after "can/could/would you" or "do you mind", turn a yes/no form into a request.
_INVITE_VERBS = (
    "tell describe explain walk show talk share give say elaborate expand take help recall "
    "remember think paint go run clarify unpack speak provide"
).split()
# "Task 2: Can you find the refund page?": a usability task asks the participant to do
# something, not to answer yes or no
_TASK_LABEL = re.compile(r"^(?:task|scenario)\s*(?:\d+\s*[:.)\-\u2013]|:)\s*", re.I)
_PRONOUN_SUBJECTS = "you you're you've you'd i i'm it it's that that's this there they we he she so".split()
_FILLERS = re.compile(
    r"^(?:\[[^\]]{1,40}\],\s*|(?:task|scenario)\s*(?:\d+\s*[:.)\-\u2013]|:)\s*|"  # "[Observer], ", "Task 2: "
    r"(?:so|and|but|okay|ok|right|well|now|um+|uh+|uh-huh|huh|mhm|mm+|yeah|yes|alright|all right|great|"
    r"sure|mm-?hmm|hmm|oh|then|also|and then|just|first|to start|finally|lastly|please|"
    r"before we (?:finish|wrap up|close)|ok so|wait(?=\s*,))\b[,.\s-]*)+",
    re.I,
)
_EVALUATIVE = (
    "good great better best easier easy excellent superior amazing awesome helpful useful "
    "valuable frustrating annoying difficult hard painful confusing intuitive simple fast "
    "reliable friendly satisfied happy pleased enjoy enjoyed love loved like liked hate "
    "important clear convenient worth favorite favourite kind attentive bad worse worst terrible awful"
).split()
_BEHAVIOUR_VERBS = (
    "use buy pay switch sign subscribe recommend try spend purchase upgrade adopt choose "
    "consider install download join"
)
_JARGON_TERMS = {
    "ci/cd": "testing and deployment",
    "kpi": "the numbers you track",
    "kpis": "the numbers you track",
    "roi": "what you get back for what you spend",
    "saas": "online software",
    "b2b": "business customers",
    "omnichannel": "online and in-store",
    "touchpoint": "contact with us",
    "touchpoints": "contacts with us",
    "friction": "trouble",
    "value proposition": "what it offers you",
    "churn": "stopping using it",
    "nps": "how likely you are to recommend it",
    "conversion rate": "how many people buy",
    "funnel": "the steps people go through",
    "synergy": "working together",
    "leverage": "use",
    "paradigm": "approach",
    "ideation": "coming up with ideas",
    "mvp": "first version",
    "distribution": "where you can buy it",
    "user journey": "the steps you take",
    # the names a team gives its own programme of contact: "our stewardship journey", "the donor
    # journey"; the participant only got the letters and calls
    "stewardship journey": "thank-yous and updates",
    "stewardship": "thank-yous and updates",
    "customer journey": "dealings with you",
    "supporter journey": "dealings with you",
    "donor journey": "dealings with you",
    "pain points": "difficulties",
    "use case": "situation",
    "use cases": "situations",
    "affordance": "cue",
    "stakeholders": "the people involved",
    "scalability": "coping as you grow",
    "information architecture": "the way things are organised",
    "mental model": "picture of how it works",
    "call to action": "button or link",
    "user flow": "the steps you take",
    "monetization": "how it makes money",
    "monetisation": "how it makes money",
    "actionable": "useful",
    # a product team's words for how a thing is used or built, which users do not say
    "ux": "experience",
    "cx": "customer experience",
    "async": "back-and-forth",
    "asynchronous": "back-and-forth",
    "synchronous": "live",
    "ftue": "first-time experience",
    # (the card machine, as merchants call it from Lagos to London: not "till", the cash drawer, which many of them
    # never say; a study of merchants lists "POS" among "Their words:")
    "pos": "card machine",
    "lms": "learning platform",
    # a landlord's names for its own work (UK social housing), which tenants do not say
    "responsive repairs": "repairs you report",
    "responsive repair": "repair you report",
    "planned maintenance": "planned work",
    "tenancy sustainment": "help to keep your home",
    "void properties": "empty homes",
    "void property": "empty home",
}
# Formal words people rarely say in conversation, with the everyday words (plain-language
# guidance such as GOV.UK's and plainlanguage.gov's word lists). A participant answers in the
# interviewer's register; "How many occupants inhabit your household?" sounds like a form.
_FORMAL_WORDS = {
    "utilize": "use", "utilise": "use", "utilizes": "uses", "utilises": "uses",
    "utilized": "used", "utilised": "used", "utilizing": "using", "utilising": "using",
    "utilization": "use", "utilisation": "use",
    "inhabit": "live in", "inhabits": "lives in", "occupants": "people",
    "residence": "home", "residences": "homes",
    "perception": "view", "perceptions": "views",
    "efficacy": "how well it works", "frequency": "how often",
    "expenditure": "spending", "expenditures": "spending",
    "commence": "start", "commenced": "started",
    "endeavour": "try", "endeavor": "try",
    "obtain": "get", "obtained": "got",
    "sufficient": "enough", "prior to": "before", "subsequently": "later",
    "ascertain": "find out", "remuneration": "pay", "per capita": "per person",
    "in excess of": "more than", "aforementioned": "that",
    # the academic register of a research question read out as it stands ("To what extent do
    # you perceive X as constituting a mechanism of…"): the participant hears an exam
    "to what extent": "how much", "perceive": "see", "perceives": "sees",
    "constitute": "make up", "constitutes": "makes up", "constituting": "being",
    "mechanism": "way", "mechanisms": "ways", "usage": "use", "product offering": "product",
    # the words of a paper or a spec for how a thing works or shows itself ("the app's algorithmic
    # heuristics", "the cash-flow visualisation"): the participant hears a lecture
    "algorithmic": "automatic", "heuristic": "rule of thumb", "heuristics": "rules of thumb",
    "visualisation": "chart", "visualization": "chart", "visualisations": "charts", "visualizations": "charts",
    "facilitate": "help", "facilitates": "helps", "functionality": "features", "methodology": "method",
    "granularity": "detail", "optimise": "improve", "optimize": "improve",
}
_ACRONYM_OK = {"NOT", "AND", "ALL", "ANY", "YOU", "ONE", "NEVER", "EVER", "REALLY", "WHY", "HOW", "WHAT",
               "WHO", "THE", "BUT", "OWN", "YOUR", "ONLY", "MOST", "LEAST", "DID", "DON'T", "NOW",
               "THIS", "THAT", "LAST", "FIRST", "ACTUALLY", "OK", "TV", "US", "UK", "EU", "PC", "ID", "UI", "PDF", "FAQ", "CEO", "CTO", "HR",
               "IT", "AI", "USA", "SMS", "PM", "AM", "I", "A", "X", "Y", "Z", "NO", "Q", "QA",
               # acronyms people outside the team say every day (news, shopping, school)
               "SUV", "GPS", "ATM", "PIN", "DIY", "FBI", "NASA", "UN", "NATO", "WWII", "WWI", "BBC",
               "CNN", "PBS", "NHS", "IRS", "DMV", "USB", "DVD", "CD", "HIV", "AIDS", "COVID", "MBA",
               "PHD", "GP", "ER", "ICU", "VAT", "NGO", "LED", "PR", "MP", "EV", "UFO", "MP3", "MP4",
               # the names of things a consumer handles to pay, log in or phone: a guide that writes
               # them writes for the country where they are everyday ("UPI" in India, "IBAN" in Europe)
               "OTP", "UPI", "EMI", "SIM", "IBAN", "QR", "WIFI", "VPN", "PAYG", "EFTPOS", "CVV",
               # placeholders of a template guide: "product XYZ", "company ABC"
               "XX", "XXX", "XYZ", "ABC", "ACME", "TBD", "TBC"}
# Words written in capitals for emphasis ("Have you ever PAID for it?"): read as the plain word
_EMPHASIS = frozenset(
    "PAID PAY BUY BOUGHT USE USED EVERY ALWAYS ANYTHING EVERYTHING NOTHING SPECIFIC SPECIFICALLY EXACTLY "
    "REAL TRUE YES BEFORE AFTER NEXT WHEN WHERE WHICH DO DOES IS WAS ARE WERE YOURSELF WANT NEED LOVE "
    "HATE SHOULD WOULD COULD CAN WILL YOU TRIED DID".split())
_ACRONYM_OK |= _EMPHASIS

LONG_QUESTION_WORDS = 30  # one question sentence longer than this is hard to hold in mind
LONG_TEXT_WORDS = 45  # a whole item (preamble included) longer than this is hard to read out
_PERMISSION = re.compile(
    r"^(?:(?:can|could|may|might) (?:i|we) (?:share|give|offer|suggest|tell|ask|talk|make|go over|"
    r"show|mention|add|provide|explore|look|take a look|check|record|start|begin)\b|"
    r"(?:is|would) it (?:be )?(?:ok|okay|alright|all right|fine)(?: (?:with|by|for) (?:you|everyone))? (?:if|to|for)\b|"
    # "Would it be helpful to go over…", "…if I shared some information": an offer in the talk
    # itself; "Would it be helpful if reminders could be confirmed…" pitches a feature
    r"(?:is|would) it (?:be )?(?:helpful|useful) (?:to|if (?:i|we)|for (?:me|us) to) (?:\w+ )?(?:share|shared|give|"
    r"gave|offer|offered|suggest|suggested|tell|told|talk|talked|go|went|show|showed|mention|mentioned|provide|"
    r"provided|explore|explored|look|looked|take|took|check|checked|explain|explained|ask|asked|discuss|"
    r"discussed|summari[sz]e|summari[sz]ed|recap|recapped|spend|spent)\b|"
    r"(?:do|may) (?:i|we) have your (?:consent|permission|ok|okay)\b|"
    r"(?:are|would) you (?:be )?(?:ok|okay|happy|comfortable|alright|fine) (?:with|if) (?:me|us|i|we) "
    r"(?:record|recording|take|taking)\b|(?:are|would) you (?:be )?(?:ok|okay|happy|comfortable|alright|fine) "
    r"(?:(?:with|to) )?(?:being )?record(?:ed|ing)\b|"
    r"(?:do|would) you mind if\b|would you like (?:some|me to|any|more|information|to hear|to know)\b|"
    r"would you be (?:willing|interested|open) (?:to|in)\b|shall (?:i|we)\b)",
    re.I,
)
# Check-ins that run the session, not the research: "Do you have any questions before we
# begin?", "Does that sound good?", "Is that OK?", "Can you hear me?". Yes/no in form (the
# answer form keeps saying so), but a guide or an interviewer is right to ask them, so they
# are not flagged as closed questions.
_CHECK_IN = re.compile(
    r"^(?:(?:do|does|did) (?:you|anyone) have )?any (?:other |more |further |last |additional |clarification |"
    r"clarifying |follow-up )?questions\b|"
    # consent and follow-up logistics: "Are you comfortable if we use a clip…?", "Can we contact
    # you again?"
    r"^(?:are|would) you (?:be )?(?:ok|okay|happy|comfortable|alright|all right|fine) (?:with|if) "
    r"(?:me|us|i|we|our team|(?:a |an |the |some |a couple of |(?:\w+ )?additional )*(?:observers?|note-?takers?|"
    r"recordings?|clips?|videos?|audio|screen recording))\b|"
    # the same asked as a statement to confirm: "(I want to re-confirm that) you are comfortable if we…?"
    r"^(?:[^?]{0,60}\bthat )?you(?:'re| are) (?:still )?(?:ok|okay|happy|comfortable|alright|fine) (?:with|if) "
    r"(?:me|us|i|we|our team)\b|"
    r"^(?:can|could|may) (?:i|we) (?:contact|follow up|reach out|email|call|get back|keep in touch)\b|"
    # taking part again: "Would you be willing to speak to us again in the future?"
    r"^would you be (?:willing|interested|open|happy|available) (?:to|in|for) (?:speak|talk|participat|take part|"
    r"taking part|join|be contacted|being contacted|hear from us|hearing from us|a follow-up|another "
    r"(?:session|interview|call|conversation)|(?:a |an )?(?:follow-up|future|second|further) (?:session|"
    r"interview|call|conversation|study|studies|research))\w*\b|"
    r"^(?:does|did) (?:that|this|it) (?:all )?(?:sound|seem|look) (?:good|ok|okay|alright|all right|fine|fair|"
    r"right)\b|^(?:is|would) (?:that|this) (?:be )?(?:ok|okay|alright|all right|fine)(?: with you| for you)?\s*\??$|"
    r"^are you ready(?: to (?:begin|start|get started|go))?\s*\??$|^can you (?:hear|see) me\b|"
    r"^(?:are you |is that )?(?:ok|okay|alright|all right|fine|happy) (?:with|for) (?:that|this|everything)"
    r"(?: for you)?\s*\??$|"
    # consent given aloud: "Can you indicate verbally that you agree?"
    r"^(?:can|could|would) you (?:please )?(?:indicate|confirm|say|state)(?: verbally| out loud| aloud| for the "
    r"recording)? (?:that )?(?:you|they) (?:agree|consent|are happy|are ok|are okay|understand)\b|"
    r"^(?:shall|should) we (?:begin|start|get started|continue|move on)\b|"
    # "Can I confirm that you have read the information sheet and are happy to be recorded?"
    r"^(?:can|could|may) (?:i|we) (?:just )?(?:confirm|check) (?:that )?(?:you(?:'ve| have) (?:read|signed|received|"
    r"had (?:a chance|time) to read)|you(?:'re| are) (?:still )?(?:happy|ok|okay|comfortable|alright|fine))\b|"
    # whether the call can go ahead now: "Is this still a good time to talk?", "Do you still
    # have the half hour we booked?"
    r"^(?:is|would) (?:this|now|it|that|today) (?:still )?(?:be )?(?:a )?(?:good|convenient|ok|okay|alright|fine) "
    r"(?:time|moment)\b|^(?:do|does) (?:you|this) still (?:have|suit)\b|^(?:do you )?(?:still )?have (?:a few|\d+|the) "
    r"(?:\w+ )?minutes?\b|"
    # how the participant is doing now, and whether to go on: a trauma-informed guide's safety
    # check-ins ("How are you feeling right now?", "Is it okay to keep going?", "Would you like to
    # take a break?", "Are you somewhere you can talk freely?"), not "How are you feeling about the app?"
    r"^how are you (?:feeling|doing|going|holding up)(?: (?:right now|now|at the moment|so far|today|"
    r"after (?:our|this|that|all)\b[^?]*))?\s*\??$|"
    r"^(?:(?:is|would) it (?:be )?(?:ok|okay|alright|all right|fine)(?: (?:with you|for you|if (?:we|i)))?|"
    r"(?:are|would) you (?:be )?(?:ok|okay|happy|comfortable|alright|all right|fine|good)(?: with)?|"
    r"(?:would you like|do you (?:want|need)|shall we|should we|can we|do we need)) (?:to )?"
    r"(?:take |have )?(?:a )?(?:short |quick |little |brief |five-minute |)(?:break|pause|breather|minute|moment|"
    r"keep(?:ing)? going|continu(?:e|ing)|carry(?:ing)? on|go(?:ing)? on|stop|pause)"
    r"(?: (?:here|now|there|for (?:a (?:bit|moment|minute|while)|now|today)))?\s*(?:[,?!.]|\s+or\b|$)|"
    r"^are you (?:somewhere|in a (?:\w+ )?(?:place|space|room|spot)) (?:where )?you (?:can|feel (?:able|safe|"
    r"comfortable) to) (?:talk|speak)\b",
    re.I,
)

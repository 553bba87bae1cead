"""The accusatory "why not" of the other languages guides are written in.

As with the leading forms (``leading_forms``), a question in another language gets no verdict from
the checks, which read English grammar; but the "why didn't you…?" that makes a person defend what
they did not do has a form fixed enough to read without it: Spanish "¿Por qué no registró…?",
Portuguese "Por que você não…?", French "Pourquoi n'avez-vous pas…?", Italian "Perché non ha…?",
German "Warum haben Sie … nicht…?", and with the person named, Dutch, Polish, Russian, Ukrainian,
Vietnamese, Finnish ("Miksi ette…?") and Serbian, Croatian and Bosnian ("Zašto niste…?"). A "why
not" about a thing is not one ("¿Por qué no funcionó el pago?", "¿Por qué no se envió?", "Perché
non funzionava?"), nor "¿Por qué no?" alone, which asks the reason for an answer just given.
"""

from __future__ import annotations

import re

from .language import serbian_latin_at

# a verb whose subject is a thing, or an impersonal "se" ("why didn't it work / load / arrive / get sent")
_THING_ES = (r"(?!(?:funcion|sirv|serv[ií]a|carg|aparec|apareci|lleg|sal[ií]|sale|hay\b|hab[ií]a\b|hubo\b|es\b|era\b|"
             r"fue\b|fueron\b|son\b|est[aá]|pas[oóa]|ocurr|qued|se\b|abr[ií]a|dej[oó] de funcionar))")
_THING_PT = r"(?!(?:funcion|serv|carreg|aparec|cheg|sa[ií]|h[aá]\b|havia|houve|era\b|foi\b|é\b|est[aá]|acontec|se\b))"
_THING_IT = r"(?!(?:funzion|serv|caric|compar|arriv|usc|c'è|c'era|c'erano|è\b|era\b|sono\b|si\b))"
_CLITICS_ES = r"(?:(?:me|te|le|les|lo|la|los|las|nos)\s+)*"

# (language, pattern); matched on the question lower-cased, apostrophes made plain
_FORMS: tuple[tuple[str, str], ...] = (
    ("Spanish", rf"(?:^|¿)\s*por\s+qu[ée]\s+(?:usted(?:es)?\s+|tú\s+|vos\s+)?no\s+(?:usted(?:es)?\s+)?{_CLITICS_ES}(?:(?:ha|has|han|había|habías)\s+)?{_THING_ES}"
                r"[^\W\d_]{3,}"),
    ("Portuguese", rf"(?:^|¿)\s*por\s*que\s+(?:voc[eê]s?\s+|o senhor\s+|a senhora\s+|tu\s+)?n[ãa]o\s+"
                   rf"(?:(?:me|te|lhe|o|a|nos)\s+)*{_THING_PT}[^\W\d_]{{3,}}"),
    ("French", r"^\s*pourquoi\s+(?:est-ce\s+qu(?:e\s+|'))?(?:vous|tu)\s+(?:ne\s+|n')\w+|"
               r"^\s*pourquoi\s+(?:ne\s+|n')\w+[- ](?:vous|tu)\s+pas\b|^\s*pourquoi\s+ne\s+pas\s+\w+"),
    ("Italian", rf"^\s*perch[ée]\s+(?:lei\s+|tu\s+|voi\s+)?non\s+(?:(?:mi|ti|le|gli|lo|la|ci|vi)\s+)*(?:(?:ha|hai|avete|aveva|avevi)\s+)?{_THING_IT}[^\W\d_]{{3,}}"),
    ("German", r"^\s*warum\s+(?:haben|hast|hatten|hattest|sind|bist|waren|wolltest|wollten|konnten|konntest|würden|"
               r"würdest)\s+(?:sie|du)\b[^?]*\bnicht\b|^\s*warum\s+(?:sie|du)\s+(?:\w+\s+){0,4}nicht\b"),
    ("Dutch", r"^\s*waarom\s+(?:heeft|hebt|heb|bent|ben|had|was|wilde|wilt|kon|kunt)\s+(?:u|je|jij)\b[^?]*\bniet\b"),
    # the person named: "Dlaczego nie przedłużył Pan umowy?", "Почему вы не…", "Чому ви не…", "Tại sao chị không…"
    ("Polish", r"^\s*dlaczego\b[^?]*\bnie\b[^?]*\b(?:pan|pani|państwo)\b|^\s*dlaczego\s+(?:pan|pani|państwo)\s+nie\b|"
               r"^\s*dlaczego\s+nie\s+\w+(?:łeś|łaś|liście|łyście)\b"),
    ("Russian", r"^\s*почему\s+(?:вы|ты)\s+не(?!\w)"),
    ("Ukrainian", r"^\s*чому\s+(?:ви|ти)\s+не(?!\w)"),
    ("Vietnamese", r"^\s*(?:tại sao|vì sao|sao)\s+(?:anh/chị|anh|chị|em|bạn|ông|bà|cô|chú)\s+(?:lại\s+)?(?:không|chưa)\b"),
    # Finnish, the person in the verb of negation: "Miksi ette uusineet…?", "Miksi et käyttänyt…?", "Mikset…?";
    # not "Miksi sovellus ei toiminut?" (a thing's "ei")
    ("Finnish", r"^\s*(?:(?:miksi|minkä takia|minkä vuoksi)\s+(?:sinä\s+|te\s+)?(?:et|ette)|mikset|miksette)(?!\w)"),
    # Serbian, Croatian and Bosnian (in Cyrillic read in Latin letters): "Zašto niste aktivirali…?", "Zašto ne
    # koristite…?", "Zašto se niste prijavili?"; not "Zašto nije radilo?" (a thing's "nije")
    ("Serbian, Croatian or Bosnian", r"^\s*(?:a\s+)?(?:zašto|zbog čega|što)\s+(?:vi\s+|ti\s+)?(?:se\s+|ga\s+|je\s+|ih\s+)?"
                                     r"(?:niste|nisi|ne\s+[^\W\d_]{3,}(?:te|š))(?!\w)"),
    # Bengali, the person named and the verb last, negative by its ending ("করেননি", "যাননি", "করোনি", "করিসনি")
    # or a "না" after it ("করেন না"): "কেন আপনি … করেননি?", "আপনি কেন … নেননি?"; not "কেন আপনার টাকা আসেনি?" (a thing)
    ("Bengali", r"^\W*(?:কেন\s+(?:আপনি|তুমি|তুই|আপনারা|তোমরা)|(?:আপনি|তুমি|তুই|আপনারা|তোমরা)\s+কেন)(?![\u0980-\u09ff])"
                r"[^?]*?[\u0980-\u09ff](?:ননি|েনি|োনি|সনি|ন না)(?![\u0980-\u09ff])"),
)
_PATTERNS = tuple((language, re.compile(p)) for language, p in _FORMS)


def accusing_form(text: str) -> tuple[str, str] | None:
    """(language, the words) of an accusatory "why not" in a question not in English, else None."""
    plain = text.lower().replace("\u2019", "'").strip()
    latin, at = serbian_latin_at(plain)
    for language, pattern in _PATTERNS:
        m = pattern.search(plain)
        if m is None and language.startswith("Serbian") and latin != plain and pattern.search(latin):
            m2 = pattern.search(latin)  # Serbian in Cyrillic, read in Latin letters; the words as written
            return language, plain[at[m2.start()]:at[m2.end() - 1] + 1].strip(" ,?¿")
        if m:
            return language, m.group(0).strip(" ,?¿")
    return None


def accusing_reason(language: str, words: str) -> str:
    return (f"a \u201cwhy not\u2026\u201d about what they did not do (\u201c{words}\u2026\u201d, an accusatory "
            f"form in {language}) sounds like blame and makes people defend themselves: ask what was going "
            "on when it came to doing it. The other checks read English only, so the question was not "
            "checked for anything else")

"""The closed yes/no question forms of Finnish and Serbian, Croatian and Bosnian, and their double questions.

As with the leading forms (``leading_forms``), a question in another language gets no verdict from
the checks, which read English grammar. In two of the guide languages a yes/no question is marked
by its first word, so it can be told without that grammar: Finnish writes the clitic "-ko/-kö" on
to it ("Oliko tilaaminen helppoa?", "Käytittekö sovellusta?"), and Serbian, Croatian and Bosnian open
it with "Da li…", "Je li…", "Jeste li…" or a verb and "li" ("Koristite li…?"). Told only where the
question is that one sentence and nothing in it opens it up again: not a request to tell ("Voisitko
kertoa…?", "Možete li opisati…?"), an existence check ("Onko jotain, mitä…?", "Ima li još nešto…?"),
a question word inside it ("Muistatko, miten…?", "Sjećate li se kako…?"), the consent ask or a
check-in, which run the session. Other languages mark a yes/no question by word order or tone only,
and stay "not checked".
"""

from __future__ import annotations

import re

from .closing import closing_prompts
from .language import OTHER_LANGUAGE_CHECK_IN, OTHER_LANGUAGE_CONSENT, guess_language, serbian_latin_at

_CONSENT = re.compile(OTHER_LANGUAGE_CONSENT, re.I)

# Finnish: the first word with "-ko/-kö" (not a word of its own ending in "-kko": "Verkko…"); not a request
# ("Voisitko / Haluaisitko / Osaatko kertoa…?"), leave ("Sopiiko…?", "Saanko…?") or an existence check; nor a
# plain negative ("Eikö maksu mennyt läpi?"), a check on what was just said rather than the question a guide asks
_FI_OPENER = re.compile(r"^\s*([^\W\d_]{1,20}(?<!k)(?:ko|kö)(?:s|hän)?)(?!\w)")
_NOT_FINNISH = re.compile(r"^\s*(?:kako|koliko|ako|jako|tako|lako|wszystko|tylko|jako)(?!\w)")
_FI_NOT = re.compile(r"^(?:ei|et|ette|eivät|emme|en)(?:kö|kös)$|^(?:voi|halua|viitsi|jaksa|osaa|osaisi|sopii|sopisi|saan|saisi|saamme|haittaa|haittaisi|tulee|"
                     r"tulisi|kuulu|näky)\w*$|^(?:käykö|kävisikö)$")
_FI_OPEN = re.compile(r"(?<!\w)(?:mitä|mikä|mitkä|miten|miksi|milloin|missä|mistä|mihin|millä|mille|minkä|millai\w*|"
                      r"kuka|ketkä|kenen|kenelle|keneltä|ketä|kuinka|kumpi|kerro\w*|kuvaile\w*|kuvaa\w*|näytä\w*|"
                      r"jotain|jotakin|mitään|mitäänkään|jokin|joku|ketään|muuta|muita|kysyttävää|kysymyksiä|valmis|valmiit|valmiina|aloitetaan|aloittamaan)(?!\w)")
# Serbian, Croatian, Bosnian (Cyrillic read in Latin letters): "Da li…", "Je li…", "Jeste li…", a verb and "li"
_SR_OPENER = re.compile(r"^\s*(?:a\s+|i\s+)?(da li|je li|je l'|jel|jeste li|jesi li|jesu li|jesmo li|[^\W\d_]{1,18}(?:te|[šs]) li)(?!\w)")
_SR_NOT = re.compile(r"(?<!\w)(?:mo[žz]ete|mo[žz]e[šs]|mo[žz]emo|mogu|mogli|mogla|biste|bismo|bi|[žz]elite|[žz]eli[šs]|"
                     r"ho[ćc]ete|smijem|smem|smijemo|smemo|dozvoljavate|dopu[šs]tate|sla[žz]ete|smeta|postoji|ima|imate|"
                     r"ima[šs]|[čc]ujete|[čc]uje[šs]|spremn\w*)(?!\w)")
_SR_OPEN = re.compile(r"(?<!\w)(?:[šs]ta|[šs]to|kako|za[šs]to|kada|kad|gd(?:j)?e|ko|tko|koj\w*|koliko|[čc]emu|[čc]ega|kome|"
                      r"odakle|kuda|re[ćc]i|ka[žz]\w*|ispri[čc]a\w*|opi[šs]\w*|opisati|poka[žz]\w*|objasni\w*|"
                      r"ne[šs]to|i[šs]ta|neko|netko|nekoga|nekog)(?!\w)")

_ONE_SENTENCE = re.compile(r"^[^.!?]+\?\s*$")


def closed_form(text: str) -> tuple[str, str] | None:
    """(language, the words) of a closed yes/no form in a question in Finnish or Serbian, Croatian or
    Bosnian, else None."""
    plain = text.lower().replace("\u2019", "'").strip()
    if not _ONE_SENTENCE.match(plain) or _CONSENT.search(plain) or OTHER_LANGUAGE_CHECK_IN.search(plain) \
            or closing_prompts(text):
        return None
    # (a word of another language that ends so is no clitic: Serbian "Kako…?", "Koliko…?", Polish "Wszystko…?")
    language = guess_language([text])
    m = _FI_OPENER.match(plain) if language in (None, "Finnish") and not _NOT_FINNISH.match(plain) else None
    if m and not _FI_NOT.match(m.group(1)) and not _FI_OPEN.search(plain[m.end():]):
        return "Finnish", m.group(1)
    latin, at = serbian_latin_at(plain)
    m = _SR_OPENER.match(latin) if language in (None, "Serbian, Croatian or Bosnian") else None
    if m and not _SR_NOT.search(latin) and not _SR_OPEN.search(latin[m.end():]):
        return "Serbian, Croatian or Bosnian", plain[at[m.start(1)]:at[m.end(1) - 1] + 1]
    return None


def closed_reason(language: str, words: str) -> str:
    ask = "Miten…?\u201d, \u201cMitä…?" if language == "Finnish" else "Kako…?\u201d, \u201cŠta / Što…?"
    return (f"a yes/no question (\u201c{words}\u2026?\u201d, a closed form in {language}) can be answered with a "
            f"word and no story: ask how or what (\u201c{ask}\u201d). The other checks read English only, so the "
            "question was not checked for anything else")


# Two things judged at once, where the case shows both are what is judged: the Finnish "Mitä mieltä olit X:stä ja
# Y:stä?" (both in the elative, the sentence ending with the second: not "hinnan ja laadun suhteesta", the ratio of
# price and quality, one thing), and the Serbian, Croatian, Bosnian "Koliko ste zadovoljni X-om i Y-om?" (both in
# the instrumental: not "omjerom cijene i kvalitete")
_FI_DOUBLE = re.compile(r"(?<!\w)mitä mieltä (?:ol\w+|\w+t) (?:(?:sinä|te) )?((?:[^\W\d_]+ )?[^\W\d_]+?(?:sta|stä)) ja "
                        r"((?:[^\W\d_]+ )?[^\W\d_]+?(?:sta|stä))\s*\?\s*$")
_SR_DOUBLE = re.compile(r"(?<!\w)(?:(?:koliko|kako) )?(?:ste|si|bi|ste bili|ste bile) (?:\w+ )?zadovoljn\w* (?:sa |s )?"
                        r"((?:[^\W\d_]+ )?[^\W\d_]+?(?:om|em|ću|ju|ima|ama)) i (?:sa |s )?"
                        r"((?:[^\W\d_]+ )?[^\W\d_]+?(?:om|em|ću|ju|ima|ama))(?: [^\W\d_]+)?\s*\?\s*$")

# and the Bengali "X আর Y — এই দুটো নিয়ে কতটা খুশি…?" ("these two": the question names its two things itself)
_BN_DOUBLE = re.compile(r"^\W*(.{2,60}?)\s+(?:আর|ও|এবং|and)\s+(.{2,60}?)\s*[—–,-]?\s*(?:এই|এ)\s+দু(?:টো|টি|ইটা|টোই|টিই)"
                        r"(?:\s+(?:নিয়ে|নিয়ে|নিযে|সম্পর্কে|ব্যাপারে))?(?![\u0980-\u09ff])")


def double_form(text: str) -> tuple[str, str, str] | None:
    """(language, one thing, the other) of two things judged at once in a Finnish or Serbian, Croatian or
    Bosnian question, else None."""
    plain = text.lower().replace("\u2019", "'").strip()
    if not _ONE_SENTENCE.match(plain):
        return None
    m = _FI_DOUBLE.search(plain)
    if m:
        return "Finnish", m.group(1), m.group(2)
    m = _BN_DOUBLE.search(text.strip())
    if m:
        return "Bengali", m.group(1).strip(), m.group(2).strip()
    latin, at = serbian_latin_at(plain)
    m = _SR_DOUBLE.search(latin)
    if m:
        return ("Serbian, Croatian or Bosnian", plain[at[m.start(1)]:at[m.end(1) - 1] + 1],
                plain[at[m.start(2)]:at[m.end(2) - 1] + 1])
    return None


def double_reason(language: str, one: str, other: str) -> str:
    return (f"judges two things at once (\u201c{one}\u201d and \u201c{other}\u201d, in {language}); someone who feels "
            "differently about each cannot answer: ask about each on its own. The other checks read English only, "
            "so the question was not checked for anything else")

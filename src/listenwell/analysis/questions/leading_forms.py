"""The leading question forms of the other languages guides are written in.

The checks in this package read English grammar, so a question in another language gets no
verdict ("not checked"). One kind of problem has forms fixed enough to read without that
grammar: the question that asks the participant to agree with an opinion ("Vous ne trouvez pas
que le site est plus simple ?", "¿No cree que…?", "Finden Sie nicht auch, dass…?") or ends in a
tag that expects a yes ("…, ¿verdad?", "…, né?", "…ですよね？"). Those are told as leading; every
other check still reads English only, so the question stays "not checked" for the rest.

Only the forms are listed, never topic words, and each is a whole phrase: "no" alone or "pas"
alone is a plain negative question, which may be neutral ("¿No pudo entrar?").
"""

from __future__ import annotations

import re

from .language import serbian_latin_at

# (language, pattern); matched on the question lower-cased, apostrophes made plain
_FORMS: tuple[tuple[str, str], ...] = (
    ("French", r"\b(?:ne|n')\s*(?:trouvez|pensez|croyez|diriez|êtes)[- ]vous pas\b|"
               r"\bvous ne (?:trouvez|pensez|croyez|diriez) pas\b|\btu ne (?:trouves|penses|crois) pas\b|"
               r"\bne (?:trouves|penses|crois)[- ]tu pas\b|\bn'est[- ]ce pas\b|"
               r"\b(?:êtes[- ]vous|es[- ]tu) d'accord (?:pour dire )?que\b|"
               r"\b(?:à quel point|combien) (?:aimez|adorez|appréciez)[- ]vous\b|,\s*(?:non|hein)\s*\?\s*$"),
    ("Spanish", r"\bno (?:cree|crees|piensa|piensas|le parece|te parece|encuentra|encuentras|diría|dirías|"
                r"está de acuerdo|estás de acuerdo) (?:en )?que\b|(?:^|¿)\s*(?:verdad|cierto) que\b|"
                r",\s*¿?\s*(?:verdad|no|cierto)\s*\?\s*$|\b(?:cuánto|qué tanto) (?:le|te) (?:gusta|encanta)\b"),
    ("Portuguese", r"\bnão (?:acha|achas|acredita|concorda|concordas|diria) (?:que|com)\b|"
                   r",\s*(?:né|não é|certo|não)\s*\?\s*$|\b(?:o quanto|quanto) (?:você )?(?:gosta|adora|ama)\b"),
    ("German", r"\b(?:finden|meinen|glauben|denken) sie nicht(?: auch)?\b|"
               r"\b(?:findest|meinst|glaubst|denkst) du nicht(?: auch)?\b|\bnicht wahr\s*\?|,\s*oder\s*\?\s*$|"
               r"\b(?:sind sie|bist du) (?:nicht )?auch der meinung\b|\bwie sehr (?:gefällt|lieben|mögen)\b"),
    ("Dutch", r"\b(?:vindt|denkt|gelooft) u (?:het )?(?:ook )?niet\b|\b(?:vind|denk|geloof) je (?:het )?(?:ook )?niet\b|"
              r"\b(?:bent u|ben je) het (?:er )?(?:niet )?mee eens dat\b|,\s*(?:toch|of niet)\s*\?\s*$"),
    ("Italian", r"\bnon (?:trova|pensa|crede|ritiene|trovi|pensi|credi) (?:anche lei |anche tu )?che\b|"
                r"\bnon è vero che\b|,\s*(?:vero|giusto|no)\s*\?\s*$|\bquanto (?:le|ti) (?:piace|è piaciut[oa])\b"),
    # no spaces to find a word by: each form is a whole ending or phrase
    ("Japanese", r"と思いませんか|(?:です|ます|でした|ました)よね[？?]|(?:じゃ|では)ないですか[？?]"),
    ("Chinese", r"(?:你|您)(?:难道|難道)?不(?:觉得|覺得|认为|認為)|(?:对吧|對吧|是吧)[？?]?\s*$|是不是很"),
    # (and a statement closed by "…죠?", "right?", with no question word before it: "배송이 느려서 불편하셨죠?";
    # not "어떻게 하셨죠?", how did you do it)
    ("Korean", r"(?:라고|다고) 생각하지 않(?:으세요|나요|습니까)|(?:잖아요|그렇죠|맞죠)\s*[?？]|"
               r"^(?!.*(?:뭐|무엇|무슨|어떻게|어떤|어땠|왜|언제|어디|누구|누가|얼마|어느|몇))"
               r".*?(?P<w>\S*(?:셨|었|았|였|했|겠|시|하)죠)\s*[?？]\s*$"),
    # Indonesian and Malay: "Bukankah…?", "…, kan?", "…, bukan?", "…lebih baik kan daripada…?" (not a
    # lone "kan", the Dutch and Scandinavian "can")
    ("Indonesian", r"\bbukankah\b|,\s*(?:(?:ya|iya)\s+)?(?:kan|bukan)\s*\?\s*$|"
                   r"\b(?:lebih|paling|sangat|cukup|sudah|makin|semakin)\s+\w+\s+kan\b|\bkan\s+(?:daripada|dibanding\w*)\b"),
    # Turkish: the tag "…, değil mi?" / "…değil miydi?" ("sizce de … değil miydi?"), "…düşünmüyor musunuz?"
    # ("don't you think…"), "…katılmaz mısınız?" ("wouldn't you agree"); not the neutral either-or
    # "… mı, değil mi?" ("is it or not?")
    ("Turkish", r"(?<!\bm[ıiuü] )(?<!\bm[ıiuü], )\bdeğil\s+mi(?:ydi|ydiniz|siniz|dir)?\b|"
                r"\bdüşünmüyor\s+musunuz\b|\bkatılmaz\s+mısınız\b|\bsizce\s+de\s+(?:\w+\s+){0,6}?\w*\s+m[ıiuü](?:ydı|ydi|ydu|ydü)?\s*\?\s*$"),
    # Vietnamese: the tag "…, đúng không (ạ)?" / "…(,) phải không?" ("…, right?"), often written without the
    # comma, and "Anh/chị không nghĩ là … sao?" ("don't you think…?"), "Chẳng phải … sao?" ("isn't it…?"),
    # "Anh/chị có đồng ý là … không?" ("do you agree that…?"); not a plain "… có … không?", "… có đúng
    # không?" ("is it right?") or the consent ask "… có đồng ý không ạ?"
    ("Vietnamese", r"(?:,\s*|(?<!\bcó)\s+)(?:đúng|phải)\s+(?:không|chứ|hông)(?:\s+(?:ạ|anh|chị|anh/chị|em|nhỉ))*\s*\?\s*$|"
                   r"\bkhông (?:nghĩ|thấy|cho) (?:là|rằng)\b[^?]*\bsao\s*\?\s*$|\bchẳng phải\b[^?]*\bsao\s*\?\s*$|"
                   # the tag "…chứ?" ("you would, wouldn't you?"): "Anh/chị sẽ giới thiệu … chứ?"
                   r"(?<!\bđúng)(?<!\bphải)\s+chứ(?:\s+(?:ạ|anh|chị|anh/chị|em|nhỉ))*\s*\?\s*$|"
                   r"\bđồng ý (?:là|rằng|với (?:ý kiến|nhận định|quan điểm)(?: là| rằng)?)\s"),
    # Thai, with no spaces to find a word by: the tag "…ใช่ไหมคะ?" / "…ใช่หรือไม่?" ("…, right?", "…, isn't
    # it?"), said after a statement for a yes; not a plain "…ไหม?" or "…หรือเปล่า?" ("…?", "…or not?")
    ("Thai", r"(?:ใช่|ไม่ใช่)(?:ไหม|มั้ย|หรือไม่|หรือเปล่า|หรือ|เหรอ|ป่ะ)(?:คะ|ครับ|ค่ะ|คับ|นะ)*\s*[?？]?\s*$|"
             r"(?:ไม่|ไม่ได้)(?:คิด|รู้สึก)ว่า[^?？]*(?:เหรอ|หรือ)(?:คะ|ครับ|ค่ะ)?\s*[?？]?\s*$"),
    # Polish: "Czy nie uważa Pan/Pani, że…?", "Nie sądzi Pan, że…?", "…, prawda?", "…, nie?"
    ("Polish", r"\bnie (?:uważa|sądzi|myśli|zgodzi się|zgadza się|uważasz|sądzisz|myślisz|zgodzisz się|"
               r"uważacie|sądzicie|uważają)(?: (?:pan/pani|pani/pan|pan\(i\)|pan|pani|państwo|pan lub pani))?,? "
               r"(?:że|iż|z tym)\b|\bczyż nie\b|,\s*(?:prawda|nieprawdaż|nie)\s*\?\s*$"),
    # Hungarian: "Ugye…?" and the tag "…, ugye?" / "…, nem igaz?" ("…, right?"), "Nem gondolja, hogy…?" ("don't
    # you think…?"), "Ön is úgy gondolja, hogy…?" ("do you also think…?"), "Mennyire szereti…?" ("how much do you
    # love…?"); not a plain negative "Nem tudta befejezni?", "Miért nem gondolja, hogy…?" (asking why) or
    # "Mennyire elégedett…?"
    ("Hungarian", r"^\W*ugye\b|,\s*(?:ugye|nem igaz|igaz|nem)\s*\?\s*$|"
                  r"(?<!miért )\bnem (?:gondolja|gondolod|gondolják|gondolná|gondolnád|érzi|érzed|találja|találod|hiszi|hiszed)"
                  r"(?: ön| maga| te)?(?: is)?,?\s+hogy\b|\b(?:ön|maga|te) is úgy (?:gondolja|gondolod|érzi|érzed|látja|látod),?\s+hogy\b|"
                  r"\bnem ért(?:ene|enél|esz)? (?:ön |maga )?egyet (?:azzal,?\s+)?hogy\b|"
                  r"\bmennyire (?:szereti|szereted|tetszik|tetszett|tetszenek|imádja|imádod)\b"),
    # Romanian (ș ț with the comma below or the cedilla): "Nu-i așa că…?" / "Nu este așa că…?" ("isn't it true
    # that…?"), the tag "…, nu-i așa?" / "…, nu?" / "…, corect?", "Nu credeți că…?" / "Nu considerați că…?"
    # ("don't you think…?"), "Nu sunteți de acord că…?", "Cât de mult vă place…?"; not a plain negative "Nu ați
    # găsit produsul?" or "De ce nu credeți că…?" (asking why)
    ("Romanian", r"(?:^|[¿\W])nu(?:-i| e| este) a[șş]a c[aă]\b|,\s*(?:nu-i a[șş]a|nu|corect|nu e a[șş]a|a[șş]a-i)\s*\?\s*$|"
                 r"(?<!de ce )\bnu (?:crede[țţ]i|considera[țţ]i|g[aă]si[țţ]i|crezi|consideri|vi se pare|[țţ]i se pare)"
                 r"(?: [șş]i dumneavoastr[aă]| [șş]i dvs\.?| [șş]i tu)?,?\s+c[aă]\b|"
                 r"\bnu (?:sunte[țţ]i|e[șş]ti) de acord c[aă]\b|\bc[aâ]t de mult (?:v[aă]|[îi][țţ]i|ne) (?:place|plac|pl[aă]cea)\b"),
    # Finnish: "Eikö olekin…?" / "Eikö ole totta, että…?" ("isn't it…?"), "Etkö usko / Ettekö ajattele, että…?"
    # ("don't you think…?"), "Eikö sinustakin…?" ("don't you also find…?"), "Oletko samaa mieltä, että…?" ("do
    # you agree that…?"), the tag "…, eikö?" / "…, vai mitä?" / "…, eikö totta?", "Kuinka paljon pidät…?" ("how much
    # do you like…?"); not a plain negative "Eikö sovellus toiminut?" or "Etkö löytänyt lippua?"
    ("Finnish", r"(?<!\w)eikö (?:olekin|ollutkin|ole (?:totta|niin|selvää))(?!\w)|(?<!\w)eikö (?:sinustakin|teistäkin)(?!\w)|"
                r"(?<!\w)(?:etkö|ettekö) (?:sinä |te )?(?:usko|uskoisi|ajattele|ajattelisi|mieti|koe|ole samaa mieltä)"
                r"(?: (?:sinäkin|tekin|itse))?,?\s+(?:että|ettei)(?!\w)|"
                r"(?<!\w)(?:oletko|oletteko|olisitko|olisitteko) (?:(?:sinä|te) )?(?:kanssani |kanssamme )?samaa mieltä(?!\w)|"
                r",\s*(?:eikö|eikös|eikö totta|eikö vain|vai mitä|vai kuinka|eiks)\s*\?\s*$|"
                r"(?<!\w)kuinka paljon (?:pidät|pidätte|tykkäät|tykkäätte|rakastat)(?!\w)"),
    # Serbian, Croatian and Bosnian (and in Cyrillic, read in Latin letters: ``serbian_latin_at``): "Zar nije / Zar ne…?"
    # ("isn't it…?"), "Ne mislite li da…?" / "Zar ne mislite da…?" ("don't you think…?"), "Slažete li se da je…?"
    # ("do you agree that it is…?"), the tag "…, zar ne?" / "…, je l' tako?" / "…, ne?" / "…, tačno?"; not a plain
    # negative "Niste mogli da platite?" or the consent ask "Da li se slažete da snimamo razgovor?"
    ("Serbian, Croatian or Bosnian", r"(?<!\w)zar (?:ne|nije|nisu|niste|nisi|nema|nemate)(?!\w)|"
                                     r"(?<!\w)ne (?:mislite|smatrate|misliš|smatraš|nalazite) li(?: i vi| i ti)?,?\s+da(?!\w)|"
                                     r"(?<!\w)(?:da li )?(?:se )?(?:slažete|slažeš|složili biste)(?: li)?(?: se)?(?: sa tim| s tim)?,?"
                                     r"\s+da (?:je|su|nije|nisu|bi|će|ste)(?!\w)|"
                                     r",\s*(?:zar ne|je l' tako|jel tako|je li tako|jel' tako|ne|tačno|jel da|je l' da|"
                                     r"zar ne tako)\s*\?\s*$|(?<!\w)koliko (?:vam|ti) se (?:sviđa|sviđaju|dopada)(?!\w)"),
    # Tagalog: "Hindi (po) ba…?" ("isn't it…?", "didn't you…?"), the tag "…, di ba?" / "…, 'di ba?" / "…, hindi ba?",
    # "Sang-ayon (po) ba kayo na…?" ("do you agree that…?"); not "Bakit hindi…?" (asking why)
    ("Tagalog", r"^\W*hindi (?:po )?ba\b|,\s*(?:'?di|hindi) (?:po )?ba\s*\?\s*$|,?\s*diba\s*\?\s*$|"
                r"(?<!\w)sang-ayon (?:po )?ba (?:kayo|ka)(?: po)?,? na(?!\w)"),
    # Ukrainian: "Чи не здається вам, що…?", "Чи не вважаєте ви, що…?", "…, правда?", "…, чи не так?"
    ("Ukrainian", r"(?<!\w)(?:чи )?не здається (?:вам|тобі),? що(?!\w)|(?<!\w)(?:вам|тобі) не здається,? що(?!\w)|"
                  r"(?<!\w)чи не (?:вважаєте|думаєте|погодитес[ья]|згодні)(?: ви)?,? (?:що|з тим)(?!\w)|"
                  r",\s*(?:правда(?: ж)?|чи не так|хіба ні)\s*\?\s*$"),
    # Russian: "Не кажется ли вам, что…?", "Не считаете ли вы, что…?", "…, не правда ли?", "…, да?"
    ("Russian", r"(?<!\w)не кажется ли (?:вам|тебе),? что(?!\w)|(?<!\w)(?:вам|тебе) не кажется,? что(?!\w)|"
                r"(?<!\w)не (?:считаете|думаете|находите|согласитесь) ли(?: вы)?,? (?:что|с тем)(?!\w)|"
                r"(?<!\w)разве не(?!\w)|,\s*(?:правда|не правда ли|не так ли|да|верно)\s*\?\s*$"),
    # Bengali (য় typed as one letter or as য and its dot): the tag "…, তাই না?" / "…, ঠিক না?" / "…, না?" ("…, isn't
    # it?"), "নিশ্চয়ই" ("surely you…"), "আপনার কি মনে হয় না যে…?" ("don't you think…?"), "…একমত নন?" / "একমত যে…"
    # ("do you agree that…?"); not "…, নাকি…?" (either-or) or a plain negative "…করেননি?"
    ("Bengali", r"(?:,\s*|\s)(?:তাই না|তাই তো|ঠিক না|ঠিক তো|তাই নয় কি)\s*\?\s*$|,\s*না\s*\?\s*$|"
                r"(?<![\u0980-\u09ff])নিশ্চ(?:\u09df|\u09af\u09bc)(?:ই)?(?![\u0980-\u09ff])|"
                r"(?<!কেন )মনে (?:হ(?:\u09df|\u09af\u09bc)|করেন|করো) না(?:,?\s+যে(?![\u0980-\u09ff])|\s*\?\s*$)|"
                r"(?<![\u0980-\u09ff])একমত (?:যে|নন)(?![\u0980-\u09ff])"),
)
_PATTERNS = tuple((language, re.compile(p)) for language, p in _FORMS)


def leading_form(text: str) -> tuple[str, str] | None:
    """(language, the words) of a leading form in a question not in English, else None."""
    plain = text.lower().replace("\u2019", "'").strip()
    latin, at = serbian_latin_at(plain)
    for language, pattern in _PATTERNS:
        m = pattern.search(plain)
        if m is None and language.startswith("Serbian") and latin != plain and pattern.search(latin):
            # Serbian in Cyrillic, read in Latin letters: the words as the question writes them
            m2 = pattern.search(latin)
            return language, plain[at[m2.start()]:at[m2.end() - 1] + 1].strip(" ,?？¿")
        if m:
            # (the tag "…, правда?" is both Ukrainian's and Russian's: without a letter only Ukrainian writes, і ї є
            # ґ, it is Russian, "Так удобнее, правда?")
            if language == "Ukrainian" and not re.search("[іїєґ]", plain):
                language = "Russian"
            return language, (m.groupdict().get("w") or m.group(0)).strip(" ,?？¿")
    return None


def leading_reason(language: str, words: str) -> str:
    return (f"asks them to agree (\u201c{words}\u201d, a leading form in {language}), so it suggests the "
            "answer: ask what they think, without the opinion. The other checks read English only, so "
            "the question was not checked for anything else")

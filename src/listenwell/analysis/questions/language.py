"""Whether a question is written in English, the only language the checks read.

The rules in this package are English grammar; run on another language they call nearly every
question closed ("Was ist einprägsam an Reisen?" starts like "Was it…?"). A question counts as
another language only on positive evidence, so English stays checked however it is written:
four words or more, none of them a common English word, and at least one common word of
another language (under four words, no common English word and two marks of another language: its
common words, or one and a letter English does not write, "Sonra ne yaptınız?"); or, for a language with no list here (Swahili…), four words or more,
fewer than two common English words, and most of them no English word at all (by the vocabulary
of ``analysis/english_words.py``). Nothing here guesses which language it is.

A guide is read as a whole first (``mostly_english``): in a guide written in another language
the burden turns round, and a question counts as English only on positive evidence (two common
English words or more, half its words at least, none of another language), so a short
Portuguese "Como foi a entrega?" (whose "a" is an English word too) is not given an English
verdict beside questions that are "not checked".
"""

from __future__ import annotations

import re
import unicodedata

from listenwell.domain.glossary import SERBIAN_LATIN_LETTERS

# Common English words: one is enough to call a question English ("Any pets?" has none, but
# it is under four words and stays checked anyway).
_ENGLISH = frozenset("""the a an and or but of to in on at for with about from by as is are was were
be been am do does did have has had can could will would should may might must not no yes you
your yours i me my we our us they them their he she it its this that these those there here what
how why where when who which whom whose if then so than too very just also any some all more
most other else like tell walk describe explain show talk me okay ok well really get got go went
make made use used need want think feel know say said see yeah oh um uh hmm""".split())
# words English shares with a neighbour ("Was ist…?", "Hat sich…?"; Dutch "we" and "me" are
# pronouns too, "…voordat we beginnen?"): evidence for neither
_SHARED = frozenset("was in an so also man die hat will wit bald fast hell gift rock we me".split())

# Frequent function words of other languages researchers write guides in (German, Dutch,
# French, Spanish, Portuguese, Italian, Tagalog, Czech, Polish, the Scandinavian languages, and Urdu and
# Hindi as they are written in Latin letters: "Aap kaise payment karte hain aur kyun?").
# Each language needs its everyday verbs and adverbs too, not only pronouns: a short question
# often holds one pronoun and a shared word ("Heb je nog vragen voordat we beginnen?").
_OTHER = frozenset("""der die das und ist sie ich wie was nicht mit ein eine den dem des zu auf für
sind haben wir ihr ihre ihnen warum wann welche welcher wo wer oder aber auch noch schon sehr
von bei nach aus über mir mich uns dich dir sich kein keine nur wenn dann weil dass heute immer wieder
etwas alles viel
het een van en niet wat hoe waarom wanneer welke jij je u wij zijn hebben
heb hebt heeft ben bent kun kunt kan wilt zou zal moet nog al ook er deze dit waar wie voor
voordat naar bij uit om maar dan eens graag meer veel geen iets niets jullie ons onze mijn jouw
le la les et est vous que pas pour avec une des du dans sur qui quoi comment pourquoi quand votre vos
el las y es por para con una del en que qué cómo por qué cuándo usted ustedes su sus
os um uma não com para você vocês como porque quando
il lo gli di che non per con una sono come perché quando lei
ang ng mga po ba na sa ko mo ninyo kayo ako ito iyon ano paano bakit kailan
foi tem ou seu sua seus suas isso esse essa pelo pela dos das nos vez muito
de lo te fue muy
jak proč kde kdy jste nebo
czy jest nie się jak dlaczego gdzie kiedy pan pani proszę co jakie jaki jaka ile był była było
och är att det som inte hur varför når vad jeg ikke hvordan hvorfor hvad
ve bir bu şu ne nasıl neden niçin niye nerede hangi kim mı mu mü mıydı miydi misiniz mısınız musunuz müsünüz
var yok değil için ile gibi kadar daha çok sonra önce siz sizin sizi sizce bana beni bizim onu ona da ki
veya ama hiç şey zaman
không có là và được những này của một người với các thì để đã sẽ nào gì nhiêu như thế tại vì nếu hoặc
cũng rất lắm đó ạ nhé rồi chưa mình chị bạn ông bà thấy làm nghĩ đúng kể về lần gần nhất
és hogy az egy nem volt nincs mit mi milyen miért hogyan hol mikor ki kik mennyi mennyire melyik már még csak vagy
akkor ez ezt azt amikor amit ami arról erről ön önnek önt kérem valami valamit lenne lehet kell meg
și şi sau este sunt cum când unde cine cât câte câți câţi mai pentru despre în din dacă că vă dumneavoastră ați aţi
aveți aveţi puteți puteţi ceva acum după înainte nu
ja että mitä miten miksi milloin missä kuka mikä millainen onko oletko olet sinä sinun sinulla teidän teillä ei
et ette eikö etkö kun jos tai mutta kuin myös vielä nyt sitten kerro
li je ste nije niste kako zašto kada gde gdje šta što koji koja koje koliko ili vam vas biste kao jer ako već još
nešto ništa zar
kya kyun kyon kaise kaisa kaisi kab kahan kaun kitna kitne kitni aap aapko aapka aapki aapke mujhe humein hamara
hai hain tha thi nahi nahin koi kuch aur bhi ke ka ko se liye kar karte karti karna karein sakte sakti raha rahe
wala wali jab agar lekin phir abhi""".split())

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?", re.UNICODE)


def looks_english(text: str, among_english: bool = True) -> bool:
    """False only when the text is clearly in another language (see the module docstring).
    ``among_english`` False: the guide around it is in another language, and the text counts as
    English only when it clearly is."""
    if _mostly_other_script(text):
        return False
    words = [w.lower() for w in _WORD.findall(text) if len(w) > 1]
    english = sum(w in _ENGLISH or w.split("'")[0].split("\u2019")[0] in _ENGLISH
                  for w in words if w not in _SHARED)
    other = sum(w in _OTHER for w in words if w not in _SHARED)
    if not among_english:
        # (or, in plain ASCII, with English words, none of another language's and most of its words English
        # ones: a question in English among those in another script, "Was the delivery slot easy to pick?"
        # in a Chinese guide)
        return english >= 2 and other == 0 and (2 * english >= len(words)
                                                or text.isascii() and not _mostly_not_english_words(words))
    accents = bool(re.search(r"[^\x00-\x7f]", "".join(words)))  # ä, é, ñ… rare in English
    if len(words) < 4:
        # a short line is English unless it has no English word and two marks of another language
        # ("Sonra ne yaptınız?": two Turkish words; "¿Qué pasó?": a Spanish word and its accent)
        # (or a word or two of which no one is an English word: the Cebuano "Ngano?" after an English question)
        return not (english == 0 and (other + accents >= 2 or _no_english_word(words)))
    if english < 2 and _mostly_not_english_words(words):
        return False  # Swahili…: no list of its words here, but most are no English word
    return not (other >= 1 and other + accents > english)


def _no_english_word(words: list[str]) -> bool:
    """Whether a short line's words, of three letters or more, are none of them an English word
    (``english_words``): "Ngano?", "Unsa man?" (Cebuano), not "Why?" or "Pricing?". Without the vocabulary, False."""
    from listenwell.analysis.english_words import have_vocabulary, is_english_word

    long = [w for w in words if len(w) > 2]
    return have_vocabulary() and bool(long) and not any(is_english_word(w) for w in long)


def _mostly_not_english_words(words: list[str]) -> bool:
    """Whether most of the words of three letters or more are no English word (``english_words``): a
    language with no list above ("Si unakubali kwamba SMS zetu zinasaidia sana?"), where an English
    question with names or jargon in it keeps its English majority. Without the vocabulary, False."""
    from listenwell.analysis.english_words import have_vocabulary, is_english_word

    long = [w for w in words if len(w) > 2]
    return have_vocabulary() and len(long) >= 3 and 2 * sum(not is_english_word(w) for w in long) > len(long)


def _mostly_other_script(text: str) -> bool:
    """Whether most of the text's letters are of another script than the Latin one (Japanese,
    Chinese, Cyrillic, Devanagari, Arabic…): positive evidence of another language, whatever
    the word lists say, while an English question naming a product in another script
    ("How did you pay on 楽天?") keeps its Latin majority."""
    letters = [c for c in text if c.isalpha()]
    latin = sum(c < "\u0250" or "\u1e00" <= c <= "\u1eff" for c in letters)
    return 2 * latin < len(letters)


def mostly_english(texts: list[str]) -> bool:
    """Whether a guide's questions, read together, are in English (see the module docstring)."""
    return looks_english(" ".join(texts))


# --------------------------------------------------------------------------------------------
# The few forms a guide in another language is read by. The English rules tell a question from a
# note by its form ("Tell me about…" asks; "Thank them" does not); these are the same forms in the
# languages guides are written in, each the participant addressed: asks, the consent ask, the
# check-in before the questions, and (in ``closing``) the closing prompt.

# Greek is written with its accents or without them ("Πείτε" / "Πειτε"), and in capitals mostly without
# ("ΠΕΙΤΕ"): its words are matched with each vowel accented or not (the case by re.I)
_GREEK_VOWELS = {"α": "[αά]", "ε": "[εέ]", "η": "[ηή]", "ι": "[ιίϊΐ]", "ο": "[οό]", "υ": "[υύϋΰ]", "ω": "[ωώ]"}


def greek_accents(pattern: str) -> str:
    """A regular expression of Greek words (written outside character classes) that matches them
    with or without their accents: "πείτε" → "π[εέ][ιίϊΐ]τ[εέ]"."""
    bare = "".join(c for c in unicodedata.normalize("NFD", pattern) if not unicodedata.combining(c))
    return "".join(_GREEK_VOWELS.get(c, c) for c in unicodedata.normalize("NFC", bare))


# An imperative that asks the participant for a story, after a lead-in or not ("Pensando na sua
# última compra: me conta como foi", "Proszę opowiedzieć o swoim sklepie"): only forms addressed
# to them (a pronoun "me"/"mir"/"moi", a polite "Sie"/"u"), or verbs that ask for an account
# ("descreva", "opisz"), not bare "fale"/"tell", which also instruct the interviewer.
_ASK_VERBS = (
    # Portuguese
    r"(?:me |nos )(?:conta|conte|fala|fale|diz|diga|explica|explique|mostra|mostre|descreve|descreva)|"
    r"(?:conta|conte|fala|fale|diga|explica|explique|mostra|mostre|descreve|descreva)-(?:me|nos)|"
    r"(?:conta|conte|fala|fale)(?: um pouco| mais)?(?: pra| para) (?:mim|a gente|n[oó]s)|"
    r"(?:conta|conte|fala|fale)(?: um pouco| mais)? sobre|descreva|"
    # Spanish
    r"cu[eé]nt(?:ame|eme|anos|enos)|h[aá]bl(?:ame|eme|anos|enos)|descr[ií]b(?:eme|ame|enos|anos)|describa|"
    r"expl[ií]c(?:ame|anos)|expl[ií]qu(?:eme|enos)|mu[eé]str(?:ame|eme)|dime|d[ií]game|plat[ií]c(?:ame|anos)|"
    r"plat[ií]qu(?:eme|enos)|"
    # French
    r"(?:racontez|raconte|d[ée]crivez|d[ée]cris|expliquez|explique|montrez|montre|parlez|parle|dites|dis)"
    r"-(?:moi|nous)|d[ée]crivez|"
    # German
    r"(?:erz[aä]hlen|beschreiben|schildern|zeigen|erkl[aä]ren|berichten) sie|"
    r"(?:erz[aä]hl|beschreib|zeig|erkl[aä]r)(?:e|t)? (?:mir|uns)|"
    # Dutch
    r"vertel(?:t u)?|beschrijf|beschrijft u|laat (?:me|ons) (?:eens )?zien|leg (?:eens )?uit|legt u (?:eens )?uit|"
    # Italian
    r"raccont(?:ami|aci|atemi|ateci)|(?:mi|ci) raccont(?:i|a)|descriv(?:imi|i|a)|mi descriva|parl(?:ami|aci)|"
    r"(?:mi|ci) parli|spiega(?:mi|ci)|(?:mi|ci) spieghi|mostra(?:mi|ci)|(?:mi|ci) mostri|dimmi|mi dica|"
    # Polish
    r"opowiedz(?:cie)?|opisz(?:cie)?|prosz[eę] (?:mi |nam )?(?:opowiedzie[cć]|opisa[cć]|powiedzie[cć]|"
    r"pokaza[cć]|wyja[sś]ni[cć])|niech pan(?:i)? opowie|powiedz(?:cie)? (?:mi|nam)|poka[zż](?:cie)? (?:mi|nam)|"
    # Ukrainian and Russian: "Розкажіть…", "Покажіть, будь ласка, як…", "Расскажите…", "Вспомните…"; "explain"
    # only told to the listener ("Поясніть мені…"), not a bare "Поясніть…", which instructs the interviewer
    r"розкажіть|розкажи|опишіть|опиши|покажіть|покажи|пригадайте|згадайте|поясніть (?:мені|нам)|"
    r"расскажите|расскажи|опишите|опиши|покажите|покажи|вспомните|объясните (?:мне|нам)|"
    # Greek: "Πείτε μου…", "Δείξτε μου…", "Περιγράψτε (μου)…" ("tell me", "show me", "describe"), not a
    # bare "Πείτε…" ("tell them…"), which instructs the interviewer
    + greek_accents(r"(?:πείτε|πες|δείξτε|δείξε|εξηγήστε|εξήγησε|μιλήστε|μίλησε|περιγράψτε|περίγραψε) (?:μου|μας)|"
                    r"περιγράψτε|διηγηθείτε") + "|"
    # Hungarian, whose asks end in "!": "Mesélje el, mikor…!", "Meséljen arról…!"; "Mondja el", "Mutassa meg",
    # "Magyarázza el" only with "nekem"/"nekünk" or a question word after them ("Mutassa meg, kérem, hogyan…!"),
    # not "Magyarázza el a kutatás célját", which instructs the interviewer
    r"mesél(?:je|jen|jenek|jetek|j)(?: el)?|beszéljen (?:arról|nekem|nekünk|egy kicsit)|"
    r"(?:mond(?:ja|jon)|mutass(?:a|on)|magyaráz(?:za|zon)|idéz(?:ze|zen))(?: el| meg| fel)?"
    r"(?: nekem| nekünk|(?:,? kérem)?,\s+(?:hogy(?:an)?|mit|mi|mikor|miért|milyen|mennyi\w*|hol|honnan|hova|ki|kik|"
    r"kivel|kinek|melyik\w*|mire|miről|mennyire|merre)|"
    # or asked with a "kérem" (please), said to the listener whatever follows: "Mutassa meg, kérem, az appban…!",
    # "Kérem, mondja el…!"
    r",? kérem\b)|kérem,?\s(?:mond(?:ja|jon)|mutass(?:a|on)|magyaráz(?:za|zon)|idéz(?:ze|zen))(?: el| meg| fel)?(?![\w-])|"
    # Romanian, polite or not, ș ț with the comma below or the cedilla: "Povestiți-mi…", "Descrieți-mi…",
    # "Spuneți-mi…", "Arătați-mi…" (told to the listener), "Povestiți…", "Descrieți…" (asking for an account);
    # not a bare "Explicați scopul studiului", which instructs the interviewer
    r"(?:povesti[țţ]i|poveste[șş]te|descrie[țţ]i|descrie|spune[țţ]i|spune|ar[aă]ta[țţ]i|arat[aă]|explica[țţ]i|explic[aă])"
    r"-(?:mi|ne)|povesti[țţ]i|descrie[țţ]i|"
    # Finnish, to one listener or politely to several: "Kerro…", "Kertoisitko…", "Kuvaile…", "Näytä…", "Muistele…";
    # "explain" only told to the listener ("Selitä minulle…"), not a bare "Selitä tutkimuksen tarkoitus"
    r"kerro|kertokaa|kertoisitko|kertoisitteko|kuvaile|kuvailkaa|kuvailisitko|kuvailisitteko|kuvaa|kuvatkaa|"
    r"näytä|näyttäkää|näyttäisitkö|näyttäisittekö|muistele|muistelkaa|(?:selitä|selittäkää) (?:minulle|meille)|"
    # Serbian, Croatian and Bosnian (Latin and Cyrillic): "Ispričajte mi…", "Opišite…", "Recite mi…", "Pokažite mi…";
    # "explain" only told to the listener ("Objasnite mi…"), not "Objasnite svrhu razgovora", which instructs the
    # interviewer
    r"ispri[čc]ajte|ispri[čc]aj|opi[šs]ite|opi[šs]i (?:mi|nam)|(?:recite|reci|poka[žz]ite|poka[žz]i|objasnite|objasni|"
    r"pri[čc]ajte) (?:mi|nam)|s(?:j)?etite se|"
    r"испричајте|испричај|опиши (?:ми|нам)|(?:реците|реци|објасните|објасни|причајте) (?:ми|нам)|сетите се|"
    # Czech and Slovak: "Povězte mi…", "Popište mi prosím…", "Vyprávějte…", "Povedzte mi…", "Opíšte…"; "explain" and
    # "show" only told to the listener ("Vysvětlete mi…"), not "Vysvětlete účel rozhovoru", which instructs the interviewer
    r"povězte|pověz (?:mi|nám)|popište|popiš (?:mi|nám)|vyprávějte|vyprávěj (?:mi|nám)|(?:řekněte|řekni|ukažte|ukaž|"
    r"vysvětlete|vysvětli) (?:mi|nám)|vzpomeňte si|povedzte|povedz (?:mi|nám)|opíšte|opíš (?:mi|nám)|porozprávajte|"
    r"(?:ukážte|vysvetlite) (?:mi|nám)|"
    # Danish, Norwegian and Swedish, told to the listener: "Fortæl mig om…", "Fortell meg…", "Berätta för mig…"
    r"fortæl (?:mig|os)|fortell (?:meg|oss)|berätta (?:för mig|för oss)|beskriv (?:for mig|for meg|för mig)|"
    # (and a bare "Beskriv hvordan…", "Beskriv…" asking for an account, as Czech "Popište…"; not "Beskriv formålet med
    # studien for deltakeren", which the session words below tell as a note to the interviewer)
    r"beskriv|"
    # Tagalog, told to the listener: "Kuwentuhan n'yo po ako tungkol sa…", "Ikuwento n'yo po…", "Pakikuwento po…",
    # "Ilarawan n'yo po…", "Sabihin n'yo po sa akin…", "Ipakita n'yo po sa akin…"
    r"ku?wentuhan (?:n['\u2019]?yo |niyo |ninyo |mo )?(?:po )?(?:ako|kami)|(?:i|paki)ku?wento|"
    r"ilarawan (?:n['\u2019]?yo|niyo|ninyo|mo)|(?:sabihin|ipakita|ipaliwanag) (?:n['\u2019]?yo |niyo |ninyo |mo )?(?:po )?sa (?:akin|amin)|"
    # Swahili, whose verb carries the listener: "Tuambie kuhusu…", "Nieleze…", "Nionyeshe…" (tell us, explain
    # to me, show me), not "Waambie…" or "Mweleze…" (tell them: a note to the interviewer)
    r"(?:tu|ni)(?:ambie|ambieni|eleze|elezeni|elezee|onyeshe|onyesheni|simulie|simulieni)")
OTHER_LANGUAGE_ASK = re.compile(
    r"^(?:[A-Z]?\d{1,2}[.)]\s+)?(?:[^?!\"\u201c]{2,120}?(?:[,.:;]|\s[-\u2013\u2014])\s+)?"
    r"(?:(?:e|y|et|und|en|i|ed|agora|ahora|maintenant|jetzt|nu|ora|teraz|ent[aã]o|entonces|alors|dann|"
    r"por favor|s'il vous pla[iî]t|bitte|per favore)[,]?\s+){0,2}"
    r"(?:" + _ASK_VERBS + r")(?![\w-])"
    # Japanese, Chinese and Korean ask politely at the end or the start, with no spaces to find a
    # word by: "…を教えてください", "请说说…", "…말씀해 주세요"
    r"|[^?!]{0,120}?(?:(?:教えて|聞かせて|話して|説明して|見せて)(?:ください|下さい|いただけ|もらえ)|"
    r"お(?:聞かせ|話し)(?:ください|下さい|いただけ)|ご説明(?:ください|いただけ)|"
    r"(?:请|請)(?:您|你)?(?:说说|說說|说一说|說一說|讲讲|講講|谈谈|談談|聊聊|描述|介绍|介紹|告诉我|告訴我)|"
    r"(?:跟|和)我(?:说说|說說|讲讲|講講|聊聊|谈谈|談談)|"
    r"(?:말씀해|알려|설명해|이야기해|얘기해|보여) ?주(?:세요|시겠어요|시겠습니까|실래요|실 수)|"
    # Thai: "(ช่วย)เล่าให้ฟัง…", "…อธิบายให้ฟัง" ("tell me…", "explain to me…"): told to the listener
    # ("ให้ฟัง"), not a bare "อธิบายว่า…" ("explain that…"), which instructs the interviewer
    r"(?:ช่วย|กรุณา|ลอง)?(?:เล่า|อธิบาย|บอก)(?:[^?!]{0,60}?)ให้(?:ฟัง|(?:ดิฉัน|ผม|เรา)ฟัง)|"
    # Persian, which puts the verb last: "…را (برایم) تعریف کنید", "کمی از خودتان بگویید" ("tell me about…",
    # "tell us about yourself"); "explain" and "show" only told to the listener, "…را به من نشان دهید"
    r"[^?!]{0,120}?(?<![\w\u200c])(?:تعریف[\s\u200c]?(?:کنید|کنین|بکنید)|بگویید|بگید|بگین|"
    r"(?:برایم|برام|به من|برای ما|به ما)\s(?:[^?!]{0,60}?\s)?(?:توضیح|نشان)[\s\u200c]?(?:دهید|بدهید|بدید|بدین))"
    r"(?![\w\u200c])|"
    # Bengali, which also puts the verb last: "…ধাপে ধাপে বলুন।", "সেই দিনটার কথা শুরু থেকে বলুন।" ("tell me…",
    # polite or not), "…বুঝিয়ে বলুন", "…বর্ণনা করুন" ("describe"); "show" only told to the listener ("আমাকে দেখান")
    r"[^?!]{0,120}?(?<![\u0980-\u09ff])(?:বলুন|বলো|শোনান|বর্ণনা করুন|"
    r"(?:আমাকে|আমাদের)\s(?:[^?!]{0,40}?\s)?দেখা(?:ন|বেন|ও))(?![\u0980-\u09ff]))", re.I)
# ...but not a note to the interviewer about the session ("Explique o consentimento ao participante",
# "Erklären Sie den Ablauf des Interviews"): the recording, consent, the study, the participant
OTHER_LANGUAGE_SESSION_NOTE = re.compile(
    r"\b(?:grava[cç][aã]o|grabaci[oó]n|enregistrement|aufnahme|aufzeichnung|opname|opnemen|registrazione|nagrywani\w*|"
    r"nagrani\w*|consentimento|consentimiento|consentement|einwilligung|toestemming|consenso|zgod\w*|"
    r"(?:ao|à|para o|para a|al|a la|au|à la|dem|der|aan de) (?:participante|participant|participante|"
    r"teilnehmer\w*|deelnemer)|al partecipante|uczestnik\w*|"
    r"(?:esta|este|a|o) (?:pesquisa|estudo|entrevista)|(?:esta|este|la|el) (?:investigaci[oó]n|estudio|entrevista)|"
    r"(?:cette|l') ?(?:[ée]tude|recherche|entretien)|(?:diese|dieses|die|das|des) (?:studie|forschung|interviews?)|"
    r"(?:dit|deze|het|de) (?:onderzoek|interview|gesprek)|(?:questo|questa|lo|la) (?:studio|ricerca|intervista)|"
    r"(?:tego|tym|o) (?:badani\w*|wywiad\w*)|учасни\w*|респондент\w*|участни\w*|"
    # Hungarian: the participant, the interview, the study, consent
    r"résztvevő\w*|az interjú\w*|a kutatás\w*|beleegyez\w*|hozzájárulás\w*|"
    # Romanian: the participant, the recording, consent, the study
    r"participant(?:ul|ului|ei|a)|[îi]nregistr[aă]ri\w*|[îi]nregistrare\w*|consim[țţ][aă]m[aâ]nt\w*|studiul\w*|"
    r"cercet[aă]rii|"
    # Finnish and Serbian, Croatian, Bosnian: the participant, the recording, consent, the study
    r"osallistuja\w*|haastateltava\w*|nauhoit\w*|tallenn\w*|suostum\w*|tutkimuksen|"
    r"u[čc]esni\w*|ispitani\w*|snim\w*|saglasnost\w*|suglasnost\w*|pristan\w*|istra[žz]ivanj\w*|"
    r"учесни\w*|испитани\w*|сним\w*|сагласност\w*|истраживањ\w*|"
    # Norwegian, Danish, Swedish: the participant, the recording, consent, the study ("Beskriv formålet med studien")
    r"deltakeren|deltageren|deltagaren|deltakerne|deltagerne|opptak\w*|optagelse\w*|inspelning\w*|samtykke\w*|"
    r"samtycke\w*|studien|undersøkelsen|undersøgelsen|undersökningen|formålet|syftet)\b"
    r"|録音|同意|参加者|录音|錄音|参与者|參與者|녹음|동의|참가자|บันทึกเสียง|ขออนุญาต|ผู้เข้าร่วม"
    # Persian and Greek: the participant, the recording, consent ("به شرکت‌کننده بگویید…", "Εξηγήστε στον συμμετέχοντα…")
    r"|شرکت[\s\u200c]?کننده|مصاحبه[\s\u200c]?شونده|ضبط|رضایت|"
    + greek_accents(r"συμμετέχ\w*|ηχογράφηση\w*|συναίνεση\w*|συγκατάθεση\w*")
    # Bengali: the participant, the respondent, the recording, consent ("অংশগ্রহণকারীকে বলুন যে কল রেকর্ড হবে")
    + r"|অংশগ্রহণকারী|উত্তরদাতা|রেকর্ড|সম্মতি", re.I)

# The consent ask: a question that asks leave to record ("Tudo bem se eu gravar a conversa?",
# "Czy mogę nagrywać naszą rozmowę?", "Ist es in Ordnung, wenn wir das Gespräch aufnehmen?"),
# the recording and the leave in one sentence, or consent named in a question.
_RECORD = (r"(?:i-?record|i-?rekord|ma-?record|"  # (Tagalog and Cebuano: "Pwede ba namo i-record…?")
           r"grav(?:ar|o|e|emos|amos|armos|ando|a[cç][aã]o)|grab(?:ar|o|amos|e|emos|ando|aci[oó]n)|enregistr\w*|"
           r"aufnehm\w*|aufnahme|aufzeichn\w*|aufgenommen|aufgezeichnet|mitschneid\w*|opnem\w*|opneem|opname|"
           r"opgenomen|registr(?:are|arla|arlo|arti|iamo|azione)|nagrywa\w*|nagra[cćnł]\w*|"
           # Swedish, Norwegian, Danish: "spela in", "inspelning", "ta opp", "opptak", "optage"
           r"spela(?:r)? in|spelas in|inspelning\w*|ta(?:r)? opp|opptak\w*|optag\w*|tage(?:r)? op|"
           # Indonesian and Malay: "boleh saya rekam?", "direkam", "rakaman"
           r"rekam|merekam|direkam|rekaman|rakam|merakam|dirakam|rakaman|"
           # Turkish: "kayda almamızda sakınca var mı?", "kaydedebilir miyim?", "ses kaydı"
           r"kayda|kayıt|kaydı|kaydet\w*|kaydedebilir\w*|kaydetmem\w*|kaydetmemiz\w*|"
           # Ukrainian and Russian: "Чи можу я записати нашу розмову?", "Можно ли записать разговор?"
           r"записат\w*|записув\w*|записыв\w*|запиш\w*|"
           # Vietnamese and Hebrew: "xin phép ghi âm … được không ạ?", "האם אפשר להקליט את השיחה?"
           r"ghi âm|ghi hình|thu âm|ו?ש?(?:להקליט|נקליט|אקליט|(?:ה)?הקלטה|מקליט(?:ים|ה)?)|"
           # Persian and Greek: "…صدای گفتگو را ضبط کنیم؟", "…να ηχογραφήσουμε τη συζήτηση;"
           r"ضبط|" + greek_accents(r"ηχογραφ\w*|καταγράψ\w*|καταγραφ\w*|βιντεοσκοπ\w*") + "|"
           # Hungarian: "…, hogy rögzítsük a beszélgetést?", "…felvételt készítsünk…", "Felvehetjük…?"
           r"rögzít\w*|felvétel\w*|hangfelvétel\w*|felvehet\w*|felvegy\w*|felvenn\w*|"
           # Romanian: "Vă deranjează dacă înregistrăm convorbirea?", "Putem înregistra…?"
           r"[îi]nregistr[aă]m|[îi]nregistra|[îi]nregistrez|[îi]nregistrarea|[îi]nregistr[aă]m\w*|"
           # Finnish: "Sopiiko, että nauhoitan keskustelun?", "Saammeko tallentaa haastattelun?"
           r"nauhoit\w*|nauhoitt\w*|tallent\w*|tallenn\w*|"
           # Serbian, Croatian, Bosnian: "Da li se slažete da snimamo razgovor?", "Možemo li snimati?"
           r"snim\w*|сним\w*|"
           # Czech and Slovak: "Můžeme rozhovor nahrávat?", "Nevadí vám, když si rozhovor nahraju?"
           r"nahráv\w*|nahrát|nahraj\w*|nahrávk\w*|nahrávať|nahrať|"
           # Bengali: "আমি কি কথোপকথনটি রেকর্ড করতে পারি?", and the English word with the Bengali verb, as Bengali
           # guides write it ("…call টা record করতে পারি?", "record korte pari?"), not the English word alone
           r"রেকর্ড(?:িং)?|record(?:ing)?\s+(?:কর[\u0980-\u09ff]*|kor(?:te|bo|chi|a)\w*))")
_LEAVE = (r"(?:pwede|puwede|pwedeng|puwedeng|mahimo|"  # (Tagalog and Cebuano: may we)
          r"tudo bem|tem problema|posso|podemos|se importa|importa[- ]se|autoriza|permite|concorda|pode ser|"
          r"est[aá] bien|estar[ií]a bien|puedo|podemos|le importa|te importa|hay problema|te parece|le parece|"
          r"de acuerdo|puis-je|pouvons-nous|peut-on|je peux|on peut|vous d[ée]range|[cç]a vous va|d'accord|"
          r"acceptez|autorisez|darf ich|d[uü]rfen wir|k[oö]nnen wir|kann ich|in ordnung|einverstanden|"
          r"mag ik|mogen we|kan ik|kunnen we|is het goed|vind je het goed|vindt u het goed|akkoord|bezwaar|"
          r"posso|possiamo|va bene|le dispiace|ti dispiace|acconsent\w*|czy mog[eę]|czy mo[zż]emy|zgadza\w*|"
          r"nie przeszkadza|nic przeciwko|w porz[aą]dku|ok|okay|ok[eé]|"
          r"g[åa]r det bra|[äe]r det (?:ok(?:ej|ay)?|greit|i orden|i ordning)|f[åa]r (?:jag|jeg|vi)|kan (?:jag|vi|jeg)|"
          r"godk[äa]nner|samtycker|greit|i orden|m[åa] (?:jag|jeg|vi)|"
          # Czech and Slovak: "Můžeme…?", "Mohu…?", "Nevadí vám…?", "Souhlasíte…?", "Je to v pořádku…?", "Môžeme…?"
          r"m[ůu][žz]eme|m[ůu][žz]u|mohu|sm[íi]m|(?:ne)?vad[íi] vám|souhlas[íi]te|s[úu]hlas[íi]te|v pořádku|dovolíte|"
          r"m[ôo][žz]eme|m[ôo][žz]em|nevad[íi] vám|"
          r"boleh(?:kah)?|bersedia(?:kah)?|keberatan|izin(?:kan)?|diizinkan|setuju|(?:tidak|nggak|gak) apa[- ]apa|"
          # Turkish: "sakınca var mı", "olur mu", "izin verir misiniz", "uygun mu", "onaylıyor musunuz"
          r"sak[ıi]nca|olur mu|izin ver\w*|uygun mu|onayl[ıi]yor musunuz|m[üu]saade|"
          # Ukrainian and Russian: "чи можу я", "чи можна", "можно ли", "не заперечуєте", "не возражаете"
          r"чи мож(?:у|емо|на)|можна|можу|можемо|можно|могу|можем|не заперечу\w*|не возража\w*|"
          r"дозвол\w*|разреш\w*|згодн\w*|соглас\w*|"
          # Vietnamese and Hebrew: "cho em xin phép", "được không", "האם אפשר", "זה בסדר", "מסכים/ה"
          r"xin phép|cho phép|được không|có phiền|đồng ý|(?:האם )?אפשר|מותר|בסדר|מסכימ(?:ה|ים)?|מסכים|ת?אשר\w*|"
          # Persian and Greek: "اجازه می‌دهید…", "اشکالی ندارد", "موافقید"; "Μας επιτρέπετε…", "Είναι εντάξει…"
          r"اجازه|اشکالی|اشکال|موافق\w*|"
          + greek_accents(r"επιτρέπετε|επιτρέψετε|μπορώ|μπορούμε|εντάξει|συμφωνείτε|συναινείτε|πειράζει") + "|"
          # Hungarian: "Hozzájárul, hogy…?", "Beleegyezik…?", "Megengedi…?", "Rendben van, ha…?", "Nem bánja, ha…?"
          r"hozzájárul\w*|beleegyez\w*|engedélyez\w*|megenged\w*|rendben (?:van|lenne|lesz)|nem bánja|"
          r"nincs (?:ellene )?kifogása|"
          # Romanian: "Vă deranjează dacă…?", "Sunteți de acord să…?", "Putem…?", "Ne permiteți…?", "E în regulă…?"
          r"v[aă] deranjeaz[aă]|te deranjeaz[aă]|sunte[țţ]i de acord|e[șş]ti de acord|putem|pot|ne permite[țţ]i|"
          r"[îi]mi permite[țţ]i|accepta[țţ]i|(?:e|este) [îi]n regul[aă]|(?:e|este) ok|"
          # Finnish: "Sopiiko, että…?", "Saanko…?", "Saammeko…?", "Voinko…?", "Haittaako…?", "Onko OK, että…?"
          r"sopiiko|saanko|saammeko|voinko|voimmeko|haittaako|käykö|onko (?:se )?(?:ok|okei|sopivaa|kunnossa)|"
          # Serbian, Croatian, Bosnian: "Da li se slažete…?", "Slažete li se…?", "Mogu li…?", "Da li je u redu…?"
          r"(?:da li )?se sla[žz]ete|sla[žz]ete li se|sagla[sš]ni|sugla[sš]ni|(?:da li )?(?:mogu|mo[žz]emo)(?: li)?|"
          r"(?:da li je|je li|je l') u redu|dozvoljavate|dopu[šs]tate|smeta li vam|(?:da li )?vam smeta|"
          r"(?:да ли )?се слажете|слажете ли се|сагласни|(?:да ли )?(?:могу|можемо)(?: ли)?|(?:да ли је|је ли) у реду|"
          # "may I", Croatian and Bosnian (ijekavian) and Serbian (ekavian): "Smijem li snimati razgovor?", "Da li
          # smem da snimam?"; and "Imate li išta protiv da snimamo?" ("do you mind…")
          r"(?:da li )?sm(?:ij)?em(?:o)?(?: li)?|(?:да ли )?смем(?:о)?(?: ли)?|"
          r"(?:imate li|da li imate) (?:ne[šs]to|i[šs]ta|[šs]to|ni[šs]ta) protiv|(?:имате ли|да ли имате) (?:нешто|ишта|што) против|"
          # Bengali: "…রেকর্ড করতে পারি?", "…অনুমতি দেবেন?", "…আপত্তি আছে?"
          r"পারি|পারব|অনুমতি|আপত্তি)"
          # an inverted or enclitic pronoun written on to the verb: "Acceptez-vous que j'enregistre… ?",
          # "Autorisez-vous…", "Permite-me gravar…?", "Importa-se que eu grave?"
          r"(?:-(?:vous|nous|moi|je|tu|on|se|me|nos|lhe|lo|la|ti|mi|ci))?")
# (a pattern, joined to the English one in ``guide.ASKS_CONSENT``)
OTHER_LANGUAGE_CONSENT = (
    r"(?<![\w-])" + _LEAVE + r"(?![\w-])[^.!?]*(?<![\w-])" + _RECORD + r"(?![\w-])[^.!]*\?|"
    r"(?<![\w-])" + _RECORD + r"(?![\w-])[^.!?]*(?<![\w-])" + _LEAVE + r"(?![\w-])[^.!]*\?|"
    r"(?<![\w-])(?:consentimento|consentimiento|consentement|einwilligung|toestemming|consenso|zgod[aęy])"
    r"(?![\w-])[^.!]*\?|"
    # the recording told in one sentence, the leave asked in a short one after it ("Em xin phép ghi âm…,
    # bản ghi chỉ dùng trong nội bộ. Anh/chị có đồng ý không ạ?", "Wir möchten das Gespräch aufnehmen. Sind Sie
    # einverstanden?"), as the English "…record the call. Is that okay?"
    r"(?<![\w-])" + _RECORD + r"(?![\w-])[^?]{0,200}?[.;]\s+[^.!?]{0,40}(?<![\w-])" + _LEAVE
    + r"(?![\w-])[^.!?]{0,20}\?|"
    # Japanese, Chinese and Korean, where no space marks a word: recording, then leave asked
    # ("録画させていただいてもよろしいでしょうか？", "可以录音吗？", "녹음해도 괜찮을까요?")
    r"(?:録音|録画|录音|錄音|录像|錄影|녹음|녹화)[^。.!！?？]{0,30}?(?:よろしい|いいですか|大丈夫|構いません|かまいません|"
    r"可以|行吗|好吗|方便|괜찮|될까요|되겠습니까|동의)[^。.!！]*[?？]|"
    r"(?:可以|能不能|能否|是否可以)[^。.!！?？]{0,8}?(?:录音|錄音|录像|錄影)[^。.!！]*[吗嗎?？]")

# and in Hungarian, the leave written on to the verb: "Rögzíthetjük a beszélgetést?", "Felvehetem a hívást?"
# (we or I, the interviewer: not "Hol rögzítheti a kiadásait?", where they log their spending)
OTHER_LANGUAGE_CONSENT += r"|(?<![\w-])(?:rögzíthet|felvehet)(?:jük|em)(?:-e)?(?![\w-])[^.!]*\?"

# and in Banglish (Bengali in Latin letters), the English word with the Bengali verb: "Call ta record korte pari?"
OTHER_LANGUAGE_CONSENT += r"|(?<![\w-])record(?:ing)?\s+kor(?:te|a)\s+(?:pari|parbo|parben|dite|deben|diben)(?![\w-])[^.!]*\?"

# and in Thai, with no space between words to find one by: leave asked to record, in either order
# ("ขออนุญาตบันทึกเสียงการสนทนานี้…ได้ไหมคะ?", "ขอบันทึกเสียงได้ไหมครับ", "…บันทึกเสียงไว้ได้หรือไม่?"),
# a question by its mark or its asking word (ไหม, มั้ย, หรือไม่, หรือเปล่า)
_THAI_RECORD = r"(?:บันทึก(?:เสียง|ภาพ|วิดีโอ|วีดีโอ|การสนทนา|การสัมภาษณ์)|อัด(?:เสียง|วิดีโอ|คลิป)|ขอบันทึก)"
_THAI_ASKED = r"(?:[?？]|ไหม|มั้ย|หรือไม่|หรือเปล่า|ได้ไหม)"
OTHER_LANGUAGE_CONSENT += (r"|(?:ขออนุญาต|อนุญาต(?:ให้)?|ยินยอม(?:ให้)?|ขอ)[^.!?？\n]{0,40}?" + _THAI_RECORD
                           + r"[^.!\n]{0,80}?" + _THAI_ASKED
                           + r"|" + _THAI_RECORD + r"[^.!?？\n]{0,80}?(?:ได้|ยินยอม|อนุญาต|สะดวก)[^.!\n]{0,20}?" + _THAI_ASKED)

# The check-in before the questions: "Antes de começar, você tem alguma dúvida?", "Haben Sie
# noch Fragen, bevor wir anfangen?", "Jakieś pytania?"
_BEFORE_WE_START = (r"(?:antes de (?:come[cç]ar|come[cç]armos|iniciar|iniciarmos|empezar|comenzar)|"
                    r"avant (?:de commencer|qu'on commence|que nous commen[cç]ions)|"
                    r"bevor wir (?:anfangen|beginnen|starten|loslegen)|vo(?:or|ordat) we (?:beginnen|starten)|"
                    r"prima di (?:iniziare|cominciare)|zanim zaczniemy|przed rozpocz[eę]ciem|ba[şs]lamadan(?: [öo]nce)?|"
                    r"перш ніж (?:ми )?почн\w*|перед тим,? як (?:ми )?почн\w*|прежде чем (?:мы )?начн\w*|"
                    r"перед тем,? как (?:мы )?начн\w*|trước khi (?:chúng ta |mình |em |ta )?bắt đầu|לפני ש(?:נתחיל|מתחילים)|"
                    r"قبل از (?:اینکه |این[\u200c ]که )?شروع|" + greek_accents(r"πριν (?:να )?(?:ξεκινήσουμε|αρχίσουμε)") + "|"
                    r"mielőtt (?:el|bele|neki)?kezd\w*|mielőtt (?:el|bele)?kezdenénk|"
                    r"[îi]nainte (?:s[aă] [îi]ncepem|de a [îi]ncepe)|"
                    r"ennen kuin (?:aloitetaan|aloitamme|aloitan|alamme|aloitat)|"  # (Finnish)
                    r"pre (?:nego (?:[šs]to )?po[čc]nemo|po[čc]etka)|prije (?:nego (?:[šs]to )?po[čc]nemo|po[čc]etka)|"
                    r"пре (?:него (?:што )?почнемо|почетка))")  # (Serbian, Croatian, Bosnian)
_QUESTIONS = (r"(?:d[uú]vidas?|perguntas?|dudas?|preguntas?|questions?|fragen|vragen|domand[ae]|dubbi|dubbio|"
              r"pytania|pyta[nń]|sorunuz|sorular[ıi]n[ıi]z|soru|запитання|питання|вопрос(?:ы|ов)?|câu hỏi|שאלות|שאלה|"
              r"سوالی|سؤالی|سوال|سؤال|" + greek_accents(r"ερώτηση|ερωτήσεις|απορία|απορίες") + r"|kérdés\w*|"
              r"[îi]ntreb[aă]ri|[îi]ntrebare|kysytt[äa]v[äa][äa]|kysymyksi[äa]|kysymys|pitanja|pitanje|питања|питање)")
_ANY = (r"(?:alguma|algum|alguna|alg[uú]n|des|noch|nog|qualche|jakie[sś]|ancora|encore|mais|m[aá]s|outras?|otras?|"
        r"autres|andere|altre|még|egyéb|további)")
OTHER_LANGUAGE_CHECK_IN = re.compile(
    r"(?<![\w-])" + _BEFORE_WE_START + r"(?![\w-])[^.!?]*(?<![\w-])" + _QUESTIONS + r"(?![\w-])[^.!]*\?|"
    r"(?<![\w-])" + _QUESTIONS + r"(?![\w-])[^.!?]*(?<![\w-])" + _BEFORE_WE_START + r"[^.!]*\?|"
    # a short one on its own: "Alguma dúvida?", "Noch Fragen?"
    r"^\W*(?:\w+\s+){0,3}" + _ANY + r"\s+" + _QUESTIONS + r"(?![\w-])\s*\?|"
    # a trauma-informed guide's safety check-in, in Ukrainian and Russian: "Як ви почуваєтеся зараз?",
    # "Чи хочете зробити невелику перерву?", "Как вы себя чувствуете?", "Хотите сделать перерыв?"
    r"^\W*(?:як ви (?:себе )?почуваєтес[ья]|как вы (?:себя )?чувствуете(?: себя)?)(?: (?:зараз|тепер|сейчас|теперь)|"
    r" (?:після|после) [^?]{1,40})?\s*\?$|"
    r"^\W*(?:чи )?(?:хочете|бажаєте|хотите|потрібна|нужна|нужен)\s+(?:\w+\s+){0,3}(?:перерв\w*|перерыв\w*|пауз\w*)"
    r"(?:\s+(?:або|или)\s+[^?]{1,40})?\s*\?$|"
    # Korean, with no space to mark a word: "시작 전에 궁금하신 점 있으세요?", "시작하기 전에 질문 있으신가요?"
    r"시작\s?(?:하기\s?)?전에?[^.!?]{0,20}?(?:궁금|질문)[^.!]*\?|^\W*(?:혹시\s?)?(?:궁금하신|궁금한)\s?(?:점|것|사항)[^.!?]{0,12}\?$",
    re.I)

# A question about the person and their routine, the warm-up's ("Me conta um pouco sobre você e a
# sua família", "Erzählen Sie etwas über sich", "Opowiedz o sobie"): a guide that opens with one
# has its warm-up
OTHER_LANGUAGE_ABOUT_THEM = re.compile(
    r"(?<![\w-])(?:sobre (?:voc[eê]s?|ti|usted(?:es)?|vos)|(?:de|sur) (?:vous|toi)(?:-m[eê]mes?)?|"
    r"[uü]ber (?:sich|dich)|von (?:sich|dir)|kendiniz(?:den|i|le ilgili)|kendin(?:den|i)|over (?:jezelf|uzelf|jou|u)|(?:su )?di te|di lei|o sobie|"
    r"(?:sua|tua|tu|su|seu|votre|ta|ton|ihre?[rnm]?|deine?[rnm]?|je|uw|jouw|vostra|il suo|il tuo|din|ditt) "
    r"(?:fam[ií]lia|famille|familie|gezin|famiglia|trabalho|trabajo|travail|arbeit|arbeitsalltag|werk|lavoro|rotina|"
    r"rutina|quotidien|alltag|dag|giornata|rolle|rol|r[ôo]le|ruolo|papel|funci[oó]n|fun[cç][aã]o|beruf|m[ée]tier|"
    r"jobb|arbete|vardag)|"
    r"swoj\w* (?:pracy|rodzin\w*|dniu|roli)|"
    # who they are, or an invitation to introduce themselves: "qui vous êtes", "wer Sie sind",
    # "vem du är", "vous présenter", "preséntese", "stellen Sie sich (kurz) vor"
    r"qui (?:vous [êe]tes|tu es)|qui[ée]n (?:es usted|eres)|quem (?:voc[eê]|o senhor|a senhora|tu) [ée]s?|"
    r"wer (?:Sie sind|du bist)|wie (?:u bent|je bent)|chi (?:[èe] lei|sei)|kim (?:pan|pani) jest|kim jeste[sś]|"
    r"vem du [äa]r|hvem du er|(?:vous|te) pr[ée]senter|pr[ée]sentez-vous|pres[eé]ntes?e|apresent(?:e|a)-se|"
    r"stellen sie sich(?: \w+)? vor|stel (?:je|u) (?:zelf )?(?:even )?voor|si presenti|przedstaw(?:i)? si[eę]|"
    r"presentera dig|"
    # Hungarian: "Meséljen egy kicsit magáról", "…a munkájáról", "Milyen egy átlagos napja?"
    r"magáról|önmagáról|magadról|munkájáról|családjáról|mindennapjairól|(?:átlagos|tipikus|szokásos) napj(?:a|át|áról)|"
    # Romanian: "Povestiți-mi despre dumneavoastră", "…despre gospodăria dumneavoastră", "o zi obișnuită"
    r"despre (?:dumneavoastr[aă]|dvs|tine)|(?:gospod[aă]ria|familia|munca|rutina) (?:dumneavoastr[aă]|dvs|ta)|"
    r"o zi obi[șş]nuit[aă]|"
    # Finnish and Serbian, Croatian, Bosnian: "Kerro vähän itsestäsi…", "tavallisesta päivästäsi", "Recite mi nešto
    # o sebi", "vaš običan dan"
    r"itsest[äa]si|itsest[äa]nne|ty[öo]st[äa]si|arjestasi|tavalli\w* p[äa]iv[äa]\w*|o sebi|o vama|o svom poslu|"
    r"(?:obi[čc]an|tipi[čc]an) dan|о себи|о вама|"
    # Tagalog and Cebuano: "Kuwentuhan n'yo po ako tungkol sa inyong sarili", "Unsa imong negosyo karon?", "…bahin
    # sa imong kaugalingon", "imong adlaw-adlaw"
    r"(?:inyong|iyong|imong|inyo|imo|ninyong|mong) (?:sarili|kaugalingon|negosyo|trabaho|hanapbuhay|panginabuhian|"
    r"pamilya|adlaw-adlaw|araw-araw|tipikal nga adlaw)|"
    r"dia t[ií]pico|d[ií]a t[ií]pico|journ[ée]e type|typischen? tag|typische dag|giornata tipo|typow\w* dzie[nń])"
    r"(?![\w-])", re.I)


# --------------------------------------------------------------------------------------------
# Which language: only to name it where the checks could not read a guide ("not checked: the guide
# is in German"). Each language by common words the others on the list do not share; a guide is
# named only where one language clearly leads, else it is "not in English".
_LANGUAGE_WORDS = {
    "German": "der die das und ist nicht sie ich wie was wir ihr ihre ihnen warum wann welche wo wer oder aber auch "
              "noch schon sehr von bei nach aus über mir mich uns dich dir sich kein keine nur wenn dann weil dass "
              "haben sind gibt können würden hat mit ein eine den dem des zu auf für heute immer wieder etwas alles "
              "viel gab war beim im am zum zur ihrem ihren ihrer ihres bitte danach letzten letzte wurde werden "
              "könnten sollten",
    "Dutch": "het een van niet wat hoe waarom wanneer welke jij je wij zijn hebben heb hebt heeft ben bent kun kunt "
             "wilt zou zal moet nog ook deze dit waar wie voor voordat naar bij uit maar eens graag meer veel geen "
             "iets niets jullie ons onze mijn jouw",
    "French": "le la les et est vous que pas pour avec une des du dans sur qui quoi comment pourquoi quand votre vos "
              "je nous avez êtes c'est ce cette se si plus après",
    "Spanish": "el la las los y es por para con una del que qué cómo cuándo usted ustedes su sus lo le muy fue "
               "cuénteme cuéntame tiene ha hay está puede alguna algún dónde cuál más después vez algo se si",
    "Portuguese": "os um uma não com para você vocês como porque quando foi tem ou seu sua seus suas isso esse essa "
                  "pelo pela dos das nos vez muito conta é está alguma algum onde qual se mais depois",
    "Italian": "il lo gli di che non per con una sono come perché quando lei ci mi ha è cosa qual quale dove la le "
               "si più dopo",
    "Polish": "czy jest nie się jak dlaczego gdzie kiedy pan pani proszę co jakie jaki jaka ile był była było "
              "pana pani może",
    "Swedish": "och är att det som inte hur varför när vad du har kan",
    # (and the words both write apart from Swedish, "noget"/"noe" for "något", "lidt"/"litt" for "lite", "fortæl"/"fortell"
    # for "berätta"; "du" is all three's: evidence for none)
    "Norwegian or Danish": "jeg ikke hvordan hvorfor hvad hva og er det har kan du noget noe lidt litt hvornår sidste "
                           "siste fortæl fortæller fortell forteller hvilken hvilke hvem være vært også meget mye synes",
    # (Malay shares most of these: a Malay guide is named Indonesian)
    "Turkish": "ve bir bu şu ne nasıl neden niçin niye nerede hangi kim mı mu mü miydi mıydı misiniz mısınız "
               "musunuz müsünüz var yok değil için ile gibi kadar daha çok sonra önce siz sizin sizi sizce "
               "ben bana beni biz bizim onu ona da ki veya ama hiç şey zaman",
    "Indonesian": "apa apakah bagaimana mengapa kenapa kapan siapa yang tidak ini itu dengan untuk dari ada saya "
                  "anda bapak ibu sudah belum bisa kalau atau juga lebih seperti biasanya pernah menurut boleh "
                  "ceritakan",
    # (Hungarian "mi" and "ha" are Italian words too, so evidence for neither; a word with ő or ű, the
    # letters only Hungarian writes, counts for Hungarian whatever it is: ``guess_language``)
    "Hungarian": "és hogy az egy nem volt nincs mit mi milyen miért hogyan hol mikor ki kik mennyi mennyire melyik "
                 "már még csak vagy akkor ez ezt azt ezek amikor amit ami amiről arról erről abban ebben ön önnek "
                 "önt kérem valami valamit szokta lenne lehet kell kellene után előtt nagyon sokkal meg ha",
    # (Romanian: ș ț with the comma below and the cedilla ţ, letters only Romanian writes, count for it whatever
    # the word: ``guess_language``)
    "Romanian": "și şi sau este sunt cum când unde cine cât câte câți câţi mai foarte pentru despre în din dacă că "
                "vă dumneavoastră dvs ați aţi aveți aveţi puteți puteţi ceva acum după înainte nu ne mi îmi cel cea "
                "acest această ultima ultimul care ce",
    "Vietnamese": "không có là và được những này của một người với các thì để đã sẽ nào gì bao nhiêu như thế sao "
                  "tại vì khi nếu hoặc cũng rất lắm đó ạ nhé rồi chưa mình anh chị bạn ông bà thấy làm nghĩ đúng "
                  "kể về lần gần nhất",
    "Finnish": "ja että mitä miten miksi milloin missä mistä mihin kuka ketkä mikä mitkä millainen millaista "
               "millaisia kuinka paljon onko oliko olisiko oletko olitko olet olit olisit sinä sinun sinulla "
               "sinulle sinua te teidän teillä teille teitä minä minun minulle me meidän meille se sen siitä "
               "siinä sitä ne niitä tämä tätä tässä tuo ei et ette eikö etkö ettekö kun jos tai mutta kuin myös "
               "vielä nyt sitten jo joka jota jossa kaikki jotain jotakin mitään kerro kertoisitko voisitko "
               "sopiiko yleensä viimeksi viimeisin",
    # (Croatian and Bosnian write the same everyday words: a guide in any of the three is named by all three)
    "Serbian, Croatian or Bosnian": "li je su se ste sam smo si nije nisu niste nisam kako zašto zasto kada kad "
                                    "gde gdje šta sta što ko tko koji koja koje kojim koliko često ili za od sa "
                                    "vam vas vi ja ona oni ovo ono bi biste bilo bio bila kao ali jer ako već još "
                                    "samo nešto ništa ispričajte opišite recite mi nam zar molim hvala posle poslije "
                                    "pre prije kod koristite koristili",
    # (Czech and Slovak write many of the same words, "proč"/"prečo" apart; ř ů ě, letters only Czech writes, count
    # for it whatever the word: ``guess_language``)
    "Czech": "proč kdy jste jsem jsme že když který která které kdo jaký jaká jaké jakým jakou také ještě už jen "
             "moc velmi vy vám vás mě nám nás prosím děkuji děkujeme bylo byl byla bude můžete můžeme máte mají "
             "jsou nějaký nějak něco nic povězte popište řekněte tehdy potom pak teď dnes vždy proto protože nebo",
    # Tagalog, and the Taglish researchers write in the Philippines ("Kuwentuhan n'yo po ako tungkol sa…"): its
    # particles and pronouns, which no other language on the list writes ("sa", "ko", "si" are Serbian words too)
    "Tagalog": "ang ng mga po ba naman lang pa opo ninyo niyo n'yo nyo kayo ako ikaw siya sila kami tayo namin "
               "natin ninyong ito iyon yung yun ano paano bakit kailan saan sino gaano ilan tungkol hindi wala may "
               "gusto salamat kung pag din rin nang ngayon",
}
_LANGUAGE_SETS = {name: frozenset(words.split()) for name, words in _LANGUAGE_WORDS.items()}


# Serbian is written in Cyrillic and in Latin letters alike, one letter for one ("Зашто нисте…?" is "Zašto niste…?"):
# its forms are written once, in Latin letters, and a Cyrillic question is read in them


def serbian_latin_at(text: str) -> tuple[str, list[int]]:
    """A text in Serbian Cyrillic in Latin letters (lower case as given), and for each of its characters the
    position in the text it comes from (љ, њ, џ give two letters: lj, nj, dž). Other letters stay as they are."""
    out: list[str] = []
    at: list[int] = []
    for i, c in enumerate(text):
        latin = SERBIAN_LATIN_LETTERS.get(c.lower(), c) if "\u0400" <= c <= "\u04ff" else c
        out.append(latin)
        at.extend([i] * len(latin))
    return "".join(out), at


_HUNGARIAN_LETTERS = re.compile("[\u0150\u0151\u0170\u0171]")  # ő ű Ő Ű
_BENGALI_LETTERS = re.compile("[\u0980-\u09ff]")
_ASSAMESE_LETTERS = re.compile("[\u09f0\u09f1]")  # ৰ ৱ: the same script written for Assamese
_ROMANIAN_LETTERS = re.compile("[\u0218-\u021b\u0162\u0163]")  # ș ț Ș Ț (comma below), ţ Ţ
_CZECH_LETTERS = re.compile("[\u0159\u0158\u016f\u016e\u011b\u011a]")  # ř Ř ů Ů ě Ě


def guess_language(texts: list[str]) -> str | None:
    """The language a guide not in English is written in, by the words only one language on the list
    has ("Warum haben Sie…?": German); None where no language clearly leads."""
    letters = [c for t in texts for c in t if c.isalpha()]
    bengali = sum(bool(_BENGALI_LETTERS.match(c)) for c in letters)
    if letters and 2 * bengali > len(letters):
        # a script only Bengali (and Assamese, by its ৰ ৱ) writes: no word list needed
        return None if any(_ASSAMESE_LETTERS.search(t) for t in texts) else "Bengali"
    counts = dict.fromkeys(_LANGUAGE_SETS, 0)
    for w in (w.lower() for t in texts for w in _WORD.findall(t)):
        if w in _ENGLISH or w in _SHARED:
            continue
        owners = [name for name, words in _LANGUAGE_SETS.items() if w in words]
        if not owners and _HUNGARIAN_LETTERS.search(w):
            owners = ["Hungarian"]  # "gyűjtött", "mielőtt": only Hungarian writes ő and ű
        if not owners and _ROMANIAN_LETTERS.search(w):
            owners = ["Romanian"]  # "aplicației", "ţară": only Romanian writes ș ț (and ţ)
        if not owners and _CZECH_LETTERS.search(w):
            owners = ["Czech"]  # "předtím", "důležité", "vybrat": only Czech writes ř ů ě
        if len(owners) == 1:
            counts[owners[0]] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    (best, n), (_second, m) = ranked[0], ranked[1]
    return best if n >= 2 and n > 2 * m else None

"""Discussion guides: a Markdown file parsed into sections and questions, and checked.

The format is what researchers already write in a notes app:

    # Checkout study guide
    Length: 45 minutes

    ## Warm-up
    - Tell me a bit about your role.

    ## Paying online (goal: 2)          <- or a line "Goal: why people drop off at payment"
    - Can you walk me through the last time you paid for something online?
      - What happened next?           <- nested items are follow-ups (probes)

Headings are sections; a heading that comes first at level 1 while deeper headings follow is
the guide's title. List items (``-``, ``*``, ``+``, ``1.``, pasted bullets such as ``•``) are
main questions; nested items are their follow-ups. List items that are not questions ("Thank
them for their time") are kept as instructions and not checked. A section may name a research goal of the study by number or
by its words, in the heading ``(goal: ...)`` or on a ``Goal: ...`` line.

The checks are two-level: every main question and follow-up goes through
``analysis.questions.check_question``; the guide as a whole is checked for goals that no
question serves, sections without follow-ups, more questions than the planned length allows,
and a guide that opens with its hardest question.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from listenwell.analysis.guide_shapes import as_markdown
from listenwell.analysis.questions import (
    Problem,
    QuestionCheck,
    closing_prompts,
    QuestionKind,
    check_question,
    is_check_in,
    is_question,
    suggest_followups,
    terms_used,
)
from listenwell.analysis.questions.language import (
    OTHER_LANGUAGE_ASK,
    OTHER_LANGUAGE_CHECK_IN,
    OTHER_LANGUAGE_CONSENT,
    OTHER_LANGUAGE_SESSION_NOTE,
    _mostly_other_script,
    greek_accents,
    guess_language,
    looks_english,
    mostly_english,
)
from listenwell.analysis.questions.closed_forms import closed_form, closed_reason, double_form, double_reason
from listenwell.analysis.questions.sentences import DOTTED_ABBREVIATIONS
from listenwell.analysis.questions.topic import _PARTICIPLES, _PAST
from listenwell.analysis.questions.wording import ASK_ONLY_THOSE
from listenwell.domain import InputError
from listenwell.domain.glossary import fold

MINUTES_PER_QUESTION = 3  # a main question with its probes takes about three minutes
# In a section the guide times itself the researcher has planned the pace; only fewer than two
# minutes a main question is called a squeeze there (three is the estimate for an untimed guide).
MIN_MINUTES_PER_TIMED_QUESTION = 2
# A warm-up's or an opening's questions are short by design ("Who in your household uses the
# app?"): a minute each is their pace
MIN_MINUTES_PER_BRIEF_QUESTION = 1
_BRIEF_SECTION = re.compile(r"\b(?:warm[- ]?up|ice[- ]?breakers?|intro\w*|opening|welcome|wrap(?:ping)?[- ]?up|clos\w*|"
                            # "Getting to know you", "About you", "Rapport": the warm-up by another name
                            r"get(?:ting)? to know (?:you|each other|the participant)|about (?:you|yourself)|rapport)\b",
                            re.I)


@dataclass
class GuideQuestion:
    text: str
    line: int
    followups: list[GuideQuestion] = field(default_factory=list)
    instruction: bool = False  # a list item that is not a question: kept, not checked
    # a condition in brackets written before the question ("[only if they cancelled]"): the
    # interviewer reads it before asking, so it stays in front, not among the probes
    condition: str | None = None
    # the guide's own number for it, as written ("7.", "b)", "1.2", "Q7"): the note-taker logs
    # answers against it, so the kit prints it
    number: str | None = None
    # the guide's own translation of it, written under it in another language ("*¿Cómo llega…?*",
    # "ES: …"): said with it in a call in that language, so neither a probe nor checked
    translation: str | None = None


@dataclass
class GuideSection:
    title: str
    line: int
    goal: str | None = None  # the goal text as written (a number or words)
    goal_index: int | None = None  # 0-based index into the study's goals, when it matches one
    more_goals: list[int] = field(default_factory=list)  # the others it names ("Goal: 1, 2": [1])
    minutes: int | None = None
    items: list[GuideQuestion] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # prose paragraphs: instructions to the interviewer
    lead_notes: int = 0  # how many of the notes come before the first question (a task's scenario)
    # for each note, how many list items the section had when it was written: where it stands
    # among them ("(Interviewer only: …)" after the closing's thank-you stays after it)
    note_at: list[int] = field(default_factory=list)
    asked: bool = True  # False for advice to the interviewer or examples of what not to ask

    @property
    def questions(self) -> list[GuideQuestion]:
        return [q for q in self.items if not q.instruction]

    @property
    def optional(self) -> bool:
        """A backup list ("Optional questions (only if we have time)", "Backup questions"):
        asked only when time is left, so it takes none of the interview's planned time."""
        return bool(_OPTIONAL_TITLE.search(self.english_title))

    @property
    def english_title(self) -> str:
        """The title with the words that name a part of the call put in English ("1. Bienvenida y
        consentimiento" → "1. Welcome y consent"), for telling the intro, warm-up, closing and backup
        list apart in any language; the kit still prints the guide's own words."""
        return english_title(self.title)


# Words that name a part of the call in the languages guides are written in, in English, so a
# guide's "Cierre" is its closing as "Closing" is: each is read as the English word after it.
_PART_WORDS = {
    "welcome": "bienvenida|bienvenido|bienvenue|accueil|willkommen|begrüßung|begruessung|welkom|benvenuto|"
               "benvenuti|accoglienza|boas-vindas|powitanie|saludo|välkommen|valkommen|velkommen|pembukaan|pembuka|"
               "salam pembuka|hoş geldiniz|karşılama|açılış|"
               # Vietnamese and Hebrew (a Hebrew word may carry "and"/"the" on its front: "והסכמה")
               "chào hỏi|mở đầu|ו?(?:ה)?פתיחה|ו?ברכה|"
               # Persian and Greek (its accents written or not: ``greek_accents``)
               "خوش[\\s\u200c]?آمد(?:[\\s\u200c]?گویی)?|خوشامدگویی|" + greek_accents("καλωσόρισμα|καλωσορισμός|υποδοχή")
               + "|üdvözlés|köszöntés"  # (Hungarian)
               + "|bun venit|salut(?:ul)?"  # (Romanian)
               + "|tervetuloa|tervehdys"  # (Finnish)
               + "|dobrodo[šs]lica|pozdrav|добродошлица|поздрав"  # (Serbian, Croatian, Bosnian, both scripts)
               + "|স্বাগতম|শুভেচ্ছা",  # (Bengali)
    "introduction": "introducción|presentación|présentation|einleitung|einführung|introductie|inleiding|"
                    "introduzione|presentazione|introdução|apresentação|wprowadzenie|wstęp|inledning|innledning|"
                    "indledning|introduktion|pengantar|pendahuluan|giriş(?! (?:ekran|sayfa|yap|bilgi|sorun))|tanıtım|utangulizi|"
                    # Ukrainian and Russian
                    "вступ|введення|вступление|введение|giới thiệu|ו?(?:ה)?(?:מבוא|הקדמה|היכרות קצרה)|"
                    "مقدمه|معرفی(?=\\s*(?:$|[(&]|و\\s))|" + greek_accents("εισαγωγή|συστάσεις")
                    + "|bevezetés|bevezető|bemutatkozás"
                    + "|introducere|introducerea"  # (Romanian)
                    # (Finnish: "alku", the start, and "esittely", a presentation, only as a title of their own or
                    # before "ja": not "Matkan alku", "Tuotteen esittely")
                    + "|johdanto|aloitus|(?<![^\\W\\d_]\\s)(?:alku|esittely)(?=\\s*(?:$|[&(:]|ja\\s))"
                    # (Serbian, Croatian, Bosnian, both scripts)
                    + "|uvod|uvodni deo|uvodni dio|увод|уводни део"
                    + "|úvod|úvodní část|úvodná časť"  # (Czech, Slovak)
                    + "|pagpapakilala|panimula"  # (Tagalog)
                    + "|pagpaila|pasiuna"  # (Cebuano)
                    # (Bengali, য় typed as one letter or as য and its dot)
                    + "|পরিচ(?:\u09df|\u09af\u09bc)(?: পর্ব)?|ভূমিকা",
    "consent": "consentimiento|consentement|einwilligung|zustimmung|toestemming|consenso|consentimento|zgoda|"
               "samtycke|samtykke|persetujuan|izin rekam|onay|izin|rıza|onam|aydınlatma|ridhaa|idhini|"
               "згода|згоди|согласие|согласия|xin phép ghi âm|xin phép|đồng ý ghi âm|sự đồng ý|ו?(?:ה)?הסכמה|"
               "رضایت(?:[\\s\u200c]?نامه)?|اجازه ضبط|" + greek_accents("συναίνεση|συγκατάθεση")
               # (Hungarian "hozzájárulás" is a contribution too, "Hozzájárulás a közös célhoz": consent only
               # beside the intro or as a title of its own)
               + "|beleegyezés|beleegyező nyilatkozat|(?<=és )hozzájárulás|hozzájárulás(?=\\s*(?:$|[&(:]|és\\s))"
               # (Romanian, ș ț with the comma below or the cedilla; "acord", an agreement, only beside the intro
               # or as a title of its own)
               + "|consim[țţ][aă]m[aâ]nt(?:ul)?|(?<=introducere [șş]i )acord(?:ul)?|(?<=introducerea [șş]i )acord(?:ul)?|(?<![^\\W\\d_]\\s)acord(?:ul)?(?=\\s*(?:$|[&(:]|[șş]i\\s))"
               + "|suostumus|suostumukset|nauhoituslupa|lupa nauhoittaa"  # (Finnish)
               + "|saglasnost|suglasnost|pristanak|сагласност|пристанак"  # (Serbian, Croatian, Bosnian)
               + "|souhlas(?: s nahráváním)?|súhlas(?: s nahrávaním)?"  # (Czech, Slovak)
               + "|pahintulot"  # (Tagalog)
               + "|সম্মতি(?:পত্র)?|অনুমতি",  # (Bengali)
    "warm-up": "calentamiento|rompehielos|échauffement|brise-glace|aufwärmen|aufwärmphase|einstieg|kennenlernen|"
               "opwarming|kennismaking|riscaldamento|rompighiaccio|aquecimento|quebra-gelo|rozgrzewka|"
               "uppvärmning|opvarmning|oppvarming|pemanasan|perkenalan|mencairkan suasana|ısınma|tanışma|"
               "buz kırma|знайомство|розминка|знакомство|разминка|làm quen|khởi động|ו?(?:ה)?(?:חימום|היכרות)|"
               "آشنایی|گرم[\\s\u200c]?کردن|یخ[\\s\u200c]?شکنی|" + greek_accents("γνωριμία|ζέσταμα|προθέρμανση")
               + "|bemelegítés|bemelegítő(?: kérdések)?|ráhangolódás|jégtörő|ismerkedés"
               + "|[îi]nc[aă]lzire|[îi]nc[aă]lzirea|cunoa[șş]tere|spargerea ghe[țţ]ii"  # (Romanian)
               + "|lämmittely|lammittely|tutustuminen|jäänmurtaja"  # (Finnish)
               + "|zagrevanje|zagrijavanje|upoznavanje|загревање|упознавање"  # (Serbian, Croatian, Bosnian)
               + "|rozehřátí|zahřátí|seznámení|zoznámenie"  # (Czech, Slovak)
               + "|ও(?:\u09df|\u09af\u09bc)ার্ম[- ]?আপ|শুরুর আলাপ",  # (Bengali)
    "closing": "cierre|despedida|conclusión|clôture|conclusion|abschluss|schluss|afsluiting|afronding|chiusura|"
               "conclusione|congedo|encerramento|fechamento|conclusão|zakończenie|avslutning|afslutning|avrunding|"
               "penutup|penutupan|kapanış|kapanis|bitiriş|kapatış|hitimisho|kumalizia|завершення|завершение|"
               "заключение|закриття|kết thúc|lời cảm ơn|ו?(?:ה)?(?:סיום|סגירה)|"
               # ("summary" only as a title of its own, or with the thanks: not "סיכום ההוצאות", a topic)
               r"(?:tổng kết|סיכום)(?=\s*(?:$|[&(]|và\b|ו))|"
               # ("پایان", the end, only as a title of its own: not "پایان اشتراک", the end of a subscription)
               r"جمع[\s\u200c]?بندی|جمعبندی|خاتمه|اختتامیه|پایان(?: مصاحبه| گفتگو)?(?=\s*(?:$|[&(]|و\s))|"
               + greek_accents("κλείσιμο|ολοκλήρωση|επίλογος|λήξη") + "|zárás|lezárás|befejezés|zárszó|búcsúzás|elköszönés"
               + "|[îi]ncheiere|[îi]ncheierea|[îi]nchidere|[îi]nchiderea|concluzii|mul[țţ]umiri"  # (Romanian)
               + "|lopetus|lopuksi|kiitokset"  # (Finnish)
               # (Serbian, Croatian, Bosnian: "kraj", the end, only as a title of its own or the interview's)
               + "|zavr[šs]etak|zaklju[čc]ak|zatvaranje|zahvala|zahvalnica|zavr[šs]ni d(?:e|ije)o|"
               + "kraj(?: intervjua| razgovora)?(?=\\s*(?:$|[&(:]|i\\s))|завршетак|закључак|захвала"
               + "|závěr|záver|zakončení|ukončení|rozloučení|poďakovanie|poděkování"  # (Czech, Slovak)
               + "|pagtatapos|pangwakas"  # (Tagalog)
               + "|সমাপ্তি|সমাপনী|উপসংহার|শেষ কথা|ধন্যবাদ জ্ঞাপন",  # (Bengali)
    "backup": "reserva|réserve|reserve|opcional|opcionales|optionnel|optionnelle|optionnelles|facultatif|"
              "facultatives|optioneel|optionale|opzionale|opzionali|facoltative|opcionais|opcjonalne|valfria|valgfrie|"
              "si (?:nos )?(?:queda|hay) tiempo|s'il reste du temps|wenn (?:noch )?zeit bleibt|"
              "als er (?:nog )?tijd is|se c'è tempo|se houver tempo|jeśli (?:starczy|zostanie) czasu|"
              "om det finns tid|om vi har tid|hvis der er tid|hvis det er tid|cadangan|opsional|jika (?:masih )?ada waktu|"
              "yedek|isteğe bağlı|opsiyonel|(?:zaman|vakit) kalırsa|dự phòng|nếu còn thời gian|"
              "אם (?:יש|נשאר|יישאר) זמן|שאלות גיבוי|"
              "(?:سوالات|سؤالات) (?:اضافی|ذخیره|رزرو)|اگر وقت (?:بود|ماند)|"
              + greek_accents(r"εφεδρικές ερωτήσεις|προαιρετικ\w*|αν (?:υπάρχει|μείνει|περισσέψει) χρόνος")
              + "|tartalék(?: kérdések)?|opcionális|ha (?:marad|van|jut) (?:még )?idő"
              + "|rezerv[aă]|op[țţ]ional(?:e)?|dac[aă] (?:mai )?r[aă]m[aâ]ne timp|[îi]ntreb[aă]ri de rezerv[aă]"  # (Romanian)
              + "|varakysymykset|valinnai(?:nen|set)|jos aikaa (?:jää|on|riittää)"  # (Finnish)
              + "|rezervna pitanja|opciono|opcionalno|neobavezno|ako (?:ostane|bude) vremena"  # (Serbian, Croatian, Bosnian)
              + "|резервна питања|опционо|ако остане времена"
              + "|ঐচ্ছিক|অতিরিক্ত প্রশ্ন|সম(?:\u09df|\u09af\u09bc) থাকলে",  # (Bengali)
}
_PART_ENGLISH = list(_PART_WORDS)
_PART_WORD = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<w{i}>{words})" for i, words in enumerate(_PART_WORDS.values()))
                        + r")(?![\w-])", re.I)
# the same in Japanese, Chinese and Korean, found inside a run of characters with no space
# between words ("はじめに・同意確認", "クロージング", "开场介绍", "마무리")
_CJK_PART_WORDS = {
    "welcome": "ようこそ|ご挨拶|挨拶|欢迎|歡迎|환영",
    "introduction": "はじめに|導入|イントロダクション|イントロ|趣旨説明|介绍|介紹|开场|開場|소개|도입|인트로|오프닝",
    "consent": "同意|동의",
    "warm-up": "ウォームアップ|アイスブレイク|自己紹介|热身|熱身|暖身|破冰|워밍업|아이스브레이킹",
    "closing": "クロージング|まとめ|おわりに|終わりに|結びに|结束|結束|收尾|总结|總結|마무리|맺음말",
    "backup": "予備|時間があれば|余裕があれば|备用|備用|时间允许|時間允許|예비|시간이 남으면",
}
# and in Thai, also written with no space between words ("1. เปิดการสนทนา", opening the conversation;
# "ปิดการสนทนา", closing it: "ปิด" not the end of "เปิด")
_THAI_PART_WORDS = {
    "welcome": "เปิดการสนทนา|เปิดการสัมภาษณ์|ทักทาย|กล่าวต้อนรับ",
    "introduction": "บทนำ|แนะนำตัว|แนะนำโครงการ",
    "consent": "ขออนุญาตบันทึก|ความยินยอม|ขอความยินยอม",
    "warm-up": "อุ่นเครื่อง|ทำความรู้จัก|ละลายพฤติกรรม",
    "closing": "(?<!เ)ปิดการสนทนา|(?<!เ)ปิดการสัมภาษณ์|ปิดท้าย|สรุปและขอบคุณ|กล่าวขอบคุณ",
    "backup": "คำถามสำรอง|ถ้ามีเวลา|หากมีเวลา(?:เหลือ)?",
}
# (both read inside a title, as these scripts write no space before the part's name)
_UNSPACED_PART_WORDS = {k: f"{v}|{_THAI_PART_WORDS[k]}" for k, v in _CJK_PART_WORDS.items()}
_CJK_PART_WORD = re.compile("|".join(f"(?P<w{_PART_ENGLISH.index(k)}>{v})" for k, v in _UNSPACED_PART_WORDS.items()))


def _labelled_prompt(line: str, part: str) -> str:
    """A "Prompt: friends, family, agencies" line keeps its label: a list of cues for the
    interviewer, which reads as a stray note without it; a prompt that is a question is asked."""
    if re.match(r"^\W*prompts?\b", line, re.I) and not _looks_like_question(part):
        return f"Prompt: {part}"
    return part


def english_title(title: str) -> str:
    def english(m: re.Match[str]) -> str:
        en = _PART_ENGLISH[int(m.lastgroup[1:])]
        return en[:1].upper() + en[1:] if m.group(0)[:1].isupper() else en
    return _CJK_PART_WORD.sub(lambda m: f" {english(m)} ", _PART_WORD.sub(english, title))


# (a condition on who is asked, "Returns (only if they returned something)", is not optional:
# it is timed for those it applies to)
_OPTIONAL_TITLE = re.compile(r"\b(?:optional|backup|back-up|spare|bonus|extra questions?|"
                             r"if (?:we have |there is |there's |you have )?(?:spare )?time|"
                             r"(?:if|when|as) time (?:allows|permits))\b", re.I)


@dataclass
class Guide:
    sections: list[GuideSection]
    title: str | None = None
    planned_minutes: int | None = None
    source_name: str | None = None
    markdown: str = ""
    # words the participants use themselves ("Their words: API, ARM"): not jargon for them
    terms: list[str] = field(default_factory=list)
    # what the guide says before its first section (a Notion callout: "Don't say we know they
    # stopped until Goal 2"): notes for the interviewer, kept for the kit and `guide show`
    notes: list[str] = field(default_factory=list)

    @property
    def questions(self) -> list[GuideQuestion]:
        return [q for s in self.sections for q in s.questions]

    @property
    def in_english(self) -> bool:
        """Whether the guide is written in English, read over all its questions and items: in a
        guide in another language only a question clearly in English is checked, so that its
        questions are all "not checked" alike rather than some given English verdicts."""
        return mostly_english([t for s in self.sections for q in s.items
                               for t in [q.text, *(f.text for f in q.followups)]])


# A guide that keeps off feelings: it says so ("Don't probe feelings", "No feelings probes", "Avoid
# asking how it made them feel"), or it has a distress protocol (a trauma-informed guide, which asks
# about what people did, not how it felt)
_OFF_FEELINGS = re.compile(r"\b(?:don't|don\u2019t|do not|never|no|avoid|without)\b(?!\s+(?:forget|hesitate|miss|fail))[^.;:]{0,30}?\b(?:prob\w*|ask\w*|dig\w*|"
                           r"push\w*|follow[- ]?ups?)\b[^.;:]{0,40}?\b(?:feel\w*|felt|emotion\w*)|"
                           r"\bno (?:feelings?|emotions?|emotional) (?:probes?|questions?|follow[- ]?ups?)\b", re.I)
_DISTRESS = re.compile(r"\b(?:distress|safeguarding|welfare|wellbeing|well-being) (?:protocol|procedure|plan|steps|"
                       r"guidance)\b|\bif (?:the )?(?:participant|interviewee|they) (?:becomes?|gets?|is|are) "
                       r"(?:upset|distressed)\b(?!\s+(?:about|with|by)\b)|"
                       # a guide that says it is trauma-informed, and the distress protocol in Ukrainian
                       # and Russian: "Якщо учасник(ця) засмутився(лася)", "Если участник расстроился"
                       r"\btrauma[- ]informed\b|(?<!\w)(?:якщо|коли) (?:учасни\w*|людина)(?:\(\w+\))? "
                       r"засмути\w*|(?<!\w)(?:если|когда) (?:участни\w*|человек)(?:\(\w+\))? расстро\w*", re.I)
# a probe of the bank's that asks about a feeling ("How did that make you feel?")
FEELING_PROBE = re.compile(r"\b(?:feel|feels|felt|feeling|feelings|emotions?|emotional)\b", re.I)


def keeps_off_feelings(guide: Guide) -> bool:
    """Whether the kit and the check should add no probes about feelings to this guide's questions:
    it says not to probe feelings, or it has a distress protocol. Its own questions and probes
    about feelings are kept as written; only the bank's are left out."""
    notes = [*guide.notes, *(n for s in guide.sections for n in s.notes),
             *(x.text for s in guide.sections for q in s.items for x in [q, *q.followups] if x.instruction)]
    return any(_DISTRESS.search(s.title) for s in guide.sections) \
        or any(_OFF_FEELINGS.search(n) or _DISTRESS.search(n) for n in notes)


def trauma_informed(guide: Guide) -> bool:
    """A guide with a distress protocol, or that says it is trauma-informed: the kit adds no
    closing that asks the participant to name others to talk to."""
    notes = [*guide.notes, *(n for s in guide.sections for n in s.notes),
             *(x.text for s in guide.sections for q in s.items for x in [q, *q.followups] if x.instruction)]
    return any(_DISTRESS.search(t) for t in [*(s.title for s in guide.sections), *notes])


def fitting_probes(guide: Guide, probes: list[str]) -> list[str]:
    """The bank's probes for one of the guide's questions, less those about feelings where the
    guide keeps off them (``keeps_off_feelings``)."""
    return [p for p in probes if not FEELING_PROBE.search(p)] if keeps_off_feelings(guide) else list(probes)


# A question the participant may leave unanswered, said to them ("You don't have to tell me", "only if
# you're comfortable")...
_THEIRS_TO_SHARE = re.compile(r"\b(?:you|they) (?:don't|don\u2019t|do not|needn't|need not) (?:have|need) to "
                              r"(?:answer|tell|say|share|talk|go into|discuss)\b|\byou (?:can|may) skip\b|"
                              r"\bonly if you(?:'re|\u2019re| are| feel| want| wish| would like)\b|"
                              r"\bif you(?:'re|\u2019re| are| feel) (?:comfortable|happy|ok|okay) "
                              r"(?:to )?(?:share|sharing|say|saying|tell|telling|talk|talking)\b", re.I)
# ...or marked for the interviewer in a note, a condition or brackets: "(optional)", "sensitive",
# "only if they raise it"
_HANDLE_GENTLY = re.compile(r"\b(?:optional|sensitive|sensitively|gently|don't push|do not push|don't probe|"
                            r"do not probe)\b|\bonly if (?:they|the participant|the tenant|the person|he|she)\s+"
                            r"(?:raises?|brings?|mentions?|wants?|wishes|offers?|volunteers?|is comfortable|"
                            r"are comfortable|seems?)\b", re.I)


def left_to_them(q: GuideQuestion, section: GuideSection | None = None) -> bool:
    """Whether the guide leaves this question to the participant: it tells them they need not
    answer ("…? You don't have to tell me."), or marks it optional or sensitive for the interviewer
    ("(optional)", "[only if they raise it]", a note under it, or, in its ``section``, a note before the
    section's first question or just before this one: "## Safety (8 min) / [only if they raise it]"). The
    kit and the check add none of the bank's probes to it: a generic "Tell me about the last time…" pushes
    on what the guide says not to push on. The guide's own probes are kept."""
    notes = [f.text for f in q.followups if f.instruction]  # "Only if you're comfortable sharing.", split off
    if any(_THEIRS_TO_SHARE.search(t) for t in [q.text, *notes]):
        return True
    marked = [q.condition or "", *re.findall(r"[(\[]([^)\]]{1,60})[)\]]", q.text), *notes]
    if section is not None:
        marked += section.notes[:section.lead_notes]
        at = next((k for k, item in enumerate(section.items) if item is q), 0)
        k = at - 1
        while k >= 0 and section.items[k].instruction:  # the items that ask nothing, just before it
            marked.append(section.items[k].text)
            k -= 1
    return any(_HANDLE_GENTLY.search(m) for m in marked)


class GuideIssueKind(StrEnum):
    GOAL_WITHOUT_QUESTIONS = "goal_without_questions"
    SECTION_WITHOUT_FOLLOWUPS = "section_without_followups"
    SECTION_WITHOUT_QUESTIONS = "section_without_questions"
    TOO_MANY_QUESTIONS = "too_many_questions"
    OVER_TIME = "over_time"  # the sections' own times add up to more than the planned length
    HARDEST_FIRST = "hardest_first"
    UNKNOWN_GOAL = "unknown_goal"


@dataclass
class GuideIssue:
    kind: GuideIssueKind
    message: str
    line: int | None = None
    section: str | None = None


@dataclass
class QuestionReport:
    section: str
    line: int
    check: QuestionCheck
    followup: bool = False  # a nested probe rather than a main question
    suggested_followups: list[str] = field(default_factory=list)
    condition: str | None = None  # "[only if they cancelled]": when to ask it, shown with it
    # checked through the English written under a question in another language (``checked_text``):
    # a rewrite is of that English, and the question as written needs the same change
    translated: bool = False
    # checked as written, with a translation the guide gives it: that translation needs the same change
    translation_too: bool = False


@dataclass
class GuideReport:
    guide: Guide
    questions: list[QuestionReport]
    issues: list[GuideIssue]
    goals: list[str] = field(default_factory=list)
    planned_minutes: int | None = None  # the length the check measured against (given, study's or guide's)
    # the guide's language where it is not English and one clearly leads ("German"), for saying
    # why its questions were not checked
    language: str | None = None
    # the study's goals (0-based) written in English beside a guide in another language with no English under some
    # of its questions, that no section is tied to: their words could not be compared with the sections', so they
    # are said to be not compared, not to have no question
    goals_not_compared: list[int] = field(default_factory=list)

    @property
    def problem_count(self) -> int:
        return sum(not q.check.ok for q in self.questions) + len(self.issues)

    @property
    def clean(self) -> bool:
        """Every question checked and no problem found: a guide whose questions could not be read
        (not in English) is not called clean, though nothing was found in it."""
        return self.problem_count == 0 and not self.unchecked

    @property
    def unchecked(self) -> int:
        """Questions and probes the checks could not read (not in English)."""
        return sum(not q.check.checked for q in self.questions)

    @property
    def none_checked(self) -> bool:
        """Not one question could be checked: a guide written in another language."""
        return bool(self.questions) and self.unchecked == len(self.questions)


# --------------------------------------------------------------------------------------------
# Parsing

_MD_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")  # up to three spaces before it, as in CommonMark
# A line that is bold and nothing else ("**Section 2: The first order (15 min)**") is how guides
# written in a word processor and exported to Markdown mark their sections; read it as a
# level-2 heading. Not a bold question ("**Why?**") and not a bold label with text after it.
_BOLD_HEADING = re.compile(r"^(\*\*|__)(?=\S)([^*_]+?)(?<=\S)\1\s*:?\s*$")
# A list item: "- …", "* …", the bullets a guide pasted from a word processor or a slide keeps
# ("• …", "◦ …", "▪ …", "– …"), "1. …", "2) …", "3   …" (a number set apart by spaces, as a
# plain-text script writes it), lettered sub-items ("a. …", "b) …"), and the
# question labels guides use ("Q3. …", "**Q4:** …", "Q5 - …", "Question 6: …", and a protocol's
# "**A1.** …", "B12) …" that number the questions part by part), with an optional task box.
_Q_LABEL = r"(?:\*\*|__)?(?:[A-Z]\d{1,3}|Question\s?\d{1,3})\s?[.:)\-\u2013\u2014](?:\*\*|__)?"
# A protocol's research-question tag before or after the text: "[RQ1]", "(RQ2/RQ3)", "[RQ3 context]"
_RQ_TAG = re.compile(r"\s*[\(\[]\s*RQ\s?(\d{1,2})\b[^)\]]{0,40}[\)\]]\s*", re.I)
_BULLETS = "-*+\u2022\u25e6\u25aa\u25ab\u2023\u2043\u25cf\u25cb\u25a0\u25a1\u25ba\u25b8\u27a2\u27a4\u2013\u2014"
_ITEM = re.compile(r"^(\s*)(?:[" + _BULLETS + r"]|\d{1,3}[.)]|\d{1,3}(?=\s{2,}\S)|[a-z][.)]|" + _Q_LABEL + r")\s+"
                   r"(?:\[[ xX]\]\s+)?(.*)$")
# A sub-numbered item ("1.1 What does a normal day look like?") is a probe under the main
# question before it, indented or not.
_SUB_ITEM = re.compile(r"^(\s*)\d{1,3}\.\d{1,2}[.)]?\s+(?:\[[ xX]\]\s+)?(.*)$")
# (the bold may close after the colon, as Notion writes "**Goal:** …", or before it)
# (the label in the languages guides are written in too: "Objetivo: 1", "Ziel: 2", "Cel: 1", the Hungarian
# "Cél: 1", "目標：1")
_GOAL_WORD = (r"(?:goals?|objetivos?|objectifs?|ziele?|doel(?:en)?|obiettiv[oi]|cel(?:e)?|c\u00e9l(?:ok)?|mål(?:et)?|目[標标]|ціль|мета|цель|เป้าหมาย|วัตถุประสงค์|"
              r"mục tiêu|tujuan|hedef|"  # (Vietnamese, Indonesian, Turkish: the kit's own labels, "Mục tiêu: 2")
              r"tavoite|tavoitteet|cilj(?:evi)?|циљ(?:еви)?|"  # (Finnish, and Serbian, Croatian, Bosnian: "Cilj: 1")
              r"c[ií]l(?:e)?|cie[lľ](?:e)?|"  # (Czech and Slovak: "Cíl: 1", "Cieľ: 2")
              r"هدف|" + greek_accents("στόχος|στόχοι|σκοπός") + "|"  # (Persian, Greek: "Στόχος: 3")
              r"লক্ষ্য|উদ্দেশ্য)")  # (Bengali: "লক্ষ্য: ২")
_GOAL_LINE = re.compile(r"^\s*(?:>\s*)?[*_]*\s*(?:research\s+)?" + _GOAL_WORD
                        + r"\s*[*_]*\s*[:\-–]\s*[*_]*\s*(.+?)[*_]*\s*$", re.I)
# The minutes as guides write them: "5 min", "5 mins", "5 minutes", and in the languages guides are
# written in, "5 Min." and "5 Minuten", "5 minutos", "5 minuti", "5 minut", "5 minuter", "5 mn", and the
# Indonesian "5 menit" (Malay "5 minit"), the Turkish "5 dk" ("5 dakika"), the Ukrainian "5 хв"
# ("5 хвилин") and the Russian "5 мин" ("5 минут"), the Vietnamese "5 phút", the Hebrew "5 דקות" ("5 דק'"),
# the Thai "5 นาที", the Persian "۵ دقیقه" (its ی typed as the Arabic ي too), the Greek "5 λεπτά" ("5 λεπ."),
# the Hungarian "5 perc" ("45 perces", a 45-minute call), and the singulars and plurals of the other
# languages that write the Latin word: "1 minuto", "5 minuta", "5 minút", "5 minuuttia", "5 minūtes", "5 minutės"
_MINUTES = (r"(?:(?:min(?:utes?|uten|utos?|uti|uter|utter|uty|uta|ut|út|uuttia|ūtes?|utės|it|s)?\.?|menit|dakika|dk\.?|"
            r"perc(?:es|et)?|mn\.?|m|"
            r"دقیقه|دقيقه|" + greek_accents(r"λεπτά|λεπτό|λεπ\.") + "|"
            r"хв(?:илин[аи]?)?\.?|мин(?:ут[аы]?)?\.?|phút|דקות|דקה|דק(?:'|\u05f3)(?=\W|$))(?!\w)|分(?:間|钟|鐘)?|분|นาที|"
            r"মিনিট(?:ের)?(?![\u0980-\u09ff]))")  # (Bengali: "(৫ মিনিট)", its digits read as any are)
_LENGTH_LINE = re.compile(
    r"^\s*(?:[^\w\s*_]+\s*)?[*_]*\s*(?:(?:planned|interview|session|call|total)\s+)?(?:length|duration|time|"
    r"dauer|gespr[äa]chsdauer|duraci[óo]n|dur[ée]e|duur|durata|dura[çc][ãa]o|czas trwania|l[äa]ngd|varighed|varighet|s[üu]re|durasi|"
    r"id[őo]tartam|id[őo]keret|"  # (Hungarian)
    r"kesto|trajanje|трајање|"  # (Finnish, and Serbian, Croatian, Bosnian)
    r"مدت(?: زمان)?(?: مصاحبه)?|" + greek_accents("διάρκεια") + r")\s*[*_]*"
    r"\s*[:\-–]\s*[*_]*"  # also after an emoji: "⏱️ **Session length:** 30 minutes"
    r"\s*(?:(?:about|approx(?:imately|\.)?|around|roughly|c\.|ca\.|etwa|unos|environ|circa|ongeveer|cerca de|"
    r"oko[lł]o|yakla[şs][ıi]k|sekitar|kb\.|k[öo]r[üu]lbel[üu]l|mintegy)\s+|~\s*)?(?:\d{1,3}\s*(?:[-\u2013]|to|bis|a|à)\s*)?(\d{1,3})\s*"
    + _MINUTES, re.I)  # a range: its upper end
_HEADING_GOAL = re.compile(r"\s*[\(\[{]\s*" + _GOAL_WORD + r"\s*[:#]?\s*([^)\]}]+)[\)\]}]\s*", re.I)
# A goal written after a heading's title without brackets: "4. Why monthly (10 min) Goal: Understand
# why…", "Retours – Objectif : comprendre…". The label is capitalised and stands after the title, so
# a heading about goals ("Research Goals: what we want to learn", "Goals and scope") is not one.
_INLINE_GOAL = re.compile(r"(?<=\S)\s+(?:[-\u2013\u2014|\u00b7]\s*)?[*_]*(?<!Research )(?<!Learning )(?<!Study )"
                          r"(?<!Project )(?<!Key )(?<!Main )(?<!Our )"
                          r"(?:Goal|Objective|Aim|Objetivo|Objectif|Ziel|Doel|Obiettivo|Cel|C\u00e9l|M\u00e5l|Ціль|Мета|Цель|Στ[οό]χος|"
                          r"Mục tiêu|Tujuan|Hedef|Tavoite|Cilj|Циљ|C[íi]l|Cie[lľ])[*_]*\s*:[*_]*\s+(\S.*)$")
# "(10 min)", "(~5 minutes)", "(approx. 5 min)", "(read out, 2 mins)", and a range "(5-7 min)", read
# as its upper end
_HEADING_MINUTES = re.compile(r"\s*[\(\[]\s*(?:[a-z][\w ]{0,30}[,;:]\s*)?"
                              r"(?:[~\u2248]\s*|(?:approx(?:imately|\.)?|about|around|c(?:a)?\.|etwa|unos|environ|circa|ongeveer|"
                              r"oko[lł]o|kb\.|k[öo]r[üu]lbel[üu]l)\s*)?"
                              r"(?:\d{1,3}\s*[-\u2013]\s*)?(\d{1,3})\s*" + _MINUTES + r"\s*"
                              r"[\)\]]\s*|"
                              # "Intro - 5 minutes", "Closing: 3 min" at the end of the heading, or
                              # before a short note in brackets ("Intro — 3 min (all)")
                              r"(?:\s*:|\s+[-\u2013\u2014])\s*(?:~\s*|(?:about|around|approx\.?|c(?:a)?\.|etwa|unos|environ|circa)\s+)?"
                              r"(?:\d{1,3}\s*[-\u2013]\s*)?(\d{1,3})\s*"
                              + _MINUTES + r"\s*(?=(?:\([^)]{1,20}\)\s*)?$)", re.I)
# "Probe: What happened next?", "Follow-ups: Why? / What did you do?", "→ How did it feel?":
# the probes written on their own line under a question, as many guides do instead of nesting.
_PROBE_LINE = re.compile(
    r"^\s*(?:[*_]*(?:probes?|follow[- ]?ups?|prompts?)[*_]*\s*[:\-–][*_]*|→|->|=>)\s*(.+)$", re.I)
# A heading or table column of questions not to ask: "Don'ts", "Avoid", "Bad questions",
# "Questions to avoid", "Instead of".
_NOT_TO_ASK = re.compile(r"^\W*(?:don'?ts?|don't ask|avoid|bad (?:questions?|examples?)|questions to avoid|"
                         r"what not to ask|never ask|instead of|anti-?patterns?|mistakes)\b|"
                         # a title that says it is not said to the participant: "(do not read out)"
                         r"\b(?:do not|don't|not to be|never) read(?: (?:it|this))?(?: out| aloud)?\b|"
                         # the same in the languages guides are written in: "(не зачитувати)", "(не
                         # зачитывать)", "(nie czytać)", "(nicht vorlesen)"
                         r"(?<!\w)(?:не (?:зачитувати|зачитывать|читати вголос|читать вслух)|nie czyta[cć]|"
                         r"nicht vorlesen)(?!\w)|"
                         r"\b(?:for (?:the )?(?:interviewer|moderator|facilitator|researcher)s?|"
                         r"(?:interviewer|moderator|facilitator|researcher)s?)(?:'s?)? (?:eyes )?only\b", re.I)
# a row of a Markdown table ("| 1 | How do you plan? | What happened next? |")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
# a label that opens a list of probes for the question before it: "Probes:", "Listen, then
# probe:", "**Follow-up probes**:"
_PROBE_LABEL = re.compile(r"^\s*[*_]*(?:(?:listen|then|and)[, ]+)*(?:(?:follow[- ]?up|refinement|further|"
                          r"possible|suggested|optional|extra|more|additional|useful|deeper)\s+)?"
                          r"(?:probes?|follow[- ]?ups?|prompts?)(?: to use)?"
                          # "Probe only if needed", "Prompts (as needed)", "Probes, if time allows"
                          r"(?:,?\s*\(?(?:only\s+)?(?:if|as|when)\s+(?:needed|necessary|time allows|time permits|"
                          r"relevant|useful|there is time)\)?|\s*\(optional\))?"
                          r"[*_]*\s*:?\s*[*_]*\s*:?\s*$", re.I)
# Any short bold label ending in a colon ("**Wrap-up Question:**", "**Referrals:**"): over a
# quoted question, it names the question, not a section
_LABEL_LINE = re.compile(r"^\s*(?:\*\*|__)[^*_]{2,60}:\s*(?:\*\*|__)\s*$|^\s*(?:\*\*|__)[^*_]{2,60}(?:\*\*|__):\s*$")
# A label over the question it introduces, in bold on a line of its own: "**Ask**", "**Main
# Question 1.1:**", "**Ice-breaker:**" (the question follows, often quoted or in a blockquote)
_ASK_LABEL = re.compile(r"^\s*(?:\*\*|__)\s*(?:ask|say|what (?:you|to) (?:say|ask)|(?:main|key|core|opening|"
                        r"lead|primary|central) question(?:\s*[\d.]+)?|question\s*[\d.]+|ice[- ]?breaker)"
                        r"\s*:?\s*(?:\*\*|__)\s*:?\s*$", re.I)
# "Their words: API, ARM, .NET" — the audience's own vocabulary, which the jargon check spares
_TERMS_LINE = re.compile(
    r"^\s*(?:>\s*)?[*_]*\s*(?:their (?:own )?words|participants'? (?:own )?words|audience terms|terms they use|"
    r"known terms)\s*[*_]*\s*[:\-–]\s*[*_]*\s*(.+?)[*_]*\s*$", re.I)


# who is interviewed: "Participants: …", "**Audience:** …", "Target users: …"
_AUDIENCE_LINE = re.compile(r"^\s*(?:[-*+]\s+)?[*_]*\s*(?:participants?|audience|target (?:users|participants|audience)|"
                            r"who we(?:'re| are) (?:talking|speaking) (?:to|with)|recruit(?:ing|ment)?)\s*[*_]*\s*:", re.I)
_KEY_LINES = (_GOAL_LINE, _LENGTH_LINE, _PROBE_LINE, _TERMS_LINE)


_BRACKETED_NOTE = re.compile(r"^\s*[(\[]\s*(?:notes?|nb|n\.b\.)\b", re.I)


def _heading_of(line: str) -> tuple[int, str] | None:
    """(level, text) of a Markdown heading, or of a bold line standing as a level-2 one."""
    m = _MD_HEADING.match(line)
    if m:
        return len(m.group(1)), m.group(2)
    b = _BOLD_HEADING.match(line.strip())
    if b and not b.group(2).rstrip().endswith("?") and not _ITEM.match(line) and not _PROBE_LABEL.match(line) \
            and not _ASK_LABEL.match(line) \
            and not _BRACKETED_NOTE.match(b.group(2)):  # "**(Note for Sam: …)**" is a note, not a section
        return 2, b.group(2).strip()
    return None


def _plain_headings(lines: list[str]) -> list[str]:
    """A guide pasted from a document without Markdown headings ("Warm-up", then bullets): a
    short line standing alone before a list, not a question or a sentence, is read as a
    section heading. Only when the guide has no headings of its own beyond a title, so a
    Markdown guide's notes before a list stay notes."""
    numbered = [i for i, ln in enumerate(lines) if _numbered_capitals(lines, i)]
    timed = {i: h for i in range(len(lines)) if (h := _timed_label(lines, i))}
    heads = [h for ln in lines if (h := _heading_of(ln))]
    own = [text for _, text in heads]
    # at the level of the sections it has ("=====" rules make level-1 ones)
    level = min((lv for lv, k in Counter(lv for lv, _ in heads).items() if k >= 2), default=2)
    # an outline whose headings are all in capitals ("PART 1 – WELCOME (3 min)" over and under
    # a rule) names its other sections in capitals too ("WHO", "WHAT WE WANT TO FIND OUT")
    shouted = all(re.sub(r"[^A-Za-z]", "", _capitals(t)).isupper() for t in own)
    if len(own) > 1 and not shouted:
        # beside headings of its own ("Study aim" over "-----"), an outline's numbered sections
        # in capitals are still sections when there are several of them
        out = list(lines)
        for i in numbered if len(numbered) >= 2 else []:
            out[i] = "## " + lines[i].strip().rstrip(":").strip()
        for i, heading in timed.items():
            out[i] = heading
        return out
    out = list(lines)
    for i, ln in enumerate(lines):
        if i in timed:
            out[i] = timed[i]
            continue
        text = ln.strip().rstrip(":").strip()
        # a plain-text outline names its sections in capitals ("WARM UP (5 mins)", "WHO",
        # "00:15   MISSED APPOINTMENTS   [branch M only]"), over a list, a note or indented prose
        capitals = _capitals(text)
        shouting = capitals.isupper() and bool(re.search(r"[A-Z]{2,}", capitals))
        words = (capitals if shouting else _HEADING_MINUTES.sub(" ", text)).split()  # "Warm-up (5 min)"
        if i in numbered:
            out[i] = "#" * level + " " + text
            continue
        if (not text or ln[:1].isspace() or _heading_of(ln) or _ITEM.match(ln)
                or _SUB_ITEM.match(ln) or _TABLE_ROW.match(ln) or text.endswith(("?", ".", "!"))
                or not 0 < len(words) <= 8 or any(rx.match(ln) for rx in _KEY_LINES)
                or (i > 0 and lines[i - 1].strip())):
            continue
        after = next((x for x in lines[i + 1:] if x.strip()), "")
        if _ITEM.match(after) or _SUB_ITEM.match(after) or shouting and (after or _TIME_CODE.match(text)):
            first = shouting and not any(x.strip() for x in lines[:i])  # the first, in capitals: the title
            out[i] = ("# " if first else "#" * level + " ") + text
    return out


# "Arranging things with us (15 minutes) – this is the part the team cares about:": a section's
# name and time, with a note to the interviewer after them, over what it holds
_TIMED_LABEL = re.compile(r"^((?:\d{1,2}[.)]\s+)?[A-Z][^:?()\[\]]{1,50}?)\s*\((?:about |around |~)?(\d{1,3})\s*"
                          + _MINUTES + r"\)\s*(?:[-\u2013\u2014]\s*([^\[\]]*?))?\s*(:?)\s*$")


def _timed_label(lines: list[str], i: int) -> str | None:
    """The line as a heading when it is a section's timed label standing alone: with a colon,
    numbered ("1. Warm-up (5 min)"), or over something set in (a list, a quotation, indented
    lines)."""
    m = _TIMED_LABEL.match(lines[i])
    if not m or i > 0 and lines[i - 1].strip() or len(m.group(1).split()) > 8:
        return None
    after = next((x for x in lines[i + 1:] if x.strip()), "")
    if not m.group(4) and not re.match(r"\d", m.group(1)) \
            and not (after[:1].isspace() or _ITEM.match(after) or after.lstrip()[:1] in "\"\u201c>"):
        return None
    note = f" [{m.group(3)}]" if m.group(3) else ""
    return f"## {m.group(1).strip()} ({m.group(2)} min){note}"


def _capitals(text: str) -> str:
    """A heading's words without its notes in brackets or a running time before it, to see
    whether it is written in capitals."""
    return _TIME_CODE.sub("", re.sub(r"[\(\[][^)\]]*[\)\]]", "", text))


def _numbered_capitals(lines: list[str], i: int) -> bool:
    """"2. WARM UP (5 MIN)": a numbered line in capitals, standing alone, names an outline's
    section."""
    ln = lines[i]
    text = ln.strip().rstrip(":").strip()
    capitals = _capitals(text)
    return bool(re.match(r"^\d{1,2}[.)]\s+\S", text)) and capitals.isupper() \
        and bool(re.search(r"[A-Z]{2,}", capitals)) and not ln[:1].isspace() \
        and 0 < len(capitals.split()) <= 8 and (i == 0 or not lines[i - 1].strip())


# a script's running time in the margin before a heading ("00:15   MISSED APPOINTMENTS"): hours
# and minutes into the call
_TIME_CODE = re.compile(r"^\s*(\d{1,2}):(\d{2})(?:\s*[-\u2013\u2014]\s*\d{1,2}:\d{2})?\s+(?=[^\s\-\u2013\u2014])")
_BLOCKQUOTE = re.compile(r"^(\s*)>\s?")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_BOLD_QUESTION = re.compile(r"^\s*(\*\*|__)(?=\S)([^*_]+?\?|(?:tell|walk|talk|take) (?:me|us)\b[^*_]+?|"
                            r"(?:describe|explain) (?:the|your|a|an|how|what|when|where)\b[^*_]+?)[\"\u201d]?\1\s*$",
                            re.I)  # also an ask in the imperative: "**Tell me about your last visit.**"
# sections whose "?" lines are the study's own questions, not the interview's
_NOT_INTERVIEW = re.compile(r"\b(?:research questions?|goals?|objectives?|hypothes[ie]s|background|purpose|"
                            r"what we want to learn|learning goals?|tips?|notes? for|about (?:this|the) "
                            r"(?:study|research))\b", re.I)


_ASKED_IN_PROSE = re.compile(r"\b(?:ask(?:ing)?|move on to|go on to|finish with|end with|start with)\s+(?:them\s+)?"
                             r"[\"\u201c]([^\"\u201c\u201d]+\?)[\"\u201d]", re.I)
_CONDITION_ITEM = re.compile(r"^(?:if|only if|when|where|for (?:those|people|participants|anyone|customers|users))\b"
                             r"[^?]*:$", re.I)
# "INTERVIEWER: Tell me about your job.": a script's speaker label before what is said
_SPEAKER_LABEL = re.compile(r"^(\s*)(?:\*\*|__)?(?:interviewer|moderator|facilitator|researcher|int|mod|q)"
                            r"(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(?=\S)", re.I)
# ...but a name after the label is who runs the call ("Interviewer: Priya Sharma · Note-taker: Ben Cho"),
# not words the interviewer says
_WHO_RUNS_IT = re.compile(r"^[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}\s*(?:$|[\u00b7|/,;(]|\s[\u2013\u2014-]\s)")
_QUOTED_QUESTION = re.compile(r"^(\s*)[\"\u201c]([^\"\u201c\u201d]+\?)[\"\u201d](\s*\([^()]*\))?\s*$")


def _normalise(lines: list[str]) -> tuple[list[str], set[int]]:
    """Shapes guides come in, written the way the parser reads them, line for line (so line
    numbers hold): a blockquote's text is read as the text; "-What…?" and "Ask: What…?" are list
    items; a question in bold on its own line ("**What did you do next?**") is a main question;
    and in a section without list items (a guide pasted as plain lines, a script written as
    paragraphs) each line ending in "?" is a question. Also returns the (1-based) numbers of
    the lines that are main questions whatever list comes before them (the bold ones, the
    paragraph ones)."""
    out = []
    mains: set[int] = set()
    html_depth = 0  # how deep in raw HTML lists (<ul><li>…) a guide pasted from a web page is
    # a brief that writes each question as a quotation on its own line ('  "How did you choose a
    # funeral director?"'), its follow-ups on dashed lines under it
    quoting = sum(bool(_QUOTED_QUESTION.match(ln)) for ln in lines) >= 3
    under_bold = False  # on the lines right under a question in bold
    # the guide's header lines: above its first section's heading (after a title's "# …"), where it has one
    heads = [(n, h[0]) for n, ln in enumerate(lines, 1) if (h := _heading_of(ln))]
    sections_from = next((n for i, (n, level) in enumerate(heads) if level >= 2 or i), 0)
    for n, ln in enumerate(lines, 1):
        speaker = _SPEAKER_LABEL.match(ln)
        if speaker and _WHO_RUNS_IT.match(_clean_inline(ln[speaker.end():])):
            speaker = None  # "**Interviewer:** Priya Sharma · **Note-taker:** Ben Cho": who runs the call, a header line
        if speaker and n < sections_from and not _looks_like_question(_clean_inline(ln[speaker.end():])):
            # "Interviewer: field research team. Language: …" above the first section: who runs the call and
            # how, a header line kept whole with its label, not words of a script
            speaker = None
        if speaker:
            said_text = ln[speaker.end():]
            if _looks_like_question(_clean_inline(said_text)):
                out.append(f"{speaker.group(1)}- {said_text}")
                mains.add(n)
                continue
            ln = speaker.group(1) + said_text  # what the interviewer says, not asks: the script
        said = _QUOTED_QUESTION.match(ln) if quoting else None
        if said:
            out.append(f"{said.group(1)}- {said.group(2)}{said.group(3) or ''}")
            mains.add(n)
            continue
        quoted = bool(re.match(r"^\s*(?:>|[\"\u201c])", ln))  # a blockquote or a quoted line, as written
        ln = _BLOCKQUOTE.sub(r"\1", ln)
        if re.search(r"<(?:ul|ol|li)\b", ln, re.I) or html_depth and re.search(r"</(?:ul|ol)>", ln, re.I):
            raw_line = ln
            item = re.search(r"<li\b[^>]*>(.*?)(?:</li>|$)", raw_line, re.I)
            html_depth += len(re.findall(r"<(?:ul|ol)\b", raw_line[: item.start()] if item else raw_line, re.I))
            ln = "  " * max(0, html_depth - 1) + "- " + item.group(1).strip() if item and item.group(1).strip() else ""
            after = raw_line[item.end():] if item else raw_line
            html_depth = max(0, html_depth - len(re.findall(r"</(?:ul|ol)>", after, re.I)))
        if re.fullmatch(r"\s*(?:</?[a-zA-Z][^>]*>\s*)+", ln):
            ln = ""  # a line of tags alone ("<table>", "   </td>") says nothing
        ln = re.sub(r"^(\s*)-(?=[A-Za-z\"\u201c])(?=.*\?\s*[\"\u201d]?\s*$)", r"\1- ", ln)
        ln = re.sub(r"^(\s*)(?:ask|say)\s*:\s*(?=.*\?\s*[\"\u201d]?\s*$)", r"\1- ", ln, flags=re.I)
        if re.match(r"^[A-Z]{2,3}:\s+\S", ln) and not _ITEM.match(ln):
            ln = f"[{ln.strip()}]"  # "JS: make this optional?": a colleague's comment, by initials
        bq = _BOLD_QUESTION.match(ln)
        if under_bold and ln.strip() and not bq and not (_heading_of(ln) or _ITEM.match(ln) or _SUB_ITEM.match(ln)
                                                          or _TABLE_ROW.match(ln) or ln[:1].isspace()):
            ln = "    - " + ln.strip()  # the plain lines under a question in bold: its probes
        elif not ln.strip():
            under_bold = False
        if bq and not _ITEM.match(ln):
            ln = "- " + bq.group(2)
            mains.add(n)
            under_bold = True
        # the question under an ask label ("**Main Question 1.1:**", then '> "Tell me about…"')
        label = next((i for i in range(len(out) - 1, -1, -1) if out[i].strip()), None)
        if label is not None and quoted and _LABEL_LINE.match(out[label]) and ln.strip() \
                and not _looks_like_question(_clean_inline(ln)):
            # "**Scenario (read aloud):**" over a quoted scenario labels what to read out: a note
            out[label] = _clean_inline(out[label])
        if label is not None and (_ASK_LABEL.match(out[label]) or quoted and _LABEL_LINE.match(out[label])) \
                and ln.strip() and not _ITEM.match(ln) and not _heading_of(ln) \
                and _looks_like_question(_clean_inline(ln)):
            if not _ASK_LABEL.match(out[label]):
                out[label] = ""  # "**Referrals:**" over a quoted question labels it; it is not a section
            ln = "- " + ln.strip()
            mains.add(n)
        out.append(ln)
    out = _plain_headings(out)
    headings = [i for i, ln in enumerate(out) if _heading_of(ln)]
    section_level = 0  # the level of the last heading that names a section
    levels = Counter(_heading_of(out[a])[0] for a in headings)
    top = min((lv for lv, k in levels.items() if k >= 2), default=0)  # the sections' level, not the title's
    for k, a in enumerate(headings):
        # a guide that writes each question as a heading ("# What is the biggest problem right
        # now?") with nothing listed under it: the heading is the question. So is a question one
        # level below its section's heading ("### Tell me about the last time…" under "# Everyday
        # use"), with its follow-ups listed under it.
        level, text = _heading_of(out[a])
        text = _clean_inline(text)
        end = headings[k + 1] if k + 1 < len(headings) else len(out)
        listed = [i for i in range(a + 1, end) if _ITEM.match(out[i]) or _SUB_ITEM.match(out[i])]
        # (a numbered heading, "### 2. Why interview users?", names a part of a document)
        below = 0 < section_level < level and top < level and not re.match(r"^\s*\d{1,2}[.)]\s", text)
        # (the guide's title above its sections asks its research question: "# Guide: why do buyers drop out?")
        titled = k == 0 and 0 < top and level < top
        if _looks_like_question(text) and (not listed or below) and not titled \
                and (_sentences_after_first_question(text)[0].endswith("?") or below):
            out[a] = "- " + text
            mains.add(a + 1)
            for i in listed:
                out[i] = "    " + out[i]  # its follow-ups
        else:
            section_level = level
    headings = [i for i, ln in enumerate(out) if _heading_of(ln)]
    bounds = [0, *headings, len(out)]
    for a, b in zip(bounds, bounds[1:]):
        title = _heading_of(out[a])[1] if a in headings else None
        if title is None and headings:
            continue  # the lines before the first heading are notes when the guide has headings
        body = range(a + 1 if title is not None else a, b)
        if any(_ITEM.match(out[i]) or _SUB_ITEM.match(out[i]) or _TABLE_ROW.match(out[i]) for i in body):
            # (a participant's "Background" asks about them; research questions and tips do not)
            if title is None or not _NOT_INTERVIEW.search(re.sub(r"\bbackground\b", "", title, flags=re.I)):
                _question_paragraphs(out, body, mains)
            continue
        if title is not None and _NOT_INTERVIEW.search(title):
            continue
        for i in body:
            ln = out[i]
            if ln.strip().endswith("?") and not ln[:1].isspace() \
                    and not any(rx.match(ln) for rx in _KEY_LINES):
                out[i] = "- " + ln.strip()
                mains.add(i + 1)
    return out, mains


# An ask addressed to the participant, after a label or a lead-in: "To start off, tell me about…",
# "You've used it for a few weeks now. Show me how you…", "A4. Talk me through a normal day."
_ADDRESSED_ASK = re.compile(r"^(?:[A-Z]?\d{1,2}[.)]\s+)?(?:[^?!\"\u201c]{2,120}?(?:[,.:]|\s[-\u2013\u2014])\s+)?"
                            r"(?:please\s+)?(?:tell|talk|walk|take|describe|show|explain)\s+(?:me|us)\s+"
                            r"(?!when you(?:'re| are) ready)(?:about|more|a bit|a little|how|what|why|when|where|who|which|"
                            r"through|a|an|the|your|something|anything)\b", re.I)  # not "tell us if you get stuck"


def _question_paragraphs(out: list[str], body: range, mains: set[int]) -> None:
    """In a section with lists, a paragraph that is a question ("What interests you about
    mining?" on a line of its own) is a main question, and a list right under it holds its
    probes: written in place as an item with nested items."""
    for i in body:
        ln = out[i]
        if not ln.strip() or ln[:1].isspace() or _ITEM.match(ln) or _SUB_ITEM.match(ln) or _TABLE_ROW.match(ln) \
                or _heading_of(ln) or any(rx.match(ln) for rx in _KEY_LINES) or _PROBE_LABEL.match(ln) \
                or _ASK_LABEL.match(ln):
            continue
        text = re.sub(r"\s*(?:_\[[^\]]*\]_|\[[^\]]*\]|_\([^)]*\)_|\([^)]*\))\s*$", "", _clean_inline(ln))  # a note after it
        # a question, or an ask addressed to the participant ("To start off, tell me about…",
        # "You've used it for a while now – show me how you…")
        if not (text.endswith("?") and _looks_like_question(text) or _ADDRESSED_ASK.match(text)
                or OTHER_LANGUAGE_ASK.match(text) and not OTHER_LANGUAGE_SESSION_NOTE.search(text)):
            continue
        out[i] = "- " + ln.strip()
        mains.add(i + 1)
        if runs_the_session(text):
            continue  # the consent ask or a check-in ending the intro script takes no probes: the list after it is the section's own
        j = i + 1
        while j < body.stop and (not out[j].strip() or _ITEM.match(out[j]) or _SUB_ITEM.match(out[j])) \
                and not re.match(r"\s*" + _Q_LABEL, out[j]):  # "A4. Talk me…" is a question of its own
            if out[j].strip() and not out[j][:1].isspace():
                out[j] = "  " + out[j]  # the list under the question: its probes
            elif not out[j].strip() and not any(_ITEM.match(out[k]) for k in range(j + 1, min(j + 2, body.stop))):
                break
            j += 1


def _listed_minutes(sections: list[GuideSection]) -> None:
    """A list of timings kept apart from the sections ("Rough timings: Intro - 3 min, The
    decision - 10 min"): each section named there, and not timed in its heading, gets its minutes."""
    by_title = {_plain_title(s.title): s for s in sections}
    for s in sections:
        if not re.search(r"\b(?:timings?|timing plan|agenda|schedule|running order)\b", s.title, re.I):
            continue
        for line in s.notes + [q.text for q in s.items]:
            m = re.fullmatch(r"(.{2,50}?)\s*[-\u2013\u2014:]\s*(?:~\s*)?(\d{1,3})\s*" + _MINUTES + r"\.?",
                             line.strip(), re.I)
            target = by_title.get(_plain_title(m.group(1))) if m else None
            if target is not None and target is not s and target.minutes is None:
                target.minutes = int(m.group(2))


def _plain_title(title: str) -> str:
    """ "INTRO (you read this out)" and "Intro" name the same section."""
    return re.sub(r"\s+", " ", re.sub(r"\([^)]*\)|\[[^\]]*\]|[^\w\s]", " ", title)).strip().lower()


def _bracket_tag(text: str) -> tuple[str, str | None]:
    """A condition or a tag in brackets before a question ("[if they mention a late collection]
    Why…?", "[D] Why…?"): (the question, the tag as a note for it)."""
    tagged = re.match(r"^\[([^\]]{1,60})\]\s+(\S.*)$", text)
    if tagged and _looks_like_question(tagged.group(2)) and not re.fullmatch(r"[ xX]", tagged.group(1)):
        return tagged.group(2), f"[{tagged.group(1)}]"
    return text, None


def _add_note(section: GuideSection, text: str) -> None:
    section.notes.append(text)
    section.note_at.append(len(section.items))
    if not section.items:
        section.lead_notes = len(section.notes)


def _split_probes(text: str) -> list[str]:
    """Several probes written in one place: "What happened? / Who helped?", "Why; how long",
    "Why there? How long?", table cells broken with <br>."""
    parts = re.split(r"\s+/\s+|\s*;\s*|\s*<br\s*/?>\s*|(?<=\?)\s+(?=\S)", text)
    # quotes around the whole run ('"What would make it a 10? What would make it a 1?"')
    return [p.strip().strip('"\u201c\u201d').strip() if p.count('"') + p.count("\u201c") + p.count("\u201d") == 1
            else p.strip() for p in parts if p.strip()]


def _clean_inline(text: str) -> str:
    # Markdown's escapes and a hard line break's backslash, as a pandoc export writes them; an
    # escaped "*" or "_" is kept as written, not read as emphasis
    text = re.sub(r"\\\s*$", "", text).replace("\\*", "\x00").replace("\\_", "\x01")
    # a blank to fill in ("my name is ____,"): a run of underscores touching no word, not emphasis
    text = re.sub(r"(?<![\w*])_{2,}(?![\w*])", lambda m: "\x01" * len(m.group(0)), text)
    text = re.sub(r"\\([\\`{}\[\]()#+\-.!|=<>])", r"\1", text)
    t = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    t = re.sub(r"(?<!\w)[*_](\S.*?)[*_](?!\w)", r"\1", t).replace("\x00", "*").replace("\x01", "_")
    t = re.sub(r"<!--.*?-->|\[\^[^\]]{1,30}\]", "", t)  # and a footnote's mark: "[^legal]"
    t = re.sub(r"</?(?:em|strong|b|i|u|span|p|a|td|tr|li|ul|ol)\b[^>]*>|</?\w+$", "", t, flags=re.I)  # raw HTML
    t = re.sub(r"\s+", " ", t).strip()
    # a question written in quotes, as many guides quote what to say: '"What happened next?"'
    q = re.fullmatch(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]", t)
    # ...but a script in quotes, read out word for word, keeps them as written: three sentences or more
    # (not a question with its lead-in, '"Thanks for your time. Any questions for me?"')
    return q.group(1).strip() if q and len(re.findall(r"[.!?](?=\s+\S)", q.group(1))) < 2 else t


def _wholly_quoted(line: str) -> bool:
    """A line in quotation marks from end to end ('"Hello, my name is ____, …"'), a script to say as written."""
    t = re.sub(r"^[\s*_>]+|[\s*_]+$", "", line)
    return len(t) > 2 and t[:1] in "\"\u201c" and t[-1:] in "\"\u201d"


_NUMBER_MARK = re.compile(r"\s*(\d{1,3}(?:\.\d{1,2})?[.)]?|[a-z][.)])\s")
_NUMBER_LABEL = re.compile(r"(?:\*\*|__)?((?:[A-Z]|Q(?:uestion)?\s?)\d{1,3})\s?[.:)\-\u2013\u2014]")


# a guide that says it writes another version of each question in italics under it ("Easy-read
# version of each question is in *italics* under it", "Plain-language wording in italics"): such a
# line is that version, said in the question's stead, not a probe and not the question carried on
_VERSIONS_IN_ITALICS = re.compile(
    r"\b(?:easy[- ]?read|plain[- ](?:language|english|words?)|simpler|simplified|alternative|translat\w+)\b"
    r"[^.\n]{0,60}\bitalics?\b|\bitalics?\b[^.\n]{0,60}\b(?:easy[- ]?read|plain[- ](?:language|english|words?)|"
    r"simpler|simplified|alternative|translat\w+)\b", re.I)


def _italic_version(raw: str) -> str | None:
    """The words of a line in italics from end to end (``*What help do you get?*``), else None."""
    m = re.fullmatch(r"\s*(\*|_)(?!\1)(\S(?:.*\S)?)\1\s*", raw)
    return _clean_inline(m.group(2)) if m else None


def _quoted(line: str) -> bool:
    """A line of a blockquote ("> Note to interviewer: …"): a quote begun or ended is a paragraph of its own."""
    return line.lstrip().startswith(">")


def _add_paragraph(notes: list[str], para: str, goes_on: bool) -> None:
    """A line of prose: a new note, or the rest of the paragraph the line before began."""
    if goes_on and notes:
        notes[-1] = f"{notes[-1]} {para}"
    else:
        notes.append(para)


def _number_of(raw: str, body: str) -> str | None:
    """The number a list item is given in the guide: its numbered list marker ("7.", "b)",
    "1.2") or a question label after a bullet ("- Q7 – How…"); None for a plain bullet."""
    mark = _NUMBER_MARK.match(raw)
    if mark:
        return mark.group(1)
    label = _NUMBER_LABEL.match(body)
    return label.group(1) if label else None


def _renumber(items: list[GuideQuestion]) -> None:
    """Markdown numbers an ordered list by its first number ("1." on every line reads 1, 2,
    3…), so where a list's plain numbers do not go up, they are counted as a renderer would."""
    plain = [q for q in items if q.number and re.fullmatch(r"\d{1,3}[.)]", q.number)]
    values = [int(q.number[:-1]) for q in plain if q.number]
    if len(plain) > 1 and any(b <= a for a, b in zip(values, values[1:])):
        for k, q in enumerate(plain):
            q.number = f"{values[0] + k}{plain[0].number[-1] if plain[0].number else '.'}"
    for q in items:
        _renumber(q.followups)


def _indent_width(ws: str) -> int:
    return len(ws.replace("\t", "    "))


# Chinese and Japanese write the question and exclamation marks, brackets, colons and digits full
# width ("いつですか？", "（１５分）"): read as NFKC reads them, so questions and minutes are found as
# in any other guide.
_WIDE_MARKS = str.maketrans({"\uff1f": "?", "\uff01": "!", "\uff08": "(", "\uff09": ")", "\uff1a": ":",
                             **{chr(0xFF10 + d): str(d) for d in range(10)},
                             # the Arabic and Persian question mark ("…می‌خرید؟"), the Greek one (U+037E)
                             "\u061f": "?", "\u037e": "?"})
# Greek writes its question mark as a semicolon, most often the plain ";" ("Πού ψάξατε πρώτα;"): in a
# line written mostly in Greek letters, a ";" that ends a sentence is its question mark (a line in
# English that ends a clause with ";" has no Greek letters and keeps it)
_GREEK_LETTER = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_QUESTION_MARK = re.compile(r"(?<=[^\s;]);(?=[\s*_\"\u201d\u00bb)]*(?:\s|$))")


def _read_marks(text: str) -> str:
    """``text`` with the marks of other scripts read as the parser reads them: full width as NFKC
    reads it ("？", "（１５分）"), "؟" and the Greek ";" as "?"; each mark stays one character, so
    ``as_written`` puts them back where the guide has them."""
    text = text.translate(_WIDE_MARKS)
    if ";" not in text:
        return text

    def greek(line: str) -> str:
        latin = len(re.findall(r"[A-Za-z]", line))
        if ";" in line and len(_GREEK_LETTER.findall(line)) > latin:
            return _GREEK_QUESTION_MARK.sub("?", line)
        return line

    return "".join(greek(line) for line in text.splitlines(keepends=True))


def as_written(guide: Guide, text: str) -> str:
    """``text`` of the guide (a question, a note, a title) with the full-width marks it was written
    with ("？", "：", "（…）"), which the parser reads as NFKC does: each run of it without spaces
    that holds a mark read that way is put back as the guide has it, where the guide has it."""
    folded = _read_marks(guide.markdown)
    if folded == guide.markdown or not text:
        return text

    def back(m: re.Match[str]) -> str:
        if m.group(0) in guide.markdown:  # written so somewhere: a guide that mixes the widths keeps both
            return m.group(0)
        at = folded.find(m.group(0))
        return guide.markdown[at:at + len(m.group(0))] if at >= 0 else m.group(0)

    return re.sub(r"\S*[?!():0-9]\S*", back, text)


# a translation's label: a language's code or name, or the word itself ("ES:", "Español:", "(FR)",
# "Spanish version:", "Traducción:"); codes in capitals only, so "It: …" or "De: …" are not taken
_LANGUAGE_CODE = r"(?:EN|ES|FR|DE|PT|IT|NL|PL|SV|DA|NO|FI|CS|TR|RU|UK|AR|HE|HI|JA|JP|ZH|CN|KO|KR|VI|TL|ID|TH)"
_LANGUAGE_NAME = (r"(?i:english|ingl[ée]s|anglais|spanish|espa[ñn]ol|castellano|french|fran[çc]ais|franc[ée]s|german|"
                  r"deutsch|alem[áa]n|portuguese|portugu[êe]s|italian|italiano|dutch|nederlands|polish|polski|"
                  r"japanese|chinese|korean|vietnamese|ti[ếe]ng vi[ệe]t|tagalog|filipino|arabic|russian|"
                  r"translation|traducci[óo]n|tradu[çc][ãa]o|traduction|[üu]bersetzung|vertaling)"
                  r"(?i:\s+(?:translation|version|versi[óo]n))?|日本語|中文|한국어")
_TRANSLATION_LABEL = re.compile(r"^\s*[*_]*(?:[(\[]\s*(?:" + _LANGUAGE_CODE + "|" + _LANGUAGE_NAME + r")\s*[)\]]|"
                                r"(?:" + _LANGUAGE_CODE + "|" + _LANGUAGE_NAME + r")\s*[:\uff1a])[*_]*\s*")
# a line set apart as a version of the one above: in italics or brackets, whole
_SET_APART = re.compile(r"^\s*(?:(\*{1,2}|_{1,2})\S.*\S?\1|\(.+\)|\[.+\])\s*$")


def checked_text(q: GuideQuestion) -> str:
    """The words of a question the checks read: the English the guide writes under a question in
    another language (\"لماذا لم تتحقق…؟\" / \"Why didn't you check…?\"), as the checks read that
    English on its own; else the question as written."""
    if q.translation and _english_under(q.text, q.translation):
        return q.translation
    return q.text


def _english_under(text: str, line: str) -> bool:
    """Whether ``line``, under ``text`` clearly not in English, is its English: clearly English, or,
    under a line mostly in another script, a line in Latin letters that reads as English
    ("Goal: understand how people order food." under "الهدف: …")."""
    if looks_english(text):
        return False
    return looks_english(line, among_english=False) \
        or _mostly_other_script(text) and not _mostly_other_script(line) and looks_english(line)


# said under a rewrite of the English written under a question in another language
SAME_CHANGE = "This rewrites the English line; the question as written in the guide's own language needs the same change."
# said under a rewrite of an English question the guide gives a translation of ("(पिछले सीज़न में…?)")
TRANSLATION_CHANGE = "The guide's translation of this question needs the same change."


def translated_too(q: GuideQuestion) -> bool:
    """Whether ``q`` is checked as written and the guide gives it a translation in another
    language, which a rewrite of it leaves as it was."""
    return bool(q.translation) and checked_text(q) is q.text


def _read_as(q: GuideQuestion, english: bool) -> tuple[str, bool]:
    """The words the checks read for ``q`` and whether to read them as English among English."""
    text = checked_text(q)
    return (text, True) if text is not q.text else (text, english)


def question_check(q: GuideQuestion, terms: Iterable[str] = (), english: bool = True) -> QuestionCheck:
    """A guide question checked as ``check_question`` checks it, through its English where the guide
    writes it under a question in another language: the same verdict as that English alone, shown
    with the question as written (\"لماذا لم تتحقق…؟ / Why didn't you check…?\")."""
    text, among = _read_as(q, english)
    check = check_question(text, terms, among)
    if not check.checked and not check.problems:
        # a guide's yes/no question in Finnish or Serbian, Croatian, Bosnian, told by its first word, and two things
        # judged at once, told by their case (not in an interview, where a short yes/no check is part of listening)
        if (yes_no := closed_form(text)) is not None:
            check.problems.append(Problem(QuestionKind.CLOSED, closed_reason(*yes_no)))
        if (two := double_form(text)) is not None:
            check.problems.append(Problem(QuestionKind.DOUBLE_BARRELED, double_reason(*two)))
        if check.problems:
            check.kind = check.problems[0].kind
    if text is not q.text:
        check.text = f"{q.text} / {text}"
    return check


def _translation(text: str, raw: str, set_apart: bool = False) -> str | None:
    """The line ``raw`` written directly under ``text`` (a question, a probe, a line to say) as its
    translation: labelled with its language ("ES: ¿Cómo…?"), or clearly in another language under
    text clearly not in it ("Walk me through…" / "*Cuénteme paso a paso…*"); with ``set_apart``
    (a list item of its own under the question) only a labelled line or one in italics or
    brackets, as guides set a translation apart. None for a line that carries the text on."""
    label = _TRANSLATION_LABEL.match(raw)
    if label:
        return _clean_inline(raw[label.end():]) or None
    if set_apart and not _SET_APART.match(raw):
        return None
    line = _clean_inline(raw)
    bracketed = re.fullmatch(r"[(\[](.+)[)\]]", line)
    line = bracketed.group(1).strip() if bracketed else line
    # (the text above English on evidence: a short "Et ensuite," wrapped onto a French line is no
    # English question, though too short to be called French)
    english = looks_english(text) and (len(text.split()) >= 4 or looks_english(text, among_english=False))
    if not english and _english_under(text, line):
        # the other way round: English under a question in another language ("هل تثق…؟" /
        # "Do you trust…?"), the version the checks read (``checked_text``)
        return line
    return line if english and not looks_english(line) else None


def parse_guide(text: str, file: str = "guide.md", goals: list[str] | None = None) -> Guide:
    """Parse a Markdown guide. Raises InputError (naming the file and line) for an empty guide
    or one without a single question. A section with no list items is read line by line: each
    line ending with a question mark is a question (``_normalise``)."""
    if not text.strip():
        raise InputError("the guide is empty", file=file)
    written = text  # kept as written: the kit prints its full-width marks (``as_written``)
    text = _read_marks(text)
    source = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # line for line (a quote's ">" too)
    lines, mains = _normalise(as_markdown(source))
    headings = [(n, _heading_of(ln)) for n, ln in enumerate(lines, 1)]
    headings = [(n, m) for n, m in headings if m]
    title: str | None = None
    title_line = None
    if headings and headings[0][1][0] == 1 and any(level > 1 for _, (level, _text) in headings):
        title = _clean_inline(headings[0][1][1])
        title_line = headings[0][0]

    sections: list[GuideSection] = []
    terms: list[str] = []
    planned: int | None = None
    current: GuideSection | None = None
    # stack of (indent, question) for nesting
    stack: list[tuple[int, GuideQuestion]] = []
    in_code = False
    prev_prose = False
    probing: GuideQuestion | None = None  # a "Probes:" label opened a list for this question
    avoid_table = False  # a table whose first column lists questions not to ask
    table_cols: list[str] = []  # the header of the table being read
    starts: dict[int, int] = {}  # section → the minute its heading's time code says it starts
    wrapped = 0  # the last line that carried on the item before it
    translated = 0  # the last line that held (a part of) an item's translation
    versions = bool(_VERSIONS_IN_ITALICS.search(text))  # "Easy-read version of each question is in *italics* under it"
    goal_line = 0  # the last line of the section's goal ("Goal: …"), which may wrap onto the next
    preamble: list[str] = []  # prose before the first section
    from_table: GuideSection | None = None  # the section a table's "Section" column started
    for n, raw in enumerate(lines, 1):
        if raw.strip().startswith("```"):
            in_code = not in_code
            continue
        if raw.strip() and not _TABLE_ROW.match(raw):  # (a blank line left by a joined cell does not end it)
            avoid_table, table_cols = False, []
        if in_code or not raw.strip() or _RULE.match(raw):  # a "---" rule separates, says nothing
            prev_prose = False
            continue
        was_prose, prev_prose = prev_prose, False
        if was_prose and 1 < n <= len(source) and _quoted(source[n - 1]) != _quoted(source[n - 2]):
            was_prose = False  # a quote begun or ended ("> Note to interviewer: …") is a paragraph of its own
        if was_prose and 1 < n <= len(source) and source[n - 2].endswith("  "):
            was_prose = False  # a hard line break ends the paragraph (a Word guide's paragraphs end in one)
        if was_prose and 1 < n and (_wholly_quoted(raw) or _wholly_quoted(lines[n - 2])):
            was_prose = False  # and so is a line in quotes, a script to read out ("Read this word for word.", then '"Hello, …"')
        if n == title_line:
            continue
        hm = _heading_of(raw)
        if hm:
            heading = hm[1]
            goal = minutes = None
            gm = _HEADING_GOAL.search(heading) or _RQ_TAG.search(heading)
            if gm:
                goal = gm.group(1).strip() if gm.re is _HEADING_GOAL else f"RQ{gm.group(1)}"  # the second goal
                heading = heading[: gm.start()] + " " + heading[gm.end():]
            mm = _HEADING_MINUTES.search(heading)
            if mm:
                minutes = int(mm.group(1) or mm.group(2))
                heading = heading[: mm.start()] + " " + heading[mm.end():]
            im = None if goal else _INLINE_GOAL.search(heading)
            if im:  # "Why monthly (10 min) Goal: Understand why…": the goal, not part of the name
                goal = _clean_inline(im.group(1)) or None
                heading = heading[: im.start()]
            tc = _TIME_CODE.match(heading)
            if tc:
                heading = heading[tc.end():]
                starts[len(sections)] = 60 * int(tc.group(1)) + int(tc.group(2))
            # a note in brackets after the title ("MISSED APPOINTMENTS [branch M only]") is a note
            aside = re.search(r"\s+\[([^\]]{3,})\]\s*$", _clean_inline(heading))
            name = _clean_inline(heading)[: aside.start()] if aside else _clean_inline(heading)
            current = GuideSection(title=name.rstrip(": ") or f"Section {len(sections) + 1}",
                                   line=n, goal=goal, minutes=minutes, notes=[aside.group(1)] if aside else [],
                                   lead_notes=1 if aside else 0, note_at=[0] if aside else [])
            sections.append(current)
            stack, probing = [], None
            continue
        tm = _TERMS_LINE.match(raw)
        if tm and not _ITEM.match(raw):
            terms += [t.strip() for t in re.split(r"[,;]", _clean_inline(tm.group(1))) if t.strip()]
            continue
        if _AUDIENCE_LINE.match(raw):
            # "Participants: developers who call the REST API": the abbreviations that describe
            # who is interviewed are theirs (kept as a note too)
            terms += sorted(terms_used(_clean_inline(raw)))
        lm = _LENGTH_LINE.match(raw) or _LENGTH_LINE.match(re.sub(r"^\s*[-*+]\s+", "", raw))  # "- **Duration:** 30 min"
        if lm and (not _ITEM.match(raw) or planned is None and not any(
                _asks(q) for x in sections if not _GOALS_TITLE.match(x.title)
                for q in x.items)):  # in the logistics
            if planned is None and (current is None or not any(_asks(q) for q in current.items)):
                planned = int(lm.group(1))
            if _says_more_than_length(raw):  # "**Duración:** 45 minutos · **Modalidad:** Zoom o WhatsApp"
                kept = _clean_inline(re.sub(r"^\s*[-*+]\s+", "", raw)).strip()
                if current is None:  # "(online via Teams, phone, or in person)": a header line too
                    _add_paragraph(preamble, kept, False)
                    prev_prose = True
                else:
                    _add_note(current, kept)
            continue
        label = re.match(r"^\s*[*_]*([^:*_]{3,40}?)[*_]*\s*:\s*[*_]*\s*$", raw)
        if label and _GOALS_TITLE.match(label.group(1)) and (current is None or not current.items):
            # "Goals:" over a list, before any question: a section of its own, not asked
            current = GuideSection(title=label.group(1).strip(), line=n)
            sections.append(current)
            stack, probing = [], None
            continue
        if goal_line == n - 1 and current is not None and current.goal and not _ITEM.match(raw) \
                and not _TABLE_ROW.match(raw) and not any(rx.match(raw) for rx in _KEY_LINES) \
                and _clean_inline(raw)[:1].islower() and not re.search(r"[.?!:]\W*$", current.goal):
            # a section's goal wrapped over two lines ("Objectif : comprendre comment…, ce qui les
            # bloque" / "et pourquoi…"): one goal
            current.goal = f"{current.goal} {_clean_inline(raw)}"
            goal_line = n
            continue
        gl = _GOAL_LINE.match(raw)
        if gl and not _ITEM.match(raw):
            if current is not None and current.goal is None:
                # ("Goal: none", "Goal: –" under an intro: the section serves no goal, and says so)
                current.goal = None if _NO_GOAL.match(_clean_inline(gl.group(1))) else _clean_inline(gl.group(1))
                goal_line = n
            elif current is None:
                # the guide's aim, written before its first section ("Objectif : comprendre…"): a
                # note for the interviewer, kept whole with the lines it wraps over (the kit leaves
                # it out where it only restates one of the study's goals)
                _add_paragraph(preamble, _clean_inline(raw),
                               was_prose and not (preamble and _translation(preamble[-1], raw)))
                prev_prose = True
            continue
        if n in mains:  # a question in bold or on its own line starts afresh
            stack, probing = [], None
        sub = _SUB_ITEM.match(raw)
        im = sub or _ITEM.match(raw)
        if im:
            # "- Q2 – How did it go?": a label after the list marker is not part of the question
            body = re.sub(r"^" + _Q_LABEL + r"\s+", "", im.group(2))
            body = _RQ_TAG.sub(" ", body, count=1) if _RQ_TAG.match(body) else body  # "[RQ1] How did…"
            indent, body = _indent_width(im.group(1)) + (1 if sub else 0), _clean_inline(body)
            body = re.sub(r"\s*[\[(]RQ\s?\d[^)\]]{0,40}[\])]\s*$", "", body)  # "…in the form? [RQ2, RQ3]"
            if not body:
                continue
            if current is None:
                current = GuideSection(title="Questions", line=n)
                sections.append(current)
            toggle = re.match(r"^[\u25b8\u25be\u25b6\u25ba\u25bc]\s*(.+)$", body)  # a Notion toggle: "▸ Probes"
            if toggle and "?" not in toggle.group(1) and len(toggle.group(1).split()) <= 8:
                while stack and stack[-1][0] >= indent:
                    stack.pop()
                if not stack:  # "▸ Intro script (read out)": a label over what it holds
                    _add_note(current, toggle.group(1))
                continue  # "▸ Probes" under a question: its items are the question's probes
            if wrapped == n - 1 and stack and body[:1].islower() and im.group(0).lstrip()[:1] in "-\u2013" \
                    and not re.search(r"[.?!:]\W*$", stack[-1][1].text):
                # a question wrapped over lines whose next line starts with a dash ("…your take on
                # all of that" / "- the frequency, the tone…?"): the same sentence
                stack[-1][1].text = f"{stack[-1][1].text} - {body}"
                wrapped = n
                continue
            body, tag = _bracket_tag(body)
            q = GuideQuestion(text=body, line=n, condition=tag, number=_number_of(raw, im.group(2)))
            while stack and stack[-1][0] >= indent:
                stack.pop()
            if stack and not stack[-1][1].followups and stack[-1][1].translation is None \
                    and (version := _translation(stack[-1][1].text, im.group(2), set_apart=True)):
                # "  - *¿Cómo llega a la despensa?*" first under a question: its translation
                stack[-1][1].translation, translated = version, n
                continue
            if not stack and _CONDITION_ITEM.match(body):
                # "- _If they turned up without booking:_" over questions: when to ask them, a note;
                # the questions under it are asked in the section, not probes of the note
                _add_note(current, body)
                probing = None
                continue
            pl = _PROBE_LINE.match(body)
            owner = stack[0][1] if stack else (current.items[-1] if current.items else None)
            if pl and owner is not None and _looks_like_question(owner.text):
                # "- Prompt: How long were you in? Was it what you expected?" under a question:
                # its probes, whether or not the list nests them
                owner.followups += [GuideQuestion(text=_labelled_prompt(body, part), line=n)
                                    for part in _split_probes(pl.group(1))]
                continue
            if len(stack) == 1 and not _looks_like_question(stack[0][1].text) and _looks_like_question(body) \
                    and any(x is stack[0][1] for x in current.items):
                # under a label or a note ("- Payment", "- Only if they shop weekly") the questions
                # are the section's own, asked in turn: the label stays as a note above them
                current.items.append(q)
            elif stack:
                # any depth below a main question is a probe (below a label, below its question)
                host = stack[1][1] if len(stack) > 1 and any(x is stack[1][1] for x in current.items) else stack[0][1]
                host.followups.append(q)
            elif probing is not None:
                probing.followups.append(q)
                continue
            else:
                current.items.append(q)
            stack.append((indent, q))
            continue
        if _TABLE_ROW.match(raw):
            # a guide kept as a table ("| 1 | How do you plan? | What happened next? |"): the
            # first cell that asks is the question, later asking cells are its follow-ups
            cells = [_clean_inline(c) for c in raw.strip().strip("|").split("|")]
            probing = None
            asks = [c for c in cells if c.rstrip().endswith("?") or _ADDRESSED_ASK.match(c.strip())]
            if not asks and cells and _NOT_TO_ASK.match(cells[0].strip()):
                avoid_table = True  # "| Avoid | Why | Instead |"
            named = sum(bool(re.fullmatch(r"questions?|#|no\.?|" + "|".join(_TABLE_COLUMNS.values()),
                                          c.strip().lower())) for c in cells)
            if not asks and (n < len(lines) and re.match(r"^\s*\|?\s*:?-{3,}", lines[n]) or named >= 3):
                table_cols = [c.strip().lower() for c in cells]  # the header, over its "|---|" line or named so
            column = {role: next((k for k, c in enumerate(table_cols) if re.fullmatch(rx, c)), None)
                      for role, rx in _TABLE_COLUMNS.items()}
            k = column["section"]
            if k is not None and k < len(cells) and cells[k] and [c.lower() for c in cells] != table_cols \
                    and not avoid_table and not (from_table is current and current is not None
                                                 and current.title == cells[k]):
                # "| Warm-up | Could you tell me…? | … | 3 min |": the column names the section
                current = from_table = GuideSection(title=cells[k], line=n)
                sections.append(current)
            if asks and avoid_table and current is not None:
                _add_note(current, " | ".join(c for c in cells if c))  # an example of what not to ask
            elif not asks and table_cols and [c.lower() for c in cells] != table_cols and current is not None \
                    and any(c.strip() for c in cells) and not re.fullmatch(r"[\s|:-]*", raw):
                # a row of a headed table that asks nothing ("Read aloud: …" | "Hand over the
                # phone"): what to say or do there
                kept = [c for j, c in enumerate(cells) if c.strip() and j not in (column["section"], column["minutes"])
                        and not (j < len(table_cols) and table_cols[j] in ("#", "no", "no."))]
                if kept:
                    _add_note(current, " \u2014 ".join(kept))
            elif asks and _row_type(cells, column) == "probe" and current is not None and current.items:
                # "| Warm-up | Probe | How far is the shop? |": a follow-up of the question above
                current.items[-1].followups += [GuideQuestion(text=part, line=n) for a in asks
                                                for part in _split_probes(a)]
            elif asks:
                if current is None:
                    current = GuideSection(title="Questions", line=n)
                    sections.append(current)
                ask, tag = _bracket_tag(asks[0])
                q = GuideQuestion(text=ask, line=n, condition=tag)
                k = column["probes"]
                probes = [c for c in cells[k:k + 1] if c] if k is not None else []  # asking or not
                k = column["notes"]  # "| SAY | DO |": what the interviewer does, kept as notes
                notes = [cells[k]] if k is not None and k < len(cells) and cells[k] and cells[k] not in asks else []
                for cell in probes + [c for c in asks[1:] if c not in probes] + notes:
                    label = _PROBE_LINE.match(cell)  # "Probe: what told you it was unlocked?"
                    if label or cell not in notes:
                        q.followups += [GuideQuestion(text=part, line=n)
                                        for part in _split_probes(label.group(1) if label else cell)]
                    else:
                        q.followups.append(GuideQuestion(text=cell, line=n))
                current.items.append(q)
            k = column["minutes"]
            took = re.search(r"(\d{1,3})", cells[k]) if k is not None and k < len(cells) else None
            if took and from_table is current and current is not None:
                current.minutes = (current.minutes or 0) + int(took.group(1))
            stack = []
            continue
        last = stack[0][1] if stack else (current.items[-1] if current is not None and current.items else None)
        if _ASK_LABEL.match(raw):  # "**Ask**": the question comes next
            stack, probing = [], None
            continue
        if _PROBE_LABEL.match(raw):
            # the probes belong to the question before the label; after an instruction they
            # are questions of their own
            probing = last if last is not None and _looks_like_question(last.text) else None
            continue
        pm = _PROBE_LINE.match(raw)
        if pm and stack:
            stack[0][1].followups += [GuideQuestion(text=part, line=n)
                                      for part in _split_probes(_clean_inline(pm.group(1)))]
            continue
        # an indented continuation line belongs to the last item; a note in brackets under it
        # ("[ONLY if their record shows expired holds]") is a note for it
        if stack and raw[:1].isspace() and re.fullmatch(r"\s*[*_]*\[[^\]]+\][*_]*\s*", raw):
            stack[0][1].followups.append(GuideQuestion(text=_clean_inline(raw), line=n))
            continue
        host = stack[-1][1] if stack else None
        if host is not None and (raw[:1].isspace() or n - 1 in (host.line, wrapped, translated)):
            # the line under a question in another language (italics or not, indented or not):
            # its translation, and a line after that one carries the translation on
            if host.translation is None and (version := _translation(host.text, raw)
                                             or versions and _italic_version(raw)):
                host.translation, translated = version, n
                continue
            if host.translation and translated == n - 1 and not looks_english(_clean_inline(raw), among_english=False):
                host.translation, translated = _clean_inline(f"{host.translation} {raw.strip()}"), n  # "*…," / "…*"
                continue
        if stack and raw[:1].isspace():
            stack[-1][1].text = f"{stack[-1][1].text} {_clean_inline(raw)}"
            wrapped = n
            continue
        if current is not None:
            para = _clean_inline(raw)
            # "Start this part by asking "How did the day go?" and let them talk": the questions
            # a paragraph of instructions quotes are asked (the paragraph stays as a note)
            asked = [m.group(1) for m in _ASKED_IN_PROSE.finditer(para)]
            current.items += [GuideQuestion(text=q, line=n) for q in asked]
            if asked:
                was_prose = False
            if was_prose and current.notes and not _translation(current.notes[-1], raw):
                # (a paragraph's translation under it is a paragraph of its own: said in its stead)
                current.notes[-1] = f"{current.notes[-1]} {para}"
            else:
                _add_note(current, para)
            prev_prose = True
            stack, probing = [], None  # a paragraph ends a list
            continue
        planned = planned or _said_length(raw)
        if not _is_property(raw):
            # (a paragraph's translation under it is a paragraph of its own, as in a section; and so
            # is a header line that names the study, "Badanie: …", with the line after it)
            alone = bool(_STUDY_LABEL.match(raw)) or bool(preamble) and bool(_STUDY_LABEL.match(preamble[-1])) \
                or bool(preamble) and bool(_HEADER_LABEL.match(raw)) and bool(_HEADER_LABEL.match(preamble[-1]))
            _add_paragraph(preamble, _clean_inline(raw),
                           was_prose and not alone and not (preamble and _translation(preamble[-1], raw)))
            prev_prose = True
        stack = []
    first_line = next((n for n, ln in enumerate(lines, 1) if ln.strip()), 0)
    if title is None and len(sections) > 1 and sections[0].line == first_line and not sections[0].items \
            and not sections[0].notes and not _MD_HEADING.match(lines[first_line - 1]) \
            and not _MD_HEADING.match(lines[sections[1].line - 1]) \
            and not re.search(r":\W*$", lines[first_line - 1]):  # "**DRAFT:**" labels, it does not name
        # a word-processor export's title is a bold line like its sections: the first one, with
        # nothing under it before the next, names the guide
        title = sections.pop(0).title
    depth = [len(h.group(1)) if (h := _MD_HEADING.match(lines[s.line - 1])) else 7 for s in sections]
    for n, s in enumerate(sections):
        # under "Don'ts" a question is an example of what not to ask; under "Tips", advice; and so
        # under any heading below such a section ("## Participant Screener" over "### Include")
        parent = next((sections[j] for j in range(n - 1, -1, -1) if depth[j] < depth[n]), None)
        s.asked = not _not_asked(s, lines) and (parent is None or parent.asked)
        for q in s.items:
            _split_asks(q)
            q.instruction = not _asks(q) or not s.asked
            for f in q.followups:
                f.instruction = not _asks(f)
    marks = sorted(starts.items())
    if marks and planned and planned > marks[-1][1]:
        marks.append((len(sections), planned))  # the last runs to the planned length
    for (i, start), (_j, end) in zip(marks, marks[1:]):
        # cumulative time codes: a section runs until the next one starts
        if sections[i].minutes is None and end > start:
            sections[i].minutes = end - start
    _listed_minutes(sections)
    for s in sections if planned is None else ():
        # a section that says how long the interview runs ("HOW LONG: About 30 minutes by phone")
        if re.fullmatch(r"(?:how long|length|duration|timing|session length|time needed)", s.title.strip(), re.I):
            said = re.search(r"\b(\d{1,3})\s*(?!m\b)" + _MINUTES + r"|\b(half an hour|an hour)\b", " ".join(s.notes), re.I)
            if said:
                planned = int(said.group(1)) if said.group(1) else 30 if said.group(2).startswith("half") else 60
                break
    timed = _HEADING_MINUTES.search(title or "")
    if timed:  # "# Teacher interview guide (20-30 min)": the title says how long it runs
        planned = planned or int(timed.group(1) or timed.group(2))
        title = (title[: timed.start()] + " " + title[timed.end():]).strip()
    for s in sections:
        _renumber(s.items)
    guide = Guide(sections=sections, title=title, planned_minutes=planned, source_name=file,
                  markdown=written, terms=terms, notes=preamble)
    if not guide.questions:
        raise InputError("the guide has no questions: write them as list items (- ...) under "
                         "headings", file=file, line=1)
    if goals:
        match_goals(guide, goals)
    return guide


# A page's properties above the guide ("Owner: Priya", "Status: Ready for review", "Tags: Q4"), as
# Notion and wikis export them: about the document, not notes for the call
_PROPERTY_LINE = re.compile(r"^\s*[*_]*[A-Z][\w ]{0,25}[*_]*\s*:[*_]*\s+\S")
# ...but a label that speaks to the interviewer ("Note to interviewer:", "Interviewer: Kenji.",
# "Important:") opens a note for the call, as does a value that runs on into a second sentence:
# a page's property is one short value, and dropping an instruction loses what the call needs most
# (and in the languages guides are written in: "Hinweis:", "Remarque :", "Atenção:", "Let op:", "Uwaga:")
_NOTE_LABEL = re.compile(r"^\s*[*_]*[\w ]*?\b(?:notes?|reminders?|remember|important|tips?|warning|caution|"
                         r"heads[- ]up|interviewers?|moderators?|facilitators?|"
                         # what to bring to the call ("Bring: printed consent form, …", "Materials:"; Tagalog's
                         # "Dalhin:", Cebuano's "Dalha:")
                         r"bring|materials?|equipment|supplies|checklist|dalhin|dalha|dalhon|"
                         r"hinweise?|wichtig|achtung|tipps?|anmerkung(?:en)?|interviewer(?:in|innen)|moderator(?:in|en)|"
                         r"remarques?|attention|rappel|conseils?|enqu[êe]t(?:eur|rice)s?|animat(?:eur|rice)s?|"
                         r"notas?|importante|atenci[óo]n|aten[çc][ãa]o|lembrete|dicas?|consejos?|"
                         r"entrevistador(?:a|es|as)?|moderador(?:a|es|as)?|"
                         r"opmerking(?:en)?|belangrijk|let op|attenzione|promemoria|intervistat(?:ore|rice)|"
                         r"uwagan?|uwagi|wa[żz]ne|wskaz[óo]wk[ai]|prowadz[ąa]c[ya]|obs|notera|viktigt|intervjuaren?|"
                         # (Finnish, and Serbian, Croatian, Bosnian: "Haastattelija:", "Muistiinpanot:", "Napomena:")
                         r"haastattelija|muistiinpanot|huom(?:io)?|t[äa]rke[äa][äa]|muista|vinkit?|"
                         r"napomen[ae]|va[žz]no|intervjuer(?:ka)?|anketar|bele[šs]ke|bilje[šs]ke)"
                         r"\b[\w -]*[*_]*\s*:", re.I)
_RUNS_ON = re.compile(r":[*_]*\s+\S.*?[.!]\s+[A-Z]")


def _is_property(line: str) -> bool:
    """A page's property ("Owner: Priya"), about the document rather than the call."""
    return bool(_PROPERTY_LINE.match(line)) and not _NOTE_LABEL.match(line) and not _RUNS_ON.search(line) \
        and not _STUDY_LABEL.match(line)
# ...but a line that names the study the call is for ("Study: Invoices in the app – November",
# "Badanie: Faktury i podatki", "Studie: …") is the guide's own header, kept with the others
_STUDY_LABEL = re.compile(r"^\s*[*_]*(?:study|research|project|badanie|projekt|studie|studio|estudio|estudo|"
                          r"[ée]tude|onderzoek|дослідження|исследование|tutkimus|istra[žz]ivanje|studija)[*_]*\s*:", re.I)
# a header line under a label of a word or three ("Учасники: …", "Тривалість: …", "Interviewer: …"): after
# another such line it is a line of its own, not the line before carried on
_HEADER_LABEL = re.compile(r"^\s*[*_]*[^\W\d_][\w\u02bc\u2019'-]*(?: [^\W\d_][\w\u02bc\u2019'-]*){0,2}[*_]*\s*:[*_]*\s+\S")
# "20 min calls.", "45 min, remote (Zoom).": a length said in passing before the first section
_SAID_LENGTH = re.compile(r"^\W*(\d{1,3})[- ]?min(?:ute)?s?\b(?:\s+(?:calls?|interviews?|sessions?|chats?|"
                          r"conversations?)\b|,\s*(?:remote|in[- ]person|by phone|on (?:zoom|teams|meet)))", re.I)


def _says_more_than_length(line: str) -> bool:
    """A length line that goes on to say more, the call's format or who runs it ("Length: 40 minutes,
    Zoom. One interviewer + one note-taker."): kept as a note, as the observer needs it too."""
    m = _LENGTH_LINE.match(line) or _LENGTH_LINE.match(re.sub(r"^\s*[-*+]\s+", "", line))
    rest = (m.string[m.end():] if m else "").lower()
    return any(w not in ("approx", "approximately", "total", "max", "maximum", "including", "incl")
               for w in re.findall(r"[^\W\d_]{3,}", rest))


def _said_length(line: str) -> int | None:
    m = _SAID_LENGTH.match(line)
    return int(m.group(1)) if m else None


def _sentences_after_first_question(text: str) -> tuple[str, list[str]]:
    """("What is the purpose?", ["What problem…?", "Usually aimed at…"]) for an item that runs
    on after its first question; a "?" inside brackets or quotes does not end a sentence."""
    depth, quoted = 0, False
    cuts = []
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in "\"\u201c\u201d":
            quoted = not quoted if ch == '"' else ch == "\u201c"
        elif ch in "?.!" and not depth and not quoted and text[i + 1:i + 2].isspace() \
                and not (ch == "." and re.search(rf"\b(?:{DOTTED_ABBREVIATIONS})$", text[:i], re.I)):  # "e.g. a form"
            cuts.append(i + 1)
    first = next((c for c in cuts if text[c - 1] == "?"), None)
    if first is None:
        return text, []
    bounds = [first, *(c for c in cuts if c > first), len(text)]
    rest = [text[a:b].strip() for a, b in zip(bounds, bounds[1:])]
    return text[:first].strip(), [r for r in rest if r]


def _split_asks(q: GuideQuestion) -> None:
    """An item that asks a question and then more ("**What is the purpose?** What problem are
    you solving? How will you measure it?", "(Project activity) How active is…? How many…?"):
    the first question is the item's ask, and what follows are its follow-ups, as the guide's
    author uses them, or notes for the interviewer ("Who should we talk to? Discuss which
    stakeholders…"); a topic label in brackets before it is not part of it."""
    main, rest = _sentences_after_first_question(q.text)
    if not rest or not _looks_like_question(q.text):  # "Were they able to…? [Y][N]" is a checklist
        return
    if q.translation is None and len(rest) == 1 and re.fullmatch(r"\(.+\)|\[.+\]", rest[0]) \
            and (version := _translation(main, rest[0], set_apart=True)):
        # "Why didn't you repay? (आपने भुगतान क्यों नहीं किया?)": the question's translation in
        # brackets after it, as "(FR) …" or a line in italics under it is; read aloud in its stead
        q.text, q.translation = main, version
        return
    main = re.sub(r"^\((?=[^()]{2,60}\)\s+\S)[^()]+\)\s+", "", main)  # "(Project Activity) How…"
    # (a check-in goes on with the next one as one ask: "How are you feeling right now? Would you
    # like a short break?" offers the break with it, not as a probe to skip)
    said = list(itertools.takewhile(lambda r: _same_breath(r, main) or _invites_on(r, main)
                                    or runs_the_session(main) and runs_the_session(r), rest))
    q.text = " ".join([main, *said])
    q.followups[:0] = [GuideQuestion(text=r, line=q.line) for r in rest[len(said):]]


# Said in the same breath as the question before it, so part of it: a statement to the participant
# ("Is it OK if we record? The recording stays with the research team.": the reassurance they ask
# for) or examples ("What do you pay for today? Recipe apps, meal kits, anything?"). An instruction
# to the interviewer ("Discuss which stakeholders…") opens with a verb, not with these.
_SAME_BREATH = re.compile(r"^(?:(?:the|this|that|these|those|they|it|it's|we|we'll|we're|i|i'll|i'm|you|you'll|your|our|nothing|"
                          r"everything|all|none|there's)\b[^?]*[.!]$|"
                          r"[^?]{2,80},[^?]*\b(?:anything|something|etc\.?|or (?:anything|something) else|"
                          r"or other\w*|whatever)\s*\??$|"
                          # the options the question offers, a list that asks nothing new: "One cheque,
                          # several cheques, or by card?", "Daily, weekly or less often?"
                          r"(?!(?:what|how|why|who|where|when|which|do|does|did|is|are|was|were|can|could|would|"
                          r"will|have|has|had|and|but|so|then)\b)[^?,]{1,40}(?:,[^?,]{1,40})+,?\s+or\s+[^?,]{1,40}\?$|"
                          # the same in Arabic, Persian and Greek, whose "?" the parser reads from "؟" and ";":
                          # "نقداً، أم بالبطاقة، أم بالمحفظة؟", "app یا سایت؟", "Με κάρτα ή μετρητά;"
                          r"(?!(?:كيف|ماذا|لماذا|هل|متى|أين|آیا|چرا|چه|چطور|کجا|کی|" + greek_accents("τι|πώς|γιατί|πού|πότε|ποιος|ποια|ποιο")
                          + r")(?!\w))[^?,\u060c]{1,40}(?:[,\u060c][^?,\u060c]{1,40})*[,\u060c]?\s+(?:أم|أو|یا|ή)\s+[^?,\u060c]{1,40}\?$)",
                          re.I)


# after the consent ask, what the recording is for and who hears it ("Only the team hears it."), in
# the guide languages too ("De opname gebruiken we alleen voor dit onderzoek…", "Die Aufnahme wird
# danach gelöscht.", "L'enregistrement reste dans l'équipe.")
_ABOUT_THE_RECORDING = re.compile(r"^[^?]*\b(?:record\w*|notes|team|shared?|delete\w*|confidential|anonymous|"
                                  r"private|stays?|hears?|sees?|"
                                  r"opname\w*|opgenomen|verwijder\w*|vertrouwelijk\w*|anoniem\w*|avg|"
                                  r"aufnahme\w*|aufzeichnung\w*|gel[öo]scht|l[öo]schen|vertraulich\w*|anonym\w*|dsgvo|"
                                  r"enregistrement\w*|supprim\w*|confidenti\w*|anonym\w*|[ée]quipe|rgpd|"
                                  r"grabaci[óo]n\w*|grava[çc][ãa]o|grava[çc][õo]es|borra\w*|elimina\w*|apaga\w*|confidencial\w*|"
                                  r"an[óo]nim\w*|equipo|equipe|lgpd|registrazion\w*|cancellat\w*|riservat\w*|"
                                  r"nagran\w*|usuni\w*|poufn\w*|anonimow\w*|rodo)\b[^?]*[.!]$|"
                                  # and where no space marks a word ("社内の分析目的以外には使用いたしません。",
                                  # "录音只用于研究。", "녹음은 연구팀만 봅니다.")
                                  r"^[^?？]*(?:録画|録音|記録|社内|社外|第三者|共有|削除|破棄|匿名|機密|目的以外|"
                                  r"录音|录像|錄音|錄影|保密|删除|刪除|内部|녹음|녹화|삭제|익명|비밀|내부|연구팀)"
                                  r"[^?？]*[.!。！]$", re.I)


# the invitation that opens up a yes/no question in its own item: "Have you ever called us? Tell me
# about that.", "Do you use a budget app? If so, walk me through how." The author asks it as one
# question, open; it is no probe to skip, and the question is not closed
_INVITES_ON = re.compile(r"^(?:(?:and|so|if so|if yes|if you have|if you did|if they have),?\s+)?(?:please\s+)?"
                         r"(?:(?:can|could) you\s+)?(?:tell|talk) (?:me|us)\s+(?:(?:a (?:bit|little) )?more\s+)?"
                         r"(?:about (?:that|it|them|this|those|the last time|what happened|how)\b[^?]{0,60}|more)"
                         r"[.!?]?$|"
                         r"^(?:(?:and|so|if so|if yes|if you have|if you did),?\s+)?(?:please\s+)?(?:(?:can|could) you\s+)?"
                         r"(?:walk|take) (?:me|us) through (?:that|it|them|this|the last time|what happened|how)\b[^?]{0,60}"
                         r"[.!?]?$", re.I)
_YES_NO_START = re.compile(r"^(?:have|has|had|do|does|did|is|are|was|were|can|could|would|will)\b", re.I)


def _invites_on(sentence: str, question: str) -> bool:
    return bool(_YES_NO_START.match(question.strip()) and _INVITES_ON.match(sentence.strip()))


def said_with(sentence: str, question: str) -> bool:
    """Whether ``sentence``, written after ``question`` (in the same item or as the next one), is
    said in the same breath: the consent ask's "Only the team hears the recording.", examples."""
    return _same_breath(sentence, question)


# ...but not what the interviewer is told to do about the recording ("Check the recorder is running.")
_TO_THE_INTERVIEWER = re.compile(r"^\W*(?:check|start|stop|turn|press|hit|click|make sure|ensure|remember|note|wait|"
                                 r"pause|begin|confirm|ask|explain|read|hand|give|send|share|write|log|mark|open|"
                                 r"close|let|do not|don't|never)\b", re.I)


def _same_breath(sentence: str, question: str) -> bool:
    sentence = sentence.strip()
    return bool(_SAME_BREATH.match(sentence)
                or ASKS_CONSENT.search(question) and _ABOUT_THE_RECORDING.match(sentence)
                and not _TO_THE_INTERVIEWER.match(sentence))


# the columns of a guide kept as a table, by their header
_TABLE_COLUMNS = {"section": r"(?:section|topic|theme|area|part|stage|phase|block)s?",
                  "probes": r"(?:probes?|follow[- ]?ups?|prompts?)(?:\s*/\s*(?:probes?|follow[- ]?ups?|prompts?))?",
                  "minutes": r"(?:time|mins?|minutes|duration|timing)(?:\s*\(min(?:ute)?s?\))?",
                  "notes": r"(?:do|notes?|instructions?|(?:interviewer|moderator) notes?|actions?|observe|"
                           r"watch for|what to do)",
                  # a guide kept as typed rows (Dovetail, a spreadsheet): "Question", "Probe", "Script"
                  "type": r"(?:row )?(?:type|kind)"}


def _row_type(cells: list[str], column: dict[str, int | None]) -> str | None:
    k = column.get("type")
    value = cells[k].strip().lower() if k is not None and k < len(cells) else ""
    return "probe" if re.fullmatch(r"probes?|follow[- ]?ups?|prompts?|sub[- ]?questions?", value) else value or None


def lists_goals(section: GuideSection) -> bool:
    """A section that lists the study's goals or research questions ("## Research goals")."""
    return bool(_GOALS_TITLE.match(section.title))


def _not_asked(section: GuideSection, lines: list[str]) -> bool:
    """A section of advice or of examples not to ask: its items are not the interview's questions.
    An advice title alone can mislead: "Reminders" in a study of appointment reminders holds the
    questions about them. So it counts only when most of the section's items are not questions to
    ask as written: statements ("Be warm, but professional"), or phrasings quoted as examples
    (the quotes are read from the line as written; the item's text has them taken off)."""
    if _NOT_TO_ASK.search(section.title) or _GOALS_TITLE.match(section.title):
        return True
    if not _ADVICE_SECTIONS.search(section.title):
        return False
    asked = sum(_asks(q) and not _QUOTED_ITEM.match(lines[q.line - 1]) for q in section.items)
    return 2 * asked <= len(section.items)


# Not the interview's questions: the study's own goals or research questions, listed in the guide
# ("## Goals", "Research questions:", "Learning objectives"), and the screener used to recruit
# ("## Participant Screener", "Eligibility criteria")
_GOALS_TITLE = re.compile(r"^\W*(?:\d{1,2}[.)]?\s+|[A-Z][.)]\s+|(?:section|part)\s+\w{1,3}\s*[:.\u2013-]\s*)?"  # "2. …"
                          r"(?:(?:research|study|learning|our|interview|key)\s+)?(?:goals?|objectives?|aims?|purpose|"
                          r"research questions?|questions we want (?:to )?answer(?:ed)?|hypothes[ie]s(?: mapping)?|"
                          # the research questions in the guide languages: "Kutatási kérdések:", "Forschungsfragen:"…
                          r"kutatási (?:kérdések|célok)|a kutatás céljai?|forschungsfragen|onderzoeksvragen|"
                          r"questions de recherche|preguntas de investigaci[óo]n|perguntas de pesquisa|domande di ricerca|"
                          r"pytania badawcze|forskningsfrågor|araştırma soruları|"
                          r"(?:what |things )?we (?:want|need|hope) to (?:learn|know|find out|understand)|"
                          r"why we(?:'re| are)? doing (?:this|it)|"
                          r"what (?:the|this) (?:study|research|project) is (?:for|about)|"
                          r"background and (?:aims|objectives|goals))"
                          r"(?:\s+(?:of|for|in)\s+(?:this|the|our)\s+(?:round|study|session|sprint|research|test|"
                          r"interviews?|project))?\W*$|"  # "Goals of this round"
                          r"^\W*(?:participant |recruitment |recruiting )?(?:screener|screening|eligibility|inclusion|"
                          r"exclusion)(?: questions| criteria| survey)?\W*$", re.I)
_QUOTED_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+[*_]*[\"\u201c\u2018']")


def _asks(q: GuideQuestion) -> bool:
    """Whether a list item asks: its text, or the English written under it in a guide in another
    script (\"هل تثق في الملاك؟\" / \"Do you trust landlords?\", whose "؟" no English rule reads)."""
    return _looks_like_question(q.text) or bool(q.translation) and _looks_like_question(checked_text(q))


def _looks_like_question(text: str) -> bool:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)|https?://\S+", r"\1", text)  # a link's "?" asks nothing
    field = re.match(r"^([A-Za-z][\w'\u2019 -]{0,40}?):\s+(\S.*)$", text.strip())
    if field and len(field.group(1).split()) <= 4 and not text.strip().endswith("?"):
        # a field of a template ("When to engage: From pre-award"): its value asks, or it does not;
        # words to say ("Say: \"We're looking at how…\"") ask only with a question mark
        if re.fullmatch(r"say|read(?: aloud| out)?|script", field.group(1).strip(), re.I):
            return "?" in field.group(2)
        return _looks_like_question(field.group(2))
    # an imperative asks the participant ("Describe your last order", "Talk me through it"),
    # but not when it is a note to the interviewer about the session itself ("Explain no right or
    # wrong answers", "Talk about what will happen in the session")
    if re.search(r"\[Y\]\s*\[N\]|\(Y/N\)|\[Y/N\]", text, re.I) and re.match(
            r"^(?:were|was|did|does|do|is|are|can|could|has|have) (?:they|he|she|the (?:participant|user)s?)\b",
            text.strip(), re.I):
        return False  # the note-taker's checklist ("Were they able to find the footer? [Y][N]")
    imperative = re.match(r"^(?:(?:please|briefly|now|first|next|then|finally|and|so)[,]?\s+){0,2}"
                          r"(?:tell|walk|describe|explain|show|talk|help)\b", text.strip(), re.I) \
        or _ADDRESSED_ASK.match(text.strip())
    if re.match(r"^introduce yourself\b", text.strip(), re.I) or imperative and _SESSION_NOTE.search(text):
        return False
    # the same asks in the other languages guides are written in ("me conta como foi",
    # "cuéntame", "erzählen Sie", "proszę opowiedzieć"), unless about the session itself
    if OTHER_LANGUAGE_ASK.match(text.strip()):
        return not OTHER_LANGUAGE_SESSION_NOTE.search(text)
    if re.search(r"^(?:should|shall) (?:we|i) (?:ask|include|drop|cut|add|keep|move|split|cover|leave)\b|"
                 r"\bq\d{1,2} (?:feels|seems|looks|is (?:too|a bit)|might be|could be|needs)\b|"
                 r"\b(?:drop|move|cut|reword|merge|swap) q\d{1,2}\b", text.strip(), re.I):
        return False  # a note about the guide itself: "Should we ask about X separately?", "Q5 feels pointed?"
    return is_question(text) or bool(imperative)


_SESSION_NOTE = re.compile(r"^(?:\w+\s+){0,2}(?:tell|show|explain to|remind|ask|thank) (?:(?:your|the) (?:participant|"
                           r"interviewee)s?|them|him|her)\b|"  # "Tell your participant how…"
                           r"\b(?:the (?:session|study|interview|research|recording|consent form)|why we|what we|"
                           r"what will happen|no right or wrong|(?:ask|asking) for (?:consent|permission)|"
                           r"think (?:out loud|aloud)|"
                           r"to the participant|to them)\b|"
                           # "Explain the $50 gift card thank-you.", "Mention the voucher": the thank-you for taking part
                           r"^(?:explain|mention|confirm|outline|go over) (?:the |our |their )?(?:[$\u20ac\u00a3]?\d[\d.,]*\s?\S*\s)?"
                           r"(?:gift[- ]?cards?|vouchers?|incentives?|thank[- ]you|honorari(?:um|a)|reimbursement)\b", re.I)


# --------------------------------------------------------------------------------------------
# Goals

_STOP = set("the a an of to and or for in on at with about how what why who we our their they "
            "is are be do does it this that from into by as people users customers "
            # the people studied by their role, whom the questions call "you" ("How do admins run…?")
            "admins administrators participants clients respondents interviewees "
            # the words a question is asked with ("…, and where do they get stuck?") say nothing
            # about its topic either
            "where when which whom whose get gets getting "
            # the verbs a goal is phrased with ("Learn what makes…", "Understand why… (or not)") say
            # nothing about its topic
            "learn understand find out explore discover know see make makes made not whether".split())
# ...and the same words in the languages guides are written in (accents folded): "Pourquoi certains
# reviennent vers l'accueil ?" is about the "accueil", not about "pourquoi" or "certains"
_STOP |= set("""les des une que qui quoi comment pourquoi quand quel quelle quels quelles leur leurs vers certains
certaines avec dans pour sur par plus sont ont est ses aux cette ces nous vous ils elles comprendre savoir
identifier explorer decouvrir connaitre mieux encore plutot toujours deja souvent aussi tres
los las unos unas como cuando por porque para con sobre del algunos algunas sus entender comprender conocer
descubrir explorar todavia tambien muy
uma uns umas com dos das nas seus suas alguns algumas compreender descobrir pelo pela
der die das den dem und wie warum wann welche welcher einige mit fur von bei nach aus ihre ihren sie
verstehen herausfinden erfahren
het een hoe waarom wanneer welke voor naar sommige begrijpen ontdekken
gli che perche alcuni alcune capire scoprire esplorare
jak dlaczego kiedy czy dla przez ich zrozumiec
och hur varfor nar vad som att det inte vissa forsta hvordan hvorfor hvad noen nogle""".split())


# an irregular past form meets its verb: "the last time you ran payroll" asks how they "run" it
_IRREGULAR_BASE = {past: base for base, past in _PAST.items()} | _PARTICIPLES


def _content_words(text: str) -> set[str]:
    # (accents folded, so "téléphone" and "telephone" meet, and "démarche" stays one word)
    words = (_IRREGULAR_BASE.get(w, w) for w in re.findall(r"[a-z]{3,}", fold(text)))
    return {_stem(w)[:6] for w in words if w not in _STOP} | _thai_shingles(text)


# Thai writes no spaces between words: its text is compared by runs of three letters instead,
# less the words a goal is phrased with ("เข้าใจ" understand, "ค้นหา" find out, "ศึกษา" study)
_THAI_RUN = re.compile(r"[\u0e00-\u0e7f]{3,}")
_THAI_GOAL_VERBS = re.compile(r"เข้าใจ|ค้นหา|ศึกษา|เรียนรู้|สำรวจ|หาคำตอบ")


def _thai_shingles(text: str) -> set[str]:
    runs = _THAI_RUN.findall(_THAI_GOAL_VERBS.sub(" ", text))
    return {run[i:i + 3] for run in runs for i in range(len(run) - 2)}


def _stem(word: str) -> str:
    """A crude stem, so "stopped", "stops" and "stop" or "recommend" and "recommends" meet."""
    stem = re.sub(r"(?:ing|ed|es|e|s)$", "", word) if len(word) > 4 else word
    return re.sub(r"([b-df-hj-np-tv-z])\1$", r"\1", stem)  # "stopp" → "stop"


def restates(text: str, goal: str) -> bool:
    """Whether a goal written in the guide says nothing the study's goal does not: nearly all its
    words (stemmed, less those a goal is phrased with, "Understand how…", "Find out why…") are the
    goal's ("Learn what makes trial members renew" and "What makes members on a trial renew?").
    A goal that names more ("…renew in December, after the price change") says more."""
    words = _content_words(text)
    return bool(words) and len(words & _content_words(goal)) >= 0.75 * len(words)


def written_goal(note: str) -> str | None:
    """The goal a note of the guide states, where it is a goal line ("Objectif : comprendre…",
    "**Goal:** why people stop"), else None."""
    m = _GOAL_LINE.match(note)
    return m.group(1) if m else None


# a goal line that names none: "Goal: none", "Goal: –", "Goal: n/a" (an intro's, a closing's)
_NO_GOAL = re.compile(r"^\W*(?:none|no goal|n/?a|nothing|[-\u2013\u2014]+|keine?s?|kein ziel|ninguno|nenhum|aucun|"
                      r"geen|nessuno|brak|ingen|žádný|yok|nincs|niciunul|ei mitään|nijedan)\W*$", re.I)
# several goals by number: "1, 2", "1 & 3", "1 and 2", "2/3", "RQ1, RQ2"
_SEVERAL_GOALS = re.compile(r"^(?:rq\s*)?\d{1,2}(?:\s*(?:,|&|\+|/|;|\band\b|\bund\b|\bet\b|\bog\b|\by\b|\be\b|\bi\b|\ba\b)"
                            r"\s*(?:rq\s*)?\d{1,2})+$", re.I)


def match_goals(guide: Guide, goals: list[str]) -> None:
    """Tie each section's written goal to one of the study's goals (by number or by words), or to
    several by their numbers ("Goal: 1, 2")."""
    for s in guide.sections:
        s.goal_index = None
        s.more_goals = []
        if not s.goal:
            continue
        g = re.sub(r"^rq\s*(?=\d+$)", "", s.goal.strip().lstrip("#").strip(), flags=re.I)  # "RQ2": goal 2
        if g.isdigit():
            idx = int(g) - 1
            s.goal_index = idx if 0 <= idx < len(goals) else None
            continue
        if _SEVERAL_GOALS.match(g):
            named = [int(d) - 1 for d in re.findall(r"\d+", g)]
            if all(0 <= i < len(goals) for i in named):  # (one out of range: none matched, and said)
                s.goal_index, s.more_goals = named[0], [i for i in dict.fromkeys(named[1:]) if i != named[0]]
            continue
        words = _content_words(g)
        best, best_score = None, 0.0
        for i, goal in enumerate(goals):
            gw = _content_words(goal)
            if goal.strip().lower() == g.lower():
                best, best_score = i, 1.0
                break
            if words and gw:
                score = len(words & gw) / min(len(words), len(gw))
                if score > best_score:
                    best, best_score = i, score
        s.goal_index = best if best_score >= 0.5 else None


# --------------------------------------------------------------------------------------------
# Checks

# Sections that set the scene or close the call need no probes of their own. Words that also
# name a topic ("Opening hours", "Closing your account", "End of tenancy") count only as the
# section's head: alone, last ("Session opening", "Project background"), or before a label, a
# dash or "and" ("Context and goals", "Task 2 - search", "Scenario A").
_SOFT_SECTIONS = re.compile(r"\b(?:intro|introduction|welcome|warm[- ]?up|ice[- ]?breaker|about you|about them|"
                            r"get(?:ting)? to know (?:you|each other|the participant)|"
                            r"demographics|wrap(?:ping)?[- ]?up|thanks?|thank[- ]you|debrief|consent|outro|"
                            r"starting the session|getting started|kick[- ]?off|screen(?:ing|er))\b|"
                            r"\b(?:opening|closing|close|end|background|context|profile|tasks?|scenarios?)"
                            r"(?:\s+(?:questions?|remarks|script|section))?"
                            r"(?=\s*(?:$|[-\u2013\u2014:(\[&/+,.]|and\b|\d|(?-i:[A-Z])\b))", re.I)
# Sections that are not asked: advice for the interviewer ("Do:", "Tips", "Remember", "Probing
# techniques") and notes in brackets; their items are kept as instructions. Sections that hold the
# probes themselves ("Key follow-up phrases", "Probes") are asked, but need no probes of their own.
_ADVICE_SECTIONS = re.compile(r"^\s*[(\[]\s*(?:notes?|nb|n\.b\.)\b|\b(?:tips|reminders?|remember|techniques|"
                              r"notes? (?:for|to))\b|"
                              # what to do if the participant is upset: steps for the interviewer
                              r"\b(?:distress|safeguarding|escalation|welfare|wellbeing|well-being) "
                              r"(?:protocol|procedure|plan|steps|guidance)\b|\bif (?:the )?(?:participant|"
                              r"interviewee|they) (?:becomes?|gets?|is|are) (?:upset|distressed)\b|"
                              r"^(?:do|dos|do's)\b\s*[:\W]*$", re.I)
_PROBE_SECTIONS = re.compile(r"\b(?:follow[- ]?ups?|probes?|probing|phrases)\b", re.I)
_SENSITIVE = re.compile(r"\b(?:pay|paid|price|pricing|cost|money|income|salary|budget|spend|spent|"
                        r"cancel\w*|quit|churn\w*|leave|left|stop\w*|fail\w*|mistake|problem|"
                        r"frustrat\w*|angry|worst|hate|complain\w*|debt|health|fear|afraid|"
                        r"embarrass\w*|wrong|blame)\b", re.I)


def difficulty(text: str, among_english: bool = True) -> int:
    """A rough score of how hard a question is to answer early in a conversation: sensitive
    topics, emotional weight, length and problems with the question itself."""
    score = 2 * len(set(m.lower() for m in _SENSITIVE.findall(text)))
    if len(text.split()) > 20:
        score += 1
    if re.search(r"\bwhy\b", text, re.I):
        score += 1
    if not check_question(text, (), among_english).ok:
        score += 1
    return score


def _left_empty(guide: Guide, i: int, levels: list[int]) -> bool:
    """A section without questions that looks forgotten: tied to a research goal, or holding
    nothing at all. Not a section of notes ("Moderator logistics", "General tips") and not a
    parent heading whose questions sit under its sub-headings (``levels``: heading_levels)."""
    s = guide.sections[i]
    if s.items or s.notes and not s.goal:
        return False
    # a parent heading: its goal, if any, is served by the sections under it
    return not (i + 1 < len(guide.sections) and levels[i + 1] > levels[i])


def heading_levels(guide: Guide) -> list[int]:
    """Each section heading's Markdown depth; a bold or plain line is the weakest heading there is."""
    # as the parser read them: a heading of another format (org-mode, setext) counts by its depth
    lines = as_markdown(_read_marks(guide.markdown).replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    out = []
    for section in guide.sections:
        head = _MD_HEADING.match(lines[section.line - 1]) if 0 < section.line <= len(lines) else None
        out.append(len(head.group(1)) if head else 7)
    return out


def parent_minutes(guide: Guide) -> dict[int, int]:
    """Minutes for sub-sections whose parent heading holds the time ("### Section 2 (10 minutes)"
    over "#### Questions" and "#### Primary question"): the parent's minutes shared out by their
    questions, keyed by the sub-section's index. A parent shared out this way takes no time itself."""
    out: dict[int, int] = {}
    sections = guide.sections
    levels = heading_levels(guide)
    for i, parent in enumerate(sections):
        if not parent.minutes or parent.questions:
            continue
        kids = _span(levels, i)[1:]
        asked = [j for j in kids if sections[j].questions and not sections[j].minutes and not sections[j].optional]
        total = sum(len(sections[j].questions) for j in asked)
        if not asked or any(sections[j].minutes for j in kids):
            continue
        left = parent.minutes
        for n, j in enumerate(asked):  # in proportion to the questions, the rest to the last
            share = left if n == len(asked) - 1 else round(parent.minutes * len(sections[j].questions) / total)
            out[j] = max(0, min(share, left))
            left -= out[j]
        out[i] = 0
    return out


# A section asked of some participants only, by its title: "Cancelling (only for cancelled people)",
# "Returns (only if they returned something)", "For those who left", "(cancelled customers only)"
_ASKED_OF_SOME = re.compile(r"\bonly (?:if|for|when|ask)\b|^(?:if|for) (?:they|those|people|participants|customers|"
                            r"users|anyone)\b|\bfor (?:those|people|participants|customers|users|anyone) (?:who|that)\b|"
                            r"\([^()]*\bonly\s*\)", re.I)


def _limited(report: QuestionReport, section: GuideSection, above: str | None = None) -> QuestionReport:
    """A question whose condition is written already, before it (or the question it follows,
    ``above``) or in its section's title: the advice to write one is dropped from its problems."""
    if report.condition or above or not section.optional and _ASKED_OF_SOME.search(section.title):
        for p in report.check.problems:
            p.reason = p.reason.replace(ASK_ONLY_THOSE, "")
    return report


def check_guide(guide: Guide, goals: list[str] | None = None,
                planned_minutes: int | None = None) -> GuideReport:
    """Check every question and the guide as a whole. ``planned_minutes`` overrides the length
    written in the guide; ``goals`` are the study's research goals (may be empty)."""
    goals = list(goals or [])
    if goals:
        match_goals(guide, goals)
    reports: list[QuestionReport] = []
    english = guide.in_english
    for s in guide.sections:
        for q in s.questions:
            check = question_check(q, guide.terms, english)
            if runs_the_session(checked_text(q)):
                # a check-in, the consent ask or a closing prompt is said, not weighed: as in the
                # kit, which prints it without a verdict, so the two count the same problems
                check.problems = []
            reports.append(_limited(QuestionReport(section=s.title, line=q.line, check=check,
                                                   suggested_followups=[] if left_to_them(q, s) else fitting_probes(
                                                       guide, suggest_followups(*_read_as(q, english))),
                                                   condition=q.condition, translated=checked_text(q) is not q.text,
                                                   translation_too=translated_too(q)),
                                    s))
            for f in q.followups:
                if f.instruction:
                    continue
                reports.append(_limited(QuestionReport(section=s.title, line=f.line, condition=f.condition,
                                                       check=followup_check(f, guide.terms, english), followup=True,
                                                       translated=checked_text(f) is not f.text,
                                                       translation_too=translated_too(f)), s, q.condition))
    issues: list[GuideIssue] = []
    # words every goal shares name the people studied ("volunteer tutors"), whom the questions
    # call "you": they say nothing about which goal a section serves
    shared = set.intersection(*map(_content_words, goals)) if len(goals) > 1 else set()
    # goals nobody asks about (the advice names the goal label in the guide's own language)
    label = goal_label(guess_language([q.text for q in guide.questions])) if not english else "Goal: "
    # (a guide in another language compares with an English goal only through the English written under its questions)
    untranslated = not english and not all(q.translation for q in guide.questions)
    not_compared: list[int] = []
    labelled = any(s.goal for s in guide.sections)
    for i, goal in enumerate(goals):
        if any((s.goal_index == i or i in s.more_goals) and s.questions for s in guide.sections):
            continue
        gw = _content_words(goal) - shared
        served = False
        for s in guide.sections:
            if s.goal_index is not None:
                continue
            # what the section asks, its probes too, and what it says it is for ("Objectif : … the
            # other channels"), where that names none of the study's goals
            texts = " ".join([s.title, s.goal or ""] + [q.text for q in s.questions]
                             + [f.text for q in s.questions for f in q.followups if not f.instruction]
                             + _translations(s) + _probe_topics(s))
            if gw and len(gw & _asked_words(texts)) / len(gw) >= 0.5:
                served = True
                break
        near = None if served else _nearest_section(guide, gw)
        if near is not None:
            issues.append(GuideIssue(GuideIssueKind.GOAL_WITHOUT_QUESTIONS,
                                     f"research goal {i + 1} (\u201c{goal}\u201d) has no section tied to it; "
                                     f"section \u201c{near.title}\u201d may ask about it: if so, write "
                                     f"\u201c{label}{i + 1}\u201d under its heading, else add a section for it",
                                     line=near.line, section=near.title))
        elif not served and untranslated and (looks_english(goal, among_english=False)
                                               or not labelled and _mostly_other_script(goal)):
            # (a goal in the guide's own language too, written in another script, where no section writes a goal:
            # words its language joins its endings to, "주문을" and "주문하게", do not meet by their spelling, and a
            # guide that ties none of its sections to a goal is not shown to leave one unasked)
            not_compared.append(i)
        elif not served:
            issues.append(GuideIssue(GuideIssueKind.GOAL_WITHOUT_QUESTIONS,
                                     f"research goal {i + 1} (\u201c{goal}\u201d) has no question: "
                                     f"add a section for it, or write \u201c{label}{i + 1}\u201d under the heading "
                                     "of the section that asks about it"))
    levels = heading_levels(guide)
    for n, s in enumerate(guide.sections):
        if s.goal and goals and s.goal_index is None and _refers_to_a_goal(s.goal):
            issues.append(GuideIssue(GuideIssueKind.UNKNOWN_GOAL,
                                     f"section \u201c{s.title}\u201d names goal \u201c{s.goal}\u201d, "
                                     "which matches none of the study's goals",
                                     line=s.line, section=s.title))
        if not s.asked or _PROBE_SECTIONS.search(s.title):
            continue
        if not s.questions and not _SOFT_SECTIONS.search(s.english_title) and _left_empty(guide, n, levels):
            issues.append(GuideIssue(GuideIssueKind.SECTION_WITHOUT_QUESTIONS,
                                     f"section \u201c{s.title}\u201d has no questions",
                                     line=s.line, section=s.title))
        # a backup list is extra by design: asked only if time is left, it needs no probes
        elif s.questions and not _SOFT_SECTIONS.search(s.english_title) and not s.optional \
                and s is not _untitled_warm_up(guide) \
                and not all(runs_the_session(checked_text(q)) for q in s.questions) \
                and not any(f for q in s.questions for f in q.followups if not f.instruction):
            issues.append(GuideIssue(GuideIssueKind.SECTION_WITHOUT_FOLLOWUPS,
                                     f"section \u201c{s.title}\u201d has no follow-up probes: nest "
                                     # (the example is English: none for a guide in another language,
                                     # whose interviewer could not say it)
                                     "a few under its questions"
                                     + (" (e.g. \u201cWhat happened next?\u201d)" if english else ""),
                                     line=s.line, section=s.title))
    minutes = planned_minutes or guide.planned_minutes
    timed = section_minutes(guide)
    mostly = _mostly_timed(guide) if timed is None else None
    issues.extend(_timed_length(guide, timed, minutes) if timed is not None
                  else _timed_length(guide, mostly[0], minutes, mostly[1]) if mostly is not None
                  else _counted_length(guide, minutes))
    issues.extend(_hardest_first(guide))
    language = None if english else guess_language([q.text for q in guide.questions])
    return GuideReport(guide=guide, questions=reports, issues=issues, goals=goals, planned_minutes=minutes,
                       language=language, goals_not_compared=not_compared)


# the goal label in the languages ``guess_language`` names, as ``_GOAL_LINE`` reads it
_GOAL_LABELS = {"French": "Objectif : ", "Spanish": "Objetivo: ", "Portuguese": "Objetivo: ", "German": "Ziel: ",
                "Dutch": "Doel: ", "Italian": "Obiettivo: ", "Polish": "Cel: ", "Swedish": "Mål: ",
                "Vietnamese": "Mục tiêu: ", "Indonesian": "Tujuan: ", "Turkish": "Hedef: ",
                "Hungarian": "Cél: ", "Finnish": "Tavoite: ", "Serbian, Croatian or Bosnian": "Cilj: ",
                "Bengali": "লক্ষ্য: ", "Czech": "Cíl: "}


def goal_label(language: str | None) -> str:
    """The goal label in a language ``guess_language`` names ("Objectif : "), "Goal: " in the others."""
    return _GOAL_LABELS.get(language or "", "Goal: ")


def _nearest_section(guide: Guide, goal_words: set[str]) -> GuideSection | None:
    """The section tied to no goal that shares the most words with a goal nobody is tied to, read
    with who it is for ("[only if they are lapsed or never gave]"), where it shares at least a third
    of them (two at least): a suggestion, as the words may meet by chance."""
    best, most = None, max(2, -(-len(goal_words) // 3))
    for s in guide.sections:
        if s.goal_index is not None or not s.asked or not s.questions or s.optional \
                or _SOFT_SECTIONS.search(s.english_title):
            continue
        texts = " ".join([s.title, *s.notes] + [x for q in s.questions for x in (q.text, q.condition or "")]
                         + [f.text for q in s.questions for f in q.followups if not f.instruction]
                         + _translations(s) + _probe_topics(s))
        shared = len(goal_words & _asked_words(texts))
        if shared >= most:
            best, most = s, shared + 1
    return best


def _probe_topics(s: GuideSection) -> list[str]:
    """The topics a section's probe lists name ("Probe: font size, colours, screen readers"): not
    questions, but what the section asks about all the same."""
    return [f.text for q in s.questions for f in q.followups if f.instruction]


# a name written in capitals ("National Relay Service"), whose initials a goal may write ("TTY/NRS")
_CAPITALISED_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][a-z]+){1,4}\b")


def _asked_words(text: str) -> set[str]:
    """The content words of what a section asks, with the initials of the names it writes out
    ("National Relay Service" as "nrs"), so a goal that writes the short form meets them."""
    initials = {"".join(w[0] for w in m.group(0).split() if w[0].isupper()).lower()
                for m in _CAPITALISED_NAME.finditer(text)}
    return _content_words(text) | {i[:6] for i in initials if len(i) >= 3}


def _translations(s: GuideSection) -> list[str]:
    """The translations a bilingual guide writes under a section's questions and probes (its
    English under Hebrew): goals in English are matched through them."""
    return [x.translation for q in s.questions for x in (q, *q.followups) if x.translation and not x.instruction]


def _refers_to_a_goal(goal: str) -> bool:
    """Whether a section's written goal points at one of the study's (a number, "RQ2", a few words
    naming it), so that matching none is a mistake; a sentence saying what the section is for
    ("Objectif : fréquence, moments et appareils d'usage…") is the section's own aim, compared with
    the study's goals but no mistake when it is none of them."""
    return len(re.findall(r"\w+", goal)) <= 4


# a warm-up's opening ask about the person: "Can you tell me a bit about your home and who lives there?"
_ABOUT_THEM = re.compile(r"\b(?:tell|talk to) (?:me|us) (?:a (?:little )?bit |a little )?about (?:yourself|you\b|your "
                         r"(?:\w+ ){0,2}?(?:home|household|family|role|job|work|day|week|background|life))|"
                         r"\bwho (?:else )?lives (?:there )?with you\b|\b(?:typical|normal|usual) (?:day|week)\b|"
                         r"\bwhat do you do for (?:a living|work)\b", re.I)


def _untitled_warm_up(guide: Guide) -> GuideSection | None:
    """The warm-up under a topic's name ("2. You and your home"): the first section with questions
    after the opening, whose first question asks about the person. Its questions are short by design,
    as a section titled "Warm-up" is."""
    for s in guide.sections:
        asked = [q for q in s.questions if not runs_the_session(checked_text(q))]
        if not asked:
            continue
        if _BRIEF_SECTION.search(s.english_title) and not _ABOUT_THEM.search(checked_text(asked[0])):
            continue  # the opening, "1. Welcome and consent"
        return s if _ABOUT_THEM.search(checked_text(asked[0])) else None
    return None


def _asked(section: GuideSection) -> int:
    """Main questions that take interview time: not the check-ins that run the session, nor a
    backup list's (the guide has already set those aside)."""
    return 0 if section.optional else sum(not runs_the_session(checked_text(q)) for q in section.questions)


def longest_alternatives(guide: Guide, size: list[int]) -> int:
    """``sum(size)`` with each set of alternative sections counted by its longest only."""
    total = sum(size)
    for group in alternative_groups(guide):
        sizes = [sum(size[j] for j in alt) for alt in group]
        total -= sum(sizes) - max(sizes)
    return total


def section_minutes(guide: Guide) -> list[int] | None:
    """Each section's minutes as the guide writes them (a parent heading's shared out), or None
    when a section with questions is left untimed: then the guide has not planned its time."""
    shared = parent_minutes(guide)
    out = [0 if s.optional else shared.get(i, s.minutes or 0) for i, s in enumerate(guide.sections)]
    if any(s.questions and not out[i] for i, s in enumerate(guide.sections) if s.asked and not s.optional):
        return None
    return out


def _mostly_timed(guide: Guide) -> tuple[list[int], int] | None:
    """Where most sections with questions write their minutes and a few do not: the written minutes,
    and ~3 a question for the rest (the guide's own plan, not 3 a question throughout), with how
    many sections were estimated so; None where fewer than half are timed."""
    shared = parent_minutes(guide)
    asked = [i for i, s in enumerate(guide.sections) if s.asked and not s.optional and s.questions]
    own = [i for i in asked if shared.get(i, guide.sections[i].minutes)]
    if not asked or 2 * len(own) <= len(asked):
        return None
    out = [0 if s.optional else shared.get(i, s.minutes or 0) or MINUTES_PER_QUESTION * _asked(s)
           for i, s in enumerate(guide.sections)]
    return out, len(asked) - len(own)


def _counted_length(guide: Guide, minutes: int | None) -> list[GuideIssue]:
    """An untimed guide: its main questions at ~3 minutes each against the planned length."""
    if not minutes:
        return []
    n_main = longest_alternatives(guide, [_asked(s) for s in guide.sections])
    fits = max(1, minutes // MINUTES_PER_QUESTION)
    if n_main <= fits:
        return []
    counted = " (of each set of alternative sections, the longest)" if alternative_groups(guide) else ""
    return [GuideIssue(GuideIssueKind.TOO_MANY_QUESTIONS,
                       f"{n_main} main questions{counted} take about {n_main * MINUTES_PER_QUESTION} "
                       f"minutes at ~{MINUTES_PER_QUESTION} min each; a {minutes}-minute "
                       f"interview fits about {fits}. Cut or move some to a backup list.")]


def _timed_length(guide: Guide, timed: list[int], minutes: int | None, estimated: int = 0) -> list[GuideIssue]:
    """A guide that times its sections: their sum against the planned length, and each section's
    questions against its own minutes (the squeeze is in a section, not in the total). ``estimated``:
    how many sections the guide leaves untimed, counted at ~3 minutes a question."""
    issues = []
    total = longest_alternatives(guide, timed)
    if minutes and total > minutes:
        sections = f"{estimated} section{'s' if estimated > 1 else ''}"
        rest = f" (with ~{MINUTES_PER_QUESTION} minutes a question for the {sections} not timed)" if estimated else ""
        issues.append(GuideIssue(GuideIssueKind.OVER_TIME,
                                 f"the sections' times{rest} add up to {total} minutes, {total - minutes} over the "
                                 f"planned {minutes}: shorten a section or move questions to a backup list"))
    warm = _untitled_warm_up(guide)
    for s, m in zip(guide.sections, timed):
        n = _asked(s)
        pace = MIN_MINUTES_PER_BRIEF_QUESTION if _BRIEF_SECTION.search(s.english_title) or s is warm \
            else MIN_MINUTES_PER_TIMED_QUESTION
        if n and n * pace > m:
            issues.append(GuideIssue(GuideIssueKind.TOO_MANY_QUESTIONS,
                                     f"section \u201c{s.title}\u201d has {n} main questions for {m} minutes, under "
                                     f"{pace} minute{'s' if pace > 1 else ''} each: cut some, move them to a "
                                     "backup list, or give the section more time", line=s.line, section=s.title))
    return issues


# the guide asks for consent in its own words ("Is it okay if I record this?", "With your
# permission we'll record…"); an instruction ("Ask for consent to record.") is not the ask
ASKS_CONSENT = re.compile(r"\b(?:(?:ok|okay|alright|all right|fine|comfortable|happy)\b.{0,40}\brecord\w*|consent)"
                          r"\b[^.!]*\?|"
                          # "…can I confirm that you have read the participant information sheet…?"
                          r"\bconfirm\b[^.!?]{0,40}\b(?:read|signed|received)\b[^.!?]{0,40}"
                          r"\b(?:information sheet|consent form|information leaflet)\b[^.!]*\?|"
                          r"\bwith your permission\b[^.!?]{0,60}\brecord|"
                          # the interviewer told to ask leave, with the words to say after it: "Ask for permission to
                          # record the call. \"Abeg, you gree make we record this call?\"" (Nigerian Pidgin: "do you agree
                          # that we record…?")
                          r"\b(?:permission|consent)\s+(?:to|for)\s+(?:record\w*|the recording)\b[^?]{0,120}\?|"
                          r"\b(?:you|una) gree (?:make|for|say) (?:i|we|me|us) record\b[^.!]*\?|"
                          # "Can I record this so I don't have to take notes?", "Do you mind if we record?"
                          r"\b(?:(?:can|may|could) (?:i|we)|(?:do|would) you mind if (?:i|we))\s+record\b[^.!?]*\?|"
                          # "Do you allow me to record…?", "Do I have your permission to record…?"
                          r"\b(?:do|would|will) you (?:allow|permit|let) (?:me|us)\s+(?:to\s+)?record\b[^.!?]*\?|"
                          r"\b(?:do|may|can) (?:i|we) have your (?:permission|consent|agreement)\s+(?:to|for)\s+"
                          r"(?:record|the recording)\b[^.!?]*\?|"
                          # "I'll take notes but not record the call. Is that okay?"
                          r"\brecord\w*\b[^?]{0,80}[.;,]\s*(?:is|would) (?:that|this|it) (?:be )?"
                          r"(?:ok|okay|alright|all right|fine)\b[^.!]*\?|"
                          # and in the other languages guides are written in ("Tudo bem se eu gravar…?")
                          + OTHER_LANGUAGE_CONSENT, re.I)
# "Is this still a good time to talk?", "Is now still a good time?": the call's opening check-in
_GOOD_TIME = re.compile(r"^(?:is|would) (?:this|now|it)(?: still)? (?:be )?a good time\b", re.I)


def runs_the_session(text: str) -> bool:
    """A question that runs the session rather than asks about the topic: a check-in ("Any
    questions before we begin?", "Can I follow up by email?"), the consent ask, or a closing
    prompt ("Anything I should have asked?"). It takes seconds, not three minutes, and is not
    probed."""
    first = _sentences_after_first_question(text)[0]
    # after a greeting ("Hi, I'm Priyanka. Thanks for your time. Is this still a good time to
    # talk?") the ask is the last sentence
    ask = re.split(r"(?<=[.!;])\s+", first)[-1]
    return is_check_in(first) or is_check_in(ask) or bool(_GOOD_TIME.match(ask)) \
        or bool(OTHER_LANGUAGE_CHECK_IN.search(ask)) \
        or bool(ASKS_CONSENT.search(text)) or bool(closing_prompts(text))


def check_followup(text: str, terms: list[str] | None = None, among_english: bool = True) -> QuestionCheck:
    """A probe checked as ``guide check`` checks it (and the kit, which notes it beside the probe)."""
    return _check_followup(text, terms, among_english)


def followup_check(f: GuideQuestion, terms: list[str] | None = None, english: bool = True) -> QuestionCheck:
    """A guide's probe checked as ``check_followup`` checks it, through the English the guide writes
    under a probe in another language ("מי עוזר לך…?" / "*Who helps you…?*"), as a main question is
    (``question_check``), shown with the probe as written."""
    text, among = _read_as(f, english)
    check = _check_followup(text, terms, among)
    if text is not f.text:
        check.text = f"{f.text} / {text}"
    return check


def _check_followup(text: str, terms: list[str] | None = None, among_english: bool = True) -> QuestionCheck:
    """Probes are short by design ("Why?", "And then?"): only serious problems count."""
    check = check_question(text, terms or (), among_english)
    # a check-in written under a question ("Is now still a good time, and can you talk freely?",
    # "Is it okay to keep going?") runs the session there too: said, not weighed, and no rewrite
    keep = [] if runs_the_session(text) else \
        [p for p in check.problems if p.kind.value in ("leading", "hypothetical", "accusatory_why",
                                                       "double_barreled", "jargon")]
    check.problems = keep
    if not keep:
        check.kind = QuestionKind.OPEN
    else:
        check.kind = keep[0].kind
    return check


def _hardest_first(guide: Guide) -> list[GuideIssue]:
    # the consent ask and the check-ins run the session, not the interview: they come first by
    # design ("Is it OK if I record this call?" must be asked before anything is recorded), so the
    # first question weighed is the first one about the topic
    qs = [q for q in guide.questions if not runs_the_session(q.text)]
    if len(qs) < 3:
        return []
    first = qs[0]
    english = guide.in_english
    scores = [difficulty(*_read_as(q, english)) for q in qs]
    if scores[0] >= 2 and scores[0] >= max(scores):
        return [GuideIssue(GuideIssueKind.HARDEST_FIRST,
                           "the guide opens with its hardest question (\u201c"
                           f"{first.text}\u201d); start with an easy warm-up about the "
                           "participant's day or role and build up to it", line=first.line)]
    return []


# "We will only ask one of the following question groups", "Pick one of the tracks below": the
# sections after such a note are alternatives (one per kind of participant), asked one at a time
_ONE_OF = re.compile(r"\b(?:ask|use|pick|choose|run|cover|follow)\s+(?:only\s+)?one of the (?:following |below |"
                     r"next )?(?:question |interview )?(?:groups?|sections?|blocks?|paths?|tracks?|sets?|modules?)\b|"
                     r"\bonly one of the (?:following|next) (?:question |interview )?(?:groups?|sections?|blocks?|paths?|"
                     r"tracks?|sets?|modules?)\b", re.I)


def alternative_groups(guide: Guide) -> list[list[list[int]]]:
    """Sets of alternatives of which an interview asks only one; each alternative is a section
    and the sub-sections under it, by index. A note says so (in a section's notes or its
    heading); the alternatives are the sub-sections under it when it has any, else the sections
    after it at its own level that open with the same words ("Questions for Veterans",
    "Questions for Officers"), or, when their titles share nothing, the sections with questions
    up to the closing."""
    sections = guide.sections
    levels = heading_levels(guide)
    groups: list[list[list[int]]] = []
    taken: set[int] = set()
    for i, s in enumerate(sections):
        if not any(_ONE_OF.search(text) for text in [s.title, *s.notes]):
            continue
        kids = _span(levels, i)[1:]
        if kids:
            top = min(levels[j] for j in kids)
            candidates = [j for j in kids if levels[j] == top]
        else:
            candidates = []
            for j in range(i + 1, len(sections)):
                if levels[j] < levels[i]:
                    break
                if levels[j] == levels[i]:
                    candidates.append(j)
        candidates = [j for j in candidates if j not in taken]
        if not candidates:
            continue
        opening = sections[candidates[0]].title.lower().split()[:2]
        same = list(itertools.takewhile(lambda j: sections[j].title.lower().split()[:2] == opening, candidates))
        track = _TRACK_TITLE.match(sections[candidates[0]].title)
        if len(same) < 2 and track:
            # "Track A — …", "Track B — …": the tracks, not the section after them ("5. Trust")
            same = list(itertools.takewhile(lambda j: _same_track_word(sections[j].title, track.group(1)), candidates))
        elif len(opening) < 2 or len(same) < 2:
            numbered = _NUMBERED_TITLE.match(sections[candidates[0]].title)
            # (a numbered section after unnumbered alternatives carries on the guide's own
            # numbering: it is back in the common flow)
            same = list(itertools.takewhile(
                lambda j: _has_questions(guide, j, levels) and not _SOFT_SECTIONS.search(sections[j].english_title)
                and (numbered or not _NUMBERED_TITLE.match(sections[j].title)), candidates))
        if len(same) >= 2:
            spans = [_span(levels, j) for j in same]
            groups.append(spans)
            taken.update(j for span in spans for j in span)
    # sections named as tracks ("Track S — Submitters", "Track A — Approvers", "Group B: lapsed")
    # or as one audience's ("Sellers only", "Buyers only"): alternatives without a note to say so;
    # "For sellers" / "For buyers" too where the guide says they are not both asked ("never both")
    not_both = any(_NOT_BOTH.search(text) for text in [*guide.notes, *(n for s in sections for n in s.notes)])
    kinds = [_alternative_kind(s.title, not_both) for s in sections]
    # (two sections in a row for the same audience, "Teachers only" twice, are one alternative: that
    # audience's sections follow each other, and the other audience's start where the first began)
    i = 0
    while i < len(sections):
        run = [[i]]  # the alternatives, each the sections of one audience in a row
        while run[-1][-1] + 1 < len(sections) and kinds[i]:
            j = next((k for k in range(run[-1][-1] + 1, len(sections)) if levels[k] <= levels[i]), None)
            if j is None or levels[j] != levels[i] or not kinds[j] or kinds[j][0] != kinds[i][0]:
                break
            if kinds[j][1] and kinds[j][1] == kinds[run[-1][-1]][1]:
                run[-1].append(j)
                continue
            if kinds[j][1] in {kinds[alt[0]][1] for alt in run if kinds[alt[0]][1]}:
                break
            run.append([j])
        every = [j for alt in run for j in alt]
        if len(run) >= 2 and not taken.intersection(every) and all(_has_questions(guide, j, levels) for j in every):
            spans = [[k for j in alt for k in _span(levels, j)] for alt in run]
            groups.append(spans)
            taken.update(every)
            taken.update(j for span in spans for j in span)
        i = run[-1][-1] + 1
    return groups


# A note that the sections for different people are not all asked: "…with buyers, never both",
# "only one of them", "whichever applies"
_NOT_BOTH = re.compile(r"\b(?:never|not) both\b|\bnever all (?:of )?(?:them|the sections)\b|"
                       r"\bonly one of (?:them|these|those|the two|the sections|the tracks)\b|\bone or the other\b|"
                       r"\bwhichever (?:one )?(?:applies|fits|matches)\b|\b(?:skip|drop) the other (?:one|section|track)\b",
                       re.I)
# One audience's section: "Sellers only", "Only for buyers", "Buyer-only questions", "For sellers",
# "Questions for buyers"; not everyone's ("For everyone", "For all participants") nor the
# interviewer's or an observer's
# (a hyphen inside the audience's name joins a word, "District-paid teachers only"; a dash set apart
# ends it, "Members only - renewals"; an age is part of it, "Students 18+ only")
_AUDIENCE_END = r"(?:\s*(?:$|[:.\u2013\u2014(])|\s+-)"
# an age or a pair belongs to the name: "Students 18+", "Over 65s", "Parents & carers", "Year 10/11 pupils"
_AUDIENCE_NAME = r"[\w'+&/ -]{1,30}?"
_ONLY_TITLE = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?:(?:questions?|section|part)\s+)?(?:only (?:for |with )?(?:the )?"
                         r"(?P<a>[a-z]" + _AUDIENCE_NAME + r")|(?P<b>[a-z]" + _AUDIENCE_NAME + r")[ -]only(?: questions| section)?)"
                         + _AUDIENCE_END, re.I)
# ...or named after the section's topic, behind a dash or in brackets: "3. Classroom routines – Teachers
# only", "Reports (librarians only)" (not a condition, "(only if time allows)", "(if time only)")
_ONLY_AFTER = re.compile(r"(?:\s[-|:\u2013\u2014]\s*|\s*\(\s*)(?:for |with )?(?:the )?(?!(?:if|when|as|time)\b)"
                         r"(?P<a>[a-z]" + _AUDIENCE_NAME + r")[ -]only\s*\)?\s*$", re.I)
_FOR_TITLE = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?:(?:questions?|section|part)\s+)?for (?:the )?"
                        r"(?P<a>[a-z]" + _AUDIENCE_NAME + r")" + _AUDIENCE_END, re.I)
_EVERYONE = re.compile(r"^(?:every(?:one|body)|all\b.*|both\b.*|each\b.*|you|them|us|me|the interviewer|interviewers?|"
                       r"note[- ]?takers?|observers?|moderators?|facilitators?|researchers?|the team|reference)$", re.I)


def _alternative_kind(title: str, not_both: bool) -> tuple[str, str] | None:
    """What makes a section one of a set of alternatives, and whom or what it is for: a track's
    word ("Track S — Sellers" → ("track", "s")), one audience's only ("Sellers only" →
    ("only", "sellers")), or, where the guide says the sections are not all asked, one audience's
    ("For sellers" → ("for", "sellers"))."""
    track = _TRACK_TITLE.match(title)
    if track:
        return (track.group(1).lower(), "")
    only = _ONLY_AFTER.search(title.strip()) or _ONLY_TITLE.match(title.strip())
    if only:
        who = (only.group("a") or only.groupdict().get("b") or "").strip().lower()
        return None if _EVERYONE.match(who) else ("only", who)
    audience = _FOR_TITLE.match(title.strip()) if not_both else None
    if audience and not _EVERYONE.match(audience.group("a").strip()):
        return ("for", audience.group("a").strip().lower())
    return None


_TRACK_TITLE = re.compile(r"^\W*(track|group|path|branch|route|stream|persona)\s+(?:[A-Z0-9]{1,2}|one|two|three|four)\b"
                          r"\s*(?:$|[-:.\u2013\u2014(])", re.I)


_NUMBERED_TITLE = re.compile(r"^\s*\d{1,2}[.)]\s")


def _same_track_word(title: str, word: str) -> bool:
    m = _TRACK_TITLE.match(title)
    return bool(m) and m.group(1).lower() == word.lower()


def _span(levels: list[int], i: int) -> list[int]:
    """A section and the sub-sections under it."""
    out = [i]
    for j in range(i + 1, len(levels)):
        if levels[j] <= levels[i]:
            break
        out.append(j)
    return out


def _has_questions(guide: Guide, i: int, levels: list[int]) -> bool:
    """Whether a section, or any sub-section under it, has questions."""
    return any(guide.sections[j].questions for j in _span(levels, i))

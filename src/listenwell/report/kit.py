"""The interview kit: the one-pager an interviewer takes into the call.

Built from a study and its parsed guide (``analysis.guide.Guide``) into a plain ``Kit``
dataclass, then rendered as Markdown, HTML (a Jinja template) or PDF (WeasyPrint renders the
HTML; it is imported only when a PDF is asked for). Files are written to a temporary name
beside the target and moved into place, so a failed render leaves nothing half-written.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from listenwell.analysis.guide import (
    ASKS_CONSENT,
    MINUTES_PER_QUESTION,
    Guide,
    GuideQuestion,
    GuideSection,
    SAME_CHANGE,
    TRANSLATION_CHANGE,
    alternative_groups,
    as_written,
    checked_text,
    followup_check,
    fitting_probes,
    left_to_them,
    heading_levels,
    lists_goals,
    longest_alternatives,
    restates,
    parent_minutes,
    question_check,
    runs_the_session,
    said_with,
    section_minutes,
    trauma_informed,
    written_goal,
)
from listenwell.analysis.questions import Problem, check_question, closing_prompts, suggest_followups
from listenwell.analysis.questions import PLAIN_WORDS_UNKNOWN
from listenwell.analysis.questions.topic import NO_TOPIC
from listenwell.analysis.questions.closing import MISSED, OPEN_FLOOR, WHO_ELSE
from listenwell.analysis.questions.language import OTHER_LANGUAGE_ABOUT_THEM, greek_accents, guess_language, looks_english
from listenwell.domain import InputError, MissingDependency, Study
from listenwell.report.fonts import boxes_warning, misdrawn, misdrawn_warning, undrawable
from listenwell.report.kit_labels import KitLabels, labels_for, minute_word
from listenwell.report.output import atomic_path

INTRO_MINUTES = 3
WARMUP_MINUTES = 5
CLOSING_MINUTES = 5
NOTE_ROWS = 14

DEFAULT_WARMUP = [
    "Can you tell me a bit about yourself?",
    "What does a typical week look like for you?",
]
# The kit's closing for a guide without one (analysis.questions.closing): the catch-all, then
# the snowball question. "Anything else you'd like to add?" is the catch-all again in other words.
DEFAULT_CLOSING = [
    ("Is there anything I should have asked but didn't?", MISSED),
    ("Who else do you think we should talk to?", WHO_ELSE),
]
CONSENT = "Is it okay if I record this conversation? The recording is only for the research team's notes."
# The points every intro makes, each with the words that show a guide's own intro already makes
# it, so an interviewer whose guide says "thank them" or "we're testing the product, not them"
# does not say it twice.
STANDARD_INTRO = [
    ("Thank you for making the time.", re.compile(r"\b(?:thank\w*|welcome)\b", re.I)),
    ("We're talking to people about their own experience so we can learn what works for them and "
     "what gets in the way.",
     re.compile(r"\b(?:learn|understand|find out|talking to people|research)\w*", re.I)),
    ("This is not a sales call: we are not selling anything, and we are not testing you. "
     "We want to learn from your experience.",
     re.compile(r"\b(?:sell\w*|sales|pitch\w*)\b|\bnot (?:testing|judging|evaluating) (?:you|them)\b|"
                r"\btesting (?:the|our) \w+,? not (?:you|them)\b", re.I)),
    ("There are no right or wrong answers. Honest views, good or bad, help us most; you "
     "won't hurt anyone's feelings.",
     re.compile(r"\bright or wrong\b|\bwrong answers?\b|\bhonest\w*", re.I)),
    ("Please stop me at any time, skip any question, or ask me anything.",
     re.compile(r"\b(?:stop|skip|pause)\b", re.I)),
]
# the check's advice where no rewrite will do: for the interviewer to act on, not to read out
CHECK_ADVICE = (NO_TOPIC, PLAIN_WORDS_UNKNOWN)
# The bank's probes that fit any answer: printed once at the top, not under every question
ANY_ANSWER_PROBES = ("Can you say more about that?", "Can you give me an example?",
                     "What else should I know about that?")
# A guide written in another language gets none of the kit's English lines to say (its intro script,
# consent ask, warm-up, closing prompts, probes for any answer): an interviewer reads the kit aloud to
# people who may not speak English. Where the guide lacks one, a note to the interviewer says what
# to say, in the guide's language, instead.
OPEN_NOTE = ("Open the call in the participant's language: thank them, say what the conversation is for, that "
             "there are no right or wrong answers, and that they can stop or skip a question at any time.")
CONSENT_NOTE = "The guide asks no consent to record: ask for it, in the participant's language, before recording."
NO_WARMUP_NOTE = ("The guide has no warm-up, and the kit adds none in English: an easy question about their day "
                  "or their role, in the participant's language, eases into the topics.")
CLOSING_NOTES = {  # the kind of closing prompt the kit would add → the note that stands for it
    MISSED: "Ask, in the participant's language, whether there is anything you should have asked.",
    WHO_ELSE: "Ask, in the participant's language, who else you should talk to.",
}
# "I'll take notes but won't record the call": the guide has settled recording, against it
_NOT_RECORDING = re.compile(r"\b(?:not|n't|never|no)\s+(?:be\s+)?record(?:ing|ed)?\b", re.I)
# "Any questions before we begin?": the last thing said before the questions start
_ANY_QUESTIONS = re.compile(r"\bany (?:other |more )?questions\b", re.I)
# A paragraph of the guide's intro written as words to say: it opens as speech does, with a
# greeting, thanks or the speaker's name ("Thanks for making time. I'm Priya…", "Olá, sou a
# Rita…", "Fijn dat je er bent. Ik ben Femke…", "Schön, dass Sie da sind"), and is not a note
# about the call ("Thank them", "Welcome the participant…", "Welkom heten", "Bedank de deelnemer")
_SAID = re.compile(r"^\W*(?:hi|hello|hey|good (?:morning|afternoon|evening)|thanks|thank you|welcome|i'm|i am|"
                   r"my name is|ol[aá]|oi|bom dia|boa tarde|obrigad[oa]|muito obrigad[oa]|bem-vind[oa]s?|eu sou|sou|"
                   r"meu nome [ée]|hola|buen(?:os|as) (?:d[ií]as|tardes)|gracias|muchas gracias|bienvenid[oa]s?|soy|"
                   r"me llamo|mi nombre es|bonjour|merci|bienvenue|je suis|je m'appelle|hallo|guten (?:tag|morgen)|"
                   r"danke|vielen dank|herzlichen dank|(?:herzlich )?willkommen(?! hei)|sch[öo]n,? dass|ich bin|"
                   r"ich hei[ßs]e|mein name ist|goedemorgen|goedemiddag|dank (?:je|u)|hartelijk dank|bedankt|"
                   r"(?:heel )?fijn dat|leuk dat|welkom(?! heten)|ik ben|mijn naam is|ciao|buongiorno|grazie|"
                   r"benvenut[oaie]|mi chiamo|dzie[nń] dobry|dzi[eę]kuj[eę]|cze[sś][cć]|witam|jestem|"
                   r"nazywam si[eę]|habari|hujambo|jambo|karibu|asante|shikamoo|jina langu ni|mimi ni|"
                   # Indonesian and Malay ("Halo Bapak/Ibu, terima kasih…", "Selamat pagi", "Saya Putri…")
                   r"halo|selamat (?:pagi|siang|sore|malam|datang)|terima kasih|saya|nama saya|"
                   # Turkish ("Merhaba, ben Elif…", "Zaman ayırdığınız için teşekkür ederim…")
                   r"merhaba|iyi günler|hoş geldiniz|teşekkür\w*|benim adım|zaman ayırdığınız|"
                   # Ukrainian and Russian ("Добрий день! Мене звати Оксана…", "Дякую вам за час!", "Здравствуйте,
                   # меня зовут…", "Спасибо…")
                   r"добрий (?:день|ранок|вечір)|доброго (?:дня|ранку|вечора)|вітаю|привіт|дякую|дякуємо|щиро дякую|"
                   r"мене звати|здравствуйте|добрый (?:день|вечер)|доброе утро|привет|спасибо|благодарю|меня зовут|"
                   # Vietnamese ("Em chào anh/chị, em là Linh…", "Xin chào", "Em cảm ơn anh/chị…") and Hebrew
                   # ("שלום, אני נועה…", "תודה רבה על הזמן!")
                   r"(?:em |con |mình |tôi )?(?:xin )?chào|(?:em |mình |tôi |chúng tôi |chúng em )?(?:xin )?cảm ơn|"
                   r"(?:em|tôi|mình) (?:là|tên là)|שלום|תודה|אני|שמי|"
                   # Persian ("سلام، من شیرین هستم…", "ممنون که وقت گذاشتید") and Greek ("Καλησπέρα σας, ονομάζομαι…",
                   # "Σας ευχαριστώ πολύ…"), its accents written or not
                   r"سلام|ممنون|متشکر\w*|مرسی|اسم من|" + greek_accents(
                       r"καλησπέρα|καλημέρα|γεια σας|γειά σας|(?:σας )?ευχαριστ\w*|ονομάζομαι|με λένε|είμαι") + r"|"
                   # Hungarian ("Jó napot kívánok! Kovács Réka vagyok…", "Köszönöm, hogy eljött", "A nevem…")
                   r"jó (?:napot|reggelt|estét)(?: kívánok)?|üdvözlöm|üdvözöljük|szia|sziasztok|(?:nagyon |szépen )?köszönöm|"
                   r"köszönjük|köszöntöm|köszöntjük|a nevem|(?:[^\W\d_]+ ){1,3}vagyok)(?![\w'-])", re.I)
# A greeting of one or two words in a language not listed above, on its own ("Sawubona! My name is…"):
# the sentence after it says whether the paragraph is speech
_OWN_GREETING = re.compile(r"^\W*[^\W\d_]+(?:[ -][^\W\d_]+)?\s*[!,]\s+(?=\S)")
# The speaker introducing themselves: speech, whoever else it names ("We're talking with people
# who run payroll to learn how it goes for them")
_INTRODUCES = re.compile(r"\b(?:i'm|i\u2019m|i am|my name is|i work (?:on|at|in|for|with))\b", re.I)
# the same in Japanese, Chinese and Korean, where thanks close the first sentence ("本日は…ありがとう
# ございます。", "感谢您抽出时间", "시간 내주셔서 감사합니다") or a greeting opens it
_SAID_CJK = re.compile(r"^\W*(?:こんにちは|はじめまして|你好|您好|안녕하세요)|"
                       r"^[^。！!？?]*(?:ありがとう|感謝(?:いた)?し|谢谢|謝謝|感谢|感謝您|감사(?:합니다|드립니다)|고맙습니다)|"
                       # Thai, opening with a greeting or thanks ("สวัสดีค่ะ…", "ขอบคุณมากค่ะ…"; not "กล่าวขอบคุณ…",
                       # an instruction to thank them)
                       r"^\W*(?:สวัสดี|ขอบคุณ|ขอขอบคุณ)")
# (who is spoken of is no sign of a note in a paragraph where the speaker introduces themselves)
_SPOKEN_OF = re.compile(r"\b(?:them|they|their|he|she)\b", re.I)
_NOT_SAID = re.compile(r"\b(?:the participants?|interviewer|note-taker)\b|"
                       r"^\W*(?:notes?|nb|tip|reminder)\b|"
                       # the participant or interviewer named in the guide languages: a note about them
                       r"\b(?:deelnemers?|respondent(?:en)?|interviewers?|teilnehmer(?:in|innen|s)?|interviewerin|"
                       r"(?:le|la|les|du|des|au|aux) participants?|participant(?:e|es)|participantes?|partecipant[ei]|"
                       r"entrevistad[oa]r?s?|entrevistador(?:a|es)?|enquêté(?:e|s)?|uczestni\w*)\b|"
                       r"người (?:phỏng vấn|tham gia|được phỏng vấn)|(?<!\w)ה?(?:מראיינ|משתתפ|מרואיינ)\w*|"
                       r"インタビュアー|参加者|対象者|回答者|受访者|受訪者|访谈员|訪談員|참가자|참여자|인터뷰어|진행자", re.I)


# A task the interviewer reads out, under its label: "Task 1: Please share your screen…", "Task 2:
# Find a recipe you would cook tonight" (it asks the participant, "please" or "you"), not "Task 1:
# watch how they find the recipe"
_TASK_SAID = re.compile(r"^\W*(?:task|scenario|aufgabe|t[âa]che|tarea|tarefa|taak|opdracht|compito|zadanie)\s*(?:\d{1,2}|[a-z](?![a-z]))?\s*"
                        r"[:.)\u2013\u2014-]\s*(?=\S).*?\b(?:please|you|your|bitte|Sie|Ihr\w*|du|dein\w*|vous|votre|"
                        r"por favor|usted|voc[eê]|alsjeblieft|alstublieft|je|jouw|u|uw|per favore|prosz[eę])\b", re.I)


# The participant told, in the second person, that they run the session ("You're in charge of
# this conversation.", "You can skip any question or stop at any time.", "You don't have to answer
# anything you'd rather not.", "There are no right or wrong answers."): a trauma-informed intro's
# key words to say, not a note for the interviewer ("You can skip section 3 if time is short" is)
_THEIR_CALL = re.compile(r"^\W*(?:you(?:'re|\u2019re| are) (?:in charge|in control)\b|"
                         r"you (?:can|may|are free to|'re free to|\u2019re free to) (?:always )?(?:skip|pass on|stop|pause|"
                         r"take a break|end|leave|withdraw|decline)\b[^.;]*\b(?:any|anything|at any (?:time|point)|whenever)\b|"
                         r"you (?:don't|don\u2019t|do not) have to (?:answer|say|talk|share|tell|explain)\b|"
                         r"feel free to (?:skip|pass|stop|pause|take a break)\b|"
                         r"there (?:are|is) no (?:right or wrong|wrong) answers?\b)", re.I)


# The same told in the other guide languages, and what they say is kept private, at the start of a
# sentence: Spanish "Puede pausar o terminar la entrevista en cualquier momento", "No hay respuestas
# correctas ni incorrectas", "Todo lo que nos diga es confidencial"; Portuguese, French, German, Italian;
# English "Everything you say stays confidential" (not "Remind them they can stop at any time", nor
# "Recuérdale que puede parar": a note that tells the interviewer to say it)
_THEIR_CALL_TOLD = re.compile(
    r"(?:^|[.;:!?]\s+|\u00bf|\u00a1)\W*(?:"
    r"(?:usted |tú |vos )?(?:puede|puedes|podés) (?:pausar|parar|detener|terminar|interrumpir|saltar(?:se)?|omitir|"
    r"dejar|retirarse|no (?:responder|contestar))\b[^.;]*\b(?:cualquier (?:momento|pregunta)|cuando (?:quiera|quieras))|"
    r"no (?:tiene|tienes) que (?:responder|contestar|decir|compartir|hablar)\b|"
    r"no hay respuestas (?:correctas|buenas|malas|incorrectas)\b|"
    r"(?:todo )?lo que (?:nos )?(?:diga|digas|comparta|compartas|cuente|cuentes)\b[^.;]{0,30}\b(?:es|será|queda) "
    r"(?:\w+ )?(?:confidencial|anónimo|privado)|(?:sus|tus) respuestas (?:son|serán) (?:\w+ )?(?:confidenciales|anónimas)|"
    r"(?:você )?pode (?:pausar|parar|interromper|encerrar|pular|desistir)\b[^.;]*\b(?:qualquer (?:momento|pergunta)|quando quiser)|"
    r"não (?:há|existem) respostas (?:certas|erradas)\b|"
    r"tudo (?:o )?que (?:você )?(?:disser|falar|compartilhar|contar)\b[^.;]{0,30}\b(?:é|será|fica) (?:\w+ )?(?:confidencial|anônimo)|"
    r"vous (?:pouvez|êtes libre d['e]) ?(?:arrêter|interrompre|faire une pause|passer|ne pas répondre|mettre fin)\b[^.;]*"
    r"\b(?:à tout moment|n'importe quand|toute question|quand vous (?:le )?voulez)|"
    r"il n'y a pas de (?:bonnes?|mauvaises?) (?:ou (?:de )?(?:bonnes?|mauvaises?) )?réponses?\b|"
    r"tout ce que vous (?:direz|dites|partagez|partagerez)\b[^.;]{0,30}\b(?:est|reste|restera|sera) (?:\w+ )?confidentiel|"
    r"sie können (?:das gespräch |das interview )?jederzeit\b|es gibt keine (?:richtigen oder falschen|falschen) antworten\b|"
    r"alles,? was sie (?:sagen|erzählen)\b[^.;]{0,30}\b(?:bleibt|ist|wird) (?:\w+ )?vertraulich|"
    r"(?:può|puoi) (?:interrompere|fermar\w*|saltare|sospendere|ritirarsi)\b[^.;]*\b(?:in qualsiasi momento|qualsiasi domanda|quando vuole)|"
    r"non ci sono risposte giuste o sbagliate\b|"
    # Romanian (ș ț with the comma below or the cedilla): "Puteți opri interviul oricând", "Nu există răspunsuri
    # corecte sau greșite", "Tot ce ne spuneți rămâne confidențial"
    r"(?:pute[țţ]i|po[țţ]i) (?:opri|[îi]ntrerupe|s[aă]ri|renun[țţ]a|lua o pauz[aă]|s[aă] nu r[aă]spunde[țţ]i)\b[^.;]*"
    r"\b(?:oric[aâ]nd|orice [îi]ntrebare|[îi]n orice moment)|"
    r"nu (?:exist[aă]|sunt) r[aă]spunsuri (?:corecte|bune|gre[șş]ite)\b|"
    r"tot (?:ce|ceea ce) (?:ne )?(?:spune[țţ]i|ve[țţ]i spune|spui)\b[^.;]{0,30}\b(?:r[aă]m[aâ]ne|este|va r[aă]m[aâ]ne) "
    r"(?:\w+ )?(?:confiden[țţ]ial|anonim|privat)|"
    r"(?:everything|anything|whatever) you (?:say|tell us|share)\b[^.;]{0,30}\b(?:is|stays|will (?:be|stay)) (?:\w+ )?"
    r"(?:confidential|private|anonymous))", re.I)


def _is_said(text: str) -> bool:
    """A note of the guide's that is words to say to the participant, not a note about the call."""
    opens = _SAID.match(text) or _SAID.match(_OWN_GREETING.sub("", text, count=1)) or _SAID_CJK.match(text) \
        or _TASK_SAID.match(text) or _THEIR_CALL.match(text) or _THEIR_CALL_TOLD.search(text)
    return bool(opens) and not _NOT_SAID.search(text) and not (_SPOKEN_OF.search(text) and not _INTRODUCES.search(text))


_WARMUP = re.compile(r"\b(?:warm[- ]?up|ice[- ]?breaker|background|about you|getting to know)\b", re.I)
_INTRO = re.compile(r"\b(?:intro|introduction|opening|consent|before we start|welcome)\b", re.I)
_CLOSING = re.compile(r"\b(?:clos\w*|wrap(?:ping)?[- ]?up|thanks?|thank you|outro|end|final)\b", re.I)
# a question about the person and their routine: a guide that opens with one has its warm-up
_ABOUT_THEM = re.compile(r"\babout (?:yourself|you\b|your (?:\w+ ){0,2}?(?:role|job|work|business|team|household|"
                         r"family|company|school|class\w*|background|day|week))|\b(?:typical|normal|usual) (?:day|week)\b|"
                         r"\bwhat do you do for (?:a living|work)\b", re.I)


@dataclass
class KitQuestion:
    text: str  # the guide's wording, as written
    followups: list[str]
    suggested: bool = False  # the follow-ups come from the bank, not the guide
    problem: str | None = None  # the check's verdict on it ("leading"); the kit still prints it as written
    suggestion: str | None = None  # the check's rewrite, offered beside it, never put in its place
    also: list[str] = field(default_factory=list)  # the check's other findings ("jargon “TLM”")
    advice: str | None = None  # the check's advice where no rewrite keeps the topic: not words to say
    notes: list[str] = field(default_factory=list)  # the guide's notes for the interviewer under it
    later_notes: list[str] = field(default_factory=list)  # its notes written after a probe, kept after them
    condition: str | None = None  # "[only if they cancelled]": read before asking
    added: bool = False  # the kit's own line, not the guide's
    # not checked: a question in another language in a guide in English (a guide written in another
    # language says so once, at the top: ``Kit.notices``)
    unchecked: bool = False
    # the guide's list items written just before it that are not questions ("Only for people who
    # shop weekly", a lead-in): printed in place, before it, not moved to the section's notes
    before: list[str] = field(default_factory=list)
    number: str | None = None  # the guide's own number for it ("7.", "Q7"), printed before it
    # those of ``before`` that are the guide's words to say ("Task 1: Please share your screen…"):
    # printed as lines to say, not in a note's italics
    said: list[str] = field(default_factory=list)
    # the guide's own translation of it, written under it ("*¿Cómo llega…?*"): printed with it, in
    # the same line of the list, to be said in its stead; and its probes' translations, by probe
    translation: str | None = None
    translations: dict[str, str] = field(default_factory=dict)
    # the check's note on each of the guide's probes it flags, by probe, printed under it, as
    # `guide check` counts and lists them
    followup_checks: dict[str, str] = field(default_factory=dict)


@dataclass
class KitSection:
    title: str
    start_minute: int
    minutes: int
    questions: list[KitQuestion]
    goal: str | None = None
    notes: list[str] = field(default_factory=list)  # instructions from the guide
    choice: str | None = None  # "Alternative 2 of 4: …" when the guide asks only one of a set
    lead: list[str] = field(default_factory=list)  # the guide's notes before the questions (a scenario)
    script: list[str] = field(default_factory=list)  # the kit's standard lines to say (the intro)
    # those of ``lead`` (and of a closing's ``notes``) that are the guide's own words to say (its intro script, "Thanks for making
    # time. I'm Priya…"): printed in place as lines to say, not in a note's italics
    said: list[str] = field(default_factory=list)
    added: bool = False  # a section the kit adds: the guide has none like it
    optional: bool = False  # the guide's backup list: untimed, asked only if time is left
    # the kit's own notes to the interviewer, where a guide in another language lacks a line the kit
    # would otherwise add in English (OPEN_NOTE, CONSENT_NOTE…): marked as added
    kit_notes: list[str] = field(default_factory=list)
    # the guide's own translation written under one of its lines to say ("שלום, אני נועה…" / "*Hi, I'm
    # Noa…*"), by that line: printed with it, as a question's is, not as a line of its own
    note_translations: dict[str, str] = field(default_factory=dict)
    # the guide's own number for a line of it that asks nothing ("1. Thank you for talking to me."),
    # by that line, where its list numbers its statements and questions alike: printed before it, as a
    # question's is, so the numbers run as in the guide and none seems to be missing
    numbers: dict[str, str] = field(default_factory=dict)


@dataclass
class Kit:
    title: str
    study_slug: str
    goals: list[str]
    total_minutes: int  # where the kit's clock ends
    sections: list[KitSection]  # the intro first, then the guide's in its order (an added closing last)
    planned_minutes: int | None = None  # the study's length (or the guide's)
    warnings: list[str] = field(default_factory=list)  # over the planned length, lengths that disagree
    flagged: int = 0  # main questions the check found problems with (printed as written, with a note)
    asked: int = 0  # main questions in the kit
    flagged_probes: int = 0  # the guide's probes the check found problems with (a note under each)
    probes_asked: int = 0  # the guide's own probes in the kit (not the bank's)
    probes: tuple[str, ...] = ANY_ANSWER_PROBES
    note_rows: int = NOTE_ROWS
    # the guide's notes for before and after the call ("Who", "Before the call", "After the
    # call"): its words before the first section, sections without questions ahead of the first
    # one that has some, or after the last
    before: list[KitSection] = field(default_factory=list)
    after: list[KitSection] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # what the interviewer should know about the kit itself
    # the language the guide is written in, as a language tag ("fr"): the HTML page declares it, so
    # a screen reader reads the guide's questions in their own language, and the kit's own labels
    # are in it (``kit_labels``; its English sentences say lang="en"); None where the guide is in a
    # language the kit cannot name
    lang: str | None = "en"
    # the language of the guide's translations under its questions, as an HTML tag ("es"), where
    # it can be named
    translation_lang: str | None = None
    # the printed page: its paper ("A4" or "letter") and large print (a 14 pt body, notes in black),
    # for interviewers who read from paper with low vision; the HTML and PDF only
    paper: str = "A4"
    large_print: bool = False
    # the characters the PDF written last prints as empty boxes (no installed font has them)
    undrawn: list[str] = field(default_factory=list)

    @property
    def intro(self) -> KitSection:
        return self.sections[0]

    @property
    def labels(self) -> KitLabels:
        return labels_for(self.lang)

    @property
    def minute_word(self) -> str:
        return minute_word(self.lang)

    @property
    def note_columns(self) -> tuple[str, ...]:
        return self.labels.note_columns


@dataclass
class _Parts:
    """Which of the guide's sections play which part in the call."""
    intro: list[GuideSection]
    warm: list[GuideSection]
    closing: list[GuideSection]
    before: list[GuideSection]
    after: list[GuideSection]
    left_out: list[GuideSection]  # the guide's list of the study's goals: the kit prints the study's once

    def placed(self, s: GuideSection) -> bool:
        return any(s in part for part in (self.intro, self.warm, self.closing, self.before, self.after,
                                          self.left_out))


def _opens_session(s: GuideSection) -> bool:
    """A section that runs the session rather than asks about the topic: its questions are
    check-ins and the consent ask ("Abertura" with "Is it ok if we record?" / "Any questions?"),
    in whatever language the guide is written, or it is an intro by name with notes to say and at
    most a minority of other questions (any number, when its title names consent)."""
    running = sum(runs_the_session(checked_text(q)) for q in s.questions)
    if s.questions and running == len(s.questions):
        return True
    # a title that names consent ("Wstęp i zgoda", "Intro & consent") is the opening whatever else
    # it asks ("…and tell me about your shop"); "Introduction and context" only with the session
    # run by most of its questions
    most = 2 * running >= len(s.questions) or bool(re.search(r"\bconsent\b", s.english_title, re.I))
    return bool(_INTRO.search(s.english_title)) and most and bool(running or _notes(s))


def _parts(guide: Guide, study: Study) -> _Parts:
    sections = guide.sections
    main = next((i for i, s in enumerate(sections) if s.questions and not _opens_session(s)), len(sections))
    intro = [s for s in sections[:main] if _opens_session(s)]
    warm = _warm_up(guide, intro)
    last = max((i for i, s in enumerate(sections) if s.questions), default=len(sections))
    closing = [s for i, s in enumerate(sections) if i >= main and s not in warm
               and (_CLOSING.search(s.english_title) and not _INTRO.search(s.english_title)
                    or i == last and all(runs_the_session(checked_text(q)) for q in s.questions))][-1:]
    left_out = [s for s in sections if lists_goals(s) and _only_the_studys(s, study)]
    around = [(i, s) for i, s in enumerate(sections) if (i < main or i > last) and not s.questions
              and s not in warm + closing + intro + left_out and _notes(s)]
    return _Parts(intro, warm, closing, before=[s for i, s in around if i < main],
                  after=[s for i, s in around if i > last], left_out=left_out)


def _only_the_studys(s: GuideSection, study: Study) -> bool:
    """A guide's list of goals or research questions that says nothing the study's goals do not,
    each of its goals the same as one of the study's, in the same or nearly the same words: the kit
    prints the study's once. A list with more ("RQ3: …" the study's goals leave out) is printed as
    written, its labels kept."""
    return bool(study.goals) and not _beyond_the_studys(_notes(s), study)


def _beyond_the_studys(notes: list[str], study: Study, nearly: bool = True) -> list[str]:
    """The goals of a guide's list that none of the study's says, in the same or nearly the same
    words (``nearly`` False: in the same words only): printed under the guide's heading, after the
    study's, which are not printed again."""
    left = list(study.goals)
    out = []
    for note in notes:
        same = next((g for g in left if _plain(g) == _plain(note)), None) \
            or next((g for g in left if nearly and restates(note, g)), None)
        if same is None:
            out.append(note)
        else:
            left.remove(same)  # each of the study's goals stands for one of the guide's at most
    return out


def _plain(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _warm_up(guide: Guide, intro: list[GuideSection]) -> list[GuideSection]:
    """The guide's warm-up section with questions, at most one: a "Warm-up" heading, or the first
    sub-section with questions under a "Warm-up" heading that has none of its own ("Section 1:
    Warm-up and context" over "Questions")."""
    levels = heading_levels(guide)
    for i, s in enumerate(guide.sections):
        if not _WARMUP.search(s.english_title) or s in intro:
            continue
        if s.questions:
            return [s]
        for j in range(i + 1, len(guide.sections)):
            if levels[j] <= levels[i]:
                break
            if guide.sections[j].questions:
                return [guide.sections[j]]
    # no warm-up of its own: an intro that asks about the person ("Part A: Introduction and
    # context" with "Could you start by telling me about yourself?") before any other question
    first = next((s for s in guide.sections if s.questions and s not in intro), None)
    if first is not None and _INTRO.search(first.english_title):
        return [first]
    return []


def _asks_about_them(guide: Guide, parts: _Parts) -> bool:
    """The guide's first topic asks about the person ("Tell me a bit about yourself and your
    household"): the kit's own warm-up would ask it again."""
    first = next((s for s in guide.sections if s.questions and not parts.placed(s)), None)
    opening = [q for s in parts.intro for q in s.questions]  # "Hi… / Can we record? / Tell me about yourself"
    return any(_ABOUT_THEM.search(checked_text(q)) or OTHER_LANGUAGE_ABOUT_THEM.search(q.text)
               for q in opening + (first.questions[:2] if first else []))


def _section_title(guide: Guide, s: GuideSection) -> str:
    """The guide's own name for a part: a warm-up's questions under a sub-heading ("Questions")
    go by their parent's name ("Section 1: Warm-up")."""
    if _WARMUP.search(s.english_title) or _INTRO.search(s.english_title):
        return s.title
    levels = heading_levels(guide)
    i = guide.sections.index(s)
    parent = next((guide.sections[j] for j in range(i - 1, -1, -1) if levels[j] < levels[i]), None)
    return parent.title if parent is not None and _WARMUP.search(parent.english_title) else s.title


def build_kit(study: Study, guide: Guide) -> Kit:
    """The kit: the guide's own sections, names, wording and times, in the guide's order, with
    only what it lacks added (an intro script, a consent question, a warm-up, a closing), each
    marked as added: the interviewer's kit and a note-taker's printout of the guide must match."""
    parts = _parts(guide, study)
    english = guide.in_english
    lang = _lang(guide)
    labels = labels_for(lang)
    intro = _intro_section(parts.intro, guide, labels, study)
    sections = [intro]
    minute = intro.minutes
    if not parts.warm and not _asks_about_them(guide, parts) and not _fills(guide, study):
        if english:
            sections.append(KitSection(labels.warm_up, minute, WARMUP_MINUTES,
                                       [KitQuestion(t, [], added=True) for t in DEFAULT_WARMUP], added=True))
            minute += WARMUP_MINUTES
        else:  # no English questions in the call, and no minutes for a section that is not there
            intro.kit_notes.append(NO_WARMUP_NOTE)
    body, minute = _body(study, guide, parts, minute)
    sections += body
    if not parts.closing:  # the kit's own closing ends the call, after any backup list
        sections.append(_added_closing(guide, minute, labels))
        minute += sections[-1].minutes
    total = minute
    planned = study.planned_minutes or guide.planned_minutes
    asked = [q for s in sections for q in s.questions if not q.added]
    # the guide's aim written above its sections, where it says nothing the study's goals do not: printed once
    notes = [n for n in guide.notes if not (study.goals and (aim := written_goal(n))
                                            and restates(aim, " ".join(study.goals)))]
    # (a list printed for what it adds keeps its goals in its own words: only the study's, word for
    # word, are not printed twice)
    before = ([KitSection(labels.interviewer_notes, 0, 0, [], notes=notes)] if notes else []) \
        + [KitSection(s.title, 0, 0, [], notes=_beyond_the_studys(_notes(s), study, nearly=False) if lists_goals(s)
                      else _notes(s))
           for s in parts.before]
    notices = [] if english else [_not_checked_notice(guide, any(s.kit_notes or s.added for s in sections),
                                                     sum(q.problem is not None for q in asked))]
    before = [_as_written(guide, s) for s in before]
    sections = [_as_written(guide, s) for s in sections]
    _number_statements(guide, sections)
    if not english and any(q.translation for q in guide.questions):
        for s in sections:
            _pair_translations(s)
    # (the title with the guide's own marks: "…منصرف می‌شوند؟", "…いつですか？")
    return Kit(title=as_written(guide, _without_kind(guide.title) or "") or study.title, study_slug=study.slug, goals=list(study.goals),
               total_minutes=total, sections=sections, planned_minutes=planned,
               warnings=_length_warnings(study, guide, sections, total),
               flagged=sum(q.problem is not None for q in asked), asked=len(asked), before=before,
               flagged_probes=sum(len(q.followup_checks) for q in asked),
               probes_asked=sum(len(q.followups) for q in asked if not q.suggested),
               after=[_as_written(guide, KitSection(s.title, 0, 0, [], notes=_notes(s))) for s in parts.after],
               probes=ANY_ANSWER_PROBES if english else (), notices=notices, lang=lang,
               translation_lang=_translation_lang(guide))


def _number_statements(guide: Guide, sections: list[KitSection]) -> None:
    """Give each line of the guide's that asks nothing its number, where the guide's list numbers it
    (``KitSection.numbers``): a Word list "1. Thank you… 2. Is it OK if I record…? 3. You can stop…"
    printed with the questions' numbers alone would read 2, 4, 5."""
    numbered = {as_written(guide, q.text): q.number for s in guide.sections for q in s.items
                if q.instruction and q.number}
    if not numbered:
        return
    for s in sections:
        lines = [*s.lead, *s.notes, *(n for q in s.questions for n in q.before)]
        s.numbers = {n: numbered[n] for n in lines if n in numbered}


def _pair_translations(s: KitSection) -> None:
    """In a guide that writes a translation under its questions, a line of its own to say in the
    guide's language followed by one in English is that line and its translation: the English goes
    under it (``note_translations``), not on a line of its own to be said as well."""
    for notes in (s.lead, s.notes):
        k = 0
        while k + 1 < len(notes):
            line, under = notes[k], notes[k + 1]
            if line in s.said and under not in s.note_translations and not looks_english(line, among_english=False) \
                    and looks_english(under, among_english=False):
                s.note_translations[line] = under
                del notes[k + 1]
                s.said = [n for n in s.said if n != under or n in notes]
            k += 1


def _as_written(guide: Guide, s: KitSection) -> KitSection:
    """A section of the kit in the guide's own characters: its full-width marks ("？", "：", "（）"),
    read as ASCII by the parser, put back wherever the guide wrote them (``guide.as_written``)."""
    def w(text: str | None) -> str | None:
        return as_written(guide, text) if text else text

    for q in s.questions:
        if q.added:
            continue
        q.text, q.translation, q.condition = w(q.text), w(q.translation), w(q.condition)
        q.followups = [w(f) for f in q.followups] if not q.suggested else q.followups
        q.translations = {w(k): w(v) for k, v in q.translations.items()}
        q.followup_checks = {w(k): v for k, v in q.followup_checks.items()}
        q.before, q.said = [w(n) for n in q.before], [w(n) for n in q.said]
        q.notes, q.later_notes = [w(n) for n in q.notes], [w(n) for n in q.later_notes]
    if not s.added:
        s.title, s.goal = w(s.title), w(s.goal)
    s.notes, s.lead, s.said = [w(n) for n in s.notes], [w(n) for n in s.lead], [w(n) for n in s.said]
    return s


def _translation_lang(guide: Guide) -> str | None:
    """The language the guide's translations are in, as an HTML language tag ("es"), or None."""
    texts = [t for q in guide.questions for t in [q.translation, *(f.translation for f in q.followups)] if t]
    if texts and all(checked_text(q) is not q.text for q in guide.questions if q.translation):
        return "en"  # the English written under a guide's questions in another language
    return _LANGUAGE_TAGS.get(guess_language(texts) or "") if texts else None


# the languages ``guess_language`` names, as the tags HTML declares them by
_LANGUAGE_TAGS = {"German": "de", "Dutch": "nl", "French": "fr", "Spanish": "es", "Portuguese": "pt",
                  "Italian": "it", "Polish": "pl", "Swedish": "sv", "Indonesian": "id", "Turkish": "tr", "Vietnamese": "vi",
                  "Hungarian": "hu", "Romanian": "ro", "Finnish": "fi", "Bengali": "bn", "Czech": "cs",
                  # (a Tagalog guide's kit keeps the English labels: ``kit_labels``)
                  "Tagalog": "tl",
                  # (a guide in Latin letters that Croatian and Bosnian write alike is tagged Serbian: read aloud by
                  # the same rules)
                  "Serbian, Croatian or Bosnian": "sr",
                  # (told apart by their letters, ``_cyrillic_tag``, ``_greek_tag``)
                  "Ukrainian": "uk", "Russian": "ru", "Greek": "el"}


def _lang(guide: Guide) -> str | None:
    """The guide's language as an HTML language tag: "en", "fr"…, None where it cannot be named
    ("Norwegian or Danish", or no language clearly leads)."""
    if guide.in_english:
        return "en"
    texts = [q.text for q in guide.questions]
    tag = _LANGUAGE_TAGS.get(guess_language(texts) or "") or _east_asian_tag(texts) or rtl_lang(" ".join(texts)) \
        or _cyrillic_tag(texts) or _greek_tag(texts)
    if tag is None and guess_language(texts) == "Norwegian or Danish":
        tag = _danish_or_norwegian(texts)
    return "hr" if tag == "sr" and _croatian(texts) else tag


# the everyday words Danish and Norwegian (Bokmål) write apart ("hvad"/"hva", "mig"/"meg", "noget"/"noe", "lidt"/"litt",
# "bruger"/"bruker"): a guide is named by the one of them whose words it writes, twice at least and more than the other's,
# for the kit's labels ("Noteark", "Notatark") and its HTML tag
_DANISH_WORDS = re.compile(r"\b(?:hvad|mig|dig|hvornår|noget|nogen|jer|lidt|nu|efter|bruger|brugte|fortæl|sidste|"
                           r"synes du|købte|købe|spørgsmål)\b", re.I)
_NORWEGIAN_WORDS = re.compile(r"\b(?:hva|meg|deg|når|noe|noen|dere|litt|nå|etter|bruker|brukte|fortell|siste|"
                              r"syns du|kjøpte|kjøpe|spørsmål)\b", re.I)


def _danish_or_norwegian(texts: list[str]) -> str | None:
    """The tag "da" or "nb" for a guide ``guess_language`` names Norwegian or Danish (see above); None where neither leads."""
    text = " ".join(texts)
    da, nb = len(_DANISH_WORDS.findall(text)), len(_NORWEGIAN_WORDS.findall(text))
    return "da" if da >= 2 and da > 2 * nb else "nb" if nb >= 2 and nb > 2 * da else None


# words Croatian writes where Serbian and Bosnian write others ("tko" for "ko", "tjedan" for "nedelja"/"sedmica",
# "tvrtka" for "firma", "točno" for "tačno", "tisuća" for "hiljada", its months): two of them, in Latin letters,
# make a guide Croatian, for the kit's labels ("Sudionik", "Vrijeme", "Bilješke") and its HTML tag
_CROATIAN_WORDS = re.compile(r"\b(?:tko|tjedn\w*|tjedan|tvrtk\w*|toč\w+|tisuć\w+|sudionik\w*|sudionic\w+|obitelj\w*|"
                             r"siječanj|siječnj\w*|veljač\w+|ožujak|ožujk\w*|travanj|travnj\w*|svibanj|svibnj\w*|"
                             r"lipanj|lipnj\w*|srpanj|srpnj\w*|kolovoz\w*|rujan|rujn\w*|listopad\w*|prosinac|prosinc\w*)\b",
                             re.I)


def _croatian(texts: list[str]) -> bool:
    """Whether questions in the Latin letters Serbian, Croatian and Bosnian share are Croatian (see above)."""
    return len(_CROATIAN_WORDS.findall(" ".join(texts))) >= 2


def _greek_tag(texts: list[str]) -> str | None:
    """The tag "el" for questions written mostly in Greek letters (the only language that writes them)."""
    letters = [c for c in " ".join(texts) if c.isalpha()]
    greek = sum("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in letters)
    return "el" if letters and 2 * greek > len(letters) else None


# letters Ukrainian writes and Russian does not (і ї є ґ), and the other way round (ы э ъ ё); and those only
# Serbian writes of the three (ј љ њ ћ ђ џ)
_UKRAINIAN = re.compile("[іїєґІЇЄҐ]")
_RUSSIAN = re.compile("[ыэъёЫЭЪЁ]")
_SERBIAN = re.compile("[јљњћђџЈЉЊЋЂЏ]")


def _cyrillic_tag(texts: list[str]) -> str | None:
    """The tag "uk", "ru" or "sr" for questions written mostly in Cyrillic letters, by the letters only one of
    them writes; None for others, or where none or more than one show."""
    text = " ".join(texts)
    letters = [c for c in text if c.isalpha()]
    if not letters or 2 * sum("\u0400" <= c <= "\u04ff" for c in letters) <= len(letters):
        return None
    uk, ru, sr = len(_UKRAINIAN.findall(text)), len(_RUSSIAN.findall(text)), len(_SERBIAN.findall(text))
    if sr > 3 * (uk + ru):
        return "sr"
    return "uk" if uk > 3 * ru else "ru" if ru > 3 * uk else None


# letters only Urdu writes (ٹ ڈ ڑ ں ے), then those Persian writes and Arabic does not (پ چ ژ گ ی ک)
_URDU = re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")
_PERSIAN = re.compile("[\u067e\u0686\u0698\u06af\u06cc\u06a9]")


def rtl_lang(text: str | None) -> str | None:
    """The language tag of a line written mostly in a right-to-left script: "he" (Hebrew letters),
    "ur", "fa" or "ar" (Arabic letters, by the letters only Urdu or Persian writes); None for a line
    mostly in a left-to-right one ("Do you trust landlords?", "١. Intro" with more Latin letters)."""
    if not text:
        return None
    kinds = [unicodedata.bidirectional(c) for c in text if c.isalpha()]
    rtl = sum(k in ("R", "AL") for k in kinds)
    # (or begun in one, as a browser's dir="auto" reads it: "٢. البحث عن شقة / Searching for a flat")
    if not rtl or 2 * rtl <= len(kinds) and kinds[0] not in ("R", "AL"):
        return None
    if re.search("[\u0590-\u05ff]", text):
        return "he"
    return "ur" if _URDU.search(text) else "fa" if _PERSIAN.search(text) else "ar"


def _rtl_attrs(text: str | None, page: str | None = None) -> Markup:
    """The HTML attributes of an element holding ``text``: ` dir="rtl" lang="ar"` for a line in a
    right-to-left script, so it reads (and a screen reader says it) in its own direction and
    language, whatever the page's; on a page in such a language (``page``), ` lang="en"` for a line
    clearly in English ("Hello, I'm Sam from the research team." under its Arabic); nothing for any other."""
    lang = rtl_lang(text)
    if lang:
        return Markup(f' dir="rtl" lang="{lang}"')
    if page in _RTL_TAGS and text and looks_english(text, among_english=False):
        return Markup(' lang="en"')
    return Markup("")


_RTL_TAGS = ("ar", "he", "fa", "ur")


def _east_asian_tag(texts: list[str]) -> str | None:
    """The tag of a guide written in Japanese ("ja": it has kana), Korean ("ko": Hangul) or Chinese,
    Traditional ("zh-Hant") or Simplified ("zh-Hans") by the characters only one of them writes
    (those Big5 has and GB2312 lacks, and the other way round); None for any other."""
    text = "".join(texts)
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    kana = sum("\u3040" <= c <= "\u30ff" for c in text)
    hangul = sum("\uac00" <= c <= "\ud7a3" for c in text)
    letters = sum(c.isalpha() for c in text) or 1
    if hangul >= 0.3 * letters:
        return "ko"
    if kana >= 0.1 * letters and kana + len(han) >= 0.5 * letters:
        return "ja"
    if len(han) < 0.5 * letters:
        return None

    def writes(c: str, encoding: str) -> bool:
        try:
            c.encode(encoding)
            return True
        except UnicodeEncodeError:
            return False
    traditional = sum(writes(c, "cp950") and not writes(c, "gb2312") for c in han)
    simplified = sum(writes(c, "gb2312") and not writes(c, "cp950") for c in han)
    return "zh-Hant" if traditional > simplified else "zh-Hans" if simplified > traditional else "zh"


def _not_checked_notice(guide: Guide, noted: bool, flagged: int = 0) -> str:
    """What a kit for a guide in another language says once, at the top; ``flagged`` of its questions
    were found in one of the forms told in other languages too (leading, accusatory), with a note under each:
    not called unchecked."""
    language = guess_language([q.text for q in guide.questions])
    where = f"in {language}" if language else "not in English"
    instead = "; its notes marked as added say what to cover instead" if noted else ""
    through = sum(checked_text(q) is not q.text for q in guide.questions)
    # (which forms differ by language: leading and accusatory in many, closed and double in a few; none is listed)
    only = (f"its questions were checked only for the few forms the check knows {where if language else 'in other languages'} "
            f"({flagged} found: see the note under each), the other checks read English only")
    checked = only if flagged and not through else \
        "its questions were not checked (the checks read English only)" if not through else \
        "its questions were checked through the English written under them" if through == len(guide.questions) else \
        "its questions with English written under them were checked through it, the others not (the checks read English only)"
    return (f"The guide is {where}: {checked}, and the kit "
            f"adds no lines of its own to say, which would be in English{instead}.")


def _without_kind(title: str | None) -> str | None:
    """A guide's title without the words that say it is a guide ("Interview guide: Couriers'
    working lives"), which the kit's own heading says already ("Interview kit: …")."""
    if not title:
        return title
    return re.sub(r"^(?:(?:(?:user |customer |research )?interview |discussion )?guide|" + _GUIDE_WORDS + r")"
                  r"\s*[:\u2013\u2014-]\s*", "", title, flags=re.I) or title


# "Leitfaden: Bäckereikunden", "Guide d'entretien : …", "Roteiro de entrevista: …": the word for a
# guide in the languages the kit has labels in
_GUIDE_WORDS = (r"(?:gespr[äa]chs|interview)?leitfaden|guide d'entretien|gu[íi]a de (?:la )?entrevista|"
                r"roteiro(?: de entrevista)?|guida (?:all'|per l')intervista|gespreksleidraad|interviewleidraad|"
                r"scenariusz (?:wywiadu|rozmowy)|intervjuguide|(?:interjú-?|beszélgetés)?vezérfonal|"
                r"ghid(?:ul)? (?:de|pentru) interviu|ghid(?:ul)? de discu[țţ]ie|haastattelu(?:runko|opas)|"
                r"vodi[čc] za (?:intervju|razgovor)")


def _fills(guide: Guide, study: Study) -> bool:
    """Whether the minutes the guide writes on its sections already fill the planned length: then
    the kit adds no warm-up of its own, which would only push the interview past its time."""
    planned = study.planned_minutes or guide.planned_minutes
    timed = section_minutes(guide)
    return bool(planned and timed) and longest_alternatives(guide, timed or []) >= (planned or 0)


def _intro_section(own: list[GuideSection], guide: Guide, labels: KitLabels, study: Study) -> KitSection:
    """The guide's intro under its own name and time, its notes first; then each standard point it
    does not make; then its questions, with the kit's consent ask where it asks none, and "Any
    questions before we begin?" last. A guide without an intro gets the kit's."""
    # its notes first, but a list item written after its last question ("The recording is deleted after
    # the study.") stays after it, where the guide put it
    notes: list[str] = []
    after: list[str] = []
    spoken: list[str] = []  # items said in the same breath as the consent ask before them
    for s in own:
        last = max((k for k, q in enumerate(s.items) if not q.instruction), default=len(s.items))
        notes += list(s.notes) + [q.text for q in s.items[:last] if q.instruction]
        after += [q.text for q in s.items[last + 1:]]
        spoken += _with_consent(s.items)
    questions = [_kit_question(q, guide, probes=False) for s in own for q in s.questions]
    said = " ".join(notes + after + [t for q in questions for t in (q.text, q.translation) if t])
    # a guide's own intro is the team's approved wording: the kit's script goes only where the
    # guide's intro says nothing to the participant (no question, none of the standard points)
    speaks = bool(questions) or any(made.search(said) for _text, made in STANDARD_INTRO)
    english = guide.in_english
    script = [] if speaks or not english else [text for text, _made in STANDARD_INTRO]
    kit_notes = [] if speaks or english else [OPEN_NOTE]
    # (a note anywhere before the topics that says the call is not recorded settles it too)
    if not ASKS_CONSENT.search(said) and not _NOT_RECORDING.search(" ".join([said, *guide.notes])):
        if english:
            questions.append(KitQuestion(CONSENT, [], added=True))
        else:
            kit_notes.append(CONSENT_NOTE)
    questions.sort(key=lambda q: bool(_ANY_QUESTIONS.search(f"{q.text} {q.translation or ''}")))  # (a stable sort: the rest keep their order)
    minutes = sum(s.minutes or 0 for s in own) or INTRO_MINUTES
    # the goal the guide ties its intro to ("Goal: 1"), printed as every other section's is
    goal = next((g for s in own if (g := _goal(s, study))), None)
    return KitSection(own[0].title if own else labels.intro, 0, minutes, questions, goal=goal, lead=notes, script=script,
                      notes=after, added=not own, said=[n for n in notes + after if _is_said(n) or n in spoken],
                      kit_notes=kit_notes)


def _with_consent(items: list[GuideQuestion]) -> list[str]:
    """The list items written after the consent ask that finish it ("- The recording stays with our
    team.", "- 社内の分析目的以外には使用いたしません。"): what the participant consents to, said with it,
    not notes for the interviewer."""
    out: list[str] = []
    for k, q in enumerate(items):
        if not q.instruction and ASKS_CONSENT.search(checked_text(q)):
            out += [x.text for x in itertools.takewhile(lambda x: x.instruction and said_with(x.text, q.text),
                                                           items[k + 1:])]
    return out


def _body(study: Study, guide: Guide, parts: _Parts, minute: int) -> tuple[list[KitSection], int]:
    """The guide's sections after the intro, in the guide's order (its warm-up, topics, backup
    list and closing where it put them), timed by their own minutes (or ~3 a question);
    alternatives ("we will only ask one of the following groups") start at the same minute, and
    the interview goes on after the longest of them."""
    shared = parent_minutes(guide)  # a parent heading's minutes, shared by the sub-sections under it
    sections: list[KitSection] = []
    alternative: dict[int, tuple[int, int, int]] = {}  # section → (set, alternative, how many)
    for g, group in enumerate(alternative_groups(guide)):
        for a, alt in enumerate(group):
            alternative.update({j: (g, a, len(group)) for j in alt})
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    entered: set[tuple[int, int]] = set()  # alternatives begun (their first section reached)
    labelled: set[tuple[int, int]] = set()  # alternatives whose first shown section says so
    for i, s in enumerate(guide.sections):
        if i in alternative:
            g, a, n = alternative[i]
            starts.setdefault(g, minute)
            if (g, a) not in entered:  # a new alternative starts where the set started
                minute = starts[g]
                entered.add((g, a))
        elif ends:
            minute = max([minute, *ends.values()])  # past a set: after its longest alternative
            ends.clear()
        if s in parts.warm or s in parts.closing:
            sections.append(_warm_section(guide, s, shared.get(i), minute, study) if s in parts.warm
                            else _own_closing(guide, s, minute, study))
            minute += sections[-1].minutes
            continue
        if parts.placed(s):
            continue
        qs, last = _in_place(s, guide)
        if not qs and not _notes(s):
            continue
        # notes alone take no interview time, nor does a backup list: it is asked only if time is left
        mins = 0 if s.optional else shared[i] if i in shared else s.minutes or MINUTES_PER_QUESTION * len(qs)
        goal = _goal(s, study)
        choice = None
        if i in alternative and (alternative[i][0], alternative[i][1]) not in labelled:
            g, a, n = alternative[i]
            labelled.add((g, a))
            choice = f"Alternative {a + 1} of {n}: ask only the one that fits the participant."
        lead = s.notes[: s.lead_notes] if qs else []  # "Read aloud: …" comes before the questions
        notes = _in_order(s, _before_their_question(s, qs, s.notes[len(lead):]), last) if qs else _notes(s)
        sections.append(KitSection(s.title, minute, mins, qs, goal=goal, notes=notes, choice=choice,
                                   lead=lead, optional=s.optional))
        minute += mins
        if i in alternative:
            ends[alternative[i][0]] = max(ends.get(alternative[i][0], 0), minute)
    if ends:
        minute = max([minute, *ends.values()])
    return sections, minute


def _goal(s: GuideSection, study: Study) -> str | None:
    """The goal a section serves: the study's, in its words, where the section names one of them."""
    if s.goal_index is not None and s.goal_index < len(study.goals):
        # ("Goal: 1, 2": both, in the study's words)
        return " · ".join(study.goals[i] for i in [s.goal_index, *s.more_goals] if i < len(study.goals))
    return s.goal


def _warm_section(guide: Guide, w: GuideSection, shared: int | None, minute: int, study: Study) -> KitSection:
    """The guide's warm-up under its own name (or its parent's), without the bank's probes."""
    mins = shared if shared is not None else w.minutes or max(WARMUP_MINUTES, MINUTES_PER_QUESTION * len(w.questions))
    qs, last = _in_place(w, guide, probes=False)
    return KitSection(_section_title(guide, w), minute, mins, qs, goal=_goal(w, study), notes=_in_order(w, w.notes, last))


def _own_closing(guide: Guide, own: GuideSection, minute: int, study: Study) -> KitSection:
    """The guide's closing under its own name and time, with the catch-all added (and marked)
    only when the guide hands the floor over nowhere."""
    asked = {kind for q in guide.questions for kind in closing_prompts(checked_text(q))}
    qs, last = _in_place(own, guide, probes=False)
    kit_notes = []
    if not asked & OPEN_FLOOR:
        if guide.in_english:
            qs.insert(0, KitQuestion(DEFAULT_CLOSING[0][0], [], added=True))
        else:
            kit_notes.append(CLOSING_NOTES[DEFAULT_CLOSING[0][1]])
    # the guide's own thanks ("Thank you for your time…", "Merci beaucoup pour votre temps…") is said,
    # written as a paragraph or as the list's last item ("- Thank you. We'll send your voucher…")
    notes = _in_order(own, own.notes, last)
    return KitSection(own.title, minute, own.minutes or CLOSING_MINUTES, qs, goal=_goal(own, study), notes=notes,
                      kit_notes=kit_notes, said=[n for n in notes if _is_said(n)])


def _added_closing(guide: Guide, minute: int, labels: KitLabels) -> KitSection:
    """The kit's closing for a guide without one: the catch-all and the snowball question, each
    only where the guide does not already ask it."""
    asked = {kind for q in guide.questions for kind in closing_prompts(checked_text(q))}
    floor = bool(asked & OPEN_FLOOR)
    missing = [(text, kind) for text, kind in DEFAULT_CLOSING if kind not in asked and not (floor and kind in OPEN_FLOOR)
               # (asking people to name others is out of place in a trauma-informed study)
               and not (kind == WHO_ELSE and trauma_informed(guide))]
    english = guide.in_english
    qs = [KitQuestion(text, [], added=True) for text, _kind in missing] if english else []
    prompts = [] if english else [CLOSING_NOTES[kind] for _text, kind in missing]
    return KitSection(labels.closing, minute, CLOSING_MINUTES, qs,
                      notes=prompts + ["Thank them, say what happens next, and stop the recording."], added=True)


def _length_warnings(study: Study, guide: Guide, sections: list[KitSection], total: int) -> list[str]:
    """What the interviewer must know before the call about its length."""
    out = []
    if study.planned_minutes and guide.planned_minutes and study.planned_minutes != guide.planned_minutes:
        out.append(f"The study is planned for {study.planned_minutes} minutes, but the guide says "
                   f"{guide.planned_minutes}; the kit measures against the study's {study.planned_minutes}.")
    planned = study.planned_minutes or guide.planned_minutes
    if planned and total > planned:
        added = [f"{s.title} ({s.minutes} min)" for s in sections if s.added and s.minutes]
        extra = f"; the kit added {', '.join(added)}" if added else ""
        out.append(f"The kit runs about {total} minutes, {total - planned} over the planned {planned}{extra}: "
                   "shorten a section or move questions to a backup list.")
    return out


def _in_place(s: GuideSection, guide: Guide, probes: bool = True) -> tuple[list[KitQuestion], list[str]]:
    """A section's questions in the guide's order, each with the list items written just before
    it that ask nothing ("Only for people who shop weekly", "Delivery") in front of it, where the
    guide put them; and the items after its last question, for the section's notes."""
    qs: list[KitQuestion] = []
    pending: list[str] = []
    for item in s.items:
        if item.instruction:
            pending.append(item.text)
            continue
        qs.append(_kit_question(item, guide, probes and not left_to_them(item, s)))
        qs[-1].before, pending = pending, []
        qs[-1].said = [n for n in qs[-1].before if _is_said(n)]
    return qs, pending


def _before_their_question(s: GuideSection, qs: list[KitQuestion], notes: list[str]) -> list[str]:
    """A section's notes written between two of its questions ("[solo se ha disdetto] chiedere come ha inviato la
    disdetta." before "Come ha fatto a disdire…?") go in front of the question after them, where the guide put them,
    as a list item that asks nothing does; the others (after its last question) are returned, for the section's notes."""
    if len(s.note_at) != len(s.notes):  # a section built without positions
        return notes
    asked = [k for k, item in enumerate(s.items) if not item.instruction]  # the items ``qs`` holds, in order
    rest: list[str] = []
    for n, at in zip(notes, s.note_at[len(s.notes) - len(notes):]):
        nxt = next((j for j, k in enumerate(asked) if k >= at), None)
        if nxt is None or nxt >= len(qs):
            rest.append(n)
        else:  # (after the items that ask nothing written before it, before those written after it)
            prev = asked[nxt - 1] if nxt else -1
            ahead = sum(1 for k in range(prev + 1, at) if s.items[k].instruction)
            qs[nxt].before.insert(ahead + sum(1 for b in qs[nxt].before[ahead:] if b in notes), n)
    return rest


def _in_order(s: GuideSection, notes: list[str], last: list[str]) -> list[str]:
    """A section's notes (the last of ``s.notes``) and the list items after its last question
    (``last``) in the order the guide wrote them: a paragraph after the closing's thank-you
    ("(Interviewer only: add them to the voucher list)") stays after it."""
    if not last or len(s.note_at) != len(s.notes):  # a section built without positions
        return list(notes) + list(last)
    first = len(s.items) - len(last)  # where the items after the last question begin
    placed = [((at, 1), n) for n, at in zip(notes, s.note_at[len(s.notes) - len(notes):])]
    placed += [((k + 1, 0), text) for k, text in enumerate(last, first)]
    return [text for _key, text in sorted(placed, key=lambda p: p[0])]


def _kit_question(q: GuideQuestion, guide: Guide, probes: bool = True) -> KitQuestion:
    """A guide question for the kit, in the guide's words: the kit is what the interviewer reads
    from, and a question the researcher has not changed is theirs to ask. One the check flags
    keeps a short note with the problem and the check's suggestion. The guide's notes under it
    ("Only if they mention an overspend") go with it, and so does its bracketed condition. The
    bank's probes that fit any answer are printed once at the top; under a question only those that
    fit it, and none under a check-in."""
    # a follow-up's condition ("[only if they mention dropping a tier]") is read before asking it
    numbered = _numbers_restart(q)
    followups = [" ".join(x for x in (f.number if numbered else None, f.condition, f.text) if x)
                 for f in q.followups if not f.instruction]
    # a note before the question's first probe ("Only if they mention a lapse") is read before
    # its probes; one written after a probe ("Prompt: friends, family…") stays after them
    first = next((k for k, f in enumerate(q.followups) if not f.instruction), len(q.followups))
    notes = [f.text for f in q.followups[:first] if f.instruction]
    later = [f.text for f in q.followups[first:] if f.instruction]
    english = guide.in_english
    check = question_check(q, guide.terms, english)  # through the English under it, where it has one
    asked = checked_text(q)
    # a question left in another language in an English guide: marked, so the interviewer sees it
    # was not checked (and perhaps not translated); a guide in another language says so once
    kept = dict(text=q.text, number=q.number, notes=notes, later_notes=later, condition=q.condition,
                unchecked=english and not check.checked, translation=q.translation,
                translations={" ".join(x for x in (f.number if numbered else None, f.condition, f.text) if x): f.translation
                              for f in q.followups if f.translation and not f.instruction})
    if not check.ok and not runs_the_session(asked):  # a greeting or the consent ask is said, not weighed
        kept |= _check_findings(check.problems)
        if asked is not q.text and kept["suggestion"]:  # the suggestion rewrites the English under it
            kept["advice"] = " ".join(x for x in (kept["advice"], SAME_CHANGE) if x)
        elif q.translation and kept["suggestion"]:  # the translation printed with it says the old question
            kept["advice"] = " ".join(x for x in (kept["advice"], TRANSLATION_CHANGE) if x)
    # the guide's probes as `guide check` checks them: a flagged one gets its note, under it
    checked = {label: followup_check(f, guide.terms, english)
               for label, f in zip(followups, (f for f in q.followups if not f.instruction))}
    kept["followup_checks"] = {label: _check_note(KitQuestion(label, [], **_check_findings(c.problems)))
                               for label, c in checked.items() if not c.ok}
    # (none where the guide leaves the question to the participant: "You don't have to tell me", ``left_to_them``)
    if followups or not probes or runs_the_session(asked) or left_to_them(q):
        return KitQuestion(followups=followups, **kept)
    # (none about feelings where the guide keeps off them: a trauma-informed guide, ``keeps_off_feelings``)
    fitting = [p for p in fitting_probes(guide, suggest_followups(q.text, english)) if p not in ANY_ANSWER_PROBES]
    return KitQuestion(followups=fitting, suggested=True, **kept)


def _numbers_restart(q: GuideQuestion) -> bool:
    """Whether a question's follow-ups are numbered from the start ("1.", "a)", "i."): a Word list
    whose numbers run on across questions ("3." under the one probe of question 9) would read as
    if something were missing, so its numbers are left off and the probes printed as a list."""
    first = next((f.number for f in q.followups if not f.instruction and f.number), None)
    return first is None or bool(re.match(r"^\W*(?:0*1|[aAiI])\W*$", first))


def _check_findings(problems: list[Problem]) -> dict:
    """Every problem the check found, the first as the verdict (what `guide check` leads with),
    and one fix: the first rewrite that is words to say, else the check's advice, printed as
    advice (an interviewer glancing at quoted text reads it out)."""
    names = [_problem_name(p) for p in problems]
    rewrites = [p.rewrite for p in problems if p.rewrite]
    wording = next((r for r in rewrites if r not in CHECK_ADVICE), None)
    advice = None if wording else next(iter(rewrites), None)
    if not wording and not advice:
        advice = _reason_advice(problems[0].reason)
    return dict(problem=names[0], also=names[1:], suggestion=wording, advice=advice)


def _reason_advice(reason: str) -> str | None:
    """A problem's reason as the kit's advice where the check has no rewrite for it (a leading form
    in a guide's own language: "asks them to agree (“né”…), so it suggests the answer: ask what they
    think, without the opinion"): its first sentence, the explanation and what to do; a bare
    "leading" leaves the interviewer nothing to act on."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", reason.strip(), maxsplit=1)[0].rstrip(" .")
    return f"{first[:1].upper()}{first[1:]}." if first else None


def _problem_name(p: Problem) -> str:
    """ "leading", "double-barreled"; jargon with the term it found ("jargon “TLM”"), the part
    to say differently in the call."""
    name = p.kind.value.replace("_", " ").replace("double barreled", "double-barreled")
    # every term the check found: the one left out may be the one the participant won't know
    terms = re.findall(r"\u201c([^\u201d]+)\u201d", p.reason) if p.kind.value == "jargon" else []
    return f"{name} " + ", ".join(f"\u201c{term}\u201d" for term in terms) if terms else name


def _notes(section) -> list[str]:  # noqa: ANN001 - a GuideSection
    return list(section.notes) + [q.text for q in section.items if q.instruction]


# --------------------------------------------------------------------------------------------
# Renderers


def render_markdown(kit: Kit) -> str:
    labels = kit.labels
    out = [f"# {labels.kit} {kit.title}", ""]
    out.append(f"{_length_line(kit)} {labels.study} `{kit.study_slug}`.")
    out += [f"\n**Warning:** {w}" for w in kit.warnings]
    out += [f"\n**Note:** {n}" for n in kit.notices]
    if kit.goals:
        out += ["", f"**{labels.research_goals}**", ""] + [f"{i}. {g}" for i, g in enumerate(kit.goals, 1)]
    if kit.probes:
        out += ["", f"**{labels.probes_for_any_answer}** {' · '.join(kit.probes)}"]
    for s in kit.before:
        out += ["", f"## {s.title}", ""] + [f"- _{n}_" for n in s.notes]
    out.append("")
    for s in kit.sections:
        out.append(f"## {s.title} ({s.start_minute}–{s.start_minute + s.minutes} {kit.minute_word})" if s.minutes
                   else f"## {s.title}")
        if s.added:
            out.append("_Added by the kit: the guide has no such section._")
        if s.optional:
            out.append(f"_{SPARE_NOTE}_")
        if s.choice:
            out.append(f"**{s.choice}**")
        if s.goal:
            out.append(f"_{labels.goal} {s.goal}_")
        out.append("")
        out += [x for n in s.lead for x in _markdown_note(n, s)]
        added = "" if s.added else f" _({labels.added})_"  # an added section says so once, above
        out += [f"- {line}{added}" for line in s.script]
        for q in s.questions:
            out += _markdown_question(q, labels, s.numbers)
        out += [x for n in s.notes for x in _markdown_note(n, s)]
        out += [f"- _{n}_{added}" for n in s.kit_notes]
        out.append("")
    for s in kit.after:
        out += [f"## {s.title}", ""] + [f"- _{n}_" for n in s.notes] + [""]
    out += [f"## {labels.note_sheet}", "", labels.sheet_head(), "", "| " + " | ".join(kit.note_columns) + " |",
            "|" + "|".join("---" for _ in kit.note_columns) + "|"]
    out += ["| " + " | ".join(" " for _ in kit.note_columns) + " |" for _ in range(kit.note_rows)]
    return "\n".join(out) + "\n"


SPARE_NOTE = "Only if there is time left: not counted in the kit's timings."
UNCHECKED_NOTE = "not checked (not in English)"


def _length_line(kit: Kit) -> str:
    labels = kit.labels
    planned = f" ({labels.planned.format(n=kit.planned_minutes)})" \
        if kit.planned_minutes and kit.planned_minutes != kit.total_minutes else ""
    return f"{labels.about.format(n=kit.total_minutes)}{planned}."


def _markdown_question(q: KitQuestion, labels: KitLabels, numbers: dict[str, str] | None = None) -> list[str]:
    condition = f"_{q.condition}_ " if q.condition else ""  # read before asking
    added = f" _({labels.added})_" if q.added else ""
    number = f"**{q.number}** " if q.number else ""  # (bold: a bare "1." would start a list in the list)
    numbers = numbers or {}
    out = [f"- {_numbered(n, numbers)}{n}" if n in q.said else f"- {_numbered(n, numbers)}_{n}_" for n in q.before] \
        + [f"- {number}{condition}{q.text}{added}"]
    if q.translation:  # in the same item, on the next line (a hard break), in italics as guides set it apart
        out[-1] += "  "
        out.append(f"  _{q.translation}_")
    if q.unchecked:
        out.append(f"  - _{UNCHECKED_NOTE}_")
    if q.problem:
        out.append(f"  - _{_check_note(q)}_")
    out += [f"  - _{n}_" for n in q.notes]  # "Only if they mention…" before its probes
    for f in q.followups:
        out.append(f"  - {f}" + (f" _({labels.probe})_" if q.suggested else ""))
        if f in q.translations:
            out[-1] += "  "
            out.append(f"    _{q.translations[f]}_")
        if f in q.followup_checks:
            out.append(f"    - _{q.followup_checks[f]}_")
    out += [f"  - _{n}_" for n in q.later_notes]
    return out


def _check_note(q: KitQuestion) -> str:
    """The check's word on a flagged question, beside it: the question itself stays as written."""
    also = f" (also {', '.join(q.also)})" if q.also else ""
    suggestion = f"; suggestion: \u201c{q.suggestion}\u201d" if q.suggestion else ""
    advice = f". {q.advice}" if q.advice else ""  # advice, unquoted: not a line to read out
    return f"check: {q.problem}{also}{suggestion}{advice}"


def _env(page: str | None = None) -> Environment:
    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                      autoescape=select_autoescape(["html"]))
    env.filters["rtl"] = lambda text: _rtl_attrs(text, page)  # a line's own direction and language
    env.filters["rtl_lang"] = rtl_lang
    return env


def _markdown_note(n: str, s: KitSection) -> list[str]:
    """A note of the guide's in Markdown: words to say as plain text, with their translation under
    them (in the same item, as a question's), a note for the interviewer in italics."""
    number = _numbered(n, s.numbers)
    if n not in s.said:
        return [f"- {number}_{n}_"]
    return [f"- {number}{n}  ", f"  _{s.note_translations[n]}_"] if n in s.note_translations else [f"- {number}{n}"]


def _numbered(n: str, numbers: dict[str, str]) -> str:
    """The guide's number for a line that asks nothing, in bold as a question's, or nothing."""
    return f"**{numbers[n]}** " if n in numbers else ""


def render_html(kit: Kit) -> str:
    # a page in the guide's language marks the kit's English sentences as English (``en``), and its
    # labels too where the kit has none in that language (``lab``); a label in the page's language
    # inside an English sentence says its own language (``own``)
    en = "" if kit.lang == "en" else ' lang="en"'
    translated = kit.labels is not labels_for("en")
    lab = "" if translated else en
    own = f' lang="{kit.lang}"' if translated and en else ""
    return _env(kit.lang).get_template("kit.html").render(kit=kit, length=_length_line(kit), check_note=_check_note, en=en,
                                                  lab=lab, own=own, labels=kit.labels,
                                                  tl=f' lang="{kit.translation_lang}"' if kit.translation_lang else "",
                                                  sheet_head=kit.labels.sheet_head(), spare_note=SPARE_NOTE,
                                                  unchecked_note=UNCHECKED_NOTE)


def render_pdf(kit: Kit) -> bytes:
    return _pdf(kit)[0]


def _pdf(kit: Kit) -> tuple[bytes, list[str]]:
    """The PDF, and the characters it set in a font that lacks them (``fonts.misdrawn``)."""
    try:
        from weasyprint import HTML
    except ImportError as exc:  # pragma: no cover - weasyprint is a dependency
        raise MissingDependency("PDF output needs WeasyPrint: pip install weasyprint") from exc
    document = HTML(string=upright_rtl(render_html(kit))).render()
    return document.write_pdf(), misdrawn(document)


# a run of letters of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko, and their
# presentation forms), with the spaces, digits and marks between them
_RTL_RUN = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"
                      "(?:[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\\s\\d\u060c\u061b\u061f.,:;()!?\"'-]*"
                      "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff])?")


def upright_rtl(html: str) -> str:
    """The page with every run of a right-to-left script in its body set upright, for
    the PDF: the installed fonts' italic faces have none of these letters (DejaVu Sans Oblique), and
    WeasyPrint, falling back to the upright face for them, gives both faces one name, so the PDF's
    italic English loses its "fl" and "fi" to empty boxes and its bullets and quotes to other
    glyphs. A browser draws the HTML kit with its own fonts and needs none of this."""
    head, sep, body = html.partition("<body>")
    if not sep:
        return html

    def text(m: re.Match[str]) -> str:
        return ">" + _RTL_RUN.sub(lambda r: f'<span style="font-style: normal">{r.group(0)}</span>', m.group(1)) + "<"
    return head + sep + re.sub(r">([^<>]+)<", text, body)


def write_kit(kit: Kit, out: Path) -> Path:
    """Write the kit in the format named by the file's suffix (.md, .html, .pdf)."""
    suffix = out.suffix.lower()
    if suffix in (".md", ".markdown"):
        data = render_markdown(kit).encode("utf-8")
    elif suffix in (".html", ".htm"):
        data = render_html(kit).encode("utf-8")
    elif suffix == ".pdf":
        data, wrong = _pdf(kit)
        # Said after rendering, so the warning is not printed into the PDF it is about.
        if (boxes := boxes_warning(render_html(kit), out.name)) is not None:
            kit.warnings.append(boxes)
            kit.undrawn = undrawable(render_html(kit)) or []
        if (mixed := misdrawn_warning([c for c in wrong if c not in (undrawable(render_html(kit)) or [])],
                                      out.name)) is not None:
            kit.warnings.append(mixed)
    else:
        raise InputError("the kit can be written as .html, .md or .pdf", file=str(out))
    with atomic_path(out) as tmp:
        tmp.write_bytes(data)
    return out

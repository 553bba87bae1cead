"""The lines meeting and transcription tools write above a conversation: a title, the date,
the length, "Attendees" and their names, "Transcript", a disclaimer, "Interviewer: Maya".

Google Meet, Teams' Word download, tl;dv and researchers' typed notes all start this way, and
typed notes often end with the note-taker's own lines ("TODO: …", "[end of call]"). Head and
foot are kept out of the turns (the head's first line becomes the transcript's title, its
"Participant:" or "Guests:" field the people it names, its "Date:" line, a date in its title
or a line that is only a date and time (Otter's, Teams') the day of the interview, and its text
tells the import of a rehearsal or a pseudonymised transcript); their lines are blanked rather
than cut, so a reader's error still names the line of the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from listenwell.domain.dates import MONTHS, find_date, readings, shows_persian, solar_hijri
from listenwell.domain.glossary import fold, in_english
from listenwell.domain.names import EMAIL, ROLE_NOUNS
from listenwell.ingest.turns import TIMECODE, is_name, split_turn

# "Date: 2026-09-10" and "Interviewer: Maya" above the conversation describe it; "TODO:" and
# "Follow-ups:" below it are the note-taker's, not anyone's turn
_FIELDS = {"date", "time", "when", "where", "location", "duration", "length", "title", "topic",
           "project", "study", "session", "meeting", "recorded", "recording", "attendees",
           "participants", "participant", "interviewer", "interviewers", "interviewee",
           "respondent", "moderator", "facilitator", "note taker", "notetaker", "notes",
           "organizer", "organiser", "host", "language", "format", "guide", "product", "company",
           "consent", "present", "todo", "to do", "follow-up", "follow up", "follow-ups", "follow ups",
           "next steps", "actions", "action items", "who", "with", "status", "tags", "plan", "guests",
           "invitees",
           # the same fields in the languages researchers write notes in
           "befragte", "befragter", "teilnehmer", "teilnehmerin", "interviewpartner",
           "interviewpartnerin", "datum", "dauer", "ort", "entrevistado", "entrevistada",
           "participante", "fecha", "entrevistador", "entrevistadora", "data",
           "intervieweur", "date de l'entretien", "durée", "partecipante", "intervistato",
           "intervistata", "intervistatore", "intervistatrice", "dátum", "kérdező", "interjúalany",
           "résztvevő", "helyszín", "időtartam", "jelölés", "teilnehmende", "quelle", "osoba", "uczestnik",
           "uczestniczka", "rozmówca", "rozmówczyni", "účastník", "účastnice", "nr", "prowadzi", "transkrypcja",
           # a note-taker's lines under the turns, in those languages ("Notas:", "Observações:")
           "notas", "observações", "observacoes", "observaciones", "observations", "notizen", "anmerkungen",
           "bemerkungen", "remarques", "appunti", "osservazioni", "uwagi", "notatki", "poznámky", "megjegyzés",
           "người phỏng vấn", "người được phỏng vấn", "thời lượng", "địa điểm",
           "nb", "n.b.", "obs", "comments", "comentários", "comentarios", "kommentar", "takeaways", "summary"}
# a head line that says when the interview was ("Date:", "Datum:", "Data:", "Fecha:"), in
# English words (in_english) or as Portuguese, Italian and Polish write it; Vietnamese's "Ngày:" as a
# label of its own (not in the glossary: in a note or a column "ngày" is a day, "Số đơn 30 ngày")
_VI_DATE_LABELS = frozenset({"ngày", "ngày phỏng vấn", "ngày pv", "ngày ghi âm", "ngày giờ", "thời gian phỏng vấn"})
_DATE_WORDS = {"date", "data", "when", "day", "recorded", "interview", "call", "session", "meeting",
               "recording", "of", "the", "de", "l", "la", "des", "da", "do", "del", "and", "time", "&"}
# English writes 03/04/2026 either way round; every other language the labels come in writes
# the day first
_ENGLISH_DATE_LABELS = {"date", "when", "day", "recorded", "interview date", "date of interview", "call date",
                        "session date", "meeting date", "recording date", "date and time", "date & time"}
_DATE_ALONE_LEFT = re.compile(r"[^\W\d_]{3,}")  # a word left once the date, weekday and time are out
_LONE_TIME = re.compile(rf"^\s*[\[(]?{TIMECODE}[\])]?\s*$")
# "Dana Whitfield  0:04" (Otter, Teams), "Dana Whitfield (00:00:04):" (Rev), "[Dana Whitfield]
# 15:04:12" (Zoom's saved captions), "00:00:04 Speaker 1" (Word's Transcribe), "@0:07 - Dana
# Whitfield (Acme)" (Fathom) and "[00:00:04.12] - Dana" (Happy Scribe): a speaker line, the
# text on the lines below
_SPEAKER_LINE = re.compile(
    rf"^(?:(?P<name>[^\d\s\[][^\n]{{0,100}}?)(?:\s+(?P<tc>{TIMECODE})|\s*\((?P<ptc>{TIMECODE})\)\s*:?)"
    rf"|\[(?P<bname>[^\]\n]{{1,100}})\]\s+(?P<btc>{TIMECODE})"
    rf"|@?\[?(?P<ttc>{TIMECODE})\]?\s+(?:-\s+)?(?P<tname>[^\d\s][^\n:]{{0,100}}?))\s*$")
# Rev's speaker line, the text below it: "Dana Whitfield (00:00:04):" in its text export,
# "Dana Whitfield: (00:04)" in its Word one. Read like Otter's, but reported as Rev's, so a
# researcher can tell which vendor each transcript came from.
_REV_LINE = re.compile(rf"^[^\d\s\[][^\n]{{0,100}}?(?:\s\({TIMECODE}\):|:\s*\({TIMECODE}\))$")
_STAMPED = re.compile(rf"^\s*[\[(]{TIMECODE}[\])]\s*\S")
RULE = re.compile(r"^\s*([-=_*~—])\1{2,}\s*$")  # "-----" under a form's fields
_ASIDE = re.compile(r"^\s*\[[^\]]*\]\s*$")  # "[end of call ~14 min]"
_SENTENCE_END = re.compile(r"[.?!…\"”'’]\s*$")
MAX_HEAD = 12  # non-blank lines; more than that above the first turn is not a head
MAX_FOOT = 6
_PARTICIPANT_FIELDS = {"participant", "participants", "interviewee", "respondent", "who", "with",
                       "guests", "invitees",  # a calendar invite's: only those who speak are linked
                       "teilnehmende", "osoba", "uczestnik", "uczestniczka", "rozmówca", "rozmówczyni",
                       "účastník", "účastnice",
                       "befragte", "befragter", "teilnehmer", "teilnehmerin", "interviewpartner",
                       "interviewpartnerin", "entrevistado", "entrevistada", "participante",
                       "partecipante", "intervistato", "intervistata", "interjúalany", "résztvevő"}
# "Volunteer ID: VT-022", "Patient: …", "Member no: …": the study's word for whom it interviews,
# alone or with their id, names them as "Participant:" does
_ID_WORDS = re.compile(r"\s+(?:id|no|nr|number|code|ref)\.?$")


def names_participant(key: str) -> bool:
    """Whether a head field's label ("Participant", "Volunteer ID", "Customer no") gives the
    person interviewed."""
    key = _ID_WORDS.sub("", key.strip().lower())
    return key in _PARTICIPANT_FIELDS or key in ROLE_NOUNS or key in {"customer", "user", "caller"}


# "## Transcript" (a Notion or Markdown page), "Transcript" (Google Meet): the turns follow
_TRANSCRIPT_HEADING = re.compile(r"^\s*#{0,4}\s*(?:transcript|transcription|transkript|transcripción|"
                                 r"transcription de l'entretien)(?:\s*\([^)]{0,60}\))?\s*$", re.I)
MAX_HEADING_HEAD = 80  # lines of notes (a summary, tags) a page may put above its transcript


def speaker_line(line: str, known: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(name, time) of a speaker line, or None; a name in ``known`` (``recurring_speakers``)
    need not look like one."""
    m = _SPEAKER_LINE.match(line.strip())
    if m is None:
        return None
    if m.group("tname") is not None:  # a time first: the rest must look like a name
        name = m.group("tname").strip()
        return (name, m.group("ttc")) if is_name(name) or name in known else None
    if m.group("bname") is not None:  # Zoom's saved captions; a phone may be "44******0461"
        return m.group("bname").strip(), m.group("btc")
    name = m.group("name").strip()
    if ":" in name or not (is_name(name) or name in known):
        return None  # "Tue, Mar 12, 2024 4:15PM • 14:38", Otter's date line; "Duration: 00:27:40", a field
    return m.group("name"), m.group("tc") or m.group("ptc")


def written_by_rev(text: str) -> bool:
    """Whether a transcript's speaker lines are Rev's: its first line with words is one, and
    so is another one after it."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return len(lines) > 1 and bool(_REV_LINE.match(lines[0])) and any(map(_REV_LINE.match, lines[1:]))


def recurring_speakers(lines: list[str]) -> frozenset[str]:
    """Names of speaker lines that come back three times or more, though they do not look like
    names ("gutterguru88  0:06", a long name with a title and a company): speakers, rather
    than lines run into the turn above."""
    counts: Counter[str] = Counter()
    for ln in lines:
        m = _SPEAKER_LINE.match(ln.strip())
        name = m and (m.group("name") or m.group("tname"))
        if name and ":" not in name and not _SENTENCE_END.search(name):
            counts[name.strip()] += 1
    return frozenset(n for n, k in counts.items() if k >= 3)


def bare_names(lines: list[str]) -> set[str]:
    """Names alone on their lines that head the turns (Otter without timestamps, Fireflies):
    a short name that comes back, on a good share of the lines, each followed by text or a time."""
    shown = [ln.strip() for ln in lines if ln.strip()]
    counts = Counter(ln for ln in shown if len(ln) <= 60 and (len(ln.split()) <= 5 or ln.startswith("+"))
                     and is_name(ln) and not _LONE_TIME.match(ln) and not ln.endswith((".", "?", "!", ":")))
    names = {name for name, k in counts.items() if k >= 2}
    return names if names and sum(counts[n] for n in names) * 4 >= len(shown) else set()


def _is_field(line: str, name: str) -> bool:
    """A label line that says something about the interview: a known field name, a form's
    aligned value ("Consent:      verbal"), or a label with a note rather than a sentence."""
    _, _, value = split_turn(line)
    value = re.sub(r"\s*#[\d:.-]+#\s*$", "", value)  # an f4transkript time mark ends a turn
    return (is_field_label(name) or bool(re.match(rf"\s*{re.escape(name)}:\s{{2,}}\S", line))
            or not _SENTENCE_END.search(value))


# the fields that name who runs the interview; below, the same label heads their questions
_INTERVIEWER_FIELDS = {"interviewer", "interviewers", "moderator", "facilitator", "entrevistador",
                       "entrevistadora", "intervieweur", "intervistatore", "intervistatrice", "kérdező",
                       "prowadzi", "interviewerin"}


def _names_the_interviewer(name: str, value: str) -> bool:
    """"Entrevistador: Javier Ibáñez" above turns labelled "Entrevistador:": a form's field giving
    the interviewer's full name (two or more capitalised words, no sentence), not their first
    question, though the same label speaks below."""
    value = value.strip()
    return (field_key(name) in _INTERVIEWER_FIELDS and len(value.split()) >= 2 and is_name(value)
            and not _SENTENCE_END.search(value) and "," not in value)


def _starts_conversation(line: str, later: str, names: set[str]) -> bool:
    if _LONE_TIME.match(line) or _STAMPED.match(line) or speaker_line(line) or line.strip() in names:
        return True
    name, _, value = split_turn(line)
    if name is None:
        return False
    if _names_the_interviewer(name, value):
        return False
    if f"\n{name}:" in later:  # a label that speaks again is a speaker
        return True
    return not _is_field(line, name)


def field_key(label: str) -> str:
    """A label as the field lists spell it: "Notes (Leah)" → "notes", "Observações" as written."""
    return re.sub(r"\s*[(\[][^)\]]*[)\]]", "", label).strip().lower()


def is_field_label(label: str) -> bool:
    key = field_key(label)
    return key in _FIELDS or key in _VI_DATE_LABELS or in_english(key) in _FIELDS


@dataclass
class Head:
    title: str | None = None
    participants: list[str] = field(default_factory=list)  # "Participant: Kate O'Sullivan"
    text: str = ""  # its lines
    date: dt.date | None = None  # the day of the interview, when the head says it
    date_readings: tuple[dt.date, ...] = ()  # the days a date line that reads both ways could be


def split_head(text: str) -> tuple[Head, str]:
    """The head, and the text with the head's and the foot's lines blanked (the text itself
    when it has neither)."""
    lines = text.split("\n")
    heading = next((i for i, ln in enumerate(lines[:MAX_HEADING_HEAD]) if _TRANSCRIPT_HEADING.match(ln)), None)
    if heading is not None and heading + 1 < len(lines) and not _speaks_below(lines, heading):
        head, body = split_head("\n".join(lines[heading + 1:]))
        above = _read_head(lines[:heading]) if any(ln.strip() for ln in lines[:heading]) else Head()
        return (Head(title=above.title or head.title, participants=above.participants or head.participants,
                     date=above.date or head.date, date_readings=above.date_readings or head.date_readings, text="\n".join(t for t in (above.text, head.text) if t)), "\n" * (heading + 1) + body)
    seen = 0
    names = bare_names(lines[:MAX_HEADING_HEAD])
    for i, line in enumerate(lines):
        if not line.strip() or RULE.match(line):
            continue
        if _starts_conversation(line, "\n" + "\n".join(lines[i + 1:]), names):
            head = _read_head(lines[:i]) if seen else Head()
            return head, "\n" * i + _without_foot(lines[i:])
        seen += 1
        if seen > MAX_HEAD:
            break
    return Head(), text


def _speaks_below(lines: list[str], heading: int) -> bool:
    """Whether someone who speaks above a "Transcript" line speaks below it too: then the line
    is something said, and what is above it is not a head."""
    below = "\n" + "\n".join(lines[heading + 1:])
    return any(name is not None and f"\n{name}:" in below
               for name, _, _ in map(split_turn, lines[:heading]))


def _without_foot(lines: list[str]) -> str:
    """Blank the note-taker's lines after the last turn: a rule, "[end of call]", "TODO: ..."."""
    end = len(lines)
    kept = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line.strip():
            continue
        name, _, _ = split_turn(line)
        earlier = "\n" + "\n".join(lines[:i])
        if kept < MAX_FOOT and (RULE.match(line) or _ASIDE.match(line) or (
                name is not None and f"\n{name}:" not in earlier and is_field_label(name))):
            end = i
            kept += 1
            continue
        break
    return "\n".join(lines[:end]) + "\n" * (len(lines) - end)


def _read_head(lines: list[str]) -> Head:
    first = next((ln.strip() for ln in lines if ln.strip() and not RULE.match(ln)), None)
    head = Head(title=first.lstrip("# ").strip() if first else None,
                text="\n".join(ln.strip() for ln in lines if ln.strip()),
                date=date_in_head([ln for ln in lines if ln.strip() and not RULE.match(ln)]))
    if head.date is None:
        head.date_readings = ambiguous_date(lines)
    for line in lines:
        # "Osoba: Oksana K. (zapis z rekrutacji), prowadzi: Ola": several fields on one line
        # "Respondent (B): Fatima Zahra El Idrissi": a field with the label its speaker has below
        for key, value in re.findall(r"([A-Za-z][\w ]{0,20}?)(?:\s*\([^)]{1,12}\))?:\s*([^:]+?)"
                                     r"(?=,?\s+[A-Za-z][\w ]{0,20}(?:\s*\([^)]{1,12}\))?:|$)", line):
            if names_participant(key):
                head.participants += EMAIL.findall(value)  # "D.O. (d.o@x.org)"
                # "Kate Oyelaran (owner, Plus plan) – Galway" → the names before the description
                names = re.split(r"\s[-–—|]\s", re.sub(r"\([^)]*\)?", " ", value))[0]
                head.participants += [v.strip(" -–—|") for v in re.split(r",|;|&|\band\b", names)
                                      if v.strip(" -–—|")]
    return head


def date_in_head(lines: list[str]) -> dt.date | None:
    """The interview's day from a head's lines: a date line's ("Date: 28 Nov 2026", "Datum:
    19.11.2026", and in a head that shows it is Persian a Solar Hijri one, "تاریخ: ۱۴۰۵/۰۸/۲۵"), else a date in the title (the first line) or on a line that holds only a date
    and time ("Tue, Nov 24, 2026 10:03AM • 32:14"). Other dates a head may give (a sign-up, a
    last order) are not the interview's."""
    persian = any(shows_persian(line) for line in lines)  # (then a year-first 1405/08/25 is Iran's calendar)
    for line in lines:
        label, sep, value = line.partition(":")
        if sep and _is_date_label(label):
            found = find_date(value, _day_first(label)) or (solar_hijri(value) if persian else None)
            if found:
                return found
    for n, line in enumerate(lines):
        found = find_date(line)
        if found and (n == 0 or _only_a_date(line)):
            return found
        vi = _VI_MEET_DATE.match(line)  # (Google Meet in Vietnamese: "20 thg 11, 2026")
        if vi:
            try:
                return dt.date(int(vi.group(3)), int(vi.group(2)), int(vi.group(1)))
            except ValueError:
                continue
    return None


# a date line as Google Meet writes it in Vietnamese, "20 thg 11, 2026" (the 20th of month 11), maybe with
# its time ("20 thg 11, 2026 lúc 14:30", "… 2:30 CH")
_VI_MEET_DATE = re.compile(r"^\s*(\d{1,2})\s+thg\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(?:lúc\s+)?\d{1,2}:\d{2}"
                           r"(?:\s*(?:SA|CH|GMT[+-]?\d*))?)?\s*$", re.I)


def ambiguous_date(lines: list[str]) -> tuple[dt.date, ...]:
    """The two days a date line's date could be when it reads both ways ("Date: 03/11/2026",
    under an English label, is 3 November or 11 March): for saying so, never for choosing."""
    for line in lines:
        label, sep, value = line.partition(":")
        found = readings(value) if sep and _is_date_label(label) else None
        if found:
            return found
    return ()


def _is_date_label(label: str) -> bool:
    """"Date", "Datum", "Data da entrevista", "Interview date"; not "Sign-up date"."""
    if field_key(label).lstrip("#* ") in _VI_DATE_LABELS:
        return True
    words = set(in_english(field_key(label).lstrip("#* ")).split())
    return bool(words & {"date", "data", "when", "recorded"}) and words <= _DATE_WORDS


def _day_first(label: str) -> bool | None:
    """True where the label's language writes the day first; None (unknown) for English."""
    return None if field_key(label).lstrip("#* ") in _ENGLISH_DATE_LABELS else True


def _only_a_date(line: str) -> bool:
    """"Tue, Nov 24, 2026 10:03AM • 32:14", "March 2, 2026, 9:00AM", "Nov 24, 2026  10:02AM  28min 40s": no
    word beside the date's."""
    words = [w for w in _DATE_ALONE_LEFT.findall(line) if fold(w).rstrip(".") not in MONTHS
             and not re.fullmatch(r"(?i)(?:mon|tue|wed|thu|fri|sat|sun)\w*|[ap]m|gmt|utc|at|"
                                  r"min|mins|sec|secs|hrs?", w)]  # (Otter's length: "28min 40s")
    return not words

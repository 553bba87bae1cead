"""Exports of a whole study for other tools: CSV tables (Airtable, spreadsheets), a Markdown
folder (a page per theme and per interview, linked; Notion and Obsidian import it), one JSON
file, and the REFI-QDA project (see ``qdpx``).

All of them are built from ``StudyEvidence`` through one ``Outward`` view that applies the
same rules as the report: text redacted, people by pseudonym, turns of anyone who opted out
of being quoted withheld.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from listenwell.analysis.roster_signals import note_columns
from listenwell.domain.columns import (
    birth_date_columns,
    free_text_columns,
    name_like_columns,
    unspaced_text_columns,
)
from listenwell.domain.glossary import fold
from listenwell.domain.names import contact_columns
from listenwell.domain.national_ids import national_id_column
from listenwell.domain.model import Code, Highlight, Interview, Role, Segment, Statement
from listenwell.domain.text import column_words, slugify
from listenwell.domain.timecode import format_timecode
from listenwell.ingest.roster import names_field
from listenwell.report.build import Pseudonyms, ReportOptions, StudyEvidence, make_redactor, third_party_column
from listenwell.report.qdpx import QdaCase, QdaCode, QdaProject, QdaSelection, QdaSource, interview_text, stable_guid
from listenwell.report.redact import Redacted, Redactor

WITHHELD = "[withheld: asked not to be quoted]"


@dataclass
class CodingInput:
    """Hand-made codes and highlights (with their REFI-QDA guids, None when never set)."""

    codes: list[tuple[Code, str | None]] = field(default_factory=list)
    highlights: dict[int, list[tuple[Highlight, str | None]]] = field(default_factory=dict)  # interview id ->


class Outward:
    """The study as it may leave the machine."""

    def __init__(self, ev: StudyEvidence, *, redact: bool = True, terms: Sequence[str] = ()) -> None:
        self.ev = ev
        self.red: Redactor = make_redactor(ev, ReportOptions(redact=redact, terms=list(terms)))
        self.names = Pseudonyms()
        self.people = {p.pid: p for p in ev.participants}
        # the roster's phone and email columns, by name in any roster language or by what they hold
        self.phones = set(contact_columns(dict.fromkeys(k for p in ev.participants for k in p.attributes),
                                        [p.attributes for p in ev.participants]))
        self.theme_of = {sid: t for t in ev.themes for sid in t.statement_ids}
        # the columns that say who someone is by what they hold, whatever their header's language: names
        # ("Ad Soyad": "Ayşe Yılmaz"), never shared, and free text someone wrote about them, kept unredacted
        rows = [p.attributes for p in ev.participants]
        keys = list(dict.fromkeys(k for r in rows for k in r))
        self.names_by_content = set(name_like_columns(keys, rows))
        self.free_text = set(free_text_columns(keys, rows))
        # and, by their values too, a date of birth and notes or free answers in a script written without
        # spaces ("วันเกิด", "หมายเหตุ"): what a redacted export leaves out must not hang on the header's language
        self.free_text |= set(unspaced_text_columns(keys, rows))
        self.free_text |= set(birth_date_columns(keys, rows, dt.date.today().year))
        # and another record number of theirs ("Ügyfélazonosító": 2000410032), a personal identifier like the id
        self.free_text |= set(_record_number_columns(keys, rows))
        # and the columns the roster reads as notes ("Huomiot", "Anteckningar", "Observații"), by the same words
        # the plan reads them by (``roster_signals.note_columns``), so a note the plan reads never leaves either
        self.free_text |= set(note_columns(keys))

    def shares(self, column: str) -> bool:
        """Whether a roster column leaves with the export: never a name, email, phone or address;
        when redacted, not a special-category or identifying one either (``sensitive_column``); names and
        free text are found by their values too, under a header in any language (``domain.columns``), and by the
        roster's own recognition of names and notes (``_private_column``, ``roster_signals.note_columns``)."""
        return not _private_column(column, self.phones) and column not in self.names_by_content and not (
            self.red.enabled and (sensitive_column(column) or column in self.free_text))

    def withheld(self, pid: str | None) -> bool:
        p = self.people.get(pid or "")
        return p is not None and not p.consent.may_quote

    def speaker_label(self, iv: Interview, name: str) -> str:
        sp = iv.speaker(name)
        if sp and sp.participant_pid:
            return sp.participant_pid
        if sp and sp.role == Role.INTERVIEWER:
            return "Interviewer"
        if sp and sp.role == Role.NOTE_TAKER:
            return "Note-taker"
        if sp and sp.role == Role.INTERPRETER:
            return "Interpreter"
        return self.names.of(Statement(iv.id or 0, 0, name, None, 0, 0, ""))

    def speaker_pid(self, iv: Interview, name: str) -> str | None:
        sp = iv.speaker(name)
        return sp.participant_pid if sp else None

    def segment_text(self, iv: Interview, seg: Segment) -> str:
        if self.withheld(self.speaker_pid(iv, seg.speaker)):
            return WITHHELD
        return self.red(seg.text)

    def statement_text(self, st: Statement) -> str:
        return WITHHELD if self.withheld(st.participant) else self.red(st.text)

    def summary(self, t) -> str:  # noqa: ANN001 - a Theme
        """A theme's summary is one participant's verbatim line: withheld like their turns."""
        if not t.summary:
            return ""
        by_id = {s.id: s for s in self.ev.statements}
        for sid in t.statement_ids:
            st = by_id.get(sid)
            if st is not None and t.summary.strip() in st.text and self.withheld(st.participant):
                return ""
        return self.red(t.summary)

    def theme_title(self, sid: int | None) -> str:
        t = self.theme_of.get(sid or -1)
        return self.red.label(t.title) if t else ""


# --- CSV -------------------------------------------------------------------------------------


def csv_tables(o: Outward) -> dict[str, str]:
    """File name -> CSV text: participants, interviews, statements, themes, quotes."""
    ev = o.ev
    attrs = sorted({k for p in ev.participants for k in p.attributes if o.shares(k)})
    tables: dict[str, list[list[object]]] = {}
    tables["participants.csv"] = [["participant", *attrs, "tags", "consent_share_recordings", "consent_quotes"]] + [
        [p.pid, *[o.red(p.attributes.get(a, "")) for a in attrs], ";".join(p.tags), p.consent.share_recordings, p.consent.quotes]
        for p in ev.participants
    ]
    tables["interviews.csv"] = [["interview_id", "title", "date", "duration_s", "participants", "format", "segments"]] + [
        [iv.id, o.red(iv.title), iv.date.isoformat() if iv.date else "", round(iv.duration, 1) if iv.duration else "",
         ";".join(iv.participants), iv.source_format or "", len(iv.segments)]
        for iv in ev.interviews
    ]
    tables["statements.csv"] = [["statement_id", "interview_id", "participant", "time", "type", "theme", "text"]] + [
        [st.id, st.interview_id, o.names.of(st), format_timecode(st.start) if st.start is not None else "",
         str(st.insight_type), o.theme_title(st.id), o.statement_text(st)]
        for st in ev.statements
    ]
    by_id = {s.id: s for s in ev.statements}
    tables["themes.csv"] = [["theme_id", "title", "participants", "statements", "single_voice", "summary"]]
    for t in ev.themes:
        if t.hidden:
            continue
        voices = {o.names.of(by_id[i]) for i in t.statement_ids if i in by_id}
        tables["themes.csv"].append([t.id, o.red.label(t.title), len(voices), len(t.statement_ids), len(voices) == 1, o.summary(t)])
    tables["quotes.csv"] = [QUOTE_HEADER] + [quote_row(o, st) for st in ev.statements if not o.withheld(st.participant)]
    return {name: _csv(rows) for name, rows in tables.items()}


QUOTE_HEADER = ["quote", "participant", "interview", "time", "theme", "type", "statement_id"]


def quote_row(o: Outward, st: Statement) -> list[object]:
    iv = next((i for i in o.ev.interviews if i.id == st.interview_id), None)
    return [o.statement_text(st), o.names.of(st), o.red(iv.title) if iv else st.interview_id,
            format_timecode(st.start) if st.start is not None else "", o.theme_title(st.id), str(st.insight_type), st.id]


# a roster column a redacted export leaves out (--no-redact keeps it): a date of birth; health,
# disability, ethnicity, religion, sexual orientation and the other special categories of data
# (UK/EU GDPR art. 9) and a criminal record; a national or health record number (a masked "Fødselsnummer",
# "CPR-nummer" or "Personnummer" too: ``national_ids.national_id_column``); free-text notes
# and comments, which hold whatever staff wrote about a person ("under investigation").
# An age, a gender, a country or a plan stay: what a study is usually cut by.
_SENSITIVE_COLUMN = re.compile(
    r"\b(?:birth|birthday|birthdate|born|dob|disability|disabilities|disabled|impairment|"
    r"(?<!account )(?<!customer )health(?! score)|medical|medication|medications|diagnosis|diagnoses|"
    r"allergy|allergies|ethnicity|ethnic|ethnic group|(?:^|ethnicity )race(?=$| ethnicity)|religion|religious|faith|belief|beliefs|"
    r"sexual orientation|sexuality|gender identity|trans status|pregnant|pregnancy|"
    r"criminal|convictions?|offences?|trade union|political|"
    r"ssn|social security|national insurance|ni number|passport|nhs number|medicare|"
    # a number a national scheme or a provider knows the person by (Australia's "NDIS Number", "Centrelink CRN",
    # "Tax File Number", "IHI", "DVA file number"; New Zealand's "NHI"; a "Member number", a "Client number")
    r"ndis(?: participant)? (?:number|no|num|id|ref|reference)|centrelink|crn|tax file number|tfn|ihi|nhi|dva(?: file)? number|"
    r"(?:member|membership|participant|client|customer|patient|policy) (?:number|no|num|nr)|mrn|medical record|"
    r"notes?|comments?|remarks?|memo|free text|case notes?|safeguarding|"
    # a landlord's or a service's markers of a person's needs and risks ("Vulnerability Flags", "Support
    # needs", "Tenancy alerts", "Household markers"): health and disability by another name
    r"vulnerab\w*|(?:support|care|access|accessibility|additional) needs?|(?:tenancy|household|risk) "
    r"(?:alerts?|markers?|flags?))\b")


# a national identity or tax number by its header, in the languages rosters are kept in: Italy's "Codice fiscale",
# Spain's "DNI", "NIE", "NIF", Poland's "PESEL", Denmark's "CPR-nummer", Sweden's and Norway's "Personnummer",
# "Fødselsnummer", Finland's "Henkilötunnus", the Netherlands' "BSN", the UK's "NIN", Pakistan's "CNIC", India's
# "Aadhaar", "PAN number", Brazil's "CPF", Mexico's "CURP", Singapore's "NRIC", Turkey's "TC Kimlik No", Romania's "CNP",
# the Czech "Rodné číslo", the Balkans' "JMBG", "OIB"; the short ones only as the whole header ("NIE", "DNI": a Polish
# "30 dni" is thirty days), read on the header as written, not only in English (``column_words``)
def sensitive_column(name: str) -> bool:
    """Whether a roster column holds special-category or identifying data, or free-text notes
    (``_SENSITIVE_COLUMN``, ``national_id_column``), left out of a redacted export."""
    return bool(_SENSITIVE_COLUMN.search(column_words(name))) or national_id_column(name)


# a column that names a record of the person by its header ("Customer ID", "Ügyfélazonosító", "Member number")
# and by its values: record numbers (five digits or more, letters beside them or not), nearly each row its own;
# not a count ("Number of logins") nor a made-up code a plan or a region goes by
_RECORD_NUMBER_HEADER = re.compile(r"\b(?:id|ids|identifier|number|no|nr|num)$")
_RECORD_NUMBER = re.compile(r"[A-Za-z]{0,4}[-/]?\d{5,}[A-Za-z0-9-]*")
# (or a tool's hexadecimal token, as Typeform's "Network ID" holds "795b929e" beside "21636369": an identifier,
# whose all-digit values are no phone numbers)
_HEX_TOKEN = re.compile(r"(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{6,}")


def _record_number_columns(keys: list[str], rows: list[dict[str, str]]) -> list[str]:
    """The columns a redacted export leaves out as another record number of the person (``_RECORD_NUMBER_HEADER``):
    not a phone, which a phone column's own rule leaves out, but not "[phone]" either."""
    out = []
    for k in keys:
        values = [r[k].strip() for r in rows if r.get(k, "").strip()]
        if values and _RECORD_NUMBER_HEADER.search(column_words(k)) \
                and sum(bool(_RECORD_NUMBER.fullmatch(v) or _HEX_TOKEN.fullmatch(v)) for v in values) >= 0.8 * len(values) \
                and len(set(values)) >= 0.5 * len(values):
            out.append(k)
    return out


def _private_column(name: str, phones: set[str]) -> bool:
    low = name.lower()
    # (someone else's name: a guardian, a coordinator; and a column the roster reads as a name or an email, in
    # any of its languages, by the import's own tables: "Etunimi", "Sukunimi", "Förnamn", "Prénom", "Sähköposti")
    return name in phones or any(w in low for w in ("name", "email", "phone", "address", "contact")) \
        or third_party_column(name) \
        or names_field(name) is not None or names_field(column_words(name)) is not None


def _csv(rows: list[list[object]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return buf.getvalue()


# --- Markdown folder -----------------------------------------------------------------------------


def markdown_pages(o: Outward) -> dict[str, str]:
    """Relative path -> page. ``index.md`` links every theme page and interview page;
    theme pages link the interviews their quotes come from, and back."""
    from listenwell.report.markdown import md_escape

    ev = o.ev
    iv_page = {iv.id: f"interviews/{iv.id:03d}-{slugify(o.red(iv.title))}.md" for iv in ev.interviews}
    th_page = {t.id: f"themes/{t.id:03d}-{slugify(o.red.label(t.title))}.md" for t in ev.themes if not t.hidden}
    by_id = {s.id: s for s in ev.statements}
    pages: dict[str, str] = {}
    idx = [f"# {md_escape(o.red(ev.study.title))}", ""]
    if ev.study.goals:
        idx += ["## Goals", ""] + [f"- {md_escape(o.red(g))}" for g in ev.study.goals] + [""]
    idx += ["## Themes", ""]
    for t in ev.themes:
        if t.id in th_page:
            voices = {o.names.of(by_id[i]) for i in t.statement_ids if i in by_id}
            idx.append(f"- [{md_escape(o.red.label(t.title))}]({th_page[t.id]}) — {len(voices)} participants")
    idx += ["", "## Interviews", ""]
    for iv in ev.interviews:
        idx.append(f"- [{md_escape(o.red(iv.title))}]({iv_page[iv.id]}) — {', '.join(iv.participants) or 'no participant linked'}")
    pages["index.md"] = "\n".join(idx) + "\n"
    for t in ev.themes:
        if t.id not in th_page:
            continue
        lines = [f"# {md_escape(o.red.label(t.title))}", "", "[Back to the study](../index.md)", ""]
        if o.summary(t):
            lines += [f"> “{md_escape(o.summary(t))}”", ""]
        for sid in t.statement_ids:
            st = by_id.get(sid)
            if st is None or o.withheld(st.participant):
                continue
            link = f"../{iv_page[st.interview_id]}" if st.interview_id in iv_page else ""
            when = f" at {format_timecode(st.start)}" if st.start is not None else ""
            lines += [f"> “{md_escape(o.red(st.text))}”", ">", f"> — {o.names.of(st)}, [interview]({link}){when} · {st.insight_type}", ""]
        pages[th_page[t.id]] = "\n".join(lines) + "\n"
    themes_in: dict[int, set[int]] = {}
    for st in ev.statements:
        t = o.theme_of.get(st.id or -1)
        if t is not None and t.id in th_page:
            themes_in.setdefault(st.interview_id, set()).add(t.id)
    for iv in ev.interviews:
        lines = [f"# {md_escape(o.red(iv.title))}", "", "[Back to the study](../index.md)", ""]
        meta = []
        if iv.date:
            meta.append(f"date {iv.date.isoformat()}")
        if iv.participants:
            meta.append("participants " + ", ".join(iv.participants))
        if meta:
            lines += ["; ".join(meta), ""]
        if themes_in.get(iv.id):
            lines += ["Themes: " + ", ".join(f"[{md_escape(o.red.label(t.title))}](../{th_page[t.id]})"
                                           for t in ev.themes if t.id in themes_in[iv.id]), ""]
        for seg in iv.segments:
            when = f" [{format_timecode(seg.start)}]" if seg.start is not None else ""
            lines += [f"**{o.speaker_label(iv, seg.speaker)}**{when}: {md_escape(o.segment_text(iv, seg))}", ""]
        pages[iv_page[iv.id]] = "\n".join(lines) + "\n"
    return pages


# --- JSON ------------------------------------------------------------------------------------------


def study_json(o: Outward) -> str:
    ev = o.ev
    data = {
        "format": "listenwell-study",
        "version": 1,
        "redacted": o.red.enabled,
        "study": {"slug": ev.study.slug, "title": o.red(ev.study.title), "goals": [o.red(g) for g in ev.study.goals],
                  "description": o.red(ev.study.description)},
        "participants": [
            {"pid": p.pid, "attributes": {k: o.red(v) for k, v in p.attributes.items() if o.shares(k)},
             "tags": p.tags, "consent": {"share_recordings": p.consent.share_recordings, "quotes": p.consent.quotes}}
            for p in ev.participants
        ],
        "interviews": [
            {"id": iv.id, "title": o.red(iv.title), "date": iv.date.isoformat() if iv.date else None,
             "duration": iv.duration, "participants": iv.participants, "format": iv.source_format,
             "segments": [{"id": s.id, "speaker": o.speaker_label(iv, s.speaker), "start": s.start, "end": s.end,
                           "text": o.segment_text(iv, s)} for s in iv.segments]}
            for iv in ev.interviews
        ],
        "statements": [
            {"id": st.id, "interview_id": st.interview_id, "segment_id": st.segment_id, "participant": o.names.of(st),
             "start": st.start, "end": st.end, "type": str(st.insight_type), "text": o.statement_text(st),
             "theme_id": (o.theme_of[st.id].id if st.id in o.theme_of else None)}
            for st in ev.statements
        ],
        "themes": [
            {"id": t.id, "title": o.red.label(t.title), "summary": o.summary(t), "statement_ids": t.statement_ids,
             "hidden": t.hidden, "pinned": t.pinned}
            for t in ev.themes
        ],
        "outliers": [st.id for st in ev.outliers],
        "guide": [o.red(q) for q in ev.guide],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# --- REFI-QDA --------------------------------------------------------------------------------------


def qda_project(o: Outward, coding: CodingInput) -> QdaProject:
    """The study as a REFI-QDA project: interviews as text sources, hand-made codes plus one
    code per theme (under a "Themes" code), highlights and theme statements as codings."""
    ev = o.ev
    slug = ev.study.slug
    project = QdaProject(name=o.red(ev.study.title))
    code_guid: dict[str, str] = {}
    for code, guid in coding.codes:
        g = guid or stable_guid("code", slug, code.name)
        code_guid[code.name] = g
    for code, _ in coding.codes:
        project.codes.append(QdaCode(code_guid[code.name], o.red.label(code.name), code_guid.get(code.parent or ""), o.red(code.description)))
    theme_guid: dict[int, str] = {}
    visible = [t for t in ev.themes if not t.hidden and t.statement_ids]
    if visible:
        root = stable_guid("themes-root", slug)
        project.codes.append(QdaCode(root, "Themes", None, "Themes found by listenwell"))
        taken = {c.name for c in project.codes}
        for t in visible:
            name = o.red.label(t.title)
            if name in taken:
                name = f"{name} (theme {t.id})"
            taken.add(name)
            theme_guid[t.id] = stable_guid("theme", slug, t.id)
            project.codes.append(QdaCode(theme_guid[t.id], name, root, o.summary(t)))
    sts_by_seg: dict[int, list[Statement]] = {}
    for st in ev.statements:
        if st.id in o.theme_of and o.theme_of[st.id].id in theme_guid:
            sts_by_seg.setdefault(st.segment_id, []).append(st)
    cases: dict[str, list[str]] = {}
    for iv in ev.interviews:
        guid = stable_guid("interview", slug, iv.content_hash or iv.id)
        shown, redactions = [], []
        for seg in iv.segments:
            withheld = o.withheld(o.speaker_pid(iv, seg.speaker))
            r = o.red.redact(seg.text)
            redactions.append(None if withheld else r)
            shown.append((o.speaker_label(iv, seg.speaker), seg, WITHHELD if withheld else r.text))
        text, offsets = interview_text(shown)
        src = QdaSource(guid=guid, name=o.red(iv.title), text=text)
        placer = _Placer({seg.id: i for i, seg in enumerate(iv.segments)}, redactions, offsets)
        place = placer.place
        for h, hguid in coding.highlights.get(iv.id or -1, []):
            pos = place(h.segment_id, h.start_char, h.end_char)
            if pos:
                src.selections.append(QdaSelection(hguid or stable_guid("highlight", slug, h.id), pos[0], pos[1],
                                                   [code_guid[c] for c in h.codes if c in code_guid]))
        for seg in iv.segments:
            for st in sts_by_seg.get(seg.id or -1, []):
                pos = place(st.segment_id, st.start_char, st.end_char)
                if pos:
                    src.selections.append(QdaSelection(stable_guid("statement", slug, st.id), pos[0], pos[1],
                                                       [theme_guid[o.theme_of[st.id].id]]))
        project.sources.append(src)
        for pid in iv.participants:
            cases.setdefault(pid, []).append(guid)
    people = {p.pid: p for p in ev.participants}
    for pid, sources in cases.items():
        p = people.get(pid)
        values = {k: o.red(v) for k, v in (p.attributes if p else {}).items() if v and o.shares(k)}
        project.cases.append(QdaCase(stable_guid("case", slug, pid), pid, sources, values=values))
    return project


@dataclass
class _Placer:
    """Where a span of a segment lands in the source text, after that segment's redaction."""

    index: dict[int | None, int]
    redactions: list[Redacted | None]  # None: the turn is withheld
    offsets: list[int]

    def place(self, segment_id: int, a: int, b: int) -> tuple[int, int] | None:
        i = self.index.get(segment_id)
        if i is None or self.redactions[i] is None:
            return None
        r = self.redactions[i]
        s, e = r.map_offset(a), r.map_end(b)
        return (self.offsets[i] + s, self.offsets[i] + e) if e > s else None


def write_tree(folder: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")

"""Participant roster from CSV: column names matched case-insensitively; columns we do not
know are kept as attributes (they become segment columns: plan, region, nps, ...)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from listenwell.domain import Consent, InputError, Participant
from listenwell.ingest.decode import decode_text
from listenwell.ingest.files import read_user_file

ID_COLUMNS = ("id", "pid", "participant", "participant_id", "participant id", "code", "alias",
              # the id column of a CRM, product or form export (HubSpot, Stripe, Intercom, Typeform)
              "record id", "record_id", "user id", "user_id", "customer id", "customer_id", "contact id",
              "contact_id", "respondent id", "respondent_id", "response id", "response_id")
NAME_COLUMNS = ("name", "full name", "full_name", "real_name", "your name", "your full name",
                "what is your name?", "what's your name?", "participant name", "contact name")
FIRST_NAME = ("first name", "first_name", "firstname", "given name", "given_name", "forename")
LAST_NAME = ("last name", "last_name", "lastname", "surname", "family name", "family_name")
EMAIL_COLUMNS = ("email", "e-mail", "email address", "mail", "e-mail address", "your email",
                 "your email address", "what is your email address?", "work email")
CONSENT_RECORDING = ("consent_recording", "consent", "consent to record", "recording_consent")
SHARE_RECORDINGS = ("share_recordings", "share recordings", "clips", "share_clips")
QUOTES = ("quotes", "quote", "may_quote", "consent_quotes")
TAGS = ("tags", "tag")

_TRUE = {"yes", "y", "true", "1", "x", "agreed", "ok"}
_FALSE = {"no", "n", "false", "0", "declined", "refused"}


def _pick(header: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((header[n] for n in names if n in header), None)


def _bool(value: str, column: str, file: str, line: int) -> bool | None:
    v = value.strip().lower()
    if not v:
        return None
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    raise InputError(f"column {column!r}: {value!r} is not yes/no", file=file, line=line)


def parse_roster(data: bytes, file: str) -> list[Participant]:
    if data[:4] == b"PK\x03\x04" or data[:4] == b"\xd0\xcf\x11\xe0":  # a zip (xlsx, ods) or old xls
        raise InputError("this is a spreadsheet workbook, not CSV: save the sheet as CSV (UTF-8) "
                         "and import that file", file=file)
    text = decode_text(data, file, "a roster (CSV)")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    # strict: an unclosed quote is an error, not a field that swallows the rest of the file
    reader = csv.reader(io.StringIO(text), dialect, strict=True)
    rows: list[list[str]] = []
    start = 1  # the line the record being read starts on
    try:
        for row in reader:
            rows.append(row)
            start = reader.line_num + 1
    except csv.Error as exc:
        if "end of data" in str(exc):
            raise InputError('a quote (") opened on this line is never closed', file=file,
                             line=start) from None
        raise InputError(f"broken CSV: {exc}", file=file, line=reader.line_num) from None
    if not rows or not any(c.strip() for c in rows[0]):
        raise InputError("the roster is empty", file=file)
    raw_header = [c.strip() for c in rows[0]]
    header = {c.lower(): c for c in raw_header if c}
    id_col = _pick(header, ID_COLUMNS)
    if id_col is None:
        raise InputError(
            f"no participant id column (expected one of: id, pid, participant, user id, customer id, "
            f"record id); found: "
            f"{', '.join(raw_header)}",
            file=file,
            line=1,
        )
    # a name split over two columns, as CRM exports keep it: joined, and private like a name
    first_col, last_col = _pick(header, FIRST_NAME), _pick(header, LAST_NAME)
    special = {id_col, _pick(header, NAME_COLUMNS), _pick(header, EMAIL_COLUMNS), first_col, last_col,
               _pick(header, CONSENT_RECORDING), _pick(header, SHARE_RECORDINGS),
               _pick(header, QUOTES), _pick(header, TAGS)}
    people: list[Participant] = []
    seen: set[str] = set()
    for n, row in enumerate(rows[1:], 2):
        if not any(c.strip() for c in row):
            continue
        if len(row) > len(raw_header):
            raise InputError(f"{len(row)} fields but the header has {len(raw_header)}",
                             file=file, line=n)
        rec = {raw_header[i]: row[i].strip() for i in range(len(row)) if raw_header[i]}

        def get(col: str | None, rec: dict[str, str] = rec) -> str:
            return rec.get(col, "") if col else ""

        pid = get(id_col)
        if not pid:
            raise InputError(f"empty participant id in column {id_col!r}", file=file, line=n)
        if pid in seen:
            raise InputError(f"participant id {pid!r} appears twice", file=file, line=n)
        seen.add(pid)
        rec_col, share_col, quote_col = (_pick(header, CONSENT_RECORDING),
                                         _pick(header, SHARE_RECORDINGS), _pick(header, QUOTES))
        share = _bool(get(share_col), share_col or "", file, n) if share_col else None
        quotes = _bool(get(quote_col), quote_col or "", file, n) if quote_col else None
        consent = Consent(
            recorded=_bool(get(rec_col), rec_col or "", file, n) if rec_col else None,
            share_recordings=True if share is None else share,
            quotes=True if quotes is None else quotes,
        )
        tags_col = _pick(header, TAGS)
        tags = [t.strip() for t in get(tags_col).replace(";", ",").split(",") if t.strip()]
        people.append(Participant(
            pid=pid,
            name=get(_pick(header, NAME_COLUMNS)) or " ".join(
                x for x in (get(first_col), get(last_col)) if x) or None,
            email=get(_pick(header, EMAIL_COLUMNS)) or None,
            attributes={k.lower(): v for k, v in rec.items() if k not in special and v != ""},
            tags=tags,
            consent=consent,
        ))
    if not people:
        raise InputError("the roster has a header but no participants", file=file, line=2)
    return people


def read_roster(path: str | Path) -> list[Participant]:
    return parse_roster(read_user_file(path, "roster"), str(path))

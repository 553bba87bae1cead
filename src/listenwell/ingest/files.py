"""Reading a user's file: every way it can fail becomes one InputError naming the file."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def user_file(path: str | Path, what: str = "file") -> Iterator[Path]:
    """``with user_file(p, "recording") as p: ...`` — OS errors inside become InputErrors."""
    from listenwell.domain import InputError

    p = Path(path)
    try:
        yield p
    except FileNotFoundError:
        raise InputError("no such file", file=str(p)) from None
    except IsADirectoryError:
        raise InputError(f"is a folder, not a {what}", file=str(p)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", file=str(p)) from None


def read_user_file(path: str | Path, what: str = "file") -> bytes:
    with user_file(path, what) as p:
        return p.read_bytes()


def office_kind(data: bytes) -> str | None:
    """What an Office or OpenDocument file is, from the parts its zip holds: "word" (.docx,
    .odt), "workbook" (.xlsx, .ods; an old .xls too), "slides" (.pptx, .odp); None for anything
    else."""
    import io
    import zipfile

    if data[:4] == b"\xd0\xcf\x11\xe0":  # the old binary formats: a .xls is the one a roster is given as
        return "workbook"
    if data[:4] != b"PK\x03\x04":
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = z.namelist()
            mime = z.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except Exception:  # noqa: BLE001 - a broken zip raises many kinds; it is then no Office file
        return None
    if any(n.startswith("word/") for n in names) or mime.endswith("opendocument.text"):
        return "word"
    if any(n.startswith("xl/") for n in names) or mime.endswith("opendocument.spreadsheet"):
        return "workbook"
    if any(n.startswith("ppt/") for n in names) or mime.endswith("opendocument.presentation"):
        return "slides"
    return None


def looks_like_a_table(text: str) -> bool:
    """Whether text is a CSV (or ;- or tab-separated) table: a header of three cells or more, and
    most of the lines under it as many cells. Said when such a file is given as something else
    (an interview guide)."""
    lines = [ln for ln in text.lstrip("\ufeff").splitlines() if ln.strip()][:50]
    if len(lines) < 2:
        return False
    dialect = table_dialect(lines)
    if dialect is None:
        return False
    try:
        rows = list(csv.reader(io.StringIO("\n".join(lines)), dialect))
    except csv.Error:
        return False
    # the most common width, not the first line's: a report's title lines ("Regular Givers Q4",
    # "Filtered By: …") come above its header
    # and its total line below the rows ("Total (48 records)"): the table is what lies between
    width = Counter(len(r) for r in rows).most_common(1)[0][0]
    at = [i for i, r in enumerate(rows) if len(r) == width]
    # prose with commas splits into cells too, but its lines end as sentences do
    sentences = sum(ln.rstrip().endswith((".", "?", "!")) for ln in lines)
    return width >= 3 and len(at) >= 2 and len(at) >= 0.8 * (at[-1] - at[0] + 1) \
        and sentences < 0.8 * len(lines)


def table_dialect(lines: list[str]) -> type[csv.Dialect] | csv.Dialect | None:
    """The CSV dialect of non-blank lines, or None: sniffed from the top, then past up to three
    title rows (a survey or report export's "Customer survey - March" above its header), whose
    single cell the sniffer takes for an inconsistent delimiter."""
    for skip in range(4):
        if len(lines) - skip < 2:
            break
        try:
            return csv.Sniffer().sniff("\n".join(lines[skip:skip + 20]), delimiters=",;\t")
        except csv.Error:
            continue
    return None


# a guide's lines: Markdown headings, and questions (in a list or on their own line)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")
# (a question ends with "?", or the question mark of Arabic script "؟", of Greek ";" or full-width "？")
# (or a bilingual one, its translation in brackets after it: "Una swali lolote? (Any questions?)")
_QUESTION = re.compile(r"^\s*(?:[-*•◦]|\d{1,2}[.)])?\s*\S.{3,}[?\u061f\u037e\uff1f][)\]\"\u201d\u00bb]?\s*(?:\*\*|_)?\s*$")


def looks_like_a_guide(text: str) -> bool:
    """Whether text is an interview guide rather than a table: no table, and headings over
    questions, or a list of questions. Said when a guide is given as a roster."""
    if looks_like_a_table(text):
        return False
    lines = [ln for ln in text.lstrip("\ufeff").splitlines() if ln.strip()][:300]
    headings = sum(bool(_HEADING.match(ln)) for ln in lines)
    questions = sum(bool(_QUESTION.match(ln)) for ln in lines)
    return questions >= 3 and (headings >= 1 or questions >= 0.3 * len(lines))


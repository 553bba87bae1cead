"""Word .docx files, read with python-docx: transcripts (Teams and Otter exports: paragraphs
parsed as the Otter layout, ``Name  0:03`` then text, or ``Name: text`` lines) and discussion
guides (headings, lists and tables written out as the Markdown the guide parser reads)."""

from __future__ import annotations

import io
import re
import zipfile

from listenwell.domain import InputError, Transcript
from listenwell.ingest import plaintext
from listenwell.ingest.textexport import read_text_export

# Teams writes "Dana Whitfield   0:03" or "0:0:3.120 --> 0:0:6.200" + "Dana Whitfield" lines.
TEAMS_RANGE = re.compile(r"^\d+:\d+:\d+(?:\.\d+)?\s+-->\s+\d+:\d+:\d+(?:\.\d+)?$")


def looks_like(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def _document(data: bytes, file: str):  # noqa: ANN202 - a python-docx Document
    try:
        import docx  # python-docx
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise InputError("python-docx is needed to read .docx files", file=file) from exc
    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(f"not a readable Word document ({type(exc).__name__})", file=file) from None
    except Exception as exc:  # lxml and docx raise a zoo of errors on junk # noqa: BLE001
        raise InputError(f"not a readable Word document ({type(exc).__name__})", file=file) from None


def read(data: bytes, file: str) -> Transcript:
    document = _document(data, file)
    lines = [p.text.strip() for p in document.paragraphs]
    text = "\n".join(_teams_ranges_to_otter(lines))
    if not text.strip():
        raise InputError("the document has no text", file=file)
    transcript = read_text_export(text, file) or plaintext.read(text, file)  # the latter names the line
    # a Word file says nothing of who wrote it; Rev's speaker lines do
    transcript.format = "rev" if transcript.format == "rev" else "docx"
    return transcript


def _teams_ranges_to_otter(lines: list[str]) -> list[str]:
    """Rewrite Teams' ``start --> end`` + name lines as Otter headers, so one parser serves."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if TEAMS_RANGE.match(ln) and i + 1 < len(lines) and lines[i + 1]:
            start = ln.split("-->")[0].strip().split(".")[0]
            h, m, s = (int(x) for x in start.split(":"))
            out.append(f"{lines[i + 1]}  {h}:{m:02d}:{s:02d}")
            i += 2
            continue
        out.append(ln)
        i += 1
    return out


def guide_markdown(data: bytes, file: str) -> str:
    """A discussion guide written in Word, as the Markdown ``analysis.guide`` reads: the Title
    style is the guide's title, "Heading N" a section, list paragraphs list items (nested by
    their level), a paragraph that is all bold a section too (the guide parser's rule), and each
    table row a Markdown table row. One line per paragraph or table row, so a line number in a
    message is the paragraph's place in the document (tables count one per row)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = _document(data, file)
    numbers = _Numbering(document)
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_paragraph_markdown(Paragraph(block, document), numbers))
        elif tag == "tbl":
            for row in Table(block, document).rows:
                cells = [c.text.strip().replace("|", "/").replace("\n", " <br> ") for c in row.cells]
                lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# the list markers the guide parser reads as a number ("7.", "b)", "1.2."); others become bullets
_MARKDOWN_NUMBER = re.compile(r"\d{1,3}[.)]|[a-z][.)]|\d{1,3}\.\d{1,2}[.)]?")


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


class _Numbering:
    """What Word shows before each numbered paragraph ("7.", "b)"): its numbering definitions
    (numbering.xml: a list's format, label and start for each level) and a counter per list,
    where a level restarts after an item of a level above it, as Word counts."""

    def __init__(self, document) -> None:  # noqa: ANN001 - a python-docx Document
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counts: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str | None, dict[int, tuple[str, str, int]]] = {}
        for a in root.findall(_W + "abstractNum"):
            levels = {}
            for lvl in a.findall(_W + "lvl"):
                fmt, text, start = (lvl.find(_W + k) for k in ("numFmt", "lvlText", "start"))
                levels[int(lvl.get(_W + "ilvl", "0"))] = (
                    fmt.get(_W + "val", "decimal") if fmt is not None else "decimal",
                    text.get(_W + "val", "") if text is not None else "",
                    int(start.get(_W + "val", "1")) if start is not None else 1)
            abstract[a.get(_W + "abstractNumId")] = levels
        for num in root.findall(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is not None:
                self.levels[num.get(_W + "numId", "")] = abstract.get(ref.get(_W + "val"), {})

    def label(self, num_id: str, level: int) -> str | None:
        """The next label of list ``num_id`` at ``level``; None for a bullet or an unknown list."""
        levels = self.levels.get(num_id)
        if not levels or level not in levels:
            return None
        counts = self.counts.setdefault(num_id, {})
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]
        counts[level] = counts[level] + 1 if level in counts else levels[level][2]
        fmt, text, _ = levels[level]
        if fmt in ("bullet", "none") or not text:
            return None

        def shown(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            n = counts.get(k, levels.get(k, ("decimal", "", 1))[2])
            kind = levels.get(k, ("decimal", "", 1))[0]
            if kind in ("lowerLetter", "upperLetter"):
                letter = chr(ord("a") + (n - 1) % 26)
                return letter.upper() if kind == "upperLetter" else letter
            if kind in ("lowerRoman", "upperRoman"):
                return _roman(n).upper() if kind == "upperRoman" else _roman(n)
            return str(n)

        return re.sub(r"%(\d)", shown, text).strip() or None


def _list_place(p) -> tuple[str, int] | None:  # noqa: ANN001 - a python-docx Paragraph
    """The list a paragraph is numbered in and its level, from the paragraph or its style."""
    for ppr in (p._p.pPr, p.style.element.pPr if p.style is not None else None):
        numpr = ppr.numPr if ppr is not None else None
        if numpr is not None and numpr.numId is not None:
            level = int(numpr.ilvl.val) if numpr.ilvl is not None else 0
            return str(numpr.numId.val), level
    return None


def _paragraph_markdown(p, numbers: _Numbering | None = None) -> str:  # noqa: ANN001 - a python-docx Paragraph
    text = re.sub(r"\s+", " ", p.text).strip()
    if not text:
        return ""
    style = p.style.name if p.style is not None else ""
    if style == "Title":
        return f"# {text}"
    heading = re.match(r"Heading (\d)", style)
    if heading:
        return "#" * min(6, int(heading.group(1)) + 1) + " " + text
    ppr = p._p.pPr
    numpr = ppr.numPr if ppr is not None else None
    if numpr is not None or style.startswith("List"):
        level = 0
        if numpr is not None and numpr.ilvl is not None:
            level = int(numpr.ilvl.val)
        else:
            digit = re.search(r"(\d)$", style)
            level = int(digit.group(1)) - 1 if digit else 0
        place = _list_place(p)
        label = numbers.label(*place) if numbers is not None and place is not None else None
        marker = label if label and _MARKDOWN_NUMBER.fullmatch(label) else "-"
        return "  " * level + marker + " " + text
    runs = [r for r in p.runs if r.text.strip()]
    if runs and all(r.bold for r in runs) and not text.endswith("?"):
        return f"**{text}**"
    # a paragraph of Word's is whole: it ends in Markdown's hard line break, so the next paragraph is
    # not read as the rest of it
    return text + "  "

"""Guides kept in other tools, written out line for line as the Markdown the guide parser reads
(so line numbers hold): a web page saved as HTML, a spreadsheet pasted as tab-separated columns,
reStructuredText, an Emacs org-mode file, a guide shared over the messages of a chat thread, setext headings, definition
lists, and a whiteboard export whose stickies are tagged by colour with a legend saying what
each colour is. Each shape is recognised by marks no Markdown guide has (a doctype, rows of tabs,
directives, org keywords and drawers, message headers with a time of day, a legend), so a Markdown guide passes through."""

from __future__ import annotations

import csv
import html
import re

# a whole web page, not a few tags inside Markdown
_HTML_PAGE = re.compile(r"<!doctype html|<html\b|<body\b", re.I)
_HTML_HEADING = re.compile(r"^\s*<h([1-6])\b[^>]*>(.*?)</h\1>\s*$", re.I)
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
# "=== FRAME: 2. Warm-up (5 min) ===": a heading framed in equals signs
_FRAMED = re.compile(r"^\s*={3,}\s*(?:frame:\s*)?([^=\s](?:.*?[^=\s])?)\s*={3,}\s*$", re.I)
_DEFINITION = re.compile(r"^\s{0,3}:\s+(.*)$")
_ITEMISH = re.compile(r"^\s*(?:[-*+\u2022]|\d{1,3}(?:\.\d{1,2})*[.)]?)\s+\S")
# "[pink] = probe / follow-up": a legend line naming what a tag stands for
_LEGEND = re.compile(r"^\s*\[(\w[\w -]{0,20})\]\s*[=:\u2013\u2014-]\s*(.+)$")


def as_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    if any(_HTML_PAGE.search(ln) for ln in out[:40]):
        out = _from_html(out)
    if sum(ln.count("\t") >= 2 and len([c for c in ln.split("\t") if c.strip()]) >= 2 for ln in out) >= 3:
        out = _from_tabs(out)
    out = _from_csv(out)
    out = _restructured(out)
    out = _org_mode(out)
    out = _chat_thread(out)
    out = _headings(out)
    out = _definitions(out)
    return _tagged(out)


# the header of a guide exported as CSV rows, each row typed ("Section,Type,Content,Timing,Notes")
_CSV_HEADER = re.compile(r"^\ufeff?\s*\"?[\w ]+\"?(?:,\s*\"?[\w ()]+\"?){2,}\s*$")


def _from_csv(lines: list[str]) -> list[str]:
    """A guide exported as CSV (a research repository's export): each row a Markdown table row
    (a quoted cell running over several lines is joined onto its row's first line), when the
    header names the row's type and its text."""
    if not lines or not _CSV_HEADER.match(lines[0]):
        return lines
    names = [c.strip().strip('"').lower() for c in lines[0].lstrip("\ufeff").split(",")]
    if not any(re.fullmatch(r"(?:row )?(?:type|kind)", c) for c in names) or \
            not any(re.fullmatch(r"content|text|question|item|prompt", c) for c in names):
        return lines
    out = list(lines)
    i = 0
    while i < len(lines):
        j, row = i, lines[i]
        while row.count('"') % 2 and j + 1 < len(lines):  # a quoted cell goes on
            j += 1
            row = f"{row} {lines[j]}"
            out[j] = ""
        cells = next(csv.reader([row.lstrip("\ufeff")]), [])
        out[i] = "| " + " | ".join(c.strip().replace("|", "/") for c in cells) + " |" if len(cells) > 1 else row
        i = j + 1
    return out


def _from_tabs(lines: list[str]) -> list[str]:
    """A spreadsheet pasted as tab-separated columns: each row a Markdown table row (a quoted
    cell running over several lines is joined onto its row's first line); a row with one cell
    (a title above the table) is plain text."""
    out = list(lines)
    i = 0
    while i < len(lines):
        ln = lines[i]
        if "\t" not in ln:
            i += 1
            continue
        j = i
        while ln.count('"') % 2 and j + 1 < len(lines):  # a quoted cell goes on
            j += 1
            ln = f"{ln} {lines[j]}"
            out[j] = ""
        cells = [c.strip().strip('"').strip().replace("|", "/") for c in ln.split("\t")]
        filled = [c for c in cells if c]
        out[i] = "| " + " | ".join(cells) + " |" if len(filled) >= 2 else " ".join(filled)
        i = j + 1
    return out


# "Priya Shah  10:15 AM": who wrote the next message of a chat thread, and when (a schedule's
# "Warm-up   10:05" has no AM or PM)
_CHAT_HEADER = re.compile(r"^\S.{0,40}?\s{2,}\d{1,2}:\d{2}\s?[AaPp][Mm]\s*$")


def _chat_thread(lines: list[str]) -> list[str]:
    """A guide shared in a chat thread: the messages that hold it (bullets, or a section name in
    the chat's bold, "*PART 2 – stock (15 min)*") are read, the section names as headings; the
    chatter between them (other messages, but the first, which sets the context) is left out."""
    heads = [i for i, ln in enumerate(lines) if _CHAT_HEADER.match(ln)]
    if len(heads) < 3:
        return lines
    out = list(lines)
    for k, start in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        body = range(start + 1, end)
        out[start] = ""
        guide = any(re.match(r"^\s*(?:[\u2022\u25e6\-*]\s|\*[^*\s][^*]*\*\s*$)", lines[i]) for i in body)
        for i in body:
            bold = re.fullmatch(r"\s*\*([^*\s][^*]*)\*\s*", lines[i])
            if bold and guide:
                out[i] = "## " + bold.group(1)
            elif not guide and k > 0:
                out[i] = ""  # a colleague's reply about the guide, not part of it
    return out


def _restructured(lines: list[str]) -> list[str]:
    """reStructuredText: a field list (":Duration: 45 minutes") is "Duration: 45 minutes", an
    auto-numbered item ("#. How…") a list item, and a directive line (".. note::") says nothing
    (its indented body stays as notes)."""
    if not any(re.match(r"^\s*(?:\.\. [\w-]+::|#\.\s)", ln) for ln in lines):
        return lines
    out = []
    for ln in lines:
        if re.match(r"^\s*\.\. [\w-]+::", ln):
            out.append("")
            continue
        ln = re.sub(r"^(\s*)#\.\s+", r"\1- ", ln)
        out.append(re.sub(r"^:([\w][\w ]{0,30}):\s+", r"\1: ", ln))
    return out


_ORG_KEYWORD = re.compile(r"^\s*#\+([A-Za-z_]+):\s*(.*)$")
_ORG_HEADING = re.compile(r"^(\*+)\s+(?:(TODO|DONE|NEXT|WAITING)\s+)?(.*?)(?:\s+:[\w@#%:]+:)?\s*$")


def _org_mode(lines: list[str]) -> list[str]:
    """An Emacs org-mode file ("#+TITLE:", "* Warm-up   :tag:", property drawers): the starred
    lines are headings (their tags left off; a task's line is a note), the title a title, a drawer's
    property ("  :TIME: 5 min") a plain "TIME: 5 min" line, a block's begin and end lines say
    nothing, and /italic/ lines are italic."""
    if not (any(_ORG_KEYWORD.match(ln) for ln in lines[:20])
            or sum(ln.strip().upper() in (":PROPERTIES:", ":END:") for ln in lines) >= 2):
        return lines
    out = []
    for ln in lines:
        keyword = _ORG_KEYWORD.match(ln)
        heading = _ORG_HEADING.match(ln)
        if keyword:
            ln = "# " + keyword.group(2).strip() if keyword.group(1).upper() == "TITLE" else ""
        elif heading and heading.group(2):  # a task ("** TODO share the top 5 with support"): a note
            ln = f"{heading.group(2)} {heading.group(3)}"
        elif heading:
            ln = "#" * min(len(heading.group(1)) + 1, 6) + " " + heading.group(3)  # under the title
        elif ln.strip().upper() in (":PROPERTIES:", ":END:"):
            ln = ""
        else:
            ln = re.sub(r"^(\s*):([\w-]+):\s+(\S.*)$", r"\1\2: \3", ln)  # a drawer's property
            ln = re.sub(r"^(\s*(?:[-+]\s+)?)/(\S(?:.*\S)?)/\s*$", r"\1*\2*", ln)  # /italic/
        out.append(ln)
    return out


def _from_html(lines: list[str]) -> list[str]:
    """A page saved as HTML: headings become Markdown headings, the head, styles and scripts say
    nothing, entities are decoded and inline tags dropped (lists are left to the parser, which
    reads `<ul><li>`)."""
    out = []
    skipping = False
    for ln in lines:
        if re.search(r"<(?:head|style|script)\b", ln, re.I):
            skipping = not re.search(r"</(?:head|style|script)>", ln, re.I)
            out.append("")
            continue
        if skipping:
            skipping = not re.search(r"</(?:head|style|script)>", ln, re.I)
            out.append("")
            continue
        h = _HTML_HEADING.match(ln)
        if h:
            # "<h2>Introduction <span class="timing">5 min</span></h2>": its time in brackets
            text = re.sub(r"<span\b[^>]*\btim\w*[^>]*>\s*(.*?)\s*</span>", r"(\1)", h.group(2), flags=re.I)
            out.append("#" * int(h.group(1)) + " " + html.unescape(re.sub(r"<[^>]+>", "", text)).strip())
            continue
        if re.search(r"<(?:ul|ol|li)\b|</(?:ul|ol)>", ln, re.I):
            out.append(html.unescape(ln))  # the parser reads the list; only the entities change
            continue
        text = re.sub(r"<!--.*?-->|</?(?:!doctype|html|body|p|div|span|br|blockquote|em|strong|b|i|u|a|section|"
                      r"article|main|header|footer|meta|title)\b[^>]*>", "", ln, flags=re.I)
        out.append(html.unescape(text).rstrip())
    return out


def _headings(lines: list[str]) -> list[str]:
    """Setext headings (a line over "====" or "----") and headings framed in equals signs; not
    the "---" that closes a YAML front matter ("---", "title: …", "---")."""
    out = list(lines)
    titled = any(_SETEXT.match(lines[i]) and _SETEXT.match(lines[i + 2]) and lines[i + 1].strip()
                 and lines[i].strip()[:1] == lines[i + 2].strip()[:1] for i in range(len(lines) - 2))
    front = 0
    if lines and lines[0].strip() == "---":
        front = next((i for i in range(1, min(len(lines), 60)) if lines[i].strip() in ("---", "...")), 0)
    for i, ln in enumerate(lines):
        if i <= front:
            continue
        framed = _FRAMED.match(ln)
        if framed:
            out[i] = "## " + framed.group(1)
            continue
        under = _SETEXT.match(ln)
        if not under or i == 0 or len(under.group(1)) < 3:
            continue
        above = lines[i - 1]
        drawn = len(under.group(1)) >= len(above.strip()) - 2  # "1. Introduction" over a line as long
        if not above.strip() or above.lstrip().startswith(("#", "|", ">")) or out[i - 1] != above \
                or _ITEMISH.match(above) and not (drawn and re.match(r"^\s*\d", above)):
            continue  # a rule after a blank line or a list, not an underline
        over = i >= 2 and _SETEXT.match(lines[i - 2]) and lines[i - 2].strip()[:1] == under.group(1)[0]
        # with a title over- and underlined (reStructuredText), an underline alone is a level lower
        depth = (1 if under.group(1)[0] == "=" else 2) + (0 if over or not titled else 1)
        out[i - 1] = "#" * depth + " " + above.strip()
        out[i] = ""
        if over:
            out[i - 2] = ""  # the overline
    return out


def _definitions(lines: list[str]) -> list[str]:
    """A definition list ("Participants" then ": 6 residents…"): the term is a bold label and
    its definitions a list under it; under a question ("2.1 How do you pay…?" then ": Probe –
    …") the definitions are its probes."""
    out = list(lines)
    under_item = False
    for i, ln in enumerate(lines):
        d = _DEFINITION.match(ln)
        if not d:
            if ln.strip():
                under_item = bool(_ITEMISH.match(ln))
            continue
        prev = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
        if prev is None:
            continue
        text = re.sub(r"^\d{1,2}(?:\.\d{1,2}){1,2}(?:\.[a-z])?\s+", "", d.group(1))  # "2.1.a Probe – …"
        if under_item or _DEFINITION.match(lines[prev]) and out[prev].startswith("    "):
            out[i] = "    - " + text
            under_item = True
        else:
            if not _DEFINITION.match(lines[prev]) and len(lines[prev].split()) <= 6:
                out[prev] = f"**{lines[prev].strip().rstrip(':')}:**"  # the term, a label
            out[i] = "- " + text
    return out


def _tagged(lines: list[str]) -> list[str]:
    """Lines tagged by a legend ("[green] = main question", "[pink] = probe", "[blue] = research
    question", "[grey] = parked"): questions become items, probes items under them, and what is
    not asked a note the parser keeps as it is."""
    legend = {m.group(1).lower(): m.group(2).lower() for ln in lines if (m := _LEGEND.match(ln))}
    if len(legend) < 2:
        return lines
    out = list(lines)
    for i, ln in enumerate(lines):
        if _LEGEND.match(ln):
            out[i] = ""
            continue
        m = re.match(r"^\s*\[(\w[\w -]{0,20})\]\s+(.*)$", ln)
        meaning = legend.get(m.group(1).lower()) if m else None
        if meaning is None:
            continue
        text = m.group(2)
        if re.search(r"\b(?:park|not ask|skip|research question|goal|hypothes)", meaning):
            out[i] = ""  # not asked this round (or the study's own question): not the guide's
        elif re.search(r"\b(?:probe|follow)", meaning):
            out[i] = "    - " + re.sub(r"^(?:probe|follow[- ]?up)\s*[:\u2013-]\s*", "", text, flags=re.I)
        elif re.search(r"\bquestion|\bask\b", meaning):
            out[i] = "- " + text
        else:
            out[i] = text.rstrip("?") if text.rstrip().endswith("?") else text  # a note, read as one
    return out

"""Guides kept in other tools, written out line for line as the Markdown the guide parser reads
(so line numbers hold): a web page saved as HTML, a spreadsheet pasted as tab-separated columns,
reStructuredText, an Emacs org-mode file, a LaTeX protocol, a guide kept as YAML for an interview
tool, a MediaWiki page, AsciiDoc, a mind map exported as tab-indented text, a guide exported as
typed CSV rows, a guide shared over the messages of a chat thread, setext headings, definition
lists, Markdown footnotes, and a whiteboard export whose stickies are tagged by colour with a
legend saying what each colour is. Each shape is recognised by marks no Markdown guide has (a
doctype, rows of tabs, directives, org keywords and drawers, LaTeX commands, a YAML "sections:"
key, wiki or AsciiDoc markup, message headers with a time of day, a legend), so a Markdown guide
passes through."""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Callable

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
    # each shape converts only a guide that has its marks; the rest pass through unchanged
    for convert in (_toggles, _from_csv, _latex, _yaml_guide, _mediawiki, _asciidoc, _mind_map, _footnotes,
                    _restructured, _org_mode, _chat_thread, _headings, _definitions, _tagged):
        out = convert(out)
    return out


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
    return _table_rows(lines, lambda row: next(csv.reader([row.lstrip("\ufeff")]), []))


def _from_tabs(lines: list[str]) -> list[str]:
    """A spreadsheet pasted as tab-separated columns: each row a Markdown table row (a quoted
    cell running over several lines is joined onto its row's first line); a row with one cell
    (a title above the table) is plain text."""
    return _table_rows(lines, lambda row: [c.strip().strip('"') for c in row.split("\t")],
                       lambda row: "\t" in row)


def _table_rows(lines: list[str], cells_of: Callable[[str], list[str]],
                takes: Callable[[str], bool] = lambda row: True) -> list[str]:
    """Rows of cells as Markdown table rows, line for line: a quoted cell running over several
    lines is joined onto its row's first line (the lines it took are left empty), and a row with
    one filled cell (a title above the table) is plain text."""
    out = list(lines)
    i = 0
    while i < len(lines):
        row = lines[i]
        if not takes(row):
            i += 1
            continue
        j = i
        while row.count('"') % 2 and j + 1 < len(lines):  # a quoted cell goes on
            j += 1
            row = f"{row} {lines[j]}"
            out[j] = ""
        cells = [c.strip().replace("|", "/") for c in cells_of(row)]
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


_LATEX = re.compile(r"^\s*\\(?:documentclass|begin\{document\}|section\*?\{|subsection\*?\{)")


def _latex_inline(text: str) -> str:
    text = re.sub(r"(?<!\\)%.*$", "", text)  # a comment
    text = re.sub(r"\\(?:textit|emph)\{([^{}]*)\}", r"*\1*", text)
    text = re.sub(r"\\textbf\{([^{}]*)\}", r"**\1**", text)
    text = text.replace("---", "\u2014").replace("--", "\u2013").replace("``", "\u201c").replace("''", "\u201d")
    text = re.sub(r"\\(pounds|euro|ldots|dots)\b\s?",
                  lambda m: {"pounds": "\u00a3", "euro": "\u20ac"}.get(m.group(1), "\u2026"), text)
    text = re.sub(r"\\([%&$#_{}])", r"\1", text)
    text = re.sub(r"\\[a-zA-Z]+\*?(?:\[[^\]]*\])?\{([^{}]*)\}", r"\1", text)  # any other command: its text
    return re.sub(r"\\[a-zA-Z]+\*?(?:\[[^\]]*\])?", "", text)


def _latex(lines: list[str]) -> list[str]:
    """A LaTeX protocol: sections are headings, the title the title, list items (nested by
    enumerate and itemize) list items, comments and set-up lines nothing, and inline commands
    their text."""
    if not any(_LATEX.match(ln) for ln in lines):
        return lines
    out, depth = [], 0
    for ln in lines:
        head = re.match(r"^\s*\\(title|section|subsection|subsubsection)\*?\{(.*)\}\s*$", ln)
        begin = re.match(r"^\s*\\begin\{(enumerate|itemize|description)\}", ln)
        end = re.match(r"^\s*\\end\{(enumerate|itemize|description)\}", ln)
        item = re.match(r"^\s*\\item(?:\[[^\]]*\])?\s*(.*)$", ln)
        if head:
            level = {"title": 1, "section": 2, "subsection": 3, "subsubsection": 4}[head.group(1)]
            out.append("#" * level + " " + _latex_inline(head.group(2)).strip())
        elif begin or end:
            depth = max(0, depth + (1 if begin else -1))
            out.append("")
        elif item:
            out.append("  " * max(0, depth - 1) + "- " + _latex_inline(item.group(1)).strip())
        elif re.match(r"^\s*\\(?:documentclass|usepackage|author|date|maketitle|begin|end|newpage|vspace|"
                      r"noindent|setlength)\b", ln):
            out.append("")
        else:
            text = _latex_inline(ln)
            out.append(text if text.strip() else "")
    return out


_YAML_KEY = re.compile(r"^(\s*)(-\s+)?([A-Za-z_][\w ]*):\s*(.*?)\s*$")


def _yaml_value(value: str) -> str:
    value = re.sub(r"\s+#\s.*$", "", value).strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.replace("--", "\u2013")


def _yaml_guide(lines: list[str]) -> list[str]:
    """A guide kept as YAML for an interview tool ("sections:", then "- name:", "questions:",
    "- q:", "probes:"): a section's name is a heading (with its minutes), a question a list item,
    its probes and notes nested under it, a folded block ("q: >-") joined onto its key's line, the
    study's title the title and its goals a goals section; comments say nothing."""
    if not (any(re.match(r"^\s*sections:\s*$", ln) for ln in lines)
            and sum(bool(re.match(r"^\s*-?\s*(?:q|question|ask):\s", ln)) for ln in lines) >= 2):
        return lines
    out = list(lines)
    i = 0
    in_probes = -1  # the indent of the open "probes:" key
    while i < len(lines):
        ln = lines[i]
        if re.match(r"^\s*#", ln) or not ln.strip():
            out[i] = ""
            i += 1
            continue
        key = _YAML_KEY.match(ln)
        nxt = i + 1
        if key and key.group(4) in (">", ">-", "|", "|-"):  # a folded block: joined onto this line
            indent = len(key.group(1)) + len(key.group(2) or "")
            block = []
            while nxt < len(lines) and (not lines[nxt].strip()
                                        or len(lines[nxt]) - len(lines[nxt].lstrip()) > indent):
                block.append(lines[nxt].strip())
                out[nxt] = ""
                nxt += 1
            value = " ".join(b for b in block if b).replace("--", "\u2013")
        else:
            value = _yaml_value(key.group(4)) if key else ""
        indent = len(ln) - len(ln.lstrip())
        if in_probes >= 0 and indent <= in_probes:
            in_probes = -1
        if key:
            name = key.group(3).strip().lower()
            if name in ("probes", "follow_ups", "followups", "prompts"):
                in_probes = indent
                out[i] = ""
            elif name in ("q", "question", "ask"):
                out[i] = "- " + value
            elif name in ("note", "notes", "instruction", "condition", "only_if") and value:
                out[i] = "    - " + (value if value.startswith("[") else f"[{value}]")
            elif name in ("name", "section") and value:
                minutes = next((m.group(1) for x in lines[i + 1:i + 4]
                                if (m := re.match(r"^\s*(?:minutes|mins|time|duration)\w*:\s*(\d+)", x))), None)
                out[i] = "## " + value + (f" ({minutes} min)" if minutes else "")
            elif name == "title" and value:
                out[i] = "# " + value
            elif name in ("goals", "objectives", "research_questions"):
                out[i] = "## Goals"
            elif not value and name not in ("questions", "sections", "study", "guide", "items"):
                out[i] = "## " + key.group(3).replace("_", " ").capitalize()  # "intro:", "participants:"
            elif name in ("duration_minutes", "length_minutes", "duration", "length") and value:
                out[i] = f"Length: {re.sub(r'[^0-9]', '', value) or value} minutes"
            elif name in ("script", "intro", "say") and value:
                out[i] = value
            elif value and not re.match(r"^(?:minutes|mins|id|optional|mode|count)$", name):
                out[i] = f"{key.group(3).replace('_', ' ').capitalize()}: {value}"
            else:
                out[i] = ""
        elif ln.lstrip().startswith("- "):
            out[i] = ("    - " if in_probes >= 0 else "- ") + _yaml_value(ln.lstrip()[2:])
        else:
            out[i] = ln.strip()
        i = nxt
    return out


_WIKI_HEADING = re.compile(r"^(={1,6})\s*([^=\s].*?)\s*\1\s*$")
_WIKI_MARK = re.compile(r"^\{\||^\{\{|\[\[|'{3}|^#\*|^#\s|^<!--")  # a table, a template, a link, bold, a "#" list


def _wiki_inline(text: str) -> str:
    text = re.sub(r"<!--.*?-->", "", text)
    text = re.sub(r"\[\[(?:Category|File|Image):[^\]]*\]\]", "", text)
    text = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", text)
    text = re.sub(r"\[https?://\S+\s+([^\]]*)\]", r"\1", text)
    text = re.sub(r"'{3}(.*?)'{3}", r"**\1**", text)
    return re.sub(r"'{2}(.*?)'{2}", r"*\1*", text)


def _mediawiki(lines: list[str]) -> list[str]:
    """A MediaWiki page: "== Heading ==" headings, "#"/"*" lists ("#*" nested), templates,
    comments and categories saying nothing, tables as Markdown tables, bold and italic quotes."""
    if sum(bool(_WIKI_HEADING.match(ln)) for ln in lines) < 2 or not any(_WIKI_MARK.search(ln) for ln in lines):
        return lines
    out, comment = [], False
    for ln in lines:
        if comment:
            comment = "-->" not in ln
            out.append("")
            continue
        if "<!--" in ln and "-->" not in ln:
            comment = True
            ln = ln.split("<!--")[0]
        head = _WIKI_HEADING.match(ln)
        item = re.match(r"^([#*:]+)\s*(.*)$", ln)
        if head:
            out.append("#" * len(head.group(1)) + " " + _wiki_inline(head.group(2)))
        elif re.match(r"^\s*(?:\{\{.*\}\}|\{\|.*|\|\}|\|-.*|__\w+__|\[\[Category:.*\]\])\s*$", ln) or \
                re.fullmatch(r"\s*</?blockquote>\s*", ln):
            out.append("")
        elif re.match(r"^\s*[!|]", ln):
            cells = re.split(r"\s*(?:\|\||!!)\s*", ln.strip()[1:])
            out.append("| " + " | ".join(_wiki_inline(c).strip() for c in cells) + " |")
        elif item:
            out.append("  " * (len(item.group(1)) - 1) + "- " + _wiki_inline(item.group(2)))
        else:
            out.append(_wiki_inline(ln))
    return out


_ADOC_HEADING = re.compile(r"^(={1,5})\s+(\S.*?)\s*$")


def _asciidoc(lines: list[str]) -> list[str]:
    """AsciiDoc: "= Title" and "== Section" headings (no closing "="), ". item" and "** item"
    lists nested by their marks, "Term:: value" as "Term: value", admonitions ("TIP: …") as notes,
    and block lines (attributes, "[start=3]", "____", a "+" continuation) saying nothing."""
    heads = [ln for ln in lines if _ADOC_HEADING.match(ln)]
    if len(heads) < 2 or not (lines and _ADOC_HEADING.match(lines[0]) or
                              any(re.match(r"^(?::\w[\w-]*:|\[(?:start=\d+|abstract|source|quote)[^\]]*\])", ln)
                                  for ln in lines)):
        return lines
    out = []
    for ln in lines:
        head = _ADOC_HEADING.match(ln)
        item = re.match(r"^(\.{1,5}|\*{1,5})\s+(.*)$", ln)
        if head:
            out.append("#" * len(head.group(1)) + " " + head.group(2))
        elif item:
            out.append("  " * (len(item.group(1)) - 1) + "- " + item.group(2))
        elif re.match(r"^\s*(?::\w[\w-]*:.*|\[[^\]]*\]|_{4,}|={4,}|-{4,}|\*{4,}|\+)\s*$", ln):
            out.append("")
        else:
            admonition = re.match(r"^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+(.*)$", ln)
            term = re.match(r"^([^:]{2,40})::\s+(.*)$", ln)
            out.append(f"[{admonition.group(2)}]" if admonition else
                       f"{term.group(1)}: {term.group(2)}" if term else ln)
    return out


def _mind_map(lines: list[str]) -> list[str]:
    """A mind map exported as plain text, each node a line indented by tabs: the root the title,
    its children the sections, theirs the questions, and deeper nodes the probes."""
    nodes = [ln for ln in lines if ln.strip()]
    tabbed = [ln for ln in nodes if ln.startswith("\t")]
    if len(nodes) < 6 or len(tabbed) < 0.8 * (len(nodes) - 1) or \
            any(re.match(r"^\s*(?:[-*+]|\d+[.)])\s", ln) or ln.lstrip().startswith("#") for ln in nodes):
        return lines
    out = []
    for ln in lines:
        depth = len(ln) - len(ln.lstrip("\t"))
        text = ln.strip()
        if not text:
            out.append("")
        elif depth == 0:
            out.append("# " + text)
        elif depth == 1:
            out.append("## " + text)
        else:
            out.append("  " * (depth - 2) + "- " + text)
    return out


def _footnotes(lines: list[str]) -> list[str]:
    """Markdown footnotes: a marker ("…confirmation?[^3]") says nothing in the question, and a
    footnote ("[^3]: What did you click first?") is a note, not a question of its own."""
    if not any(re.match(r"^\[\^[\w-]+\]:", ln) for ln in lines):
        return lines
    out = []
    for ln in lines:
        note = re.match(r"^\[\^[\w-]+\]:\s*(.*)$", ln)
        out.append(f"[{note.group(1)}]" if note and note.group(1).strip() else
                   "" if note else re.sub(r"\[\^[\w-]+\](?!:)", "", ln))
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


_DETAILS = re.compile(r"^\s*</?details\b[^>]*>\s*$", re.I)
_SUMMARY = re.compile(r"^\s*<summary>(.*?)</summary>\s*$", re.I)
_MD_LEVEL = re.compile(r"^(#{1,6})\s")


def _toggles(lines: list[str]) -> list[str]:
    """Notion's Markdown export writes a toggle as raw HTML over several lines: ``<details>``,
    ``<summary>…</summary>``, the list it folds, ``</details>``. A summary that asks is a question
    and the list inside it its follow-ups; a summary that labels ("**Backup questions (only if
    time allows)**") heads a sub-section holding the list, so a backup toggle stays a backup
    section. The tags themselves say nothing."""
    if not any(_SUMMARY.match(ln) for ln in lines):
        return lines
    out = []
    level = 1  # the last Markdown heading's level: a label toggle sits one below it
    asking = False  # inside a toggle whose summary is a question: its list items are follow-ups
    for ln in lines:
        heading = _MD_LEVEL.match(ln)
        summary = _SUMMARY.match(ln)
        if heading:
            level = len(heading.group(1))
        if _DETAILS.match(ln):
            asking = asking and not ln.strip().lower().startswith("</")
            out.append("")
        elif summary:
            text = summary.group(1).strip()
            asking = not _labels(text)
            out.append(f"- {text}" if asking else f"{'#' * min(6, level + 1)} {text.strip('*_ ')}")
        else:
            out.append("    " + ln if asking and _ITEMISH.match(ln) else ln)
    return out


def _labels(text: str) -> bool:
    """A toggle's summary that names what it holds rather than asks: bold all through, or a few
    words that end in no sentence ("Backup questions", "Probes")."""
    bold = re.fullmatch(r"(\*\*|__)[^*_]+\1:?", text)
    return bool(bold) or (len(text.split()) <= 6 and not re.search(r"[.?!]\W*$", text))


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

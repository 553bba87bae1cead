"""REFI-QDA project files (``.qdpx``): the exchange format NVivo, ATLAS.ti, MAXQDA and
QualCoder read and write.

A ``.qdpx`` is a zip holding ``project.qde`` (XML in namespace ``urn:QDA-XML:project:1.0``)
and ``sources/<guid>.txt`` for each text source. The parts we use, in the order the schema
requires inside ``<Project>``: ``Users``, ``CodeBook/Codes/Code`` (nested for a hierarchy,
``isCodable="true"``), ``Cases/Case/SourceRef`` (a participant and their interviews) and
``Sources/TextSource`` (``plainTextPath="internal://<guid>.txt"``) whose
``PlainTextSelection`` children carry ``startPosition``/``endPosition`` (character offsets
into the plain text, counted in Unicode code points) and a ``Coding`` with a ``CodeRef
targetGUID`` per code.

This module knows only its own small dataclasses (``QdaProject`` ...); the mapping from an
interview to a text source and back (``interview_text`` / ``parse_interview_text``) is here
too because both directions must agree on the layout of a line: ``P1 [00:01:02.500]: text``.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

from listenwell.domain.errors import InputError
from listenwell.domain.model import Segment
from listenwell.domain.timecode import format_timecode, parse_timecode

NS = "urn:QDA-XML:project:1.0"
Q = f"{{{NS}}}"
#: uuid5 namespace for guids derived from listenwell ids, so exports are stable.
LISTENWELL_NS = uuid.UUID("5b0f0c52-7a0e-4c1e-9a53-6f0d1c0e7a11")
MAX_MEMBER_BYTES = 200 * 1024 * 1024
_GUID = re.compile(r"^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$")


def stable_guid(*parts: object) -> str:
    return str(uuid.uuid5(LISTENWELL_NS, "/".join(str(p) for p in parts)))


@dataclass
class QdaCode:
    guid: str
    name: str
    parent: str | None = None  # parent code guid
    description: str = ""
    color: str | None = None


@dataclass
class QdaSelection:
    guid: str
    start: int
    end: int
    codes: list[str] = field(default_factory=list)  # code guids
    name: str = ""


@dataclass
class QdaSource:
    guid: str
    name: str
    text: str
    selections: list[QdaSelection] = field(default_factory=list)


@dataclass
class QdaCase:
    guid: str
    name: str
    sources: list[str] = field(default_factory=list)  # source guids
    description: str = ""
    values: dict[str, str] = field(default_factory=dict)  # variable name -> text value


@dataclass
class QdaProject:
    name: str
    codes: list[QdaCode] = field(default_factory=list)
    sources: list[QdaSource] = field(default_factory=list)
    cases: list[QdaCase] = field(default_factory=list)
    origin: str = "listenwell"
    user: tuple[str, str] = field(default_factory=lambda: (stable_guid("user", "listenwell"), "listenwell"))

    def comparable(self) -> dict:
        """What a round trip must keep identical: sources (name, text), codes (guid, name,
        parent) and codings (source, selection guid, positions, codes)."""
        return {
            "sources": sorted((s.name, s.text) for s in self.sources),
            "codes": sorted((c.guid.lower(), c.name, (c.parent or "").lower()) for c in self.codes),
            "codings": sorted(
                (s.name, sel.guid.lower(), sel.start, sel.end, tuple(sorted(g.lower() for g in sel.codes)))
                for s in self.sources
                for sel in s.selections
            ),
        }


# --- writing ----------------------------------------------------------------------------


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def project_xml(p: QdaProject) -> bytes:
    ET.register_namespace("", NS)
    stamp = _now()
    user_guid = p.user[0]
    root = ET.Element(
        Q + "Project",
        {"name": p.name, "origin": p.origin, "creatingUserGUID": user_guid, "creationDateTime": stamp},
    )
    users = ET.SubElement(root, Q + "Users")
    ET.SubElement(users, Q + "User", {"guid": user_guid, "name": p.user[1]})
    if p.codes:
        codes_el = ET.SubElement(ET.SubElement(root, Q + "CodeBook"), Q + "Codes")
        children: dict[str | None, list[QdaCode]] = {}
        known = {c.guid for c in p.codes}
        for c in p.codes:
            parent = c.parent if c.parent in known else None
            children.setdefault(parent, []).append(c)

        def add(parent_el: ET.Element, parent_guid: str | None) -> None:
            for c in children.get(parent_guid, []):
                attrs = {"guid": c.guid, "name": c.name, "isCodable": "true"}
                if c.color:
                    attrs["color"] = c.color
                el = ET.SubElement(parent_el, Q + "Code", attrs)
                if c.description:
                    ET.SubElement(el, Q + "Description").text = c.description
                add(el, c.guid)

        add(codes_el, None)
    variables = sorted({k for case in p.cases for k in case.values})
    var_guid = {v: stable_guid("variable", p.name, v) for v in variables}
    if variables:
        vars_el = ET.SubElement(root, Q + "Variables")
        for v in variables:
            ET.SubElement(vars_el, Q + "Variable", {"guid": var_guid[v], "name": v, "typeOfVariable": "Text"})
    if p.cases:
        cases_el = ET.SubElement(root, Q + "Cases")
        for case in p.cases:
            el = ET.SubElement(cases_el, Q + "Case", {"guid": case.guid, "name": case.name})
            if case.description:
                ET.SubElement(el, Q + "Description").text = case.description
            for v in variables:
                if v in case.values:
                    vv = ET.SubElement(el, Q + "VariableValue")
                    ET.SubElement(vv, Q + "VariableRef", {"targetGUID": var_guid[v]})
                    ET.SubElement(vv, Q + "TextValue").text = case.values[v]
            for sg in case.sources:
                ET.SubElement(el, Q + "SourceRef", {"targetGUID": sg})
    if p.sources:
        sources_el = ET.SubElement(root, Q + "Sources")
        for s in p.sources:
            el = ET.SubElement(
                sources_el,
                Q + "TextSource",
                {
                    "guid": s.guid,
                    "name": s.name,
                    "plainTextPath": f"internal://{s.guid}.txt",
                    "creatingUser": user_guid,
                    "creationDateTime": stamp,
                },
            )
            for sel in s.selections:
                sel_el = ET.SubElement(
                    el,
                    Q + "PlainTextSelection",
                    {
                        "guid": sel.guid,
                        "name": sel.name or s.text[sel.start : sel.end][:60],
                        "startPosition": str(sel.start),
                        "endPosition": str(sel.end),
                        "creatingUser": user_guid,
                        "creationDateTime": stamp,
                    },
                )
                for code_guid in sel.codes:
                    coding = ET.SubElement(
                        sel_el,
                        Q + "Coding",
                        {"guid": stable_guid("coding", sel.guid, code_guid), "creatingUser": user_guid,
                         "creationDateTime": stamp},
                    )
                    ET.SubElement(coding, Q + "CodeRef", {"targetGUID": code_guid})
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def write_qdpx(p: QdaProject, path: Path) -> None:
    """Write the zip to ``path`` (the caller passes a temporary path and moves it)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.qde", project_xml(p))
        for s in p.sources:
            z.writestr(f"sources/{s.guid}.txt", s.text.encode("utf-8"))


# --- reading ----------------------------------------------------------------------------


def read_qdpx(path: Path) -> QdaProject:
    """Read a ``.qdpx``; anything that is not a valid project raises ``InputError``."""
    name = str(path)
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError("not a REFI-QDA project (.qdpx is a zip file)", file=name) from exc
    with z:
        members = {i.filename: i for i in z.infolist()}
        qde = next((n for n in members if n.lower().endswith("project.qde") and "/" not in n.strip("/")), None)
        if qde is None:
            raise InputError("not a REFI-QDA project: project.qde is missing", file=name)

        def read_member(member: str) -> bytes:
            info = members[member]
            if info.file_size > MAX_MEMBER_BYTES:
                raise InputError(f"{member} is too large", file=name)
            try:
                return z.read(info)
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as exc:
                raise InputError(f"cannot read {member}: {exc}", file=name) from exc

        return parse_project(read_member(qde), read_member, set(members), file=name)


def _line_of(exc: ET.ParseError) -> int | None:
    return exc.position[0] if getattr(exc, "position", None) else None


def parse_project(
    xml: bytes, read_member: Callable[[str], bytes], members: set[str], *, file: str
) -> QdaProject:
    if b"<!DOCTYPE" in xml[:2000] or b"<!ENTITY" in xml:
        raise InputError("project.qde must not declare a DTD or entities", file=file)
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise InputError(f"project.qde is not well-formed XML: {exc}", file=file, line=_line_of(exc)) from exc
    if root.tag != Q + "Project":
        raise InputError(f"project.qde: root element must be Project in {NS}", file=file)
    pname = root.get("name")
    if not pname:
        raise InputError("project.qde: Project has no name", file=file)
    project = QdaProject(name=pname, origin=root.get("origin") or "")

    def guid_of(el: ET.Element, what: str) -> str:
        g = el.get("guid") or ""
        if not _GUID.match(g):
            raise InputError(f"project.qde: {what} has an invalid guid {g!r}", file=file)
        return g.strip("{}")

    codebook = root.find(Q + "CodeBook/" + Q + "Codes")
    if codebook is not None:
        def walk(el: ET.Element, parent: str | None) -> None:
            for c in el.findall(Q + "Code"):
                desc = c.find(Q + "Description")
                code = QdaCode(
                    guid=guid_of(c, "a Code"),
                    name=c.get("name") or "",
                    parent=parent,
                    description=(desc.text or "") if desc is not None else "",
                    color=c.get("color"),
                )
                if not code.name:
                    raise InputError("project.qde: a Code has no name", file=file)
                project.codes.append(code)
                walk(c, code.guid)

        walk(codebook, None)
    code_guids = {c.guid.lower() for c in project.codes}

    for src in root.iterfind(Q + "Sources/" + Q + "TextSource"):
        guid = guid_of(src, "a TextSource")
        text = _source_text(src, guid, read_member, members, file)
        source = QdaSource(guid=guid, name=src.get("name") or guid, text=text)
        for sel in src.findall(Q + "PlainTextSelection"):
            try:
                start, end = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
            except ValueError as exc:
                raise InputError("project.qde: a PlainTextSelection has no valid positions", file=file) from exc
            if not (0 <= start <= end <= len(text)):
                raise InputError(
                    f"project.qde: selection {start}-{end} lies outside source {source.name!r}", file=file
                )
            codes = []
            for cr in sel.iterfind(Q + "Coding/" + Q + "CodeRef"):
                target = (cr.get("targetGUID") or "").strip("{}")
                if target.lower() not in code_guids:
                    raise InputError(f"project.qde: a Coding refers to unknown code {target!r}", file=file)
                codes.append(target)
            source.selections.append(
                QdaSelection(guid=guid_of(sel, "a PlainTextSelection"), start=start, end=end, codes=codes,
                             name=sel.get("name") or "")
            )
        project.sources.append(source)

    var_name = {
        (v.get("guid") or "").strip("{}").lower(): v.get("name") or ""
        for v in root.iterfind(Q + "Variables/" + Q + "Variable")
    }
    for case in root.iterfind(Q + "Cases/" + Q + "Case"):
        desc = case.find(Q + "Description")
        values = {}
        for vv in case.findall(Q + "VariableValue"):
            ref = vv.find(Q + "VariableRef")
            name = var_name.get(((ref.get("targetGUID") if ref is not None else "") or "").strip("{}").lower())
            value = next((c.text for c in vv if c.tag != Q + "VariableRef" and c.text is not None), None)
            if name and value is not None:
                values[name] = value
        project.cases.append(
            QdaCase(
                guid=guid_of(case, "a Case"),
                name=case.get("name") or "",
                sources=[(r.get("targetGUID") or "").strip("{}") for r in case.findall(Q + "SourceRef")],
                description=(desc.text or "") if desc is not None else "",
                values=values,
            )
        )
    return project


def _source_text(
    src: ET.Element, guid: str, read_member: Callable[[str], bytes], members: set[str], file: str
) -> str:
    content = src.find(Q + "PlainTextContent")
    if content is not None:
        return content.text or ""
    path = src.get("plainTextPath") or ""
    if path.startswith("internal://"):
        member = "sources/" + path[len("internal://") :]
    else:
        raise InputError(
            f"source {src.get('name') or guid!r} has no internal plain text (plainTextPath={path!r})", file=file
        )
    if member not in members:
        raise InputError(f"source file {member} is missing from the project", file=file)
    try:
        return read_member(member).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{member} is not UTF-8 text", file=file) from exc


# --- interviews as plain text ---------------------------------------------------------------

_LINE = re.compile(r"^(?P<speaker>[^\[\]\n:]{1,80}?)(?: \[(?P<tc>\d+:\d{2}(?::\d{2})?(?:\.\d{1,3})?)\])?: (?P<text>.*)$")


def interview_text(segments: list[tuple[str, Segment, str]]) -> tuple[str, list[int]]:
    """Lay an interview out as plain text, one turn a line: ``P1 [00:01:02.500]: text``.

    Takes ``(speaker label, segment, shown text)`` so the caller decides pseudonyms and
    redaction; returns the text and, per segment, the offset where its text starts (to place
    highlights).
    """
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for label, seg, shown in segments:
        shown = shown.replace("\r", " ").replace("\n", " ")
        prefix = label
        if seg.start is not None:
            prefix += f" [{_full_tc(seg.start)}]"
        prefix += ": "
        offsets.append(pos + len(prefix))
        line = prefix + shown + "\n"
        parts.append(line)
        pos += len(line)
    return "".join(parts), offsets


def _full_tc(seconds: float) -> str:
    tc = format_timecode(seconds, millis=True)
    return tc if tc.count(":") == 2 else "0:" + tc


def parse_interview_text(text: str) -> tuple[list[Segment], list[int]]:
    """The inverse of ``interview_text`` for our own files; a foreign source becomes one
    segment per non-empty line (speaker from a ``Name:`` prefix when there is one)."""
    segments: list[Segment] = []
    offsets: list[int] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        here = pos
        pos += len(raw)
        if not line.strip():
            continue
        m = _LINE.match(line)
        start = None
        if m:
            speaker, body = m.group("speaker").strip(), m.group("text")
            if m.group("tc"):
                try:
                    start = parse_timecode(m.group("tc"))
                except ValueError:
                    start = None
            text_at = here + m.start("text")
        else:
            speaker, body, text_at = "Unknown", line, here
        segments.append(Segment(speaker=speaker, text=body, start=start, index=len(segments)))
        offsets.append(text_at)
    for a, b in zip(segments, segments[1:]):
        if a.start is not None and b.start is not None and b.start >= a.start:
            a.end = b.start
    if segments and segments[-1].start is not None:
        segments[-1].end = segments[-1].start
    return segments, offsets


def locate(offsets: list[int], lengths: list[int], start: int, end: int) -> tuple[int, int, int] | None:
    """Which segment a source selection falls in: ``(segment index, start_char, end_char)``,
    clipped to that segment's text; None when it covers no text at all."""
    import bisect

    i = bisect.bisect_right(offsets, start) - 1
    if i < 0:
        i = 0
    # a selection starting in a line's prefix begins at that line's text
    s = max(0, start - offsets[i])
    if s >= lengths[i] and i + 1 < len(offsets):
        i += 1
        s = 0
    e = min(lengths[i], end - offsets[i])
    if e <= s:
        return None
    return i, s, e

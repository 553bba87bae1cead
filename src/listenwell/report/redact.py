"""Redaction of personal data on the way out of the machine.

Every outward output (report, quote bank, clips, exports) passes its text through a
``Redactor``. It finds emails, phone numbers, card numbers (Luhn-checked), street addresses,
the names of people on the roster (participants and anyone else named there) and a list of
terms the user supplies, and replaces each with a short placeholder such as ``[email]``.
A participant's own name becomes their pseudonym (``[P3]``) so the reader still knows who.

``redact`` returns the spans it replaced, in offsets of the *original* text, because two
callers need more than the new string: the clip cutter silences the words under a span, and
the REFI-QDA export shifts highlight offsets into the redacted text (``Redacted.map_offset``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from listenwell.domain.model import Participant, Segment

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# An address read out in a call, as a transcriber writes it: "maya dot lindqvist at example dot com".
SPOKEN_EMAIL = re.compile(
    r"\b[\w-]+(?:\s+dot\s+[\w-]+)*\s+at\s+[\w-]+(?:\s+dot\s+[\w-]+)*\s+dot\s+(?:com|org|net|io|dev|co|uk|de|fr|eu|edu|gov)\b",
    re.IGNORECASE,
)
# 13-19 digits in groups, card-like; confirmed with the Luhn checksum.
CARD = re.compile(r"(?<![\w.])\d(?:[ -]?\d){12,18}(?![\w])")
# International or national phone numbers: an optional +cc, an optional (area), then 2-4
# groups of digits; or one that starts with + or a trunk 0, in groups of any length split by
# spaces or hyphens ("+44 7700 900123", "030 1234567", "+33 6 12 34 56 78"). Confirmed by
# counting 7-15 digits, so years and prices do not match.
# (The first lookahead lets the scan skip letters at once.)
PHONE = re.compile(
    r"(?=[+(\d])(?<![\w.+])(?:(?:\+|\(?0)[\d() -]{5,20}\d(?!\w)"
    r"|(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w])"
    r"|\+?\d{7,15}(?![\w.]))"
)
# Dates and ranges look like phone numbers to the pattern above; they are not personal data.
DATE_LIKE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}\s*-\s*\d{4}")
# A date with its time, or a time alone, as survey tools and logs write them (KoboToolbox's
# "2026-11-24T09:18:05.118-06:00", "2026-11-24 09:18:05", "24.11.2026 09:18"): its digits are
# set aside before phone numbers are looked for, so the seconds, milliseconds and offset are not
# read as one. Not where more digits follow a separator ("06.12.34.56.78" is a phone number).
_END = r"(?![-/.:]?\d)"
TIMESTAMP = re.compile(
    r"(?=\d)(?<![\w.+/:-])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?(?:\s?(?:Z|[+-]\d{2}(?::?\d{2})?))?)?" + _END
    + r"|(?=\d)(?<![\w.+/:-])\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?" + _END
)
STREET_WORDS = (
    "Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|"
    "Terrace|Close|Crescent|Square|Sq|Parkway|Highway|Hwy|Row|Gardens|Strasse|Straße"
)
ADDRESS = re.compile(
    r"\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'-]*\.?\s+){1,4}(?:" + STREET_WORDS + r")\b\.?"
    r"(?:,?\s+(?:Apt|Apartment|Suite|Unit|Flat)\.?\s*\w+)?"
)

FIXED_PLACEHOLDERS = ("[email]", "[phone]", "[card number]", "[address]", "[name]", "[redacted]")
#: Matches any placeholder a Redactor may write (pseudonyms are any short bracketed id); the
#: verbatim check treats them as wildcards. ``Redactor.placeholder_pattern`` is stricter.
PLACEHOLDER = re.compile(r"\[(?:email|phone|card number|address|name|redacted|[\w.-]{1,40})\]")


@dataclass(frozen=True)
class RedactionSpan:
    """Characters ``start:end`` of the original text, replaced by ``replacement``."""

    start: int
    end: int
    kind: str  # email | phone | card | address | name | participant | term
    replacement: str


@dataclass
class Redacted:
    original: str
    text: str
    spans: list[RedactionSpan] = field(default_factory=list)

    def map_offset(self, offset: int) -> int:
        """Where an offset of the original text lands in the redacted text.

        Offsets inside a replaced span snap to the start of its placeholder (for a start)
        — callers that need an end use ``map_end``.
        """
        shift = 0
        for sp in self.spans:
            if offset <= sp.start:
                break
            if offset < sp.end:
                return sp.start + shift
            shift += len(sp.replacement) - (sp.end - sp.start)
        return offset + shift

    def map_end(self, offset: int) -> int:
        """Like ``map_offset`` but an end inside a span moves to the end of its placeholder."""
        shift = 0
        for sp in self.spans:
            if offset <= sp.start:
                break
            if offset < sp.end:
                return sp.start + shift + len(sp.replacement)
            shift += len(sp.replacement) - (sp.end - sp.start)
        return offset + shift


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


class _NameSet:
    """Many literal names in one regular expression (longest first), each mapped back to
    its placeholder. One pass per text instead of one per name keeps redaction of a large
    study fast."""

    def __init__(self, *, ignore_case: bool) -> None:
        self.ignore_case = ignore_case
        self.table: dict[str, tuple[str, str]] = {}
        self.pattern: re.Pattern[str] | None = None

    def key(self, literal: str) -> str:
        k = " ".join(literal.split())
        return k.lower() if self.ignore_case else k

    def add(self, literal: str, kind: str, replacement: str) -> None:
        k = self.key(literal)
        old = self.table.get(k)
        if old is None:
            self.table[k] = (kind, replacement)
        elif old[1] != replacement and old[0] != "term":
            if kind == "name" and old[0] == "participant":
                return  # a participant's name met again as a plain name: keep the pseudonym
            self.table[k] = ("name", "[name]")  # two people share it: say only that it is a name

    def compile(self) -> None:
        if not self.table:
            return
        alts = sorted(self.table, key=lambda a: (-len(a), a))
        body = "|".join(r"\s+".join(re.escape(w) for w in a.split()) for a in alts)
        flags = re.IGNORECASE if self.ignore_case else 0
        self.pattern = re.compile(r"(?<![\w])(?:" + body + r")(?:'s)?(?![\w])", flags)

    def spans(self, text: str) -> Iterator[RedactionSpan]:
        if self.pattern is None:
            return
        for m in self.pattern.finditer(text):
            hit = self.table.get(self.key(m.group()))
            if hit is None:  # the possessive 's
                hit = self.table.get(self.key(m.group()[:-2]))
            if hit is not None:
                yield RedactionSpan(m.start(), m.end(), hit[0], hit[1])


class Redactor:
    """Finds and replaces personal data. Build once per output; call on every text.

    ``enabled=False`` (the CLI's ``--no-redact``) makes ``redact`` the identity, so callers
    never branch on the option themselves.
    """

    def __init__(
        self,
        participants: Iterable[Participant] = (),
        *,
        other_names: Iterable[str] = (),
        terms: Iterable[str] = (),
        enabled: bool = True,
        ids: Mapping[str, str] | None = None,
    ) -> None:
        self.enabled = enabled
        self._full = _NameSet(ignore_case=True)  # whole names and terms, any case
        # A lone first or last name: case-sensitive, so "Will" the name is caught and "will"
        # the verb is not. ``_loose`` matches them in any case, for lower-cased labels.
        self._parts = _NameSet(ignore_case=False)
        self._loose = _NameSet(ignore_case=True)
        self.secrets: list[str] = []  # every literal value that must never appear outward
        for p in participants:
            if p.email:
                self.secrets.append(p.email)
            for name in (p.name, *p.other_names):
                if name and name.strip():
                    self._add_person(name.strip(), f"[{p.pid}]", "participant")
        for name in other_names:
            if name and name.strip():
                self._add_person(name.strip(), "[name]", "name")
        # a roster id said aloud or written in a turn ("my member number is M000105023"): its stand-in
        for pid, stand_in in (ids or {}).items():
            if len(pid) >= 4:
                self.secrets.append(pid)
                self._full.add(pid, "participant", f"[{stand_in}]")
        for term in terms:
            term = term.strip()
            if term:
                self.secrets.append(term)
                self._full.add(term, "term", "[redacted]")
        for names in (self._full, self._parts, self._loose):
            names.compile()

    def _add_person(self, full: str, replacement: str, kind: str) -> None:
        self.secrets.append(full)
        self._full.add(full, kind, replacement)
        for form in _spoken_forms(full):
            self._full.add(form, kind, replacement)
        for form in (full, *_spoken_forms(full)):
            parts = [w for w in re.split(r"\s+", form.replace(",", " ").strip())
                     if len(w.strip(".")) >= 2 and w.strip(".").lower() not in _AFTER_A_NAME]
            if len(parts) > 1:
                for part in parts:
                    self.secrets.append(part)
                    self._parts.add(part, kind, replacement)
                    self._loose.add(part, kind, replacement)

    def placeholder_pattern(self) -> re.Pattern[str]:
        """Exactly the placeholders this redactor writes (fixed kinds and its pseudonyms)."""
        reps = set(FIXED_PLACEHOLDERS)
        for names in (self._full, self._parts, self._loose):
            reps |= {rep for _, rep in names.table.values()}
        return re.compile("|".join(re.escape(r) for r in sorted(reps, key=len, reverse=True)))

    @classmethod
    def disabled(cls) -> Redactor:
        return cls(enabled=False)

    def find(self, text: str, *, loose: bool = False) -> list[RedactionSpan]:
        """Every span to replace, non-overlapping, in order. ``loose`` also matches lone
        first and last names in any case: right for theme labels ("sam · welcome"), which
        are lower-cased key phrases, too eager for sentences ("will", "grace period")."""
        if not self.enabled or not text:
            return []
        found: list[RedactionSpan] = []
        for pattern in (EMAIL, SPOKEN_EMAIL):
            for m in pattern.finditer(text):
                found.append(RedactionSpan(m.start(), m.end(), "email", "[email]"))
        for m in CARD.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if 13 <= len(digits) <= 19 and luhn_ok(digits):
                found.append(RedactionSpan(m.start(), m.end(), "card", "[card number]"))
        # dates and times set aside, keeping the offsets (only where a phone number may be)
        dateless = TIMESTAMP.sub(lambda m: "x" * len(m.group()), text) if PHONE.search(text) else ""
        for m in PHONE.finditer(dateless):
            digits = re.sub(r"\D", "", m.group())
            if 7 <= len(digits) <= 15 and not DATE_LIKE.fullmatch(m.group().strip()):
                found.append(RedactionSpan(m.start(), m.end(), "phone", "[phone]"))
        for m in ADDRESS.finditer(text):
            found.append(RedactionSpan(m.start(), m.end(), "address", "[address]"))
        for names in (self._full, self._parts) + ((self._loose,) if loose else ()):
            found.extend(names.spans(text))
        return _non_overlapping(found)

    def redact(self, text: str, *, loose: bool = False) -> Redacted:
        spans = self.find(text, loose=loose)
        if not spans:
            return Redacted(text, text, [])
        out: list[str] = []
        pos = 0
        for sp in spans:
            out.append(text[pos : sp.start])
            out.append(sp.replacement)
            pos = sp.end
        out.append(text[pos:])
        return Redacted(text, "".join(out), spans)

    def __call__(self, text: str | None) -> str:
        if text is None:
            return ""
        return self.redact(text).text

    def label(self, text: str | None) -> str:
        """Redact a theme title or code name (loose name matching)."""
        if text is None:
            return ""
        return self.redact(text, loose=True).text


# a degree or suffix after a name's comma, not a name of its own: "Ana Ruiz, PhD"
_AFTER_A_NAME = {"jr", "sr", "ii", "iii", "iv", "md", "phd", "mba", "rn", "np", "dds", "esq", "cpa"}


def _spoken_forms(full: str) -> list[str]:
    """How a roster name written for a register is said and typed: "JOHNSON, ROBERT E" (a health plan's
    extract) as "ROBERT E JOHNSON" and "Robert E Johnson", "Robert Johnson"; a name in capitals also
    in its ordinary case, as a lone first or last name is matched case-sensitively."""
    forms: list[str] = []
    if full.count(",") == 1:
        last, first = (p.strip() for p in full.split(","))
        if last and first and first.strip(".").lower() not in _AFTER_A_NAME and len(first.split()) <= 3:
            given = [w for w in first.split() if len(w.strip(".")) >= 2]
            forms += [f"{first} {last}"] + ([f"{' '.join(given)} {last}"] if given and given != first.split() else [])
        elif last and len(last.split()) > 1:
            forms.append(last)  # "Ana Ruiz" of "Ana Ruiz, PhD"
    if full.isupper():
        forms += [f.title() for f in (full, *forms)]
    return [f for f in dict.fromkeys(forms) if f != full]


_KIND_PRIORITY = {"email": 0, "card": 1, "address": 2, "phone": 3}


def _non_overlapping(spans: list[RedactionSpan]) -> list[RedactionSpan]:
    # Longest span first at any position; structured kinds before names on ties.
    spans.sort(key=lambda s: (s.start, -(s.end - s.start), _KIND_PRIORITY.get(s.kind, 9)))
    kept: list[RedactionSpan] = []
    for sp in sorted(spans, key=lambda s: (-(s.end - s.start), _KIND_PRIORITY.get(s.kind, 9), s.start)):
        if all(sp.end <= k.start or sp.start >= k.end for k in kept):
            kept.append(sp)
    kept.sort(key=lambda s: s.start)
    return kept


def word_char_spans(segment: Segment) -> list[tuple[int, int]]:
    """Character span of each of the segment's timed words inside ``segment.text``.

    Word texts from Whisper carry leading spaces and may differ in case or punctuation from
    the stored text; each word is looked up from where the previous one ended, and a word
    that cannot be found gets an empty span at the cursor.
    """
    spans: list[tuple[int, int]] = []
    lower = segment.text.lower()
    cursor = 0
    for w in segment.words:
        token = w.text.strip().lower()
        core = token.strip(".,!?;:\"'()[]")
        at = lower.find(core, cursor) if core else -1
        if at < 0:
            spans.append((cursor, cursor))
            continue
        spans.append((at, at + len(core)))
        cursor = at + len(core)
    return spans


def muted_times(segment: Segment, spans: Sequence[RedactionSpan]) -> list[tuple[float, float]]:
    """Time spans to silence: every timed word that overlaps a redacted character span.

    Without word timings, a redaction cannot be located inside the turn; the whole turn's
    time span is returned then, because silence is the safe side.
    """
    if not spans:
        return []
    if not segment.words:
        if segment.start is None or segment.end is None:
            return []
        return [(segment.start, segment.end)]
    out: list[tuple[float, float]] = []
    for (cs, ce), w in zip(word_char_spans(segment), segment.words):
        if ce <= cs:
            continue
        if any(cs < sp.end and ce > sp.start for sp in spans):
            out.append((w.start, w.end))
    return _merge_times(out)


def _merge_times(times: list[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for s, e in sorted(times):
        if merged and s <= merged[-1][1] + 0.05:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged

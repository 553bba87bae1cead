"""The verbatim check: every quote we show is an exact span of a stored transcript.

A quote carries where it came from (segment id and character offsets). It passes when the
stored segment's text at those offsets equals the quote, allowing only one change: a
redaction placeholder (``[email]``, ``[P3]`` ...) may stand for any non-empty run of the
original. Nothing else — no tidied punctuation, no dropped "um" — so a reader can trust that
the customer said exactly these words.

The checks take plain lookups, not a database, so the report layer stays free of the store:
the service passes ``{segment_id: text}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from listenwell.report.redact import PLACEHOLDER


@dataclass(frozen=True)
class QuoteSource:
    """What any quote-like object exposes for the check."""

    text: str
    segment_id: int
    start_char: int
    end_char: int


@dataclass(frozen=True)
class VerbatimProblem:
    quote: str
    segment_id: int
    reason: str

    def __str__(self) -> str:
        return f"segment {self.segment_id}: {self.reason}: {self.quote[:80]!r}"


def matches_span(shown: str, original: str, placeholder: re.Pattern[str] = PLACEHOLDER) -> bool:
    """True when ``shown`` is ``original`` with zero or more spans replaced by placeholders.

    ``placeholder`` defaults to any placeholder a Redactor may write; pass
    ``Redactor.placeholder_pattern()`` to accept only the ones that redactor writes.
    """
    if shown == original:
        return True
    parts = placeholder.split(shown)
    if len(parts) == 1:
        return False
    pattern = "(?:.+?)".join(re.escape(p) for p in parts)
    return re.fullmatch(pattern, original, flags=re.DOTALL) is not None


def check_quote(
    shown: str, segment_id: int, start_char: int, end_char: int, segments: Mapping[int, str],
    placeholder: re.Pattern[str] = PLACEHOLDER,
) -> VerbatimProblem | None:
    source = segments.get(segment_id)
    if source is None:
        return VerbatimProblem(shown, segment_id, "no such stored segment")
    if not (0 <= start_char < end_char <= len(source)):
        return VerbatimProblem(shown, segment_id, f"offsets {start_char}:{end_char} out of range")
    if not matches_span(shown, source[start_char:end_char], placeholder):
        return VerbatimProblem(shown, segment_id, "differs from the transcript")
    return None


def check_quotes(
    quotes: Iterable[object], segments: Mapping[int, str], placeholder: re.Pattern[str] = PLACEHOLDER
) -> list[VerbatimProblem]:
    """Check every quote-like object (attributes ``text``, ``segment_id``, ``start_char``,
    ``end_char``); returns the problems, empty when all are verbatim."""
    problems = []
    for q in quotes:
        p = check_quote(q.text, q.segment_id, q.start_char, q.end_char, segments, placeholder)  # type: ignore[attr-defined]
        if p:
            problems.append(p)
    return problems


_HTML_QUOTE = re.compile(
    r'<q[^>]*\bdata-segment="(\d+)"[^>]*\bdata-start="(\d+)"[^>]*\bdata-end="(\d+)"[^>]*>(.*?)</q>',
    re.DOTALL,
)


def quotes_in_html(html: str) -> list[QuoteSource]:
    """The quotes of a rendered HTML report, read back from its ``<q data-segment ...>`` tags,
    so the check runs on what a reader actually sees, not only on the model."""
    import html as html_mod

    out = []
    for m in _HTML_QUOTE.finditer(html):
        text = html_mod.unescape(re.sub(r"<[^>]+>", "", m.group(4)))
        out.append(QuoteSource(text, int(m.group(1)), int(m.group(2)), int(m.group(3))))
    return out

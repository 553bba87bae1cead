"""Benchmark: how much of real discussion guides the guide parser reads as questions.

Give it guide files (Markdown or text, as people write them); for each it counts the question
sentences in the file (every run of text ending in "?" with three words or more: the naive
baseline, which also counts questions that are not the interviewer's, such as research
questions or rhetorical ones) and how many of those the parser found among its main questions
and follow-ups. A file the parser refuses is counted as reading nothing. It prints the missed
sentences with their line numbers, which is where a new guide shape shows itself.

    PYTHONPATH=src python benchmarks/guide_parsing.py [GUIDE ...]

Without arguments it scores the sample study's own guide (``make bench`` runs it that way).

The guides behind the figures in RESULTS.md are public files written by other people; they
are not kept in this repository (RESULTS.md names where each comes from).
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from listenwell.analysis.guide import parse_guide
from listenwell.domain import InputError

SAMPLE_GUIDE = Path(__file__).resolve().parents[1] / "src" / "listenwell" / "samples" / "checkout" / "guide.md"


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def question_sentences(text: str) -> list[tuple[int, str]]:
    """(line, sentence) for each run of text ending in "?" with three words or more."""
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        line = html.unescape(re.sub(r"<[^>]*>", " ", line))  # raw HTML's tags are markup, not words
        for m in re.finditer(r"[^?.!|\t]*\?", line):  # a table's cells (or a sheet's) are apart
            if len(_norm(m.group(0)).split()) >= 3:
                out.append((n, m.group(0).strip()))
    return out


# a label or a tag written before a question ("- Prompt: Which…?", "Follow up: \"What…?", "**B1.**
# [RQ1] How…?", "(Project activity) How…?", "Q2) How…?", "a) Where…?", "3   What…?", "[green] How…?",
# "2.1 How…?" cut after "2.", "**INT:** How…?" a script's speaker): not part of it
_LABEL = re.compile(r"^[\s*_>-]*(?:(?:probes?|prompts?|follow[- ]?ups?|ask|say|interviewer|moderator|int|mod|q)"
                    r"(?:\*\*)?\s*[:\u2013-]\s*(?:\*\*)?\s*|[\[(]RQ[^\])]*[\])]\s*|"
                    r"\([^()]{2,60}\)\s+|(?:[A-Z]?\d{1,3}|[a-z])\)\s+|\d{1,3}\s{2,}|"
                    r"(?:\*\*)?\[[^\]]{1,40}\](?:\*\*)?\s+|\d{1,2}\s+|[a-z]\s+(?=probe))+", re.I)


def score(path: Path) -> tuple[int, list[tuple[int, str]], str]:
    """(question sentences in the file, the ones the parser missed, a one-line summary)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    sentences = question_sentences(text)
    try:
        guide = parse_guide(text, path.name)
    except InputError as exc:
        return len(sentences), sentences, f"refused: {exc}"
    read = " ".join(q.text for s in guide.sections for q in s.items)
    read += " " + " ".join(f.text for s in guide.sections for q in s.items for f in q.followups)
    found = _norm(read)
    missed = [(n, q) for n, q in sentences if _norm(q) not in found and _norm(_LABEL.sub("", q)) not in found]
    mains = sum(len(s.questions) for s in guide.sections)
    probes = sum(len(q.followups) for s in guide.sections for q in s.questions)
    return len(sentences), missed, f"{len(guide.sections)} sections, {mains} questions, {probes} follow-ups"


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [SAMPLE_GUIDE]
    total = total_missed = 0
    for path in paths:
        n, missed, summary = score(path)
        total, total_missed = total + n, total_missed + len(missed)
        print(f"{path.name}: {n - len(missed)} of {n} question sentences read ({summary})")
        for line, q in missed:
            print(f"    missed, line {line}: {q[:100]}")
    share = (total - total_missed) / total if total else 0.0
    print(f"\n{len(paths)} guides: {total - total_missed} of {total} question sentences read "
          f"({share:.3f}); baseline (every sentence ending in '?') {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Name a theme: key phrases that set it apart, a one-line summary, its best quotes.

Key phrases come from a class-based TF-IDF (as in BERTopic's c-TF-IDF): all statements of a
theme are one document, and a word or two-word phrase scores high when it is frequent in this
theme and rare across the others, so "spreadsheet export" beats "really" and "the app". The
summary is extractive (a verbatim statement, no generated text, no network): the statement
closest to the theme's centre that carries its key phrases and reads as one line. Quotes are
the most central statements, one per participant first, so a theme's quotes show its breadth.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from listenwell.analysis.statements import BACKCHANNEL

_STOP = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do does
    doesn't doing don't down during each few for from further get got had hadn't has hasn't have
    haven't having he he'd he'll he's her here here's hers herself him himself his how how's i
    i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself
    no nor not of off on once only or other ought our ours ourselves out over own same shan't she
    she'd she'll she's should shouldn't so some such than that that's the their theirs them
    themselves then there there's these they they'd they'll they're they've this those through to
    too under until up very was wasn't we we'd we'll we're we've were weren't what what's when
    when's where where's which while who who's whom why why's with won't would wouldn't you you'd
    you'll you're you've your yours yourself yourselves just really actually basically literally
    kind sort thing things stuff lot lots bit little much many way ways something anything
    everything nothing someone think thought know knew mean guess feel felt say said says
    go going gone goes went come came make made use used using get getting gets like likes liked
    want wanted need needed one two also even still maybe probably pretty quite definitely
    always never sometimes often usually time times day days year years people person lot
    able will well good great yes yeah okay ok right sure oh um uh hmm gonna wanna gotta
    """.split()
) | BACKCHANNEL
_TOKEN = re.compile(r"[a-z][a-z0-9'’-]*[a-z0-9]|[a-z]")


class Labeler(Protocol):
    def key_phrases(self, docs: Sequence[Sequence[str]], top: int = 5) -> list[list[str]]:
        """For each theme (its statements' texts), the phrases that set it apart, best first."""
        ...


def _terms(text: str) -> list[str]:
    toks = [t.replace("’", "'") for t in _TOKEN.findall(text.lower())]
    out = [t for t in toks if t not in _STOP and len(t) > 2]
    # two-word phrases of adjacent content words (skipping no stop words keeps them readable)
    for a, b in zip(toks, toks[1:]):
        if a not in _STOP and b not in _STOP and len(a) > 2 and len(b) > 2:
            out.append(f"{a} {b}")
    return out


def _stem(word: str) -> str:
    for suffix in ("ies", "es", "s", "ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _overlaps(a: str, b: str) -> bool:
    sa, sb = {_stem(w) for w in a.split()}, {_stem(w) for w in b.split()}
    return sa <= sb or sb <= sa


@dataclass
class CTfidfLabeler:
    """Class-based TF-IDF over words and two-word phrases."""

    min_theme_count: int = 2  # in a theme of some size, a phrase must occur this often

    def key_phrases(self, docs: Sequence[Sequence[str]], top: int = 5) -> list[list[str]]:
        counts = [Counter(t for text in texts for t in _terms(text)) for texts in docs]
        total = Counter()
        for c in counts:
            total.update(c)
        avg_words = max(1.0, sum(sum(c.values()) for c in counts) / max(len(counts), 1))
        out: list[list[str]] = []
        for c in counts:
            size = max(sum(c.values()), 1)
            need = self.min_theme_count if size > 40 else 1  # tiny themes: every word counts
            scored = []
            for term, tf in c.items():
                if tf < need:
                    continue
                weight = (tf / size) * math.log(1 + avg_words / total[term])
                if " " in term:
                    weight *= 1.2  # phrases read better than lone words when equally telling
                scored.append((-weight, term))
            scored.sort()
            chosen: list[str] = []
            for _, term in scored:
                if any(_overlaps(term, p) for p in chosen):
                    continue  # "spreadsheet" adds nothing next to "spreadsheet export"
                chosen.append(term)
                if len(chosen) == top:
                    break
            out.append(chosen)
        return out


def label_from_phrases(phrases: Sequence[str], count: int = 3) -> str:
    return " · ".join(phrases[:count]) if phrases else "(unlabelled)"


@dataclass(frozen=True)
class Representation:
    """How a theme is shown: its label, key phrases, summary and quote order."""

    label: str
    key_phrases: list[str] = field(default_factory=list)
    summary: str = ""
    quote_order: list[int] = field(default_factory=list)  # indices into the theme's statements


def rank_quotes(
    vectors: np.ndarray, centre: np.ndarray, voices: Sequence[str], texts: Sequence[str]
) -> list[int]:
    """Indices of a theme's statements, most representative first, one per voice before repeats.

    Centrality is cosine to the theme centre; statements of under 6 or over 60 words lose a
    little, because a quote has to stand on its own and fit on a slide.
    """
    sims = vectors @ centre if len(vectors) else np.zeros(0)
    scores = []
    for i, text in enumerate(texts):
        n = len(text.split())
        penalty = 0.05 if n < 6 or n > 60 else 0.0
        scores.append((-(float(sims[i]) - penalty), i))
    scores.sort()
    first, rest, seen = [], [], set()
    for _, i in scores:
        (rest if voices[i] in seen else first).append(i)
        seen.add(voices[i])
    return first + rest


def pick_summary(texts: Sequence[str], order: Sequence[int], phrases: Sequence[str]) -> str:
    """The most central statement that reads as one line (<= 30 words) and carries the most key
    phrases; verbatim, so a summary can always be found in a transcript."""
    if not order:
        return ""
    cands = list(order[:10])
    words = set(w for p in phrases[:5] for w in p.split())

    def score(rank: int, i: int) -> tuple[float, int]:
        text = texts[i].lower()
        hits = sum(1 for w in words if w in text)
        n = len(texts[i].split())
        fits = 1.0 if 6 <= n <= 30 else 0.0
        return (-(hits + 2 * fits - 0.3 * rank), i)

    best = min((score(r, i) for r, i in enumerate(cands)))[1]
    return texts[best]


def represent(
    docs: Sequence[Sequence[str]],
    vectors: Sequence[np.ndarray],
    centres: Sequence[np.ndarray],
    voices: Sequence[Sequence[str]],
    labeler: Labeler | None = None,
    quotable: Sequence[Sequence[bool]] | None = None,
) -> list[Representation]:
    """Representations of several themes at once (key phrases need all themes to compare).
    ``quotable`` marks statements whose speaker agreed to be quoted; the others still count
    and shape the key phrases, but are never a summary or a quote."""
    labeler = labeler or CTfidfLabeler()
    phrases = labeler.key_phrases(docs) if docs else []
    out = []
    for n, (texts, vecs, centre, vs, ph) in enumerate(zip(docs, vectors, centres, voices, phrases)):
        order = rank_quotes(vecs, centre, vs, texts)
        if quotable is not None:
            order = [i for i in order if quotable[n][i]]
        out.append(Representation(label_from_phrases(ph), list(ph), pick_summary(texts, order, ph),
                                  order))
    return out

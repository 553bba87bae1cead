"""Benchmark: the interview coach over the 266 shared real transcripts.

250 AI-led research interviews (``../shared/data/interviews/*.csv``: the ``Assistant:``/``AI:``
side interviews, ``User:`` answers; typed, untimed) and 16 podcasts (``rev16/*.tsv``: the host
is the speaker who asks most questions; verbatim, untimed, cut-offs marked with a dash).
Domain ``Interview`` objects are built straight from the files.

Prints the time per source and in all (target: all 266 in under 30 s on 2 cores), the ratio to
a baseline measured in the same run (turns and talk share only), the talk-share distribution
and its extremes, and the other measures' spread.

    PYTHONPATH=src python benchmarks/coach.py [--data ../shared/data/interviews]
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from listenwell.analysis.coach import CoachOptions, coach_interview
from listenwell.analysis.coach.talk import talk_share
from listenwell.analysis.coach.turns import build_turns, is_timed
from listenwell.analysis.questions import split_questions
from listenwell.domain.model import Interview, Role, Segment, Speaker

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "interviews"
_PREFIX = re.compile(r"^(Assistant|AI|User):\s?", re.MULTILINE)


def _interview(title: str, turns: list[tuple[str, str]], interviewer: str, source: str) -> Interview:
    segments = [Segment(speaker=sp, text=t, index=i) for i, (sp, t) in enumerate(turns)]
    names = list(dict.fromkeys(sp for sp, _ in turns))
    speakers = [Speaker(n, Role.INTERVIEWER if n == interviewer else Role.PARTICIPANT) for n in names]
    return Interview(study_slug="shared", title=title, segments=segments, speakers=speakers,
                     interviewers=[interviewer], source_name=source, source_format="text")


def read_csv_interviews(path: Path) -> list[Interview]:
    """One interview per row; turns split on the ``Assistant:``/``AI:``/``User:`` prefixes."""
    csv.field_size_limit(10**8)
    out = []
    with path.open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            text = row["text"]
            marks = list(_PREFIX.finditer(text))
            turns = []
            for m, nxt in zip(marks, marks[1:] + [None]):
                body = text[m.end(): nxt.start() if nxt else len(text)].strip()
                who = "Participant" if m.group(1) == "User" else "Interviewer"
                if body:
                    turns.append((who, body))
            out.append(_interview(row["transcript_id"], turns, "Interviewer", path.name))
    return out


def read_rev16(path: Path) -> Interview:
    """One podcast; the host (interviewer) is the speaker who asks the most questions (of two who
    ask as many, the one who talks less)."""
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    turns = [(f"S{r['speaker']}", r["text"] or "") for r in rows if (r["text"] or "").strip()]
    asks, words = Counter(), Counter()
    for sp, t in turns:
        asks[sp] += len(split_questions(t))
        words[sp] += len(t.split())
    host = max(asks, key=lambda sp: (asks[sp], -words[sp]))  # a tie goes to who talks less: the guest talks
    return _interview(f"rev16/{path.stem}", turns, host, path.name)


def load_all(data: Path) -> list[Interview]:
    interviews = []
    for p in sorted(data.glob("*.csv")):
        interviews += read_csv_interviews(p)
    for p in sorted((data / "rev16").glob("*.tsv"), key=lambda p: int(p.stem)):
        interviews.append(read_rev16(p))
    return interviews


def _q(xs: list[float], k: int) -> list[float]:
    return statistics.quantiles(xs, n=k, method="inclusive") if len(xs) > 1 else xs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    if not (args.data / "rev16").is_dir():
        print(f"skipped: no shared transcripts at {args.data}")
        return 0
    opts = CoachOptions()

    t0 = time.perf_counter()
    interviews = load_all(args.data)
    t_load = time.perf_counter() - t0

    t0 = time.perf_counter()
    for i in interviews:  # baseline: turns and talk share only
        turns = build_turns(i, i.interviewers)
        talk_share(turns, is_timed(i, turns), opts)
    t_base = time.perf_counter() - t0

    results = []
    per_source: dict[str, float] = Counter()
    t0 = time.perf_counter()
    for i in interviews:
        s = time.perf_counter()
        results.append(coach_interview(i, options=opts))
        per_source["rev16" if i.title.startswith("rev16") else i.source_name] += time.perf_counter() - s
    t_coach = time.perf_counter() - t0

    print(f"interviews: {len(interviews)}  (load {t_load:.2f} s)")
    for src, secs in per_source.items():
        n = sum(1 for i in interviews if (("rev16" if i.title.startswith("rev16") else i.source_name) == src))
        print(f"  {src:<28} {n:>4} interviews  {secs:6.2f} s")
    print(f"coach, all: {t_coach:.2f} s  ({1000 * t_coach / len(interviews):.1f} ms per interview; "
          f"target < 30 s)")
    print(f"baseline (turns + talk share): {t_base:.3f} s  → full coach is {t_coach / t_base:.0f}× the baseline")

    ok = [r for r in results if not r.no_participant_speech]
    shares = [r.talk.share for r in ok]
    assert all(0 <= x <= 1 for x in shares)
    print(f"\ntalk share (interviewer, by words): mean {statistics.fmean(shares):.2f}, "
          f"median {statistics.median(shares):.2f}")
    print("  deciles: " + " ".join(f"{x:.2f}" for x in _q(shares, 10)))
    hist = Counter(min(9, int(x * 10)) for x in shares)
    for b in range(10):
        print(f"  {b / 10:.1f}–{(b + 1) / 10:.1f} {hist.get(b, 0):>4} " + "#" * hist.get(b, 0))
    print(f"  above {opts.talk_share_warn:.2f}: {sum(1 for x in shares if x > opts.talk_share_warn)} interviews")
    ranked = sorted(ok, key=lambda r: r.talk.share)
    print("  lowest:  " + ", ".join(f"{r.title} {r.talk.share:.2f}" for r in ranked[:4]))
    print("  highest: " + ", ".join(f"{r.title} {r.talk.share:.2f}" for r in ranked[-4:]))

    for label, group in (("AI interviews", [r for r in ok if not r.title.startswith("rev16")]),
                         ("podcasts", [r for r in ok if r.title.startswith("rev16")])):
        qs = [q for r in group for q in r.questions.asked]
        kinds = Counter(q.kind for q in qs)
        rates = [r.followups.rate for r in group if r.followups.rate is not None]
        intro = Counter(c.name for r in group for c in r.intro if c.passed)
        print(f"\n{label} ({len(group)}): {len(qs)} questions, {len(qs) / max(1, len(group)):.1f} per interview")
        print("  kinds: " + ", ".join(f"{k} {n / max(1, len(qs)):.0%}" for k, n in kinds.most_common()))
        print(f"  interruptions (marked cut-offs): {sum(len(r.interruptions) for r in group)}")
        if rates:
            print(f"  follow-up rate: median {statistics.median(rates):.2f} over {len(rates)} interviews with moments")
        print(f"  reflections per interview: {statistics.fmean(r.listening.reflections for r in group):.1f}")
        print("  intro checks passed: " + ", ".join(f"{k} {intro.get(k, 0)}/{len(group)}"
                                                    for k in ("purpose", "not_selling", "no_right_answers", "consent_to_record")))
        adv = Counter(a.title for r in group for a in r.advice)
        print("  advice given: " + ", ".join(f"{k} {n}" for k, n in adv.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

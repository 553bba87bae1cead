"""Benchmark: the coach's guide coverage against hand labels on the sample study.

Builds the sample study (``listenwell demo``'s data, the recorded call transcribed with the
default model) in a temporary workspace, runs the coach's guide coverage on each of its ten
interviews and compares "asked" with ``benchmarks/data/sample_guide_coverage.json``: which of
the guide's 14 main questions a reader judged the interviewer to have asked, in any wording.
Prints precision, recall and F1 of "asked" over all labels and over the labels not marked
unsure, for the coach as configured and, measured in the same run as the baseline, the coach
as it was before (names masked only, bar 0.55, closing prompts matched by similarity alone).

The labels were written for this study and the bar was chosen on them, so these figures are
optimistic for other guides; the baseline comparison at the old bar shows what masking alone
does.

    PYTHONPATH=src python benchmarks/guide_coverage.py
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from listenwell.analysis.coach import CoachOptions
from listenwell.analysis.coach.asked import asked_questions
from listenwell.analysis.coach.guide import guide_coverage
from listenwell.analysis.coach.turns import build_turns, interviewer_names
from listenwell.analysis.embed import SentenceTransformerEmbedder
from listenwell.services.demo import load_sample
from listenwell.workspace import Workspace

LABELS = Path(__file__).resolve().parent / "data" / "sample_guide_coverage.json"
STUDY = "checkout-drop-off"


def score(rows: list[tuple[bool, bool, bool]], certain_only: bool) -> tuple[float, float, float, int]:
    """rows: (predicted asked, labelled asked, label unsure) → P, R, F1, n."""
    kept = [(p, g) for p, g, unsure in rows if not (certain_only and unsure)]
    tp = sum(p and g for p, g in kept)
    fp = sum(p and not g for p, g in kept)
    fn = sum(g and not p for p, g in kept)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, len(kept)


def main() -> int:
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["interviews"]
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp) / "ws") as ws:
        t0 = time.perf_counter()
        load_sample(ws)
        print(f"sample study built in {time.perf_counter() - t0:.1f} s")
        guide = [q.text for s in ws.guide(STUDY).sections for q in s.questions]
        interviews = [ws.interview(i.id) for i in ws.interviews(STUDY)]
    embed = SentenceTransformerEmbedder().encode
    asked = {}
    for iv in interviews:
        pid = iv.participants[0]
        asked[pid] = asked_questions(build_turns(iv, interviewer_names(iv)), CoachOptions()).asked
    missing = sorted(set(labels) - set(asked))
    if missing:
        print(f"no interview for labelled participants {missing}", file=sys.stderr)
        return 1
    configs = {"as configured": CoachOptions(),
               "baseline: names only, bar 0.55": CoachOptions(guide_match=0.55, mask_topic_words=False,
                                                              match_closing_prompts=False)}
    print(f"{len(guide)} guide questions x {len(labels)} interviews; "
          f"{sum(len(v['asked']) for v in labels.values())} labelled asked")
    print(f"{'coach':32} {'labels':9} {'n':>4} {'P':>6} {'R':>6} {'F1':>6}   asked per interview (coach/labels)")
    results = {}
    for name, opts in configs.items():
        t0 = time.perf_counter()
        rows, per = [], []
        for pid, lab in sorted(labels.items(), key=lambda kv: int(kv[0][1:])):
            cov = guide_coverage(guide, asked[pid], embed, opts)
            per.append(f"{pid} {cov.asked}/{len(lab['asked'])}")
            for i, m in enumerate(cov.matches, 1):
                rows.append((m.asked, i in lab["asked"], i in lab["unsure"]))
        took = time.perf_counter() - t0
        for certain in (False, True):
            p, r, f, n = score(rows, certain)
            results[name, certain] = f
            print(f"{name:32} {'certain' if certain else 'all':9} {n:4d} {p:6.3f} {r:6.3f} {f:6.3f}"
                  + (f"   {', '.join(per)}  ({took:.1f} s)" if not certain else ""))
    base = results["baseline: names only, bar 0.55", False]
    print(f"F1 (all labels) ratio to baseline: {results['as configured', False] / base:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

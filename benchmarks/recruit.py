"""Benchmark: how close `recruit plan` comes to its targets, and how long it takes.

Rosters are generated here (seeded), shaped like real ones: usage and sentiment go together
(frequent users lean promoter), a third column (plan) is independent. For each roster a plan
of 3 to 12 people is picked twice in the same run: as configured, and with only the greedy
pick (the swaps after it turned off), the baseline. It prints how far each is from the targets
(the sum over segments of the squared shortfall or excess, relative to the target: 0 is every
segment exactly on target), how often the swaps brought a plan closer, and the time to plan
from a roster of 10,000 people, with and without the swaps.

    PYTHONPATH=src python benchmarks/recruit.py [--rosters 300] [--people 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from unittest import mock

from listenwell.analysis import mix
from listenwell.analysis.mix import MixOptions, MixPlan, plan_mix
from listenwell.domain import Participant

TODAY = dt.date(2026, 6, 1)


def roster(rng: random.Random, n: int) -> list[Participant]:
    people = []
    for i in range(n):
        sessions = rng.choice(["12", "2", "0"])
        last = "2026-05-28" if sessions != "0" else "2025-11-01"
        if sessions == "12" and rng.random() < 0.8:
            nps = rng.choice([8, 9, 10, 10])
        else:
            nps = rng.choice([0, 3, 5, 7, 8, 9, 10])
        people.append(Participant(pid=f"X{i}", attributes={
            "sessions_per_month": sessions, "last_active": last, "nps": str(nps),
            "plan": rng.choice(["free", "pro", "team"]), "region": rng.choice("ABCDE")}))
    return people


def misfit(plan: MixPlan) -> float:
    return sum((r.chosen - r.target) ** 2 / r.target for r in plan.coverage if r.target > 0)


def greedy_only():  # noqa: ANN201
    return mock.patch.object(mix, "_improve_by_swaps", lambda *a, **k: None)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rosters", type=int, default=300)
    ap.add_argument("--people", type=int, default=10_000, help="the large roster timed at the end")
    args = ap.parse_args()
    rng = random.Random(0)
    full, base = [], []
    for trial in range(args.rosters):
        people = roster(rng, rng.randint(8, 40))
        opts = MixOptions(size=rng.randint(3, 12), as_of=TODAY, seed=trial,
                          by=["plan"] if rng.random() < 0.5 else [])
        full.append(misfit(plan_mix(people, opts)))
        with greedy_only():
            base.append(misfit(plan_mix(people, opts)))
    closer = sum(f < b - 1e-9 for f, b in zip(full, base))
    further = sum(f > b + 1e-9 for f, b in zip(full, base))
    exact_f = sum(f < 1e-9 for f in full)
    exact_b = sum(b < 1e-9 for b in base)
    print(f"{args.rosters} rosters of 8-40 people, plans of 3-12")
    print(f"  distance from the targets, mean: greedy only {statistics.fmean(base):.3f}, "
          f"as configured {statistics.fmean(full):.3f}")
    print(f"  plans exactly on target: greedy only {exact_b}, as configured {exact_f}")
    print(f"  as configured vs greedy only: closer {closer}, further {further}, "
          f"same {args.rosters - closer - further}")

    big = roster(random.Random(1), args.people)
    print(f"{args.people:,} people, by plan and region:")
    for size in (12, 30, 60):
        opts = MixOptions(size=size, as_of=TODAY, seed=1, by=["plan", "region"])
        t = time.perf_counter()
        plan_mix(big, opts)
        took = time.perf_counter() - t
        with greedy_only():
            t = time.perf_counter()
            plan_mix(big, opts)
            took_base = time.perf_counter() - t
        print(f"  size {size}: {took:.2f} s (greedy only {took_base:.2f} s, ×{took / took_base:.2f})")


if __name__ == "__main__":
    main()

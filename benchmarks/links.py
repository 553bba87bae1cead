"""Benchmark: which roster person each imported transcript is with (issue 3, recruit coverage).

`recruit coverage` and the recency rule of `recruit plan` count a person as interviewed only
when an interview is linked to them, and the link is made at import from the speakers' names,
the file's name and the transcript's title. benchmarks/data/links/ holds studies written for
listenwell by people who did not see the code: a roster and transcripts exported the way
meeting and transcription tools write them (display names with pronouns, "(Guest)", company
suffixes, "Doe, Jane", emails, phones, "Speaker 1" with the person in the file name, Zoom's own
file names that say nobody, a person not in the roster, a name two people share), with an
answer file naming the roster ids each transcript is with. Each set was scored once before
listenwell was changed for it (benchmarks/RESULTS.md); figures on sets read since are in-sample.

A wrong link is worse than none (it counts someone as interviewed who was not), so precision is
printed beside recall, and so is how often the interviewer was guessed right (the other speakers
are the ones linked). The baseline, measured in the same run, links a speaker only when their
name is exactly a roster name.

    PYTHONPATH=src python benchmarks/links.py [--dir benchmarks/data/links] [-v]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

from listenwell.domain import InputError
from listenwell.ingest import read_transcript
from listenwell.ingest.roster import read_roster
from listenwell.workspace import Workspace

DATA = Path(__file__).parent / "data" / "links"


def _tally(out: Counter[str], want: set[str], got: set[str]) -> None:
    out["files"] += 1
    out["right"] += want == got
    out["want"] += len(want)
    out["got"] += len(got)
    out["hit"] += len(want & got)
    out["nobody right"] += not want and not got
    out["nobody"] += not want


def score_set(folder: Path, verbose: bool) -> tuple[Counter[str], Counter[str]]:
    answers = json.loads((folder / "answers.json").read_text())
    ours: Counter[str] = Counter()
    base: Counter[str] = Counter()
    roster_path = folder / answers.get("roster", "roster.csv")
    try:
        names = {p.name.casefold(): p.pid for p in read_roster(roster_path) if p.name}
    except InputError as err:  # nothing can be linked: every file of the set counts as unlinked
        print(f"  {folder.name}: roster refused: {err}")
        for answer in answers["files"].values():
            _tally(ours, set(answer["participants"]), set())
            _tally(base, set(answer["participants"]), set())
        ours["roster refused"] += 1
        return ours, base
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp) / "ws") as ws:
        slug = ws.create_study(folder.name, slug="study").slug
        ws.import_roster(roster_path, slug)
        for name, answer in sorted(answers["files"].items()):
            want = set(answer["participants"])
            path = folder / name
            try:
                [outcome] = ws.import_transcripts([path], slug)
                got = set(outcome.interview.participants)
                speakers = [s.name for s in read_transcript(path).speakers]
                if answer.get("interviewer") in speakers:  # the guess the links build on
                    ours["interviewer named"] += 1
                    ours["interviewer right"] += outcome.interview.interviewers == [answer["interviewer"]]
            except InputError as err:
                got, speakers = set(), []
                print(f"  {folder.name}/{name}: refused: {err}")
                ours["refused"] += 1
            _tally(ours, want, got)
            naive = {names[s.casefold()] for s in speakers
                     if s.casefold() in names and s != answer.get("interviewer")}
            _tally(base, want, naive)
            if verbose or want != got:
                mark = "ok " if want == got else "XX "
                print(f"  {mark}{folder.name}/{name}: want {sorted(want)} got {sorted(got)}"
                      f"  speakers {speakers}  ({answer.get('why', '')})")
    return ours, base


def figures(c: Counter[str]) -> str:
    p = c["hit"] / c["got"] if c["got"] else 1.0
    r = c["hit"] / c["want"] if c["want"] else 1.0
    return (f"files right {c['right']}/{c['files']} ({c['right'] / max(c['files'], 1):.3f}); links: "
            f"precision {p:.3f} ({c['hit']}/{c['got']}), recall {r:.3f} ({c['hit']}/{c['want']}); "
            f"nobody when nobody {c['nobody right']}/{c['nobody']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", type=Path, default=DATA)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    sets = sorted(p.parent for p in args.dir.glob("*/answers.json"))
    if not sets:
        print(f"no sets under {args.dir}")
        return 1
    ours: Counter[str] = Counter()
    base: Counter[str] = Counter()
    for folder in sets:
        o, b = score_set(folder, args.verbose)
        print(f"{folder.name}: {figures(o)}")
        ours += o
        base += b
    print(f"\nall {len(sets)} sets, listenwell: {figures(ours)}" + (f"; refused {ours['refused']}" if ours["refused"] else "")
          + (f"; rosters refused {ours['roster refused']}" if ours["roster refused"] else ""))
    print(f"interviewer guessed right in {ours['interviewer right']} of the {ours['interviewer named']} files "
          "whose answer names one of their speakers")
    print(f"baseline (exact roster name only): {figures(base)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

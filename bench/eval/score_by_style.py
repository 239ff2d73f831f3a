#!/usr/bin/env python3
"""Score `aihire recommend --batch` output per style and split of a labelled case file.

The shared scorer gives one figure for a whole file; the project's own set
(src/test/resources/eval/needs-v2.jsonl) also needs them per writing style and per split
(tune / holdout), because a style can fail while the total looks fine, and because only the
tune split may be looked at while tuning.

Usage:
  ./aihire recommend --batch src/test/resources/eval/needs-v2.jsonl --format json \\
    | python3 bench/eval/score_by_style.py src/test/resources/eval/needs-v2.jsonl
  options: --split tune|holdout   only that split
           --skip-roles a,b       leave out fit cases whose expected role is listed
                                  (e.g. roles the knowledge does not have yet)
           --misses               list the cases answered wrongly (tune split only, so
                                  the held-out cases stay unread while tuning)

Figures, as the shared scorer defines them:
  top1     fit cases whose first recommendation is in expect + accept
  top3     fit cases whose expect[0] is among the first three recommendations
  abstain  no-fit cases (expect empty) answered with an empty list
"""
import argparse
import json
import sys
from collections import defaultdict


def read_jsonl(stream):
    rows = []
    for line in stream:
        line = line.strip()
        if line:
            rows.append(json.loads(line))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cases")
    ap.add_argument("predictions", nargs="?", default="-")
    ap.add_argument("--split", choices=["tune", "holdout"])
    ap.add_argument("--skip-roles", default="")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    skip = {r for r in args.skip_roles.split(",") if r}

    with open(args.cases, encoding="utf-8") as f:
        cases = read_jsonl(f)
    if args.predictions == "-":
        preds = read_jsonl(sys.stdin)
    else:
        with open(args.predictions, encoding="utf-8") as f:
            preds = read_jsonl(f)
    got = {}
    for p in preds:
        got[str(p.get("id"))] = [r["role"] for r in p.get("recommendations", [])]

    # (style, split) -> [fit, top1, top3, nofit, abstained]
    table = defaultdict(lambda: [0, 0, 0, 0, 0])
    kinds = defaultdict(lambda: [0, 0])  # (not_a_hire kind, split) -> [cases, abstained]
    misses = []
    missing = 0
    for c in cases:
        if args.split and c["split"] != args.split:
            continue
        if c["expect"] and c["expect"][0] in skip:
            continue
        cid = str(c["id"])
        if cid not in got:
            missing += 1
            continue
        roles = got[cid]
        for key in ((c["style"], c["split"]), ("ALL", c["split"])):
            row = table[key]
            if c["expect"]:
                ok = set(c["expect"]) | set(c["accept"])
                row[0] += 1
                row[1] += bool(roles) and roles[0] in ok
                row[2] += c["expect"][0] in roles[:3]
            else:
                row[3] += 1
                row[4] += not roles
        if not c["expect"]:
            kind = kinds[(c.get("not_a_hire", "?"), c["split"])]
            kind[0] += 1
            kind[1] += not roles
        wrong = (c["expect"] and (not roles or roles[0] not in set(c["expect"]) | set(c["accept"]))
                 ) or (not c["expect"] and roles)
        if wrong and c["split"] == "tune":
            misses.append((cid, c["expect"] or ["(none)"], roles[:3] or ["(none)"]))

    def rate(a, b):
        return f"{a / b:.3f}" if b else "  -  "

    print(f"{'style':<13} {'split':<8} {'fit':>4} {'top1':>6} {'top3':>6} {'abstain':>9}")
    styles = sorted({k[0] for k in table if k[0] != "ALL"}) + ["ALL"]
    for style in styles:
        for split in ("tune", "holdout"):
            if (style, split) not in table:
                continue
            fit, t1, t3, nofit, ab = table[(style, split)]
            print(f"{style:<13} {split:<8} {fit:>4} {rate(t1, fit):>6} {rate(t3, fit):>6} "
                  f"{f'{ab}/{nofit}':>9}")
    print()
    print(f"{'no-fit kind':<13} {'split':<8} {'abstain':>9}")
    for (kind, split), (n, ab) in sorted(kinds.items()):
        print(f"{kind:<13} {split:<8} {f'{ab}/{n}':>9}")
    if missing:
        print(f"{missing} cases had no prediction", file=sys.stderr)
    if args.misses:
        for cid, want, have in misses:
            print(f"miss {cid}: want {','.join(want)} got {','.join(have)}")


if __name__ == "__main__":
    main()

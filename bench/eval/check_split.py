#!/usr/bin/env python3
"""Check that the stored split of needs-v2.jsonl follows the rule it was assigned by.

Rule (applied once, when the 477 cases were written and before anything was tuned on them):
sort all cases by (expected label, style, id), where the expected label is expect[0] or, for
a case that no role fits, its not_a_hire kind, and the styles are taken in the order below;
the 1st, 4th, 7th, ... case of that order is "holdout", every other case "tune". Sorting by
label first spreads every role over both splits, and the style order spreads every style.

The "split" field stored in each line is what counts: cases added later get their split
when they are added (the same rule over the new cases only) and an existing case never
changes split, so this check reports only the cases whose stored split differs from the rule.

Usage: python3 bench/eval/check_split.py src/test/resources/eval/needs-v2.jsonl
"""
import json
import sys

STYLES = ["slack", "founder-note", "non-native", "symptom", "jargon", "negation", "job-ad",
          "typos", "no-fit"]


def label(case):
    return case["expect"][0] if case["expect"] else case.get("not_a_hire", "")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    ordered = sorted(cases, key=lambda c: (label(c), STYLES.index(c["style"]), c["id"]))
    differ = 0
    for i, case in enumerate(ordered, 1):
        rule = "holdout" if i % 3 == 1 else "tune"
        if case["split"] != rule:
            differ += 1
            print(f"{case['id']}: stored {case['split']}, rule says {rule}")
    held = sum(c["split"] == "holdout" for c in cases)
    print(f"{len(cases)} cases, {held} holdout, {differ} differ from the rule")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()

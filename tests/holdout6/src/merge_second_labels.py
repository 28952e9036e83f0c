#!/usr/bin/env python3
"""Marks the labels the two labellers disagree on as "disputed" in each NAME.expected.json
(eval leaves them out, as the issue's own measurement did). Prints totals only: the rule authors
must not see which labels were disputed. Run from the repository root:
    python3 tests/holdout6/src/merge_second_labels.py
"""
import glob
import json
import os

root = os.path.join(os.path.dirname(__file__), "..")
agree = disagree = 0
for second in sorted(glob.glob(os.path.join(root, "second", "*.json"))):
    name = os.path.basename(second)[: -len(".json")]
    expected_file = os.path.join(root, "drafts", name + ".expected.json")
    with open(expected_file, encoding="utf-8") as f:
        expected = json.load(f)
    with open(second, encoding="utf-8") as f:
        other = json.load(f)["targets"]
    disputed = sorted(t for t, v in expected["targets"].items() if other.get(t) != v)
    agree += len(expected["targets"]) - len(disputed)
    disagree += len(disputed)
    expected["disputed"] = disputed
    with open(expected_file, "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
total = agree + disagree
print(f"{total} labels: the labellers agree on {agree} ({agree / total:.3f}), {disagree} disputed")

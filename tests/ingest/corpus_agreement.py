#!/usr/bin/env python3
"""Compares `jamkoll extract --plain` with the accepted text that ../shared/bench/make_corpus.py
writes beside each generated draft (--truth), word by word.

Usage: corpus_agreement.py JAMKOLL [--n 40] [--min 0.995]
Prints the agreement and ends with "N passed, N failed" (one check per document plus the total).
Exit 0 when the total agreement is at least --min; skips (exit 0, says so) when shared/ is absent.
"""
import argparse
import difflib
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "bench", "make_corpus.py"))


def agreement(expected_words, actual_words):
    """Words of the accepted text found, in order, in jamkoll's text (matching blocks of a diff)."""
    matcher = difflib.SequenceMatcher(None, expected_words, actual_words, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    return same, max(len(expected_words), len(actual_words))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jamkoll")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", default="20240601")
    ap.add_argument("--min", type=float, default=0.995)
    a = ap.parse_args()
    if not os.path.exists(GENERATOR):
        print(f"SKIPPED: {GENERATOR} not found (shared/ is not beside the repository)")
        print("0 passed, 0 failed, 1 skipped")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        docs, truth = os.path.join(tmp, "docs"), os.path.join(tmp, "truth")
        subprocess.run([sys.executable, GENERATOR, "--out", docs, "--n", str(a.n), "--seed", a.seed,
                        "--truth", truth, "-j", "2"], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        total_same = total_words = 0
        passed = failed = 0
        for name in sorted(os.listdir(docs)):
            if not name.endswith(".docx"):
                continue
            with open(os.path.join(truth, name[:-5] + ".txt"), encoding="utf-8") as f:
                expected = f.read().split()
            run = subprocess.run([a.jamkoll, "extract", "--plain", os.path.join(docs, name)],
                                 capture_output=True, text=True)
            actual = run.stdout.split() if run.returncode == 0 else []
            same, words = agreement(expected, actual)
            total_same += same
            total_words += words
            ratio = same / words if words else 1.0
            ok = run.returncode == 0 and ratio >= a.min
            passed += ok
            failed += not ok
            if not ok:
                print(f"{name}: agreement {ratio:.4f} (exit {run.returncode}) {run.stderr.strip()}")
        total = total_same / total_words if total_words else 0.0
        ok = total >= a.min
        print(f"corpus agreement: {total_same}/{total_words} words = {total:.5f} (minimum {a.min})")
        passed += ok
        failed += not ok
        print(f"{passed} passed, {failed} failed")
        return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

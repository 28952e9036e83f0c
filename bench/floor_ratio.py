#!/usr/bin/env python3
"""jamkoll against the physical floor, in one run: what issue 10 measures (bench/README.md).

Usage: bench/floor_ratio.py CORPUS_DIR [BUILD_DIR] [ROUNDS]
  CORPUS_DIR  drafts from ../shared/bench/make_corpus.py (the reference corpus: --n 500 --seed 20240601)
  BUILD_DIR   a Release build holding jamkoll (default: build)
  ROUNDS      interleaved rounds, medians reported (default: 5)

Prints, from interleaved rounds on the same machine (ratios, never absolute targets):
  - the floor: `unzip -p` of every word/document.xml, plus `xmllint --stream --noout` over the
    same XML extracted beforehand (not timed);
  - `jamkoll check --format jsonl -j 1` and `-j 2` over the floor, and -j 1 over -j 2;
  - the largest draft near 1 MB of document.xml (strategi_0003 in the reference corpus), whole
    process, best of 10: jamkoll check against `unzip -p … | xmllint --stream -` in one shell;
  - where that draft's time goes: process start (`--version`), reading (`extract --format json`),
    the rest (text, judging, report);
  - peak memory (max RSS) of checking the largest draft (≈ 2 MB of document.xml).
Needs unzip and xmllint (libxml2-utils); nothing else.
"""
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile


def run(cmd, shell=False):
    """Wall time of one command, its output discarded; fails loudly on a non-zero exit > 1."""
    start = time.perf_counter()
    done = subprocess.run(cmd, shell=shell, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    took = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"floor_ratio: {cmd if shell else ' '.join(map(str, cmd))} exited {done.returncode}: "
                 f"{done.stderr.decode(errors='replace')[:400]}")
    return took


def peak_rss_kib(cmd):
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.execv(cmd[0], cmd)
    _, _, usage = os.wait4(pid, 0)
    return usage.ru_maxrss


def document_xml_size(path):
    with zipfile.ZipFile(path) as z:
        return z.getinfo("word/document.xml").file_size


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    corpus = pathlib.Path(sys.argv[1]).resolve()
    build = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "build").resolve()
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    jamkoll = str(build / "jamkoll")
    drafts = sorted(corpus.glob("*.docx"))
    if not drafts:
        sys.exit(f"floor_ratio: no .docx in {corpus}")
    for tool in ("unzip", "xmllint"):
        if not shutil.which(tool):
            sys.exit(f"floor_ratio: {tool} is not installed (apt-get install unzip libxml2-utils)")

    with tempfile.TemporaryDirectory() as tmp:
        xml_dir = pathlib.Path(tmp)
        for d in drafts:
            with zipfile.ZipFile(d) as z:
                (xml_dir / (d.stem + ".xml")).write_bytes(z.read("word/document.xml"))
        xml_files = sorted(str(p) for p in xml_dir.glob("*.xml"))
        total_mb = sum(os.path.getsize(p) for p in xml_files) / 1e6

        times = {"floor": [], "j1": [], "j2": []}
        for _ in range(rounds):
            unzip = run(["unzip", "-p", str(corpus / "*.docx"), "word/document.xml"])
            times["floor"].append(unzip + run(["xmllint", "--stream", "--noout", *xml_files]))
            times["j1"].append(run([jamkoll, "check", "--format", "jsonl", "-j", "1", str(corpus)]))
            times["j2"].append(run([jamkoll, "check", "--format", "jsonl", "-j", "2", str(corpus)]))
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"corpus: {len(drafts)} drafts, {total_mb:.0f} MB of document.xml, {rounds} interleaved rounds (medians)")
    print(f"  floor (unzip -p + xmllint --stream)   {med['floor']:7.2f} s   1.00")
    print(f"  jamkoll check --format jsonl -j 1     {med['j1']:7.2f} s   {med['j1'] / med['floor']:.2f} x floor")
    print(f"  jamkoll check --format jsonl -j 2     {med['j2']:7.2f} s   {med['j2'] / med['floor']:.2f} x floor"
          f"   (-j 1 / -j 2 = {med['j1'] / med['j2']:.2f})")

    sizes = {d: document_xml_size(d) for d in drafts}
    one = min(drafts, key=lambda d: abs(sizes[d] - 1_000_000))
    largest = max(drafts, key=lambda d: sizes[d])
    floor_cmd = f"unzip -p '{one}' word/document.xml | xmllint --stream --noout -"
    best = {"floor": [], "check": [], "start": [], "read": []}
    for _ in range(10):
        best["floor"].append(run(floor_cmd, shell=True))
        best["check"].append(run([jamkoll, "check", "--format", "json", str(one)]))
        best["start"].append(run([jamkoll, "--version"]))
        best["read"].append(run([jamkoll, "extract", "--format", "json", str(one)]))
    b = {k: min(v) * 1000 for k, v in best.items()}
    print(f"one draft: {one.name} ({sizes[one] / 1e6:.2f} MB of document.xml), whole process, best of 10")
    print(f"  floor (unzip -p | xmllint --stream -) {b['floor']:7.1f} ms  1.00")
    print(f"  jamkoll check --format json           {b['check']:7.1f} ms  {b['check'] / b['floor']:.2f} x floor")
    print(f"    process start (--version)           {b['start']:7.1f} ms")
    print(f"    reading (extract --format json)     {b['read'] - b['start']:7.1f} ms")
    print(f"    text, judging, report (the rest)    {b['check'] - b['read']:7.1f} ms")
    rss = peak_rss_kib([jamkoll, "check", "--format", "json", str(largest)])
    print(f"peak memory: {largest.name} ({sizes[largest] / 1e6:.2f} MB of document.xml): {rss / 1024:.0f} MiB max RSS")


if __name__ == "__main__":
    main()

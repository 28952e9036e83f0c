#!/usr/bin/env python3
"""Generate the dev_real/b development set (7 fictional county-strategy drafts).

Python 3 standard library only, deterministic: the same script always writes the same
bytes. Usage:

    python3 tests/dev_real/b/src/make_dev_b.py            # write drafts/
    python3 tests/dev_real/b/src/make_dev_b.py --check    # write, then re-read and verify

--check re-opens every .docx as a zip, parses every XML member, counts the words of the
body text, and checks each NAME.expected.json (20 target ids in order, valid verdicts).
"""
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docxlib  # noqa: E402
from drafts_1 import draft1, draft2, draft3  # noqa: E402
from drafts_2 import draft4, draft5, draft6, draft7  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "drafts")

TARGET_IDS = [
    "goal.power", "goal.economy", "goal.education", "goal.unpaid_care", "goal.health",
    "goal.violence", "area.planning", "area.child_rights", "area.parenting_support",
    "area.human_rights", "req.conditions", "req.statistics", "req.collaboration",
    "req.internal", "req.followup", "area.regional_growth", "area.rural",
    "area.integration", "area.preparedness", "area.andts",
]
VERDICTS = {"addressed", "mentioned", "missing"}
WORD = re.compile(r"[0-9A-Za-zÅÄÖåäöÉéÜü]+(?:[-–:][0-9A-Za-zÅÄÖåäöÉéÜü]+)*")
NS_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

DRAFTS = [draft1, draft2, draft3, draft4, draft5, draft6, draft7]


def write_expected(name, note, labels):
    assert list(labels) == TARGET_IDS or set(labels) == set(TARGET_IDS), name
    ordered = {k: labels[k] for k in TARGET_IDS}
    data = {"note": note, "targets": ordered}
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def build():
    os.makedirs(OUT, exist_ok=True)
    written = []
    for fn in DRAFTS:
        res = fn()
        name, kind, content, note, labels = res
        path = os.path.join(OUT, f"{name}.{kind}")
        if kind == "docx":
            content.write(path)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(content)
        write_expected(name, note, labels)
        written.append((name, kind))
    return written


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert "word/document.xml" in names, path
        for n in names:
            if n.endswith(".xml") or n.endswith(".rels"):
                ET.fromstring(z.read(n))          # every part must parse
        root = ET.fromstring(z.read("word/document.xml"))
        paras = []
        for p in root.iter(NS_W + "p"):
            paras.append("".join(t.text or "" for t in p.iter(NS_W + "t")))
        return "\n".join(paras)


def check(written):
    ok = True
    totals = {v: 0 for v in VERDICTS}
    for name, kind in written:
        path = os.path.join(OUT, f"{name}.{kind}")
        if kind == "docx":
            text = docx_text(path)
        else:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        words = len(WORD.findall(text))
        with open(os.path.join(OUT, name + ".expected.json"), encoding="utf-8") as f:
            exp = json.load(f)
        t = exp["targets"]
        good = (list(t) == TARGET_IDS and all(v in VERDICTS for v in t.values())
                and isinstance(exp.get("note"), str) and exp["note"].strip() != ""
                and 1200 <= words <= 3000)
        counts = {v: sum(1 for x in t.values() if x == v) for v in sorted(VERDICTS)}
        for v, c in counts.items():
            totals[v] += c
        print(f"{'OK ' if good else 'BAD'} {name}.{kind:5s} words={words:5d} "
              f"A={counts['addressed']:2d} M={counts['mentioned']:2d} X={counts['missing']:2d}")
        ok &= good
    n = sum(totals.values())
    print("totals: " + ", ".join(f"{v}={totals[v]} ({100 * totals[v] / n:.0f} %)"
                                  for v in ("addressed", "mentioned", "missing")))
    return ok


def main():
    written = build()
    if "--check" in sys.argv[1:]:
        if not check(written):
            print("check FAILED", file=sys.stderr)
            sys.exit(1)
        print("check passed")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate (or --check) the blind holdout5 drafts and their expected.json files.

    python3 tests/holdout5/src/make_holdout5.py           # writes tests/holdout5/drafts/
    python3 tests/holdout5/src/make_holdout5.py --check   # regenerates in memory and compares

Python 3 standard library only; deterministic output (fixed zip timestamps, fixed member order).
"""
import importlib
import io
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.normpath(os.path.join(HERE, "..", "drafts"))

from common import TARGETS, STATUSES  # noqa: E402

MODULES = [
    "d01_lansstrategi_komplett",
    "d02_handlingsplan_tabeller",
    "d03_webbsida_jamstalldhet",
    "d04_tidigt_utkast_platshallare",
    "d05_krav_namnda_ej_utforda",
    "d06_orsaker_och_konsekvenser",
    "d07_regionala_mal_delmal",
    "d08_landsbygd_och_beredskap",
    "d09_remissversion_sparade_andringar",
    "d10_sjobacka_kommunal_plan",
]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MIN_WORDS, MAX_WORDS = 1000, 3000


def products():
    """[(filename, bytes)] in a fixed order: each draft followed by its expected.json."""
    out = []
    for modname in MODULES:
        m = importlib.import_module(modname)
        data = m.build()
        if isinstance(data, str):
            data = data.encode("utf-8")
        out.append((m.NAME, data))
        stem = m.NAME.rsplit(".", 1)[0]
        out.append((stem + ".expected.json", m.EXPECTED))
    return out


def docx_text(data):
    """Visible text of a docx: w:t in the body and footnotes (w:delText is not text)."""
    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            raw = z.read(name)
            if name.endswith(".xml") or name.endswith(".rels"):
                ET.fromstring(raw)   # every XML part must parse
        for name in ("word/document.xml", "word/footnotes.xml"):
            if name in z.namelist():
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    parts.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(parts)


def words(text):
    return len(re.findall(r"[0-9A-Za-zÅÄÖåäöÉéÜü][0-9A-Za-zÅÄÖåäöÉéÜü\-–:/%.,]*", text))


def check():
    ok = True
    totals = {s: 0 for s in STATUSES}
    prods = products()
    names = {n for n, _ in prods}
    for name, data in prods:
        path = os.path.join(OUT, name)
        if not os.path.exists(path):
            print("MISSING", name); ok = False; continue
        with open(path, "rb") as f:
            disk = f.read()
        if disk != data:
            print("DIFFERS", name); ok = False
        if name.endswith(".expected.json"):
            obj = json.loads(disk.decode("utf-8"))
            t = obj.get("targets", {})
            if set(t) != set(TARGETS) or any(v not in STATUSES for v in t.values()):
                print("BAD TARGETS", name); ok = False
            if not obj.get("note"):
                print("NO NOTE", name); ok = False
            for v in t.values():
                totals[v] += 1
        else:
            text = docx_text(disk) if name.endswith(".docx") else disk.decode("utf-8")
            n = words(text)
            flag = "" if MIN_WORDS <= n <= MAX_WORDS else "  <-- outside %d-%d" % (MIN_WORDS, MAX_WORDS)
            if flag:
                ok = False
            print("%-45s %5d words%s" % (name, n, flag))
    extra = set(os.listdir(OUT)) - names if os.path.isdir(OUT) else set()
    for e in sorted(extra):
        print("UNEXPECTED FILE", e); ok = False
    n = sum(totals.values())
    print("labels: %d  addressed %d / mentioned %d / missing %d"
          % (n, totals["addressed"], totals["mentioned"], totals["missing"]))
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


def write():
    os.makedirs(OUT, exist_ok=True)
    for name, data in products():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(check() if "--check" in sys.argv[1:] else write())

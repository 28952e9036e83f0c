#!/usr/bin/env python3
"""Write the holdout4 drafts and their expected verdicts.

Usage:  python3 tests/holdout4/src/make_holdout4.py [--check]

Writes tests/holdout4/drafts/NAME.{docx,txt,md} and NAME.expected.json. The output is
deterministic (fixed zip timestamps and member order, no dates from the clock).
With --check every zip is re-read, every XML part is parsed, every expected.json is
validated, and all drafts are generated a second time in memory and compared byte by byte.
Python 3 standard library only.
"""
import io
import json
import os
import sys
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import TARGETS  # noqa: E402
import drafts_a  # noqa: E402
import drafts_b  # noqa: E402
import drafts_c  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "drafts")
ALL = drafts_a.DRAFTS + drafts_b.DRAFTS + drafts_c.DRAFTS
VERDICTS = ("addressed", "mentioned", "missing")


def render(kind, payload):
    """Return the bytes of one draft."""
    if kind == "docx":
        buf = io.BytesIO()
        payload.write(buf)
        return buf.getvalue()
    assert kind in ("txt", "md"), kind
    return payload.encode("utf-8")


def expected_json(note, labs):
    assert list(labs) == TARGETS
    obj = {"note": note, "targets": {t: labs[t] for t in TARGETS}}
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def build():
    """[(filename, bytes)] for every draft and expected file, in a fixed order."""
    files = []
    names = set()
    for fn in ALL:
        name, kind, payload, labs, note = fn()
        assert name not in names, name
        names.add(name)
        files.append((f"{name}.{kind}", render(kind, payload)))
        files.append((f"{name}.expected.json", expected_json(note, labs)))
    return files


def check(files):
    totals = {v: 0 for v in VERDICTS}
    for fname, data in files:
        path = os.path.join(OUT, fname)
        with open(path, "rb") as f:
            assert f.read() == data, f"{fname}: file differs from a fresh build"
        if fname.endswith(".docx"):
            with zipfile.ZipFile(path) as z:
                assert z.testzip() is None, fname
                members = z.namelist()
                assert "word/document.xml" in members, fname
                for m in members:
                    if m.endswith(".xml") or m.endswith(".rels"):
                        ET.fromstring(z.read(m))
        elif fname.endswith(".expected.json"):
            with open(path, encoding="utf-8") as f:
                obj = json.load(f)
            assert set(obj) == {"note", "targets"}, fname
            assert list(obj["targets"]) == TARGETS, fname
            for v in obj["targets"].values():
                assert v in VERDICTS, (fname, v)
                totals[v] += 1
        else:
            with open(path, encoding="utf-8") as f:
                f.read()
    n = sum(totals.values())
    print(f"checked {len(files) // 2} drafts, {n} verdicts: "
          + ", ".join(f"{totals[v]} {v}" for v in VERDICTS))


def main():
    os.makedirs(OUT, exist_ok=True)
    files = build()
    for fname, data in files:
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
    print(f"wrote {len(files)} files to {OUT}")
    if "--check" in sys.argv[1:]:
        again = build()
        assert again == files, "second build differs: output is not deterministic"
        check(files)


if __name__ == "__main__":
    main()

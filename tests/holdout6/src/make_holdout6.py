#!/usr/bin/env python3
"""Writes tests/holdout6/drafts/ (deterministic). --check: regenerate in memory and compare."""
import importlib, io, json, os, sys, zipfile
from xml.dom import minidom

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import IDS  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "drafts")
MODULES = ["drafts_a", "drafts_b", "drafts_c", "drafts_d"]


def docx_bytes(doc):
    buf = io.BytesIO()
    from docxlib import FIXED_ZIP_DT
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in doc.parts():
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def all_files():
    files = {}
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        for d in mod.DRAFTS:
            body = d["make"]()
            if d["file"].endswith(".docx"):
                data = docx_bytes(body)
            elif isinstance(body, bytes):
                data = body
            else:
                data = body.encode("utf-8")
            files[d["file"]] = data
            stem = d["file"].rsplit(".", 1)[0]
            exp = {"note": d["note"], "targets": d["labels"]}
            assert set(d["labels"]) == set(IDS) and d["note"].strip()
            files[stem + ".expected.json"] = (json.dumps(exp, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return files


def main():
    files = all_files()
    if "--check" in sys.argv:
        ok = True
        for name, data in sorted(files.items()):
            p = os.path.join(OUT, name)
            if not os.path.exists(p) or open(p, "rb").read() != data:
                print("DIFFERS", name); ok = False
            if name.endswith(".docx") or name.endswith(".odt"):
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    for n in z.namelist():
                        if n.endswith(".xml") or n.endswith(".rels"):
                            minidom.parseString(z.read(n))
        print("ok" if ok else "FAILED"); sys.exit(0 if ok else 1)
    os.makedirs(OUT, exist_ok=True)
    for name, data in sorted(files.items()):
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    print(len(files), "files")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the jamkoll sample drafts in samples/.

    python3 samples/src/make_samples.py            # writes samples/*.docx + *.expected.json
    python3 samples/src/make_samples.py --check    # also verifies zip + XML well-formedness

Each sample module in this directory defines NAME, NOTE, EXPECTED (all 20
target ids) and DOC (a docxlib.Doc). Output is deterministic: running the
script twice gives byte-identical files.
"""

import importlib
import json
import os
import sys
import zipfile
import xml.dom.minidom

sys.dont_write_bytecode = True  # keep samples/src free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from docxlib import build_docx  # noqa: E402
from targets import check_expected, ordered  # noqa: E402

MODULES = [
    "s01_komplett_strategi",
    "s02_partiell_rabblar_mal",
    "s03_sparade_andringar",
    "s04_innehall_i_tabell",
    "s05_fotnot_och_textruta",
    "s06_avgransningar_platshallare",
    "s07_bara_synonymer",
    "s08_falska_vanner",
    "s09_tidigt_skelett",
    "s10_aktivitetsplan",
    "s11_kommunal_plan",
    "s12_inflektion_och_sammansattningar",
    "s13_villkor_ett_par",
    "s14_rubriker_med_innehall",
    "s15_delmal_nummer",
    "s16_verklig_strategi_prioriterar",
    "s17_inklistrad_webbsida",
    "s18_ramverk_och_varden",
    "s19_utfyllnad_under_rubriker",
    "s20_fokuslista_och_definitioner",
    "s21_orsaker_och_foljder",
    "s22_syften_och_malgrupper",
    "s23_perspektiv_och_diskriminering",
]


def verify_docx(path):
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad:
            raise SystemExit("%s: corrupt member %s" % (path, bad))
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                xml.dom.minidom.parseString(z.read(name))


def expected_json(mod):
    return json.dumps({"note": mod.NOTE, "targets": ordered(mod.EXPECTED)},
                      ensure_ascii=False, indent=2) + "\n"


def main(argv):
    check = "--check" in argv
    for modname in MODULES:
        mod = importlib.import_module(modname)
        check_expected(mod.NAME, mod.EXPECTED)
        docx_path = os.path.join(OUT, mod.NAME + ".docx")
        with open(docx_path, "wb") as f:
            f.write(build_docx(mod.DOC))
        with open(os.path.join(OUT, mod.NAME + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(expected_json(mod))
        if check:
            verify_docx(docx_path)
        print("wrote", os.path.relpath(docx_path, OUT))


if __name__ == "__main__":
    main(sys.argv[1:])

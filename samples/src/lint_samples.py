#!/usr/bin/env python3
"""Reviewer aid (not a matcher): print the text of each sample that counts
(body incl. tracked insertions, footnotes, text boxes once; excluding tracked
deletions, moved-away text, comments and document properties) and flag rough
keyword hits for targets whose expected verdict is "missing".

    python3 samples/src/lint_samples.py            # flag report for all samples
    python3 samples/src/lint_samples.py NAME.docx  # also dump the counted text

A flag is a prompt to re-read the sample, not an error: the word lists are
deliberately crude (they include false friends on purpose).
"""

import glob
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)

ROUGH = {
    "goal.power": ["makt", "inflytande", "beslutsfatt", "representation", "representerad",
                   "könsfördelning", "förtroendevald", "kommunfullmäktige", "kommunstyrelse",
                   "ordförande", "medborgardialog", "politiker", "delmål 1"],
    "goal.economy": ["ekonomisk", "löneskillnad", "lönegap", "livsinkomst", "pension", "deltid",
                     "heltid", "sysselsättning", "inkomst", "företag", "försörj", "delmål 2",
                     "ekonomi", "budget"],
    "goal.education": ["utbildning", "studieval", "yrkesvägledning", "meritvärde", "gymnasie",
                       "skolresultat", "förskol", "skola", "elev", "programval", "delmål 3"],
    "goal.unpaid_care": ["obetal", "hemarbete", "hushållsarbete", "föräldraledig",
                         "föräldrapenning", "vab", "anhörig", "omsorgsansvar", "omsorgsarbete",
                         "delmål 4"],
    "goal.health": ["hälsa", "sjukskriv", "sjukfrånvaro", "ohälsotal", "suicid", "vård",
                    "sjukpenning", "delmål 5"],
    "goal.violence": ["våld", "kvinnofrid", "heders", "tvångsäktenskap", "prostitution",
                      "människohandel", "sexköp", "våldtäkt", "delmål 6"],
    "area.planning": ["planering", "översiktsplan", "detaljplan", "trygghetsvandring",
                      "kollektivtrafik", "bostadsförsörjning", "offentliga miljö",
                      "offentliga rummet"],
    "area.child_rights": ["barnets rättigheter", "barnkonvention", "barnrätt", "barnets bästa",
                          "barnkonsekvens", "barnomsorg"],
    "area.parenting_support": ["föräldraskapsstöd", "föräldrastöd", "föräldrautbildning",
                               "föräldragrupp", "föräldraskap", "pappagrupp",
                               "familjecentral"],
    "area.human_rights": ["mänskliga rättigheter", "mr-", "diskriminering", "cedaw",
                          "rättighetsbaserat"],
    "req.conditions": ["flickor", "pojkar"],
    "req.statistics": ["könsuppdelad", "på kön", "efter kön", "statistik"],
    "req.collaboration": ["samverka", "samordna", "nätverk", "samarbet"],
    "req.internal": ["verksamhetsplan", "styrning", "kompetensutveckling", "chefer",
                     "medarbetare", "personal"],
    "req.followup": ["uppfölj", "följs upp", "följa upp", "utvärder", "indikator", "nyckeltal",
                     "årsredovisning"],
    "area.regional_growth": ["tillväxt", "regional utveckling", "näringsliv"],
    "area.rural": ["landsbygd", "glesbygd", "inland"],
    "area.integration": ["integration", "utrikes födda", "utrikesfödda", "nyanlända",
                         "etablering", "sfi"],
    "area.preparedness": ["krisberedskap", "beredskap", "civilt försvar", "kris",
                          "sårbarhet", "totalförsvar"],
    "area.andts": ["andt", "alkohol", "narkotika", "dopning", "tobak", "spel", "drogvan"],
}


def _para_text(p):
    out = []
    for el in p.iter():
        tag = el.tag
        if tag == W + "t" and el.text:
            out.append(el.text)
        elif tag == W + "tab":
            out.append("\t")
        elif tag == W + "noBreakHyphen":
            out.append("-")
    return "".join(out)


def counted_paragraphs(root):
    """Paragraph texts, skipping deletions, moveFrom and VML fallbacks."""
    # drop subtrees that do not count
    parents = {c: p for p in root.iter() for c in p}
    for tag in (W + "del", W + "moveFrom", MC + "Fallback"):
        for el in list(root.iter(tag)):
            parent = parents.get(el)
            if parent is not None and el in list(parent):
                parent.remove(el)
    paras = []
    for p in root.iter(W + "p"):
        # a paragraph inside a text box is also inside the anchoring paragraph;
        # only take the innermost paragraphs' own text
        inner = [q for q in p.iter(W + "p") if q is not p]
        if inner:
            t = "".join(_para_text(x) for x in [p])
            for q in inner:
                t = t.replace(_para_text(q), "", 1)
            paras.append(t)
        else:
            paras.append(_para_text(p))
    return [x for x in paras if x.strip()]


def counted_text(path):
    with zipfile.ZipFile(path) as z:
        texts = counted_paragraphs(ET.fromstring(z.read("word/document.xml")))
        if "word/footnotes.xml" in z.namelist():
            texts += counted_paragraphs(ET.fromstring(z.read("word/footnotes.xml")))
    return texts


def main(argv):
    paths = argv or sorted(glob.glob(os.path.join(SAMPLES, "*.docx")))
    for path in paths:
        exp_path = re.sub(r"\.docx$", ".expected.json", path)
        with open(exp_path, encoding="utf-8") as f:
            exp = json.load(f)["targets"]
        text = "\n".join(counted_text(path)).lower()
        if argv:
            print("\n".join(counted_text(path)))
        flags = []
        for target, verdict in exp.items():
            if verdict != "missing":
                continue
            hits = sorted({w for w in ROUGH[target] if w in text})
            if hits:
                flags.append("  %-24s missing but text has: %s" % (target, ", ".join(hits)))
        print("%s: %s" % (os.path.basename(path), "ok" if not flags else "review"))
        for fl in flags:
            print(fl)


if __name__ == "__main__":
    main(sys.argv[1:])

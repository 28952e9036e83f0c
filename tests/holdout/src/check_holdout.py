#!/usr/bin/env python3
"""Sanity check for the hold-out set (not part of the evaluation).

Extracts the visible body text of each draft (runs' w:t incl. insertions and
footnotes; skips w:delText, w:instrText, comments, headers and docProps) and
reports crude word hits for targets the expected file marks as `missing`.
The stems here are the hold-out author's own quick list, deliberately small.
"""
import glob, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
STEMS = {
    "goal.power": ["makt", "inflytande", "förtroendevald", "fullmäktige", "ordförande", "representation", "könsfördelning"],
    "goal.economy": ["ekonomisk jämställdhet", "lön", "deltid", "heltid", "pension", "inkomst", "sysselsättning", "företagande"],
    "goal.education": ["utbildning", "skol", "studieval", "meritvärde", "betyg", "behörighet", "förskol"],
    "goal.unpaid_care": ["obetal", "föräldraledig", "föräldrapenning", "vab", "anhörig", "hemarbete"],
    "goal.health": ["hälsa", "ohälsa", "sjuk", "vård", "suicid", "medellivslängd"],
    "goal.violence": ["våld", "heder", "prostitution", "människohandel", "kvinnofrid", "misshandel"],
    "area.planning": ["samhällsplanering", "översiktsplan", "detaljplan", "trygghetsvandring", "kollektivtrafik", "planering"],
    "area.child_rights": ["barnets rättigheter", "barnkonvention", "barnrätt", "barnkonsekvens", "barnets bästa", "barn"],
    "area.parenting_support": ["föräldraskapsstöd", "föräldrastöd", "föräldragrupp", "föräldraskap"],
    "area.human_rights": ["mänskliga rättigheter", "diskriminering", "mr-arbete", "rättighet"],
    "req.conditions": ["flickor", "pojkar", "tjejer", "killar"],
    "req.statistics": ["statistik", "per kön", "efter kön", "uppdelad på kön", "procent"],
    "req.collaboration": ["samverkan", "kommunerna", "region", "nätverk", "civilsamhälle"],
    "req.internal": ["verksamhetsplan", "styrning", "personal", "kompetens", "intern"],
    "req.followup": ["uppfölj", "följs upp", "utvärder", "indikator", "nyckeltal"],
    "area.regional_growth": ["regional tillväxt", "tillväxt", "företagsstöd", "näringsliv"],
    "area.rural": ["landsbygd", "glesbygd", "byarna"],
    "area.integration": ["integration", "nyanlända", "utrikes födda", "etablering", "sfi"],
    "area.preparedness": ["krisberedskap", "beredskap", "civilt försvar", "totalförsvar", "kris"],
    "area.andts": ["andts", "alkohol", "narkotika", "tobak", "spel om pengar", "dopning"],
}


def visible_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for part in ("word/document.xml", "word/footnotes.xml"):
            if part not in z.namelist():
                continue
            root = ET.fromstring(z.read(part))
            for para in root.iter(W + "p"):
                out.append("".join(el.text or "" for el in para.iter(W + "t")))
    return "\n".join(out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "drafts")
    for path in sorted(glob.glob(os.path.join(d, "*.docx"))):
        exp = json.load(open(path[:-5] + ".expected.json", encoding="utf-8"))["targets"]
        text = visible_text(path).lower()
        print(f"== {os.path.basename(path)}  ({len(text.split())} words)")
        for tid, v in exp.items():
            hits = sorted({s for s in STEMS[tid] if re.search(re.escape(s), text)})
            if v == "missing" and hits:
                print(f"   missing but hit   {tid}: {hits}")
            if v != "missing" and not hits:
                print(f"   {v} but no stem hit {tid}")


if __name__ == "__main__":
    main()

"""Line markup -> docxlib calls, and label helpers for holdout6.

Markup, one block a line (blank lines ignored):
  T: title   S: subtitle   # h1   ## h2   ### h3
  - bullet (consecutive lines form one list; "-- " is level 1)
  1. numbered item
  | a | b | table row (consecutive rows form one table; the first is the header)
  DEL: tracked deleted paragraph      INS: tracked inserted paragraph
  TOC: entry;entry;...                (level-1 entries, page numbers counted up)
  anything else: a paragraph
"""
from docxlib import Doc

IDS = ["goal.power", "goal.economy", "goal.education", "goal.unpaid_care", "goal.health",
       "goal.violence", "area.planning", "area.child_rights", "area.parenting_support",
       "area.human_rights", "req.conditions", "req.statistics", "req.collaboration",
       "req.internal", "req.followup", "area.regional_growth", "area.rural",
       "area.integration", "area.preparedness", "area.andts"]
SHORT = {i.split(".", 1)[1]: i for i in IDS}


def labels(addressed="", mentioned=""):
    a = addressed.split()
    m = mentioned.split()
    assert not set(a) & set(m), (a, m)
    out = {}
    for i in IDS:
        s = i.split(".", 1)[1]
        out[i] = "addressed" if s in a else "mentioned" if s in m else "missing"
    for s in a + m:
        assert s in SHORT, s
    return out


def build_docx(name, text, *, footnotes=None, comments=None, widths=None, **kw):
    d = Doc(name, creator=kw.pop("creator", "Länsstyrelsen i Frösvikens län"), **kw)
    for n, t in (footnotes or {}).items():
        d.footnote(n, t)
    for n, t in (comments or {}).items():
        d.comment(n, t[1], author=t[0], initials="".join(w[0] for w in t[0].split()))
    lines = [l.rstrip() for l in text.strip("\n").split("\n")]
    i = 0
    while i < len(lines):
        l = lines[i]
        if not l.strip():
            i += 1
            continue
        if l.startswith("- ") or l.startswith("-- "):
            items = []
            while i < len(lines) and (lines[i].startswith("- ") or lines[i].startswith("-- ")):
                items.append((1, lines[i][3:]) if lines[i].startswith("-- ") else lines[i][2:])
                i += 1
            d.ul(items)
            continue
        if l[:3] in [f"{k}. " for k in range(1, 10)]:
            items = []
            while i < len(lines) and lines[i][:3] in [f"{k}. " for k in range(1, 10)]:
                items.append(lines[i][3:])
                i += 1
            d.ol(items)
            continue
        if l.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip().replace("\\n", "\n") for c in lines[i].strip().strip("|").split("|")])
                i += 1
            n = len(rows[0])
            w = widths or [9000 // n] * n
            if len(w) != n:
                w = [9000 // n] * n
            d.table(rows, w)
            continue
        if l.startswith("T: "):
            d.title(l[3:])
        elif l.startswith("S: "):
            d.sub(l[3:])
        elif l.startswith("### "):
            d.h3(l[4:])
        elif l.startswith("## "):
            d.h2(l[3:])
        elif l.startswith("# "):
            d.h1(l[2:])
        elif l.startswith("DEL: "):
            d.del_p(l[5:])
        elif l.startswith("INS: "):
            d.ins_p(l[5:])
        elif l.startswith("TOC: "):
            d.toc([(1, e, str(3 + k)) for k, e in enumerate(l[5:].split(";"))])
        else:
            d.p(l)
        i += 1
    return d

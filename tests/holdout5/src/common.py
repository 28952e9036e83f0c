"""Shared helpers for the holdout5 drafts: a tiny line markup turned into docxlib calls.

Markup (one block per line, blank lines ignored):
    = text          title            =~ text   subtitle
    # / ## / ###    headings         [TOC]     table of contents built from # and ## headings
    - text          bullet item      1. text   numbered item (consecutive lines form one list)
    | a | b |       table row (consecutive rows form one table, first row is the header)
    -- text         whole paragraph as a tracked deletion
    ++ text         whole paragraph as a tracked insertion
    [FN n] text     footnote n       [CM n] text   comment n
    anything else   a normal paragraph (inline markup of docxlib applies)
"""
import json
import re

from docxlib import Doc

TARGETS = [
    "goal.power", "goal.economy", "goal.education", "goal.unpaid_care", "goal.health",
    "goal.violence", "area.planning", "area.child_rights", "area.parenting_support",
    "area.human_rights", "req.conditions", "req.statistics", "req.collaboration",
    "req.internal", "req.followup", "area.regional_growth", "area.rural", "area.integration",
    "area.preparedness", "area.andts",
]
STATUSES = ("addressed", "mentioned", "missing")

CREATOR = "Länsstyrelsen i Norra Vättersund"


def build_docx(markup, widths=None, **docargs):
    docargs.setdefault("creator", CREATOR)
    d = Doc(docargs.pop("name", "draft"), **docargs)
    lines = [ln.rstrip() for ln in markup.strip("\n").split("\n")]
    # first pass: footnotes and comments
    for ln in lines:
        m = re.match(r"\[FN (\d+)\] (.*)$", ln)
        if m:
            d.footnote(int(m.group(1)), m.group(2))
        m = re.match(r"\[CM (\d+)\] (.*)$", ln)
        if m:
            d.comment(int(m.group(1)), m.group(2))
    heads = []
    for ln in lines:
        if ln.startswith("# "):
            heads.append((1, ln[2:]))
        elif ln.startswith("## "):
            heads.append((2, ln[3:]))
    i = 0
    tcount = 0
    while i < len(lines):
        ln = lines[i]
        if not ln.strip() or re.match(r"\[(FN|CM) \d+\] ", ln):
            i += 1
            continue
        if ln == "[TOC]":
            d.toc([(lvl, t, str(3 + k // 2)) for k, (lvl, t) in enumerate(heads)])
        elif ln.startswith("=~ "):
            d.sub(ln[3:])
        elif ln.startswith("= "):
            d.title(ln[2:])
        elif ln.startswith("### "):
            d.h3(ln[4:])
        elif ln.startswith("## "):
            d.h2(ln[3:])
        elif ln.startswith("# "):
            d.h1(ln[2:])
        elif ln.startswith("-- "):
            d.del_p(ln[3:])
        elif ln.startswith("++ "):
            d.ins_p(ln[3:])
        elif ln.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append(lines[i][2:])
                i += 1
            d.ul(items)
            continue
        elif re.match(r"\d+\. ", ln):
            items = []
            while i < len(lines) and re.match(r"\d+\. ", lines[i]):
                items.append(re.sub(r"^\d+\. ", "", lines[i]))
                i += 1
            d.ol(items)
            continue
        elif ln.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip().replace("\\n", "\n") for c in lines[i].strip().strip("|").split("|")]
                rows.append(cells)
                i += 1
            n = len(rows[0])
            w = (widths[tcount] if widths and tcount < len(widths) else None) or [9000 // n] * n
            tcount += 1
            d.table(rows, w)
            continue
        else:
            d.p(ln)
        i += 1
    return d.to_bytes()


def expected_json(note, targets):
    assert set(targets) == set(TARGETS), sorted(set(TARGETS) ^ set(targets))
    assert all(v in STATUSES for v in targets.values())
    obj = {"note": note, "targets": {k: targets[k] for k in TARGETS}}
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

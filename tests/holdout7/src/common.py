"""Shared helpers for holdout7: block markup -> docxlib, label helper."""
import io
from docxlib import Doc

TARGETS = [
    "goal.power", "goal.economy", "goal.education", "goal.unpaid_care", "goal.health",
    "goal.violence", "area.planning", "area.child_rights", "area.parenting_support",
    "area.human_rights", "req.conditions", "req.statistics", "req.collaboration",
    "req.internal", "req.followup", "area.regional_growth", "area.rural",
    "area.integration", "area.preparedness", "area.andts",
]
SHORT = {
    "P": "goal.power", "E": "goal.economy", "U": "goal.education", "C": "goal.unpaid_care",
    "H": "goal.health", "V": "goal.violence", "PL": "area.planning",
    "CR": "area.child_rights", "PS": "area.parenting_support", "HR": "area.human_rights",
    "CO": "req.conditions", "ST": "req.statistics", "CL": "req.collaboration",
    "IN": "req.internal", "FU": "req.followup", "RG": "area.regional_growth",
    "RU": "area.rural", "IG": "area.integration", "PR": "area.preparedness",
    "AN": "area.andts",
}
CODE = {"a": "addressed", "m": "mentioned", "-": "missing"}


def labels(spec):
    """'P a E m ...' -> dict over all 20 targets (unlisted = missing)."""
    out = {t: "missing" for t in TARGETS}
    toks = spec.split()
    assert len(toks) % 2 == 0, spec
    for k, v in zip(toks[0::2], toks[1::2]):
        out[SHORT[k]] = CODE[v]
    return out


def build_docx(name, blocks, **kw):
    """blocks: list of tuples: (kind, ...). kinds: title, sub, h1, h2, h3, p, ul, ol,
    table(rows, widths), toc(entries), fn(n, text), cm(n, text)."""
    d = Doc(name, **kw)
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h1", "h2", "h3", "p"):
            getattr(d, k)(b[1])
        elif k in ("ul", "ol"):
            getattr(d, k)(b[1])
        elif k == "table":
            d.table(b[1], b[2])
        elif k == "toc":
            d.toc(b[1])
        elif k == "fn":
            d.footnote(b[1], b[2])
        elif k == "cm":
            d.comment(b[1], b[2])
        elif k == "ins":
            d.ins_p(b[1])
        elif k == "del":
            d.del_p(b[1])
        else:
            raise ValueError(k)
    buf = io.BytesIO()
    d.write(buf)
    return buf.getvalue()


CREATOR = "Länsstyrelsen i Skärvalla län"

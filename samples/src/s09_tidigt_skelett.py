"""Sample 9: an early skeleton -- title, a TOC field naming the goals, headings
with placeholders. Only samverkan has a real sentence."""

from docxlib import Doc, Title, Subtitle, H1, H2, P, I, B, TOC, PageBreak
from targets import A, M, X

NAME = "tidigt_skelett"
NOTE = ("Tidigt skelett: titel, innehållsförteckning (TOC-fält med hyperlänkar och PAGEREF) "
        "som namnger delmål och områden, rubriker med platshållare; bara samverkan har "
        "verklig text.")

TOC_ENTRIES = [
    (1, "1 Inledning", 2),
    (1, "2 Jämställdhetspolitiska mål", 2),
    (2, "2.1 Makt och inflytande", 2),
    (2, "2.2 Ekonomisk jämställdhet", 2),
    (2, "2.3 Jämställd utbildning", 2),
    (2, "2.4 Obetalt hem- och omsorgsarbete", 3),
    (2, "2.5 Jämställd hälsa", 3),
    (2, "2.6 Mäns våld mot kvinnor ska upphöra", 3),
    (1, "3 Länsstyrelsens sakområden", 3),
    (2, "3.1 Samhällsplanering", 3),
    (2, "3.2 Barnets rättigheter", 3),
    (2, "3.3 Föräldraskapsstöd", 3),
    (1, "4 Samverkan", 3),
    (1, "5 Uppföljning", 3),
]

EXPECTED = {
    "goal.power": M,            # TOC + heading with placeholder
    "goal.economy": M,
    "goal.education": M,
    "goal.unpaid_care": M,
    "goal.health": M,
    "goal.violence": M,
    "area.planning": M,
    "area.child_rights": M,
    "area.parenting_support": M,
    "area.human_rights": X,     # not even in the TOC
    "req.conditions": X,
    "req.statistics": X,
    "req.collaboration": A,     # section 4 has a real sentence
    "req.internal": X,
    "req.followup": M,          # TOC + heading with "Text kommer."
    "area.regional_growth": X,
    "area.rural": X,
    "area.integration": X,
    "area.preparedness": X,
    "area.andts": X,
}


def _h(level, idx, text):
    style = "Rubrik1" if level == 1 else "Rubrik2"
    return P(text, style=style, bookmark="_Toc1900%05d" % idx)


_toc_idx = {text: i + 1 for i, (_, text, _) in enumerate(TOC_ENTRIES)}


def H(level, text):
    return _h(level, _toc_idx[text], text)


BLOCKS = [
    Title("Länsstrategi för jämställdhetsintegrering 2025–2028"),
    Subtitle("Länsstyrelsen i Norrvik"),
    P(B("SKISS – ej för spridning"), " · Version 0.1 · 2025-01-22"),
    TOC(TOC_ENTRIES),
    PageBreak(),

    H(1, "1 Inledning"),
    P(I("[Kort om regeringsuppdraget och strategins syfte. Maria skriver.]")),
    H(1, "2 Jämställdhetspolitiska mål"),
    P(I("Text kommer.")),
    H(2, "2.1 Makt och inflytande"),
    P(I("Text kommer.")),
    H(2, "2.2 Ekonomisk jämställdhet"),
    P(I("Text kommer.")),
    H(2, "2.3 Jämställd utbildning"),
    P(I("Text kommer.")),
    H(2, "2.4 Obetalt hem- och omsorgsarbete"),
    P("TODO"),
    H(2, "2.5 Jämställd hälsa"),
    P(I("Text kommer.")),
    H(2, "2.6 Mäns våld mot kvinnor ska upphöra"),
    P(I("Avsnittet skrivs senare.")),
    H(1, "3 Länsstyrelsens sakområden"),
    H(2, "3.1 Samhällsplanering"),
    H(2, "3.2 Barnets rättigheter"),
    P("XX"),
    H(2, "3.3 Föräldraskapsstöd"),
    P(I("Text kommer.")),
    H(1, "4 Samverkan"),
    P("Länsstyrelsen ska samordna ett regionalt nätverk för kommunernas jämställdhetsstrateger "
      "och stödja kommunerna i deras arbete med jämställdhetsintegrering. Nätverket startar "
      "hösten 2025."),
    H(1, "5 Uppföljning"),
    P(I("Text kommer.")),
]

DOC = Doc(BLOCKS,
          title="Länsstrategi jämställdhetsintegrering – skiss",
          creator="Maria Holm", revision=2, header_right="SKISS")

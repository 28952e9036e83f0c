"""Minimal, deterministic WordprocessingML writer (copied from tests/holdout2/src/docxlib.py;
only change: app.xml Company now follows the creator argument).

Python 3 standard library only. Every part is written by hand; the zip has fixed
timestamps and a fixed member order, so the same input always gives the same bytes.

Inline markup inside paragraph, list-item and table-cell text:
    **bold**            bold run
    __italic__          italic run
    {+text+}            tracked insertion (w:ins)
    {-text-}            tracked deletion (w:del / w:delText)
    [^N]                footnote reference to footnote N
    [cN> ... <cN]       comment N spans the enclosed text (reference after the end)
"""
import re
import zipfile
from xml.sax.saxutils import escape as _esc

FIXED_ZIP_DT = (2024, 12, 4, 9, 0, 0)
FIXED_ISO = "2024-12-04T09:00:00Z"

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
WDECL = f'xmlns:w="{NS_W}" xmlns:r="{NS_R}"'

STYLE_IDS = {
    "sv": dict(title="Rubrik", sub="Underrubrik", h1="Rubrik1", h2="Rubrik2", h3="Rubrik3",
               list="Liststycke", fntext="Fotnotstext", fnref="Fotnotsreferens",
               cmref="Kommentarsreferens", cmtext="Kommentarer", toc1="Innehll1",
               toc2="Innehll2", tochead="Innehllsfrteckningsrubrik", link="Hyperlnk",
               grid="Tabellrutnt", header="Sidhuvud", footer="Sidfot"),
    "en": dict(title="Title", sub="Subtitle", h1="Heading1", h2="Heading2", h3="Heading3",
               list="ListParagraph", fntext="FootnoteText", fnref="FootnoteReference",
               cmref="CommentReference", cmtext="CommentText", toc1="TOC1", toc2="TOC2",
               tochead="TOCHeading", link="Hyperlink", grid="TableGrid", header="Header",
               footer="Footer"),
}
STYLE_NAMES = dict(title="Title", sub="Subtitle", h1="heading 1", h2="heading 2", h3="heading 3",
                   list="List Paragraph", fntext="footnote text", fnref="footnote reference",
                   cmref="annotation reference", cmtext="annotation text", toc1="toc 1",
                   toc2="toc 2", tochead="TOC Heading", link="Hyperlink", grid="Table Grid",
                   header="header", footer="footer")

TOKEN = re.compile(
    r"\*\*(?P<b>.+?)\*\*|__(?P<i>.+?)__|\{\+(?P<ins>.+?)\+\}|\{-(?P<dl>.+?)-\}"
    r"|\[\^(?P<fn>\d+)\]|\[c(?P<cs>\d+)>|<c(?P<ce>\d+)\]")


def esc(s):
    return _esc(s, {'"': "&quot;"})


class Doc:
    def __init__(self, name, lang="sv", *, title_prop="", subject="", keywords="",
                 description="", creator="Länsstyrelsen i Södra Bergslagen", header=None,
                 footer_page=False, split_runs=False, track_revisions=False,
                 rev_author="Handläggare", rev_date="2024-12-03T14:20:00Z"):
        self.name = name
        self.lang = lang
        self.S = STYLE_IDS[lang]
        self.props = dict(title=title_prop, subject=subject, keywords=keywords,
                          description=description, creator=creator)
        self.header = header
        self.footer_page = footer_page
        self.split_runs = split_runs
        self.track_revisions = track_revisions
        self.rev_author = rev_author
        self.rev_date = rev_date
        self.blocks = []
        self.footnotes = {}
        self.comments = {}
        self._rev = 100
        self._bm = 0
        self._num_defs = []   # list of (numId, abstractId)
        self._anchors = {}

    # ---- content API -------------------------------------------------------------
    def title(self, t): self.blocks.append(("para", "title", t, None)); return self
    def sub(self, t): self.blocks.append(("para", "sub", t, None)); return self
    def h1(self, t): self.blocks.append(("para", "h1", t, None)); return self
    def h2(self, t): self.blocks.append(("para", "h2", t, None)); return self
    def h3(self, t): self.blocks.append(("para", "h3", t, None)); return self
    def p(self, t): self.blocks.append(("para", None, t, None)); return self
    def del_p(self, t, style=None): self.blocks.append(("para", style, t, "del")); return self
    def ins_p(self, t, style=None): self.blocks.append(("para", style, t, "ins")); return self

    def ul(self, items): self.blocks.append(("list", "bullet", items)); return self
    def ol(self, items): self.blocks.append(("list", "decimal", items)); return self

    def table(self, rows, widths, header=True):
        self.blocks.append(("table", rows, widths, header)); return self

    def toc(self, entries, heading="Innehåll"):
        self.blocks.append(("toc", entries, heading)); return self

    def footnote(self, n, text): self.footnotes[n] = text; return self

    def comment(self, n, text, author="Granskare", initials="GR"):
        self.comments[n] = (author, initials, text); return self

    # ---- rendering helpers -------------------------------------------------------
    def _revattrs(self):
        self._rev += 1
        return f'w:id="{self._rev}" w:author="{esc(self.rev_author)}" w:date="{self.rev_date}"'

    def _text_runs(self, text, rpr, mode):
        """Plain text -> one or two runs (optionally split mid-word, as Word does)."""
        if not text:
            return ""
        pieces = [text]
        if self.split_runs and len(text) > 60:
            k = len(text) // 2
            pieces = [text[:k], text[k:]]
        tag = "w:delText" if mode == "del" else "w:t"
        rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
        return "".join(f'<w:r>{rp}<{tag} xml:space="preserve">{esc(x)}</{tag}></w:r>'
                       for x in pieces)

    def _wrap(self, xml, mode):
        if mode == "del":
            return f"<w:del {self._revattrs()}>{xml}</w:del>"
        if mode == "ins":
            return f"<w:ins {self._revattrs()}>{xml}</w:ins>"
        return xml

    def _inline(self, text, mode=None, base_rpr=""):
        out = []
        pos = 0
        for m in TOKEN.finditer(text):
            if m.start() > pos:
                out.append(self._wrap(self._text_runs(text[pos:m.start()], base_rpr, mode), mode))
            g = m.groupdict()
            if g["b"] is not None:
                out.append(self._wrap(self._text_runs(g["b"], base_rpr + "<w:b/>", mode), mode))
            elif g["i"] is not None:
                out.append(self._wrap(self._text_runs(g["i"], base_rpr + "<w:i/>", mode), mode))
            elif g["ins"] is not None:
                out.append(self._wrap(self._text_runs(g["ins"], base_rpr, None), "ins"))
            elif g["dl"] is not None:
                out.append(self._wrap(self._text_runs(g["dl"], base_rpr, "del"), "del"))
            elif g["fn"] is not None:
                n = int(g["fn"])
                assert n in self.footnotes, (self.name, n)
                out.append(self._wrap(
                    f'<w:r><w:rPr><w:rStyle w:val="{self.S["fnref"]}"/></w:rPr>'
                    f'<w:footnoteReference w:id="{n}"/></w:r>', mode))
            elif g["cs"] is not None:
                out.append(f'<w:commentRangeStart w:id="{g["cs"]}"/>')
            elif g["ce"] is not None:
                n = g["ce"]
                assert int(n) in self.comments, (self.name, n)
                out.append(f'<w:commentRangeEnd w:id="{n}"/>'
                           f'<w:r><w:rPr><w:rStyle w:val="{self.S["cmref"]}"/></w:rPr>'
                           f'<w:commentReference w:id="{n}"/></w:r>')
            pos = m.end()
        if pos < len(text):
            out.append(self._wrap(self._text_runs(text[pos:], base_rpr, mode), mode))
        return "".join(out)

    def _para(self, style_key, text, mode=None, numpr="", extra_ppr="", base_rpr="",
              style_id=None):
        sid = style_id or (self.S[style_key] if style_key else None)
        ppr = ""
        if sid:
            ppr += f'<w:pStyle w:val="{sid}"/>'
        ppr += numpr + extra_ppr
        if mode == "del":
            ppr += f"<w:rPr><w:del {self._revattrs()}/></w:rPr>"
        elif mode == "ins":
            ppr += f"<w:rPr><w:ins {self._revattrs()}/></w:rPr>"
        body = self._inline(text, mode, base_rpr)
        if style_key in ("h1", "h2") and text in self._anchors:
            self._bm += 1
            body = (f'<w:bookmarkStart w:id="{self._bm}" w:name="{self._anchors[text]}"/>'
                    f'{body}<w:bookmarkEnd w:id="{self._bm}"/>')
        ppr_xml = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
        return f"<w:p>{ppr_xml}{body}</w:p>"

    def _list(self, kind, items):
        num_id = len(self._num_defs) + 1
        self._num_defs.append((num_id, 0 if kind == "bullet" else 1))
        out = []
        for it in items:
            lvl, text = (it if isinstance(it, tuple) else (0, it))
            numpr = f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
            out.append(self._para("list", text, numpr=numpr))
        return "".join(out)

    def _table(self, rows, widths, header):
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        trs = []
        for ri, row in enumerate(rows):
            is_head = header and ri == 0
            trpr = "<w:trPr><w:tblHeader/></w:trPr>" if is_head else ""
            tcs = []
            for ci, cell in enumerate(row):
                tcpr = f'<w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/></w:tcPr>'
                paras = cell.split("\n")
                px = "".join(self._para(None, t, base_rpr="<w:b/>" if is_head else "")
                             for t in paras)
                tcs.append(f"<w:tc>{tcpr}{px}</w:tc>")
            trs.append(f"<w:tr>{trpr}{''.join(tcs)}</w:tr>")
        return (f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.S["grid"]}"/>'
                f'<w:tblW w:w="0" w:type="auto"/>'
                f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
                f'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                f"<w:tblGrid>{grid}</w:tblGrid>{''.join(trs)}</w:tbl>")

    def _toc(self, entries, heading):
        tabs = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs>'
        out = [f'<w:p><w:pPr><w:pStyle w:val="{self.S["tochead"]}"/></w:pPr>'
               f'<w:r><w:t>{esc(heading)}</w:t></w:r></w:p>']
        for i, (lvl, text, page) in enumerate(entries):
            anchor = self._anchors.get(text, f"_Toc18340{90 + i:03d}")
            sid = self.S["toc1"] if lvl == 1 else self.S["toc2"]
            begin = ""
            if i == 0:
                begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                         '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u '
                         '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
            link = (f'<w:hyperlink w:anchor="{anchor}" w:history="1">'
                    f'<w:r><w:rPr><w:rStyle w:val="{self.S["link"]}"/><w:noProof/></w:rPr>'
                    f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
                    f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>'
                    f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr>'
                    f'<w:fldChar w:fldCharType="begin"/></w:r>'
                    f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr>'
                    f'<w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
                    f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr>'
                    f'<w:fldChar w:fldCharType="separate"/></w:r>'
                    f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:t>{page}</w:t></w:r>'
                    f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr>'
                    f'<w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>')
            out.append(f'<w:p><w:pPr><w:pStyle w:val="{sid}"/>{tabs}</w:pPr>{begin}{link}</w:p>')
        out.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
        return ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
                '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
                + "".join(out) + "</w:sdtContent></w:sdt>")

    # ---- parts -------------------------------------------------------------------
    def _document_xml(self):
        # anchors for TOC: only headings that exist in the body get real bookmarks
        if any(b[0] == "toc" for b in self.blocks):
            k = 0
            for b in self.blocks:
                if b[0] == "para" and b[1] in ("h1", "h2") and b[3] is None:
                    k += 1
                    self._anchors[b[2]] = f"_Toc18340{k:03d}"
        body = []
        for b in self.blocks:
            if b[0] == "para":
                body.append(self._para(b[1], b[2], mode=b[3]))
            elif b[0] == "list":
                body.append(self._list(b[1], b[2]))
            elif b[0] == "table":
                body.append(self._table(b[1], b[2], b[3]))
                body.append("<w:p/>")
            elif b[0] == "toc":
                body.append(self._toc(b[1], b[2]))
        refs = ""
        if self.header:
            refs += '<w:headerReference w:type="default" r:id="rIdHeader1"/>'
        if self.footer_page:
            refs += '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
        sect = (f"<w:sectPr>{refs}<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" '
                'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
        return (XML_DECL + f"<w:document {WDECL}><w:body>" + "".join(body) + sect
                + "</w:body></w:document>")

    def _styles_xml(self):
        S = self.S

        def pstyle(key, based="Normal", ppr="", rpr="", extra=""):
            return (f'<w:style w:type="paragraph" w:styleId="{S[key]}">'
                    f'<w:name w:val="{STYLE_NAMES[key]}"/><w:basedOn w:val="{based}"/>'
                    f'<w:next w:val="Normal"/>{extra}<w:qFormat/>'
                    f'<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')

        def cstyle(key, rpr):
            return (f'<w:style w:type="character" w:styleId="{S[key]}">'
                    f'<w:name w:val="{STYLE_NAMES[key]}"/><w:uiPriority w:val="99"/>'
                    f'<w:rPr>{rpr}</w:rPr></w:style>')

        parts = [
            XML_DECL, f"<w:styles {WDECL}>",
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Garamond" w:hAnsi="Garamond" '
            'w:cs="Times New Roman"/><w:sz w:val="22"/><w:lang w:val="sv-SE"/></w:rPr>'
            '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="252" '
            'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
            '<w:qFormat/></w:style>',
            '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
            '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
            '</w:style>',
            pstyle("title", ppr='<w:spacing w:after="240"/>',
                   rpr='<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="40"/>'),
            pstyle("sub", ppr='<w:spacing w:after="240"/>', rpr='<w:i/><w:sz w:val="26"/>'),
            pstyle("h1", ppr='<w:keepNext/><w:spacing w:before="240" w:after="100"/>'
                   '<w:outlineLvl w:val="0"/>',
                   rpr='<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="32"/>'),
            pstyle("h2", based=S["h1"], ppr='<w:keepNext/><w:spacing w:before="240" '
                   'w:after="80"/><w:outlineLvl w:val="1"/>',
                   rpr='<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="26"/>'),
            pstyle("h3", based=S["h2"], ppr='<w:keepNext/><w:outlineLvl w:val="2"/>',
                   rpr='<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:i/>'
                   '<w:sz w:val="24"/>'),
            pstyle("list", ppr='<w:ind w:left="720"/><w:contextualSpacing/>'),
            pstyle("fntext", ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
                   rpr='<w:sz w:val="18"/>'),
            cstyle("fnref", '<w:vertAlign w:val="superscript"/>'),
            pstyle("cmtext", rpr='<w:sz w:val="20"/>'),
            cstyle("cmref", '<w:sz w:val="16"/>'),
            pstyle("tochead", based=S["h1"], ppr='<w:outlineLvl w:val="9"/>'),
            pstyle("toc1", ppr='<w:spacing w:after="100"/>'),
            pstyle("toc2", ppr='<w:spacing w:after="100"/><w:ind w:left="240"/>'),
            cstyle("link", '<w:color w:val="0563C1"/><w:u w:val="single"/>'),
            pstyle("header", ppr='<w:tabs><w:tab w:val="center" w:pos="4536"/>'
                   '<w:tab w:val="right" w:pos="9072"/></w:tabs>', rpr='<w:sz w:val="18"/>'),
            pstyle("footer", ppr='<w:jc w:val="center"/>', rpr='<w:sz w:val="18"/>'),
            f'<w:style w:type="table" w:styleId="{S["grid"]}"><w:name w:val="Table Grid"/>'
            '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
            '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            '</w:tblCellMar></w:tblPr></w:style>',
            "</w:styles>",
        ]
        return "".join(parts)

    def _numbering_xml(self):
        bullets = ["\u2022", "\u2013", "\u25aa"]
        lv_b = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="{c}"/><w:lvlJc w:val="left"/><w:pPr>'
            f'<w:ind w:left="{720 + 360 * i}" w:hanging="360"/></w:pPr></w:lvl>'
            for i, c in enumerate(bullets))
        lv_d = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="'
            f'{"decimal" if i != 1 else "lowerLetter"}"/><w:lvlText w:val="%{i + 1}'
            f'{"." if i != 1 else ")"}"/><w:lvlJc w:val="left"/><w:pPr>'
            f'<w:ind w:left="{720 + 360 * i}" w:hanging="360"/></w:pPr></w:lvl>'
            for i in range(3))
        nums = "".join(
            f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/>'
            + (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
               if a == 1 else "") + "</w:num>"
            for n, a in self._num_defs)
        return (XML_DECL + f"<w:numbering {WDECL}>"
                f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
                f"{lv_b}</w:abstractNum>"
                f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
                f"{lv_d}</w:abstractNum>{nums}</w:numbering>")

    def _footnotes_xml(self):
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
               'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p>'
               '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
               '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r>'
               '<w:continuationSeparator/></w:r></w:p></w:footnote>')
        notes = []
        for n in sorted(self.footnotes):
            paras = self.footnotes[n].split("\n")
            px = []
            for i, t in enumerate(paras):
                ref = (f'<w:r><w:rPr><w:rStyle w:val="{self.S["fnref"]}"/></w:rPr>'
                       f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>'
                       if i == 0 else "")
                px.append(f'<w:p><w:pPr><w:pStyle w:val="{self.S["fntext"]}"/></w:pPr>'
                          f"{ref}{self._inline(t)}</w:p>")
            notes.append(f'<w:footnote w:id="{n}">{"".join(px)}</w:footnote>')
        return XML_DECL + f"<w:footnotes {WDECL}>{sep}{''.join(notes)}</w:footnotes>"

    def _comments_xml(self):
        cs = []
        for n in sorted(self.comments):
            author, ini, text = self.comments[n]
            cs.append(f'<w:comment w:id="{n}" w:author="{esc(author)}" w:date="{self.rev_date}" '
                      f'w:initials="{esc(ini)}"><w:p><w:pPr><w:pStyle w:val="{self.S["cmtext"]}"/>'
                      f'</w:pPr><w:r><w:rPr><w:rStyle w:val="{self.S["cmref"]}"/></w:rPr>'
                      f'<w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{esc(text)}</w:t>'
                      f"</w:r></w:p></w:comment>")
        return XML_DECL + f"<w:comments {WDECL}>{''.join(cs)}</w:comments>"

    def _header_xml(self):
        return (XML_DECL + f"<w:hdr {WDECL}><w:p><w:pPr><w:pStyle w:val=\"{self.S['header']}\"/>"
                f"</w:pPr><w:r><w:t xml:space=\"preserve\">{esc(self.header)}</w:t></w:r></w:p></w:hdr>")

    def _footer_xml(self):
        return (XML_DECL + f"<w:ftr {WDECL}><w:p><w:pPr><w:pStyle w:val=\"{self.S['footer']}\"/>"
                "</w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText "
                "xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar "
                "w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar "
                "w:fldCharType=\"end\"/></w:r></w:p></w:ftr>")

    def _settings_xml(self):
        track = "<w:trackRevisions/>" if self.track_revisions else ""
        fnpr = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                if self.footnotes else "")
        return (XML_DECL + f"<w:settings {WDECL}><w:zoom w:percent=\"100\"/>{track}"
                '<w:defaultTabStop w:val="1304"/><w:hyphenationZone w:val="425"/>'
                f'<w:characterSpacingControl w:val="doNotCompress"/>{fnpr}'
                '<w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="sv-SE"/></w:settings>')

    def _core_xml(self):
        p = self.props
        return (XML_DECL +
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/'
                'dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f"<dc:title>{esc(p['title'])}</dc:title><dc:subject>{esc(p['subject'])}</dc:subject>"
                f"<dc:creator>{esc(p['creator'])}</dc:creator>"
                f"<cp:keywords>{esc(p['keywords'])}</cp:keywords>"
                f"<dc:description>{esc(p['description'])}</dc:description>"
                f"<cp:lastModifiedBy>{esc(p['creator'])}</cp:lastModifiedBy>"
                "<cp:revision>3</cp:revision>"
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{FIXED_ISO}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{FIXED_ISO}</dcterms:modified>'
                "</cp:coreProperties>")

    def _app_xml(self):
        return (XML_DECL +
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
                '2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>0</TotalTime>'
                "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
                f"<Company>{esc(self.props['creator'])}</Company>"
                "<AppVersion>16.0000</AppVersion></Properties>")

    def parts(self):
        """Return [(name, xml-string)] in a fixed order."""
        document = self._document_xml()   # renders first: fills numbering defs
        has_num = bool(self._num_defs)
        ct = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
              'relationships+xml"/>', '<Default Extension="xml" ContentType="application/xml"/>',
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxml'
              'formats-officedocument.wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxml'
              'formats-officedocument.wordprocessingml.styles+xml"/>',
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxml'
              'formats-officedocument.wordprocessingml.settings+xml"/>',
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxml'
              'formats-package.core-properties+xml"/>',
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxml'
              'formats-officedocument.extended-properties+xml"/>']
        rels = [f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>',
                f'<Relationship Id="rId2" Type="{REL}/settings" Target="settings.xml"/>']
        out = [("word/document.xml", document), ("word/styles.xml", self._styles_xml()),
               ("word/settings.xml", self._settings_xml())]
        if has_num:
            ct.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.'
                      'openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
            rels.append(f'<Relationship Id="rId3" Type="{REL}/numbering" Target="numbering.xml"/>')
            out.append(("word/numbering.xml", self._numbering_xml()))
        if self.footnotes:
            ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.'
                      'openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
            rels.append(f'<Relationship Id="rId4" Type="{REL}/footnotes" Target="footnotes.xml"/>')
            out.append(("word/footnotes.xml", self._footnotes_xml()))
        if self.comments:
            ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.'
                      'openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
            rels.append(f'<Relationship Id="rId5" Type="{REL}/comments" Target="comments.xml"/>')
            out.append(("word/comments.xml", self._comments_xml()))
        if self.header:
            ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.'
                      'openxmlformats-officedocument.wordprocessingml.header+xml"/>')
            rels.append(f'<Relationship Id="rIdHeader1" Type="{REL}/header" Target="header1.xml"/>')
            out.append(("word/header1.xml", self._header_xml()))
        if self.footer_page:
            ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.'
                      'openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
            rels.append(f'<Relationship Id="rIdFooter1" Type="{REL}/footer" Target="footer1.xml"/>')
            out.append(("word/footer1.xml", self._footer_xml()))
        content_types = (XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/'
                         '2006/content-types">' + "".join(ct) + "</Types>")
        root_rels = (XML_DECL + f'<Relationships xmlns="{NS_PKG_REL}">'
                     f'<Relationship Id="rId1" Type="{REL}/officeDocument" '
                     'Target="word/document.xml"/>'
                     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                     'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                     f'<Relationship Id="rId3" Type="{REL}/extended-properties" '
                     'Target="docProps/app.xml"/></Relationships>')
        doc_rels = (XML_DECL + f'<Relationships xmlns="{NS_PKG_REL}">' + "".join(rels)
                    + "</Relationships>")
        return ([("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
                 ("word/_rels/document.xml.rels", doc_rels)] + out
                + [("docProps/core.xml", self._core_xml()), ("docProps/app.xml", self._app_xml())])

    def write(self, path):
        with zipfile.ZipFile(path, "w") as z:
            for name, data in self.parts():
                zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.create_system = 0
                zi.external_attr = 0
                z.writestr(zi, data.encode("utf-8"))

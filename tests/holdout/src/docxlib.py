"""Minimal, deterministic WordprocessingML writer for the jamkoll hold-out set.

Standard library only. A draft is a list of blocks; a paragraph is a list of
segments (plain strings or the small tuples built by the helpers below).
"""
import zipfile
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
ZIP_TIME = (2024, 10, 1, 12, 0, 0)
REV_DATE = "2024-10-14T09:30:00Z"

# ---------------------------------------------------------------- segments
def B(text):
    return ("b", text)

def I(text):
    return ("i", text)

def FN(text):
    """Footnote reference; text is the footnote body."""
    return ("fn", text)

def INS(text, author="Anna Lind"):
    return ("ins", text, author)

def DEL(text, author="Anna Lind"):
    return ("del", text, author)

def CM(anchor, comment, author="Anna Lind", initials="AL"):
    """Comment anchored on `anchor` (which is ordinary document text)."""
    return ("cm", anchor, comment, author, initials)

def CMDEL(anchor, comment, author="Anna Lind", initials="AL"):
    """Comment anchored on deleted text."""
    return ("cmdel", anchor, comment, author, initials)

# ---------------------------------------------------------------- blocks
def title(text):       return ("title", text)
def h1(*segs):         return ("h", 1, list(segs))
def h2(*segs):         return ("h", 2, list(segs))
def p(*segs):          return ("p", list(segs))
def bullets(*items):   return ("list", "bullet", [x if isinstance(x, list) else [x] for x in items])
def numbered(*items):  return ("list", "decimal", [x if isinstance(x, list) else [x] for x in items])
def table(header, rows, widths=None): return ("table", header, rows, widths)
def toc():             return ("toc",)
def del_para(text, author="Anna Lind", comment=None):
    return ("delp", text, author, comment)
def ins_para(*segs, author="Anna Lind"):
    return ("insp", list(segs), author)


STYLE_IDS = {
    "sv": dict(title="Rubrik", h1="Rubrik1", h2="Rubrik2", list="Liststycke",
               table="Tabellrutnt", fntext="Fotnotstext", fnref="Fotnotsreferens",
               cmref="Kommentarsreferens", cmtext="Kommentarer", toc1="Innehll1",
               toc2="Innehll2", tochead="Innehllsfrteckningsrubrik", header="Sidhuvud",
               hyperlink="Hyperlnk"),
    "en": dict(title="Title", h1="Heading1", h2="Heading2", list="ListParagraph",
               table="TableGrid", fntext="FootnoteText", fnref="FootnoteReference",
               cmref="CommentReference", cmtext="CommentText", toc1="TOC1",
               toc2="TOC2", tochead="TOCHeading", header="Header",
               hyperlink="Hyperlink"),
}


def t(text):
    sp = ' xml:space="preserve"' if (text != text.strip() or "  " in text) else ""
    return f"<w:t{sp}>{escape(text)}</w:t>"


def dt(text):
    sp = ' xml:space="preserve"' if (text != text.strip() or "  " in text) else ""
    return f"<w:delText{sp}>{escape(text)}</w:delText>"


class Doc:
    def __init__(self, name, style="sv", core=None, header=None):
        self.name = name
        self.s = STYLE_IDS[style]
        self.style = style
        self.core = core or {}
        self.header = header
        self.footnotes = []
        self.comments = []
        self.rev = 0
        self.bm = 0
        self.nums = []  # list of "bullet"/"decimal"
        self.toc_entries = []
        self.has_tracked = False

    # -- runs
    def run(self, text, bold=False, italic=False):
        rpr = ""
        if bold or italic:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
        return f"<w:r>{rpr}{t(text)}</w:r>"

    def revattr(self, author):
        self.rev += 1
        self.has_tracked = True
        return f'w:id="{self.rev}" w:author="{escape(author)}" w:date="{REV_DATE}"'

    def segs(self, segs, bold=False):
        out = []
        for sg in segs:
            if isinstance(sg, str):
                out.append(self.run(sg, bold=bold))
            elif sg[0] == "b":
                out.append(self.run(sg[1], bold=True))
            elif sg[0] == "i":
                out.append(self.run(sg[1], italic=True, bold=bold))
            elif sg[0] == "fn":
                self.footnotes.append(sg[1])
                fid = len(self.footnotes)
                out.append(f'<w:r><w:rPr><w:rStyle w:val="{self.s["fnref"]}"/></w:rPr>'
                           f'<w:footnoteReference w:id="{fid}"/></w:r>')
            elif sg[0] == "ins":
                out.append(f'<w:ins {self.revattr(sg[2])}>{self.run(sg[1], bold=bold)}</w:ins>')
            elif sg[0] == "del":
                out.append(f'<w:del {self.revattr(sg[2])}><w:r>{dt(sg[1])}</w:r></w:del>')
            elif sg[0] in ("cm", "cmdel"):
                _, anchor, ctext, author, ini = sg
                cid = len(self.comments)
                self.comments.append((ctext, author, ini))
                body = (self.run(anchor, bold=bold) if sg[0] == "cm"
                        else f'<w:del {self.revattr(author)}><w:r>{dt(anchor)}</w:r></w:del>')
                out.append(f'<w:commentRangeStart w:id="{cid}"/>{body}'
                           f'<w:commentRangeEnd w:id="{cid}"/>'
                           f'<w:r><w:rPr><w:rStyle w:val="{self.s["cmref"]}"/></w:rPr>'
                           f'<w:commentReference w:id="{cid}"/></w:r>')
            else:
                raise ValueError(sg)
        return "".join(out)

    def para(self, inner, pstyle=None, numid=None, extra_ppr=""):
        ppr = ""
        if pstyle:
            ppr += f'<w:pStyle w:val="{pstyle}"/>'
        if numid is not None:
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{numid}"/></w:numPr>'
        ppr += extra_ppr
        ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
        return f"<w:p>{ppr}{inner}</w:p>"

    def cell_text(self, c):
        return c if isinstance(c, list) else [c]

    # -- blocks
    def block(self, b):
        kind = b[0]
        if kind == "title":
            return self.para(self.run(b[1]), self.s["title"])
        if kind == "h":
            lvl, segs = b[1], b[2]
            style = self.s["h1"] if lvl == 1 else self.s["h2"]
            if self.want_toc:
                self.bm += 1
                name = f"_Toc17{self.bm:06d}"
                text = "".join(x if isinstance(x, str) else x[1] for x in segs)
                self.toc_entries.append((lvl, text, name))
                inner = (f'<w:bookmarkStart w:id="{self.bm}" w:name="{name}"/>'
                         f'{self.segs(segs)}<w:bookmarkEnd w:id="{self.bm}"/>')
            else:
                inner = self.segs(segs)
            return self.para(inner, style)
        if kind == "p":
            return self.para(self.segs(b[1]))
        if kind == "list":
            self.nums.append(b[1])
            numid = len(self.nums)
            return "".join(self.para(self.segs(item), self.s["list"], numid) for item in b[2])
        if kind == "table":
            return self.table(*b[1:])
        if kind == "toc":
            return "@@TOC@@"
        if kind == "delp":
            _, text, author, comment = b
            mark = f'<w:rPr><w:del {self.revattr(author)}/></w:rPr>'
            if comment:
                inner = self.segs([CMDEL(text, comment, author, "".join(w[0] for w in author.split()))])
            else:
                inner = f'<w:del {self.revattr(author)}><w:r>{dt(text)}</w:r></w:del>'
            return f"<w:p><w:pPr>{mark}</w:pPr>{inner}</w:p>"
        if kind == "insp":
            _, segs, author = b
            mark = f'<w:rPr><w:ins {self.revattr(author)}/></w:rPr>'
            inner = "".join(
                f'<w:ins {self.revattr(author)}>{self.run(sg)}</w:ins>' if isinstance(sg, str)
                else self.segs([sg]) for sg in segs)
            return f"<w:p><w:pPr>{mark}</w:pPr>{inner}</w:p>"
        raise ValueError(kind)

    def table(self, header, rows, widths):
        ncol = len(header)
        widths = widths or [9000 // ncol] * ncol
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.s["table"]}"/>'
               f'<w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" '
               f'w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
               f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        for ri, row in enumerate([header] + rows):
            trpr = "<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else ""
            cells = []
            for ci, c in enumerate(row):
                cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/></w:tcPr>'
                             f'{self.para(self.segs(self.cell_text(c), bold=(ri == 0)))}</w:tc>')
            out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
        out.append("</w:tbl>")
        return "".join(out) + "<w:p/>"

    def toc_xml(self):
        paras = []
        n = len(self.toc_entries)
        for i, (lvl, text, name) in enumerate(self.toc_entries):
            style = self.s["toc1"] if lvl == 1 else self.s["toc2"]
            pre = ""
            if i == 0:
                pre = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                       '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                       '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
            page = 2 + i // 6
            inner = (f'{pre}<w:hyperlink w:anchor="{name}" w:history="1">'
                     f'<w:r><w:rPr><w:rStyle w:val="{self.s["hyperlink"]}"/><w:noProof/></w:rPr>{t(text)}</w:r>'
                     f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>'
                     f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
                     f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> PAGEREF {name} \\h </w:instrText></w:r>'
                     f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
                     f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:t>{page}</w:t></w:r>'
                     f'<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
                     f'</w:hyperlink>')
            tabs = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs>'
            paras.append(self.para(inner, style, extra_ppr=tabs))
        paras.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
        return "".join(paras)

    # -- parts
    def build(self, blocks):
        self.want_toc = any(b[0] == "toc" for b in blocks)
        body = "".join(self.block(b) for b in blocks)
        if self.want_toc:
            body = body.replace("@@TOC@@", self.toc_xml())
        hdr = '<w:headerReference w:type="default" r:id="rIdHeader1"/>' if self.header else ""
        sect = (f'<w:sectPr>{hdr}<w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" '
                'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}{sect}</w:body></w:document>')
        parts = [("[Content_Types].xml", None), ("_rels/.rels", self.root_rels()),
                 ("docProps/core.xml", self.core_xml()), ("docProps/app.xml", self.app_xml()),
                 ("word/document.xml", doc), ("word/_rels/document.xml.rels", None),
                 ("word/styles.xml", self.styles_xml()), ("word/settings.xml", self.settings_xml())]
        if self.nums:
            parts.append(("word/numbering.xml", self.numbering_xml()))
        if self.footnotes:
            parts.append(("word/footnotes.xml", self.footnotes_xml()))
        if self.comments:
            parts.append(("word/comments.xml", self.comments_xml()))
        if self.header:
            parts.append(("word/header1.xml", self.header_xml()))
        names = [n for n, _ in parts]
        parts[0] = ("[Content_Types].xml", self.content_types(names))
        parts[5] = ("word/_rels/document.xml.rels", self.doc_rels(names))
        return parts

    def content_types(self, names):
        ov = {
            "/word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "/word/styles.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
            "/word/settings.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
            "/word/numbering.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
            "/word/footnotes.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            "/word/comments.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
            "/word/header1.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
            "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
            "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        }
        s = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>']
        for n in names:
            if "/" + n in ov:
                s.append(f'<Override PartName="/{n}" ContentType="{ov["/" + n]}"/>')
        s.append("</Types>")
        return "".join(s)

    def root_rels(self):
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<Relationships xmlns="{REL_NS}">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '</Relationships>')

    def doc_rels(self, names):
        base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        rels = [("rIdStyles", "styles", "styles.xml"), ("rIdSettings", "settings", "settings.xml")]
        if "word/numbering.xml" in names: rels.append(("rIdNumbering", "numbering", "numbering.xml"))
        if "word/footnotes.xml" in names: rels.append(("rIdFootnotes", "footnotes", "footnotes.xml"))
        if "word/comments.xml" in names: rels.append(("rIdComments", "comments", "comments.xml"))
        if "word/header1.xml" in names: rels.append(("rIdHeader1", "header", "header1.xml"))
        body = "".join(f'<Relationship Id="{i}" Type="{base}{ty}" Target="{tg}"/>' for i, ty, tg in rels)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<Relationships xmlns="{REL_NS}">{body}</Relationships>')

    def core_xml(self):
        c = self.core
        def el(tag, key):
            return f"<{tag}>{escape(c[key])}</{tag}>" if key in c else ""
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                + el("dc:title", "title") + el("dc:subject", "subject") + el("dc:creator", "creator")
                + el("cp:keywords", "keywords") + el("dc:description", "description")
                + el("cp:lastModifiedBy", "creator") + "<cp:revision>3</cp:revision>"
                '<dcterms:created xsi:type="dcterms:W3CDTF">2024-09-02T08:00:00Z</dcterms:created>'
                '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-10-14T15:00:00Z</dcterms:modified>'
                '</cp:coreProperties>')

    def app_xml(self):
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                f'<Application>Microsoft Office Word</Application><Company>{escape(self.core.get("company", "Länsstyrelsen i Västerskog"))}</Company>'
                '<AppVersion>16.0000</AppVersion></Properties>')

    def settings_xml(self):
        track = "<w:trackRevisions/>" if self.has_tracked else ""
        fn = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
              if self.footnotes else "")
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:settings xmlns:w="{W_NS}">{track}<w:defaultTabStop w:val="1304"/>'
                f'<w:hyphenationZone w:val="425"/>{fn}<w:themeFontLang w:val="sv-SE"/></w:settings>')

    def styles_xml(self):
        s = self.s
        def pstyle(sid, name, based=None, extra="", rpr="", nxt=None, qf=True):
            return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
                    + (f'<w:basedOn w:val="{based}"/>' if based else "")
                    + (f'<w:next w:val="{nxt}"/>' if nxt else "")
                    + ("<w:qFormat/>" if qf else "")
                    + (f"<w:pPr>{extra}</w:pPr>" if extra else "")
                    + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "") + "</w:style>")
        def cstyle(sid, name, rpr):
            return (f'<w:style w:type="character" w:styleId="{sid}"><w:name w:val="{name}"/>'
                    f'<w:rPr>{rpr}</w:rPr></w:style>')
        parts = [
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
            '<w:sz w:val="22"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
            pstyle(s["title"], "Title", "Normal", '<w:spacing w:after="240"/>', '<w:sz w:val="48"/>', "Normal"),
            pstyle(s["h1"], "heading 1", "Normal", '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
                   '<w:b/><w:sz w:val="32"/>', "Normal"),
            pstyle(s["h2"], "heading 2", "Normal", '<w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/>',
                   '<w:b/><w:sz w:val="26"/>', "Normal"),
            pstyle(s["list"], "List Paragraph", "Normal", '<w:ind w:left="720"/><w:contextualSpacing/>'),
            pstyle(s["fntext"], "footnote text", "Normal", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>', qf=False),
            cstyle(s["fnref"], "footnote reference", '<w:vertAlign w:val="superscript"/>'),
            pstyle(s["cmtext"], "annotation text", "Normal", "", '<w:sz w:val="20"/>', qf=False),
            cstyle(s["cmref"], "annotation reference", '<w:sz w:val="16"/>'),
            pstyle(s["toc1"], "toc 1", "Normal", '<w:spacing w:after="100"/>', "", "Normal", qf=False),
            pstyle(s["toc2"], "toc 2", "Normal", '<w:spacing w:after="100"/><w:ind w:left="220"/>', "", "Normal", qf=False),
            pstyle(s["tochead"], "TOC Heading", s["h1"], '<w:outlineLvl w:val="9"/>', "", "Normal"),
            pstyle(s["header"], "header", "Normal", '<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0"/>', qf=False),
            cstyle(s["hyperlink"], "Hyperlink", '<w:color w:val="0563C1"/><w:u w:val="single"/>'),
            f'<w:style w:type="table" w:styleId="{s["table"]}"><w:name w:val="Table Grid"/>'
            '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>',
        ]
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:styles xmlns:w="{W_NS}">' + "".join(parts) + "</w:styles>")

    def numbering_xml(self):
        abst = (
            '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
            '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
        nums = []
        for i, kind in enumerate(self.nums, start=1):
            a = 0 if kind == "bullet" else 1
            ov = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
                  if kind == "decimal" else "")
            nums.append(f'<w:num w:numId="{i}"><w:abstractNumId w:val="{a}"/>{ov}</w:num>')
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:numbering xmlns:w="{W_NS}">{abst}{"".join(nums)}</w:numbering>')

    def footnotes_xml(self):
        out = [f'<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for i, text in enumerate(self.footnotes, start=1):
            out.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="{self.s["fntext"]}"/></w:pPr>'
                       f'<w:r><w:rPr><w:rStyle w:val="{self.s["fnref"]}"/></w:rPr><w:footnoteRef/></w:r>'
                       f'<w:r>{t(" " + text)}</w:r></w:p></w:footnote>')
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:footnotes xmlns:w="{W_NS}">{"".join(out)}</w:footnotes>')

    def comments_xml(self):
        out = []
        for i, (text, author, ini) in enumerate(self.comments):
            out.append(f'<w:comment w:id="{i}" w:author="{escape(author)}" w:date="{REV_DATE}" w:initials="{ini}">'
                       f'<w:p><w:pPr><w:pStyle w:val="{self.s["cmtext"]}"/></w:pPr>'
                       f'<w:r><w:rPr><w:rStyle w:val="{self.s["cmref"]}"/></w:rPr><w:annotationRef/></w:r>'
                       f'<w:r>{t(text)}</w:r></w:p></w:comment>')
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:comments xmlns:w="{W_NS}">{"".join(out)}</w:comments>')

    def header_xml(self):
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p><w:pPr><w:pStyle w:val="{self.s["header"]}"/></w:pPr>'
                f'<w:r>{t(self.header)}</w:r></w:p></w:hdr>')


def write_docx(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))

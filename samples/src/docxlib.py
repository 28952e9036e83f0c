"""Minimal, deterministic WordprocessingML writer for the jamkoll sample drafts.

The sample modules describe their content with the small block/inline classes
below; ``build_docx`` turns a ``Doc`` into the bytes of a .docx package that
looks like it came out of Swedish Word (Swedish style ids, numbering.xml,
footnotes, comments, tracked changes, text boxes, a TOC field, runs split in
the middle of words the way Word's rsid bookkeeping splits them).

Python 3 standard library only. Output is byte-for-byte deterministic.
"""

import hashlib
import re
import zipfile
from io import BytesIO

# ---------------------------------------------------------------------------
# Inline elements (inside a paragraph)
# ---------------------------------------------------------------------------


class R:
    """A formatted run. ``split=False`` keeps it in one run."""

    def __init__(self, text, bold=False, italic=False, split=True, fmt_change=False):
        self.text = text
        self.bold = bold
        self.italic = italic
        self.split = split
        self.fmt_change = fmt_change  # tracked formatting change (w:rPrChange)


def B(text, **kw):
    return R(text, bold=True, **kw)


def I(text, **kw):
    return R(text, italic=True, **kw)


class Split:
    """Explicit run boundaries, e.g. Split("löne", "gapet") -> two runs."""

    def __init__(self, *parts):
        self.parts = parts


class FN:
    """Footnote. ``content`` is a string or a list of inlines."""

    def __init__(self, *content):
        self.content = list(content)


class Ins:
    """Tracked insertion (w:ins) of inline content."""

    def __init__(self, *content, author="Karin Lindqvist", date="2025-03-12T10:14:00Z"):
        self.content = list(content)
        self.author = author
        self.date = date


class Del:
    """Tracked deletion (w:del / w:delText)."""

    def __init__(self, text, author="Karin Lindqvist", date="2025-03-12T10:16:00Z"):
        self.text = text
        self.author = author
        self.date = date


class MoveFrom:
    def __init__(self, text, name, author="Karin Lindqvist", date="2025-03-12T10:20:00Z"):
        self.text, self.name, self.author, self.date = text, name, author, date


class MoveTo:
    def __init__(self, text, name, author="Karin Lindqvist", date="2025-03-12T10:20:00Z"):
        self.text, self.name, self.author, self.date = text, name, author, date


class Comment:
    """A reviewer comment anchored on ``anchor`` (string or list of inlines)."""

    def __init__(self, anchor, text, author="Per Sandberg", initials="PS",
                 date="2025-03-13T09:02:00Z"):
        self.anchor = anchor if isinstance(anchor, list) else [anchor]
        self.text = text if isinstance(text, list) else [text]
        self.author = author
        self.initials = initials
        self.date = date


class TextBox:
    """Floating text box: mc:AlternateContent with wps:txbx (Choice) and the
    same content in v:textbox (Fallback), exactly as Word 2010+ writes it."""

    def __init__(self, paragraphs, name="Textruta 1", width_cm=7.5, height_cm=6.0):
        self.paragraphs = paragraphs
        self.name = name
        self.width_cm = width_cm
        self.height_cm = height_cm


class Tab:
    pass


# ---------------------------------------------------------------------------
# Block elements
# ---------------------------------------------------------------------------


class P:
    def __init__(self, *content, style=None, align=None, num=None, mark=None,
                 bookmark=None, keep_next=False):
        self.content = list(content)
        self.style = style
        self.align = align
        self.num = num  # (numId, ilvl)
        self.mark = mark  # None | Ins(...) | Del(...) for the paragraph mark
        self.bookmark = bookmark
        self.keep_next = keep_next


def H1(text, **kw):
    return P(text, style="Rubrik1", **kw)


def H2(text, **kw):
    return P(text, style="Rubrik2", **kw)


def H3(text, **kw):
    return P(text, style="Rubrik3", **kw)


def Title(text):
    return P(text, style="Rubrik")


def Subtitle(text):
    return P(text, style="Underrubrik")


def Caption(text):
    return P(text, style="Beskrivning", keep_next=True)


class DelP:
    """A whole paragraph deleted with tracked changes (text in w:delText)."""

    def __init__(self, text, style=None, author="Karin Lindqvist",
                 date="2025-03-12T10:31:00Z"):
        self.text = text
        self.style = style
        self.author = author
        self.date = date


class InsP:
    """A whole paragraph inserted with tracked changes."""

    def __init__(self, *content, style=None, author="Karin Lindqvist",
                 date="2025-03-12T10:40:00Z"):
        self.content = list(content)
        self.style = style
        self.author = author
        self.date = date


class Bullets:
    def __init__(self, items):
        self.items = items  # str | list-of-inlines | ("2", item) for level 2


class Numbered:
    def __init__(self, items):
        self.items = items


class Table:
    def __init__(self, header, rows, widths=None, caption=None, header_shade="D9E2F3",
                 font_size=None):
        self.header = header
        self.rows = rows
        self.widths = widths
        self.caption = caption
        self.header_shade = header_shade
        self.font_size = font_size  # half-points, e.g. 20 for 10 pt


class TOC:
    """Table of contents field. entries: (level, text, page). The headings in
    the body get matching _Toc bookmarks when they have bookmark=... set."""

    def __init__(self, entries, heading="Innehåll"):
        self.entries = entries
        self.heading = heading


class PageBreak:
    pass


class Doc:
    def __init__(self, blocks, *, title, subject="", creator="Anna Berg",
                 last_modified_by=None, keywords="", description="",
                 category="", created="2025-01-20T08:12:00Z",
                 modified="2025-03-14T15:47:00Z", revision=7,
                 header="Länsstyrelsen i Norrvik", header_right="UTKAST",
                 company="Länsstyrelsen i Norrvik", track_revisions=False):
        self.blocks = blocks
        self.title = title
        self.subject = subject
        self.creator = creator
        self.last_modified_by = last_modified_by or creator
        self.keywords = keywords
        self.description = description
        self.category = category
        self.created = created
        self.modified = modified
        self.revision = revision
        self.header = header
        self.header_right = header_right
        self.company = company
        self.track_revisions = track_revisions


# ---------------------------------------------------------------------------
# XML helpers
# ---------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

DOC_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 w15 wp14"'
)

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _h(s, n=8):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n].upper()


def rsid(seed):
    return "00" + _h(seed, 6)


def split_mid_word(text):
    """Deterministically split a long string into 1-3 pieces at positions
    between two letters, mimicking Word's rsid run splits."""
    if len(text) < 45:
        return [text]
    digest = hashlib.sha1(text.encode("utf-8")).digest()
    cands = [i for i in range(8, len(text) - 8)
             if text[i - 1].isalpha() and text[i].isalpha()]
    if not cands:
        return [text]
    n = 1 + digest[0] % 2 if len(text) > 110 else 1
    picks = sorted({cands[(digest[1 + k] * 257 + digest[5 + k]) % len(cands)]
                    for k in range(n)})
    pieces, last = [], 0
    for p in picks:
        pieces.append(text[last:p])
        last = p
    pieces.append(text[last:])
    return [x for x in pieces if x]


def text_elems(text, deleted=False):
    """Run content for ``text``: w:t / w:delText, w:tab, soft and
    non-breaking hyphens."""
    tag = "w:delText" if deleted else "w:t"
    out = []
    for tok in re.split("(\t|\u00ad|\u2011)", text):
        if tok == "":
            continue
        if tok == "\t":
            out.append("<w:tab/>")
        elif tok == "\u00ad":
            out.append("<w:softHyphen/>")
        elif tok == "\u2011":
            out.append("<w:noBreakHyphen/>")
        else:
            sp = ' xml:space="preserve"' if tok != tok.strip() else ""
            out.append("<%s%s>%s</%s>" % (tag, sp, esc(tok), tag))
    return "".join(out)


def rpr_xml(bold=False, italic=False, style=None, size=None, extra=""):
    parts = []
    if style:
        parts.append('<w:rStyle w:val="%s"/>' % style)
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if size:
        parts.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size))
    parts.append(extra)
    inner = "".join(parts)
    return "<w:rPr>%s</w:rPr>" % inner if inner else ""


# ---------------------------------------------------------------------------
# Renderer
# ---------------------------------------------------------------------------


class _Ctx:
    def __init__(self, doc):
        self.doc = doc
        self.footnotes = []  # list of xml strings (<w:footnote>)
        self.comments = []
        self.next_num = 2  # numId 1 = bullets
        self.nums = []  # numIds for numbered lists
        self.change_id = 100
        self.bookmark_id = 0
        self.shape_id = 1
        self.size = None  # font size for table cells

    def cid(self):
        self.change_id += 1
        return self.change_id


def _runs_for(ctx, text, bold=False, italic=False, split=True, deleted=False,
              extra_rpr=""):
    pieces = split_mid_word(text) if split else [text]
    out = []
    for i, piece in enumerate(pieces):
        rs = ' w:rsidR="%s"' % rsid(text + str(i)) if len(pieces) > 1 else ""
        if deleted:
            rs = ' w:rsidDel="%s"' % rsid("del" + text + str(i))
        out.append("<w:r%s>%s%s</w:r>" % (
            rs, rpr_xml(bold, italic, size=ctx.size, extra=extra_rpr),
            text_elems(piece, deleted)))
    return "".join(out)


def _inline(ctx, item, deleted=False):
    if isinstance(item, str):
        return _runs_for(ctx, item, deleted=deleted)
    if isinstance(item, R):
        extra = ""
        if item.fmt_change:
            extra = ('<w:rPrChange w:id="%d" w:author="Karin Lindqvist" '
                     'w:date="2025-03-12T10:22:00Z"><w:rPr/></w:rPrChange>' % ctx.cid())
        return _runs_for(ctx, item.text, item.bold, item.italic, item.split,
                         deleted, extra)
    if isinstance(item, Split):
        return "".join(_runs_for(ctx, p, split=False, deleted=deleted)
                       for p in item.parts)
    if isinstance(item, Tab):
        return "<w:r><w:tab/></w:r>"
    if isinstance(item, FN):
        fid = len(ctx.footnotes) + 1
        saved = ctx.size
        ctx.size = None
        body = "".join(_inline(ctx, c) for c in item.content)
        ctx.size = saved
        ctx.footnotes.append(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="Fotnotstext"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="Fotnotsreferens"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> </w:t></w:r>%s</w:p></w:footnote>' % (fid, body))
        return ('<w:r><w:rPr><w:rStyle w:val="Fotnotsreferens"/></w:rPr>'
                '<w:footnoteReference w:id="%d"/></w:r>' % fid)
    if isinstance(item, Ins):
        inner = "".join(_inline(ctx, c) for c in item.content)
        return '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (
            ctx.cid(), esc(item.author), item.date, inner)
    if isinstance(item, Del):
        inner = _runs_for(ctx, item.text, split=False, deleted=True)
        return '<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>' % (
            ctx.cid(), esc(item.author), item.date, inner)
    if isinstance(item, (MoveFrom, MoveTo)):
        kind = "moveFrom" if isinstance(item, MoveFrom) else "moveTo"
        rid, cid = ctx.cid(), ctx.cid()
        return ('<w:%sRangeStart w:id="%d" w:author="%s" w:date="%s" w:name="%s"/>'
                '<w:%s w:id="%d" w:author="%s" w:date="%s">%s</w:%s>'
                '<w:%sRangeEnd w:id="%d"/>') % (
            kind, rid, esc(item.author), item.date, item.name,
            kind, cid, esc(item.author), item.date,
            _runs_for(ctx, item.text, split=False), kind, kind, rid)
    if isinstance(item, Comment):
        cid = len(ctx.comments)
        paras = "".join(
            '<w:p><w:pPr><w:pStyle w:val="Kommentarstext"/></w:pPr>%s'
            '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (
                ('<w:r><w:rPr><w:rStyle w:val="Kommentarsreferens"/></w:rPr>'
                 '<w:annotationRef/></w:r>' if i == 0 else ""), esc(t))
            for i, t in enumerate(item.text))
        ctx.comments.append(
            '<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">%s</w:comment>'
            % (cid, esc(item.author), item.date, esc(item.initials), paras))
        anchor = "".join(_inline(ctx, c) for c in item.anchor)
        return ('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                '<w:r><w:rPr><w:rStyle w:val="Kommentarsreferens"/></w:rPr>'
                '<w:commentReference w:id="%d"/></w:r>') % (cid, anchor, cid, cid)
    if isinstance(item, TextBox):
        return _textbox(ctx, item)
    raise TypeError("unknown inline %r" % (item,))


def _ppr(style=None, align=None, num=None, mark_xml="", keep_next=False):
    parts = []
    if style:
        parts.append('<w:pStyle w:val="%s"/>' % style)
    if keep_next:
        parts.append("<w:keepNext/>")
    if num:
        parts.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                     % (num[1], num[0]))
    if align:
        parts.append('<w:jc w:val="%s"/>' % align)
    if mark_xml:
        parts.append("<w:rPr>%s</w:rPr>" % mark_xml)
    inner = "".join(parts)
    return "<w:pPr>%s</w:pPr>" % inner if inner else ""


def _para(ctx, p):
    if isinstance(p, DelP):
        cid = ctx.cid()
        mark = '<w:del w:id="%d" w:author="%s" w:date="%s"/>' % (cid, esc(p.author), p.date)
        body = '<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>' % (
            ctx.cid(), esc(p.author), p.date,
            _runs_for(ctx, p.text, deleted=True))
        return '<w:p w:rsidR="%s" w:rsidDel="%s">%s%s</w:p>' % (
            rsid(p.text), rsid("d" + p.text), _ppr(p.style, mark_xml=mark), body)
    if isinstance(p, InsP):
        cid = ctx.cid()
        mark = '<w:ins w:id="%d" w:author="%s" w:date="%s"/>' % (cid, esc(p.author), p.date)
        inner = "".join(_inline(ctx, c) for c in p.content)
        body = '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (
            ctx.cid(), esc(p.author), p.date, inner)
        return '<w:p w:rsidR="%s">%s%s</w:p>' % (
            rsid("i" + repr(p.content)), _ppr(p.style, mark_xml=mark), body)
    mark_xml = ""
    if isinstance(p.mark, Ins):
        mark_xml = '<w:ins w:id="%d" w:author="%s" w:date="%s"/>' % (
            ctx.cid(), esc(p.mark.author), p.mark.date)
    body = "".join(_inline(ctx, c) for c in p.content)
    if p.bookmark:
        bid = ctx.bookmark_id
        ctx.bookmark_id += 1
        body = ('<w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/>'
                % (bid, p.bookmark, body, bid))
    seed = repr([c if isinstance(c, str) else type(c).__name__ for c in p.content])
    return '<w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>' % (
        rsid(seed), rsid("d" + seed), rsid("p" + seed),
        _ppr(p.style, p.align, p.num, mark_xml, p.keep_next), body)


def _as_inlines(item):
    if isinstance(item, (list, tuple)):
        return list(item)
    return [item]


def _textbox(ctx, tb):
    sid = ctx.shape_id
    ctx.shape_id += 1
    cx = int(tb.width_cm * 360000)
    cy = int(tb.height_cm * 360000)
    content = "".join(_para(ctx, p) for p in tb.paragraphs)
    w_pt = tb.width_cm * 28.3465
    h_pt = tb.height_cm * 28.3465
    choice = (
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="EAF1DD"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="4F6228"/></a:solidFill><a:miter lim="800000"/>'
        '<a:headEnd/><a:tailEnd/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
    ) % (251659264 + sid, cx, cy, sid, esc(tb.name), cx, cy, content)
    fallback = (
        '<mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="%s" o:spid="_x0000_s%d" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:3.6pt;width:%.1fpt;height:%.1fpt;'
        'z-index:%d;visibility:visible;mso-wrap-style:square;mso-position-horizontal:right;'
        'mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" '
        'fillcolor="#eaf1dd" strokecolor="#4f6228">'
        '<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '<w10:wrap type="square" anchorx="margin"/></v:shape></w:pict></mc:Fallback>'
    ) % (esc(tb.name), 1025 + sid, w_pt, h_pt, sid, content)
    return "<w:r><mc:AlternateContent>%s%s</mc:AlternateContent></w:r>" % (choice, fallback)


def _table(ctx, t):
    ncols = len(t.header)
    widths = t.widths or [9072 // ncols] * ncols
    saved = ctx.size
    ctx.size = t.font_size
    out = []
    if t.caption:
        out.append(_para(ctx, Caption(t.caption)))
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    out.append(
        '<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutnt"/><w:tblW w:w="0" w:type="auto"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
        % grid)

    def cell(content, w, head):
        shade = ('<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % t.header_shade
                 if head else "")
        paras = content if isinstance(content, list) and content and \
            all(isinstance(x, P) for x in content) else None
        if paras is None:
            items = content if isinstance(content, list) else [content]
            if head:
                items = [R(x, bold=True) if isinstance(x, str) else x for x in items]
            paras = [P(*items)]
        body = "".join(_para(ctx, p) for p in paras)
        return '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (
            w, shade, body)

    out.append('<w:tr><w:trPr><w:tblHeader/></w:trPr>%s</w:tr>' % "".join(
        cell(h, w, True) for h, w in zip(t.header, widths)))
    for row in t.rows:
        assert len(row) == ncols, row
        out.append("<w:tr>%s</w:tr>" % "".join(cell(c, w, False) for c, w in zip(row, widths)))
    out.append("</w:tbl>")
    ctx.size = saved
    # Word always needs a paragraph after a table before the next table/end.
    out.append("<w:p/>")
    return "".join(out)


def _toc(ctx, toc):
    out = ['<w:sdt><w:sdtPr><w:id w:val="-1587139042"/><w:docPartObj>'
           '<w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj>'
           '</w:sdtPr><w:sdtEndPr><w:rPr><w:b/><w:bCs/></w:rPr></w:sdtEndPr><w:sdtContent>']
    out.append('<w:p><w:pPr><w:pStyle w:val="Innehllsfrteckningsrubrik"/></w:pPr>'
               '<w:r><w:t>%s</w:t></w:r></w:p>' % esc(toc.heading))
    n = len(toc.entries)
    for i, (level, text, page) in enumerate(toc.entries):
        anchor = "_Toc1900%05d" % (i + 1)
        begin = ""
        if i == 0:
            begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                     '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        link = (
            '<w:hyperlink w:anchor="%s" w:history="1">'
            '<w:r><w:rPr><w:rStyle w:val="Hyperlnk"/><w:noProof/></w:rPr><w:t>%s</w:t></w:r>'
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>'
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr>'
            '<w:instrText xml:space="preserve"> PAGEREF %s \\h </w:instrText></w:r>'
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:t>%d</w:t></w:r>'
            '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
            '</w:hyperlink>') % (anchor, esc(text), anchor, page)
        out.append(
            '<w:p><w:pPr><w:pStyle w:val="Innehll%d"/><w:tabs><w:tab w:val="right" '
            'w:leader="dot" w:pos="9062"/></w:tabs><w:rPr><w:noProof/></w:rPr></w:pPr>%s%s</w:p>'
            % (level, begin, link))
    out.append('<w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    out.append("</w:sdtContent></w:sdt>")
    _ = n
    return "".join(out)


def _block(ctx, b):
    if isinstance(b, (P, DelP, InsP)):
        return _para(ctx, b)
    if isinstance(b, Bullets):
        out = []
        for it in b.items:
            lvl = 0
            if isinstance(it, tuple) and len(it) == 2 and it[0] == "2":
                lvl, it = 1, it[1]
            out.append(_para(ctx, P(*_as_inlines(it), style="Liststycke", num=(1, lvl))))
        return "".join(out)
    if isinstance(b, Numbered):
        nid = ctx.next_num
        ctx.next_num += 1
        ctx.nums.append(nid)
        return "".join(_para(ctx, P(*_as_inlines(it), style="Liststycke", num=(nid, 0)))
                       for it in b.items)
    if isinstance(b, Table):
        return _table(ctx, b)
    if isinstance(b, TOC):
        return _toc(ctx, b)
    if isinstance(b, PageBreak):
        return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    raise TypeError("unknown block %r" % (b,))


# ---------------------------------------------------------------------------
# Package parts
# ---------------------------------------------------------------------------

STYLES = """<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Garamond" w:eastAsia="Calibri" w:hAnsi="Garamond" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/><w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/><w:lsdException w:name="heading 2" w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/><w:lsdException w:name="heading 3" w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/><w:lsdException w:name="Title" w:uiPriority="10" w:qFormat="1"/><w:lsdException w:name="Subtitle" w:uiPriority="11" w:qFormat="1"/></w:latentStyles>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Rubrik1Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:eastAsiaTheme="majorEastAsia" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Rubrik2Char"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:eastAsiaTheme="majorEastAsia" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Rubrik3Char"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="RubrikChar"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="240" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Underrubrik"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:color w:val="5A5A5A"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Liststycke"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Fotnotstext"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:link w:val="FotnotstextChar"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Fotnotsreferens"><w:name w:val="footnote reference"/><w:basedOn w:val="Standardstycketeckensnitt"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Kommentarstext"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Kommentarsreferens"><w:name w:val="annotation reference"/><w:basedOn w:val="Standardstycketeckensnitt"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidhuvud"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidfot"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Innehllsfrteckningsrubrik"><w:name w:val="TOC Heading"/><w:basedOn w:val="Rubrik1"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Innehll1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Innehll2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/><w:ind w:left="240"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Beskrivning"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:i/><w:iCs/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="Standardstycketeckensnitt"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="Rubrik1Char"><w:name w:val="Rubrik 1 Char"/><w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="Rubrik1"/><w:uiPriority w:val="9"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="Rubrik2Char"><w:name w:val="Rubrik 2 Char"/><w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="Rubrik2"/><w:uiPriority w:val="9"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="Rubrik3Char"><w:name w:val="Rubrik 3 Char"/><w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="Rubrik3"/><w:uiPriority w:val="9"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="RubrikChar"><w:name w:val="Rubrik Char"/><w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="Rubrik"/><w:uiPriority w:val="10"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:kern w:val="28"/><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="FotnotstextChar"><w:name w:val="Fotnotstext Char"/><w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="Fotnotstext"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlnk"><w:name w:val="Hyperlink"/><w:basedOn w:val="Standardstycketeckensnitt"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="Normaltabell"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="Tabellrutnt"><w:name w:val="Table Grid"/><w:basedOn w:val="Normaltabell"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="Ingenlista"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
</w:styles>"""


def _numbering(nums):
    bullet = (
        '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
        '<w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:tmpl w:val="041D0001"/>'
        '<w:lvl w:ilvl="0" w:tplc="041D0001"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1" w:tplc="041D0003" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="o"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/></w:rPr></w:lvl>'
        '</w:abstractNum>')
    decimal = (
        '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0">'
        '<w:nsid w:val="5E6F7081"/><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:tmpl w:val="041D000F"/>'
        '<w:lvl w:ilvl="0" w:tplc="041D000F"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1" w:tplc="041D0019" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    num = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>']
    for nid in nums:
        num.append('<w:num w:numId="%d"><w:abstractNumId w:val="1"/>'
                   '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                   % nid)
    return (XML_DECL + '<w:numbering xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15">'
            + bullet + decimal + "".join(num) + "</w:numbering>")


def _settings(doc):
    track = "<w:trackRevisions/>" if doc.track_revisions else ""
    return (XML_DECL +
            '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
            '<w:zoom w:percent="100"/>' + track +
            '<w:defaultTabStop w:val="1304"/><w:hyphenationZone w:val="425"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '</w:compat><w:rsids><w:rsidRoot w:val="%s"/></w:rsids>'
            '<w:themeFontLang w:val="sv-SE"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
            '</w:settings>' % rsid(doc.title))


def _notes(kind, items):
    tag = "footnote" if kind == "footnotes" else "endnote"
    sep = ('<w:%s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s>'
           '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
           'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:%s>'
           ) % (tag, tag, tag, tag)
    return XML_DECL + "<w:%s %s>%s%s</w:%s>" % (kind, DOC_NS, sep, "".join(items), kind)


def _header(doc):
    right = ("<w:r><w:tab/></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>%s</w:t></w:r>"
             % esc(doc.header_right)) if doc.header_right else ""
    return (XML_DECL + '<w:hdr %s><w:p><w:pPr><w:pStyle w:val="Sidhuvud"/></w:pPr>'
            '<w:r><w:t>%s</w:t></w:r><w:r><w:tab/></w:r>%s</w:p></w:hdr>'
            % (DOC_NS, esc(doc.header), right))


def _footer():
    fld = lambda instr: (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>' % instr)
    return (XML_DECL + '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="Sidfot"/><w:jc w:val="right"/></w:pPr>'
            '<w:r><w:t xml:space="preserve">Sida </w:t></w:r>%s'
            '<w:r><w:t xml:space="preserve"> av </w:t></w:r>%s</w:p></w:ftr>'
            % (DOC_NS, fld("PAGE"), fld("NUMPAGES")))


FONT_TABLE = (XML_DECL +
              '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:font w:name="Garamond"><w:panose1 w:val="02020404030301010803"/><w:charset w:val="00"/>'
              '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
              '<w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/>'
              '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
              '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/><w:charset w:val="02"/>'
              '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
              '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
              '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
              '</w:fonts>')


def _content_types(has_comments):
    over = [
        ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
        ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
        ("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
        ("/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"),
        ("/word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"),
        ("/word/endnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"),
        ("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"),
        ("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ]
    if has_comments:
        over.append(("/word/comments.xml",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"))
    return (XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in over)
            + "</Types>")


ROOT_RELS = (XML_DECL +
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '</Relationships>')


def _doc_rels(has_comments):
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    rels = [("rId1", "numbering", "numbering.xml"), ("rId2", "styles", "styles.xml"),
            ("rId3", "settings", "settings.xml"), ("rId4", "footnotes", "footnotes.xml"),
            ("rId5", "endnotes", "endnotes.xml"), ("rId6", "header", "header1.xml"),
            ("rId7", "footer", "footer1.xml"), ("rId8", "fontTable", "fontTable.xml")]
    if has_comments:
        rels.append(("rId9", "comments", "comments.xml"))
    return (XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join('<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (i, base, t, g)
                      for i, t, g in rels) + "</Relationships>")


def _core(doc):
    return (XML_DECL +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:subject>%s</dc:subject><dc:creator>%s</dc:creator>'
            '<cp:keywords>%s</cp:keywords><dc:description>%s</dc:description>'
            '<cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%d</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '<cp:category>%s</cp:category></cp:coreProperties>') % (
        esc(doc.title), esc(doc.subject), esc(doc.creator), esc(doc.keywords),
        esc(doc.description), esc(doc.last_modified_by), doc.revision, doc.created,
        doc.modified, esc(doc.category))


def _app(doc, words, chars):
    pages = max(1, round(words / 420))
    return (XML_DECL +
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Template>Normal.dotm</Template><TotalTime>%d</TotalTime><Pages>%d</Pages>'
            '<Words>%d</Words><Characters>%d</Characters><Application>Microsoft Office Word</Application>'
            '<DocSecurity>0</DocSecurity><Lines>%d</Lines><Paragraphs>%d</Paragraphs>'
            '<ScaleCrop>false</ScaleCrop><Company>%s</Company><LinksUpToDate>false</LinksUpToDate>'
            '<CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
            '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
            ) % (doc.revision * 23, pages, words, chars, max(1, chars // 70), max(1, chars // 400),
                 esc(doc.company), chars + words)


SECT = ('<w:sectPr w:rsidR="00A41C2E"><w:headerReference w:type="default" r:id="rId6"/>'
        '<w:footerReference w:type="default" r:id="rId7"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" '
        'w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')


def build_parts(doc):
    ctx = _Ctx(doc)
    body = "".join(_block(ctx, b) for b in doc.blocks)
    document = XML_DECL + "<w:document %s><w:body>%s%s</w:body></w:document>" % (
        DOC_NS, body, SECT)
    plain = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", body)
    text = " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", plain))
    words = len(text.split())
    has_comments = bool(ctx.comments)
    parts = [
        ("[Content_Types].xml", _content_types(has_comments)),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", _doc_rels(has_comments)),
        ("word/styles.xml", XML_DECL + STYLES.replace("\n", "")),
        ("word/numbering.xml", _numbering(ctx.nums)),
        ("word/settings.xml", _settings(doc)),
        ("word/fontTable.xml", FONT_TABLE),
        ("word/footnotes.xml", _notes("footnotes", ctx.footnotes)),
        ("word/endnotes.xml", _notes("endnotes", [])),
        ("word/header1.xml", _header(doc)),
        ("word/footer1.xml", _footer()),
    ]
    if has_comments:
        parts.append(("word/comments.xml", XML_DECL + "<w:comments %s>%s</w:comments>" % (
            DOC_NS, "".join(ctx.comments))))
    parts.append(("docProps/core.xml", _core(doc)))
    parts.append(("docProps/app.xml", _app(doc, words, len(text))))
    return parts


def zip_parts(parts):
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return buf.getvalue()


def build_docx(doc):
    return zip_parts(build_parts(doc))

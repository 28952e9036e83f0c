"""Minimal deterministic ODT writer (stdlib only): headings, paragraphs, bullet lists."""
import io, zipfile
from xml.sax.saxutils import escape

FIXED = (2024, 12, 4, 9, 0, 0)
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"')


def odt_bytes(markup):
    body = []
    lines = [l for l in markup.strip("\n").split("\n") if l.strip()]
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append(f'<text:list-item><text:p text:style-name="Standard">{escape(lines[i][2:])}</text:p></text:list-item>')
                i += 1
            body.append('<text:list text:style-name="L1">' + "".join(items) + "</text:list>")
            continue
        if l.startswith("T: "):
            body.append(f'<text:p text:style-name="Title">{escape(l[3:])}</text:p>')
        elif l.startswith("## "):
            body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{escape(l[3:])}</text:h>')
        elif l.startswith("# "):
            body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(l[2:])}</text:h>')
        else:
            body.append(f'<text:p text:style-name="Standard">{escape(l)}</text:p>')
        i += 1
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {NS}><office:automatic-styles/><office:body><office:text>'
               + "".join(body) + '</office:text></office:body></office:document-content>')
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<office:document-styles {NS}><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Title" style:family="paragraph"/>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"/>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"/>'
              '</office:styles></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in [("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                                 ("content.xml", content, zipfile.ZIP_DEFLATED),
                                 ("styles.xml", styles, zipfile.ZIP_DEFLATED),
                                 ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)]:
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = comp
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

#!/usr/bin/env python3
"""Rewrite a .docx package deterministically: same members in the same order,
fixed zip timestamps, and fixed dates in docProps/core.xml (LibreOffice stamps
the time of conversion there). Used by resave_with_libreoffice.sh.

    python3 normalize_docx.py IN.docx OUT.docx
"""

import re
import sys
import zipfile

FIXED_DATE = "2025-03-20T09:00:00Z"


def main(src, dst):
    with zipfile.ZipFile(src) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(dst, "w") as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              r"\g<1>%s\g<2>" % FIXED_DATE, text)
                data = text.encode("utf-8")
            if name == "docProps/app.xml":
                text = data.decode("utf-8")
                text = re.sub(r"<TotalTime>[^<]*</TotalTime>", "<TotalTime>0</TotalTime>", text)
                text = re.sub(r"<Application>[^<]*</Application>",
                              "<Application>LibreOffice</Application>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zout.writestr(zi, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

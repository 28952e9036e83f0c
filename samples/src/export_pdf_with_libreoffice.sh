#!/bin/sh
# Export the activity-table sample to PDF with LibreOffice Writer, producing
# samples/aktivitetsplan_pdf.pdf plus a copy of aktivitetsplan.expected.json.
#
# Most published strategies are PDFs: this one tests that jamkoll rebuilds a
# table that runs over a page break (rows, repeated header row) from a PDF's
# positioned words and reaches the same verdicts as from the DOCX.
#
# Usage:  sh samples/src/export_pdf_with_libreoffice.sh
# Needs:  soffice (LibreOffice) on PATH, python3.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
SAMPLES=$(dirname "$HERE")
NAME=aktivitetsplan

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM
cp "$SAMPLES/$NAME.docx" "$TMP/${NAME}_pdf.docx"
soffice -env:UserInstallation="file://$TMP/profile" --headless --norestore \
    --convert-to pdf --outdir "$TMP" "$TMP/${NAME}_pdf.docx" >/dev/null
cp "$TMP/${NAME}_pdf.pdf" "$SAMPLES/${NAME}_pdf.pdf"
python3 - "$SAMPLES/$NAME.expected.json" "$SAMPLES/${NAME}_pdf.expected.json" "$NAME" <<'PY'
import json, sys
src, dst, name = sys.argv[1:4]
with open(src, encoding="utf-8") as f:
    data = json.load(f)
data["note"] = "PDF-export av %s.docx (samma förväntade utfall). %s" % (name, data["note"])
with open(dst, "w", encoding="utf-8") as f:
    f.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
PY
echo "wrote ${NAME}_pdf.pdf"

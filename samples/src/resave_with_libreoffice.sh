#!/bin/sh
# Re-save a few generated samples through LibreOffice Writer, producing
# samples/NAME_lo.docx plus a copy of NAME.expected.json (same verdicts).
#
# LibreOffice writes its own WordprocessingML (different style handling,
# text boxes, tracked changes, footnotes), so these test that jamkoll reads
# "real world" files that did not come from our own generator.
#
# Usage:  sh samples/src/resave_with_libreoffice.sh
# Needs:  soffice (LibreOffice) on PATH, python3. Run make_samples.py first.
#
# To keep the output reproducible the script uses a throw-away LibreOffice
# profile and then normalises the package with normalize_docx.py (fixed zip
# timestamps, fixed document-property dates).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
SAMPLES=$(dirname "$HERE")
NAMES="komplett_strategi fotnot_och_textruta sparade_andringar"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM
mkdir -p "$TMP/in" "$TMP/out"

for name in $NAMES; do
    cp "$SAMPLES/$name.docx" "$TMP/in/${name}_lo.docx"
done

soffice -env:UserInstallation="file://$TMP/profile" --headless --norestore \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$TMP/out" "$TMP"/in/*.docx >/dev/null

for name in $NAMES; do
    python3 "$HERE/normalize_docx.py" "$TMP/out/${name}_lo.docx" "$SAMPLES/${name}_lo.docx"
    python3 - "$SAMPLES/$name.expected.json" "$SAMPLES/${name}_lo.expected.json" "$name" <<'EOF'
import json, sys
src, dst, name = sys.argv[1:4]
with open(src, encoding="utf-8") as f:
    data = json.load(f)
data["note"] = ("LibreOffice-omsparning av %s.docx (samma förväntade utfall). %s"
                % (name, data["note"]))
with open(dst, "w", encoding="utf-8") as f:
    f.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
EOF
    echo "wrote ${name}_lo.docx"
done

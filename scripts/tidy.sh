#!/usr/bin/env bash
# clang-tidy over pipeline/ with the checks in .clang-tidy (function size, cognitive complexity).
# Fails on any warning, except in the functions listed in scripts/tidy-allow.txt (temporary).
# Usage: scripts/tidy.sh BUILD_DIR   (BUILD_DIR must hold compile_commands.json)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: scripts/tidy.sh BUILD_DIR}
[ -f "$dir/compile_commands.json" ] || { echo "tidy: no $dir/compile_commands.json" >&2; exit 2; }
tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
runner=$(command -v run-clang-tidy-14 || command -v run-clang-tidy || true)
if [ -z "$tidy" ] || [ -z "$runner" ]; then
  echo "tidy: clang-tidy not installed (apt-get install clang-tidy)" >&2; exit 2
fi
allow=scripts/tidy-allow.txt
out=$(mktemp); trap 'rm -f "$out"' EXIT
# -j 2: the build machines have two cores.
"$runner" -clang-tidy-binary "$tidy" -p "$dir" -j 2 -quiet \
  -extra-arg=-Wno-unknown-warning-option -header-filter='pipeline/.*' \
  "$PWD/pipeline/.*\.cpp" >"$out" 2>&1 || true
if ! grep -q 'clang-tidy' "$out"; then
  cat "$out" >&2; echo "tidy: run-clang-tidy ran nothing" >&2; exit 2
fi
# run-clang-tidy colours its output: strip the escapes, keep the diagnostic lines (not the notes or
# the quoted source lines, which may hold the word "warning" themselves).
warnings=$(sed 's/\x1b\[[0-9;]*m//g' "$out" | grep -E '^/[^ ]*:[0-9]+:[0-9]+: (warning|error): ' | sort -u || true)
names=$(grep -v '^#' "$allow" 2>/dev/null | sed '/^\s*$/d' || true)
left=$warnings
for n in $names; do
  left=$(printf '%s\n' "$left" | grep -v -E "function '([A-Za-z0-9_:]*::)?$n' " || true)
done
left=$(printf '%s\n' "$left" | sed '/^\s*$/d')
if [ -n "$warnings" ]; then printf '%s\n' "$warnings"; fi
if [ -n "$left" ]; then
  echo "tidy: $(printf '%s\n' "$left" | wc -l) warning(s) outside scripts/tidy-allow.txt" >&2
  exit 1
fi
echo "tidy: pipeline/ clean (allowed: $(echo $names))"

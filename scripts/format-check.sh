#!/usr/bin/env bash
# Does pipeline/ and tests/ follow .clang-format? Lists every file clang-format would change and
# fails if there is one; changes nothing. To reformat: the same files with clang-format -i.
# Usage: scripts/format-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
format=$(command -v clang-format-14 || command -v clang-format || true)
[ -n "$format" ] || { echo "format-check: clang-format not installed (apt-get install clang-format)" >&2; exit 2; }
git ls-files -z 'pipeline/*.cpp' 'pipeline/*.h' 'tests/*.cpp' 'tests/*.h' |
  xargs -0 "$format" --style=file --dry-run -Werror
echo "format-check: pipeline/ and tests/ follow .clang-format"
